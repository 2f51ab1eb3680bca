import Foundation

/// Runs the `extract` binary where `Runner` cannot: output to a given file (`/dev/full`),
/// or a conversation, writing some input and reading the answer before the input ends.
enum Launch {
  /// A run with standard input empty and standard output going to `stdout`.
  static func run(_ arguments: [String], stdout: String) throws -> Runner.Result {
    let process = Process()
    process.executableURL = Runner.binary
    process.arguments = arguments
    process.currentDirectoryURL = Runner.package
    let error = FileManager.default.temporaryDirectory.appendingPathComponent("extract-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: error.path, contents: nil)
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    process.standardOutput = FileHandle(forWritingAtPath: stdout)
    process.standardError = try FileHandle(forWritingTo: error)
    try process.run()
    process.waitUntilExit()
    return Runner.Result(status: process.terminationStatus, stdout: "", stderr: try Runner.text(error))
  }

  /// Another program (found on the PATH), its output and error read from files.
  static func program(_ name: String, _ arguments: [String]) throws -> Runner.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    process.currentDirectoryURL = Runner.package
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("extract-program-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let (out, error) = (scratch.appendingPathComponent("stdout"), scratch.appendingPathComponent("stderr"))
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: error.path, contents: nil)
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: error)
    try process.run()
    process.waitUntilExit()
    return Runner.Result(
      status: process.terminationStatus, stdout: try Runner.text(out), stderr: try Runner.text(error))
  }

  /// A run whose standard input and output are pipes held by the test.
  static func interactive(_ arguments: [String]) throws -> Conversation {
    try Conversation(arguments)
  }

  /// How long a test waits for an answer before it fails (a hang must not hang the suite).
  static let patience: TimeInterval = 120

  struct Timeout: Error, CustomStringConvertible {
    let description: String
  }

  final class Conversation {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errorFile: URL
    private var received: [UInt8] = []

    init(_ arguments: [String]) throws {
      process.executableURL = Runner.binary
      process.arguments = arguments
      process.currentDirectoryURL = Runner.package
      errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("extract-err-\(UUID().uuidString)")
      _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
      process.standardInput = input
      process.standardOutput = output
      process.standardError = try FileHandle(forWritingTo: errorFile)
      try process.run()
    }

    func send(_ bytes: [UInt8]) throws {
      try input.fileHandleForWriting.write(contentsOf: Data(bytes))
    }

    /// Reads standard output until it holds `marker`; returns all of it so far.
    func read(until marker: String) throws -> String {
      let deadline = Date().addingTimeInterval(Launch.patience)
      let descriptor = output.fileHandleForReading.fileDescriptor
      while !String(decoding: received, as: UTF8.self).contains(marker) {
        guard Date() < deadline else { throw Timeout(description: "no '\(marker)' in time") }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 1000) > 0 else { continue }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { throw Timeout(description: "the output ended before '\(marker)'") }
        received += chunk[..<count]
      }
      let text = String(decoding: received, as: UTF8.self)
      received = []
      return text
    }

    /// Closes standard input, reads the rest of the output and waits for the exit.
    func finish() throws -> Runner.Result {
      try input.fileHandleForWriting.close()
      let rest = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return Runner.Result(
        status: process.terminationStatus, stdout: String(decoding: received + [UInt8](rest), as: UTF8.self),
        stderr: try Runner.text(errorFile))
    }
  }
}
