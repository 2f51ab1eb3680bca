import Foundation
import Testing

@testable import ExtractKit

/// WARC files record by record: which records are pages, what the HTTP layer hides, and
/// how damaged files end.
@Suite("WARC reader")
struct WARCReaderTests {
  static let html = Array("<!DOCTYPE html><html><head><title>A</title></head><body><p>Hello</p></body></html>".utf8)

  static func record(
    _ type: String, id: Int, uri: String? = "https://site.example/a",
    contentType: String = "application/http; msgtype=response",
    block: [UInt8], length: Int? = nil
  ) -> [UInt8] {
    var header =
      "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n"
    if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
    header += "Content-Type: \(contentType)\r\nContent-Length: \(length ?? block.count)\r\n\r\n"
    return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
  }

  static func http(
    _ body: [UInt8], _ headers: String = "Content-Type: text/html; charset=ISO-8859-1", status: String = "200 OK"
  )
    -> [UInt8]
  {
    Array("HTTP/1.1 \(status)\r\n\(headers)\r\n\r\n".utf8) + body
  }

  static func entries(_ bytes: [UInt8]) throws -> [WARCEntry] {
    let reader = try WARCReader(stream: MemoryStream(bytes))
    var entries: [WARCEntry] = []
    while let entry = try reader.next() { entries.append(entry) }
    return entries.map(withoutPosition)
  }

  /// An entry with its record's offset and length zeroed: most tests are about what is read,
  /// `positions` is about where.
  static func withoutPosition(_ entry: WARCEntry) -> WARCEntry {
    guard case .page(var record) = entry else { return entry }
    record.offset = 0
    record.length = 0
    return .page(record)
  }

  @Test("each page's offset and length are its record's bytes: plain, and its gzip member in .warc.gz")
  func positions() throws {
    let records = [
      Self.record(
        "request", id: 1, contentType: "application/http; msgtype=request", block: Array("GET /\r\n\r\n".utf8)),
      Self.record("response", id: 2, block: Self.http(Self.html)),
      Self.record("response", id: 3, block: Self.http(Self.html)),
    ]
    let plain = records.flatMap { $0 }
    let members = try records.map { try GzipTests.gzip($0) }
    // Plain, a record's length ends with its block (the 4 bytes of blank lines after it are
    // the file's separator, as warcio indexes it); in .warc.gz it is the whole member.
    for (bytes, pieces, separator) in [(plain, records, 4), (members.flatMap { $0 }, members, 0)] {
      let reader = try WARCReader(stream: MemoryStream(bytes))
      var pages: [WARCRecord] = []
      while let entry = try reader.next() { if case .page(let record) = entry { pages.append(record) } }
      #expect(pages.map(\.offset) == [pieces[0].count, pieces[0].count + pieces[1].count])
      #expect(pages.map(\.length) == [pieces[1].count - separator, pieces[2].count - separator])
    }
  }

