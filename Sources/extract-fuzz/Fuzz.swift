import CZlib
import CZstd
import ExtractKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// libFuzzer's entry point: one input through the whole extraction and the JSON encoder,
/// then the output's safety promises checked, so a broken promise is a crash the fuzzer
/// keeps. Build and run with `Fuzz/run` (see the README).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if FuzzChecks.warcOnly {
    WARCFuzz.check(bytes)
  } else {
    FuzzChecks.check(bytes)
  }
  return 0
}

/// The WARC reader alone (`EXTRACT_FUZZ_TARGET=warc`): records, gzip members, chunked
/// bodies and header lines, with the stream's reads split at fuzzed sizes.
enum WARCFuzz {
  /// Read sizes the stream may hand out: every header and member boundary lands mid-read.
  static let readSizes = [1, 2, 3, 7, 64, 4096, 65_537]
  static let recordLimit = 1 << 20

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

  /// Every entry the reader yields, then how it ended (nil: cleanly).
  static func read(_ stream: ByteStream) -> (entries: [WARCEntry], end: String?) {
    var entries: [WARCEntry] = []
    do {
      let reader = try WARCReader(stream: stream, recordLimit: recordLimit)
      while let entry = try reader.next() {
        if case .page(let record) = entry {
          precondition(record.body.count <= recordLimit, "a page over the record limit")
        }
        entries.append(entry)
        precondition(entries.count < 100_000, "the reader does not end")
      }
      return (entries, nil)
    } catch {
      return (entries, String(describing: error))
    }
  }

  /// The first byte picks the shape: bit 0 gzips each record as its own member (so the fuzzer
  /// mutates plain text and still reaches the gzip path), bit 4 compresses each record as a
  /// zstd frame with a dictionary (as `.warc.zst`), bits 1-3 a read size. The
  /// reader must give the same entries whatever the read size.
  static func check(_ input: [UInt8]) {
    guard let mode = input.first else { return }
    var bytes = Array(input.dropFirst())
    if mode & 1 == 1 { bytes = compressPerRecord(bytes, gzip) }
    if mode & 0x10 != 0 { bytes = zstdDictionaryFrame + compressPerRecord(bytes, zstd) }
    let whole = read(MemoryStream(bytes))
    let split = read(SplitStream(bytes, size: readSizes[Int(mode >> 1) % readSizes.count]))
    precondition(whole.entries == split.entries, "the entries depend on how the stream is read")
    precondition(
      whole.end == split.end, "the end depends on how the stream is read: \(whole.end ?? "") \(split.end ?? "")")
  }

  /// The dictionary the zstd mode compresses with, and the IIPC skippable frame holding it.
  static let zstdDictionary = Array(
    String(repeating: "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: ", count: 8).utf8)
  static let zstdDictionaryFrame: [UInt8] =
    [0x5D, 0x2A, 0x4D, 0x18] + (0..<4).map { UInt8(truncatingIfNeeded: zstdDictionary.count >> (8 * $0)) }
    + zstdDictionary

