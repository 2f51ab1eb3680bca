import Foundation
import Testing

@testable import ExtractKit

/// The hand-labelled real pages (`Tests/Labels/real`: 259 pages of the readability and
/// trafilatura-dev corpora, labelled from the page per `../shared/docs/labels.md`): the
/// scorer's per-field means stay above their floors. The pages are links into `../shared`,
/// which is not ours to commit; without it the suite is skipped and says so.
@Suite(
  "Labelled real pages: typed fields",
  .enabled(if: Paths.hasLabelledPages, "skipped: ../shared is absent, so the labelled real pages cannot be read"))
struct RealLabelsTests {
  static let root = Paths.package.appendingPathComponent("Tests/Labels/real")

  /// Floors a little under the measured means over the 507 labelled pages (at the time of
  /// writing: author bio 0.966, authors 0.832, comments 0.958, date 0.957, headings 0.809,
  /// list titles 0.761, related 0.819, steps 0.879, text recall 0.983, text clean 0.958,
  /// title 0.868). The targets (0.90 for bio, related, steps and list titles) are not
  /// all reached: raise these as accuracy grows, never lower them to pass. They were lowered seven
  /// times, each time pages drawn at random joined (50 to the 154 picked ones, then 52, then 70,
  /// then 78 of which most have no typed feature at all, then 40: steps 0.946 -> 0.879 for one
  /// of their pages, then 29: headings 0.835 -> 0.815, scored blind at 0.537, then the last 31
  /// unlabelled pages: title 0.878 -> 0.868, scored blind at 0.710): picked pages had few blocks for the
  /// rules to take wrongly, the random ones many (the last 78 were scored blind before joining:
  /// headings 0.603 and 0.567 on its two halves, title 0.684 and 0.825).
  /// A development score is not the figure to expect on unseen pages: `HoldoutLabelsTests`.
  static let floors = [
    "author_bio": 0.955, "authors": 0.83, "comments": 0.97, "date": 0.945, "headings": 0.805,
    "list_titles": 0.76, "related": 0.81, "steps": 0.865, "text_recall": 0.97, "text_clean": 0.95, "title": 0.86,
  ]

  @Test("every labelled page's link reaches its page in ../shared")
  func pagesResolve() throws { try LabelledSet.checkLinks(Self.root, minimum: 200) }

  @Test("the scorer's per-field means over the labelled pages stay above the floors")
  func scoresAboveFloors() throws { try LabelledSet.checkFloors(Self.root, Self.floors) }
}

/// A directory of labelled pages (`labels/NAME.json` beside `pages/NAME.html`, a link into
/// `../shared`), checked the same way for every set.
enum LabelledSet {
  /// At least `minimum` labels, and each label's page link resolves.
  static func checkLinks(_ root: URL, minimum: Int) throws {
    let labels = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("labels").path)
    #expect(labels.count >= minimum)
    for label in labels where label.hasSuffix(".json") {
      let page = root.appendingPathComponent("pages/\(label.dropLast(5)).html")
      #expect(FileManager.default.fileExists(atPath: page.path), "\(page.path) does not resolve")
    }
  }

  /// The scorer, run on the `extract` SwiftPM built beside this test bundle, prints the set's
  /// per-field means and fails when one is under its floor.
  static func checkFloors(_ root: URL, _ floors: [String: Double]) throws {
    let binary = Bundle.main.bundleURL.appendingPathComponent("extract")
    try #require(
      FileManager.default.isExecutableFile(atPath: binary.path), "swift test builds extract beside the tests")
    let minimums = floors.sorted { $0.key < $1.key }.flatMap { ["--min", "\($0.key)=\($0.value)"] }
    let result = try run("python3", [Paths.scorer.path, "labels", root.path, "--extract", binary.path] + minimums)
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
