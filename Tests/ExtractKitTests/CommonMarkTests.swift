import Foundation
import Testing

@testable import ExtractKit

/// The Markdown read back by a real CommonMark parser (Python's `markdown-it-py`, CommonMark
/// with GFM tables), compared with the article's JSON: the same headings, paragraphs, list
/// items, steps, code and links, and the front matter read back by a YAML parser. `.ci/run`
/// installs both and sets EXTRACT_REQUIRE_VALIDATOR=1, so in CI a missing parser fails.
@Suite("Markdown read back by a CommonMark parser")
struct CommonMarkTests {
  /// What the parser found, as the script below reports it.
  struct Parsed: Decodable {
    var frontMatter: [String: AnyValue]?
    var headings: [[String]]
    var paragraphs: [String]
    var quotes: [String]
    var codes: [[String]]
    var lists: [ParsedList]
    var links: [[String]]
    var tables: [[[String]]]
  }

  struct ParsedList: Decodable {
    var ordered: Bool
    var items: [String]
  }

  /// A front-matter value: a string or a list of strings.
  enum AnyValue: Decodable, Equatable {
    case string(String)
    case strings([String])

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(String.self) {
        self = .string(value)
      } else {
        self = .strings(try container.decode([String].self))
      }
    }
  }

  static let script = #"""
    import json, sys
    from markdown_it import MarkdownIt
    import yaml
    text = sys.stdin.read()
    front = None
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        front = yaml.safe_load(text[4:end])
        front = {key: (str(value) if not isinstance(value, list) else value) for key, value in front.items()}
        text = text[end + 5:]
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    out = {"frontMatter": front, "headings": [], "paragraphs": [], "quotes": [], "codes": [], "lists": [],
           "links": [], "tables": []}
    def inline(token):
        parts, link = [], None
        for child in token.children or []:
            if child.type in ("text", "code_inline"): parts.append(child.content)
            elif child.type == "hardbreak": parts.append("\n")
            elif child.type == "softbreak": parts.append("<SOFTBREAK>")
            elif child.type in ("html_inline",): parts.append("<HTML>")
            if child.type == "link_open": link = (len("".join(parts)), child.attrs["href"])
            if child.type == "link_close" and link:
                out["links"].append(["".join(parts)[link[0]:], link[1]])
                link = None
        return "".join(parts)
    stack, quote, row, table = [], 0, None, None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            stack.append({"ordered": kind == "ordered_list_open", "items": []})
        elif kind in ("bullet_list_close", "ordered_list_close"):
            out["lists"].append(stack.pop())
        elif kind == "list_item_open" and stack:
            stack[-1]["items"].append("")
        elif kind == "blockquote_open": quote += 1
        elif kind == "blockquote_close": quote -= 1
        elif kind == "heading_open":
            out["headings"].append([token.tag[1], inline(tokens[index + 1])])
        elif kind == "fence":
            out["codes"].append([token.info, token.content[:-1] if token.content.endswith("\n") else token.content])
        elif kind == "table_open": table = []
        elif kind == "table_close": out["tables"].append(table); table = None
        elif kind == "tr_open": row = []
        elif kind == "tr_close": table.append(row)
        elif kind == "inline" and row is not None and tokens[index - 1].type in ("th_open", "td_open"):
            row.append(inline(token))
        elif kind == "inline" and tokens[index - 1].type == "paragraph_open":
            value = inline(token)
            if stack and stack[-1]["items"] and stack[-1]["items"][-1] == "":
                stack[-1]["items"][-1] = value
            elif quote: out["quotes"].append(value)
            elif not stack: out["paragraphs"].append(value)
        if kind == "tr_close": row = None
    print(json.dumps(out))
    """#

  static var hasParser: Bool {
    (try? run("python3", ["-c", "import markdown_it, yaml"]).status) == 0
  }

  static func parse(_ markdown: String) throws -> Parsed? {
    guard hasParser else {
      if ProcessInfo.processInfo.environment["EXTRACT_REQUIRE_VALIDATOR"] == "1" {
        Issue.record("python3 with markdown-it-py and PyYAML is required here but missing")
      }
      print("skipped: python3 -m pip install markdown-it-py pyyaml to read the Markdown back")
      return nil
    }
    let result = try run("python3", ["-c", script], stdin: Data(markdown.utf8))
    try #require(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
    return try JSONDecoder().decode(Parsed.self, from: result.stdout)
  }

  /// The article's blocks in document order.
  static func blocks(_ sections: [ArticleSection]) -> [Block] {
    sections.flatMap { $0.blocks + blocks($0.sections) }
  }

  /// The checks every page passes: the parser reads back what the JSON holds.
  static func check(_ article: Article, _ parsed: Parsed, page: String) {
    let blocks = blocks(article.sections)
    // Headings: the title, the body's (level 1 below the title is 2), then the asides'.
    let body = parsed.headings.dropFirst().prefix(article.headings.count)
    #expect(parsed.headings.first == ["1", article.title ?? ""], "\(page): title")
    #expect(
      body.map { $0[1] } == article.headings.map(\.text), "\(page): headings")
    #expect(
      body.map { Int($0[0]) ?? 0 } == article.headings.map { max(2, $0.level) }, "\(page): heading levels")
    // Paragraphs: every paragraph of the JSON, in order, among the parser's (line breaks included).
    var remaining = parsed.paragraphs[...]
    for case .paragraph(let text) in blocks {
      guard let index = remaining.firstIndex(of: text) else {
        Issue.record("\(page): paragraph not read back: \(text.prefix(100))")
        break
      }
      remaining = remaining[(index + 1)...]
    }
    // Quotes, code and tables exactly.
    #expect(
      parsed.quotes == blocks.compactMap { if case .quote(let text) = $0 { return text } else { return nil } },
      "\(page): quotes")
    #expect(
      parsed.codes.map { $0[1] }
        == blocks.compactMap { if case .code(let text) = $0 { return text } else { return nil } },
      "\(page): code")
    #expect(
      parsed.tables
        == blocks.compactMap {
          if case .table(let rows) = $0 {
            return rows.map { $0.map { $0.replacingOccurrences(of: "\n", with: " ") } }
          } else {
            return nil
          }
        }
        .map { rows in rows.map { $0 + Array(repeating: "", count: (rows.map(\.count).max() ?? 0) - $0.count) } },
      "\(page): tables")
    // Steps written as an ordered list: that list is the parser's too, item for item.
    func lists(_ list: ArticleList) -> [ArticleList] { [list] + list.items.flatMap { $0.lists.flatMap(lists) } }
    let ordered = article.lists.flatMap(lists).filter(\.ordered).map { list in
      list.items.map { [$0.title, $0.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") }
    }
    for group in article.steps where ordered.contains(group.steps.map(\.text)) {
      let texts = group.steps.map(\.text)
      #expect(parsed.lists.contains { $0.ordered && $0.items == texts }, "\(page): steps \(group.title ?? "")")
    }
    // Nothing read as raw HTML or a soft break: every line break is one the page has.
    let all = parsed.paragraphs + parsed.quotes + parsed.lists.flatMap(\.items)
    #expect(!all.contains { $0.contains("<HTML>") || $0.contains("<SOFTBREAK>") }, "\(page): stray HTML or line")
    // Front matter.
    #expect(parsed.frontMatter?["title"] == article.title.map(AnyValue.string), "\(page): front matter title")
    #expect(
      parsed.frontMatter?["description"] == article.description.map(AnyValue.string),
      "\(page): front matter description")
  }

  @Test("a page of every block kind reads back block for block, links and all")
  func everyBlockKind() throws {
    let html = TestPage.html(
      """
      <article><h1>Raised Beds: *The* Guide</h1>\(TestPage.paragraphs(2))
      <h2>Wood &amp; <em>soil</em></h2>
      <p>See [1] and <a href="/soil?a=1&amp;b=(2)">the soil *guide*</a>, 5 * 3 = 15, snake_case, &amp;amp;.<br>\
      # not a heading<br>1. not a list</p>
      <blockquote><p>Roses are red,<br>violets blue</p></blockquote>
      <h3>How to fill a bed</h3><p>You will need:</p>
      <ol><li>Lay <strong>cardboard</strong> down.</li><li>Add <a href="https://compost.example/">compost</a>.</li>\
      <li>Water it.</li></ol>
      <pre><code class="language-bash">mkdir -p beds/cedar
      for b in beds/*; do
        echo "$b"  # `fill`
      done
      </code></pre>
      <table><tr><th>Wood</th><th>Years | life</th></tr><tr><td>Cedar</td><td>10<br>or more</td></tr></table>
      <ul><li>Cedar<ul><li>red</li><li><em>white</em></li></ul></li><li>Pine</li></ul>
      \(TestPage.paragraphs(2, from: 2))</article>
      """, head: "<meta name=\"description\" content=\"Beds: \\\"how\\\" # to\">")
    let article = try ArticleExtractor().extract(
      html: html, options: ExtractOptions(url: "https://garden.example/beds", markdown: true))
    guard let parsed = try Self.parse(MarkdownRenderer.render(article)) else { return }
    Self.check(article, parsed, page: "inline page")
    #expect(parsed.links.map { $0[1] } == article.links.map(\.url))
    #expect(parsed.links.map { $0[0] } == ["the soil *guide*", "compost"])
    #expect(!article.steps.isEmpty)
    #expect(parsed.lists.contains { !$0.ordered && $0.items == ["red", "white"] })
  }

  @Test(
    "the sample and every fixture read back: headings, paragraphs, code, tables, steps, front matter",
    arguments: GoldenTests.pages)
  func goldenPages(path: String) throws {
    let article = try ArticleExtractor().extract(
      html: Data(contentsOf: URL(fileURLWithPath: path)), options: ExtractOptions(markdown: true))
    guard let parsed = try Self.parse(MarkdownRenderer.render(article)) else { return }
    Self.check(article, parsed, page: URL(fileURLWithPath: path).lastPathComponent)
  }
}
