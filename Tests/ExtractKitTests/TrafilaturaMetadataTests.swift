import Foundation
import Testing

@testable import ExtractKit

/// The trafilatura-dev corpus (`../shared/corpus/trafilatura-dev`, 459 real pages in many
/// languages, Trafilatura's evaluation set): the scorer's date, author and title means stay
/// above their floors. The corpus is not ours to commit; without `../shared` this test says so
/// and skips.
@Suite(
  "Trafilatura corpus: metadata",
  .enabled(if: Paths.hasLabelledPages, "skipped: ../shared (the trafilatura-dev corpus and the scorer) is absent"))
struct TrafilaturaMetadataTests {
  static let corpus = Paths.shared.appendingPathComponent("corpus/trafilatura-dev")

  /// Floors for `score.py trafilatura`'s means, a little under the measured values (date 0.931,
  /// byline 0.765, title 0.890 at the time of writing, with a lone <h1> in the article preferred to
  /// a metadata title that rewords it; Trafilatura itself: 0.867, 0.590, 0.596).
  /// Raise them as accuracy grows. The byline floor was lowered from 0.765 when staff accounts
  /// and web addresses ("Redaktion", "PETA-Team", "www.example.com") stopped counting as
  /// authors, as the labelled pages' rule says: this corpus's answers count some of them.
  static let floors = ["date": 0.92, "byline": 0.755, "title": 0.88]

  @Test("the scorer's date, author and title means over the corpus stay above the floors")
  func scoresAboveFloors() throws {
    guard FileManager.default.fileExists(atPath: Self.corpus.appendingPathComponent("evaldata.json").path),
      FileManager.default.fileExists(atPath: Paths.scorer.path)
    else {
      print("skipped: \(Self.corpus.path) is absent, so the trafilatura metadata scores were not checked")
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
      "python3", [Paths.scorer.path, "trafilatura", Self.corpus.path, "--extract", binary.path] + minimums)
    let report = String(decoding: result.stdout + result.stderr, as: UTF8.self)
    print(report)
    #expect(result.status == 0, "scores below the floors:\n\(report)")
  }
}