  /// One zstd frame of `bytes`, compressed with `zstdDictionary`.
  static func zstd(_ bytes: [UInt8]) -> [UInt8] {
    guard let context = ZSTD_createCCtx() else { return [] }
    defer { ZSTD_freeCCtx(context) }
    var output = [UInt8](repeating: 0, count: ZSTD_compressBound(bytes.count))
    let size = output.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes { source in
        zstdDictionary.withUnsafeBytes {
          ZSTD_compress_usingDict(
            context, target.baseAddress, target.count, source.baseAddress, source.count, $0.baseAddress, $0.count, 1)
        }
      }
    }
    return ZSTD_isError(size) != 0 ? [] : Array(output.prefix(size))
  }

  /// Splits before each "WARC/1." and compresses each piece as its own gzip member or frame.
  static func compressPerRecord(_ bytes: [UInt8], _ compress: ([UInt8]) -> [UInt8]) -> [UInt8] {
    let marker = Array("WARC/1.".utf8)
    var starts = [0]
    var index = 1
    while index + marker.count <= bytes.count {
      if bytes[index] == marker[0] && Array(bytes[index..<(index + marker.count)]) == marker { starts.append(index) }
      index += 1
    }
    starts.append(bytes.count)
    var output: [UInt8] = []
    for (start, end) in zip(starts, starts.dropFirst()) where start < end {
      output += compress(Array(bytes[start..<end]))
    }
    return output
  }

  static func gzip(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    guard
      deflateInit2_(
        &stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        == Z_OK
    else { return [] }
    defer { deflateEnd(&stream) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
    let produced = input.withUnsafeMutableBufferPointer { inputBuffer in
      output.withUnsafeMutableBufferPointer { outputBuffer -> Int in
        stream.next_in = inputBuffer.baseAddress
        stream.avail_in = UInt32(inputBuffer.count)
        stream.next_out = outputBuffer.baseAddress
        stream.avail_out = UInt32(outputBuffer.count)
        _ = deflate(&stream, Z_FINISH)
        return outputBuffer.count - Int(stream.avail_out)
      }
    }
    return Array(output.prefix(produced))
  }
}

enum FuzzChecks {
  /// `EXTRACT_FUZZ_TARGET=warc` fuzzes the WARC reader alone.
  static let warcOnly = ProcessInfo.processInfo.environment["EXTRACT_FUZZ_TARGET"] == "warc"

  /// The output's fields that hold URLs.
  static let linkKeys: Set<String> = ["url", "src", "canonicalUrl", "links"]

  /// Every string under a URL-holding key, anywhere in the decoded JSON.
  static func links(in value: Any, key: String?) -> [String] {
    switch value {
    case let string as String: return key.map { linkKeys.contains($0) } == true ? [string] : []
    case let array as [Any]: return array.flatMap { links(in: $0, key: key) }
    case let object as [String: Any]: return object.flatMap { links(in: $0.value, key: $0.key) }
    default: return []
    }
  }

  /// Extracts `bytes` (as a page, and as a WARC stream) and traps when a promise breaks.
  static func check(_ bytes: [UInt8]) {
    do {
      let article = try ArticleExtractor().extract(
        html: bytes, options: ExtractOptions(url: "https://fuzz.example/a/b"))
      let json = try ArticleExtractor.json(article, pretty: false)
      precondition(!String(decoding: json, as: UTF8.self).contains("root:x:0:0"), "a local file reached the output")
      // Links in the output never carry script URLs (text may mention them; links may not).
      let object = try JSONSerialization.jsonObject(with: json)
      for link in links(in: object, key: nil) {
        let scheme = link.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        precondition(!scheme.hasPrefix("javascript:") && !scheme.hasPrefix("vbscript:"), "a script URL in \(link)")
      }
    } catch is ExtractError {
      // Unusable input is an answer, not a failure.
    } catch {
      preconditionFailure("unexpected error \(error)")
    }
    // The same bytes as a WARC stream: records or failures, never a crash.
    if let reader = try? WARCReader(stream: MemoryStream(bytes), recordLimit: 1 << 20) {
      var count = 0
      while count < 1000, let entry = try? reader.next() {
        if case .page(let record) = entry { _ = try? ArticleExtractor().extract(html: record.body) }
        count += 1
      }
    }
  }
}

#if FUZZING
  /// libFuzzer's driver, entered from our own `main`: SwiftPM gives every executable its own
  /// entry point, so libFuzzer's `main` is not linked in.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  @main
  struct FuzzMain {
    static func main() {
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOne(data, size) })
    }
  }
#else
  /// Without libFuzzer, the binary replays inputs: `extract-fuzz FILE…` runs each file
  /// through the same checks (to reproduce a crash the fuzzer saved).
  @main
  struct Replay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let file = fopen(path, "rb") else {
          print("extract-fuzz: \(path): cannot be read")
          exit(66)
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
          let count = fread(&buffer, 1, buffer.count, file)
          if count <= 0 { break }
          bytes.append(contentsOf: buffer[0..<count])
        }
        fclose(file)
        if FuzzChecks.warcOnly { WARCFuzz.check(bytes) } else { FuzzChecks.check(bytes) }
        print("\(path): ok")
      }
    }
  }
#endif
