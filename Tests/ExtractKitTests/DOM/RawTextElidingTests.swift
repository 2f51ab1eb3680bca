import Foundation
import Testing

@testable import ExtractKit

/// The text of scripts and styles is removed before libxml2 reads the page (`RawTextEliding`):
/// exactly what the parser would drop, so the tree is the one the whole page gives.
@Suite("RawTextEliding: script and style text removed before the parse")
struct RawTextElidingTests {
  /// The page after the pass.
  private func elided(_ html: String) -> String {
    var bytes = Array(html.utf8)
    _ = RawTextEliding.elide(&bytes, recording: false)
    return String(decoding: bytes, as: UTF8.self)
  }

  private func tree(_ bytes: [UInt8], eliding: Bool) throws -> Tree {
    try HTMLParser.tree(bytes: bytes, encoding: "UTF-8", maximumElements: 100_000, elidingRawText: eliding)
  }

  /// Every node in order: elements with their attributes, texts in quotes, whether the
  /// fallbacks were kept. The values of `UnreadAttributes` are left out (the pass empties them).
  private func shape(_ tree: Tree) -> String {
    var out = tree.keptFallbacks ? "kept " : ""
    func visit(_ node: Node) {
      if node.isElement {
        out += "<\(node.tag)" + node.attributes.map { " \($0.name)=\(unread($0.name) ? "" : $0.value)" }.joined() + ">"
        for child in node.children { visit(child) }
        out += "</\(node.tag)>"
      } else {
        out += "\"\(node.text)\""
      }
    }
    for child in tree.root.children { visit(child) }
    return out
  }

  private func unread(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    return bytes.withUnsafeBufferPointer {
      UnreadAttributes.isUnread(
        $0.baseAddress!, from: 0, length: bytes.count, readData: UnreadAttributes.readDataBytes)
    }
  }

  /// The tree of the page with the pass, and the tree of the page as it was.
  private func shapes(_ bytes: [UInt8]) throws -> (elided: String, whole: String) {
    (try shape(tree(bytes, eliding: true)), try shape(tree(bytes, eliding: false)))
  }

