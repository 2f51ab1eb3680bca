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
  /// zstd or brotli data that cannot be decoded (`format`: "zstd", "br").
  case corruptData(format: String, reason: String)

  package var kind: String {
    switch self {
    case .unreadable: return "unreadable"
    case .truncatedGzip, .corruptGzip: return "bad-gzip"
    case .decompressedTooLarge: return "too-large"
    case .corruptData(let format, _): return "bad-" + format
    }
  }

  package var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): \(reason)"
    case .truncatedGzip: return "the gzip data is truncated"
    case .corruptGzip(let reason): return "the gzip data is corrupt (\(reason))"
    case .decompressedTooLarge(let limit): return "the data decompresses to more than \(limit) bytes"
    case .corruptData(let format, let reason): return "the \(format) data is corrupt (\(reason))"
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

  /// Most bytes one read asks for: a caller's count comes from the input (a declared length)
  /// and must not size an allocation.
  static let maximumRead = 1 << 20

  package func read(maxBytes: Int) throws -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: min(Self.maximumRead, max(1, maxBytes)))
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
    try FileStream(path: path).contents(limit: limit)
  }

  /// Everything left in the stream (a file or standard input), refusing more than `limit`
  /// bytes with `ExtractError.tooLarge`: reading stops one chunk past the limit, so a pipe of
  /// gigabytes costs no more memory than the limit.
  package func contents(limit: Int) throws -> [UInt8] {
    let size = fileSize
    if let size, size > limit { throw ExtractError.tooLarge(bytes: size, limit: limit) }
    var bytes: [UInt8] = []
    if let size, size > 0 {
      // A regular file is read straight into an array of its size. A chunk array a read, as
      // pipes are read, was a zero-filled MiB twice a page: the most of the command's page
      // faults, and more instructions than its JSON.
      var failure: Int32 = 0
      bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        while count < size {
          let got = systemRead(descriptor, buffer.baseAddress! + count, size - count)
          if got > 0 {
            count += got
          } else if got == 0 {
            break  // the file shrank since it was measured
          } else if errno != EINTR {
            failure = errno
            break
          }
        }
      }
      if failure != 0 { throw InputError.unreadable(path: name, reason: String(cString: strerror(failure))) }
      if bytes.count < size { return bytes }
      // The end, unless the file grew since it was measured: one byte's read tells.
      var probe: UInt8 = 0
      let more = try withUnsafeMutableBytes(of: &probe) { try read(into: $0) }
      if more == 0 { return bytes }
      if bytes.count >= limit { throw ExtractError.tooLarge(bytes: bytes.count + 1, limit: limit) }
      bytes.append(probe)
    }
    // A pipe, or a file that grew since it was measured: chunks until the end.
    var chunk = [UInt8](repeating: 0, count: Self.pipeChunk)
    while true {
      let count = try read(into: &chunk)
      if count == 0 { return bytes }
      if count > limit - bytes.count {
        throw ExtractError.tooLarge(bytes: bytes.count + count, limit: limit)
      }
      bytes.append(contentsOf: chunk[..<count])
    }
  }

  /// The chunk a pipe is read by: below glibc's bar for a mapping of its own (256 KiB), so it
  /// comes from the heap and is not faulted in anew for every page.
  static let pipeChunk = 64 << 10

  /// One read into `buffer`, retried when interrupted; 0 at the end.
  private func read(into buffer: inout [UInt8]) throws -> Int {
    try buffer.withUnsafeMutableBytes { try read(into: $0) }
  }

  private func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    while true {
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw InputError.unreadable(path: name, reason: String(cString: strerror(errno)))
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
    let end = offset + min(bytes.count - offset, max(1, maxBytes))
    defer { offset = end }
    return Array(bytes[offset..<end])
  }
}

/// Line and length reads over a stream, with one buffer reused: what the WARC and HTTP
/// parsers need. Counts come from the input (declared lengths) and are never trusted to
/// size an allocation: the buffer grows only by bytes that arrived.
final class BufferedReader {
  private let stream: ByteStream
  private var buffer: [UInt8] = []
  private var position = 0
  private var ended = false
  /// Bytes handed out so far: where a record starts, for error messages.
  private(set) var consumed = 0

  static let chunk = 256 << 10

  init(_ stream: ByteStream) { self.stream = stream }

