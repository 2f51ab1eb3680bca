import Foundation

/// Where the package and the shared corpus are, found from this file's location.
enum Paths {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let samples = package.appendingPathComponent("Samples")
  /// `../shared` beside the checkout: the readability corpus and the scorer. Not ours to commit.
  static let shared = package.deletingLastPathComponent().appendingPathComponent("shared")
  static let corpus = shared.appendingPathComponent("corpus/readability")
  static let scorer = shared.appendingPathComponent("eval/score.py")

  static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }
}

/// Runs a command and returns its exit status and standard output and error.
@discardableResult
func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> (
  status: Int32, stdout: Data, stderr: Data
) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = [executable] + arguments
  process.currentDirectoryURL = Paths.package
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  let input = Pipe()
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(stdin) }
  try input.fileHandleForWriting.close()
  // stdout is drained first; stderr carries a few lines at most and cannot fill its pipe.
  let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
  let stderrData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, stdoutData, stderrData)
}

/// Whether Python's `jsonschema` package can be imported here.
var hasJSONSchemaValidator: Bool {
  (try? run("python3", ["-c", "import jsonschema"]).status) == 0
}