  @Test("a script's text goes, whatever it holds: end-tag pieces in strings, comments, other end tags")
  func scriptTextRemoved() {
    #expect(elided("<script>var a = \"</scr\" + \"ipt>\"; if (a<b) {}</script><p>x</p>") == "<script></script><p>x</p>")
    #expect(
      elided("<div><script><!-- document.write(\"</div>\") --></script></div>") == "<div><script></script></div>")
    #expect(elided("<script>x</SCRIPT ><p>y</p>") == "<script></SCRIPT ><p>y</p>")
    #expect(elided("<style>p{}</STYLE><p>x</p>") == "<style></STYLE><p>x</p>")
    #expect(elided("<svg><script>x</script><style>y</style></svg>") == "<svg><script></script><style></style></svg>")
    #expect(
      elided("<script src=\"a.js\"/><p>x</p><script>y</script>") == "<script src=\"a.js\"/><p>x</p><script></script>")
  }

  @Test("a template script's markup is text: it goes")
  func templateScript() {
    #expect(
      elided("<script type=\"text/template\"><div class=\"card\">{{x}}</div></script><p>y</p>")
        == "<script type=\"text/template\"></script><p>y</p>")
  }

  @Test("a script left open runs to the end of the page, and its text goes with it")
  func unclosedScript() {
    #expect(elided("<p>a</p><script>var x = \"<p>\"") == "<p>a</p><script>")
  }

  @Test("a script whose tag may say JSON-LD keeps its text: json in any case, an entity, a non-ASCII byte")
  func jsonLDKept() {
    let page = "<script type=\"application/ld+json\">{\"a\":1}</script><script>x</script>"
    #expect(elided(page) == "<script type=\"application/ld+json\">{\"a\":1}</script><script></script>")
    #expect(elided("<script type='LD+JSON'>{}</script>") == "<script type='LD+JSON'>{}</script>")
    #expect(elided("<script type=\"ld&#43;json\">{}</script>") == "<script type=\"ld&#43;json\">{}</script>")
    #expect(elided("<script title=\"é\">x</script>") == "<script title=\"é\">x</script>")
  }

  @Test("tags are read as libxml2 reads them: a quote opens a value only after name=")
  func tagsAsLibXML2ReadsThem() {
    #expect(
      elided("<a title=\"<script>x</script>\">t</a><script>y</script>")
        == "<a title=\"<script>x</script>\">t</a><script></script>")
    // libxml2 ends this tag at the first ">": the script after it is a real one.
    #expect(elided("<a @click=\"a>b\" <script>s</script>") == "<a @click=\"a>b\" <script></script>")
    #expect(elided("<!-- <script>x</script> --><script>y</script>") == "<!-- <script>x</script> --><script></script>")
    #expect(elided("<!-- a --!><script>y</script>") == "<!-- a --!><script></script>")
    #expect(
      elided("<?xml version=\"1.0\"?><!DOCTYPE html><script>y</script>")
        == "<?xml version=\"1.0\"?><!DOCTYPE html><script></script>")
  }

  @Test("where the page leaves common ground, the pass stops and leaves the rest as it was")
  func stopsWhenUnsure() {
    let endTagLookalike = "<style>a</style><script>b</scripts>c</script><style>d</style>"
    #expect(elided(endTagLookalike) == "<style></style><script>b</scripts>c</script><style>d</style>")
    let unterminated = "<style>a</style><!-- <script>x</script>"
    #expect(elided(unterminated) == "<style></style><!-- <script>x</script>")
    // A <noscript> where a script's text begins closes the script (libxml2's auto-close).
    let closed = "<script><noscript>x</noscript></script><style>a</style>"
    #expect(elided(closed) == closed)
    let closedStyle = "<style><body.x>y</style><style>a</style>"
    #expect(elided(closedStyle) == closedStyle)
  }

  @Test("the tree is the one the whole page gives: head, svg, odd endings, an unclosed script")
  func sameTree() throws {
    let pages = [
      "<html><head><title>t</title><script>var a = '</div>';</script><style>p{}</style></head><body><p>x</p></body></html>",
      "<body><svg><script>x</script><style>y</style><text>t</text></svg><p>a<script>b</SCRIPT >c</p></body>",
      "<body><p>a</p><script type=\"application/ld+json\">{\"@type\":\"Article\"}</script><script>var x = \"<p>\"",
      "<body><div><script>if (a < b && c > d) document.write('<p>no</p>')</script>kept</div></body>",
    ]
    for page in pages {
      let (elided, whole) = try shapes(Array(page.utf8))
      #expect(elided == whole, "\(page)")
    }
  }

  @Test("a tag or attribute name of 100 bytes stops the pass: libxml2 cuts it there and reads the rest another way")
  func longNameStopsPass() throws {
    let name = String(repeating: "x", count: 100)
    let page =
      "<a \(name)1=\"x>hi<script>var q = \"a\">\"; s = '<style>';</script><p>KEEP</p><style>y{}</style><p>end</p>"
    #expect(self.elided(page) == page)
    let (elided, whole) = try shapes(Array(page.utf8))
    #expect(whole.contains("KEEP") && whole.contains("end"))
    #expect(elided == whole)
    let tagName = "<\(name) b=\"x><script>s = '<style>';</script><p>KEEP</p><style>y{}</style>"
    #expect(self.elided(tagName) == tagName)
    let shorter = "<a \(name.dropLast())=\"x\"><script>s = 1;</script><p>kept</p>"
    #expect(self.elided(shorter) == "<a \(name.dropLast())=\"x\"><script></script><p>kept</p>")
  }

  @Test("a script inside a <noscript> whose end tag libxml2 ignores still counts toward keeping the fallback")
  func fallbackDecisionKept() throws {
    let script = String(repeating: "var value = 1; ", count: 20)
    let page = "<html><body><p>short</p><noscript><div></noscript><script>\(script)</script></body></html>"
    let (elided, whole) = try shapes(Array(page.utf8))
    #expect(whole.hasPrefix("kept "))
    #expect(elided == whole)
    let notice =
      "<html><body><p>\(script)</p><noscript><div><style>p{}</style>Enable it.</div></noscript></body></html>"
    let (elidedNotice, wholeNotice) = try shapes(Array(notice.utf8))
    #expect(!wholeNotice.hasPrefix("kept "))
    #expect(elidedNotice == wholeNotice)
  }

  @Test("pages in windows-1252 and Shift-JIS are read as UTF-8 after conversion: their script text goes too")
  func convertedEncodings() throws {
    let latin =
      "<html><head><meta charset=\"windows-1252\"><script>var s = \"café\";</script></head>"
      + "<body><p>Café crème</p></body></html>"
    let japanese =
      "<html><head><meta charset=\"shift_jis\"><script>var s = \"表示\";</script></head>"
      + "<body><p>日本語の本文です。</p></body></html>"
    for (page, encoding) in [(latin, String.Encoding.windowsCP1252), (japanese, .shiftJIS)] {
      let bytes = try #require(page.data(using: encoding)).map { $0 }
      let decision = EncodingSniffer.decide(bytes, override: nil)
      #expect(decision.parseAs == "UTF-8")
      var shortened = decision.bytes
      _ = RawTextEliding.elide(&shortened, recording: false)
      #expect(String(decoding: shortened, as: UTF8.self).contains("<script></script>"))
      let (elided, whole) = try shapes(decision.bytes)
      #expect(elided == whole)
      #expect(whole.contains(encoding == .shiftJIS ? "日本語の本文です。" : "Café crème"))
    }
  }

  @Test("random tag soup: the tree with the pass is the tree without it")
  func randomTagSoup() throws {
    let pieces = [
      "<p>", "</p>", "<div class=\"a\">", "</div>", "text ", "&amp;", "<b>", "</b>", "<script>", "</script>",
      "<SCRIPT type=\"text/javascript\">", "</SCRIPT >", "<style>", "</style>", "<script type=\"application/ld+json\">",
      "{\"@type\":\"Article\"}", "var a = '</scr' + 'ipt>';", "<!--", "-->", "--!>", "<!-- c -->", "</div x>",
      "<noscript>", "</noscript>", "<template>", "</template>", "<a href=\"x>y\">", "<a @click=\"a>b\">", "</a>",
      "<a b=x\"y>", "<img src=a/>", "<script/>", "<script src=/a/>", "\"", "'", "=", ">", "<", "</", "<?pi x?>",
      "<? x", "<!DOCTYPE html>", "<!x>", "</scripts>", "</stylex>", "\u{01}", "\u{0C}", "\n", "</_a>", "<head>",
      "<body>", "<body.x>", "<frameset>", "<svg>", "</svg>", "<textarea>", "</textarea>", "<title>", "</title>", "ünï ",
      "<object>", "<path d=\"M0 0\"/>", "<a onclick=\"f('>')\" href='/x'>", "<img data-src=\"a\" data-x='b\"c'>",
      "<a ONCLICK=\"x\" D='y' Data-Src=\"z\">", " onclick=\"t\" ", "<a b=x\"y onclick=\"z\">", "<i on=\"k\" o='l' d>",
      String(repeating: "x ", count: 90),
      "<a \(String(repeating: "n", count: 100))1=\"x>", "<\(String(repeating: "t", count: 99))9 b=\"x>",
      "<i \(String(repeating: "n", count: 99))=\"y>", "<a\u{0C}b=\"x>",
    ]
    var generator = SplitMix(seed: 14)
    var shortened = 0
    for _ in 0..<4000 {
      var page = ""
      for _ in 0..<Int(generator.next() % 40 + 1) { page += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let (elided, whole) = try shapes(Array(page.utf8))
      #expect(elided == whole, "\(page)")
      if self.elided(page).utf8.count < page.utf8.count { shortened += 1 }
    }
    // The pages test the pass only where it removes something.
    #expect(shortened > 800)
  }
}

