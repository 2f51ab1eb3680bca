import Testing

@testable import ExtractKit

/// Finding the article body: semantic containers first, Readability-style scoring for div soup,
/// then boilerplate inside the body masked.
@Suite("Content locator: semantic containers, div-soup scoring, boilerplate masked")
struct ContentLocatorTests {
  /// The located body roots of a page, each as "tag.class" (or "tag#id", or the tag alone).
  private func roots(_ html: String) throws -> [String] {
    let page = try Prepare.page(bytes: Array(html.utf8), options: ExtractOptions())
    let content = ContentLocator.locate(in: page, regions: Regions.locate(in: page))
    return content.roots.map { node in
      if let name = node.attribute("class") { return node.tag + "." + name }
      if let id = node.attribute("id") { return node.tag + "#" + id }
      return node.tag
    }
  }

  private let fourParagraphs = TestPage.texts(4).joined(separator: "\n\n")

  @Test("WordPress: cookie banner, share bar, newsletter box, comments and sidebar are left out of the body")
  func wordPressBoilerplate() throws {
    let body = """
      <div class="cookie-notice" role="dialog">We use cookies to improve your experience. \
      <a href="/privacy">Learn more</a> <button>Accept</button></div>
      <div class="site-inner"><div class="content-area"><main id="main" class="site-main">
      <article class="post"><header class="entry-header"><h1 class="entry-title">Why Bees Matter in the Garden</h1>
      </header><div class="entry-content">\(TestPage.paragraphs(2))
      <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>\
      <li><a href="https://twitter.com/share">Twitter</a></li>\
      <li><a href="https://facebook.com/share">Facebook</a></li>\
      </ul></div>
      \(TestPage.paragraphs(2, from: 2))
      <div class="newsletter-signup"><h4>Get our newsletter</h4><p>Fresh gardening tips in your inbox every week.</p>\
      <form><input type="email"><button>Subscribe</button></form></div>
      </div></article>
      <div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Why Bees Matter”</h2>\
      <ol class="comment-list"><li class="comment"><p>Great article, thanks for sharing all of this with us!</p></li>\
      </ol></div>
      </main></div>
      <aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2>\
      <ul><li><a href="/compost">Composting basics for small gardens</a></li></ul></section></aside></div>
      """
    let article = try TestPage.extract(body)
    #expect(try roots(TestPage.html(body)) == ["div.entry-content"])
    #expect(article.text == fourParagraphs)
    #expect(article.headings.isEmpty)
    #expect(article.lists.isEmpty)
    #expect(article.warnings.isEmpty)
  }

  @Test("text modules of one class under <body> (a CMS's 'headline-with-text' boxes between tables) are one body")
  func sameClassModulesUnderBody() throws {
    let texts = TestPage.texts(6)
    func module(_ range: Range<Int>) -> String {
      """
      <div class="container-fluid headline-with-text"><div class="container topic"><div class="row">\
      <div class="col-md-12"></div></div><div class="row"><div class="col-md-8 offset-md-1">\
      \(texts[range].map { "<p>\($0)</p>" }.joined())</div></div></div></div>
      """
    }
    let body = """
      <section class="blog-post head-post"><h1>Bio-Propane for Heating</h1></section>
      \(module(0..<3))
      <div class="container-fluid near-table"><table><tr><td>Formula</td><td>C3H8</td></tr></table></div>
      \(module(3..<5))
      \(module(5..<6))
      <div class="container-fluid related"><a href="/a">Propane tanks</a> <a href="/b">Bio LPG</a></div>
      """
    let module = "div.container-fluid headline-with-text"
    #expect(try roots(TestPage.html(body)) == [module, module, module])
    #expect(try TestPage.extract(body).text == texts.joined(separator: "\n\n"))
  }

