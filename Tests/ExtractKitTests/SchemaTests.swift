import Foundation
import Testing

@testable import ExtractKit

/// Real output validated against `extract schema` by a real JSON Schema validator
/// (Python's `jsonschema`, draft 2020-12). `.ci/run` installs it and sets
/// EXTRACT_REQUIRE_VALIDATOR=1, so in CI a missing validator fails instead of skipping.
@Suite("JSON Schema")
struct SchemaTests {
  @Test("the schema is valid JSON of draft 2020-12")
  func schemaParses() throws {
    let object = try JSONSerialization.jsonObject(with: Data(ArticleSchema.json.utf8)) as? [String: Any]
    #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
  }

  @Test("the sample, the fixtures and the corpus pages validate against the schema")
  func outputValidates() throws {
    guard hasJSONSchemaValidator else {
      let required = ProcessInfo.processInfo.environment["EXTRACT_REQUIRE_VALIDATOR"] == "1"
      if required { Issue.record("python3 with jsonschema is required here but missing") }
      print("skipped: python3 -m pip install jsonschema to validate output against the schema")
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(ArticleSchema.json.utf8).write(to: folder.appendingPathComponent("schema.json"))
    var pages = GoldenTests.pages.map { URL(fileURLWithPath: $0) } + CorpusTests.pages
    pages.append(contentsOf: [])
    for (index, page) in pages.enumerated() {
      let article = try ArticleExtractor().extract(
        html: Data(contentsOf: page), options: ExtractOptions(path: page.path))
      try ArticleExtractor.json(article).write(to: folder.appendingPathComponent("out-\(index).json"))
    }
    let script = """
      import glob, json, sys, jsonschema
      folder = sys.argv[1]
      schema = json.load(open(folder + "/schema.json"))
      jsonschema.Draft202012Validator.check_schema(schema)
      validator = jsonschema.Draft202012Validator(schema)
      bad = 0
      for path in sorted(glob.glob(folder + "/out-*.json")):
          for error in validator.iter_errors(json.load(open(path))):
              bad += 1
              print(path, "/".join(map(str, error.absolute_path)), error.message[:200])
      print("validated", len(glob.glob(folder + "/out-*.json")), "documents,", bad, "errors")
      sys.exit(1 if bad else 0)
      """
    let result = try run("python3", ["-c", script, folder.path])
    let report = String(decoding: result.stdout + result.stderr, as: UTF8.self)
    #expect(result.status == 0, "schema violations:\n\(report)")
  }

  /// Articles that differ from a valid one in one string, each with whether the schema takes it.
  static let lineBreakCases: [(String, Article, Bool)] = {
    func article(_ block: Block, heading: String = "Heading") -> Article {
      Article(
        source: Source(path: nil, url: nil, canonicalUrl: nil, bytes: 1, encoding: "utf-8"),
        sections: [ArticleSection(heading: Heading(level: 2, text: heading), blocks: [block])])
    }
    return [
      ("a paragraph on one line", article(.paragraph("One line.")), true),
      ("a paragraph with a <br> line break", article(.paragraph("One\ntwo")), true),
      ("a paragraph with a blank line", article(.paragraph("One\n\ntwo")), false),
      ("a paragraph with a trailing newline", article(.paragraph("One\n")), false),
      ("a paragraph line ending in a space", article(.paragraph("One \ntwo")), false),
      ("a heading with a line break", article(.paragraph("One"), heading: "Part\ntwo"), false),
      ("a heading with a trailing newline", article(.paragraph("One"), heading: "Part\n"), false),
      ("indented code with a blank line", article(.code("  if x:\n\ty()\n\n  z()")), true),
      ("code with a trailing newline", article(.code("x()\n")), false),
      ("code that starts with a blank line", article(.code("\nx()")), false),
      ("a table cell with a line break", article(.table([["a\nb", ""]])), true),
      ("a table cell with a blank line", article(.table([["a\n\nb"]])), false),
    ]
  }()

  @Test("the schema takes line breaks where the contract has them and refuses them elsewhere")
  func lineBreakPatterns() throws {
    guard hasJSONSchemaValidator else {
      let required = ProcessInfo.processInfo.environment["EXTRACT_REQUIRE_VALIDATOR"] == "1"
      if required { Issue.record("python3 with jsonschema is required here but missing") }
      return
    }
    let documents = try Self.lineBreakCases.map {
      String(decoding: try ArticleExtractor.json($0.1, pretty: false), as: UTF8.self)
    }
    let script = """
      import json, sys, jsonschema
      validator = jsonschema.Draft202012Validator(json.loads(sys.argv[1]))
      print(" ".join("1" if validator.is_valid(json.loads(line)) else "0" for line in sys.stdin.read().splitlines()))
      """
    let result = try run(
      "python3", ["-c", script, ArticleSchema.json], stdin: Data(documents.joined(separator: "\n").utf8))
    let verdicts = String(decoding: result.stdout, as: UTF8.self).split(separator: " ").map { $0.hasPrefix("1") }
    try #require(verdicts.count == Self.lineBreakCases.count, "\(String(decoding: result.stderr, as: UTF8.self))")
    for (index, (name, _, valid)) in Self.lineBreakCases.enumerated() {
      #expect(verdicts[index] == valid, "\(name): \(valid ? "refused" : "taken")")
    }
  }
}
