#if canImport(Glibc)
  import Glibc
#endif

/// Leaks LeakSanitizer should not report under `swift test --sanitize=address`: objects the
/// XCTest runner and this Foundation keep until exit. LeakSanitizer calls this by name.
@_cdecl("__lsan_default_suppressions")
public func leakSuppressions() -> UnsafePointer<CChar> {
  Sanitizers.suppressions
}

enum Sanitizers {
  nonisolated(unsafe) static let suppressions: UnsafePointer<CChar> = {
    // XCTest's runner; Foundation's file reading and Process.run's weak-reference side table.
    let text = "leak:libXCTest.so\nleak:readBytesFromFile\nleak:Foundation7ProcessC3run\n"
    return UnsafePointer(strdup(text)!)
  }()

  /// Whether this process runs under AddressSanitizer (its runtime is linked in).
  static let addressSanitizer: Bool = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil
}