/// `PreScan.checkEliding` reads the page once for both passes: its answer must be theirs.
@Suite("PreScan.checkEliding: the cost check and the removal in one pass")
struct JointPassTests {
  /// What the two passes answer one after the other, and what the joint pass answers: the
  /// fallback flag, the removed texts as recorded, and the shortened page; or the error.
  private func answers(_ html: String, limit: Int = 100_000) -> (separate: String, joint: String) {
    func describe(_ fallbacks: Bool, _ removed: RawTextEliding.Removed, _ page: [UInt8]) -> String {
      "\(fallbacks) \(removed.starts) \(removed.offsets) \(removed.lengths) "
        + "[\(String(decoding: removed.bytes, as: UTF8.self))] \(String(decoding: page, as: UTF8.self))"
    }
    var separate = Array(html.utf8)
    var joint = separate
    let separateAnswer: String
    do {
      let fallbacks = try PreScan.check(separate, encoding: "UTF-8", maximumElements: limit)
      let removed = RawTextEliding.elide(&separate, recording: fallbacks)
      separateAnswer = describe(fallbacks, removed, separate)
    } catch {
      separateAnswer = "\(error)"
    }
    let jointAnswer: String
    do {
      let (fallbacks, removed) = try PreScan.checkEliding(&joint, maximumElements: limit)
      jointAnswer = describe(fallbacks, removed, joint)
    } catch {
      jointAnswer = "\(error)"
    }
    return (separateAnswer, jointAnswer)
  }

