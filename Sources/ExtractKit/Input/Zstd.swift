import CBrotli
import CZstd

/// zstd through libzstd: HTTP `Content-Encoding: zstd` bodies, and `.warc.zst` files as the
/// IIPC specifies them (one frame per record, all compressed with one dictionary that the
/// file carries first in a skippable frame).
package enum Zstd {
  static let magic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]
  /// The skippable frame the IIPC `.warc.zst` format holds its dictionary in (0x184D2A5D).
  static let dictionaryMagic: [UInt8] = [0x5D, 0x2A, 0x4D, 0x18]
  /// Largest dictionary read: dictionaries are around 100 KiB; more is damage.
  static let maximumDictionary = 16 << 20
  /// Largest window a frame may ask for (2^27, zstd's default): the decoder's memory bound.
  static let maximumWindowLog: Int32 = 27

  /// Whether bytes start with a zstd frame or the IIPC dictionary frame.
  package static func isCompressed(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: magic) || bytes.starts(with: dictionaryMagic)
  }

  /// The decompressed bytes of a whole zstd body (every frame), refusing more than `limit`.
  package static func decompress(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
    let stream = try ZstdStream(MemoryStream(bytes))
    var output: [UInt8] = []
    while true {
      let chunk = try stream.read(maxBytes: 256 << 10)
      if chunk.isEmpty { return output }
      output.append(contentsOf: chunk)
      if output.count > limit { throw InputError.decompressedTooLarge(limit: limit) }
    }
  }
}

/// A stream that decompresses zstd frames one after another, with the IIPC dictionary when
/// the stream starts with one. Anything after the last frame that is not a frame is an error.
package final class ZstdStream: ByteStream {
  private let upstream: ByteStream
  private let context: OpaquePointer
  private var input: [UInt8] = []
  private var inputOffset = 0
  private var scratch: [UInt8] = []
  private var upstreamEnded = false
  private var inFrame = false
  private var finished = false
  private var compressedOffset = 0
  private var decompressedOffset = 0
  /// Where each frame sits in the file, for a crawl index's offsets.
  let spans = FrameSpans()

  package init(_ upstream: ByteStream) throws {
    self.upstream = upstream
    guard let context = ZSTD_createDCtx() else { throw InputError.corruptData(format: "zstd", reason: "no decoder") }
    self.context = context
    ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, Zstd.maximumWindowLog)
    let peek = PeekStream(upstream)
    let head = try peek.peek(8)
    if head.starts(with: Zstd.dictionaryMagic), head.count == 8 {
      let size = Int(head[4]) | Int(head[5]) << 8 | Int(head[6]) << 16 | Int(head[7]) << 24
      guard size <= Zstd.maximumDictionary else {
        ZSTD_freeDCtx(context)
        throw InputError.corruptData(format: "zstd", reason: "a dictionary of \(size) bytes")
      }
      _ = try peek.read(maxBytes: 8)
      var dictionary: [UInt8] = []
      while dictionary.count < size {
        let chunk = try peek.read(maxBytes: size - dictionary.count)
        if chunk.isEmpty { break }
        dictionary += chunk
      }
      compressedOffset = 8 + dictionary.count
      guard dictionary.count == size else {
        ZSTD_freeDCtx(context)
        throw InputError.corruptData(format: "zstd", reason: "the dictionary is truncated")
      }
      // The IIPC format allows the dictionary itself to be zstd-compressed.
      if dictionary.starts(with: Zstd.magic) {
        dictionary = try Zstd.decompress(dictionary, limit: Zstd.maximumDictionary)
      }
      let status = dictionary.withUnsafeBytes { ZSTD_DCtx_loadDictionary(context, $0.baseAddress, $0.count) }
      if ZSTD_isError(status) != 0 {
        ZSTD_freeDCtx(context)
        throw InputError.corruptData(format: "zstd", reason: String(cString: ZSTD_getErrorName(status)))
      }
    }
    input = try peek.read(maxBytes: GzipStream.inputChunk)
    upstreamEnded = input.isEmpty
  }

  deinit { ZSTD_freeDCtx(context) }

  package func read(maxBytes: Int) throws -> [UInt8] {
    guard !finished else { return [] }
    let size = min(GzipStream.maximumOutput, max(1, maxBytes))
    if scratch.count < size { scratch = [UInt8](repeating: 0, count: size) }
    var produced = 0
    while produced == 0 {
      if inputOffset == input.count {
        if !upstreamEnded {
          input = try upstream.read(maxBytes: GzipStream.inputChunk)
          inputOffset = 0
          upstreamEnded = input.isEmpty
        }
        if upstreamEnded {
          finished = true
          if inFrame { throw InputError.corruptData(format: "zstd", reason: "the data is truncated") }
          return []
        }
      }
      if !inFrame {
        inFrame = true
        spans.begin(decompressed: decompressedOffset + produced, compressed: compressedOffset)
      }
      let start = inputOffset
      let status: Int = input.withUnsafeBytes { inputBytes in
        scratch.withUnsafeMutableBytes { whole in
          let outputBytes = UnsafeMutableRawBufferPointer(rebasing: whole[0..<size])
          var source = ZSTD_inBuffer(src: inputBytes.baseAddress, size: inputBytes.count, pos: start)
          var target = ZSTD_outBuffer(dst: outputBytes.baseAddress, size: outputBytes.count, pos: produced)
          let status = ZSTD_decompressStream(context, &target, &source)
          inputOffset = source.pos
          produced = target.pos
          return status
        }
      }
      compressedOffset += inputOffset - start
      if ZSTD_isError(status) != 0 {
        finished = true
        throw InputError.corruptData(format: "zstd", reason: String(cString: ZSTD_getErrorName(status)))
      }
      if status == 0 {
        inFrame = false
        spans.end(decompressed: decompressedOffset + produced, compressed: compressedOffset)
      }
      if produced == size { break }
    }
    decompressedOffset += produced
    return Array(scratch[0..<produced])
  }
}

/// Brotli (`Content-Encoding: br`) through libbrotlidec.
package enum Brotli {
  /// The decompressed bytes of a whole brotli body, refusing more than `limit`.
  package static func decompress(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
    guard let state = BrotliDecoderCreateInstance(nil, nil, nil) else {
      throw InputError.corruptData(format: "br", reason: "no decoder")
    }
    defer { BrotliDecoderDestroyInstance(state) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 256 << 10)
    try bytes.withUnsafeBufferPointer { buffer in
      var availableIn = buffer.count
      var nextIn = buffer.baseAddress
      while true {
        var availableOut = chunk.count
        let result = chunk.withUnsafeMutableBufferPointer { target -> BrotliDecoderResult in
          var nextOut = target.baseAddress
          return BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut, &nextOut, nil)
        }
        output.append(contentsOf: chunk[0..<(chunk.count - availableOut)])
        if output.count > limit { throw InputError.decompressedTooLarge(limit: limit) }
        switch result {
        case BROTLI_DECODER_RESULT_SUCCESS: return
        case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: continue
        case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
          throw InputError.corruptData(format: "br", reason: "the data is truncated")
        default:
          let reason = String(cString: BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state)))
          throw InputError.corruptData(format: "br", reason: reason)
        }
      }
    }
    return output
  }
}
