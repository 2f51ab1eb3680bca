import Foundation
import Testing

@testable import ExtractKit

/// Whole pages against their hand-checked golden JSON (`Samples/*.json`, `Tests/Fixtures/golden/*.json`),
/// compared as decoded values, with the differing fields listed, and their golden Markdown
/// (`Samples/*.md`, `Tests/Fixtures/golden/*.md`), compared line by line.
///
/// Re-record after an intended change, then review the diff field by field:
///     EXTRACT_RECORD=1 swift test --filter GoldenTests
@Suite("Golden pages")
struct GoldenTests {
  static let fixtures = Paths.package.appendingPathComponent("Tests/Fixtures")

  /// The sample pages and the fixture pages.
  static let pages: [String] = {
    let folders = [Paths.samples, fixtures.appendingPathComponent("pages")]
    return folders.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".html") }
        .sorted()
        .map { folder.appendingPathComponent($0).path }
    }
  }()

  /// A sample's golden file sits beside it; a fixture's is `Tests/Fixtures/golden/NAME.json`
  /// (`.md` for the Markdown).
  static func golden(for path: String, extension fileExtension: String = "json") -> URL {
    let page = URL(fileURLWithPath: path)
    let name = page.deletingPathExtension().lastPathComponent + "." + fileExtension
    if page.deletingLastPathComponent().lastPathComponent == "pages" {
      return fixtures.appendingPathComponent("golden").appendingPathComponent(name)
    }
    return page.deletingLastPathComponent().appendingPathComponent(name)
  }

  @Test("every golden page extracts to its golden JSON", arguments: pages)
  func golden(path: String) throws {
    let relative = String(path.dropFirst(Paths.package.path.count + 1))
    let html = try Data(contentsOf: URL(fileURLWithPath: path))
    let article = try ArticleExtractor().extract(html: html, options: ExtractOptions(path: relative))
    let goldenURL = Self.golden(for: path)
    if ProcessInfo.processInfo.environment["EXTRACT_RECORD"] == "1" {
      var json = try ArticleExtractor.json(article)
      json.append(UInt8(ascii: "\n"))
      try FileManager.default.createDirectory(
        at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
      try json.write(to: goldenURL)
      return
    }
    let golden = try JSONDecoder().decode(Article.self, from: Data(contentsOf: goldenURL))
    let differences = Diff.fields(golden, article)
    #expect(differences.isEmpty, "\(relative) differs from its golden JSON:\n\(differences.joined(separator: "\n"))")
  }

  @Test("every golden page renders to its golden Markdown", arguments: pages)
  func goldenMarkdown(path: String) throws {
    let relative = String(path.dropFirst(Paths.package.path.count + 1))
    let html = try Data(contentsOf: URL(fileURLWithPath: path))
    let article = try ArticleExtractor().extract(html: html, options: ExtractOptions(path: relative, markdown: true))
    let markdown = MarkdownRenderer.render(article)
    let goldenURL = Self.golden(for: path, extension: "md")
    if ProcessInfo.processInfo.environment["EXTRACT_RECORD"] == "1" {
      try Data(markdown.utf8).write(to: goldenURL)
      return
    }
    let golden = try String(contentsOf: goldenURL, encoding: .utf8)
    let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
    let actual = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    let differing = zip(expected, actual).enumerated().filter { $0.element.0 != $0.element.1 }.prefix(5).map {
      "line \($0.offset + 1): expected \($0.element.0.prefix(120)), found \($0.element.1.prefix(120))"
    }
    #expect(
      golden == markdown,
      "\(relative) differs from its golden Markdown (\(expected.count) lines expected, \(actual.count) found):\n\(differing.joined(separator: "\n"))"
    )
  }

  @Test("the sample's golden file has what the seed article holds")
  func sampleGoldenContent() throws {
    let url = Paths.samples.appendingPathComponent("lower-back-massage.json")
    let article = try JSONDecoder().decode(Article.self, from: Data(contentsOf: url))
    #expect(article.title == "How Massage Can Help Your Lower Back Pain")
    #expect(article.byline?.authors == [Person(name: "Patty Weasler", credentials: ["RN"])])
    #expect(article.byline?.publishedAt == "2019-08-13")
    #expect(article.byline?.commentCount == 0)
    #expect(article.heroImage?.alt == "Woman massaging her lower back")
    #expect(article.headings.count == 5 && article.headings.allSatisfy { $0.level == 2 })
    #expect(article.lists.map(\.items.count) == [4, 3, 5, 6])
    #expect(
      article.lists[0].items.map(\.title) == [
        "Deep Tissue Massage", "Swedish Massage", "Trigger Point Massage", "Acupressure",
      ])
    #expect(
      article.steps.map(\.title) == [
        "Using a Foam Roller for Lower Back Pain", "Using a Massage Ball for Lower Back Pain",
      ])
    #expect(article.steps.map(\.steps.count) == [4, 5])
    #expect(article.authorBio?.name == "Patty Weasler")
    #expect(article.authorBio?.bio.hasPrefix("Patty Weasler is a freelance health writer") == true)
    #expect(article.related?.heading == "Also in Resources")
    #expect(article.related?.posts.count == 4)
    #expect(
      article.related?.posts.allSatisfy {
        $0.author == "Jessica Hegg" && $0.commentCount == 0 && $0.excerpt != nil && $0.url != nil
      } == true)
    #expect(article.text.hasPrefix("Massage for lower back pain is an easy"))
    #expect(article.text.hasSuffix("or if massage or any other treatment makes it worse."))
    for boilerplate in [
      "All Orders arrive", "Your Cart is Empty", "Patty Weasler is a freelance", "Also in Resources", "Read More",
      "Jessica Hegg",
    ] {
      #expect(!article.text.contains(boilerplate), "text holds '\(boilerplate)'")
    }
  }
}

/// A readable list of the fields where two articles differ, by JSON path.
enum Diff {
  static func fields(_ expected: Article, _ actual: Article) -> [String] {
    guard let left = try? tree(expected), let right = try? tree(actual) else { return ["cannot encode"] }
    var out: [String] = []
    compare(left, right, path: "$", into: &out)
    return out
  }

  private static func tree(_ article: Article) throws -> Any {
    try JSONSerialization.jsonObject(with: ArticleExtractor.json(article, pretty: false), options: [.fragmentsAllowed])
  }

  private static func compare(_ left: Any, _ right: Any, path: String, into out: inout [String]) {
    if let l = left as? [String: Any], let r = right as? [String: Any] {
      for key in Set(l.keys).union(r.keys).sorted() {
        compare(l[key] ?? NSNull(), r[key] ?? NSNull(), path: path + "." + key, into: &out)
      }
    } else if let l = left as? [Any], let r = right as? [Any] {
      if l.count != r.count { out.append("\(path): \(l.count) items expected, \(r.count) found") }
      for index in 0..<min(l.count, r.count) { compare(l[index], r[index], path: "\(path)[\(index)]", into: &out) }
    } else if "\(left)" != "\(right)" {
      out.append("\(path): expected \(short(left)), found \(short(right))")
    }
  }

  private static func short(_ value: Any) -> String {
    let text = value is NSNull ? "null" : "\(value)"
    return text.count > 120 ? String(text.prefix(117)) + "…" : text
  }
}
