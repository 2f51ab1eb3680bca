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
}
