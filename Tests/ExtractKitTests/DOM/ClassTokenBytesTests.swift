import Testing

@testable import ExtractKit

/// `Node.hasClassTokenByBytes` (the bio box's byte pre-filter) answers as `hasClassToken` does.
@Suite("Class tokens by bytes: the same answers as the String test")
struct ClassTokenBytesTests {
  private let values = [
    "AuthorNAME", "user-Name", "nameless", "name", "NAME", "author_name", "author-box", "authorname", "na me", "",
    "n\u{E4}me", "名前 name", "\u{130}name", "Autor-Name", "byline author", "AUTHOR", "x-author-x", "author\u{301}",
  ]

  /// One `<div>` per pair of values (`class` and `id` both set, the `id` the next value), handed to
  /// `body` while their document lives.
  private func withElements(_ body: ([Node]) throws -> Void) throws {
    func escaped(_ value: String) -> String { value.replacingOccurrences(of: "\"", with: "&quot;") }
    let classOnly = values.map { #"<div class="\#(escaped($0))">x</div>"# }
    let idOnly = values.map { #"<div id="\#(escaped($0))">x</div>"# }
    let both = values.indices.map { index in
      #"<div class="\#(escaped(values[index]))" id="\#(escaped(values[(index + 1) % values.count]))">x</div>"#
    }
    let html = (classOnly + idOnly + both).joined()
    let tree = try HTMLParser.tree(bytes: Array("<body>\(html)</body>".utf8), encoding: "UTF-8", maximumElements: .max)
    try withExtendedLifetime(tree) {
      let divs = tree.nodes.filter { $0.tag == "div" }
      try #require(divs.count == values.count * 3)
      try body(divs)
    }
  }

  @Test("Mixed case, joined words, longer words, non-ASCII values, class and id together")
  func sameAsStrings() throws {
    try withElements { nodes in
      for node in nodes {
        let described = "class=\(node.attribute("class") ?? "-") id=\(node.attribute("id") ?? "-")"
        #expect(node.hasClassTokenByBytes("name") == node.hasClassToken("name"), "\(described)")
        #expect(node.hasClassTokenByBytes("author") == node.hasClassToken("author"), "\(described)")
      }
    }
  }

  @Test("A token in the id alone or the class alone is found; a longer word is not the token")
  func exactAnswers() throws {
    let html = """
      <div id="t1" class="user-Name">x</div><div id="t2" class="nameless">x</div>\
      <div id="name" class="box">x</div><div id="t4" class="NAME">x</div>
      """
    let tree = try HTMLParser.tree(bytes: Array("<body>\(html)</body>".utf8), encoding: "UTF-8", maximumElements: .max)
    try withExtendedLifetime(tree) {
      let divs = tree.nodes.filter { $0.tag == "div" }
      try #require(divs.count == 4)
      #expect(divs.map { $0.hasClassTokenByBytes("name") } == [true, false, true, true])
    }
  }
}
