import Testing

@testable import ExtractKit

/// The tree `HTMLParser` builds from libxml2's SAX events: what is kept, merged, split and left out.
@Suite("Parser: the tree built from SAX events")
struct ParserTests {
  private func tree(_ html: String, maximumElements: Int = .max) throws -> Tree {
    try HTMLParser.tree(bytes: Array(html.utf8), encoding: "UTF-8", maximumElements: maximumElements)
  }

  private func first(_ tag: String, in tree: Tree) throws -> Node {
    try #require(tree.nodes.first { $0.tag == tag })
  }

  /// Children as tags, and text nodes as their text in quotes.
  private func shape(_ node: Node) -> [String] {
    node.children.map { $0.isElement ? $0.tag : "\"\($0.text)\"" }
  }

  @Test("text callbacks and entities make one text node; a comment between texts keeps two")
  func textMergedAndSplit() throws {
    let tree = try tree("<html><body><p>a &amp; b<!-- note -->c</p></body></html>")
    #expect(shape(try first("p", in: tree)) == ["\"a & b\"", "\"c\""])
  }

  @Test("valid UTF-8, parsed without naming an encoding, reads as UTF-8 whatever a <meta> says")
  func validUTF8ReadsAsUTF8() throws {
    let tree = try tree(
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Grüße – 東京</p><p title=\"é\">x</p></body></html>")
    let paragraphs = tree.nodes.filter { $0.tag == "p" }
    #expect(shape(paragraphs[0]) == ["\"Grüße – 東京\""])
    #expect(paragraphs[1].attribute("title") == "é")
  }

  @Test(
    "references to no character (surrogates, past U+10FFFF) are dropped: a valid UTF-8 page's texts stay valid unchecked"
  )
  func invalidReferencesDropped() throws {
    let tree = try tree(
      "<body><p title=\"a&#xD800;b\" lang=\"x&#x110000;y\">c&#xD800;d&#x110000;e &#x1F600; 😀 é</p></body>")
    let paragraph = try first("p", in: tree)
    #expect(shape(paragraph) == ["\"cde 😀 😀 é\""])
    // A dropped reference in a value ends it, as libxml2 writes a NUL there.
    #expect(paragraph.attribute("title") == "a")
    #expect(paragraph.attribute("lang") == "x")
    #expect(UTF8Check.isValid(UnsafeBufferPointer(tree.document.bytes)))
  }

  @Test("bytes that are not UTF-8, parsed as UTF-8 by name, come out as valid UTF-8")
  func invalidBytesRepaired() throws {
    let bytes = Array("<body><p title=\"t\u{E9}\">caf".utf8) + [0xE9, 0x20, 0xFF] + Array("x</p></body>".utf8)
    let tree = try HTMLParser.tree(bytes: bytes, encoding: "UTF-8", maximumElements: .max)
    #expect(UTF8Check.isValid(UnsafeBufferPointer(tree.document.bytes)))
  }

  @Test("an attribute's bytes in place are its value's bytes; none for a missing attribute or a text node")
  func attributeBytes() throws {
    let tree = try tree("<body><p style=\"Display: None\" hidden>x</p></body>")
    let paragraph = try first("p", in: tree)
    #expect(paragraph.attributeBytes("style").map { Array($0) } == Array("Display: None".utf8))
    #expect(paragraph.attributeBytes("hidden").map { Array($0) } == [])
    #expect(paragraph.attributeBytes("class") == nil)
    #expect(paragraph.children[0].attributeBytes("style") == nil)
  }

  @Test("whitespace between blocks is left out; between inline elements it stays")
  func layoutWhitespace() throws {
    let tree = try tree("<body><div>\n  <p>x</p>\n  <p><b>a</b> <i>b</i></p>\n</div></body>")
    #expect(shape(try first("div", in: tree)) == ["p", "p"])
    #expect(shape(tree.nodes.filter { $0.tag == "p" }[1]) == ["b", "\" \"", "i"])
  }

  @Test("whitespace inside <pre> stays")
  func preWhitespace() throws {
    let tree = try tree("<body><div><pre>x</pre> <pre> </pre></div></body>")
    #expect(shape(tree.nodes.filter { $0.tag == "pre" }[1]) == ["\" \""])
  }

  @Test("styles, templates and scripts other than JSON-LD are left out; JSON-LD keeps only its type")
  func leftOut() throws {
    let tree = try tree(
      """
      <head><style>p{}</style><script>var x = 1;</script>\
      <script type="application/ld+json" id="meta">{"@type":"Article"}</script></head>\
      <body><template><p>t</p></template><p>kept</p></body>
      """)
    #expect(!tree.nodes.contains { $0.tag == "style" || $0.tag == "template" })
    let scripts = tree.nodes.filter { $0.tag == "script" }
    #expect(scripts.count == 1)
    #expect(scripts.first?.attributes.map(\.name) == ["type"])
    // Its text is kept beside the tree, not in it.
    #expect(scripts.first?.children.isEmpty == true)
    #expect(tree.jsonLDScripts == ["{\"@type\":\"Article\"}"])
    #expect(tree.nodes.filter { $0.tag == "p" }.map(Page.rawText) == ["kept"])
  }

