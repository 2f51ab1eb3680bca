import Foundation
import Testing

@testable import ExtractKit

/// The readability corpus (`../shared/corpus/readability`, 130 real pages): every page gives
/// valid contract JSON, and the scorer's means stay above their floors. The corpus is not
/// ours to commit; without `../shared` these tests say so and skip.
@Suite("Readability corpus")
struct CorpusTests {
  /// Floors for `../shared/eval/score.py`'s means over the corpus. Raise them as accuracy grows.
  /// The accuracy issue's targets (body higher: 0.97, reached 0.982), all met.
  static let floors = [
    "body_f1": 0.97, "title": 0.90, "headings_f1": 0.92, "lists_f1": 0.88, "date": 0.95, "byline": 0.88,
  ]

  static var pages: [URL] {
    guard Paths.hasCorpus else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path)) ?? []
    return names.sorted().map { Paths.corpus.appendingPathComponent($0).appendingPathComponent("source.html") }
      .filter { FileManager.default.fileExists(atPath: $0.path) }
  }

  @Test("every corpus page extracts without error to a complete article")
  func everyPageExtracts() throws {
    guard Paths.hasCorpus else {
      print("skipped: \(Paths.corpus.path) is absent, so the corpus was not checked")
      return
    }
    let pages = Self.pages
    #expect(pages.count >= 100)
    for page in pages {
      let article = try ArticleExtractor().extract(
        html: Data(contentsOf: page), options: ExtractOptions(path: page.path))
      let json = try ArticleExtractor.json(article)
      // Every key present: the JSON decodes back to the same value.
      let decoded = try JSONDecoder().decode(Article.self, from: json)
      #expect(decoded == article, "\(page.path) does not round-trip")
      let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
      #expect(object?.count == 19, "\(page.path) lacks top-level keys")
    }
  }

  @Test("the scorer's means over the corpus stay above the floors")
  func scoresAboveFloors() throws {
    guard Paths.hasCorpus, FileManager.default.fileExists(atPath: Paths.scorer.path) else {
      print("skipped: \(Paths.shared.path) is absent, so the corpus scores were not checked")
      return
    }
    // The binary SwiftPM built beside this test bundle, whatever the build folder.
    let binary = Bundle.main.bundleURL.appendingPathComponent("extract")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      Issue.record("\(binary.path) is missing: swift test builds it with the test targets")
      return
    }
    let minimums = Self.floors.sorted { $0.key < $1.key }.flatMap { ["--min", "\($0.key)=\($0.value)"] }
    let result = try run(
      "python3", [Paths.scorer.path, "readability", Paths.corpus.path, "--extract", binary.path] + minimums)
    let report = String(decoding: result.stdout + result.stderr, as: UTF8.self)
    print(report)
    #expect(result.status == 0, "scores below the floors:\n\(report)")
  }
}
