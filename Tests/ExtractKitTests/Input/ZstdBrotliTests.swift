import CZstd
import Foundation
import Testing

@testable import ExtractKit

/// Brotli and zstd: HTTP content encodings, and `.warc.zst` files in the IIPC format (a
/// dictionary in a skippable frame first, then one frame per record).
@Suite("zstd and brotli")
struct ZstdBrotliTests {
  typealias W = WARCReaderTests

  static let page = Array(
    ("<html><head><title>Brotli</title></head><body><article><h1>Brotli</h1><p>The quick brown fox jumps over the "
      + "lazy dog near the river bank, and the dog does not mind at all today.</p><p>The quick brown fox jumps over "
      + "the lazy dog near the river bank, and the dog does not mind at all today.</p></article></body></html>").utf8)
  /// `page` compressed by libbrotlienc (quality 5, window 22, text mode).
  static let brotli: [UInt8] = [
    27, 59, 1, 0, 196, 160, 155, 164, 7, 212, 131, 180, 129, 3, 249, 185, 219, 231, 142, 128, 249, 254, 237, 217, 69,
    17, 53, 47, 204, 48, 32, 60, 212, 244, 134, 229, 248, 45, 24, 175, 22, 86, 73, 168, 89, 251, 77, 124, 143, 189,
    229, 51, 88, 125, 176, 123, 140, 56, 231, 49, 84, 204, 151, 41, 138, 5, 91, 199, 50, 31, 70, 162, 248, 94, 176,
    150, 159, 4, 149, 95, 184, 43, 150, 142, 124, 203, 246, 76, 227, 30, 232, 255, 65, 100, 13, 230, 169, 87, 199,
    244, 142, 253, 68, 144, 241, 209, 16, 109, 18, 160, 39, 104, 8, 56, 179, 160, 223, 240, 105, 253, 79, 41, 7,
    105, 61, 9, 21, 65, 152, 3,
  ]

  /// One zstd frame of `bytes`, with `dictionary` (raw content) when given.
  static func zstd(_ bytes: [UInt8], dictionary: [UInt8]? = nil) -> [UInt8] {
    let context = ZSTD_createCCtx()
    defer { ZSTD_freeCCtx(context) }
    var output = [UInt8](repeating: 0, count: ZSTD_compressBound(bytes.count))
    let size = output.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes { source in
        if let dictionary {
          return dictionary.withUnsafeBytes {
            ZSTD_compress_usingDict(
              context, target.baseAddress, target.count, source.baseAddress, source.count, $0.baseAddress, $0.count, 3)
          }
        }
        return ZSTD_compressCCtx(context, target.baseAddress, target.count, source.baseAddress, source.count, 3)
      }
    }
    return Array(output.prefix(size))
  }

  /// The IIPC skippable frame holding `dictionary`.
  static func dictionaryFrame(_ dictionary: [UInt8]) -> [UInt8] {
    let size = UInt32(dictionary.count)
    return Zstd.dictionaryMagic + (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) } + dictionary
  }

  @Test("Content-Encoding br and zstd bodies are decoded")
  func contentEncodings() throws {
    for (encoding, body) in [("br", Self.brotli), ("zstd", Self.zstd(Self.page))] {
      let block = W.http(body, "Content-Type: text/html\r\nContent-Encoding: \(encoding)")
      let entries = try W.entries(W.record("response", id: 1, block: block))
      guard case .page(let record) = entries.first else {
        Issue.record("\(encoding): \(entries)")
        continue
      }
      #expect(record.body == Self.page, "\(encoding)")
    }
    let broken = W.http(Array(Self.brotli.prefix(40)), "Content-Type: text/html\r\nContent-Encoding: br")
    guard case .failure(_, _, let message) = try W.entries(W.record("response", id: 2, block: broken)).first else {
      Issue.record("a cut brotli body must be a failure")
      return
    }
    #expect(message.contains("br"))
  }

  @Test("a .warc.zst with its dictionary frame reads like the plain file, offsets at the frames")
  func warcZst() throws {
    let records = [
      W.record("response", id: 1, block: W.http(W.html)),
      W.record("request", id: 2, contentType: "application/http; msgtype=request", block: Array("GET /\r\n\r\n".utf8)),
      W.record("response", id: 3, block: W.http(W.html)),
    ]
    let dictionary = Array(
      String(repeating: "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: text/html\r\n", count: 20).utf8)
    let frames = records.map { Self.zstd($0, dictionary: dictionary) }
    for dictionaryBytes in [dictionary, Self.zstd(dictionary)] {
      let head = Self.dictionaryFrame(dictionaryBytes)
      let file = head + frames.flatMap { $0 }
      #expect(try W.entries(file) == W.entries(records.flatMap { $0 }))
      let reader = try WARCReader(stream: MemoryStream(file))
      var pages: [WARCRecord] = []
      while let entry = try reader.next() { if case .page(let record) = entry { pages.append(record) } }
      #expect(pages.map(\.offset) == [head.count, head.count + frames[0].count + frames[1].count])
      #expect(pages.map(\.length) == [frames[0].count, frames[2].count])
    }
    // Without the dictionary the frames cannot be read: an error, not silence.
    #expect(throws: InputError.self) { try W.entries(frames.flatMap { $0 }) }
    // Bytes after the last frame that are not a frame are an error too.
    let trailing = Self.dictionaryFrame(dictionary) + frames.flatMap { $0 } + Array("junk".utf8)
    let reader = try WARCReader(stream: MemoryStream(trailing))
    var error: Error?
    do { while try reader.next() != nil {} } catch let caught { error = caught }
    #expect((error as? InputError)?.kind == "bad-zstd")
  }
}