  /// The shortened page and the fallback flag of the joint pass, checked against the two passes.
  private func joint(_ html: String) throws -> (page: String, fallbacks: Bool) {
    let (separate, joint) = answers(html)
    #expect(separate == joint, "\(html)")
    var bytes = Array(html.utf8)
    let (fallbacks, _) = try PreScan.checkEliding(&bytes, maximumElements: 100_000)
    return (String(decoding: bytes, as: UTF8.self), fallbacks)
  }

  @Test("ordinary markup is read once to its end: quoted, unquoted and bare attributes, comments, doctype")
  func ordinaryMarkupReadOnce() throws {
    let page =
      "<?xml version=\"1.0\"?><!DOCTYPE html><html lang=en><head><meta charset=\"utf-8\"/>"
      + "<style media='all'>p > a {}</style><script src=/a/b.js?x=1 async></script></head>"
      + "<body><!-- nav --><div class=\"a b\" data-x = 'y'><p>t<br/><img src=\"i.png\" alt=\"\"></div>"
      + "<SCRIPT type=\"text/javascript\">if (a < b) {}</SCRIPT ></body></html>"
    #expect(PreScan.jointReadingStops(Array(page.utf8)) == nil)
    let (shortened, fallbacks) = try joint(page)
    #expect(!fallbacks)
    #expect(shortened.contains("<style media='all'></style><script src=/a/b.js?x=1 async></script>"))
    #expect(shortened.contains("<SCRIPT type=\"text/javascript\"></SCRIPT >"))
  }

  @Test("a comment holding <script is skipped whole; <!--> and --!> comments hand the page over")
  func commentHoldingScript() throws {
    let page = "<!-- <script>x</script> --><script>y</script><p>z</p>"
    #expect(PreScan.jointReadingStops(Array(page.utf8)) == nil)
    #expect(try joint(page).page == "<!-- <script>x</script> --><script></script><p>z</p>")
    // `PreScan` ends a comment at `<!-->`, libxml2 does not: handed over at the comment.
    let short = "<p>a</p><!--><script>x</script>--><script>y</script>"
    #expect(PreScan.jointReadingStops(Array(short.utf8)) == 8)
    #expect(try joint(short).page == "<p>a</p><!--><script>x</script>--><script></script>")
    let bang = "<!-- a --!><script>y</script>"
    #expect(PreScan.jointReadingStops(Array(bang.utf8)) == 0)
    #expect(try joint(bang).page == "<!-- a --!><script></script>")
  }

  @Test("an unclosed script is handed over at its tag, and its text goes to the page's end")
  func unclosedRawText() throws {
    let page = "<p>a</p><script>var x = \"<p>\""
    #expect(PreScan.jointReadingStops(Array(page.utf8)) == 8)
    #expect(try joint(page).page == "<p>a</p><script>")
    let style = "<style>p{}</style><style>q{"
    #expect(try joint(style).page == "<style></style><style>")
  }