  @Test("only HTML responses are pages; requests, metadata, images and redirects are passed over")
  func pagesOnly() throws {
    let bytes =
      Self.record("warcinfo", id: 1, uri: nil, contentType: "application/warc-fields", block: Array("a: b\r\n".utf8))
      + Self.record(
        "request", id: 2, contentType: "application/http; msgtype=request", block: Array("GET / HTTP/1.1\r\n\r\n".utf8))
      + Self.record("response", id: 3, block: Self.http(Self.html))
      + Self.record("metadata", id: 4, contentType: "application/warc-fields", block: Array("via: x\r\n".utf8))
      + Self.record(
        "response", id: 5, uri: "https://site.example/i.png", block: Self.http([1, 2, 3], "Content-Type: image/png"))
      + Self.record(
        "response", id: 6, block: Self.http(Self.html, "Location: /b\r\nContent-Type: text/html", status: "302 Found"))
      + Self.record("resource", id: 7, uri: "file:///saved.html", contentType: "text/html", block: Self.html)
    let entries = try Self.entries(bytes)
    #expect(
      entries == [
        .page(
          WARCRecord(
            recordID: "<urn:uuid:3>", targetURI: "https://site.example/a", date: "2024-01-02T03:04:05Z",
            charset: "ISO-8859-1", body: Self.html)),
        .page(
          WARCRecord(
            recordID: "<urn:uuid:7>", targetURI: "file:///saved.html", date: "2024-01-02T03:04:05Z", charset: nil,
            body: Self.html)),
      ])
  }

  @Test("chunked transfer and gzip content encoding are undone; bracketed target URIs are unwrapped")
  func httpLayer() throws {
    let gzipped = try GzipTests.gzip(Self.html)
    var chunked: [UInt8] = []
    for start in stride(from: 0, to: gzipped.count, by: 10) {
      let piece = gzipped[start..<min(gzipped.count, start + 10)]
      chunked += Array((String(piece.count, radix: 16) + ";ext=1\r\n").utf8) + piece + Array("\r\n".utf8)
    }
    chunked += Array("0\r\n\r\n".utf8)
    let block = Self.http(chunked, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip")
    let entries = try Self.entries(Self.record("response", id: 8, uri: "<https://site.example/c>", block: block))
    guard case .page(let record) = entries.first else {
      Issue.record("no page: \(entries)")
      return
    }
    #expect(record.body == Self.html)
    #expect(record.targetURI == "https://site.example/c")
    #expect(record.charset == nil)
  }

  @Test("a gzipped WARC with one member per record reads like the plain one")
  func perRecordGzip() throws {
    let records = [
      Self.record("response", id: 1, block: Self.http(Self.html)),
      Self.record("response", id: 2, block: Self.http(Self.html)),
    ]
    let compressed = try records.flatMap { try GzipTests.gzip($0) }
    #expect(try Self.entries(compressed) == Self.entries(records.flatMap { $0 }))
    #expect(try Self.entries(compressed).count == 2)
  }

  @Test("a record cut short is a failure, and reading stops there")
  func truncatedRecord() throws {
    let whole = Self.record("response", id: 1, block: Self.http(Self.html))
    let cut = Self.record("response", id: 2, block: Self.http(Self.html))
    let entries = try Self.entries(whole + cut.prefix(cut.count - 40))
    let length = Self.http(Self.html).count
    #expect(entries.count == 2)
    // 40 bytes cut: the 4 that end the record and 36 of its block.
    #expect(
      entries.last
        == .failure(
          recordID: "<urn:uuid:2>", targetURI: "https://site.example/a",
          message: "the record is truncated: \(length - 36) of \(length) bytes"))
  }

  @Test("data that is not WARC, or a record without a length, is one failure")
  func notWARC() throws {
    let garbage = try Self.entries(Array("<html>not a warc</html>".utf8))
    #expect(garbage == [.failure(recordID: nil, targetURI: nil, message: "not a WARC record at byte 0")])
    let noLength = Array("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:9>\r\n\r\nbody".utf8)
    #expect(
      try Self.entries(noLength)
        == [.failure(recordID: "<urn:uuid:9>", targetURI: nil, message: "the record has no valid Content-Length")])
  }

  @Test("a record over the size limit is skipped with a failure and the next one is read")
  func oversized() throws {
    let big = Self.record("response", id: 1, block: Self.http([UInt8](repeating: 0x61, count: 5000)))
    let small = Self.record("response", id: 2, block: Self.http(Self.html))
    let reader = try WARCReader(stream: MemoryStream(big + small), recordLimit: 1000)
    guard case .failure(let id, _, let message) = try reader.next() else {
      Issue.record("expected a failure")
      return
    }
    #expect(id == "<urn:uuid:1>")
    #expect(message.contains("over the limit of 1000"))
    guard case .page(let record) = try reader.next() else {
      Issue.record("expected the next page")
      return
    }
    #expect(record.recordID == "<urn:uuid:2>")
    #expect(try reader.next() == nil)
  }

  @Test("an unsupported content encoding is a failure naming it")
  func unsupportedEncoding() throws {
    let block = Self.http([1, 2, 3], "Content-Type: text/html\r\nContent-Encoding: compress")
    #expect(
      try Self.entries(Self.record("response", id: 3, block: block))
        == [
          .failure(
            recordID: "<urn:uuid:3>", targetURI: "https://site.example/a",
            message: "the content encoding 'compress' is not supported")
        ])
  }
}
