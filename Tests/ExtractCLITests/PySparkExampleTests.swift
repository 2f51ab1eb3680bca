import Foundation
import Testing

/// The PySpark example (`examples/pyspark/extract_warc.py`) in Spark's local mode: the
/// cluster pattern gives the same records as one machine. Runs where pyspark is installed
/// (`.ci/run` installs it); reported as skipped elsewhere.
@Suite("PySpark example")
struct PySparkExampleTests {
  static let pysparkInstalled: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import pyspark"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  static func withoutPath(_ record: [String: Any]) -> NSDictionary {
    var record = record
    var source = record["source"] as? [String: Any] ?? [:]
    source.removeValue(forKey: "path")
    // Read from standard input on the executor, a record has no WARC file name; its offsets
    // are the same.
    if var warc = source["warc"] as? [String: Any] {
      warc.removeValue(forKey: "filename")
      source["warc"] = warc
    }
    record["source"] = source
    return record as NSDictionary
  }

  @Test(
    "the example's records equal the single-machine output", .enabled(if: pysparkInstalled, "pyspark is not installed"))
  func sparkMatchesSingleMachine() throws {
    let tree = try BatchTests.Tree()
    defer { tree.remove() }
    let warc = tree.root.appendingPathComponent("crawl.warc.gz").path
    let single = try Runner.run([warc, "--compact", "-q"])

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", Runner.package.appendingPathComponent("examples/pyspark/extract_warc.py").path,
      "--extract", Runner.binary.path, "--master", "local[2]", warc,
    ]
    let out = tree.root.appendingPathComponent("spark.jsonl")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let spark = Runner.Result(status: 0, stdout: try Runner.text(out), stderr: "")

    #expect(spark.records.count == 3)
    #expect(spark.records.map(Self.withoutPath) == single.records.map(Self.withoutPath))
    #expect(
      spark.records.allSatisfy {
        (($0["source"] as? [String: Any])?["path"] as? String)?.hasSuffix("/crawl.warc.gz") == true
      })
  }
}