  @Test("attributes keep source order; a value-less attribute reads as empty")
  func attributes() throws {
    let tree = try tree("<body><div id=\"a\" class=\"b c\" hidden>x</div></body>")
    let div = try first("div", in: tree)
    #expect(div.attributes.map(\.name) == ["id", "class", "hidden"])
    #expect(div.attribute("hidden") == "")
    #expect(div.tagID == TagNames.id("div"))
  }

  @Test("text lengths and link text lengths add up the tree")
  func lengths() throws {
    let tree = try tree("<body><p>Hello  <a href=\"/x\">big world</a></p><title>not counted</title></body>")
    let p = try first("p", in: tree)
    #expect(p.textLength == 14)  // per text node, trailing whitespace not counted: 5 + 9
    #expect(p.linkTextLength == 9)
  }

  @Test("more elements than allowed stop the parse with too-complex")
  func elementBudget() {
    #expect(throws: ExtractError.tooComplex(elements: 4, limit: 3)) {
      try tree("<html><body><div><p>a</p><p>b</p></div></body></html>", maximumElements: 3)
    }
  }

  @Test("nesting deeper than the limit is flattened onto the ancestor at the limit")
  func depthFlattened() throws {
    let depth = HTMLDocument.maximumDepth + 100
    let html = "<body>" + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
    let tree = try tree(html)
    var deepest = 0
    for node in tree.nodes {
      var levels = 0
      var current = node.parent
      while let parent = current {
        levels += 1
        current = parent.parent
      }
      deepest = max(deepest, levels)
    }
    #expect(deepest <= HTMLDocument.maximumDepth + 1)
    #expect(tree.nodes.contains { $0.kind == .text && $0.text == "deep" })
  }

  /// A paragraph of visible text longer than `Thresholds.minimumFallbackChars`.
  private let story =
    "<p>The river rose three metres overnight and the old bridge, closed since spring, finally gave way "
    + "before dawn while the town slept and the fire brigade watched from the bank.</p>"

  @Test("<noscript><div></noscript>: the ignored end tag swallows the page, which is read again with noscript kept")
  func noscriptOpeningDivSwallowsPage() throws {
    let tree = try tree(
      "<html><body><noscript><div id=\"nojs\"></noscript><div id=\"main\">\(story)</div>"
        + "<noscript></div></noscript></body></html>")
    #expect(tree.keptFallbacks)
    #expect(tree.nodes.contains { $0.kind == .text && $0.text.hasPrefix("The river rose") })
  }

  @Test("an article served only inside <noscript> is kept; a short noscript notice beside an article is not")
  func noscriptFallbackArticle() throws {
    let scripted = try tree("<html><body><div id=\"app\"></div><noscript>\(story)</noscript></body></html>")
    #expect(scripted.keptFallbacks)
    #expect(scripted.nodes.contains { $0.tag == "noscript" })
    let notice = try tree(
      "<html><body>\(story)<noscript><p>Please enable JavaScript to see the comments.</p></noscript></body></html>")
    #expect(!notice.keptFallbacks)
    #expect(!notice.nodes.contains { $0.tag == "noscript" })
  }

  @Test("the prescan finds <noscript>/<template> start tags; a page without them is parsed once, its bytes freed first")
  func prescanFindsFallbackElements() throws {
    let scripted = "<html><body><div id=\"app\"></div><NOSCRIPT>\(story)</NOSCRIPT></body></html>"
    #expect(try PreScan.check(Array(scripted.utf8), encoding: "UTF-8", maximumElements: 1000))
    #expect(try PreScan.check(Array("<template><p>x</p></template>".utf8), encoding: "UTF-8", maximumElements: 1000))
    #expect(
      try !PreScan.check(
        Array("<p>noscript</p><script>'<noscript>'</script>".utf8), encoding: "UTF-8", maximumElements: 1000))
    // Told there is no fallback element, the parser does not keep the page for a second parse.
    let once = try HTMLParser.tree(
      bytes: Array(scripted.utf8), encoding: "UTF-8", maximumElements: 1000, mayHoldFallbacks: false)
    #expect(!once.keptFallbacks)
    // Through the whole pipeline the prescan's answer reaches the parser.
    let article = try ArticleExtractor().extract(html: scripted)
    #expect(article.text.hasPrefix("The river rose"))
    #expect(article.warnings.contains(Prepare.fallbackWarning))
  }

  @Test("a <noscript> saved as escaped markup (&lt;img …&gt;, its direct text) is not read as a fallback")
  func noscriptEscapedMarkupIgnored() throws {
    let pixel =
      "&lt;div style=\"position:absolute\"&gt;&lt;img width=1 height=1 alt=\"\" src=\"/pixel?id=12345\"&gt;&lt;/div&gt;"
    let tree = try tree(
      "<html><body><p>A short story.</p>" + String(repeating: "<noscript>\(pixel)</noscript>", count: 4)
        + "</body></html>")
    #expect(!tree.keptFallbacks)
  }

  @Test("every known tag number fits below the parent-closes marker, and no name repeats")
  func tagNumbers() {
    #expect(TagNames.all.count < Int(HTMLParser.closingTag))
    #expect(Set(TagNames.all).count == TagNames.all.count)
  }
}
