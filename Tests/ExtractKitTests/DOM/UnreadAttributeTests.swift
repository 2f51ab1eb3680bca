import Foundation
import Testing

@testable import ExtractKit

/// The quoted values of attributes nothing reads (`UnreadAttributes`: `d`, `on…`, unread
/// `data-…`) are emptied by the pass before libxml2 parses the page, inside start tags only.
@Suite("UnreadAttributes: values nothing reads emptied before the parse")
struct UnreadAttributeTests {
  /// The page after the joint pass, checked against the separate passes.
  private func emptied(_ html: String) throws -> String {
    var separate = Array(html.utf8)
    _ = RawTextEliding.elide(&separate, recording: false)
    var joint = Array(html.utf8)
    _ = try PreScan.checkEliding(&joint, maximumElements: 100_000)
    #expect(separate == joint, "\(html)")
    return String(decoding: joint, as: UTF8.self)
  }

  @Test("an SVG path's d, event handlers and unread data- values are emptied; the attributes stay")
  func emptiedValues() throws {
    #expect(try emptied("<svg><path d=\"M0 0L10 10z\"/></svg><p>x</p>") == "<svg><path d=\"\"/></svg><p>x</p>")
    #expect(
      try emptied("<a href=\"/x\" onclick=\"go('a')\" data-track='{\"a\":\"b\"}' class=\"c\">t</a>")
        == "<a href=\"/x\" onclick=\"\" data-track='' class=\"c\">t</a>")
    #expect(try emptied("<img onerror = 'f()' src=\"a.png\">") == "<img onerror = '' src=\"a.png\">")
  }

  @Test("read names keep their values: lazy image sources, code languages, test ids, and names only like them")
  func readNamesKept() throws {
    let page =
      "<img data-src=\"a.png\" data-srcset=\"a.png 1x\" data-lazy-src=\"b.png\" data-original=\"c.png\">"
      + "<pre data-lang=\"go\"><code data-language=\"go\">x</code></pre><span data-testid=\"author\">A</span>"
      + "<div dir=\"ltr\" data=\"x\" datetime=\"2020\" id=\"d\" o=\"1\" on=\"2\" aria-label=\"m\" style=\"a:b\">y</div>"
    #expect(try emptied(page) == page)
  }

  @Test("names are matched case aside, as libxml2 lower-cases them")
  func upperCaseNames() throws {
    #expect(
      try emptied("<IMG ONERROR=\"x()\" DATA-SRC=\"a.png\" Data-Lazy=\"b\" D='q' DATA-TESTID=\"t\">")
        == "<IMG ONERROR=\"\" DATA-SRC=\"a.png\" Data-Lazy=\"\" D='' DATA-TESTID=\"t\">")
  }

  @Test("quotes of the other kind and > inside a value are part of it; the tag goes on after it")
  func quotesAndGreaterThan() throws {
    #expect(
      try emptied("<a onclick=\"say('>')\" title='say \"d\"' data-x='a>\"b' href=\"/y\">t</a>")
        == "<a onclick=\"\" title='say \"d\"' data-x='' href=\"/y\">t</a>")
  }

  @Test("attributes without a value, or with an unquoted one, are left as they are")
  func bareAndUnquoted() throws {
    let page = "<input disabled onchange d><a onclick=go() d=x data-y=z/>t</a><a onclick= \"\" d=''>u</a>"
    #expect(try emptied(page) == page)
  }

  @Test("markup in comments, scripts kept as JSON-LD, and text is untouched")
  func outsideTagsUntouched() throws {
    let page =
      "<!-- <a onclick=\"x()\"> --><p>onclick=\"y()\" d=\"z\"</p>"
      + "<script type=\"application/ld+json\">{\"h\":\"<a onclick=\\\"x\\\">\"}</script>"
    #expect(try emptied(page) == page)
    #expect(
      try emptied("<script>s = '<a onclick=\"x\">'</script><b onclick=\"y\">")
        == "<script></script><b onclick=\"\">")
  }

  @Test("malformed tags: an unclosed quote, a name libxml2 does not read as one, are left as they are")
  func malformedTags() throws {
    let unclosed = "<p>a</p><a onclick=\"x>t</a>"
    #expect(try emptied(unclosed) == unclosed)
    // "@" opens no name: libxml2 ends this tag at the ">" inside the quotes.
    let odd = "<p>a</p><a @click=\"a>b\" onclick=\"x\">t</a>"
    #expect(try emptied(odd) == odd)
    // An unquoted value with a quote inside it: the next attribute is still read as one.
    #expect(try emptied("<a b=x\"y onclick=\"z\">t</a>") == "<a b=x\"y onclick=\"\">t</a>")
  }

  @Test("a page with fallbacks records only the scripts' texts, at their places in the shortened page")
  func recordedTextsAtTheirPlaces() throws {
    let page = "<div onclick=\"abc\"><script>a()</script></div><noscript>n</noscript>"
    var bytes = Array(page.utf8)
    let (fallbacks, removed) = try PreScan.checkEliding(&bytes, maximumElements: 1000)
    #expect(fallbacks)
    #expect(String(decoding: bytes, as: UTF8.self) == "<div onclick=\"\"><script></script></div><noscript>n</noscript>")
    #expect(removed.starts == [23] && removed.offsets == [24] && removed.lengths == [3])
    #expect(removed.bytes == Array("a()".utf8))
    #expect(
      String(decoding: removed.restored(bytes), as: UTF8.self)
        == "<div onclick=\"\"><script>a()</script></div><noscript>n</noscript>")
  }

  @Test("the tree keeps every element, attribute and text; only the unread values are empty")
  func sameTree() throws {
    let page =
      "<body><svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg><p data-id=\"7\" onclick=\"f()\" class=\"a\">t</p>"
      + "<img data-src=\"x.png\" src=\"y.gif\"></body>"
    let tree = try HTMLParser.tree(bytes: Array(page.utf8), encoding: "UTF-8", maximumElements: 1000)
    let paragraph = try #require(tree.root.descendants(where: { $0.tag == "p" }).first)
    #expect(paragraph.attributes.map(\.name) == ["data-id", "onclick", "class"])
    #expect(paragraph.attributes.map(\.value) == ["", "", "a"])
    let image = try #require(tree.root.descendants(where: { $0.tag == "img" }).first)
    #expect(image.attribute("data-src") == "x.png")
    let path = try #require(tree.root.descendants(where: { $0.tag == "path" }).first)
    #expect(path.attribute("d") == "")
  }

  /// The sources' `data-` names must all be read ones: a new one read must join `readDataNames`.
  @Test("every data- attribute name written in the sources is one of the read names")
  func sourcesReadOnlyListedNames() throws {
    let sources = Paths.package.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    let pattern = try NSRegularExpression(pattern: "\"(data-[A-Za-z0-9_:.-]+)\"")
    let handlerCall = try NSRegularExpression(pattern: "attribute\\w*\\(\"(on[a-z]+|d)\"")
    var checked = 0
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      for match in pattern.matches(in: text, range: range) {
        let name = (text as NSString).substring(with: match.range(at: 1)).lowercased()
        #expect(UnreadAttributes.readDataNames.contains(name), "\(file): \(name)")
        checked += 1
      }
      #expect(handlerCall.firstMatch(in: text, range: range) == nil, "\(file)")
    }
    #expect(checked >= 8)
  }

  @Test("the exact unread names (value, xmlns, target, align, viewbox, sizes…) are emptied; near names are kept")
  func exactNamesEmptied() throws {
    #expect(
      try emptied("<input type=\"hidden\" name=\"n\" value=\"abc\"><a href=\"/x\" target=\"_blank\" title=\"t\">t</a>")
        == "<input type=\"hidden\" name=\"n\" value=\"\"><a href=\"/x\" target=\"\" title=\"t\">t</a>")
    #expect(
      try emptied(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink='x' viewBox=\"0 0 9 9\"><use xlink:href=\"#i\"/></svg>")
        == "<svg xmlns=\"\" xmlns:xlink='' viewBox=\"\"><use xlink:href=\"\"/></svg>")
    #expect(
      try emptied("<img src=\"a.png\" srcset=\"a.png 1x\" sizes=\"(max-width: 9px) 100vw\" ALIGN=\"left\" alt=\"a\">")
        == "<img src=\"a.png\" srcset=\"a.png 1x\" sizes=\"\" ALIGN=\"\" alt=\"a\">")
    #expect(
      try emptied("<td BgColor=\"#fff\" width=\"9\"><div itemscope itemtype=\"https://schema.org/Person\">p</div></td>")
        == "<td BgColor=\"\" width=\"9\"><div itemscope itemtype=\"\">p</div></td>")
    #expect(
      try emptied("<polygon points=\"0,0 9,9\"/><iframe srcdoc=\"<p>x</p>\"></iframe><link imagesrcset=\"a 1x\">")
        == "<polygon points=\"\"/><iframe srcdoc=\"\"></iframe><link imagesrcset=\"\">")
    let near =
      "<div values=\"1\" valu=\"2\" xmlnsx=\"3\" aligned=\"4\" targets=\"5\" size=\"6\" viewbox2=\"7\" xlink:hre=\"8\""
      + " itemprop=\"author\" srcset=\"a 1x\" width=\"9\" title=\"t\">y</div>"
    #expect(try emptied(near) == near)
    // Unquoted values stay (emptying one would let libxml2 read the next attribute as its
    // value); dotted and underscored names are other names.
    #expect(
      try emptied("<input value=abc value = \"\" VALUE='q'><a target=_blank x.value=\"1\" _target=\"2\">")
        == "<input value=abc value = \"\" VALUE=''><a target=_blank x.value=\"1\" _target=\"2\">")
  }

  /// The exact names must be ones nothing reads: none may be written in the sources as a name.
  /// A guard against the plain case only: a name built by interpolation or compared as raw bytes
  /// would pass it, so a reviewer still reads every new attribute access.
  @Test("no exact unread name is written as a literal in the sources")
  func exactNamesUnwritten() throws {
    let sources = Paths.package.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    var read = 0
    for case let file as String in files where file.hasSuffix(".swift") && !file.hasSuffix("UnreadAttributes.swift") {
      // Comments aside: they may show markup (`name="value"`) without reading it.
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).lowercased()
        .split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("//") }.joined(separator: "\n")
      for name in UnreadAttributes.exactNames where text.contains("\"\(name)\"") {
        Issue.record("\(file) writes \"\(name)\"")
      }
      read += 1
    }
    #expect(read > 50)
  }
}
