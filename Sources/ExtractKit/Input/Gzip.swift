import CZlib

/// gzip and deflate through zlib. Crawlers write WARC files as one gzip member per record,
/// and saved pages come as `.html.gz`, so the reader follows member after member.
package enum Gzip {
  /// Whether bytes start with gzip's magic number.
  package static func isCompressed(_ bytes: some Collection<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    return iterator.next() == 0x1F && iterator.next() == 0x8B
  }

  /// The decompressed bytes of a whole gzip file (every member), refusing more than `limit`.
  package static func decompress(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
    try drain(GzipStream(MemoryStream(bytes)), limit: limit)
  }

  /// The decompressed bytes of an HTTP `Content-Encoding: deflate` body. Servers send
  /// either a zlib stream (as the RFC says) or raw deflate (as old IIS did); both are read.
  package static func inflate(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
    let zlibWrapped = bytes.count >= 2 && (bytes[0] & 0x0F) == 8 && (UInt16(bytes[0]) << 8 | UInt16(bytes[1])) % 31 == 0
    return try drain(GzipStream(MemoryStream(bytes), format: zlibWrapped ? .zlib : .raw), limit: limit)
  }

  private static func drain(_ stream: GzipStream, limit: Int) throws -> [UInt8] {
    var output: [UInt8] = []
    while true {
      let chunk = try stream.read(maxBytes: 256 << 10)
      if chunk.isEmpty { return output }
      output.append(contentsOf: chunk)
      if output.count > limit { throw InputError.decompressedTooLarge(limit: limit) }
    }
  }
}

/// A stream that inflates another: gzip (all members), zlib or raw deflate.
package final class GzipStream: ByteStream {
  package enum Format: Sendable {
    case gzip, zlib, raw

    /// zlib's window-bits switch: 15 for zlib, +16 for gzip, negative for raw deflate.
    var windowBits: Int32 {
      switch self {
      case .gzip: return 15 + 16
      case .zlib: return 15
      case .raw: return -15
      }
    }
  }

  private let upstream: ByteStream
  private let format: Format
  private let stream: UnsafeMutablePointer<z_stream>
  private var input: [UInt8] = []
  private var inputOffset = 0
  private var upstreamEnded = false
  /// Inside a member: the stream must not end here.
  private var inMember = false
  private var finished = false

  static let inputChunk = 64 << 10

  package init(_ upstream: ByteStream, format: Format = .gzip) throws {
    self.upstream = upstream
    self.format = format
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    guard extract_inflate_init(stream, format.windowBits) == Z_OK else {
      stream.deallocate()
      throw InputError.corruptGzip("zlib could not start")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
  }

  package func read(maxBytes: Int) throws -> [UInt8] {
    guard !finished else { return [] }
    var output = [UInt8](repeating: 0, count: max(1, maxBytes))
    var produced = 0
    while produced == 0 {
      if inputOffset == input.count {
        if !upstreamEnded {
          input = try upstream.read(maxBytes: Self.inputChunk)
          inputOffset = 0
          upstreamEnded = input.isEmpty
        }
        if upstreamEnded {
          finished = true
          if inMember { throw InputError.truncatedGzip }
          return []
        }
      }
      // A new gzip member must start with the magic number; anything else after a complete
      // member is trailing padding (some writers add NULs) and ends the stream.
      if !inMember, format == .gzip, produced == 0 {
        if input[inputOffset] != 0x1F {
          finished = true
          return []
        }
      }
      inMember = true
      let available = input.count - inputOffset
      let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
          stream.pointee.next_in = inputBuffer.baseAddress! + inputOffset
          stream.pointee.avail_in = UInt32(available)
          stream.pointee.next_out = outputBuffer.baseAddress! + produced
          stream.pointee.avail_out = UInt32(outputBuffer.count - produced)
          let status = CZlib.inflate(stream, Z_NO_FLUSH)
          inputOffset += available - Int(stream.pointee.avail_in)
          produced = outputBuffer.count - Int(stream.pointee.avail_out)
          stream.pointee.next_in = nil
          stream.pointee.next_out = nil
          return status
        }
      }
      switch status {
      case Z_OK:
        break
      case Z_STREAM_END:
        inMember = false
        if format != .gzip { finished = true }
        inflateReset(stream)
      case Z_BUF_ERROR:
        // No progress possible with this input: more is needed (handled on the next turn).
        if inputOffset < input.count, produced == 0 { throw InputError.corruptGzip("no progress") }
      default:
        let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
        finished = true
        throw InputError.corruptGzip(reason)
      }
      if finished { break }
    }
    output.removeSubrange(produced...)
    return output
  }
}