  /// What `line` found.
  enum Line: Equatable {
    case line([UInt8])
    /// A line longer than the limit: passed over up to its end, never cut into two.
    case tooLong
  }

  /// Makes at least `count` bytes available unless the stream ends first.
  private func fill(_ count: Int) throws -> Bool {
    while buffer.count - position < count {
      if ended { return false }
      if position > 0 {
        buffer.removeSubrange(0..<position)
        position = 0
      }
      let chunk = try stream.read(maxBytes: Self.chunk)
      if chunk.isEmpty {
        ended = true
        return false
      }
      buffer.append(contentsOf: chunk)
    }
    return true
  }

  /// One line without its CR LF; nil at the end. A line longer than `limit` is `.tooLong`
  /// and is passed over whole, however the stream's reads split it.
  func line(limit: Int = 64 << 10) throws -> Line? {
    var scanned = 0
    var discarding = false
    while true {
      if let index = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
        var end = index
        if end > position && buffer[end - 1] == 0x0D { end -= 1 }
        let tooLong = discarding || end - position > limit
        let line = tooLong ? [] : Array(buffer[position..<end])
        consumed += index + 1 - position
        position = index + 1
        return tooLong ? .tooLong : .line(line)
      }
      scanned = buffer.count - position
      if scanned > limit + 1 {
        // Over the limit with no end in sight: drop what is here and keep looking for the end.
        consumed += scanned
        position = buffer.count
        scanned = 0
        discarding = true
      }
      if try !fill(scanned + 1) {
        if buffer.count == position { return discarding ? .tooLong : nil }
        let length = buffer.count - position
        consumed += length
        defer { position = buffer.count }
        return discarding || length > limit ? .tooLong : .line(Array(buffer[position...]))
      }
    }
  }

  /// Up to `count` bytes; fewer only at the end of the stream.
  func bytes(_ count: Int) throws -> [UInt8] {
    var result: [UInt8] = []
    while result.count < count {
      if buffer.count == position, try !fill(1) { break }
      let step = min(count - result.count, buffer.count - position)
      if result.isEmpty && step == count {
        result = Array(buffer[position..<(position + step)])
      } else {
        result.append(contentsOf: buffer[position..<(position + step)])
      }
      position += step
      consumed += step
    }
    return result
  }

  /// Passes over up to `count` line ends (CR LF or LF): the blank lines that end a WARC record.
  func skipLineEnds(_ count: Int) throws {
    for _ in 0..<count {
      guard try fill(1) else { return }
      if buffer[position] == 0x0A {
        position += 1
        consumed += 1
      } else if buffer[position] == 0x0D, try fill(2), buffer[position + 1] == 0x0A {
        position += 2
        consumed += 2
      } else {
        return
      }
    }
  }

  /// Reads ahead so at least one byte is buffered (false at the end): whoever reads the
  /// stream below learns where the bytes handed out so far end.
  func prefetch() throws -> Bool { try fill(1) }

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

/// Where one compressed unit (a gzip member, a zstd frame) sits: its first decompressed byte
/// and its compressed bytes. Crawlers write one per WARC record, and a crawl index (CDX)
/// addresses records by them.
struct FrameSpan: Equatable {
  var decompressedStart: Int
  var compressedStart: Int
  /// Known once the unit has ended.
  var compressedEnd: Int?
  var decompressedEnd: Int?
}

/// The units a decompressing stream has seen and not yet forgotten, in order.
final class FrameSpans {
  private(set) var list: [FrameSpan] = []

  func begin(decompressed: Int, compressed: Int) {
    list.append(FrameSpan(decompressedStart: decompressed, compressedStart: compressed))
  }

  func end(decompressed: Int, compressed: Int) {
    guard !list.isEmpty else { return }
    list[list.count - 1].compressedEnd = compressed
    list[list.count - 1].decompressedEnd = decompressed
  }

  /// The unit holding the decompressed byte at `offset`.
  func containing(_ offset: Int) -> FrameSpan? {
    list.last { $0.decompressedStart <= offset }
  }

  /// Forgets the units before the one holding `offset`: they hold no later record.
  func forget(before offset: Int) {
    guard let index = list.lastIndex(where: { $0.decompressedStart <= offset }), index > 0 else { return }
    list.removeFirst(index)
  }
}
