import Foundation
import Testing

@testable import ExtractKit

/// The JSON contract: every key present in contract order, `null` and `[]` for missing sections,
/// compact on one line or indented by two spaces.
@Suite("JSON output: contract key order, null and [] for missing sections, compact vs pretty")
struct JSONOutputTests {
  private static let topLevelKeys = [
    "schemaVersion", "source", "title", "description", "siteName", "language", "publishedAt", "modifiedAt", "byline",
    "heroImage", "headings", "sections", "lists", "steps", "authorBio", "related", "links", "text",
    "warnings",
  ]

  private func json(_ article: Article, pretty: Bool) throws -> String {
    String(decoding: try ArticleExtractor.json(article, pretty: pretty), as: UTF8.self)
  }

  /// The keys of the outermost object, in the order written.
  private func topLevelKeys(_ json: String) -> [String] {
    var keys: [String] = []
    var depth = 0
    var inString = false
    var escaped = false
    var current = ""
    var lastString = ""
    for character in json {
      if inString {
        if escaped {
          escaped = false
          current.append(character)
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
          lastString = current
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "\"":
        inString = true
        current = ""
      case "{", "[": depth += 1
      case "}", "]": depth -= 1
      case ":" where depth == 1: keys.append(lastString)
      default: break
      }
    }
    return keys
  }

  @Test("a bare fragment: every key present in contract order, null and [] for what is missing, on one line")
  func compactMinimal() throws {
    let article = try ArticleExtractor().extract(html: "<p>hi</p>")
    let expected =
      #"{"schemaVersion":2,"source":{"path":null,"url":null,"canonicalUrl":null,"bytes":9,"encoding":"utf-8","warc":null},"#
      + #""title":null,"description":null,"siteName":null,"language":null,"publishedAt":null,"modifiedAt":null,"#
      + #""byline":null,"heroImage":null,"headings":[],"#
      + #""sections":[{"heading":null,"blocks":[{"type":"paragraph","text":"hi"}],"sections":[]}],"#
      + #""lists":[],"steps":[],"authorBio":null,"related":null,"links":[],"text":"hi","warnings":["no main content found","article text is very short: 1 word; the page shows only 2 characters of text outside scripts"]}"#
    #expect(try json(article, pretty: false) == expected)
  }

  @Test("pretty output: two-space indent, ': ' after keys, empty arrays as []")
  func prettyMinimal() throws {
    let article = try ArticleExtractor().extract(html: "<p>hi</p>")
    let expected = """
      {
        "schemaVersion": 2,
        "source": {
          "path": null,
          "url": null,
          "canonicalUrl": null,
          "bytes": 9,
          "encoding": "utf-8",
          "warc": null
        },
        "title": null,
        "description": null,
        "siteName": null,
        "language": null,
        "publishedAt": null,
        "modifiedAt": null,
        "byline": null,
        "heroImage": null,
        "headings": [],
        "sections": [
          {
            "heading": null,
            "blocks": [
              {
                "type": "paragraph",
                "text": "hi"
              }
            ],
            "sections": []
          }
        ],
        "lists": [],
        "steps": [],
        "authorBio": null,
        "related": null,
        "links": [],
        "text": "hi",
        "warnings": [
          "no main content found",
          "article text is very short: 1 word; the page shows only 2 characters of text outside scripts"
        ]
      }
      """
    #expect(try json(article, pretty: true) == expected)
  }

  @Test("a full article keeps the contract order at the top and inside byline, person, image, list and bio")
  func fullArticleOrder() throws {
    let article = Article(
      source: Source(path: "a.html", url: "https://x.example/a", bytes: 10, encoding: "utf-8"), title: "T",
      byline: Byline(raw: "By Jane Doe, RN", authors: [Person(name: "Jane Doe", credentials: ["RN"])]),
      heroImage: ArticleImage(src: "https://x.example/h.jpg", alt: "A", width: 10, height: 5),
      headings: [Heading(level: 2, text: "H", id: "h")],
      lists: [ArticleList(ordered: true, intro: "I:", items: [ListItem(title: "A", text: "B")])],
      steps: [StepGroup(title: "S", steps: [Step(position: 1, text: "Do")])],
      authorBio: AuthorBio(name: "Jane Doe", bio: "Writes."),
      related: Related(heading: "Also in", posts: [PostCard(title: "P", url: "https://x.example/p")]), text: "B")
    let compact = try json(article, pretty: false)
    #expect(topLevelKeys(compact) == Self.topLevelKeys)
    #expect(
      compact.contains(
        #""byline":{"raw":"By Jane Doe, RN","authors":[{"name":"Jane Doe","credentials":["RN"],"url":null}],"#
          + #""publishedAt":null,"commentCount":null}"#))
    #expect(compact.contains(#""heroImage":{"src":"https://x.example/h.jpg","alt":"A","width":10,"height":5}"#))
    #expect(compact.contains(#""headings":[{"level":2,"text":"H","id":"h"}]"#))
    #expect(
      compact.contains(#""lists":[{"ordered":true,"intro":"I:","items":[{"title":"A","text":"B","lists":[]}]}]"#))
    #expect(compact.contains(#""steps":[{"title":"S","steps":[{"position":1,"text":"Do"}]}]"#))
    #expect(
      compact.contains(
        #""authorBio":{"name":"Jane Doe","credentials":[],"bio":"Writes.","image":null,"url":null,"links":[]}"#))
    #expect(
      compact.contains(
        #""related":{"heading":"Also in","posts":[{"title":"P","url":"https://x.example/p","author":null,"#
          + #""publishedAt":null,"commentCount":null,"excerpt":null,"image":null}]}"#))
  }

  @Test("a real page's pretty and compact outputs hold the same keys in the same order and decode to the article")
  func prettyAndCompactAgree() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="byline">By Jane Doe</div><div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    let article = try TestPage.extract(body)
    let compact = try json(article, pretty: false)
    let pretty = try json(article, pretty: true)
    #expect(!compact.contains("\n"))
    #expect(pretty.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"source\": {\n    \"path\": null,"))
    #expect(topLevelKeys(compact) == Self.topLevelKeys)
    #expect(topLevelKeys(pretty) == Self.topLevelKeys)
    #expect(try JSONDecoder().decode(Article.self, from: Data(compact.utf8)) == article)
    #expect(try JSONDecoder().decode(Article.self, from: Data(pretty.utf8)) == article)
  }

  @Test("strings are escaped for JSON and non-ASCII text is written as UTF-8, not \\u escapes")
  func escaping() throws {
    let article = Article(
      source: Source(bytes: 1, encoding: "utf-8"), title: "He said \"yes\" \\ no / é 日本", text: "a\tb")
    let compact = try json(article, pretty: false)
    #expect(compact.contains(#""title":"He said \"yes\" \\ no / é 日本""#))
    #expect(compact.contains(#""text":"a\tb""#))
  }
}
