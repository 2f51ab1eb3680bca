import Foundation
import Testing

/// The `extract` binary end to end: output, exit codes and error lines.
@Suite("extract command")
struct CommandTests {
  static let sample = Runner.sample

  func extract(_ arguments: [String], stdin: Data? = nil) throws -> Runner.Result {
    try Runner.run(arguments, stdin: stdin)
  }

  @Test("a page prints its article as indented JSON with exit code 0")
  func prettyOutput() throws {
    let result = try extract([Self.sample])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"source\": {"))
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["title"] as? String == "How Massage Can Help Your Lower Back Pain")
    #expect(result.stderr.isEmpty)
  }

  @Test("--compact prints one line")
  func compactOutput() throws {
    let result = try extract(["--compact", Self.sample])
    #expect(result.status == 0)
    #expect(result.stdout.filter { $0 == "\n" }.count == 1)
    #expect(result.stdout.hasPrefix("{\"schemaVersion\":2,"))
  }

  @Test("- reads the page from standard input and --url makes links absolute")
  func standardInput() throws {
    let html =
      "<html><body><article><h1>T</h1><p>\(String(repeating: "Some words of a paragraph, here. ", count: 10))</p><img src=\"/a.jpg\" width=\"800\"></article></body></html>"
    let result = try extract(["-", "--url", "https://example.com/post/1", "--compact"], stdin: Data(html.utf8))
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let source = object?["source"] as? [String: Any]
    #expect(source?["path"] is NSNull)
    #expect(source?["url"] as? String == "https://example.com/post/1")
    #expect((object?["heroImage"] as? [String: Any])?["src"] as? String == "https://example.com/a.jpg")
  }

  @Test("a missing file gives one error line, no output and exit code 66")
  func missingFile() throws {
    let result = try extract(["/nonexistent/page.html"])
    #expect(result.status == 66)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "extract: /nonexistent/page.html: no such file\n")
  }

  @Test("an empty input gives one error line, no output and exit code 65")
  func emptyInput() throws {
    let result = try extract(["-"], stdin: Data())
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "extract: <stdin>: the input is empty\n")
  }

  @Test("binary input is refused as not HTML with exit code 65")
  func binaryInput() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    let result = try extract(["-"], stdin: Data(png))
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "extract: <stdin>: the input is not HTML (looks like a PNG image)\n")
  }

  @Test("a relative --url is a usage error with exit code 64")
  func badURL() throws {
    let result = try extract(["--url", "not a url", Self.sample])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "extract: --url: needs an absolute URL such as https://example.com/post, not 'not a url'\n")
  }

  @Test("schema prints the JSON Schema")
  func schema() throws {
    let result = try extract(["schema"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["title"] as? String == "Article")
  }

  @Test("--version and --help answer")
  func versionAndHelp() throws {
    #expect(try extract(["--version"]).stdout == "0.1.0\n")
    let help = try extract(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("extract page.html > article.json"))
  }

  @Test("extract --help shows the whole usage, the same as extract FILE --help, in 80 columns")
  func topLevelHelp() throws {
    let help = try extract(["--help"])
    #expect(help.status == 0)
    for expected in [
      "cat page.html | extract", "--format <format>", "--output-dir <dir>", "-j, --jobs <n>", "--max-input-bytes",
      "--max-elements", "--input <kind>", "one JSON array", "extract --input jsonl", "extract schema",
      "Exit codes: 0 every article written; 64 wrong usage; 65", "curl -s URL | extract --url URL",
    ] {
      #expect(help.stdout.contains(expected), "help lacks \(expected)")
    }
    let long = help.stdout.split(separator: "\n").filter { $0.count > 80 }
    #expect(long.isEmpty, "lines over 80 columns: \(long)")
    #expect(try extract([Self.sample, "--help"]).stdout == help.stdout)
    #expect(try extract(["-h"]).stdout == help.stdout)
  }

  @Test("a page piped in with no path is read from standard input, as with -")
  func standardInputByDefault() throws {
    let html = Data(try Runner.text(URL(fileURLWithPath: Self.sample)).utf8)
    let piped = try extract(["--url", "https://example.com/post"], stdin: html)
    let dash = try extract(["-", "--url", "https://example.com/post"], stdin: html)
    #expect(piped.status == 0)
    #expect(piped.stdout.hasPrefix("{\n  \"schemaVersion\": 2,"))
    #expect(piped.stdout == dash.stdout)
    #expect(piped.stdout.contains("\"title\": \"How Massage Can Help Your Lower Back Pain\""))
  }

  @Test("no path with a terminal on standard input is a usage error saying what to give")
  func noInputOnATerminal() throws {
    // Python's pty module gives the binary a terminal as standard input.
    let script = """
      import os, pty, subprocess, sys
      main, terminal = pty.openpty()
      done = subprocess.run([sys.argv[1]], stdin=terminal, capture_output=True, timeout=60)
      sys.stdout.write("%d\\n%s" % (done.returncode, done.stderr.decode()))
      """
    let result = try Launch.program("python3", ["-c", script, Runner.binary.path])
    #expect(
      result.stdout
        == "64\nextract: no input: name a page, a folder or a WARC file, or pipe a page in (cat page.html | extract)\n")
  }

  @Test("an --output-dir that cannot be made says why, on one line, exit code 74")
  func unusableOutputDirectory() throws {
    let result = try extract([Self.sample, "--output-dir", "/dev/null/out"])
    #expect(result.status == 74)
    #expect(result.stderr == "extract: --output-dir /dev/null/out: cannot create the folder (Not a directory)\n")
  }

  @Test("a URL as the path says how to fetch it, on one line, exit code 64")
  func urlArgument() throws {
    let result = try extract(["https://example.com/post"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "extract: https://example.com/post: extract reads saved pages, not URLs; run: curl -s https://example.com/post | extract --url https://example.com/post\n"
    )
  }

  @Test("usage errors are one line: extract: WHERE: what")
  func usageErrorsOneLine() throws {
    let unknown = try extract(["--frob", Self.sample])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.hasPrefix("extract: unknown option '--frob'"))
    #expect(unknown.stderr.hasSuffix(" (see extract --help)\n"))
    #expect(unknown.stderr.filter { $0 == "\n" }.count == 1)
    let jobs = try extract(["--jobs", "0", Self.sample])
    #expect(jobs.status == 64)
    #expect(jobs.stderr == "extract: --jobs: needs a number of at least 1, not 0\n")
    let missing = try extract(["--format"])
    #expect(missing.status == 64)
    #expect(missing.stderr.filter { $0 == "\n" }.count == 1)
  }

  @Test("a page over --max-input-bytes says which option reads it")
  func tooLargeHint() throws {
    let result = try extract([Self.sample, "--max-input-bytes", "100"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "extract: \(Self.sample): the input is 36213 bytes, over the limit of 100; raise --max-input-bytes to read it\n"
    )
  }

  @Test("output that cannot be written is reported once, on one line, exit code 74")
  func unwritableOutput() throws {
    let single = try Launch.run([Self.sample], stdout: "/dev/full")
    #expect(single.status == 74)
    #expect(single.stderr == "extract: standard output: cannot write the output (No space left on device)\n")
    let batch = try Launch.run([Self.sample, Self.sample, "--quiet"], stdout: "/dev/full")
    #expect(batch.status == 74)
    #expect(batch.stderr == "extract: standard output: cannot write the output (No space left on device)\n")
  }

  @Test("a file that is not a WARC is named without a stray space")
  func notAWARC() throws {
    let folder = try Crawl.folder("not-warc")
    let file = folder.appendingPathComponent("crawl.warc")
    try Crawl.write(Array("just some text\n".utf8), to: file)
    let result = try extract([file.path, "--quiet"])
    #expect(result.status == 65)
    #expect(result.stderr == "extract: \(file.path): not a WARC record at byte 0\n")
  }

  @Test("--format json with several pages prints one JSON array, failures included")
  func jsonArray() throws {
    let folder = try Crawl.folder("array")
    try Crawl.write(Array(Crawl.page(title: "Beans").utf8), to: folder.appendingPathComponent("a.html"))
    try Crawl.write([], to: folder.appendingPathComponent("b.html"))
    try Crawl.write(Array(Crawl.page(title: "Peas").utf8), to: folder.appendingPathComponent("c.html"))
    let result = try extract([folder.path, "--format", "json", "--quiet", "--jobs", "2"])
    #expect(result.status == 65)
    #expect(result.stdout.hasPrefix("[\n  {\n    \"schemaVersion\": 2,"))
    #expect(result.stdout.hasSuffix("\n  }\n]\n"))
    let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    #expect(array?.count == 3)
    #expect(array?[0]["title"] as? String == "Beans")
    #expect((array?[1]["error"] as? [String: Any])?["kind"] as? String == "empty")
    #expect(array?[2]["title"] as? String == "Peas")
    let compact = try extract([folder.path, "--format", "json", "--compact", "--quiet"])
    let lines = compact.stdout.split(separator: "\n")
    #expect(lines.count == 5 && lines.first == "[" && lines.last == "]")
    #expect((try JSONSerialization.jsonObject(with: Data(compact.stdout.utf8)) as? [Any])?.count == 3)
    let empty = try Crawl.folder("array-empty")
    #expect(try extract([empty.path, "--format", "json", "--quiet"]).stdout == "[]\n")
  }

  @Test("the JSON array streams: the first record is out before the input ends")
  func jsonArrayStreams() throws {
    let first = Crawl.warcRecord(
      type: "response", id: Crawl.uuid(1), uri: "https://garden.example/beans",
      contentType: "application/http; msgtype=response",
      block: Crawl.httpResponse(Array(Crawl.page(title: "Beans").utf8)))
    let second = Crawl.warcRecord(
      type: "response", id: Crawl.uuid(2), uri: "https://garden.example/peas",
      contentType: "application/http; msgtype=response",
      block: Crawl.httpResponse(Array(Crawl.page(title: "Peas").utf8)))
    let run = try Launch.interactive(["--warc", "-", "--format", "json", "--quiet", "--jobs", "1"])
    try run.send(first)
    let head = try run.read(until: "\"title\": \"Beans\"")
    #expect(head.hasPrefix("[\n  {"))
    try run.send(second)
    let result = try run.finish()
    #expect(result.status == 0)
    let array = try JSONSerialization.jsonObject(with: Data((head + result.stdout).utf8)) as? [[String: Any]]
    #expect(array?.map { $0["title"] as? String } == ["Beans", "Peas"])
  }
}