  @Test("a noscript inside a template counts as a fallback, and the removed texts are then recorded")
  func noscriptInsideTemplate() throws {
    let page = "<script>a()</script><template><div><noscript><p>x</p></noscript></div></template><p>y</p>"
    #expect(PreScan.jointReadingStops(Array(page.utf8)) == nil)
    let (shortened, fallbacks) = try joint(page)
    #expect(fallbacks)
    #expect(shortened == "<script></script><template><div><noscript><p>x</p></noscript></div></template><p>y</p>")
    var bytes = Array(page.utf8)
    let (_, removed) = try PreScan.checkEliding(&bytes, maximumElements: 1000)
    #expect(removed.starts == [7] && removed.offsets == [8] && removed.lengths == [3])
    #expect(removed.bytes == Array("a()".utf8))
    #expect(removed.restored(bytes) == Array(page.utf8))
    // A noscript in a script's text is no element.
    #expect(try !joint("<script>'<noscript>'</script><p>x</p>").fallbacks)
  }

  @Test("upper-case tags and end tags are read as lower-case ones")
  func upperCaseTags() throws {
    let page = "<HTML><BODY><NOSCRIPT>n</NOSCRIPT><STYLE>p{}</Style><P CLASS=X>t</P></BODY></HTML>"
    #expect(PreScan.jointReadingStops(Array(page.utf8)) == nil)
    let (shortened, fallbacks) = try joint(page)
    #expect(fallbacks)
    #expect(shortened == "<HTML><BODY><NOSCRIPT>n</NOSCRIPT><STYLE></Style><P CLASS=X>t</P></BODY></HTML>")
  }

  @Test("a > inside a quoted value does not end the tag; where libxml2 ends it early the page is handed over")
  func quotedGreaterThan() throws {
    let page = "<a title=\"<script>x</script>\" data-y='a>b'>t</a><script>y</script>"
    #expect(PreScan.jointReadingStops(Array(page.utf8)) == nil)
    #expect(try joint(page).page == "<a title=\"<script>x</script>\" data-y=''>t</a><script></script>")
    // A value opened by a byte libxml2 does not read as a name: it ends this tag at "a>".
    let odd = "<p>x</p><a @click=\"a>b\" <script>s</script>"
    #expect(PreScan.jointReadingStops(Array(odd.utf8)) == 8)
    #expect(try joint(odd).page == "<p>x</p><a @click=\"a>b\" <script></script>")
  }

  @Test("the limit on elements throws the same error from either reading")
  func sameError() {
    let page = String(repeating: "<div>", count: 30) + "<script>x</script>"
    let (separate, joint) = answers(page, limit: 20)
    #expect(separate == joint)
    #expect(joint.contains("20"))
  }

