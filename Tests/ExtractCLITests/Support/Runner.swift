import Foundation

/// Runs the `extract` binary SwiftPM built beside the test bundle, with standard output
/// and error going to files (so neither pipe can fill and stall the run).
enum Runner {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let sample = package.appendingPathComponent("Samples/lower-back-massage.html").path

  static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("extract") }

  /// A file's text. (`String(contentsOf:encoding:)` leaks its buffer in this Foundation, which
  /// LeakSanitizer reports under `swift test --sanitize=address`.)
  static func text(_ url: URL) throws -> String {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw CocoaError(.fileReadNoSuchFile)
    }
    return String(decoding: data, as: UTF8.self)
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Standard output as JSON Lines, each line decoded.
    var records: [[String: Any]] {
      stdout.split(separator: "\n").compactMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      }
    }
  }

  /// A started run: its process and the files its output goes to.
  struct Started {
    var process: Process
    var stdout: URL
    var stderr: URL

    func wait() -> Result {
      process.waitUntilExit()
      return Result(
        status: process.terminationStatus,
        stdout: (try? Runner.text(stdout)) ?? "",
        stderr: (try? Runner.text(stderr)) ?? "")
    }
  }

  /// Starts `extract` (or `executable`, to run it under a wrapper) with `arguments`.
  static func start(
    _ arguments: [String], stdin: Data? = nil, in folder: URL = package, executable: String? = nil
  ) throws -> Started {
    let process = Process()
    process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("extract-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let out = scratch.appendingPathComponent("stdout")
    let err = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { try input.fileHandleForWriting.write(contentsOf: stdin) }
    try input.fileHandleForWriting.close()
    return Started(process: process, stdout: out, stderr: err)
  }

  static func run(
    _ arguments: [String], stdin: Data? = nil, in folder: URL = package, executable: String? = nil
  ) throws -> Result {
    try start(arguments, stdin: stdin, in: folder, executable: executable).wait()
  }
}
