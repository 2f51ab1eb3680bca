import Testing

@testable import ExtractKit

/// `links`: every link of the article body, the same content `text` comes from, in document
/// order, absolute and `http(s)` only.
@Suite("Links: the article body's links, absolute, in document order")
struct LinksExtractorTests {
  @Test("links of paragraphs, list items, quotes and table cells, in document order, resolved against the page URL")
  func bodyLinksInOrder() throws {
    let body = """
      <article><h1>Raised Beds</h1>\(TestPage.paragraphs(2))
      <p>Start with <a href="/soil-guide">our soil guide</a> and <a href="https://seeds.example/catalog?x=1&amp;y=2">\
      the seed catalog</a>.</p>
      <ul><li><a href="tools/spade">A good spade</a> for digging</li></ul>
      <blockquote>As <a href="//quotes.example/q/42">one gardener said</a>, start small.</blockquote>
      <table><tr><th>Plant</th><th>Source</th></tr><tr><td>Kale</td><td><a href="/kale">Kale notes</a></td></tr></table>
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, url: "https://garden.example/blog/raised-beds")
    #expect(
      article.links == [
        Link(text: "our soil guide", url: "https://garden.example/soil-guide"),
        Link(text: "the seed catalog", url: "https://seeds.example/catalog?x=1&y=2"),
        Link(text: "A good spade", url: "https://garden.example/blog/tools/spade"),
        Link(text: "one gardener said", url: "https://quotes.example/q/42"),
        Link(text: "Kale notes", url: "https://garden.example/kale"),
      ])
  }

  @Test(
    "plain absolute, root-relative and protocol-relative links resolve as Foundation does, against a base with a port")
  func plainReferences() throws {
    let body = """
      <article><h1>Raised Beds</h1>\(TestPage.paragraphs(2))
      <p><a href="https://seeds.example/catalog?x=1#top">Seeds</a>, <a href="/soil/guide?a=b">Soil</a>, \
      <a href="//cdn.example/img/1.png">Image</a>, <a href="/a/./b">Dots</a>, <a href="/tips/%C3%A9t%C3%A9">Summer</a>, \
      <a href="https://User@Tools.example/x">Tools</a>.</p>
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, url: "http://garden.example:8080/blog/raised-beds")
    #expect(
      article.links.map(\.url) == [
        "https://seeds.example/catalog?x=1#top", "http://garden.example:8080/soil/guide?a=b",
        "http://cdn.example/img/1.png", "http://garden.example:8080/a/b",
        "http://garden.example:8080/tips/%C3%A9t%C3%A9", "https://User@Tools.example/x",
      ])
    #expect(Page.plainReference("/a/./b") == nil)
    #expect(Page.plainReference("https://a.example/x#y#z") == nil)
    #expect(Page.plainReference("https://a.example:8080/") == nil)
    #expect(Page.plainReference("//a.example/x") == .protocolRelative)
  }

  @Test("a right single quote becomes an apostrophe; one a combining mark follows is left to Foundation")
  func straightApostrophes() {
    #expect(Text.straightApostrophes("l’article d’Anne’") == "l'article d'Anne'")
    #expect(Text.straightApostrophes("м’ясо") == "м'ясо")
    #expect(Text.straightApostrophes("no quote") == "no quote")
  }

  @Test("menus, the share bar, the author box, related cards and the footer give no links")
  func boilerplateLeftOut() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Raised Beds</h1>
      <div class="entry-content">\(TestPage.paragraphs(3))<p>See <a href="/compost">composting</a>.</p></div>
      <div class="social-sharing">Share <a href="https://facebook.com/sharer.php">Facebook</a> \
      <a href="https://twitter.com/share">Tweet</a></div>
      <div class="author-box"><h4 class="author-name">Jane Doe</h4><p>Jane Doe writes about gardens. \
      <a href="/author/jane">All posts</a></p></div></article>
      <div class="related-posts"><h3>Related posts</h3><div class="card"><a href="/a">Ten Tools for Your Garden</a>\
      </div><div class="card"><a href="/b">Mulch or Bark</a></div></div>
      """
    let article = try TestPage.extract(body, url: "https://garden.example/raised-beds")
    #expect(article.links == [Link(text: "composting", url: "https://garden.example/compost")])
  }

  @Test("mailto:, javascript:, in-page #fragments and relative links without a base URL are left out")
  func onlyWebLinks() throws {
    let body = """
      <article><h1>Raised Beds</h1>\(TestPage.paragraphs(3))
      <p><a href="mailto:jane@garden.example">Write to us</a>, <a href="javascript:void(0)">open</a>, \
      <a href="#notes">see the notes</a>, <a href="/relative">relative</a>, <a href="HTTPS://Seeds.example/">Seeds</a>.</p>
      </article>
      """
    let article = try TestPage.extract(body)
    #expect(article.links == [Link(text: "Seeds", url: "HTTPS://Seeds.example/")])
  }

  @Test("<base href> is the base; an image link takes its alt text")
  func baseAndImageLinks() throws {
    let body = """
      <article><h1>Raised Beds</h1>\(TestPage.paragraphs(3))
      <p><a href="beds/cedar"><img src="cedar.jpg" alt="A cedar bed"></a> Cedar lasts longest.</p></article>
      """
    let article = try TestPage.extract(body, head: "<base href=\"https://cdn.garden.example/guides/\">")
    #expect(article.links == [Link(text: "A cedar bed", url: "https://cdn.garden.example/guides/beds/cedar")])
  }

  @Test("links in text written straight into a <div> between <br><br> breaks, in order")
  func runParagraphLinks() throws {
    let texts = TestPage.texts(3, about: "old blogs")
    let body = """
      <div class="post-body entry-content">\(texts[0])<br><br>Read <a href="http://old.example/one">the first</a> \
      post.<br><br><p>\(texts[1])</p>Then <b><a href="http://old.example/two">the second</a></b>.<br><br>\(texts[2])\
      </div>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.links == [
        Link(text: "the first", url: "http://old.example/one"), Link(text: "the second", url: "http://old.example/two"),
      ])
  }
}