  @Test("random tag soup: the joint pass answers what the two passes answer")
  func randomTagSoup() {
    let pieces = [
      "<p>", "</p>", "<div class=\"a\">", "</div>", "text ", "&amp;", "<b>", "</b>", "<script>", "</script>",
      "<SCRIPT type=\"text/javascript\">", "</SCRIPT >", "<style>", "</style>", "<script type=\"application/ld+json\">",
      "{\"@type\":\"Article\"}", "var a = '</scr' + 'ipt>';", "<!--", "-->", "--!>", "<!-- c -->", "</div x>",
      "<noscript>", "</noscript>", "<template>", "</template>", "<a href=\"x>y\">", "<a @click=\"a>b\">", "</a>",
      "<a b=x\"y>", "<img src=a/>", "<script/>", "<script src=/a/>", "\"", "'", "=", ">", "<", "</", "<?pi x?>",
      "<? x", "<!DOCTYPE html>", "<!x>", "</scripts>", "</stylex>", "\u{01}", "\u{0C}", "\n", "</_a>", "<head>",
      "<body>", "<body.x>", "<frameset>", "<svg>", "</svg>", "ünï ", "<!-->", "<!--->", "</ x>", "</1>", "<a.b>",
      "<script.x>", "</script.x>", "<a b/c>", "<a href=/x/y>", "<a b=c=d>", "<a b= \"x\" c>", "<a b=x/>", "<li>",
      "<td>", "<br/>", "<a title='>'>", "<?x <p>?>", "<a b=\"unclosed", "<a\tb\n=\r'x'>", "<a b=/>", "<a b==c>",
      "<a b=x=\"y\">", "<Template>", "<NoScript>", "<meta name=“a” content=“b\" />", "<x-y:z_w>", "</x-y:z_w>",
      "<p/>", "<div class=a/b/c d=e>", "<a ü=x>", "<style/>", "<script src=x />", "<path d=\"M0 0\"/>",
      "<a onclick=\"f('>')\" href='/x'>", "<img data-src=\"a\" data-x='b\"c'>", "<a ONCLICK=\"x\" D='y'>",
      " onclick=\"t\" ", "<i on=\"k\" d>", "<script onload=\"x\">",
      "<a \(String(repeating: "n", count: 100))1=\"x>", "<\(String(repeating: "t", count: 99))9 b=\"x>",
    ]
    var generator = SplitMix(seed: 21)
    var read = 0
    var handed = 0
    for round in 0..<4000 {
      var page = ""
      for _ in 0..<Int(generator.next() % 40 + 1) { page += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let (separate, joint) = answers(page, limit: round % 4 == 0 ? 8 : 100_000)
      #expect(separate == joint, "\(page)")
      if PreScan.jointReadingStops(Array(page.utf8)) == nil { read += 1 } else { handed += 1 }
    }
    // Both ways are tested: most pages hold a piece outside the common ground somewhere.
    #expect(read > 20 && handed > 400, "\(read) read whole, \(handed) handed over")
  }
}

/// The joint pass reads names eight bytes a step (`PreScan.ByteClass.nameEnd`, `packed`): the
/// same ends and packed names as a byte at a time by the table.
@Suite("PreScan.ByteClass: names read a word at a time")
struct NameRunTests {
  /// The end of the name run from `from`, a byte at a time by the table.
  private func byteEnd(_ bytes: [UInt8], from: Int, dot: Bool) -> Int {
    let bit = dot ? PreScan.ByteClass.nameByte : PreScan.ByteClass.scanName
    var index = from
    while index < bytes.count && PreScan.ByteClass.table[Int(bytes[index])] & bit != 0 { index += 1 }
    return index
  }

  private func wordEnd(_ bytes: [UInt8], from: Int, dot: Bool) -> Int {
    bytes.withUnsafeBufferPointer {
      PreScan.ByteClass.nameEnd(
        $0.baseAddress!, from: from, count: $0.count, dot: dot, classes: PreScan.ByteClass.table)
    }
  }

  @Test("every byte value ends a run where the byte table ends it, at every place in a word")
  func everyByteEndsWhereTheTableSays() {
    for byte in 0...255 {
      for place in 0..<19 {
        // A run of name bytes with `byte` at `place`, in pages long enough for words and not.
        var bytes = Array("aZ0-:_bcdefghijklmnop".utf8.prefix(20))
        bytes[place] = UInt8(byte)
        for length in [place + 1, 20] {
          let page = Array(bytes.prefix(length))
          for dot in [false, true] {
            #expect(wordEnd(page, from: 0, dot: dot) == byteEnd(page, from: 0, dot: dot), "\(byte) at \(place)")
          }
        }
      }
    }
  }

  @Test("a name is packed as its first eight bytes lower-cased, near the page's end too")
  func packedLikeByteByByte() {
    let page = Array("<DIV><Section-Header><a>".utf8)
    page.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress!
      #expect(PreScan.ByteClass.packed(base, from: 1, length: 3, count: buffer.count) == PreScan.packed("div"))
      #expect(
        PreScan.ByteClass.packed(base, from: 6, length: 14, count: buffer.count) == PreScan.packed("section-"))
      #expect(PreScan.ByteClass.packed(base, from: 22, length: 1, count: buffer.count) == PreScan.packed("a"))
      #expect(PreScan.ByteClass.packed(base, from: 24, length: 0, count: buffer.count) == 0)
    }
  }
}

/// A small seeded generator: the same pages every run.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
