import Foundation
import Testing

@testable import ExtractKit

/// gzip and deflate through zlib: members one after another, cut streams, bombs.
@Suite("Gzip")
struct GzipTests {
  static let page = Array("<html><body><p>deflated page</p></body></html>".utf8)
  /// `page` compressed by Python's zlib: a zlib stream, and raw deflate.
  static let zlibStream: [UInt8] = [
    120, 156, 179, 201, 40, 201, 205, 177, 179, 73, 202, 79, 169, 180, 179, 41, 176, 75, 73, 77, 203, 73, 44, 73, 77,
    81, 40, 72, 76, 79, 181, 209, 47, 176, 179, 209, 135, 72, 233, 131, 213, 1, 0, 126, 177, 16, 6,
  ]
  static var rawDeflate: [UInt8] { Array(zlibStream.dropFirst(2).dropLast(4)) }

  static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c", "-n"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    try input.fileHandleForWriting.write(contentsOf: Data(bytes))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
  }

  @Test("a gzip file of several members decompresses to all of them in order")
  func members() throws {
    let joined = try Self.gzip(Array("first member, ".utf8)) + Self.gzip(Array("second member".utf8))
    #expect(Gzip.isCompressed(joined))
    #expect(try Gzip.decompress(joined, limit: 1000) == Array("first member, second member".utf8))
  }

  @Test("a gzip stream cut short is an error, not a silently short page")
  func truncated() throws {
    let whole = try Self.gzip(Array(String(repeating: "a page worth reading. ", count: 200).utf8))
    #expect(throws: InputError.truncatedGzip) {
      try Gzip.decompress(Array(whole.prefix(whole.count / 2)), limit: 1 << 20)
    }
  }

  @Test("corrupt gzip data is reported with zlib's reason")
  func corrupt() throws {
    var bytes = try Self.gzip(Array(String(repeating: "text ", count: 100).utf8))
    for index in 12..<20 { bytes[index] ^= 0xFF }
    #expect(throws: InputError.self) { try Gzip.decompress(bytes, limit: 1 << 20) }
  }

  @Test("output over the limit stops decompression (a gzip bomb)")
  func bomb() throws {
    let bomb = try Self.gzip([UInt8](repeating: 0x20, count: 4 << 20))
    #expect(bomb.count < 10_000)
    #expect(throws: InputError.decompressedTooLarge(limit: 1 << 20)) { try Gzip.decompress(bomb, limit: 1 << 20) }
  }

  @Test("HTTP deflate bodies are read as zlib streams and as raw deflate")
  func deflate() throws {
    #expect(try Gzip.inflate(Self.zlibStream, limit: 1000) == Self.page)
    #expect(try Gzip.inflate(Self.rawDeflate, limit: 1000) == Self.page)
  }

  @Test("trailing padding after the last member ends the stream")
  func padding() throws {
    let bytes = try Self.gzip(Self.page) + [0, 0, 0, 0]
    #expect(try Gzip.decompress(bytes, limit: 1000) == Self.page)
  }
}
