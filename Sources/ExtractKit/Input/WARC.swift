/// One HTML page found in a WARC file: a `response` record (or a `resource` record) whose
/// payload is HTML, with the HTTP layer already undone.
package struct WARCRecord: Equatable, Sendable {
  /// `WARC-Record-ID`, e.g. `<urn:uuid:…>`.
  package var recordID: String
  /// `WARC-Target-URI`: the page's URL.
  package var targetURI: String?
  /// `WARC-Date`.
  package var date: String?
  /// The charset of the HTTP `Content-Type`, a hint for the page's encoding.
  package var charset: String?
  /// The page's bytes after chunked transfer and gzip/deflate content encodings are undone.
  package var body: [UInt8]
  /// The record's first byte in the file: of its gzip member in a `.warc.gz`, as a crawl
  /// index (CDX) gives it.
  package var offset: Int = 0
  /// The record's bytes in the file: up to the end of its block in a plain WARC file (the
  /// blank lines after it left out, as warcio indexes it), the compressed length of its gzip
  /// member(s) in a `.warc.gz`; 0 when it shares a member with other records.
  package var length: Int = 0
}

/// What the reader yields: a page, or a record that should have been a page and could
/// not be read (truncated, a content encoding it cannot undo, over the size limit).
package enum WARCEntry: Equatable, Sendable {
  case page(WARCRecord)
  case failure(recordID: String?, targetURI: String?, message: String)
}

