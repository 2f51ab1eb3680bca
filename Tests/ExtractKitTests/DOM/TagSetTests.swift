import Testing

@testable import ExtractKit

@Suite("Tag numbers")
struct TagSetTests {
  @Test("each literal tag number is the number TagNames gives the name")
  func literalsMatchTagNames() {
    let literals: [(String, UInt8)] = [
      ("#document", TagID.document), ("a", TagID.a), ("article", TagID.article), ("blockquote", TagID.blockquote),
      ("body", TagID.body), ("button", TagID.button), ("center", TagID.center), ("dd", TagID.dd),
      ("div", TagID.div), ("font", TagID.font), ("form", TagID.form), ("li", TagID.li), ("main", TagID.main),
      ("ol", TagID.ol), ("p", TagID.p), ("pre", TagID.pre), ("section", TagID.section), ("span", TagID.span),
      ("td", TagID.td), ("ul", TagID.ul), ("aside", TagID.aside), ("br", TagID.br), ("embed", TagID.embed),
      ("figure", TagID.figure), ("h1", TagID.h1), ("h2", TagID.h2), ("h3", TagID.h3), ("h4", TagID.h4),
      ("h5", TagID.h5), ("h6", TagID.h6), ("html", TagID.html), ("img", TagID.img), ("nav", TagID.nav),
      ("object", TagID.object), ("abbr", TagID.abbr), ("i", TagID.i), ("link", TagID.link), ("meta", TagID.meta),
      ("script", TagID.script), ("time", TagID.time),
    ]
    for (name, id) in literals {
      #expect(TagNames.id(name) == id, "\(name)")
    }
  }

  @Test("a parsed element carries its name's tag number")
  func parsedElementCarriesNumber() throws {
    let page = try Prepare.page(
      bytes: Array("<html><body><p>x</p><div>y</div></body></html>".utf8), options: ExtractOptions())
    let paragraph = try #require(page.tree.nodes.first { $0.tag == "p" })
    let division = try #require(page.tree.nodes.first { $0.tag == "div" })
    #expect(paragraph.tagID == TagID.p)
    #expect(division.tagID == TagID.div)
  }
}
