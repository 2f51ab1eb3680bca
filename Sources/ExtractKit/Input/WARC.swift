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
  private let limit: Int
  private var stopped = false

  /// A record whose block is larger is skipped with a failure rather than held in memory.
  package static let defaultRecordLimit = ExtractOptions.defaultMaximumInputBytes

  /// Reads from `stream`; gzip is detected from the first bytes.
  package init(stream: ByteStream, recordLimit: Int = WARCReader.defaultRecordLimit) throws {
    let sniff = PeekStream(stream)
    let head = try sniff.peek(2)
    let source: ByteStream = Gzip.isCompressed(head) ? try GzipStream(sniff) : sniff
    reader = BufferedReader(source)
    limit = recordLimit
  }

  /// Whether the bytes look like the start of a WARC file (after gzip is undone).
  package static func looksLikeWARC(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: Array("WARC/".utf8))
  }

  /// The next HTML page or failure; nil at the end. Records that are not HTML responses
  /// (requests, metadata, images, redirects) are passed over.
  package func next() throws -> WARCEntry? {
    while !stopped {
      guard let header = try readHeader() else { return nil }
      if case .failure = header {
        stopped = true
        return header.failure
      }
      guard case .header(let fields, let length) = header else { continue }
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
      let record = WARCRecord(
        recordID: recordID ?? "", targetURI: target, date: fields["warc-date"], charset: nil, body: block)
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

  private enum Header {
    case header([String: String], Int)
    case failure(WARCEntry)

    var failure: WARCEntry? {
      if case .failure(let entry) = self { return entry }
      return nil
    }
  }

  /// Most headers a record may carry; more means the data is not WARC.
  static let maximumHeaderLines = 512

  private func readHeader() throws -> Header? {
    var line: [UInt8]?
    var start = 0
    repeat {
      start = reader.consumed
      line = try reader.line()
    } while line?.isEmpty == true
    guard let first = line else { return nil }
    guard first.starts(with: Array("WARC/".utf8)) else {
      return .failure(.failure(recordID: nil, targetURI: nil, message: "not a WARC record at byte \(start)"))
    }
    var fields: [String: String] = [:]
    var count = 0
    while let line = try reader.line(), !line.isEmpty {
      count += 1
      if count > Self.maximumHeaderLines { break }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let name = String(decoding: line[..<colon], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
      let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingASCIIWhitespace()
      if fields[name] == nil { fields[name] = value }
    }
    guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
      return .failure(
        .failure(
          recordID: fields["warc-record-id"], targetURI: fields["warc-target-uri"].map(Self.unbracket),
          message: "the record has no valid Content-Length"))
    }
    return .header(fields, length)
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
