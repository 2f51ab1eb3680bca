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

  /// Writes every byte (a record is never torn by a short write), retrying interrupted
  /// calls. A closed pipe is `OutputError.brokenPipe`.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
    ignoreDeliverySignals()
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
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
