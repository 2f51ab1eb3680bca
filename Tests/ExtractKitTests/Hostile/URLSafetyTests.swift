import Foundation
import Testing

@testable import ExtractKit

/// Every URL the output names is http(s), whoever gave it: the caller, a WARC record, or the
/// page's canonical link; and a script URL given as the page's URL never becomes the base.
@Suite("URL safety")
struct URLSafetyTests {
  static let page = """
    <html><head><link rel="canonical" href="CANONICAL"></head><body><article><h1>Links</h1>
    <img src="/img/hero.jpg" width="1200" height="800" alt="Hero"><p>See the next part of the story.</p>\(HostileInputTests.body)</article></body></html>
    """

  static func extract(url: String?, canonical: String) throws -> Article {
    let html = Self.page.replacingOccurrences(of: "CANONICAL", with: canonical)
    return try ArticleExtractor().extract(html: Array(html.utf8), options: ExtractOptions(url: url))
  }

  @Test(
    "javascript:, data: and file: URLs from the caller or the canonical link are left out",
    arguments: [
      "javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "JavaScript:alert(1)", "http:relative",
    ])
  func unsafe(_ bad: String) throws {
    let fromCaller = try Self.extract(url: bad, canonical: "https://site.example/post")
    #expect(fromCaller.source.url == "https://site.example/post")
    #expect(fromCaller.source.canonicalUrl == "https://site.example/post")
    // Relative references resolve against the canonical URL, not against the script URL.
    #expect(fromCaller.heroImage?.src == "https://site.example/img/hero.jpg")

    let fromCanonical = try Self.extract(url: nil, canonical: bad)
    #expect(fromCanonical.source.url == nil)
    #expect(fromCanonical.source.canonicalUrl == nil)

    let fromBoth = try Self.extract(url: bad, canonical: bad)
    let json = String(decoding: try ArticleExtractor.json(fromBoth), as: UTF8.self).lowercased()
    for scheme in ["javascript:", "data:", "file:"] { #expect(!json.contains(scheme)) }
  }

  @Test("http and https URLs are kept as given")
  func safe() throws {
    let article = try Self.extract(url: "http://site.example/a", canonical: "https://site.example/b")
    #expect(article.source.url == "http://site.example/a")
    #expect(article.source.canonicalUrl == "https://site.example/b")
  }

  @Test("a JSON-LD commentCount of 2^64 is no count, not 0")
  func hugeCommentCount() throws {
    let html = """
      <html><head><script type="application/ld+json">{"@type": "Article", "headline": "Links",
      "commentCount": 18446744073709551616}</script></head><body><article><h1>Links</h1>
      <p class="byline">By Jane Roe</p>\(HostileInputTests.body)</article></body></html>
      """
    let article = try ArticleExtractor().extract(html: Array(html.utf8))
    #expect(article.byline?.commentCount != 0)
  }
}
