import ExtractKit
import Foundation

/// What `--format` chooses.
enum Format: String, CaseIterable {
  /// Indented JSON: the default for one page and for `--output-dir` files.
  case json
  /// One compact JSON record a line: the default for several pages on standard output.
  case jsonl
  /// The clean article text.
  case text
  /// The article as Markdown.
  case markdown

  var fileExtension: String {
    switch self {
    case .json, .jsonl: return "json"
    case .text: return "txt"
    case .markdown: return "md"
    }
  }
}

/// The result of one page: its article, or the record saying why there is none.
enum Outcome {
  case article(Article)
  case failure(ErrorRecord)

  var failed: Bool {
    if case .failure = self { return true }
    return false
  }

  var hasLittleText: Bool {
    if case .article(let article) = self { return article.hasLittleText }
    return false
  }
}

enum Output {
  /// The bytes of one record in `format`. Failures have a JSON record in the JSON formats
  /// and nothing in text and Markdown (they are reported on standard error). Text starts with
  /// the title; Markdown with its front matter, and `asides` adds the bio and related posts.
  static func render(_ outcome: Outcome, format: Format, pretty: Bool, asides: Bool = true) throws -> [UInt8] {
    var bytes: [UInt8]
    switch (outcome, format) {
    case (.article(let article), .json), (.article(let article), .jsonl):
      bytes = ArticleExtractor.jsonBytes(article, pretty: pretty && format == .json)
    case (.failure(let record), .json), (.failure(let record), .jsonl):
      bytes = try OrderedJSONEncoder(pretty: pretty && format == .json).encode(record)
    case (.article(let article), .text):
      bytes = Array(TextRenderer.render(article).utf8)
    case (.article(let article), .markdown):
      bytes = Array(MarkdownRenderer.render(article, options: MarkdownOptions(asides: asides)).utf8)
      if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
    case (.failure, .text), (.failure, .markdown):
      return []
    }
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  /// Whether the record of `outcome` is streamed as it is made (`stream`) rather than
  /// rendered whole (`render`): an article's JSON, which runs to five times the page.
  static func streams(_ outcome: Outcome, format: Format) -> Bool {
    guard case .article = outcome else { return false }
    return format == .json || format == .jsonl
  }

  /// An article's JSON record handed to `sink` in pieces as it is written: the bytes `render`
  /// gives (then `arrayElement` when `element`), never held whole.
  static func stream(
    _ article: Article, format: Format, pretty: Bool, element: Bool,
    to sink: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    let indented = pretty && format == .json
    guard element && indented else {
      try ArticleExtractor.streamJSON(article, pretty: indented, to: sink)
      if !element { try [UInt8(ascii: "\n")].withUnsafeBufferPointer { try sink($0) } }
      return
    }
    // An element of an indented array: every line indented by two more (`arrayElement`).
    var indentedChunk: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: " ")]
    try ArticleExtractor.streamJSON(article, pretty: true) { chunk in
      indentedChunk.reserveCapacity(indentedChunk.count + chunk.count + chunk.count / 8)
      for byte in chunk {
        indentedChunk.append(byte)
        if byte == UInt8(ascii: "\n") {
          indentedChunk.append(UInt8(ascii: " "))
          indentedChunk.append(UInt8(ascii: " "))
        }
      }
      try indentedChunk.withUnsafeBufferPointer { try sink($0) }
      indentedChunk.removeAll(keepingCapacity: true)
    }
  }

  /// Writes what `body` hands its sink to `descriptor`, gathered into writes of at least a
  /// streamed chunk (`ArticleExtractor.streamJSON`'s size), the rest at the end: a record
  /// smaller than that is one write call, as when it was rendered whole; `prefix` goes first.
  static func writeStreamed(
    to descriptor: Int32, prefix: [UInt8] = [],
    _ body: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void
  ) throws {
    var buffer = prefix
    buffer.reserveCapacity(streamedWriteBytes + streamedWriteBytes / 4)
    try body { chunk in
      buffer.append(contentsOf: chunk)
      if buffer.count >= streamedWriteBytes {
        try writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if !buffer.isEmpty { try writeAll(buffer, to: descriptor) }
  }

  /// Bytes gathered per write call of a streamed record.
  static let streamedWriteBytes = 64 << 10

  /// Writes every byte (a record is never torn by a short write), retrying interrupted
  /// calls. A closed pipe is `OutputError.brokenPipe`.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
    try bytes.withUnsafeBufferPointer { try writeAll($0, to: descriptor) }
  }

  static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws {
    ignoreDeliverySignals()
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else if written < 0 && errno == EPIPE {
        throw OutputError.brokenPipe
      } else {
        throw OutputError(String(cString: strerror(errno)))
      }
    }
  }

  /// One line on standard error. File names and URIs come from the input: control
  /// characters (terminal escape sequences, line breaks) and bidirectional overrides in them
  /// are shown escaped, never sent raw to the terminal.
  static func errorLine(_ message: String) {
    try? writeAll(Array(("extract: " + escaped(message) + "\n").utf8), to: 2)
  }

  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value)
      {
        result += value <= 0xFF ? "\\x" + hex(value, digits: 2) : "\\u{" + hex(value, digits: 4) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}

extension OutputError {
  static let brokenPipe = OutputError("the output pipe was closed")

  var isBrokenPipe: Bool { description == OutputError.brokenPipe.description }
}
