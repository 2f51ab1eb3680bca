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

  /// What may follow the last member.
  package enum Trailing: Sendable {
    /// Anything: the stream ends at the first byte that does not start a member (a saved page
    /// or an HTTP body, where browsers ignore trailing junk).
    case ignored
    /// Only NUL padding (some WARC writers add it): any other byte is `corruptGzip`, so
    /// records after damage are never dropped in silence.
    case padding
  }

  private let upstream: ByteStream
  private let format: Format
  private let trailing: Trailing
  private let stream: UnsafeMutablePointer<z_stream>
  private var input: [UInt8] = []
  private var inputOffset = 0
  private var scratch: [UInt8] = []
  private var upstreamEnded = false
  /// Inside a member: the stream must not end here.
  private var inMember = false
  private var finished = false

  /// Compressed bytes consumed so far: where the next member starts once one has ended.
  package private(set) var compressedOffset = 0
  /// Decompressed bytes handed out so far.
  private var decompressedOffset = 0

  /// Where each member sits in the file, for a crawl index's offsets.
  let spans = FrameSpans()

  static let inputChunk = 64 << 10
  /// Most bytes one read produces: `maxBytes` may come from a declared length.
  static let maximumOutput = 1 << 20

  package init(_ upstream: ByteStream, format: Format = .gzip, trailing: Trailing = .ignored) throws {
    self.upstream = upstream
    self.format = format
    self.trailing = trailing
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
    // One buffer for every read: a pipe's short reads must not each cost a zeroed megabyte.
    let size = min(Self.maximumOutput, max(1, maxBytes))
    if scratch.count < size { scratch = [UInt8](repeating: 0, count: size) }
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
      // member ends the stream: padding, or with `.padding` an error unless it is NULs only.
      if !inMember, format == .gzip, produced == 0 {
        if input[inputOffset] != 0x1F {
          finished = true
          if trailing == .padding { try requirePadding() }
          return []
        }
      }
      if !inMember {
        inMember = true
        spans.begin(decompressed: decompressedOffset + produced, compressed: compressedOffset)
      }
      let available = input.count - inputOffset
      let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
        scratch.withUnsafeMutableBufferPointer { whole in
          let outputBuffer = UnsafeMutableBufferPointer(rebasing: whole[0..<size])
          stream.pointee.next_in = inputBuffer.baseAddress! + inputOffset
          let offered = min(available, Int(UInt32.max))
          stream.pointee.avail_in = UInt32(offered)
          stream.pointee.next_out = outputBuffer.baseAddress! + produced
          stream.pointee.avail_out = UInt32(min(outputBuffer.count - produced, Int(UInt32.max)))
          let status = CZlib.inflate(stream, Z_NO_FLUSH)
          let used = offered - Int(stream.pointee.avail_in)
          inputOffset += used
          compressedOffset += used
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
        spans.end(decompressed: decompressedOffset + produced, compressed: compressedOffset)
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
    decompressedOffset += produced
    return Array(scratch[0..<produced])
  }

  /// The rest of the stream after the last member: NULs only, else `corruptGzip`.
  private func requirePadding() throws {
    while true {
      for index in inputOffset..<input.count where input[index] != 0 {
        throw InputError.corruptGzip("data that is not gzip at byte \(compressedOffset + index - inputOffset)")
      }
      compressedOffset += input.count - inputOffset
      input = try upstream.read(maxBytes: Self.inputChunk)
      inputOffset = 0
      if input.isEmpty { return }
    }
  }
}