/// Reads WARC files (WARC/1.0 and 1.1, plain or gzipped, one member per record as
/// crawlers write them, or one member for the whole file) record by record, holding one
/// record in memory at a time. Hand-written: no package in reach parses WARC.
package final class WARCReader {
  private let reader: BufferedReader
  /// The gzip members or zstd frames of a compressed file, for record offsets.
  private let spans: FrameSpans?
  private let limit: Int
  private var stopped = false
  /// An error met while reading ahead past a record that was returned: thrown next time.
  private var deferredError: Error?

  /// A record whose block is larger is skipped with a failure rather than held in memory.
  package static let defaultRecordLimit = ExtractOptions.defaultMaximumInputBytes

  /// Reads from `stream`; gzip and zstd (with the IIPC dictionary frame of `.warc.zst`) are
  /// detected from the first bytes.
  package init(stream: ByteStream, recordLimit: Int = WARCReader.defaultRecordLimit) throws {
    let sniff = PeekStream(stream)
    let head = try sniff.peek(4)
    if Gzip.isCompressed(head) {
      let gzip = try GzipStream(sniff, trailing: .padding)
      spans = gzip.spans
      reader = BufferedReader(gzip)
    } else if Zstd.isCompressed(head) {
      let zstd = try ZstdStream(sniff)
      spans = zstd.spans
      reader = BufferedReader(zstd)
    } else {
      spans = nil
      reader = BufferedReader(sniff)
    }
    limit = recordLimit
  }

  /// Whether the bytes look like the start of a WARC file (after gzip is undone).
  package static func looksLikeWARC(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: Array("WARC/".utf8))
  }

  /// The next HTML page or failure; nil at the end. Records that are not HTML responses
  /// (requests, metadata, images, redirects) are passed over.
  package func next() throws -> WARCEntry? {
    if let error = deferredError {
      deferredError = nil
      stopped = true
      throw error
    }
    while !stopped {
      guard let header = try readHeader() else { return nil }
      if case .failure = header {
        stopped = true
        return header.failure
      }
      if case .bad(let entry, let length) = header {
        try skipBlock(length)
        return entry
      }
      guard case .header(let fields, let length, let start) = header else { continue }
      let recordID = fields["warc-record-id"]
      let target = fields["warc-target-uri"].map(Self.unbracket)
      let type = fields["warc-type"]?.lowercased() ?? ""
      guard type == "response" || type == "resource" else {
        try skipBlock(length)
        continue
      }
      let contentType = fields["content-type"]?.lowercased() ?? ""
      if type == "response" && !contentType.hasPrefix("application/http") {
        try skipBlock(length)
        continue
      }
      if type == "resource" && !HTTPPayload.isHTML(contentType: contentType, body: []) {
        try skipBlock(length)
        continue
      }
      if length > limit {
        try skipBlock(length)
        return .failure(
          recordID: recordID, targetURI: target, message: "the record is \(length) bytes, over the limit of \(limit)")
      }
      let block = try reader.bytes(length)
      if block.count < length {
        stopped = true
        return .failure(
          recordID: recordID, targetURI: target,
          message: "the record is truncated: \(block.count) of \(length) bytes")
      }
      let (offset, size) = position(start: start)
      let record = WARCRecord(
        recordID: recordID ?? "", targetURI: target, date: fields["warc-date"], charset: nil, body: block,
        offset: offset, length: size)
      if type == "resource" {
        var page = record
        page.charset = HTTPPayload.charset(contentType: fields["content-type"] ?? "")
        return .page(page)
      }
      switch HTTPPayload.parse(block, limit: limit) {
      case .notPage:
        continue
      case .failure(let message):
        return .failure(recordID: recordID, targetURI: target, message: message)
      case .page(let body, let charset):
        var page = record
        page.body = body
        page.charset = charset
        return .page(page)
      }
    }
    return nil
  }

  /// Where the record that started at decompressed byte `start` sits in the file, after its
  /// block was read: its end blank lines are passed over, and with gzip the stream is read
  /// one byte ahead so the member holding its end has ended.
  private func position(start: Int) -> (offset: Int, length: Int) {
    // Uncompressed, the record ends with its block (the blank lines after it are the file's
    // separator), as warcio's index gives it.
    let blockEnd = reader.consumed
    do {
      try reader.skipLineEnds(2)
      if spans != nil { _ = try reader.prefetch() }
    } catch {
      deferredError = error
    }
    let end = reader.consumed
    guard let spans, let first = spans.containing(start) else { return (start, blockEnd - start) }
    let last = spans.containing(max(start, end - 1)) ?? first
    defer { spans.forget(before: end) }
    // A record sharing its member with others (one member for the whole file) cannot be
    // read alone from an offset: its length is 0.
    guard first.decompressedStart == start, last.decompressedEnd == end, let memberEnd = last.compressedEnd else {
      return (first.compressedStart, 0)
    }
    return (first.compressedStart, memberEnd - first.compressedStart)
  }

  private enum Header {
    /// Fields, the block's length, and where the record starts (in decompressed bytes).
    case header([String: String], Int, Int)
    /// A record that cannot be read, whose end is still known: reading goes on after it.
    case bad(WARCEntry, Int)
    /// Reading cannot go on.
    case failure(WARCEntry)

    var failure: WARCEntry? {
      if case .failure(let entry) = self { return entry }
      return nil
    }
  }

  /// Most headers a record may carry; more means the data is not WARC.
  static let maximumHeaderLines = 512
  /// Longest header line: WARC-Target-URI of a crawled URL is at most a few KiB; longer
  /// is damage, and the record is a failure (whatever the stream's reads look like).
  static let maximumHeaderLine = 64 << 10

  private func readHeader() throws -> Header? {
    var line: BufferedReader.Line?
    var start = 0
    repeat {
      start = reader.consumed
      line = try reader.line(limit: Self.maximumHeaderLine)
    } while line == .line([])
    guard let first = line else { return nil }
    spans?.forget(before: start)
    guard case .line(let version) = first, version.starts(with: Array("WARC/".utf8)) else {
      return .failure(.failure(recordID: nil, targetURI: nil, message: "not a WARC record at byte \(start)"))
    }
    var fields: [String: String] = [:]
    var count = 0
    var problem: String?
    while let next = try reader.line(limit: Self.maximumHeaderLine) {
      guard case .line(let line) = next else {
        problem = problem ?? "a header line is longer than \(Self.maximumHeaderLine) bytes"
        continue
      }
      if line.isEmpty { break }
      count += 1
      if count > Self.maximumHeaderLines {
        problem = problem ?? "the record has more than \(Self.maximumHeaderLines) header lines"
        continue
      }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let name = String(decoding: line[..<colon], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
      let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingASCIIWhitespace()
      if fields[name] == nil { fields[name] = value }
    }
    let recordID = fields["warc-record-id"]
    let target = fields["warc-target-uri"].map(Self.unbracket)
    guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
      return .failure(
        .failure(recordID: recordID, targetURI: target, message: problem ?? "the record has no valid Content-Length"))
    }
    if let problem { return .bad(.failure(recordID: recordID, targetURI: target, message: problem), length) }
    return .header(fields, length, start)
  }

  private func skipBlock(_ length: Int) throws {
    // The CR LF pairs after a block are passed over as blank lines before the next header.
    if try reader.skip(length) < length { stopped = true }
  }

  /// WARC 1.1 writes `WARC-Target-URI` bare, some 1.0 writers wrap it in angle brackets.
  private static func unbracket(_ value: String) -> String {
    value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : value
  }
}

/// Lets the first bytes of a stream be looked at before deciding how to read it.
final class PeekStream: ByteStream {
  private let upstream: ByteStream
  private var pending: [UInt8] = []

  init(_ upstream: ByteStream) { self.upstream = upstream }

  func peek(_ count: Int) throws -> [UInt8] {
    while pending.count < count {
      let chunk = try upstream.read(maxBytes: max(count, 4096))
      if chunk.isEmpty { break }
      pending.append(contentsOf: chunk)
    }
    return Array(pending.prefix(count))
  }

  func read(maxBytes: Int) throws -> [UInt8] {
    if !pending.isEmpty {
      let chunk = Array(pending.prefix(maxBytes))
      pending.removeFirst(chunk.count)
      return chunk
    }
    return try upstream.read(maxBytes: maxBytes)
  }
}