  @Test("same-class boxes that each hold their own <time> are other dated posts, not more of the article")
  func sameClassDatedPostsStayOut() throws {
    let texts = TestPage.texts(6)
    func post(_ day: Int, _ range: Range<Int>) -> String {
      """
      <div class="grid_8 zero"><time datetime="2021-12-0\(day)">\(day). Dezember 2021</time>\
      <div class="entry">\(texts[range].map { "<p>\($0)</p>" }.joined())</div></div>
      """
    }
    let body = """
      <h1>Der verschollene Kopfsprung</h1>
      \(post(1, 0..<3))
      <div class="clear"><table><tr><td>Preis</td><td>12 Euro</td></tr></table></div>
      \(post(2, 3..<5))
      \(post(3, 5..<6))
      """
    let text = try TestPage.extract(body).text
    #expect(text.contains(texts[0]))
    #expect(!text.contains(texts[3]))
    #expect(!text.contains(texts[5]))
  }

  @Test("Shopify: itemprop=articleBody inside <article> is the body, without the share bar and tags after it")
  func shopifyArticleBody() throws {
    let body = """
      <main id="MainContent"><article class="article" itemscope itemtype="http://schema.org/BlogPosting">
      <h1 class="article__title" itemprop="headline">How Massage Can Help Your Back</h1>
      <div class="rte" itemprop="articleBody">\(TestPage.paragraphs(4))</div>
      <div class="social-sharing">Share <a href="https://facebook.com/sharer.php">Facebook</a> \
      <a href="https://twitter.com/share">Tweet</a></div>
      <p class="tags">Tags: <a href="/blogs/resources/tagged/back-pain">back pain</a></p></article></main>
      """
    #expect(try roots(TestPage.html(body)) == ["div.rte"])
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }

  @Test("a plain <article> holding the paragraphs is the body; the <nav> and sidebar beside it are not")
  func plainArticle() throws {
    let body = """
      <div class="container"><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></nav>
      <article>\(TestPage.paragraphs(4))</article>
      <div class="sidebar"><h3>Most read</h3><p>Another story that many people clicked on today.</p></div></div>
      """
    #expect(try roots(TestPage.html(body)) == ["article"])
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }

  @Test("a bare <main> holding the paragraphs is the body")
  func plainMain() throws {
    let body = """
      <div class="wrap"><main>\(TestPage.paragraphs(4))</main>
      <div class="promo"><p>Subscribe today and get three months of the magazine for free.</p></div></div>
      """
    #expect(try roots(TestPage.html(body)) == ["main"])
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }

  @Test("Drupal: the field--name-body inside <main> is the body; the comment field and sidebar are not")
  func drupalBodyField() throws {
    let body = """
      <div class="layout-container"><main role="main"><div class="region region-content">\
      <article role="article" class="node node--type-article node--view-mode-full">\
      <h1 class="page-title"><span class="field field--name-title">Why Bees Matter in the Garden</span></h1>
      <div class="node__content"><div class="clearfix text-formatted field field--name-body \
      field--type-text-with-summary field--label-hidden field__item">\(TestPage.paragraphs(4))</div>
      <section class="field field--name-comment field--type-comment"><h2>Comments</h2><article class="comment">\
      <p>Thanks for this interesting write-up about bees and gardens everywhere.</p></article></section>
      </div></article></div></main>
      <aside class="layout-sidebar-second" role="complementary"><div class="block"><h2>Popular content</h2>\
      <ul><li><a href="/x">Something else entirely different here</a></li></ul></div></aside></div>
      """
    let article = try TestPage.extract(body)
    #expect(article.text == fourParagraphs)
    #expect(article.headings.isEmpty)
  }

  @Test("Squarespace: the body split over several sqs-block-content blocks is read whole, in order")
  func squarespaceBlocks() throws {
    let body = """
      <main id="page" role="main"><article class="BlogItem hentry"><div class="BlogItem-title">\
      <h1 class="entry-title">Why Bees Matter in the Garden</h1></div>
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row">\
      <div class="col sqs-col-12 span-12">
      <div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">\(TestPage.paragraphs(2))\
      </div></div>
      <div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h2>Planting for Pollinators</h2>\
      \(TestPage.paragraphs(2, from: 2))</div></div>
      </div></div></div>
      <div class="BlogItem-share"><a href="https://facebook.com/share">Facebook</a> \
      <a href="https://twitter.com/share">Twitter</a></div></article></main>
      """
    let article = try TestPage.extract(body)
    let expected = TestPage.texts(2) + ["Planting for Pollinators"] + TestPage.texts(2, from: 2)
    #expect(article.text == expected.joined(separator: "\n\n"))
    #expect(article.headings == [Heading(level: 2, text: "Planting for Pollinators")])
  }

