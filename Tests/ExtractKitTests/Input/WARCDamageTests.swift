import Foundation
import Testing

@testable import ExtractKit

/// Damaged and hostile WARC files: sizes read from the input are never trusted for arithmetic
/// or allocation, damage is always a failure (never a silent loss), and a file reads the same
/// however the stream's reads are split.
@Suite("WARC damage")
struct WARCDamageTests {
  typealias W = WARCReaderTests

  /// A stream that hands out at most `size` bytes a read, as a pipe does.
  final class SplitStream: ByteStream {
    private let bytes: [UInt8]
    private let size: Int
    private var offset = 0

    init(_ bytes: [UInt8], size: Int) {
      self.bytes = bytes
      self.size = size
    }

    func read(maxBytes: Int) throws -> [UInt8] {
      let end = offset + min(bytes.count - offset, min(size, max(1, maxBytes)))
      defer { offset = end }
      return Array(bytes[offset..<end])
    }
  }

  /// Every entry, then the error that ended the reading (nil: a clean end).
  static func read(_ stream: ByteStream, limit: Int = WARCReader.defaultRecordLimit) throws -> ([WARCEntry], Error?) {
    let reader = try WARCReader(stream: stream, recordLimit: limit)
    var entries: [WARCEntry] = []
    do {
      while let entry = try reader.next() { entries.append(W.withoutPosition(entry)) }
      return (entries, nil)
    } catch {
      return (entries, error)
    }
  }

  static func page(_ id: Int) -> WARCEntry {
    .page(
      WARCRecord(
        recordID: "<urn:uuid:\(id)>", targetURI: "https://site.example/a", date: "2024-01-02T03:04:05Z",
        charset: "ISO-8859-1", body: W.html))
  }

  @Test("a chunk size of 2^63-1 ends the body where the bytes end; the next record is read")
  func chunkSizeOverflow() throws {
    let chunked = Array("7fffffffffffffff\r\n".utf8) + W.html
    let block = W.http(chunked, "Content-Type: text/html\r\nTransfer-Encoding: chunked")
    let bytes = W.record("response", id: 1, block: block) + W.record("response", id: 2, block: W.http(W.html))
    let (entries, error) = try Self.read(MemoryStream(bytes))
    #expect(error == nil)
    #expect(entries.count == 2)
    if case .page(let record) = entries.first { #expect(record.body == W.html) }
    #expect(entries.last == Self.page(2))
  }

  @Test("a declared Content-Length of 2^63-1 or 5e9 under a huge limit is a truncated record, not an allocation")
  func hugeContentLength() throws {
    for length in [Int.max, 5_000_000_000] {
      let bytes =
        Array("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:7>\r\nContent-Type: text/html\r\n".utf8)
        + Array("Content-Length: \(length)\r\n\r\n".utf8) + W.html
      for stream in [MemoryStream(bytes), MemoryStream(try GzipTests.gzip(bytes))] as [ByteStream] {
        let (entries, error) = try Self.read(stream, limit: Int.max)
        #expect(error == nil)
        #expect(
          entries == [
            .failure(
              recordID: "<urn:uuid:7>", targetURI: nil,
              message: "the record is truncated: \(W.html.count) of \(length) bytes")
          ])
      }
    }
  }

  @Test("bytes that are not gzip after a member are an error; NUL padding is a clean end")
  func dataAfterMember() throws {
    let first = try GzipTests.gzip(W.record("response", id: 1, block: W.http(W.html)))
    let second = try GzipTests.gzip(W.record("response", id: 2, block: W.http(W.html)))
    let (entries, error) = try Self.read(MemoryStream(first + Array("X".utf8) + second))
    #expect(entries == [Self.page(1)])
    #expect(error as? InputError == .corruptGzip("data that is not gzip at byte \(first.count)"))
    #expect((error as? InputError)?.kind == "bad-gzip")

    let padded = try Self.read(MemoryStream(first + second + [UInt8](repeating: 0, count: 512)))
    #expect(padded.0 == [Self.page(1), Self.page(2)])
    #expect(padded.1 == nil)
  }

  @Test("a header line over 64 KiB is a failure for its record, the same for every read size")
  func longHeaderLine() throws {
    var long = W.record("response", id: 1, block: W.http(W.html))
    let extra = Array(("X-Long: " + String(repeating: "a", count: 70_000) + "\r\n").utf8)
    long.insert(contentsOf: extra, at: Array("WARC/1.1\r\n".utf8).count)
    let bytes = long + W.record("response", id: 2, block: W.http(W.html))
    let expected: [WARCEntry] = [
      .failure(
        recordID: "<urn:uuid:1>", targetURI: "https://site.example/a",
        message: "a header line is longer than 65536 bytes"),
      Self.page(2),
    ]
    for size in [1000, 4096, 65_536, 65_537, 1 << 20] {
      let (entries, error) = try Self.read(SplitStream(bytes, size: size))
      #expect(error == nil)
      #expect(entries == expected, "reads of \(size) bytes")
    }
    let gzipped = try GzipTests.gzip(bytes)
    #expect(try Self.read(SplitStream(gzipped, size: 777)).0 == expected)
  }
}
