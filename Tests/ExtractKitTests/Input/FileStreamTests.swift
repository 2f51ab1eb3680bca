import Foundation
import Testing

@testable import ExtractKit

/// Reading a whole page: a regular file straight into an array of its size, a pipe in chunks.
@Suite("File stream")
struct FileStreamTests {
  private func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("filestream-\(UUID().uuidString)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) } }

  @Test("a regular file is read whole, byte for byte, at sizes around the pipe chunk")
  func regularFile() throws {
    for count in [0, 1, FileStream.pipeChunk - 1, FileStream.pipeChunk, FileStream.pipeChunk + 1, 300_000] {
      let bytes = pattern(count)
      let path = try temporaryFile(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      #expect(try FileStream.contents(of: path, limit: 1 << 20) == bytes)
    }
  }

  @Test("a file over the limit is refused with its size before it is read")
  func fileOverLimit() throws {
    let path = try temporaryFile(pattern(5_000))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: ExtractError.tooLarge(bytes: 5_000, limit: 4_999)) {
      try FileStream.contents(of: path, limit: 4_999)
    }
    #expect(try FileStream.contents(of: path, limit: 5_000).count == 5_000)
  }

  @Test("a pipe of several chunks is read whole, and refused one chunk past the limit")
  func pipe() throws {
    let bytes = pattern(3 * FileStream.pipeChunk + 123)
    for (limit, refused) in [(bytes.count, false), (bytes.count - 1, true)] {
      var ends: [Int32] = [0, 0]
      try #require(Glibc.pipe(&ends) == 0)
      // Room for the whole page in the pipe, so it is written before it is read.
      let fcntlSetPipeSize: Int32 = 1031
      try #require(fcntl(ends[1], fcntlSetPipeSize, 1 << 20) >= bytes.count)
      let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
      close(ends[1])
      defer { close(ends[0]) }
      try #require(written == bytes.count)
      let stream = try FileStream(path: "/dev/fd/\(ends[0])")
      if refused {
        #expect(throws: ExtractError.self) { try stream.contents(limit: limit) }
      } else {
        #expect(try stream.contents(limit: limit) == bytes)
      }
    }
  }
}