  @Test("div soup without semantic markup: the column of text wins over the link column and the ad column")
  func divSoupScoring() throws {
    let paragraphs = TestPage.texts(4, about: "the bridge").map { "<div>\($0)</div>" }.joined(separator: "\n")
    let body = """
      <div id="wrapper"><div id="leftcol"><div class="box"><b>Sections</b><br><a href="/news">News</a><br>\
      <a href="/sport">Sport</a><br><a href="/weather">Weather</a></div></div>
      <div id="centercol"><div class="x1"><div class="x2">\(paragraphs)</div></div></div>
      <div id="rightcol"><div class="x3"><p>Advertise with us today and reach thousands of readers.</p></div></div>\
      </div>
      """
    let article = try TestPage.extract(body)
    #expect(try roots(TestPage.html(body)) == ["div#centercol"])
    #expect(article.text == TestPage.texts(4, about: "the bridge").joined(separator: "\n\n"))
    #expect(article.warnings.isEmpty)
  }

  @Test("paragraphs split into sibling boxes are joined under their common parent")
  func siblingParagraphs() throws {
    let body = """
      <div id="story"><div class="intro"><p>\(TestPage.fillerText(0))</p><p>\(TestPage.fillerText(1))</p></div>
      <div class="more"><p>\(TestPage.fillerText(2))</p><p>\(TestPage.fillerText(3))</p></div>
      <div class="aftermath"><p>\(TestPage.fillerText(4))</p><p>\(TestPage.fillerText(5))</p></div></div>
      """
    let article = try TestPage.extract(body)
    #expect(article.text == TestPage.texts(6).joined(separator: "\n\n"))
  }

