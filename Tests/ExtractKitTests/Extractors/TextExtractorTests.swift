import Testing

@testable import ExtractKit

/// The main content as plain text: blocks joined by blank lines, strings cleaned, nothing of the
/// shop header, menus, cookie banner, share bar, comments, bio, related cards or footer.
@Suite("Text: clean body text, blocks separated by blank lines")
struct TextExtractorTests {
  @Test("Shopify: no announcement bar, cart drawer, cookie banner, share bar, comments or footer in the text")
  func shopifyChrome() throws {
    let body = """
      <a class="in-page-link visually-hidden skip-link" href="#MainContent">Skip to content</a>
      <div class="announcement-bar"><p>All Orders arrive within 1-2 days</p></div>
      <div class="cart-drawer" id="CartDrawer"><p class="cart--empty-message">Your Cart is Empty</p>\
      <a href="/collections/all" class="button">Continue shopping</a></div>
      <main id="MainContent"><article class="article"><h1 class="article__title">How Massage Can Help Your Back</h1>
      <p class="blog_meta"><span itemprop="author">by Patty Weasler, RN</span></p>
      <div class="rte" itemprop="articleBody">\(TestPage.paragraphs(4))</div>
      <div class="social-sharing">Share <a href="https://facebook.com/sharer.php">Facebook</a> \
      <a href="https://twitter.com/share">Tweet</a></div>
      <div id="comments" class="article-comments"><h2>2 comments</h2><div class="comment"><p>Lovely post, it really \
      helped me with my back after a long week of work.</p></div><form class="comment-form"><label>Name</label>\
      <input><button>Post comment</button></form></div></article></main>
      <div class="cookie-banner" id="CookieBanner" role="dialog">We use cookies to improve your shopping experience. \
      <a href="/policies/privacy-policy">Learn more</a> <button type="button">Accept</button></div>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("WordPress: headings, paragraphs, list items and quotes each a block; the title heading not repeated")
  func blocksSeparated() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))<h2>Popular Types</h2><p>Popular types include:</p>
      <ul><li><strong>Deep Tissue</strong> Works the deeper layers.</li><li>Swedish</li></ul>
      <blockquote><p>Massage is medicine.</p></blockquote>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let expected =
      TestPage.texts(2) + [
        "Popular Types", "Popular types include:", "Deep Tissue\nWorks the deeper layers.\nSwedish",
        "Massage is medicine.",
      ] + TestPage.texts(2, from: 2)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }

  /// Three teaser cards of other stories, as a news site sets them in a row.
  static let teaserCards = ["Compost in winter", "Soil and rain", "Seeds for spring"].map { title in
    """
    <article class="Teaser"><h3><span>\(title)</span></h3><ul><li>News</li><li>09.07.2021</li></ul>\
    <p>A short excerpt of another story about compost, soil and the rain of the last weeks.</p>\
    <a href="/other">Read more</a></article>
    """
  }.joined()

  @Test("a run of short <article> teaser cards in the body, with the label heading over them, is not text")
  func teaserCardRun() throws {
    let cards = Self.teaserCards
    let teasers = """
      <div class="Teasers"><h2>More on gardens and soil</h2><div class="Teasers-items">\(cards)</div></div>
      """
    // Under the story, and between two parts of a long page: cards and label both go.
    let under = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(4))</div>\(teasers)</main>
      """
    #expect(try TestPage.extract(under).text == TestPage.texts(4).joined(separator: "\n\n"))
    let between = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(2))
      \(teasers)
      \(TestPage.paragraphs(2, from: 2))</div></main>
      """
    #expect(try TestPage.extract(between).text == TestPage.texts(4).joined(separator: "\n\n"))
    // One short <article> alone (a quoted post, an embedded card) is not a run: it stays.
    let single = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<article><h3>Compost in winter</h3>\
      <p>A short excerpt of another story, <a href="/other">read it</a>, about compost and soil.</p>\
      </article></div></main>
      """
    #expect(
      try TestPage.extract(single).text
        == (TestPage.texts(4) + [
          "Compost in winter", "A short excerpt of another story, read it, about compost and soil.",
        ])
        .joined(separator: "\n\n"))
  }

  /// Three cards of other stories of the site in a row, each mostly its title link, the template
  /// numbering its class after the first word (or, `classed` false, three plain items).
  static func teaserRow(_ tag: String, classed: Bool = true, href: (Int) -> String = { "/news/\($0)" }) -> String {
    ["Compost heaps through the winter months", "Soil and rain in a wet spring", "Seeds to sow before the frost"]
      .enumerated().map { index, title in
        let kind = classed ? " class=\"views-row views-row-\(index + 1)\"" : ""
        return "<\(tag)\(kind)><a href=\"\(href(index))\">\(title)</a> <span>09.07.2021</span></\(tag)>"
      }.joined()
  }

  @Test("a row of three or more short cards, each mostly one title link into the site, is not text, in any tag")
  func teaserLinkRun() throws {
    let story = TestPage.texts(4).joined(separator: "\n\n")
    for (open, close, tag) in [("<div class=\"view\">", "</div>", "div"), ("<ul>", "</ul>", "li"), ("", "", "p")] {
      let body = """
        <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(4))\(open)\(Self.teaserRow(tag))\(close)\
        </div></main>
        """
      #expect(try TestPage.extract(body, url: "https://garden.example/notes").text == story)
    }
  }

  @Test("a list of the article's own links stays: contents links into the page, sources out to other sites")
  func articleLinkListsKept() throws {
    let titles = [
      "Compost heaps through the winter months", "Soil and rain in a wet spring", "Seeds to sow before the frost",
    ]
    for href in [{ (index: Int) in "#part-\(index)" }, { (index: Int) in "https://journal\(index).example/paper" }] {
      let body = """
        <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<ul>\(Self.teaserRow("li", href: href))\
        </ul></div></main>
        """
      let text = try TestPage.extract(body, url: "https://garden.example/notes").text
      #expect(titles.allSatisfy { text.contains($0) })
    }
    // Two cards are no row; items without a class are a list written in the article.
    let two = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<ul><li class="row"><a href="/news/1">\
      Compost heaps through the winter months</a> <span>09.07.2021</span></li><li class="row"><a href="/news/2">Soil \
      and rain in a wet spring</a> <span>09.07.2021</span></li></ul></div></main>
      """
    #expect(
      try TestPage.extract(two, url: "https://garden.example/notes").text.contains("Soil and rain in a wet spring"))
    let plain = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<ul>\
      \(Self.teaserRow("li", classed: false))</ul></div></main>
      """
    #expect(
      try TestPage.extract(plain, url: "https://garden.example/notes").text.contains("Soil and rain in a wet spring"))
  }

  /// Four items of a round-up's list: `<li class="wp-block-post">`s linking to the site's own posts, each
  /// `dated` with a `<time>` or not.
  static func roundUpItems(_ titles: [String], section: String, dated: Bool = false) -> String {
    titles.enumerated().map { index, title in
      let date = dated ? " <time>2024-03-0\(index + 1)</time>" : ""
      return "<li class=\"wp-block-post\"><a href=\"/2024/\(section)\(index)/\">\(title)</a>\(date)</li>"
    }.joined()
  }

  @Test("a round-up article's lists of the site's own posts under headings stay, numbered or dated")
  func roundUpListsKept() throws {
    let news = [
      "How the harbour bridge was finally funded", "The night the river flooded the old town",
      "Why the tram line took twenty years", "A school garden that feeds the whole street",
    ]
    let features = [
      "Walking the coast path in a single week", "The last family bakery on the high street",
      "Inside the restoration of the town clock", "What the allotment waiting list tells us",
    ]
    // Numbered lists are the article's own; dated items in plain lists are too many of its words
    // together (each list alone is under half of them).
    for (tag, dated) in [("ol", false), ("ul", true)] {
      let body = """
        <main><article class="post"><h1>Our most-read stories of 2024</h1><div class="entry-content">\
        <p>Here are the stories you read most this year, in two lists.</p>\
        <h2>News</h2><\(tag) class="wp-block-list">\(Self.roundUpItems(news, section: "n", dated: dated))</\(tag)>\
        <h2>Features</h2><\(tag) class="wp-block-list">\(Self.roundUpItems(features, section: "f", dated: dated))\
        </\(tag)><p>Thanks for reading, and see you next year.</p></div></article></main>
        """
      let article = try TestPage.extract(body, url: "https://town.example/2024/most-read/")
      #expect((news + features).allSatisfy { article.text.contains($0) })
      #expect(article.lists.count == 2)
    }
  }

  @Test("undated rows of the site's links stay: a recipe round-up, a shop's product grid, an icon list")
  func undatedLinkRowsKept() throws {
    let names = [
      "Slow-roasted tomato and basil soup", "Lemon and thyme roast chicken", "Spiced lentil and spinach stew",
      "Rhubarb crumble with oat topping",
    ]
    let recipes = names.enumerated().map { index, name in
      "<li class=\"recipe-item\"><a href=\"/recipes/dish-\(index)/\">\(name)</a> (serves 4)</li>"
    }.joined()
    let products = names.enumerated().map { index, name in
      """
      <li class="product type-product"><a href="/product/item-\(index)/"><img src="/p\(index).jpg" alt="">\
      <h2 class="woocommerce-loop-product__title">\(name) kit</h2><span class="price">$24.00</span></a>\
      <a href="?add-to-cart=\(index)" class="button">Add to cart</a></li>
      """
    }.joined()
    let icons = names.enumerated().map { index, name in
      """
      <li class="elementor-icon-list-item"><a href="/guides/g\(index)/"><span class="elementor-icon-list-icon">\
      <i class="fas fa-check"></i></span><span class="elementor-icon-list-text">\(name)</span></a></li>
      """
    }.joined()
    for list in [
      "<ol class=\"wp-block-list\">\(recipes)</ol>", "<ul class=\"wp-block-list\">\(recipes)</ul>",
      "<ul class=\"products columns-4\">\(products)</ul>", "<ul class=\"elementor-icon-list-items\">\(icons)</ul>",
    ] {
      let body = """
        <main><article class="post"><h1>Kitchen Notes</h1><div class="entry-content">\(TestPage.paragraphs(3))\
        \(list)\(TestPage.paragraphs(1, from: 3))</div></article></main>
        """
      let text = try TestPage.extract(body, url: "https://kitchen.example/notes/").text
      #expect(names.allSatisfy { text.contains($0) })
    }
  }

  @Test("a heading alone in its box over the next box of cut cards is dropped; over its section's own text it stays")
  func labelBoxOverCutCards() throws {
    let row = "<div class=\"Teasers\"><div class=\"Teasers-items\">\(Self.teaserCards)</div></div>"
    let label = "<div class=\"TextMedia\"><div class=\"Rte\"><h2>Tips for every day:</h2></div></div>"
    let dropped = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(2))
      \(label)\(row)<h2>The next season</h2>\(TestPage.paragraphs(2, from: 2))</div></main>
      """
    #expect(
      try TestPage.extract(dropped).text
        == (TestPage.texts(2) + ["The next season"] + TestPage.texts(2, from: 2)).joined(separator: "\n\n"))
    let kept = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(2))
      \(label)\(row)\(TestPage.paragraphs(2, from: 2))</div></main>
      """
    #expect(
      try TestPage.extract(kept).text
        == (TestPage.texts(2) + ["Tips for every day:"] + TestPage.texts(2, from: 2)).joined(separator: "\n\n"))
  }

  @Test("a section heading over a gallery cut from the text stays: a label is dropped only over cut cards")
  func galleryHeadingKept() throws {
    let caption = "A wide view over the old harbour in the early morning, with the boats back from the night at sea."
    let figures = (1...3).map { number in
      "<figure><img src=\"https://site.example/img/\(number).jpg\" alt=\"\"><figcaption>\(caption)</figcaption></figure>"
    }.joined()
    let body = """
      <main><div class="story"><h1>Garden Notes</h1>\(TestPage.paragraphs(2))
      <section><h2>Pictures from the harbour</h2><div class="gallery">\(figures)</div></section>
      \(TestPage.paragraphs(2, from: 2))</div></main>
      """
    #expect(
      try TestPage.extract(body).text
        == (TestPage.texts(2) + ["Pictures from the harbour"] + TestPage.texts(2, from: 2)).joined(separator: "\n\n"))
  }

  @Test(
    "inline markup, entities, no-break spaces, soft hyphens and zero-width spaces are cleaned; <br> is a line break")
  func inlineCleaned() throws {
    let body = """
      <div class="entry-content"><p>Massage is <a href="/guide">an <em>easy</em> way</a> to relax&nbsp;muscles &amp; \
      ease   pain.</p><p>Line one<br>line two</p><p>Soft&shy;ware and zero&#8203;width.</p>\(TestPage.paragraphs(4))
      </div>
      """
    let expected =
      [
        "Massage is an easy way to relax muscles & ease pain.", "Line one\nline two", "Software and zerowidth.",
      ] + TestPage.texts(4)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }

  @Test("Blogger: text written between <br><br> breaks comes out as separate paragraphs")
  func brParagraphs() throws {
    let texts = TestPage.texts(4, about: "old blogs")
    let body = """
      <div class="post hentry"><h3 class="post-title entry-title">Notes From an Old Blog</h3>
      <div class="post-body entry-content">\(texts.joined(separator: "<br><br>"))</div></div>
      """
    #expect(try TestPage.extract(body).text == texts.joined(separator: "\n\n"))
  }

  @Test("the author bio box and the related cards after the article are not in the text")
  func bioAndRelatedLeftOut() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div>
      <div class="author-box"><h4 class="author-name">Jane Doe</h4><p>Jane Doe writes about health and massage for \
      a living.</p></div></article>
      <div class="related-posts"><h3>Related posts</h3><div class="card"><a href="/a">Ten Stretches for Your Back</a>\
      </div><div class="card"><a href="/b">Heat or Ice for Back Pain</a></div></div>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("an affiliate disclaimer and a one-word ad slot's label (span.td-adspot-title) are not text")
  func noticesAndAdSlotsLeftOut() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content"><section class="editorial-disclaimer"><p>Some links in this post earn us a \
      commission from the shops they lead to.</p></section>\(TestPage.paragraphs(2))\
      <div class="td-g-rec"><span class="td-adspot-title">Advertisement</span></div>\
      <p class="aawp-disclaimer">The links in this box are affiliate links; prices may have changed since.</p>\
      \(TestPage.paragraphs(1, from: 2))</div></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(3).joined(separator: "\n\n"))
  }

  @Test("an FAQ's show/hide panels (WAI-ARIA disclosures) are the article's text")
  func disclosurePanelsKept() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))<h2>Questions</h2>\
      <div class="react-aria-Disclosure"><h3><button slot="trigger" aria-expanded="true">How often?</button></h3>\
      <div class="react-aria-DisclosurePanel" role="group"><p>Twice a week is plenty for most backs.</p></div></div>\
      </div></article>
      """
    #expect(
      try TestPage.extract(body).text.hasSuffix("Questions\n\nHow often?\n\nTwice a week is plenty for most backs."))
  }

  @Test("'Read more:' and 'Lesen Sie auch:' inserts between paragraphs are left out of the text")
  func readMoreInsertsLeftOut() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))<p class="interstitial-link"><strong>Read more:</strong> \
      <a href="/news/eastgate-pilot/">What the Eastgate pilot found when crews dug up lead lines</a></p>\
      \(TestPage.paragraphs(1, from: 2))<p><strong>Lesen Sie auch:</strong> <a href="/wirtschaft/preise">\
      Fernwärmepreise in Lindenau steigen um elf Prozent</a></p>\(TestPage.paragraphs(1, from: 3))</div></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test(
    "Portuguese and Polish 'read also' inserts are marked as inserts while the body is located",
    arguments: ["Leia também:", "Veja também:", "Czytaj także:", "Zobacz też:", "Przeczytaj również:"])
  func insertLabelsPerLanguage(label: String) throws {
    let html = TestPage.html(
      "<article><h1>Garden Notes</h1><p><strong>\(label)</strong> <a href=\"/n/1\">Outra notícia do jardim</a></p></article>"
    )
    let page = try Prepare.page(bytes: Array(html.utf8), options: ExtractOptions())
    let insert = try #require(page.elements("p").first)
    #expect(Evidence.isInsert(insert))
  }

  @Test("a label then links only in one paragraph ('Weiterlesen: <a>', 'Siehe auch<br><a>…<br><a>…') is left out")
  func labelledLinkInsertsLeftOut() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))<p>Weiterlesen: <a href="/health/sleep-id7182">\
      Kein Kaffee mehr: Ist ein Leben ohne Koffein wirklich gesünder?</a></p>\(TestPage.paragraphs(1, from: 2))\
      <p>Siehe auch<br>
      <a href="/2012/11/mythen/">Die seltsamsten aller Gartenmythen</a><br>
      <a href="/2012/06/mehr/">Immer mehr Mondgärtner</a><br>
      <a href="/2012/10/kurz/">Gartenmythen in zehn Minuten</a></p>\
      <p>See also the <a href="/guide">county's guide</a>, which lists every clinic that offers the treatment.</p>\
      \(TestPage.paragraphs(1, from: 3))</div></article>
      """
    let texts = TestPage.texts(4)
    let kept = "See also the county's guide, which lists every clinic that offers the treatment."
    #expect(try TestPage.extract(body).text == (texts.prefix(3) + [kept, texts[3]]).joined(separator: "\n\n"))
  }

  @Test("a date line at the body's edge ('17.03.2021 09:26<br>Kategorie: News', 'News date : …') is not text")
  func datelinesAtTheEdgesLeftOut() throws {
    let body = """
      <div class="newspost_text"><h1>Supplies for the Animal Shelter</h1>
      <p>17.03.2021 09:26<br>Kategorie: News</p>
      \(TestPage.paragraphs(3))
      <p>The next adoption day is planned for March 3, 2022.</p>
      <p>News date : 06/14/2021 Category : Press Releases</p></div>
      """
    let texts = TestPage.texts(3) + ["The next adoption day is planned for March 3, 2022."]
    #expect(try TestPage.extract(body).text == texts.joined(separator: "\n\n"))
  }

  @Test("Medium: the byline strip under the title (avatars, 'Published in', read time, claps) is not text")
  func mediumBylineStripLeftOut() throws {
    let body = """
      <article><section><h1 class="pw-post-title" data-testid="storyTitle">Massage for Lower Back Pain Relief</h1>\
      <div class="ii ij"><div class="speechify-ignore ab"><div class="in io ab"><div><a href="/@jane"><img \
      alt="Jane Doe" src="https://img.example/jane.jpg" width="44" height="44" data-testid="authorPhoto"></a></div>\
      <div class="bn bh"><p class="be b"><a data-testid="authorName" href="/@jane">Jane Doe</a></p><div class="l jq">\
      <span class="jx">Published in</span><a data-testid="publicationName" href="/the-ledger"><p>The Ledger</p></a>\
      <span data-testid="storyReadTime">7 min read</span><span data-testid="storyPublishDate">Mar 3, 2024</span>\
      </div></div></div><div class="ab co"><p class="be b"><span class="mk">--</span></p></div></div></div>\
      \(TestPage.paragraphs(4))</section></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("an old layout table: the menu cell of links is left out, the <br><br> paragraphs of the text cell kept")
  func layoutTable() throws {
    let texts = TestPage.texts(4, about: "old pages")
    let body = """
      <table width="100%"><tr><td width="150" valign="top"><a href="/">Home</a><br><a href="/archive">Archive</a>\
      <br><a href="/contact">Contact</a></td><td valign="top"><font face="Verdana">\
      \(texts.joined(separator: "<br><br>"))</font></td></tr></table>
      """
    #expect(try TestPage.extract(body).text == texts.joined(separator: "\n\n"))
  }

  @Test("a figcaption stays out of the text and follows its image in the sections")
  func figcaptionOutOfText() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <figure><img src="https://example.com/bee.jpg" alt="A bee"><figcaption>A bee on a lavender flower. \
      <span class="credit">Photo: Jane Doe</span></figcaption></figure>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
    let blocks = article.sections.flatMap(\.blocks)
    #expect(blocks[2] == .image(ArticleImage(src: "https://example.com/bee.jpg", alt: "A bee")))
    #expect(blocks[3] == .paragraph("A bee on a lavender flower. Photo: Jane Doe"))
  }

  @Test("WordPress's classic caption (p.wp-caption-text in div.wp-caption) stays out of the text")
  func wordPressCaptionOutOfText() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <div id="attachment_7" class="wp-caption alignnone"><img src="https://example.com/bee.jpg" alt="">\
      <p class="wp-caption-text">Picture via the photographer</p></div>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a picture's copyright line (p.image-copyright) and a heading classed as its caption stay out of the text")
  func copyrightLineAndCaptionHeadingOutOfText() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <figure class="figure"><div class="figure__wrapper"><img src="https://example.com/bee.jpg" alt="">\
      <h2 class="figure__caption">A tipping point in the meadow</h2></div></figure>
      <section class="image"><img src="https://example.com/hive.jpg" alt=""><p class="image-copyright">Jane Doe</p>\
      </section>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a gallery item whose text is all caption and copyright (em.caption, em.copyright) stays out of the text")
  func galleryItemCaptionOutOfText() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <div class="gallery"><div class="gallery-item"><span class="picture"><img src="https://example.com/bee.jpg" alt="">\
      <em class="caption">A bee on a lavender flower</em> <em class="copyright">© Jane Doe</em></span></div></div>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a <figure> inside a <p> (libxml2 keeps it there): its caption stays out, the paragraph's words stay")
  func figureInsideParagraph() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <p><figure><img src="https://example.com/bee.jpg" alt=""><figcaption>A bee on lavender</figcaption></figure>\
      <strong>Bees in winter</strong></p>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let expected = TestPage.texts(2) + ["Bees in winter"] + TestPage.texts(2, from: 2)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }

  @Test("an image box's legend (div.legend beside the picture) stays out; a map's colour legend stays in")
  func imageLegendOutOfText() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <div class="image-box"><div class="image"><img src="https://example.com/bee.jpg" alt=""></div>\
      <div class="legend"><div class="content">A bee on lavender.<br>Photo © Jane Doe</div></div></div>
      <div class="key"><div class="legend"><span class="legend-color"> </span> Less than five hives</div></div>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let expected = TestPage.texts(2) + ["Less than five hives"] + TestPage.texts(2, from: 2)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }

  @Test("a heading that ends the body over a teaser grid that was cut stays out of the text and the headings")
  func trailingHeadingOutOfText() throws {
    let body = """
      <main><article class="post"><h1>Why Bees Matter</h1>\(TestPage.paragraphs(4))
      <div class="grid-title"><h2>Latest articles</h2></div><div class="teaser-grid"><div class="teaser"><a href="/compost">Composting</a></div>\
      <div class="teaser"><a href="/roses">Roses</a></div><div class="teaser"><a href="/soil">Soil</a></div></div>\
      </article></main>
      """
    let article = try TestPage.extract(body)
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
    #expect(article.headings.map(\.text) == [])
  }

  @Test("ruby readings (<rt>, <rp>) are left out and the annotated words stay inline, links included")
  func rubyReadingsLeftOut() throws {
    let body = """
      <article class="post"><h1>町の図書館</h1><div class="entry-content">\
      <p><ruby>町<rp>(</rp><rt>まち</rt><rp>)</rp></ruby>の<a href="javascript:void(0)" class="dicWin">\
      <ruby><span class="under">図書館</span><rt>としょかん</rt></ruby></a>を新しくするための\
      <ruby>計画<rt>けいかく</rt></ruby>ができて、子どもたちが放課後に本を読んだり勉強したりできる部屋を作ることになりました。</p>
      \(TestPage.paragraphs(2))</div></article>
      """
    let expected =
      ["町の図書館を新しくするための計画ができて、子どもたちが放課後に本を読んだり勉強したりできる部屋を作ることになりました。"]
      + TestPage.texts(2)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }
}

/// The contract's line breaks: a `code` block is its `<pre>` text verbatim, a `<br>` inside a
/// paragraph, quote, list item or table cell is one "\n", everything else is on one line.
@Suite("Text: line breaks where the page shows them and nowhere else")
struct LineBreakTests {
  /// The blocks of the article's sections, in order, after the filler paragraphs.
  private func blocks(_ markup: String) throws -> [Block] {
    let article = try TestPage.extract("<article><h1>Line Breaks</h1>\(TestPage.paragraphs(3))\(markup)</article>")
    return Array(article.sections.flatMap(\.blocks).dropFirst(3))
  }

  @Test("<pre><code>: every line break, indentation and tab kept, entities decoded, the trailing newline dropped")
  func preformattedCode() throws {
    let markup =
      "<pre><code class=\"language-python\">def area(r):\n\tif r &lt; 0:\n        raise ValueError(\"r &amp; more\")\n\n    return 3.14 * r * r\n</code></pre>"
    #expect(
      try blocks(markup) == [
        .code("def area(r):\n\tif r < 0:\n        raise ValueError(\"r & more\")\n\n    return 3.14 * r * r")
      ])
  }

  @Test("<pre> written with a leading newline, highlighting spans, CRLF line ends and a <br> per line")
  func preformattedHighlighted() throws {
    let markup =
      "<pre class=\"highlight\">\n  <span class=\"k\">let</span> x = 1\r\n  <span class=\"k\">let</span> y = 2<br>done\n\n</pre>"
    #expect(try blocks(markup) == [.code("  let x = 1\n  let y = 2\ndone")])
  }

  @Test("<br> in a paragraph is one line break; two in a row with only whitespace between them are still one")
  func paragraphBreaks() throws {
    let markup = "<p>Ingredients<br>\n two eggs <br/>   a cup of flour<br>\n<br></p><p>After</p>"
    #expect(try blocks(markup) == [.paragraph("Ingredients\ntwo eggs\na cup of flour"), .paragraph("After")])
  }

  @Test("<br> in a quote, a list item and a table cell is one line break")
  func quoteItemCellBreaks() throws {
    let markup = """
      <blockquote>Roses are red,<br>violets are blue</blockquote>\
      <ul><li>First line<br>second line</li><li><strong>Tip:</strong> warm up<br>then stretch</li></ul>\
      <table><tr><th>Name</th><th>Hours</th></tr><tr><td>Main St<br>Suite 4</td><td>9-5</td></tr></table>
      """
    #expect(
      try blocks(markup) == [
        .quote("Roses are red,\nviolets are blue"),
        .list(
          ArticleList(
            ordered: false, intro: nil,
            items: [
              ListItem(title: nil, text: "First line\nsecond line"),
              ListItem(title: "Tip", text: "warm up\nthen stretch"),
            ])),
        .table([["Name", "Hours"], ["Main St\nSuite 4", "9-5"]]),
      ])
  }

  @Test("source newlines and <br> in a heading or a caption stay on one line")
  func headingOnOneLine() throws {
    let article = try TestPage.extract(
      "<article><h1>Line Breaks</h1>\(TestPage.paragraphs(3))<h2>Part\ntwo<br>of three</h2><p>Written\n  over\n  lines.</p></article>"
    )
    #expect(article.headings.map(\.text) == ["Part two of three"])
    #expect(article.sections.flatMap(\.sections).flatMap(\.blocks) == [.paragraph("Written over lines.")])
  }

  @Test("text joins blocks with a blank line, a paragraph's <br> one line break inside its block")
  func textJoin() throws {
    let article = try TestPage.extract(
      "<article><h1>Line Breaks</h1>\(TestPage.paragraphs(3))<p>One<br>two</p><pre>a\n  b\n</pre></article>")
    #expect(article.text == (TestPage.texts(3) + ["One\ntwo", "a\n  b"]).joined(separator: "\n\n"))
  }

  @Test("a lead paragraph classed \"teaser-text\" above the body box (TYPO3 news) opens the text")
  func leadAboveBody() throws {
    let body = """
      <div class="news-single"><div class="article"><h1>Garden Notes</h1>
      <div class="teaser-text"><p>The spring show opens this weekend with more growers than ever before.</p></div>
      <div class="news-text-wrap">\(TestPage.paragraphs(4))</div></div></div>
      """
    let expected = ["The spring show opens this weekend with more growers than ever before."] + TestPage.texts(4)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }

  @Test("a lead set as a heading (h2.article-lead) beside the body box opens the text as a paragraph")
  func leadHeadingAboveBody() throws {
    let lead = "The spring show opens this weekend with more growers than ever before."
    let body = """
      <article class="story"><div class="heading-wrapper"><h1>Garden Notes</h1>
      <h2 class="article-lead">\(lead)</h2></div>
      <div class="article-wrapper"><div class="article-content">\(TestPage.paragraphs(4))</div></div></article>
      """
    let article = try TestPage.extract(body)
    #expect(article.text == ([lead] + TestPage.texts(4)).joined(separator: "\n\n"))
    #expect(article.headings.isEmpty)
  }

  @Test("a lead in the story's <header> beside the <article> inside <main> opens the text")
  func leadInHeaderBesideArticle() throws {
    let lead = "The spring show opens this weekend with more growers than ever before."
    let body = """
      <main><header class="story-head"><h1>Garden Notes</h1><div class="story-teaser"><p>\(lead)</p></div></header>
      <article class="story"><div class="story-body">\(TestPage.paragraphs(4))</div></article></main>
      """
    #expect(try TestPage.extract(body).text == ([lead] + TestPage.texts(4)).joined(separator: "\n\n"))
  }

  @Test("an unclassed dek under the title in the story's <hgroup> (<h1> then <h2>) opens the text as a paragraph")
  func dekInTitleGroup() throws {
    let dek = "Growers bring more rare seedlings than ever, and the judges have a new category for them this year."
    let body = """
      <article class="story"><header><hgroup><h1>Notes From the Spring Garden</h1><h2>\(dek)</h2></hgroup></header>
      <div class="grid"><div class="side-column"><p>Print</p></div>
      <div class="main-column">\(TestPage.paragraphs(4))</div></div></article>
      """
    let article = try TestPage.extract(body)
    #expect(article.text == ([dek] + TestPage.texts(4)).joined(separator: "\n\n"))
    #expect(article.headings.isEmpty)
  }

  @Test(
    "a hero's <h1> over a <p> dek, apart from the body box: a dateline between them is passed over, the dek opens the text"
  )
  func dekInHeroAfterTitle() throws {
    let dek = "Growers bring more rare seedlings than ever, and the judges have a new category for them this year."
    let body = """
      <div class="hero"><div class="hero-text"><h1>Notes From the Spring Garden</h1>
      <div class="hero-date">Frank Hahn, 18 September 2019</div><p>\(dek)</p></div></div>
      <div id="page"><main><div class="post"><div class="post-body">\(TestPage.paragraphs(4))</div></div></main></div>
      """
    #expect(try TestPage.extract(body).text == ([dek] + TestPage.texts(4)).joined(separator: "\n\n"))
  }

  @Test("a caption-classed line between the title and the body (field--name-field-bildunterschrift) is no dek")
  func noDekFromCaptionLine() throws {
    let body = """
      <div class="node-head"><h1>Notes From the Spring Garden</h1>
      <div class="field field--name-field-bildunterschrift">The show tent at the edge of the park on the opening \
      morning, with the first visitors queueing. Photo: Anna Berg</div></div>
      <div id="page"><main><div class="post"><div class="post-body">\(TestPage.paragraphs(4))</div></div></main></div>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("the prose after an <h1> that is not the page's title (a site's name) is no dek")
  func noDekAfterSiteHeading() throws {
    let body = """
      <div class="masthead-box"><h1>The Garden Society Pages</h1>
      <p>Growers bring more rare seedlings than ever, and the judges have a new category for them this year.</p></div>
      <div id="page"><main><div class="post"><div class="post-body">\(TestPage.paragraphs(4))</div></div></main></div>
      """
    let text = try TestPage.extract(body, title: "Notes From the Spring Garden | Example Site").text
    #expect(text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a \"summary\" above the body that repeats its first paragraph is not said twice")
  func leadRepeatingFirstParagraph() throws {
    let first = TestPage.texts(1)[0]
    let body = """
      <div class="story"><h1>Garden Notes</h1><p class="summary">\(first.prefix(120))</p>
      <div class="story-body">\(TestPage.paragraphs(4))</div></div>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a recirculation label (\"Neueste Artikel\") ends the text with the teaser box it heads")
  func recirculationLabel() throws {
    let body = """
      <main><article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))</article>
      <div class="latest"><h2>Neueste Artikel</h2><div><h3>Tomatoes in winter</h3>\
      <p>Growing tomatoes under glass all winter long.</p></div>\
      <div><h3>Roses</h3><p>Pruning roses when the frost is over.</p></div></div></main>
      """
    let article = try TestPage.extract(body)
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a \"Related posts\" heading among the story's paragraphs drops only itself, the story goes on")
  func recirculationLabelInsideBody() throws {
    let body = """
      <article><h1>Garden Notes</h1><div class="entry-content">\(TestPage.paragraphs(2))<h2>Related posts</h2>\
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("short follow, subscribe, advertising and credit lines in the body are not the article's text")
  func promotionalLines() throws {
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(3))<p>*Werbung. Dieser Beitrag enthält Werbung.</p>
      <p>© Garden Agency | Jane Roe</p><p>Follow us on Twitter and Instagram for more garden news.</p>
      <p>Síguenos en Instagram, Telegram, Twitter y Facebook</p></article>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(3).joined(separator: "\n\n"))
  }

  @Test(
    "an ad slot's label, a rating call, a back-to-top link alone on its line, a follow call, an affiliate note are not text"
  )
  func wholeSiteLines() throws {
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(2))<p>Advertisement</p><p>Rate this post</p>\
      \(TestPage.paragraphs(1, from: 2))<p>Zum Seitenanfang »</p><p>Teile mich:</p>\
      <p>Anzeige erstatten konnte sie nicht.</p><p>Folgt uns auf Instagram: instagram.com/beispiel</p>\
      <p>(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links.</p></article>
      """
    #expect(
      try TestPage.extract(body).text
        == (TestPage.texts(3) + ["Anzeige erstatten konnte sie nicht."]).joined(separator: "\n\n"))
  }

  @Test("a teaser's link to the rest of a post alone on its line is not text; a sentence opening so is")
  func readOnButtons() throws {
    let sentence = "Continue reading the seed packet before you sow."
    let german = "Weiterlesen lohnt sich: der zweite Teil erklärt den Schnitt."
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(2))<p><a href="/post/2">Mehr lesen …</a></p>\
      <p>READ FULL ARTICLE</p><p><a href="/post/3">Seguir leyendo</a></p>\(TestPage.paragraphs(1, from: 2))\
      <p>\(sentence)</p><p>\(german)</p></article>
      """
    #expect(
      try TestPage.extract(body).text == (TestPage.texts(3) + [sentence, german]).joined(separator: "\n\n"))
  }

  @Test("a disclaimer or filing line closing the body is not text; the same wording above the story's end is")
  func closingDisclaimers() throws {
    let closings = [
      "Namentlich gekennzeichnete Beiträge geben immer die Meinung des Autors wieder, nicht meine.",
      "The views expressed in this column are those of the author and not of the Garden Post.",
      "This entry was posted on Monday, May 1st, 2023 at 9:00 am and is filed under Roses.",
      "Les opinions exprimées dans cet article n’engagent que leur auteur.",
      "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Rosen abgelegt.",
      "Corrections: If you are aware of an inaccuracy or would like to report a correction, please write to us.",
    ]
    for closing in closings {
      let body = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>\(closing)</p></article>"
      #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
    }
    // Above the story's last paragraph, the wording is the story's (a report quoted); so is a
    // last line that speaks of an author's views in other words.
    let quoted = "The views expressed in this report are those of the author, the council said on Monday."
    let last = "The council said the author's views did not reflect its own."
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(3))<p>\(quoted)</p>\(TestPage.paragraphs(1, from: 3))\
      <p>\(last)</p></article>
      """
    #expect(
      try TestPage.extract(body).text
        == (TestPage.texts(3) + [quoted] + TestPage.texts(1, from: 3) + [last]).joined(separator: "\n\n"))
  }

  @Test("a story's last paragraph holding a disclaimer's words in an ordinary sentence is text")
  func closingDisclaimerWordsInStorySentences() throws {
    let lasts = [
      "In the end, the powers at stake are those of the authority, not of the minister.",
      "Das Buch wurde 1933 veröffentlicht und wurde unter den Nationalsozialisten verboten.",
      "A spokesperson said the posts 'do not necessarily reflect the views of the company'.",
      "Las opiniones expresadas en este foro fueron recogidas por la comisión.",
      "Opinie wyrażone w tym raporcie są sprzeczne z danymi ministerstwa.",
      "Les opinions exprimées dans cet hémicycle ont surpris le gouvernement.",
      "Le opinioni espresse in questo dibattito sono state molto diverse.",
      "As opiniões expressas neste congresso foram publicadas pelo ministério.",
      "Die Umfragen geben nicht unbedingt die Meinung der Bevölkerung wieder, sagte sie.",
    ]
    for last in lasts {
      let body = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>\(last)</p></article>"
      #expect(try TestPage.extract(body).text == (TestPage.texts(4) + [last]).joined(separator: "\n\n"))
    }
    // A long plain closing paragraph holding a disclaimer's clause is the story's.
    let long =
      "The views expressed in this column are those of the author, she wrote, and the council took them "
      + String(repeating: "seriously enough to debate every one of them at length over three evenings, ", count: 5)
      + "before it voted."
    let body = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>\(long)</p></article>"
    #expect(try TestPage.extract(body).text == (TestPage.texts(4) + [long]).joined(separator: "\n\n"))
  }

  @Test("an affiliate or advertiser disclosure opening a paragraph is not text when short; the words inside one are")
  func disclosureParagraphs() throws {
    let disclosure = """
      This post contains references to products from one or more of our advertisers. We may receive \
      compensation when you click on links to those products. Terms apply to the offers listed on this page. \
      For an explanation of our Advertising Policy, visit <a href="/advertising-policy/">this page</a>.
      """
    let reported = "The regulator said this post contains affiliate links that were never marked."
    let body = """
      <article><h1>Garden Notes</h1><p>\(disclosure)</p>\(TestPage.paragraphs(3))\
      <p>Dieser Beitrag enthält Affiliate-Links. Wenn du über sie kaufst, erhalten wir eine Provision.</p>\
      <p>\(reported)</p></article>
      """
    #expect(try TestPage.extract(body).text == (TestPage.texts(3) + [reported]).joined(separator: "\n\n"))
  }

  @Test("a long paragraph opening with an affiliate disclosure and going on into the story is text")
  func longParagraphOpeningWithDisclosureKept() throws {
    let story = """
      This post may contain affiliate links. We spent three weeks driving the Pacific Coast Highway, \
      from the fog of San Francisco past the cliffs of Big Sur to the piers of Santa Monica, stopping \
      at every diner, lighthouse and tide pool the locals told us about and every vista point between \
      them, and here is every stop we loved, with the hours, the prices and the best time of day to go.
      """
    let body = "<article><h1>Road Notes</h1><p>\(story)</p>\(TestPage.paragraphs(3))</article>"
    #expect(try TestPage.extract(body).text == ([story] + TestPage.texts(3)).joined(separator: "\n\n"))
  }

  @Test("a reading time on its own line, in any language, is not text; a sentence about reading time is")
  func readingTimeLines() throws {
    let sentence = "The reading time of the whole series is about 3 hours."
    let body = """
      <article><h1>Garden Notes</h1><div class="meta"><p>7 min read</p></div>\(TestPage.paragraphs(2))\
      <p>Tempo di lettura: 6 minuti</p><p>Lesezeit: 4 Minuten</p>\(TestPage.paragraphs(1, from: 2))\
      <p>\(sentence)</p><p>wtorek, 08:40 Ten tekst przeczytasz w 4 minuty</p></article>
      """
    #expect(try TestPage.extract(body).text == (TestPage.texts(3) + [sentence]).joined(separator: "\n\n"))
  }

  @Test("closing lines naming the site or a copyright, set in <em>/<strong> or short and last, are not text")
  func siteClosingLines() throws {
    let head = #"<meta property="og:site_name" content="The Garden Post">"#
    let url = "https://www.gardenpost.example/notes/1"
    // A newsletter call in italics naming the site, then a copyright line: both the site's.
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))\
      <p><em>The Garden Post will soon launch a weekly newsletter on roses. Sign up</em> <a href="/nl">here</a>.</p>\
      <p>Copyright 2023 Garden Media Corp. All rights reserved.</p></article>
      """
    #expect(try TestPage.extract(body, head: head, url: url).text == TestPage.texts(4).joined(separator: "\n\n"))
    // A plain last line naming the site's host label: the site's app call.
    let app = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))\
      <p>For the latest stories download the GardenPost apps for iOS and Android.</p></article>
      """
    #expect(try TestPage.extract(app, url: url).text == TestPage.texts(4).joined(separator: "\n\n"))
    // The story's own last line, plain, naming what the story names: kept. An italic closing
    // line that names nothing of the site: kept.
    let story = """
      <article><h1>Garden Notes</h1><p>GardenPost readers planted roses all spring long this year.</p>\
      \(TestPage.paragraphs(3))<p><em>We are all in this together.</em></p>\
      <p>GardenPost asked the city for comment.</p></article>
      """
    #expect(
      try TestPage.extract(story, url: url).text
        == (["GardenPost readers planted roses all spring long this year."] + TestPage.texts(3)
        + ["We are all in this together.", "GardenPost asked the city for comment."]).joined(separator: "\n\n"))
  }

  @Test("the body's short last line calling the reader to a link, in any language, is not text; a plain last line is")
  func linkedClosingCalls() throws {
    let url = "https://www.gardenpost.example/notes/1"
    let calls = [
      #"Follow us: <a href="https://twitter.example/gw">Twitter</a> | <a href="https://fb.example/gw">Facebook</a>"#,
      #"¿Ya sabías que tenemos canal de Telegram? Síguenos en <a href="https://t.example/x">este enlace</a>."#,
      #"Would you like to write for us? Join our <a href="/program">Contributor Program</a>!"#,
      #"Nutze die Glocke, um informiert zu werden!<br>Folge uns auf <a href="https://fb.example/x">Facebook</a>"#,
    ]
    for call in calls {
      let body = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>\(call)</p></article>"
      #expect(try TestPage.extract(body, url: url).text == TestPage.texts(4).joined(separator: "\n\n"))
    }
    // A last line with a link but no call (an app or file the story is about), a call word but
    // no link, a call word inside a sentence or a call not addressed to the site (it reports):
    // the story's.
    let kept = [
      #"The full ruling is <a href="https://court.example/r.pdf">online</a>."#,
      "Readers can follow the vote on Friday.",
      #"The council will follow the <a href="https://court.example/r.pdf">ruling</a> next week."#,
      #"Newsletter publishers told <a href="https://press.example/x">Press Weekly</a> they expect growth."#,
      #"Join Anna and the team at the <a href="/events/fair">fair on Saturday</a>."#,
      #"Folgen Sie der Debatte im <a href="/liveblog">Liveblog</a>."#,
      #"Follow the hearing live on <a href="https://tv.example/live">the public channel</a>."#,
      #"The app costs 50 euros in the <a href="https://apps.example/x">App Store</a>."#,
    ]
    for line in kept {
      let body = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>\(line)</p></article>"
      let text = try TestPage.extract(body, url: url).text
      #expect(text.hasPrefix(TestPage.texts(4).joined(separator: "\n\n") + "\n\n"))
      #expect(text.split(separator: "\n\n").count == 5)
    }
  }

  @Test("a closing quotation set in italics that names the site is the story's, not the site speaking")
  func italicQuoteNamingSite() throws {
    let head = #"<meta property="og:site_name" content="The Garden Post">"#
    let url = "https://www.gardenpost.example/notes/1"
    let quote = "\u{201C}The Garden Post got the count of roses wrong,\u{201D} the mayor said on Friday."
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p><em>\(quote)</em></p></article>
      """
    #expect(
      try TestPage.extract(body, head: head, url: url).text
        == (TestPage.texts(4) + [quote]).joined(separator: "\n\n"))
    // The same words as the site's own line, no quotation: the site's.
    let note = "The Garden Post got the count of roses wrong and regrets the error."
    let own = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p><em>\(note)</em></p></article>
      """
    #expect(try TestPage.extract(own, head: head, url: url).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a site name ending in a dot (\"Inc.\", \"Example.\") is a name, not an address: no crash")
  func siteNameWithTrailingDot() throws {
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>The council meets again in May.</p></article>
      """
    for name in ["Inc.", "Example."] {
      let head = #"<meta property="og:site_name" content="\#(name)">"#
      #expect(
        try TestPage.extract(body, head: head, url: "https://www.example.com/a/1").text
          == (TestPage.texts(4) + ["The council meets again in May."]).joined(separator: "\n\n"))
    }
  }

  @Test("a plain last line naming the site reports unless it calls to act; a site word not capitalised is no name")
  func siteClosingLineReports() throws {
    let url = "https://www.gardenpost.example/notes/1"
    let reports = [
      "Garden Post has reached out to the mayor's office for further comment.",
      "Garden Post's Jane Roe contributed to this report.",
    ]
    for line in reports {
      let body = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>\(line)</p></article>"
      #expect(
        try TestPage.extract(body, url: url).text == (TestPage.texts(4) + [line]).joined(separator: "\n\n"))
    }
    // A site called "Time": the word in a sentence, plain or in italics, is not its name.
    let time = "https://time.example/12345/budget/"
    let common = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p><em>Roses bloom in their own time.</em></p>\
      <p>Only time will tell whether the plan works.</p></article>
      """
    #expect(
      try TestPage.extract(common, url: time).text
        == (TestPage.texts(4) + ["Roses bloom in their own time.", "Only time will tell whether the plan works."])
        .joined(separator: "\n\n"))
    // The same site's call, plain, with its address: the site's.
    let call = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))\
      <p>Read more garden news at GardenPost.example every morning.</p></article>
      """
    #expect(try TestPage.extract(call, url: url).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test(
    "a closing 'all rights reserved' line in Italian, Portuguese, Dutch and Polish is no text",
    arguments: [
      "Garden Media Srl. Tutti i diritti riservati.", "Garden Media Ltda. Todos os direitos reservados.",
      "Garden Media B.V. Alle rechten voorbehouden.", "Garden Media Sp. z o.o. Wszelkie prawa zastrzeżone.",
    ])
  func copyrightNoticesPerLanguage(line: String) throws {
    #expect(ContentWalker.holdsCopyrightNotice(line))
    let body = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>\(line)</p></article>"
    #expect(try TestPage.extract(body).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a last line that speaks of copyright without a year, a © or 'all rights reserved' is the story's")
  func copyrightWordIsNoNotice() throws {
    let story = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))\
      <p>The court ruled that the copyright claim against the club was invalid.</p></article>
      """
    #expect(
      try TestPage.extract(story).text
        == (TestPage.texts(4) + ["The court ruled that the copyright claim against the club was invalid."])
        .joined(separator: "\n\n"))
    let notice = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<p>(c) 2021 Garden Media Corp.</p></article>
      """
    #expect(try TestPage.extract(notice).text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("an appeal under the story opened by a short bold line or heading naming the site is not text")
  func siteAppeal() throws {
    let url = "https://www.gartenpost.example/notes/1"
    // A site named "Gartenpost" by its address: the appeal's call, its paragraphs, a pay line.
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))\
      <p><b>Die GARTENPOST bittet um Hilfe!</b></p><p>Weniger Werbung, mehr Platz für Texte.</p>\
      <p>Spenden könnt ihr per Überweisung, Betreff „Support“.</p></article>
      """
    #expect(try TestPage.extract(body, url: url).text == TestPage.texts(4).joined(separator: "\n\n"))
    // A heading naming something else over the last paragraphs: the story's.
    let story = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<h2>Roses in winter</h2>\
      \(TestPage.paragraphs(1, from: 4))</article>
      """
    #expect(
      try TestPage.extract(story, url: url).text == TestPage.texts(4).joined(separator: "\n\n")
        + "\n\nRoses in winter\n\n" + TestPage.texts(1, from: 4)[0])
  }

  @Test("a short line ending with a link to the newsletter's page and calling to sign up is not text")
  func signUpLines() throws {
    // Between paragraphs, in brackets and italics; under the story, in German, bold by style; a
    // pitch then a link whose title names the newsletter; French, its link to the letter's page.
    let lines = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(1))\
      <p><em>[What you need to know:</em> <a href="/newsletters/today"><em>Get Garden Today in your inbox</em></a><em>.]</em></p>\
      \(TestPage.paragraphs(1, from: 1))\
      <div><em><strong>Nie mehr etwas verpassen? Abonnieren Sie unser Briefing. \
      <a title="Newsletter" href="https://example.com/daily-briefing">Hier geht's zur Anmeldung</a>!</strong></em></div>\
      \(TestPage.paragraphs(1, from: 2))</article>
      """
    #expect(try TestPage.extract(lines).text == TestPage.texts(3).joined(separator: "\n\n"))
    let closing = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(3))\
      <p>Ne manquez rien : <a href="/infolettre">inscrivez-vous</a></p>\
      <div style="font-weight:bold">Nichts Neues verpassen! - <a href="/newsletter">Newsletter abonnieren</a></div></article>
      """
    #expect(try TestPage.extract(closing).text == TestPage.texts(3).joined(separator: "\n\n"))
  }

  @Test("a story's line that mentions, links or lists newsletters stays the story's")
  func signUpLinesKeepStory() throws {
    // The link inside a sentence that goes on; a newsletter linked without a call; "in your inbox"
    // before a link to a page that is no newsletter's; "subscribe" reported in running prose.
    let prose = [
      "<p>Readers can <a href=\"/newsletter\">sign up for the newsletter</a> at the council's office.</p>",
      "<p>The club's newsletter, <a href=\"/newsletter\">published every month</a>.</p>",
      "<p>The plan is in your inbox if you <a href=\"/plans\">ordered the book</a>.</p>",
      "<p>Many gardeners subscribe to <a href=\"/newsletter\">the newsletter</a>.</p>",
    ]
    let page = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(2))\(prose.joined())</article>"
    let expected =
      TestPage.texts(2) + [
        "Readers can sign up for the newsletter at the council's office.",
        "The club's newsletter, published every month.",
        "The plan is in your inbox if you ordered the book.", "Many gardeners subscribe to the newsletter.",
      ]
    #expect(try TestPage.extract(page).text == expected.joined(separator: "\n\n"))
    // A closing sentence that reports a sign-up and ends with a link: the call is not the link's
    // words nor the line's opening, or "newsletter" stands inside an article's slug.
    let reported = [
      (
        "<p>Since March, more than 3,000 residents have used the form to sign up for "
          + "<a href=\"https://city.example/newsletter\">the city's flood-warning newsletter</a>.</p>",
        "Since March, more than 3,000 residents have used the form to sign up for "
          + "the city's flood-warning newsletter."
      ),
      (
        "<p>Last year the company asked users to sign up again after "
          + "<a href=\"/2023/05/newsletter-platform-data-breach\">a data breach at its newsletter platform</a>.</p>",
        "Last year the company asked users to sign up again after a data breach at its newsletter platform."
      ),
      (
        "<p>Wer mitmachen will, melde dich beim <a href=\"/newsletter-redaktion\">Team des Newsletters</a>.</p>",
        "Wer mitmachen will, melde dich beim Team des Newsletters."
      ),
      // A story's sentence that opens with the call's words in another sense, many words before its link.
      (
        "<p>Sign up sheets for the volunteer cleanup were posted at the library, and the organizers said "
          + "details are in <a href=\"/newsletter\">the newsletter</a>.</p>",
        "Sign up sheets for the volunteer cleanup were posted at the library, and the organizers said "
          + "details are in the newsletter."
      ),
      (
        "<p>Sign up for the summer reading challenge opens Monday; the library announced it in "
          + "<a href=\"/newsletter\">its newsletter</a>.</p>",
        "Sign up for the summer reading challenge opens Monday; the library announced it in its newsletter."
      ),
    ]
    for (line, sentence) in reported {
      let closing = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(3))\(line)</article>"
      #expect(try TestPage.extract(closing).text == (TestPage.texts(3) + [sentence]).joined(separator: "\n\n"))
    }
    // A story listing newsletters to sign up for: three calls and more are its items.
    let list = (1...3).map { "<p>Letter \($0) arrives on Mondays. <a href=\"/newsletter/\($0)\">Sign up here</a>.</p>" }
    let listing = "<article><h1>Garden Notes</h1>\(TestPage.paragraphs(2))\(list.joined())</article>"
    let listed = TestPage.texts(2) + (1...3).map { "Letter \($0) arrives on Mondays. Sign up here." }
    #expect(try TestPage.extract(listing).text == listed.joined(separator: "\n\n"))
  }

  @Test("a heading naming the site over more story, with no appeal word, is the story's")
  func siteHeadingWithoutAppeal() throws {
    let url = "https://www.gardenpost.example/notes/1"
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(4))<h2>How GardenPost grows its roses</h2>\
      \(TestPage.paragraphs(1, from: 4))</article>
      """
    #expect(
      try TestPage.extract(body, url: url).text == TestPage.texts(4).joined(separator: "\n\n")
        + "\n\nHow GardenPost grows its roses\n\n" + TestPage.texts(1, from: 4)[0])
  }

  @Test("Text.cleanLines: a run of breaks and whitespace is one line break, none at the ends")
  func cleanLines() {
    let mark = Text.lineBreak
    #expect(Text.cleanLines("\(mark) a \n b \(mark)\(mark) \(mark) c \(mark)") == "a b\nc")
    #expect(Text.clean("a\(mark)b") == "a b")
  }

  @Test("a page made of cards (a blog's index) is no article: no body, outline or byline, and a warning")
  func listingOfCards() throws {
    let cards = (0..<8).map { index in
      """
      <div class="post-card"><a href="/posts/\(index)"><img src="/img/\(index).jpg" alt=""></a>\
      <h3><a href="/posts/\(index)">Post number \(index)</a></h3><p class="excerpt">\(TestPage.fillerText(index))</p>\
      <span class="author">By Author \(index)</span> <time datetime="2024-03-03">March 3, 2024</time></div>
      """
    }
    let article = try TestPage.extract("<main><h1>Latest posts</h1>\(cards.joined())</main>")
    #expect(article.text == "")
    #expect(article.headings == [])
    #expect(article.byline == nil)
    #expect(article.warnings.contains { $0.hasPrefix("the page is a listing of") })
  }

  @Test("a listicle whose numbered item headings link to their pictures is an article, not a listing of cards")
  func numberedListicleIsAnArticle() throws {
    let items = (1...8).map { number in
      """
      <div class="item"><h2><a href="/gallery/costumes/\(number)">\(number). Costume \(number)</a></h2>\
      <img src="/img/\(number).jpg" alt=""><p>What you need: a hat and a scarf.</p></div>
      """
    }
    let article = try TestPage.extract("<article><h1>Costumes</h1>\(TestPage.paragraphs(1))\(items.joined())</article>")
    #expect(article.headings.map(\.text) == (1...8).map { "\($0). Costume \($0)" })
    #expect(!article.warnings.contains { $0.hasPrefix("the page is a listing of") })
    #expect(Listing.opens("12. Drake", with: 12) && Listing.opens("3) Tiana", with: 3))
    #expect(!Listing.opens("12 Drakes", with: 12) && !Listing.opens("1. Drake", with: 2))
  }

  @Test("an article whose sections have linked headings over long prose is still an article")
  func linkedSectionsAreAnArticle() throws {
    let sections = (0..<6).map { index in
      "<h2><a href=\"/products/\(index)\">Product \(index)</a></h2>\(TestPage.paragraphs(4, from: index))"
    }
    let article = try TestPage.extract("<article><h1>The six best products</h1>\(sections.joined())</article>")
    #expect(article.headings.count == 6)
    #expect(!article.warnings.contains { $0.hasPrefix("the page is a listing of") })
  }

  @Test("every promotional phrase opening a line, as written or capitalised, is read past the byte filter")
  func promotionalPhrasesPassTheByteFilter() {
    for phrase in VocabularyBoilerplate.promotionalLines.all where !phrase.isEmpty {
      let capitalised = phrase.prefix(1).uppercased() + phrase.dropFirst()
      #expect(ContentWalker.isPromotionalLine("\(phrase) the rest of the line", anyLength: true), "\(phrase)")
      #expect(ContentWalker.isPromotionalLine("\(capitalised) the rest of the line", anyLength: true), "\(phrase)")
    }
    #expect(!ContentWalker.isPromotionalLine("The soil your tomatoes need in spring"))
  }

  @Test(
    "a JSON-LD script in the body is data, not text: the text around it stays, a JSON listing stays, its date is read")
  func jsonLDScriptInBodyIsNotText() throws {
    let body = """
      <article><h1>Cheap homemade costumes</h1>\(TestPage.paragraphs(2))
      <p>Check out the ideas ahead, and get ready to get crafty</p>
      <script type="application/ld+json">{"@context":"http:\\/\\/schema.org","@type":"ItemList",\
      "itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"Thing","name":"Drake"}}]}</script>
      <div>Loose text beside it.<script type="application/ld+json">{"@type":"ImageObject","name":"x"}</script></div>
      <pre><code>{"@context": "https://schema.org", "@type": "Recipe"}</code></pre>\(TestPage.paragraphs(2, from: 2))
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
      "datePublished":"2020-10-15T10:00:00Z"}</script></article>
      """
    let article = try TestPage.extract(body)
    let expected =
      TestPage.texts(2) + [
        "Check out the ideas ahead, and get ready to get crafty", "Loose text beside it.",
        "{\"@context\": \"https://schema.org\", \"@type\": \"Recipe\"}",
      ] + TestPage.texts(2, from: 2)
    #expect(article.text == expected.joined(separator: "\n\n"))
    #expect(article.publishedAt == "2020-10-15T10:00:00Z")
  }

  @Test("a self-closed <script/> runs to </script> as a browser reads it: its code is no text; markup after one stays")
  func selfClosedScriptCodeIsNotText() throws {
    let body = """
      <article><h1>Pineapple upside-down cake</h1>\(TestPage.paragraphs(2))
      <script type="text/javascript"/>
      (function() { document.addEventListener('DOMContentLoaded', function() { if (a && b) { run(); } }); })();
      </SCRIPT>
      <script src="a.js"/><p>Kept after a script closed the XHTML way.</p>
      <div><script src="b.js"/>Loose text kept, <b>bold</b> too.</div>\(TestPage.paragraphs(2, from: 2))</article>
      """
    let expected =
      TestPage.texts(2) + ["Kept after a script closed the XHTML way.", "Loose text kept, bold too."]
      + TestPage.texts(2, from: 2)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }

  @Test("SiteKeys.mayNameWords: an ASCII line names a key only in a run of its letters and digits")
  func siteKeyByteFilter() {
    #expect(ContentWalker.SiteKeys.mayNameWords("Support The Harbour Times today!", ["harbourtimes"]))
    #expect(ContentWalker.SiteKeys.mayNameWords("Follow @HarbourTimes", ["harbourtimes"]))
    #expect(ContentWalker.SiteKeys.mayNameWords("Read it on Funkturm.info", ["funkturm"]))
    #expect(!ContentWalker.SiteKeys.mayNameWords("Water the tomatoes twice a week.", ["harbourtimes"]))
    // Not ASCII: left to the word loop.
    #expect(ContentWalker.SiteKeys.mayNameWords("Die GRÜNESÄULE bittet um Hilfe", ["gruenesaeule"]))
  }
}
