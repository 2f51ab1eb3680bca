import Foundation
import Testing

@testable import ExtractKit

/// The hand-labelled real pages (`Tests/Labels/real`: 140 pages of the readability and
/// trafilatura-dev corpora, labelled from the page per `../shared/docs/labels.md`): the
/// scorer's per-field means stay above their floors. The pages are links into `../shared`,
/// which is not ours to commit; without it the suite is skipped and says so.
@Suite(
  "Labelled real pages: typed fields",
  .enabled(if: Paths.hasLabelledPages, "skipped: ../shared is absent, so the labelled real pages cannot be read"))
struct RealLabelsTests {
  static let root = Paths.package.appendingPathComponent("Tests/Labels/real")

  /// Floors a little under the measured means over the 154 labelled pages (at the time of
  /// writing: author bio 0.976, authors 0.825, comments 0.936, date 0.974, headings 0.890,
  /// list titles 0.854, related 0.905, steps 0.946, text recall 0.978, text clean 0.953,
  /// title 0.870). The targets (0.90 for bio, related, steps and list titles) are
  /// not all reached: raise these as accuracy grows, never lower them to pass. (They were
  /// lowered once, when 14 harder pages with steps and titled lists joined the set, and steps
  /// once more when a review took out lead-in words that only one page used.)
  static let floors = [
    "author_bio": 0.96, "authors": 0.815, "comments": 0.93, "date": 0.96, "headings": 0.88,
    "list_titles": 0.84, "related": 0.89, "steps": 0.93, "text_recall": 0.97, "text_clean": 0.94, "title": 0.86,
  ]

  @Test("every labelled page's link reaches its page in ../shared")
  func pagesResolve() throws {
    let labels = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("labels").path)
    #expect(labels.count >= 120)
    for label in labels where label.hasSuffix(".json") {
      let page = Self.root.appendingPathComponent("pages/\(label.dropLast(5)).html")
      #expect(FileManager.default.fileExists(atPath: page.path), "\(page.path) does not resolve")
    }
  }

  @Test("the scorer's per-field means over the labelled pages stay above the floors")
  func scoresAboveFloors() throws {
    // The binary SwiftPM built beside this test bundle, whatever the build folder.
    let binary = Bundle.main.bundleURL.appendingPathComponent("extract")
    try #require(
      FileManager.default.isExecutableFile(atPath: binary.path), "swift test builds extract beside the tests")
    let minimums = Self.floors.sorted { $0.key < $1.key }.flatMap { ["--min", "\($0.key)=\($0.value)"] }
    let result = try run("python3", [Paths.scorer.path, "labels", Self.root.path, "--extract", binary.path] + minimums)
    let report = String(decoding: result.stdout + result.stderr, as: UTF8.self)
    print(report)
    #expect(result.status == 0, "scores below the floors:\n\(report)")
  }
}

extension Paths {
  /// The scorer and the corpora the labelled pages link to.
  static var hasLabelledPages: Bool {
    FileManager.default.fileExists(atPath: scorer.path)
      && FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/trafilatura-dev").path)
  }
}
