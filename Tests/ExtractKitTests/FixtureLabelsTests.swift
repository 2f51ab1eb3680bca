import Foundation
import Testing

@testable import ExtractKit

/// The eight CMS fixtures against their hand-written labels (`Tests/Fixtures/labels`,
/// format in `Tests/Fixtures/README.md`): every labelled field must match exactly, so a
/// golden file recorded from wrong output cannot pass unnoticed.
@Suite("Fixture labels")
struct FixtureLabelsTests {
  struct Label: Decodable {
    struct Steps: Decodable {
      var title: String?
      var steps: [String]
    }
    struct Bio: Decodable {
      var name: String
      var bioStartsWith: String
    }
    struct Post: Decodable {
      var title: String
      var url: String?
      var author: String?
      var publishedAt: String?
    }
    struct Related: Decodable {
      var heading: String?
      var posts: [Post]
    }
    var title: String
    var authors: [String]
    var credentials: [String]
    var publishedAt: String?
    var commentCount: Int?
    var headings: [String]
    var listItemTitles: [String]
    var steps: [Steps]
    var authorBio: Bio?
    var related: Related?
    var textMustContain: [String]
    var textMustNotContain: [String]
  }

  static let names: [String] = {
    let folder = GoldenTests.fixtures.appendingPathComponent("labels")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }
      .map { String($0.dropLast(".json".count)) }.sorted()
  }()

  /// Whitespace collapsed, as text in HTML is read.
  static func normalized(_ text: String?) -> String {
    (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test("there are eight fixtures, each with a page and a label file")
  func fixturesPresent() {
    #expect(Self.names.count >= 8)
    for name in Self.names {
      let page = GoldenTests.fixtures.appendingPathComponent("pages/\(name).html")
      #expect(FileManager.default.fileExists(atPath: page.path), "\(name) has no page")
    }
  }

  @Test("every labelled field of every fixture is extracted exactly", arguments: names)
  func labels(name: String) throws {
    let label = try JSONDecoder().decode(
      Label.self, from: Data(contentsOf: GoldenTests.fixtures.appendingPathComponent("labels/\(name).json")))
    let html = try Data(contentsOf: GoldenTests.fixtures.appendingPathComponent("pages/\(name).html"))
    let article = try ArticleExtractor().extract(html: html)

    #expect(article.title == label.title)
    let authors = article.byline?.authors ?? []
    #expect(authors.map(\.name) == label.authors)
    #expect((authors.first?.credentials ?? []) == label.credentials)
    #expect((article.publishedAt ?? article.byline?.publishedAt).map { String($0.prefix(10)) } == label.publishedAt)
    if let count = label.commentCount { #expect(article.byline?.commentCount == count) }
    #expect(article.headings.map { Self.normalized($0.text) } == label.headings.map { Self.normalized($0) })

    var titles: [String] = []
    func collect(_ list: ArticleList) {
      for item in list.items {
        if let title = item.title { titles.append(Self.normalized(title)) }
        item.lists.forEach(collect)
      }
    }
    article.lists.forEach(collect)
    #expect(titles == label.listItemTitles.map { Self.normalized($0) })

    #expect(article.steps.map(\.title) == label.steps.map(\.title))
    #expect(
      article.steps.map { $0.steps.map { Self.normalized($0.text) } }
        == label.steps.map { $0.steps.map { Self.normalized($0) } })

    #expect(article.authorBio?.name == label.authorBio?.name)
    if let bio = label.authorBio {
      let extracted = Self.normalized(article.authorBio.map(\.bio))
      #expect(extracted.hasPrefix(Self.normalized(bio.bioStartsWith)))
    }

    #expect(article.related?.heading == label.related?.heading)
    let posts = article.related?.posts ?? []
    let expectedPosts = label.related?.posts ?? []
    #expect(posts.map { Self.normalized($0.title) } == expectedPosts.map { Self.normalized($0.title) })
    for (post, expected) in zip(posts, expectedPosts) {
      #expect(post.url == expected.url, "\(expected.title)")
      #expect(post.author == expected.author, "\(expected.title)")
      #expect(post.publishedAt.map { String($0.prefix(10)) } == expected.publishedAt, "\(expected.title)")
    }

    let text = Self.normalized(article.text)
    for snippet in label.textMustContain {
      #expect(text.contains(Self.normalized(snippet)), "text lacks “\(snippet)”")
    }
    for snippet in label.textMustNotContain {
      #expect(!text.contains(Self.normalized(snippet)), "text holds “\(snippet)”")
    }
  }
}
