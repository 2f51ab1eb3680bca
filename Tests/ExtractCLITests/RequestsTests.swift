import Foundation
import Testing

/// `extract --input jsonl`: request lines in, one record a line out, in order, each written
/// as soon as its page is done, so a program can keep one process open.
@Suite("extract --input jsonl")
struct RequestsTests {
  static func line(_ object: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
  }

  @Test("html, path, bad and blank lines give one record each, in order, and no error lines")
  func recordsInOrder() throws {
    let folder = try Crawl.folder("requests")
    let page = folder.appendingPathComponent("peas.html")
    try Crawl.write(Array(Crawl.page(title: "Peas").utf8), to: page)
    var input = try Self.line(["url": "https://garden.example/beans", "html": Crawl.page(title: "Beans")])
    input += try Self.line(["path": page.path])
    input += "\n"
    input += "not json\n"
    input += try Self.line(["url": "https://garden.example/x"])
    input += try Self.line(["html": ""])
    input += try Self.line(["url": "relative/x", "html": "<p>x</p>"])
    let result = try Runner.run(["--input", "jsonl", "--quiet", "--jobs", "2"], stdin: Data(input.utf8))
    #expect(result.status == 65)
    #expect(result.stderr.isEmpty)
    let records = result.records
    #expect(records.count == 6)
    #expect(result.stdout.split(separator: "\n").count == 6)
    #expect(records[0]["title"] as? String == "Beans")
    #expect((records[0]["source"] as? [String: Any])?["url"] as? String == "https://garden.example/beans")
    #expect(records[1]["title"] as? String == "Peas")
    #expect((records[1]["source"] as? [String: Any])?["path"] as? String == page.path)
    let errors = records[2...].map { ($0["error"] as? [String: Any]) ?? [:] }
    #expect(errors.map { $0["kind"] as? String } == ["bad-request", "bad-request", "empty", "bad-request"])
    #expect((errors[0]["message"] as? String)?.hasPrefix("line 4: not JSON") == true)
    #expect(errors[1]["message"] as? String == "line 5: no \"html\" or \"path\"; send {\"url\": …, \"html\": …}")
  }

  @Test("html given as JSON text is read as UTF-8 whatever its meta charset says")
  func htmlIsUnicode() throws {
    let html = Crawl.page(title: "Café crème").replacingOccurrences(
      of: "<meta charset=\"utf-8\">", with: "<meta charset=\"windows-1252\">")
    let result = try Runner.run(["--input", "jsonl", "--quiet"], stdin: Data(try Self.line(["html": html]).utf8))
    #expect(result.status == 0)
    #expect(result.records.first?["title"] as? String == "Café crème")
    #expect((result.records.first?["source"] as? [String: Any])?["encoding"] as? String == "utf-8")
  }

  @Test("a line over the limit is a too-large record and the next line still works")
  func longLine() throws {
    var input = try Self.line(["html": String(repeating: "<p>long</p>", count: 1000)])
    input += try Self.line(["html": Crawl.page(title: "Beans")])
    let result = try Runner.run(
      ["--input", "jsonl", "--quiet", "--max-input-bytes", "200"], stdin: Data(input.utf8))
    #expect(result.records.count == 2)
    #expect((result.records[0]["error"] as? [String: Any])?["kind"] as? String == "too-large")
    #expect((result.records[1]["error"] as? [String: Any])?["kind"] as? String == "too-large")
    let roomy = try Runner.run(["--input", "jsonl", "--quiet"], stdin: Data(input.utf8))
    #expect(roomy.records.map { $0["title"] as? String } == [nil, "Beans"])
  }

  @Test("request files named on the command line are read in turn")
  func requestFiles() throws {
    let folder = try Crawl.folder("request-files")
    let first = folder.appendingPathComponent("a.jsonl")
    let second = folder.appendingPathComponent("b.jsonl")
    try Crawl.write(Array(try Self.line(["html": Crawl.page(title: "Beans")]).utf8), to: first)
    try Crawl.write(Array(try Self.line(["html": Crawl.page(title: "Peas")]).utf8), to: second)
    let result = try Runner.run(["--input", "jsonl", first.path, second.path, "--quiet"])
    #expect(result.status == 0)
    #expect(result.records.map { $0["title"] as? String } == ["Beans", "Peas"])
  }

  @Test("--input jsonl refuses options that do not apply, on one line")
  func refusedOptions() throws {
    let result = try Runner.run(["--input", "jsonl", "--format", "text"], stdin: Data())
    #expect(result.status == 64)
    #expect(result.stderr == "extract: --format: --input jsonl writes JSON Lines only, drop --format text\n")
  }

  @Test("a record is written before the next line is sent (one process, one page at a time)")
  func conversation() throws {
    let run = try Launch.interactive(["--input", "jsonl", "--quiet"])
    for title in ["Beans", "Peas", "Leeks"] {
      try run.send(Array(try Self.line(["html": Crawl.page(title: title)]).utf8))
      let line = try run.read(until: "\n")
      let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(record?["title"] as? String == title)
    }
    let result = try run.finish()
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  @Test("Python drives one extract process: write a line, read a line (examples/python)")
  func python() throws {
    let script = """
      import json, signal, sys
      sys.path.insert(0, sys.argv[2])
      from extract_stream import Extractor
      signal.alarm(120)  # a stalled conversation fails instead of hanging the suite
      with open(sys.argv[3], encoding="utf-8") as f:
          page = f.read()
      extractor = Extractor(sys.argv[1])
      titles = []
      for n in range(3):
          article = extractor.extract(html=page, url="https://example.com/post/%d" % n)
          titles.append(article["title"])
          assert article["source"]["url"] == "https://example.com/post/%d" % n, article["source"]
      failure = extractor.extract(html="")
      assert failure["error"]["kind"] == "empty", failure
      by_path = extractor.extract(path=sys.argv[3])
      assert by_path["source"]["path"] == sys.argv[3]
      status = extractor.close()
      print(json.dumps({"titles": titles, "status": status}))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c", script, Runner.binary.path, Runner.package.appendingPathComponent("examples/python").path,
      Runner.sample,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let summary = try JSONSerialization.jsonObject(with: printed) as? [String: Any]
    #expect(summary?["titles"] as? [String] == Array(repeating: "How Massage Can Help Your Lower Back Pain", count: 3))
    #expect(summary?["status"] as? Int == 65, "one page failed, so the exit code says so")
  }
}
