import Foundation
import Testing

@testable import ExtractKit

/// Markup that is small but would cost libxml2 2.9 quadratic time, refused by the pre-scan
/// in milliseconds; and real pages, which the pre-scan must never refuse.
@Suite("Markup cost")
struct MarkupCostTests {
  /// CPU seconds a refused page may take in a debug build (libxml2 alone took 15 to 60 s).
  static let timeBound = Sanitizers.addressSanitizer ? 8.0 : 2.0

  static func refused(_ text: String) -> (ExtractError?, Double) {
    let bytes = Array(text.utf8)
    let start = HostileInputTests.threadCPUSeconds()
    do {
      _ = try ArticleExtractor().extract(html: bytes)
      return (nil, HostileInputTests.threadCPUSeconds() - start)
    } catch {
      return (error as? ExtractError, HostileInputTests.threadCPUSeconds() - start)
    }
  }

  static let body = HostileInputTests.body

  @Test("one start tag with 100,000 attributes is too-complex, at once")
  func manyAttributes() {
    let tag = "<div " + (0..<100_000).map { "a\($0)=1" }.joined(separator: " ") + ">"
    let (error, seconds) = Self.refused("<html><body>" + tag + Self.body + "</div></body></html>")
    #expect(error?.kind == "too-complex")
    #expect(seconds < Self.timeBound, "\(seconds) s")
  }

  @Test("quoted values that hold > do not hide attributes from the count")
  func quotedGreaterThan() {
    let tag = "<div " + (0..<50_000).map { "a\($0)=\">\"" }.joined(separator: " ") + ">"
    #expect(Self.refused("<html><body>" + tag + Self.body + "</div></body></html>").0?.kind == "too-complex")
  }

  @Test("150,000 end tags that match nothing under 150,000 open elements are too-complex, at once")
  func unmatchedEndTags() {
    let page =
      "<html><body>" + String(repeating: "<div>", count: 150_000) + String(repeating: "</x>", count: 150_000)
      + Self.body
    let (error, seconds) = Self.refused(page)
    #expect(error?.kind == "too-complex")
    #expect(seconds < Self.timeBound, "\(seconds) s")
  }

  @Test("end tags count toward --max-elements")
  func endTagsCount() {
    let page = "<html><body><article>" + Self.body + String(repeating: "</i>", count: 2000) + "</article></body></html>"
    #expect(throws: ExtractError.tooComplex(elements: 1001, limit: 1000)) {
      try ArticleExtractor().extract(html: Array(page.utf8), options: ExtractOptions(maximumElements: 1000))
    }
  }

  @Test("deep but well-formed nesting, scripts full of < and unclosed paragraphs cost little")
  func realShapes() {
    let nested = String(repeating: "<div>", count: 50_000) + "x" + String(repeating: "</div>", count: 50_000)
    #expect(PreScan.work(Array(nested.utf8)) <= 50_001)
    let script = "<script>" + String(repeating: "if (a<b && c<d) { x = '<div>'; }\n", count: 20_000) + "</script>"
    #expect(PreScan.work(Array((script + "</p>").utf8)) < 10)
    let paragraphs = String(repeating: "<p>para", count: 20_000) + String(repeating: "<li>item", count: 20_000)
    #expect(PreScan.work(Array((paragraphs + "</body>").utf8)) < 100)
    // A curly-quoted value with a straight quote at its end is one unquoted value to libxml2.
    #expect(PreScan.work(Array("<meta name=“a” content=“b\" /><p>x</p>".utf8)) < 10)
  }

  @Test("the fixture pages and samples stay far under the budget")
  func fixturesUnderBudget() throws {
    var pages: [URL] = []
    for folder in [Paths.samples, Paths.package.appendingPathComponent("Tests/Fixtures/pages")] {
      let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      pages += files.filter { $0.pathExtension == "html" }
    }
    #expect(pages.count > 5)
    for page in pages {
      let work = PreScan.work(try [UInt8](Data(contentsOf: page)))
      #expect(work < PreScan.maximumWork / 20, "\(page.lastPathComponent): \(work)")
    }
  }
}
