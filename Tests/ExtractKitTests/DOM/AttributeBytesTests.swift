import Testing

@testable import ExtractKit

/// The locator's attribute tests on bytes answer as the String tests they stand for.
@Suite("Attribute bytes: the same answers as the attribute's String")
struct AttributeBytesTests {
  private let values = [
    "main", "MAIN", "Main ", "mainx", "ma\u{130}n", "articleBody", "ARTICLEBODY", "article-body", "", "true", "True",
    "#", "#top", "#\u{301}x", "x#", "JavaScript:void(0)", "javascript:", "javascript:\u{301}", "javascri\u{130}pt:",
    "javascript", "\u{212A}true", "navigation", "Navigation", "complementary", "bann\u{E9}r", "menu bar",
  ]

  /// One `<p>` per value, the value in each attribute the tests read, handed to `body` while
  /// their document lives (a node does not keep it alive).
  private func withElements(_ body: ([Node]) throws -> Void) throws {
    let html = values.map { value in
      let escaped = value.replacingOccurrences(of: "\"", with: "&quot;")
      return #"<p itemprop="\#(escaped)" role="\#(escaped)" aria-hidden="\#(escaped)" href="\#(escaped)">x</p>"#
    }.joined()
    let tree = try HTMLParser.tree(bytes: Array("<body>\(html)</body>".utf8), encoding: "UTF-8", maximumElements: .max)
    try withExtendedLifetime(tree) {
      let paragraphs = tree.nodes.filter { $0.tag == "p" }
      try #require(paragraphs.count == values.count)
      try body(paragraphs)
    }
  }

  @Test("An attribute that lower-cases to a word, by bytes")
  func lowerCasesTo() throws {
    try withElements { nodes in
      for node in nodes {
        #expect(node.attribute("role", lowerCasesTo: "main") == (node.attribute("role")?.lowercased() == "main"))
        #expect(
          node.attribute("itemprop", lowerCasesTo: "articlebody")
            == (node.attribute("itemprop")?.lowercased() == "articlebody"))
        #expect(
          node.attribute("aria-hidden", lowerCasesTo: "true")
            == (node.attribute("aria-hidden")?.lowercased() == "true"))
        #expect(!node.attribute("title", lowerCasesTo: "main"))
      }
    }
  }

  @Test("An attribute that lower-cases to one of a set of words, by bytes")
  func lowerCaseWords() throws {
    let words = LowerCaseWords(Evidence.chromeRoles)
    try withElements { nodes in
      for node in nodes {
        let role = try #require(node.attributeBytes("role"))
        let expected = node.attribute("role").map { Evidence.chromeRoles.contains($0.lowercased()) } ?? false
        #expect(words.contains(lowerCasing: role) == expected)
      }
    }
  }

  @Test("An attribute's opening, by bytes, a combining mark after it left to the String")
  func opensWith() throws {
    try withElements { nodes in
      for node in nodes {
        #expect(
          node.attribute(opensWith: "href", UInt8(ascii: "#")) == (node.attribute("href")?.hasPrefix("#") == true))
        #expect(
          node.attribute("href", lowerCasedOpensWith: "javascript:")
            == (node.attribute("href")?.lowercased().hasPrefix("javascript:") == true))
      }
    }
  }
}