  @Test("hidden elements (display:none, hidden, aria-hidden) inside the body are masked")
  func hiddenMasked() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter in the Garden</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <div style="display: none">Hidden promo text that no reader sees on the page.</div>
      <p hidden>A hidden paragraph that is not part of the article either.</p>
      <div class="screen-reader" aria-hidden="true">An off-screen menu copy with a few words.</div>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }

  @Test("a bare 'Related:' line of links inside the body is masked; a paragraph with a link in it is not")
  func linkBlockMasked() throws {
    let body = """
      <article class="post"><h1>Why Bees Matter in the Garden</h1><div class="entry-content">\(TestPage.paragraphs(2))
      <p><a href="/compost">Composting basics for small gardens</a></p>
      <p>Read <a href="/guide">our pollinator guide</a> before planting.</p>
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let expected = TestPage.texts(2) + ["Read our pollinator guide before planting."] + TestPage.texts(2, from: 2)
    #expect(try TestPage.extract(body).text == expected.joined(separator: "\n\n"))
  }

  @Test("a page with no article says so in the warnings and falls back to the whole body")
  func noMainContent() throws {
    let article = try ArticleExtractor().extract(html: "<html><body><p>Short.</p></body></html>")
    #expect(article.text == "Short.")
    #expect(
      article.warnings == [
        "no main content found",
        "article text is very short: 1 word; the page shows only 6 characters of text outside scripts",
      ])
    #expect(article.hasLittleText)
  }

  @Test("a page of navigation links only: the empty text's warning says the page's text reads as navigation")
  func emptyTextSaysWhy() throws {
    let links = (0..<12).map { "<li><a href=\"/section-\($0)\">Section of the site number \($0)</a></li>" }.joined()
    let article = try ArticleExtractor().extract(html: "<html><body><nav><ul>\(links)</ul></nav></body></html>")
    #expect(article.text == "")
    #expect(article.warnings.contains { $0.hasPrefix("no text found: the page's other text (") })
    #expect(article.hasLittleText)
  }

  /// A site's sidebar of links, longer than the article: the page's text is mostly not the story,
  /// so no wrapper of the story holds most of the page's text.
  private let longSidebar =
    "<aside class=\"site-sidebar\"><h3>Recent posts</h3><ul>"
    + (0..<30).map { "<li><a href=\"/post-\($0)\">A recent post from the archive, number \($0)</a></li>" }
    .joined() + "</ul></aside>"

  @Test("Elementor: the story inside elementor-widget-wrap and elementor-widget-container is not masked")
  func elementorWidgetWrapper() throws {
    let body = """
      <div class="elementor elementor-12 elementor-location-single post-12 post type-post">
      <section class="elementor-section elementor-top-section"><div class="elementor-container">
      <div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated">
      <div class="elementor-element elementor-widget elementor-widget-theme-post-title">\
      <div class="elementor-widget-container"><h1 class="elementor-heading-title">Why Bees Matter</h1></div></div>
      <div class="elementor-element elementor-widget elementor-widget-text-editor">\
      <div class="elementor-widget-container">\(TestPage.paragraphs(4))</div></div>
      </div></div></div></section></div>
      \(longSidebar)
      """
    let article = try TestPage.extract(body)
    #expect(article.text == fourParagraphs)
    #expect(article.warnings.isEmpty)
  }

  @Test("Blogger: the posts inside `div.widget.Blog` are the body; the sidebar widgets are not")
  func bloggerBlogWidget() throws {
    let body = """
      <div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
      <div class="post hentry"><h3 class="post-title entry-title">Why Bees Matter</h3>
      <div class="post-body entry-content">\(TestPage.paragraphs(4))</div></div></div></div></div>
      <div class="sidebar section" id="sidebar"><div class="widget BlogArchive" id="BlogArchive1"><h2>Archive</h2>\
      <ul><li><a href="/2024/">2024</a></li><li><a href="/2023/">2023</a></li></ul></div></div>
      \(longSidebar)
      """
    #expect(try roots(TestPage.html(body)) == ["div.post-body entry-content"])
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }

  @Test("Drupal: text fields classed field--label-hidden are the story, not hidden boxes")
  func drupalLabelHidden() throws {
    let body = """
      <article class="node node--type-article"><h1>Why Bees Matter</h1><div class="node__content">
      <div class="field field--name-field-paragraphs field--label-hidden field__items">
      <div class="clearfix text-formatted field field--name-field-text field--label-hidden field__item">\
      \(TestPage.paragraphs(2))</div>
      <div class="clearfix text-formatted field field--name-field-text field--label-hidden field__item">\
      \(TestPage.paragraphs(2, from: 2))</div></div></div></article>
      """
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }

  @Test("a Drupal field--label-hidden box holding the story inside <main> is not cleaned away as hidden")
  func labelHiddenFieldNotCleaned() throws {
    let body = """
      <main><h1>Why Bees Matter</h1><div class="lead">\(TestPage.paragraphs(3))</div>
      <div class="field field--name-field-inhalt field--label-hidden"><div class="field__item">\
      \(TestPage.paragraphs(4, from: 3))</div></div></main>
      """
    #expect(try TestPage.extract(body).text == TestPage.texts(7).joined(separator: "\n\n"))
  }

  @Test("a story whose column carries a sharing bar ('article__sharingContainer') is not masked")
  func sharingContainerAroundStory() throws {
    let body = """
      <main><article class="document"><h1>Why Bees Matter</h1>
      <div class="document__sharingContainer"><section class="document__content">\(TestPage.paragraphs(4))\
      </section></div></article></main>
      \(longSidebar)
      """
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }

  @Test("an unclosed <header role=banner> around the whole page does not mask the page")
  func bannerAroundWholePage() throws {
    let html = """
      <html><body><header role="banner" class="header"><div class="logo"><a href="/">Example Site</a></div>
      <div id="content"><h1>Why Bees Matter</h1>\(TestPage.paragraphs(4))</div></body></html>
      """
    let article = try ArticleExtractor().extract(html: html)
    #expect(article.text == fourParagraphs)
  }

  @Test("an <article> of teaser cards whose intros are links loses to the story beside it")
  func teaserCardsLoseToStory() throws {
    let card = { (index: Int) in
      "<div class=\"material\"><a href=\"/story-\(index)\"><div class=\"text\"><h3>Analysis</h3><p class=\"intro\">"
        + TestPage.fillerText(index, about: "football") + "</p></div></a></div>"
    }
    let body = """
      <div class="col-top"><article class="story"><h1>Why Bees Matter</h1>\(TestPage.paragraphs(2))</article>
      <article class="more-materials"><h3>Analysis, interviews</h3>\((0..<5).map(card).joined())</article></div>
      """
    #expect(try roots(TestPage.html(body)) == ["article.story"])
  }

  @Test("a short post whose only box reads as a link card is found again by the second attempt")
  func secondAttemptKeepsShortPost() throws {
    let body = """
      <div id="main"><div class="newsentry"><h2>Sign the petition</h2><div class="newstext">\
      <p>The new tariffs would close many small clubs this year, so please sign the petition against them now, \
      and tell your friends about it too.</p>\
      <p><a href="https://petition.example/online/against-the-new-tariffs-for-music-clubs-and-small-venues">\
      https://petition.example/online/against-the-new-tariffs-for-music-clubs-and-small-venues</a></p></div></div></div>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.text == """
        Sign the petition

        The new tariffs would close many small clubs this year, so please sign the petition against them now, \
        and tell your friends about it too.

        https://petition.example/online/against-the-new-tariffs-for-music-clubs-and-small-venues
        """)
  }

  @Test(
    "a one-paragraph \"c-intro__text\" box over a column of plain paragraphs: the second attempt, weighing no class words, takes the column"
  )
  func secondAttemptWeighsNoClassWords() throws {
    let intro =
      "The forum met for two days this spring, with volunteers from the villages and the towns around them, "
      + "to talk about clubs, fire brigades and the help they need."
    let body = """
      <div class="layout"><div class="column large-8"><div class="c-intro">\
      <div class="c-intro__hero"><figure><img src="/forum.jpg" alt=""></figure></div>\
      <div class="c-intro__text"><p>\(intro)</p></div></div>
      \(TestPage.paragraphs(3))</div></div>
      """
    let located = try roots(TestPage.html(body))
    #expect(located == ["div.layout"])
    #expect(try TestPage.extract(body).text == ([intro] + TestPage.texts(3)).joined(separator: "\n\n"))
  }

  @Test(
    "a column beside the story's column in its wrapper (`col_right`, `colAside`, `right-column`) is left out of the body"
  )
  func sideColumnBesideStoryColumn() throws {
    let teaser =
      "Our spring catalogue is out, with forty pages of seeds, bulbs and tools for a small plot, "
      + "and a guide to sowing dates."
    for side in ["col_right", "page colAside", "right-column"] {
      let body = """
        <article class="post"><h1>How the Garden Grew</h1><div class="col_left">\(TestPage.paragraphs(4))</div>\
        <div class="\(side)"><h3>Seed catalogue</h3><p>\(teaser)</p><a href="/catalogue">More</a></div></article>
        """
      #expect(try TestPage.extract(body).text == fourParagraphs, "\(side)")
    }
  }

  @Test(
    "an appeal for money after the text (a \"donation-box\", a German \"Beitrag-Spende\" box) is left out of the body"
  )
  func appealForMoneyAfterText() throws {
    let appeal =
      "Good journalism takes time and people who check facts and conduct interviews, so please support our work "
      + "with a monthly or a single gift today."
    for box in ["div class=\"donation-box\"", "section class=\"Beitrag-Spende\""] {
      let tag = box.split(separator: " ")[0]
      let body = """
        <article class="post"><h1>How the Garden Grew</h1><div class="col_left">\(TestPage.paragraphs(4))</div>\
        <\(box)><h3>Support us</h3><p>\(appeal)</p><p>\(appeal)</p></\(tag)></article>
        """
      #expect(try TestPage.extract(body).text == fourParagraphs, "\(box)")
    }
  }

  @Test("a wrapper around the story whose class names an aside (\"story-main-aside-wrap\") stays the body")
  func asideNamedWrapperOfStoryStays() throws {
    let body = """
      <div class="page"><div class="story-main-aside-wrap"><h1>How the Garden Grew</h1>\
      <div class="entry">\(TestPage.paragraphs(4))</div></div><div class="more"><p>Short note.</p></div></div>
      """
    #expect(try TestPage.extract(body).text == fourParagraphs)
  }
}
