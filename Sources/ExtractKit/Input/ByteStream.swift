#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A source of bytes read in chunks, so a WARC file of gigabytes streams through with a
/// flat footprint. `read` returns an empty array only at the end.
package protocol ByteStream: AnyObject {
  func read(maxBytes: Int) throws -> [UInt8]
}

/// Why an input (a file, a gzip stream, a WARC file) could not be read.
package enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  /// The gzip stream ended before its last member did (a cut download).
  case truncatedGzip
  case corruptGzip(String)
  /// Decompressed data beyond the limit: a gzip bomb or a page no article needs.
  case decompressedTooLarge(limit: Int)

  package var kind: String {
    switch self {
    case .unreadable: return "unreadable"
    case .truncatedGzip, .corruptGzip: return "bad-gzip"
    case .decompressedTooLarge: return "too-large"
    }
  }

  package var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): \(reason)"
    case .truncatedGzip: return "the gzip data is truncated"
    case .corruptGzip(let reason): return "the gzip data is corrupt (\(reason))"
    case .decompressedTooLarge(let limit): return "the data decompresses to more than \(limit) bytes"
    }
  }
}

/// Reads a file descriptor: a file opened here (closed when done) or standard input.
package final class FileStream: ByteStream {
  private let descriptor: Int32
  private let owned: Bool
  private let name: String

  /// Opens `path` for reading.
  package init(path: String) throws {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw InputError.unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    self.descriptor = descriptor
    self.owned = true
    self.name = path
  }

  /// Reads standard input.
  package init(standardInput: Void = ()) {
    self.descriptor = 0
    self.owned = false
    self.name = "<stdin>"
  }

  deinit {
    if owned { close(descriptor) }
  }

  package func read(maxBytes: Int) throws -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: max(1, maxBytes))
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count >= 0 {
        buffer.removeSubrange(count...)
        return buffer
      }
      if errno == EINTR { continue }
      throw InputError.unreadable(path: name, reason: String(cString: strerror(errno)))
    }
  }

  /// The size of a regular file, nil for pipes and devices.
  var fileSize: Int? {
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// The whole file, refusing more than `limit` bytes with `ExtractError.tooLarge`
  /// before reading them.
  package static func contents(of path: String, limit: Int) throws -> [UInt8] {
    let stream = try FileStream(path: path)
    if let size = stream.fileSize, size > limit { throw ExtractError.tooLarge(bytes: size, limit: limit) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(stream.fileSize ?? 0)
    while true {
      let chunk = try stream.read(maxBytes: 1 << 20)
      if chunk.isEmpty { return bytes }
      bytes.append(contentsOf: chunk)
      if bytes.count > limit { throw ExtractError.tooLarge(bytes: bytes.count, limit: limit) }
    }
  }
}

/// The C library's `read`, out of reach by name inside a type with its own `read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

/// Bytes already in memory, read as a stream.
package final class MemoryStream: ByteStream {
  private let bytes: [UInt8]
  private var offset = 0

  package init(_ bytes: [UInt8]) { self.bytes = bytes }

  package func read(maxBytes: Int) throws -> [UInt8] {
    let end = min(bytes.count, offset + max(1, maxBytes))
    defer { offset = end }
    return Array(bytes[offset..<end])
  }
}

/// Line and length reads over a stream, with one buffer reused: what the WARC and HTTP
/// parsers need.
final class BufferedReader {
  private let stream: ByteStream
  private var buffer: [UInt8] = []
  private var position = 0
  private var ended = false
  /// Bytes handed out so far: where a record starts, for error messages.
  private(set) var consumed = 0

  static let chunk = 256 << 10

  init(_ stream: ByteStream) { self.stream = stream }

  /// Makes at least `count` bytes available unless the stream ends first.
  private func fill(_ count: Int) throws -> Bool {
    while buffer.count - position < count {
      if ended { return false }
      if position > 0 {
        buffer.removeSubrange(0..<position)
        position = 0
      }
      let chunk = try stream.read(maxBytes: max(Self.chunk, count - buffer.count))
      if chunk.isEmpty {
        ended = true
        return false
      }
      buffer.append(contentsOf: chunk)
    }
    return true
  }

  /// One line without its CR LF; nil at the end. Lines longer than `limit` are cut there.
  func line(limit: Int = 64 << 10) throws -> [UInt8]? {
    var scanned = 0
    while true {
      if let index = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
        var line = Array(buffer[position..<index])
        consumed += index + 1 - position
        position = index + 1
        if line.last == 0x0D { line.removeLast() }
        return line.count > limit ? Array(line.prefix(limit)) : line
      }
      scanned = buffer.count - position
      if scanned > limit {
        let line = Array(buffer[position..<(position + limit)])
        consumed += scanned
        position = buffer.count
        return line
      }
      if try !fill(scanned + 1) {
        if buffer.count == position { return nil }
        let line = Array(buffer[position...])
        consumed += buffer.count - position
        position = buffer.count
        return line
      }
    }
  }

  /// Up to `count` bytes; fewer only at the end of the stream.
  func bytes(_ count: Int) throws -> [UInt8] {
    _ = try fill(count)
    let end = min(buffer.count, position + count)
    let result = Array(buffer[position..<end])
    consumed += end - position
    position = end
    return result
  }

  /// Skips `count` bytes without keeping them; returns how many were there.
  func skip(_ count: Int) throws -> Int {
    var left = count
    while left > 0 {
      if buffer.count == position, try !fill(1) { break }
      let step = min(left, buffer.count - position)
      position += step
      consumed += step
      left -= step
    }
    return count - left
  }
}
