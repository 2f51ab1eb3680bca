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
    #expect(result.stderr.contains("--url needs an absolute URL"))
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
}
