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
  FuzzChecks.check(bytes)
  return 0
}

enum FuzzChecks {
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
        FuzzChecks.check(bytes)
        print("\(path): ok")
      }
    }
  }
#endif
