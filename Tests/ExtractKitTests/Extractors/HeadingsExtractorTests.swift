import Testing

@testable import ExtractKit

/// The outline of the main content: its headings in document order, levels and anchors kept,
/// the title heading left out, headings of chrome (comments, sidebar, share bar) not included.
@Suite("Headings: outline of the main content, title not repeated")
struct HeadingsExtractorTests {
  @Test("WordPress: h2, h3 and h4 in document order with their ids; the entry-title h1 is not among them")
  func wordPressOutline() throws {
    let body = """
      <article class="post"><header class="entry-header"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes\
      </h1></header><div class="entry-content">\(TestPage.paragraphs(2))
      <h2 id="choosing-seeds">Choosing Seeds</h2><p>Pick varieties that suit your climate.</p>
      <h3>Heirloom Varieties</h3><p>Old varieties with lots of flavour.</p>
      <h3>Hybrid Varieties</h3><p>Reliable and disease resistant.</p>
      <h2 class="wp-block-heading" id="planting-out">Planting <em>Out</em></h2><p>Wait until the last frost.</p>
      <h4>A Note on Frost</h4><p>Cover young plants at night.</p>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.headings == [
        Heading(level: 2, text: "Choosing Seeds", id: "choosing-seeds"),
        Heading(level: 3, text: "Heirloom Varieties"),
        Heading(level: 3, text: "Hybrid Varieties"),
        Heading(level: 2, text: "Planting Out", id: "planting-out"),
        Heading(level: 4, text: "A Note on Frost"),
      ])
  }

  @Test("Medium: the title h1 inside the article body is not repeated; the subtitle under it is a dek, not a heading")
  func mediumTitleInBody() throws {
    let paragraphs = { (start: Int) in
      TestPage.texts(2, from: start).map { "<p class=\"graf graf--p\">\($0)</p>" }.joined()
    }
    let body = """
      <article><div class="section-content"><h1 class="graf graf--h3 graf--leading graf--title" name="a1b2">\
      A Beginner Guide to Growing Tomatoes</h1><h2 class="graf graf--h4 graf--subtitle" name="c3d4">\
      Everything you need for a first season</h2>\(paragraphs(0))<h3 class="graf graf--h3" name="e5f6">\
      Choosing Seeds</h3>\(paragraphs(2))</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(article.title == "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings == [Heading(level: 3, text: "Choosing Seeds")])
    #expect(article.text.hasPrefix("Everything you need for a first season\n\n"))
  }

  @Test("Blogger: a post whose body repeats the title as an h2 does not list it")
  func repeatedTitleH2() throws {
    let body = """
      <div class="post hentry"><div class="post-body entry-content"><h2>A Beginner Guide to Growing Tomatoes</h2>\
      \(TestPage.paragraphs(2))<h3>Choosing Seeds</h3>\(TestPage.paragraphs(2, from: 2))</div></div>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"A Beginner Guide to Growing Tomatoes\">",
      title: "Garden Diary: A Beginner Guide to Growing Tomatoes")
    #expect(article.headings == [Heading(level: 3, text: "Choosing Seeds")])
  }

  @Test("headings of the share bar, the comment form and the sidebar are not part of the outline")
  func chromeHeadingsLeftOut() throws {
    let body = """
      <main class="site-main"><article class="post"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))
      <div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a href="https://twitter.com/share">Twitter</a>\
      </div></div></article>
      <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>\
      <form class="comment-form"><textarea></textarea><button>Post Comment</button></form></div></main>
      <aside class="sidebar"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/veg">Vegetables</a></li>\
      </ul></aside>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings == [Heading(level: 2, text: "Choosing Seeds")])
  }

  @Test(
    "a WordPress comment form's title in each language is no heading of the article",
    arguments: [
      "Deja una respuesta", "Geef een reactie", "Laisser une réponse", "Deixe uma resposta", "Napsat komentář",
      "Lämna ett svar", "Skriv en kommentar", "Добавить комментарий",
    ])
  func replyFormTitlesPerLanguage(title: String) {
    #expect(HeadingsExtractor.isCommentSectionTitle(title))
  }

  @Test("an empty heading (a spacer) is not a heading")
  func emptyHeadingSkipped() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<h2> </h2>
      <h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(try TestPage.extract(body).headings == [Heading(level: 2, text: "Choosing Seeds")])
  }

  @Test("a page without section headings has an empty outline")
  func noHeadings() throws {
    let body = "<article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(4))</article>"
    #expect(try TestPage.extract(body).headings == [])
  }

  @Test("an FAQ accordion's question heading inside its <button> toggle is part of the outline")
  func headingInAccordionButton() throws {
    let body = """
      <article class="post"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes</h1><div class="entry-content">\
      \(TestPage.paragraphs(2))<h2>Frequently Asked Questions</h2><div class="mntl-accordion">\
      <div class="mntl-accordion__item"><button class="mntl-accordion__title" aria-expanded="false"><h3>When do I \
      plant out?</h3></button><div class="mntl-accordion__content"><p>After the last frost in your area.</p></div></div>\
      </div>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(
      try TestPage.extract(body).headings == [
        Heading(level: 2, text: "Frequently Asked Questions"), Heading(level: 3, text: "When do I plant out?"),
      ])
  }
}

@Suite("Headings: the comment section's titles")
struct HeadingsCommentTitleTests {
  @Test("an accordion heading holding its toggle button (<h3><button>FAQ</button></h3>) is part of the outline")
  func accordionButtonInsideHeading() throws {
    let body = """
      <article><h1>Norwegen: Tipps für die Anreise</h1><div class="entry-content">\(TestPage.paragraphs(2))\
      <h3 class="accordion__title"><button type="button" aria-controls="panel-6" class="accordion__button">\
      <span class="accordion__headline">FAQ</span></button></h3><div class="accordion__content" id="panel-6">\
      \(TestPage.paragraphs(1, from: 2))</div>\(TestPage.paragraphs(2, from: 3))</div></article>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.headings.map(\.text) == ["FAQ"])
  }

  @Test("a comment count heading and the reply form's title after the article are not its headings")
  func commentSectionTitlesDropped() throws {
    let html = """
      <article><h1>Why Bees Matter in the Garden</h1><div class="entry-content"><h2>Planting for bees</h2>\
      \(TestPage.paragraphs(3))<h2>0 Kommentare</h2><h2>Schreibe einen Kommentar:</h2>\
      <p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p></div></article>
      """
    let headings = try TestPage.extract(html).headings.map(\.text)
    #expect(headings == ["Planting for bees"])
  }

  @Test("a credit or a category line set as a heading (<h6>Photo: …</h6>, <h2>Category: …</h2>) is not a section")
  func creditAndCategoryHeadings() throws {
    let body = """
      <article><h1>Garden Notes</h1>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))
      <h6>Photo: Jane Roe</h6><h6>Bildnachweis: Beitragsbild von Max Muster, via Wikimedia Commons, \
      Buchcover: Verlag, alle weiteren Bilder von der Autorin dieses Beitrags</h6>
      <h2>Category: Blog Popular</h2></article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a heading all of whose text links to another post and ends in '>>>' is a teaser, not a section")
  func arrowedTeaserHeading() throws {
    let body = """
      <article><h1>Halloween Cookies</h1>\(TestPage.paragraphs(2))<h2>Ingredients</h2>\(TestPage.paragraphs(1, from: 2))
      <h2><a href="/pancakes">BLUEBERRY PANCAKES WITH SOURDOUGH &gt;&gt;&gt;</a></h2>\(TestPage.paragraphs(1, from: 3))
      </article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Ingredients"])
  }

  @Test("the title repeated as a lower heading over the post (<h3> in a theme whose <h1> is the site's) is left out")
  func titleRepeatedAsLowerHeading() throws {
    let body = """
      <h1 class="site-title">Frau Lindgrüns Blog</h1><article><h3 class="entry-title">Mein Motto: Fazit und Pläne</h3>\
      \(TestPage.paragraphs(2))<h3>Meine Pläne</h3>\(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "Mein Motto: Fazit und Pläne", lang: "de")
    #expect(article.headings.map(\.text) == ["Meine Pläne"])
  }

  @Test("a box about the interviewee headed 'Zur Person' among the sections is not one of them")
  func aboutThePersonBox() throws {
    let body = """
      <article><h1>Kind krank: was Eltern wissen sollten</h1>\(TestPage.paragraphs(2))<h2>Die Meldepflicht</h2>\
      \(TestPage.paragraphs(1, from: 2))<div class="box"><h3>Zur Person</h3><p>Jana Muster ist Fachanwältin für \
      Arbeitsrecht in Köln.</p></div><h2>Wie lange?</h2>\(TestPage.paragraphs(1, from: 3))</article>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.headings.map(\.text) == ["Die Meldepflicht", "Wie lange?"])
    #expect(!article.text.contains("Fachanwältin"))
  }

  @Test("a lead paragraph of many sentences set in a heading tag is text, not a section")
  func paragraphInHeadingTag() throws {
    let lead =
      "Diesen Beitrag wollte ich schon vor einem Monat schreiben. Eigentlich erledige ich Dinge lieber gleich, als "
      + "sie liegen zu lassen. Aber aus Gründen, die ich selbst nicht kenne, blieb dieser Entwurf Woche um Woche "
      + "liegen, und das ärgert mich."
    let body = """
      <article><h1>Eine kleine Pause</h1><h3>\(lead)</h3>\(TestPage.paragraphs(2))<h3>Wie es weitergeht</h3>\
      \(TestPage.paragraphs(1, from: 2))</article>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.headings.map(\.text) == ["Wie es weitergeht"])
    #expect(article.text.hasPrefix(lead))
  }

  @Test("a picture's caption set in a heading tag with its credit in parentheses is neither heading nor text")
  func captionInHeadingTag() throws {
    let body = """
      <article><h1>Hochwasser</h1>\(TestPage.paragraphs(2))<h6>Viele Keller standen in diesem Frühjahr unter Wasser \
      (Foto: Max Muster / Adobe Stock)</h6>\(TestPage.paragraphs(1, from: 2))<h2>Empfehlungen</h2>\
      \(TestPage.paragraphs(1, from: 3))</article>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.headings.map(\.text) == ["Empfehlungen"])
    #expect(!article.text.contains("Adobe Stock"))
  }

  @Test("a recirculation label naming the site after it ('Mehr zum Thema auf example.de') is not a section")
  func recirculationLabelWithSiteAddress() throws {
    let body = """
      <article><h1>Das Garten-Glossar</h1>\(TestPage.paragraphs(2))<h3>Von Ableger bis Zwiebel</h3>\
      \(TestPage.paragraphs(1, from: 2))<div class="more"><h3>Mehr zum Thema auf Beispiel.de</h3>\
      <p><a href="/a">Ein anderer Artikel über das Glossar</a></p></div></article>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.headings.map(\.text) == ["Von Ableger bis Zwiebel"])
  }

  @Test(
    "a section heading whose id names it a header (<h2 id=\"recipeIngredients_header\">) stays; a class naming one does not"
  )
  func headerInIDIsAnAnchor() throws {
    let body = """
      <article><h1>Plum Crumble Bars</h1>\(TestPage.paragraphs(2))<h2 id="rcp_recipeIngredients_header">\
      Ingredients</h2>\(TestPage.paragraphs(1, from: 2))<h2 id="rcp_recipeSteps_header">Steps</h2>\
      \(TestPage.paragraphs(1, from: 3))<h3 class="list-header">More from the shop</h3>\
      \(TestPage.paragraphs(1, from: 4))</article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Ingredients", "Steps"])
  }

  @Test("deep in the body, a heading adding words to the title ('<title>: FAQs') is a section, not the title again")
  func titleWordsPlusSectionWord() throws {
    let body = """
      <div class="hero"><h1 class="entry-title">How to Root a Fig Tree from Cuttings</h1></div>\
      <article>\(TestPage.paragraphs(3))<h2>What You Need</h2>\
      \(TestPage.paragraphs(2, from: 3))<h2>How to Root a Fig Tree from Cuttings: FAQs</h2>\
      \(TestPage.paragraphs(1, from: 5))</article>
      """
    let article = try TestPage.extract(body, title: "How to Root a Fig Tree from Cuttings")
    #expect(article.headings.map(\.text) == ["What You Need", "How to Root a Fig Tree from Cuttings: FAQs"])
  }

  @Test("a callout box set in a quote keeps its heading (<blockquote><h2>…</h2><p>…</p></blockquote>)")
  func headingInsideQuoteBox() throws {
    let body = """
      <article><h1>Obersaal</h1>\(TestPage.paragraphs(1))<blockquote class="blockquote bq-warning">\
      <h2>Das Allgäuer Freeride Revier</h2><p>Wer Bretter am liebsten abseits lenkt, ist in Obersaal genau \
      richtig.</p></blockquote>\(TestPage.paragraphs(2, from: 1))</article>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.headings.map(\.text) == ["Das Allgäuer Freeride Revier"])
    #expect(article.text.contains("Das Allgäuer Freeride Revier\n\nWer Bretter am liebsten abseits lenkt"))
  }

  @Test("a sentence classed as the lead under the title (h2.article-header-leadText) is the dek, not a heading")
  func leadClassedSentenceIsDek() throws {
    let body = """
      <article><header><h1>A Beginner Guide to Growing Tomatoes</h1><h2 class="article-header-leadText">Everything \
      you need to know for a first season of tomatoes in your own garden.</h2></header>\
      <div class="article-body">\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))</div>\
      </article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings == [Heading(level: 2, text: "Choosing Seeds")])
    #expect(
      article.text.hasPrefix("Everything you need to know for a first season of tomatoes in your own garden.\n\n"))
  }

  @Test("a lead-classed heading that is no sentence, or comes after the first paragraph, stays a heading")
  func leadClassedHeadingAfterTextStays() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1><h2 class="intro-title">Why grow your own</h2>\
      \(TestPage.paragraphs(2))<h2 class="summary">In short, tomatoes want sun, water and a little patience.</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(
      try TestPage.extract(body).headings == [
        Heading(level: 2, text: "Why grow your own"),
        Heading(level: 2, text: "In short, tomatoes want sun, water and a little patience."),
      ])
  }

  @Test("a picture's caption set in a caption-classed heading (figure > h2.figure__caption) is no heading")
  func captionClassedHeadingIsNoHeading() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<figure class="figure">\
      <div class="figure__wrapper"><img src="/tomato.jpg" alt=""><h2 class="figure__caption">Ripe tomatoes on the \
      vine in August. Bild: Jane Doe</h2></div></figure><h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))\
      </article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings == [Heading(level: 2, text: "Choosing Seeds")])
    #expect(!article.text.contains("Ripe tomatoes on the vine"))
  }

  @Test("a heading classed as a box's title (h2.pane-title, h3.product-box__title) is no section heading")
  func boxTitleIsNoHeading() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\
      \(TestPage.paragraphs(2, from: 2))<div class="panel-pane"><h2 class="pane-title">Garden Club</h2>\
      <div class="pane-content"><p>The garden club meets every week in the town hall.</p></div></div>\
      <div class="product-box"><h3 class="product-box__title">Seed Tray</h3><p>A tray for forty seedlings.</p></div>\
      </article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings == [Heading(level: 2, text: "Choosing Seeds")])
  }

  @Test("a section heading ending in a one-word title ('Chapter 3 Results') is a section, not the title")
  func shortTitleTailIsNoKicker() throws {
    let body = """
      <article><p>Intro.</p><h2>Chapter 3 Results</h2>\(TestPage.paragraphs(3))<h2>Chapter 4 Outlook</h2>\
      \(TestPage.paragraphs(3, from: 3))</article>
      """
    #expect(
      try TestPage.extract(body, title: "Results").headings.map(\.text) == ["Chapter 3 Results", "Chapter 4 Outlook"])
  }

  @Test("an h1 above the body holding the title's words and more (a kicker, 'Title | Site') is the title shown")
  func titleWithMoreWordsAboveBody() throws {
    let body = """
      <article><header><h1 class="title">Glutmeister von Feuerhaus im Test | Grillblatt</h1></header>\
      <div class="content">\(TestPage.paragraphs(2))<h2>Fazit</h2>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Feuerhaus Glutmeister\">", title: "Feuerhaus Glutmeister",
      lang: "de")
    #expect(article.title == "Feuerhaus Glutmeister")
    #expect(article.headings.map(\.text) == ["Fazit"])
  }

  @Test("a heading above the body made of fewer of the title's words is the title shortened, not a section")
  func shortenedTitleAboveBody() throws {
    let body = """
      <article><div class="post-body"><h1>Okra curry</h1>\(TestPage.paragraphs(2))\
      <h2>Okra curry recipe</h2>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Okra curry (a quick stir fry)\">",
      title: "Okra curry (a quick stir fry)")
    #expect(article.headings.map(\.text) == ["Okra curry recipe"])
  }

  @Test("above the body, a one-word heading of the title's words, or one adding words below h1, stays a section")
  func titleWordHeadingsStay() throws {
    let body = """
      <article><h1>A Guide to Tomatoes</h1><h2>Tomatoes</h2>\(TestPage.paragraphs(2))\
      <h2>Growing Tomatoes in Pots</h2>\(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "A Guide to Tomatoes")
    #expect(article.headings.map(\.text) == ["Tomatoes", "Growing Tomatoes in Pots"])
  }

  @Test("a list opens the body as a paragraph does: a heading of title words under it is a section")
  func titleWordsHeadingAfterOpeningListStays() throws {
    let body = """
      <article><h1>Tomato Sauce for Pasta and Pizza</h1><ul><li>Ripe tomatoes, two kilos of them</li>\
      <li>Olive oil, garlic and salt</li><li>Basil from the garden</li></ul><h2>Tomato Sauce for Pizza</h2>\
      \(TestPage.paragraphs(2))</article>
      """
    let article = try TestPage.extract(body, title: "Tomato Sauce for Pasta and Pizza")
    #expect(article.headings.map(\.text) == ["Tomato Sauce for Pizza"])
  }

  @Test("an h1 box after the body began, among sections that start at h2, is no section (a support call)")
  func h1BoxBelowH2Sections() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\
      \(TestPage.paragraphs(2, from: 2))<div class="message-box"><h1>Your support counts!</h1><p>This blog lives \
      from its readers, and every small gift keeps it going for another month.</p></div><h2>Planting Out</h2>\
      \(TestPage.paragraphs(1, from: 4))</article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Planting Out"])
  }

  @Test("an outline set in h1s from its first section keeps them all")
  func h1OutlineStays() throws {
    let body = """
      <article><h2 class="title">A Beginner Guide to Growing Tomatoes</h2>\(TestPage.paragraphs(2))\
      <h1>Choosing Seeds</h1>\(TestPage.paragraphs(2, from: 2))<h2>Heirlooms</h2>\(TestPage.paragraphs(1, from: 4))\
      <h1>Planting Out</h1>\(TestPage.paragraphs(1, from: 5))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Heirlooms", "Planting Out"])
  }

  @Test("below the title's h1, an h2 of some of the title's words opens the first section")
  func titleWordsSectionBelowTitleHeading() throws {
    let body = """
      <article><h1>Easy Homemade Bread Dough Guide</h1><h2>Bread Dough</h2>\(TestPage.paragraphs(2))\
      <h2>Kneading</h2>\(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "Easy Homemade Bread Dough Guide")
    #expect(article.headings.map(\.text) == ["Bread Dough", "Kneading"])
  }

  @Test("a subtitle h2 above the body does not set the outline's level: the h1 sections below it stay")
  func subtitleH2AboveH1Sections() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1><h2>From the first seed to the last harvest</h2>\
      \(TestPage.paragraphs(2))<h1>Choosing Seeds</h1>\(TestPage.paragraphs(2, from: 2))<h1>Planting Out</h1>\
      \(TestPage.paragraphs(1, from: 4))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(
      article.headings.map(\.text) == ["From the first seed to the last harvest", "Choosing Seeds", "Planting Out"])
  }

  @Test("h1 and h2 sections side by side in one body (a Markdown post) are all in the outline")
  func mixedH1AndH2SiblingsStay() throws {
    let body = """
      <article><header><h1>A Beginner Guide to Growing Tomatoes</h1></header><div class="post-body">\
      \(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(1, from: 2))<h1>Planting Out</h1>\
      \(TestPage.paragraphs(1, from: 3))<h2>Watering</h2>\(TestPage.paragraphs(1, from: 4))<h1>Harvest</h1>\
      \(TestPage.paragraphs(1, from: 5))</div></article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Planting Out", "Watering", "Harvest"])
  }

  @Test("a title split across two headings (h2 'Open Garden Project:', h4 'Better School Gardens') shows no section")
  func titleSplitAcrossHeadings() throws {
    let body = """
      <article><h2>Open Garden Project:</h2><h4>Better School Gardens</h4>\(TestPage.paragraphs(2))\
      <h3>Where We Started</h3>\(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "The Open Garden Project: Better School Gardens")
    #expect(article.headings.map(\.text) == ["Where We Started"])
  }

  @Test("a bare 'Related' heading over link cards, and 'More from <name>' over the author's posts, are no sections")
  func relatedAndAuthorMoreLabelsAreNoSections() throws {
    let body = """
      <article>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))\
      <h2><span>Related</span></h2><ul><li><a href="/a">How to water tomatoes in a hot summer</a></li>\
      <li><a href="/b">Ten pests to watch for in the greenhouse</a></li></ul>\(TestPage.paragraphs(1, from: 4))\
      <h3>mehr von Max Muster auf example.de</h3><div><a href="/c">Pruning roses in early spring</a></div></article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("'More from' a topic, or a section opening with 'more', is a heading of the article")
  func moreOpeningWithTopicStays() throws {
    let body = """
      <article>\(TestPage.paragraphs(2))<h2>More from the archive of seed catalogues</h2>\
      \(TestPage.paragraphs(2, from: 2))<h2>More ways to grow</h2>\(TestPage.paragraphs(1, from: 4))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["More from the archive of seed catalogues", "More ways to grow"])
  }

  @Test("a kicker heading straight above the title's h1 (<h2>Region</h2><h1>Title</h1>) is no section")
  func kickerAboveTitleIsNoSection() throws {
    let body = """
      <article><header><h2 class="article-region"><span>Region</span></h2>\
      <h1>A Beginner Guide to Growing Tomatoes</h1></header>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a section heading with text between it and a later heading like the title stays")
  func headingWithTextBeforeTitleLikeHeadingStays() throws {
    let body = """
      <article>\(TestPage.paragraphs(1))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 1))\
      <h2>A Beginner Guide to Growing Tomatoes</h2>\(TestPage.paragraphs(2, from: 3))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text).first == "Choosing Seeds")
    // Straight above a repeat of the title, but below the story's first paragraph: a section.
    let adjacent = """
      <article>\(TestPage.paragraphs(1))<h2>Choosing Seeds</h2>\
      <h2>A Beginner Guide to Growing Tomatoes</h2>\(TestPage.paragraphs(2, from: 1))</article>
      """
    let below = try TestPage.extract(adjacent, title: "A Beginner Guide to Growing Tomatoes")
    #expect(below.headings.map(\.text).first == "Choosing Seeds")
  }

  @Test("a headline-classed h2 above the first paragraph, worded otherwise than the metadata title, is no section")
  func headlineClassedHeadingAboveBodyIsNoSection() throws {
    let body = """
      <article><h2 class="article_headline">Tomatoes for beginners: what to plant first</h2>\
      \(TestPage.paragraphs(2))<h3 class="section-title">Choosing Seeds</h3>\(TestPage.paragraphs(2, from: 2))\
      <h2 class="block-title">Planting Out</h2>\(TestPage.paragraphs(1, from: 4))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Planting Out"])
  }

  @Test("a headline-classed h2 opening the body is a section when the headings below wear the same class")
  func sharedHeadlineClassOpensSection() throws {
    let body = """
      <article><section><h2 class="section-headline">Why grow your own</h2></section>\
      <section>\(TestPage.paragraphs(2))</section><section><h2 class="section-headline">Choosing Seeds</h2></section>\
      <section>\(TestPage.paragraphs(2, from: 2))</section></article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Why grow your own", "Choosing Seeds"])
    // Its class worn by no heading below, it is the story's headline shown again.
    let alone = """
      <article><h2 class="section-headline">Why grow your own</h2>\(TestPage.paragraphs(2))\
      <h2 class="section-title">Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))</article>
      """
    let headline = try TestPage.extract(alone, title: "A Beginner Guide to Growing Tomatoes")
    #expect(headline.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a classless or section-classed h2 above the first paragraph stays a heading")
  func unclassedHeadingAboveBodyStays() throws {
    let body = """
      <article><h2>Why grow your own</h2>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Why grow your own", "Choosing Seeds"])
  }

  @Test("a press contact or newsletter box's heading among the paragraphs is no section")
  func siteBoxHeadingsAreNoSections() throws {
    let body = """
      <article>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))\
      <div class="signup"><h3>Newsletter</h3><form><input type="email"></form></div>\
      <p><h1>Pressekontakt:</h1><p>Garden Press Office<br>Tel.: 0123-456</p></article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a table of contents' own title (\"Contents\", \"Inhaltsverzeichnis\") over links into the page is no section")
  func contentsBoxTitleIsNoSection() throws {
    let body = """
      <article>\(TestPage.paragraphs(1))<div class="outline-box"><div><h2>Contents</h2></div><ul>\
      <li><a href="#seeds">Choosing Seeds</a></li><li><a href="#out">Planting Out</a></li></ul></div>\
      <h2 id="seeds">Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 1))<h2 id="out">Planting Out</h2>\
      \(TestPage.paragraphs(1, from: 3))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Planting Out"])
    let german = """
      <article>\(TestPage.paragraphs(1))<div><button><h2>Inhaltsverzeichnis:</h2></button><div><nav><ul>\
      <li><a href="#saat">Saatgut</a></li></ul></nav></div></div><h2 id="saat">Saatgut</h2>\
      \(TestPage.paragraphs(2, from: 1))</article>
      """
    #expect(try TestPage.extract(german, title: "Tomaten im Garten", lang: "de").headings.map(\.text) == ["Saatgut"])
  }

  @Test("a section titled like a table of contents but followed by its own text stays a heading")
  func contentsWordOverTextStays() throws {
    let body = """
      <article>\(TestPage.paragraphs(1))<h2>Contents</h2>\(TestPage.paragraphs(2, from: 1))\
      <h2>Verdict</h2>\(TestPage.paragraphs(1, from: 3))</article>
      """
    let article = try TestPage.extract(body, title: "A Review of a Seed Box")
    #expect(article.headings.map(\.text) == ["Contents", "Verdict"])
  }

  @Test(
    "headings of boxes after the story (client quotes, a disclosure note, an arrowed call to action, an embed placeholder, a donation call, a review's score box) are no sections"
  )
  func boxesBesideStoryAreNoSections() throws {
    let body = """
      <article>\(TestPage.paragraphs(1))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 1))\
      <h3>&gt;&gt;&gt; Order the spring seed box now! &lt;&lt;&lt;</h3>\
      <div class="quote-slider testimonials"><h3>What our growers say</h3><blockquote><p>Lovely plants, thank you.</p>\
      </blockquote></div><div class="note"><hr><h4>Conflict of interest of the author</h4><p>None.</p></div>\
      <div class="embed"><div class="embed-placeholder"><h2>Load the video</h2><p>We connect to the video site \
      only with your consent.</p></div></div><div class="support-donate"><h3>Grow with us</h3><p>Support the garden \
      with a monthly gift.</p></div><div class="review-tldr"><h3>Pros</h3><ul><li>Sweet fruit</li><li>Easy care</li>\
      </ul><div class="score"><h3>Overall Rating</h3><h4>8.5</h4></div></div></article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a heading all one link out closing its column, no text under it, is a call to action; one over headings stays")
  func linkedHeadingClosingItsBoxIsNoSection() throws {
    let body = """
      <article><div class="main-column">\(TestPage.paragraphs(2))<h2><a href="/contact/">Write to us and start growing…\
      </a></h2><p></p></div><div class="side-column"><h3>What we offer</h3>\(TestPage.paragraphs(1, from: 2))</div></article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["What we offer"])
    let parent = """
      <article>\(TestPage.paragraphs(2))<h4><a href="/list/">Seeds sent this week</a></h4><h4>Sent twice</h4>\
      <ul><li>Jane</li><li>Paul</li></ul><h4>Sent once</h4><ul><li>Anna</li><li>Tom</li></ul></article>
      """
    let kept = try TestPage.extract(parent, title: "A Beginner Guide to Growing Tomatoes")
    #expect(kept.headings.map(\.text) == ["Seeds sent this week", "Sent twice", "Sent once"])
  }

  @Test("a dek classed as such above the first paragraph, whatever its ending, is no section")
  func classedDekIsNoSection() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1><h2 class="story__teaser">Ten plants on a small balcony \
      and what they taught us</h2>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))\
      </article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
    let nested = """
      <article><h2><h2 class="subheadline">Ten plants on a small balcony and what they taught us</h2></h2>\
      \(TestPage.paragraphs(2))<h3>Choosing Seeds</h3>\(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(
      try TestPage.extract(nested, title: "A Beginner Guide to Growing Tomatoes").headings.map(\.text) == [
        "Choosing Seeds"
      ])
  }

  @Test("the same heading printed twice for two screen sizes, a rating line between, is one heading")
  func doubledHeadingIsOne() throws {
    let body = """
      <article><div class="hide-large"><h2>The trick with the stem</h2></div><p>4 ratings</p>\
      <div class="hide-small"><h2>The trick with the stem</h2></div>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\
      \(TestPage.paragraphs(1, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["The trick with the stem", "Choosing Seeds"])
  }

  @Test("a picture card in the story (a caption over a gallery's linked thumbnail and badge) is no section")
  func pictureCardTitleIsNoSection() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<div class="card"><h4>The \
      balcony beds in June</h4><a href="/media/balcony-beds-123"><img src="/thumbs/beds.jpg" alt=""><span>Gallery\
      </span></a></div>\(TestPage.paragraphs(1, from: 2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 3))\
      </article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a heading sharing its box with a picture linked to its own file heads its section")
  func headingOverLinkedFigureStays() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<div><h2>Choosing Seeds</h2>\
      <a href="/uploads/seeds.jpg"><img src="/uploads/seeds-300.jpg" alt=""><span>Zoom</span></a></div>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
    // The picture's own file behind a query for its size, still.
    let sized = body.replacingOccurrences(of: "seeds.jpg\"", with: "seeds.JPG?w=1200#full\"")
    #expect(try TestPage.extract(sized).headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("above the body, an h2 with every word of a long title and more is the title shown, a short title's not")
  func headlineWithTailIsTitle() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1><h2>A Beginner Guide to Growing Tomatoes – Part 2 \
      (Balcony Edition)</h2>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))\
      </article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
    let short = """
      <article><h1>Tomato Basics</h1><h2>Tomato Basics - what to sow first</h2>\(TestPage.paragraphs(2))\
      <h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(
      try TestPage.extract(short).headings.map(\.text) == ["Tomato Basics - what to sow first", "Choosing Seeds"])
  }

  @Test("above the body, a heading opening with an ellipsis goes on from the title, printed twice or once")
  func ellipsisHeadingContinuesTitle() throws {
    let body = """
      <article><h1>Pruning Roses in Spring</h1><div class="hide-large"><h2>...and why it works</h2></div>\
      <p>4 ratings</p><div class="hide-small"><h2>...and why it works</h2></div>\(TestPage.paragraphs(2))\
      <h2>Choosing Seeds</h2>\(TestPage.paragraphs(1, from: 2))</article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a permalink after a heading's text (a link into the page, only a ¶ or # mark) is no word of the heading")
  func permalinkMarkLeftOut() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<h2 id="choosing-seeds">\
      Choosing Seeds <a class="bookmark" href="#choosing-seeds">#</a></h2>\(TestPage.paragraphs(1, from: 2))\
      <h2><a class="toc-backref" href="#id2">Planting Out</a><a class="headerlink" href="#planting-out" \
      title="Permalink to this headline">¶</a></h2>\(TestPage.paragraphs(1, from: 3))<h2>Tools for C#</h2>\
      \(TestPage.paragraphs(1, from: 4))</article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Planting Out", "Tools for C#"])
  }

  @Test("a link or anchor pictograph as a heading's permalink is no word of it; the same pictograph as text stays")
  func pictographPermalinkLeftOut() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<h2 id="seeds">Choosing Seeds \
      <a class="anchor" href="#seeds">🔗</a></h2>\(TestPage.paragraphs(1, from: 2))<h2 id="out">Planting Out<a \
      href="#out" aria-label="Anchor">⚓</a></h2>\(TestPage.paragraphs(1, from: 3))<h2>Links we love 🔗</h2>\
      \(TestPage.paragraphs(1, from: 4))</article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Planting Out", "Links we love 🔗"])
  }

  @Test("a heading classed as a header, alone in its <header> over a box of prose, heads that section")
  func headerClassedHeadingOverProse() throws {
    let section = { (title: String, from: Int) in
      """
      <div class="frame"><header class="frame-header"><h2 class="element-header"><span>\(title)</span></h2></header>\
      <div class="frame-bodytext">\(TestPage.paragraphs(2, from: from))</div></div>
      """
    }
    let body = """
      <div class="page">\(section("Choosing Seeds", 0))\(section("Planting Out", 2))\(section("Watering", 4))</div>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Seeds", "Planting Out", "Watering"])
    // Without a `<header>` of its own, such a class still labels a box, as Readability drops it.
    let bare = body.replacingOccurrences(of: "<header class=\"frame-header\">", with: "")
      .replacingOccurrences(of: "</header>", with: "")
    #expect(try TestPage.extract(bare).headings.isEmpty)
  }

  @Test("a heading that is a 'read this too' insert (a label, a colon, a link to another post) is no section")
  func readMoreInsertHeading() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\
      \(TestPage.paragraphs(2, from: 2))<h5><b>Vea: </b><a href="/notes/pumpkin-bed">\
      The neighbour grows pumpkins now</a></h5><p> </p></article>
      """
    let article = try TestPage.extract(body, lang: "es")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
  }

  @Test("a heading inviting to discover more posts on a topic, after the article, labels teasers, no section")
  func discoverMoreHeading() throws {
    let body = """
      <main><div class="story"><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))\
      <h2>Choosing Seeds</h2>\(TestPage.paragraphs(2, from: 2))</div><div class="row"><section>\
      <h2>Entdecke weitere <em>Balkonideen</em></h2><p>Kästen, Kübel und Ampeln aus dem Archiv.</p>\
      <a class="btn" href="/balkon/archiv">Zum Archiv</a></section></div></main>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
    // A longer tail is a sentence of the article's own: a section.
    #expect(!ContentWalker.isDiscoverMoreLabel("Discover more about the soil your tomatoes need in spring"))
    #expect(ContentWalker.isDiscoverMoreLabel("Zobacz więcej"))
  }

  @Test("a box of headings alone between two boxes of the body (a 'Stage one' banner) titles the box after it")
  func headingBannerBetweenBodyBoxes() throws {
    // One long box and two short ones of its class: the short ones join it as its siblings, and the
    // banners between them hold no paragraph to score.
    let box = { (count: Int, from: Int) in
      "<div class=\"entry-text\">\(TestPage.paragraphs(count, from: from))</div>"
    }
    let body = """
      <main class="main">\(box(8, 0))<section class="panel"><div class="entry-text"><h2><em><strong>\
      Stage one: sowing<br> </strong></em></h2><h3><em><strong>Step A:</strong></em> Soak the \
      <em>seeds</em></h3></div></section>\(box(2, 8))<section class="panel"><div class="entry-text"><h3>\
      Stage two: planting out</h3></div></section>\(box(2, 10))</main>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.headings.map(\.text) == [
        "Stage one: sowing", "Step A: Soak the seeds", "Stage two: planting out",
      ])
  }

  @Test("a heading naming a gallery over its cut thumbnails linked to the gallery's page is no section")
  func galleryLabelOverCutPicturesDropped() throws {
    let figures = (1...4).map { index in
      """
      <figure><a href="/galerie/balkon-im-sommer/\(index)/"><img src="/img/balkon-\(index).jpg" alt=""></a>\
      <figcaption>Der Balkon im Sommer, Bild \(index)</figcaption></figure>
      """
    }
    let body = """
      <article><h1>Tomaten auf dem Balkon</h1>\(TestPage.paragraphs(4))<h2>Gießen im Sommer</h2>\
      \(TestPage.paragraphs(2, from: 4))<h2>Bildergalerie</h2><div class="gallery">\(figures.joined())</div></article>
      """
    let article = try TestPage.extract(body, title: "Tomaten auf dem Balkon", lang: "de")
    #expect(article.headings.map(\.text) == ["Gießen im Sommer"])
  }

  @Test("the article's own gallery, thumbnails enlarging their own files, keeps its heading")
  func ownGalleryHeadingKept() throws {
    let thumbs = (1...5).map { index in
      """
      <div class="thumb"><a href="/gallery/swap/5550000\(index).jpg" class="fancybox"><img \
      src="/gallery/swap/thumbs/5550000\(index).jpg" alt="5550000\(index)"></a></div>
      """
    }
    let body = """
      <article><h1>Tomaten auf dem Balkon</h1>\(TestPage.paragraphs(4))<h2>Gießen im Sommer</h2>\
      \(TestPage.paragraphs(2, from: 4))<h2>Fotostrecke</h2><div class="ngg-galleryoverview">\(thumbs.joined())\
      </div></article>
      """
    let article = try TestPage.extract(body, title: "Tomaten auf dem Balkon", lang: "de")
    #expect(article.headings.map(\.text) == ["Gießen im Sommer", "Fotostrecke"])
  }

  @Test("a section heading that only opens with a gallery word stays over the same cut pictures")
  func sectionHeadingOverCutPicturesKept() throws {
    let figures = (1...4).map { index in
      """
      <figure><a href="/gallery/old-town/\(index)/"><img src="/img/town-\(index).jpg" alt=""></a><figcaption>\
      The old town, picture \(index)</figcaption></figure>
      """
    }
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(4))<h2>Photos of the old town</h2>\
      <div class="gallery">\(figures.joined())</div>\(TestPage.paragraphs(2, from: 4))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Photos of the old town"])
    #expect(!ContentWalker.isGalleryLabel("Photos of the old town"))
    #expect(ContentWalker.isGalleryLabel("Galería de fotos: el balcón"))
  }

  @Test("a gallery label with its subject in a header box, over linked thumbnails mid-story, is no section")
  func galleryLabelInHeaderBoxMidStoryDropped() throws {
    let thumbs = (1...5).map { index in
      """
      <a href="/photo/\(index)/new-balcony/"><picture><img src="/t/\(index).jpg" alt="The new balcony">\
      </picture></a>
      """
    }
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<div class="content-header"><h3>\
      Photo gallery: The new balcony</h3></div><div itemscope itemtype="https://schema.org/ImageGallery" \
      class="photo-thumbs">\(thumbs.joined())<div class="count"><span>14</span> <span>photos</span></div></div>\
      \(TestPage.paragraphs(3, from: 3))<h3>Feeding</h3>\(TestPage.paragraphs(2, from: 6))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Feeding"])
  }

  @Test("a sign-up form's message once sent (\"Sign-up Successful!\" beside the email form) is no section")
  func signUpSuccessMessageDropped() throws {
    let form = """
      <section class="article-email-capture"><div data-iterable><div class="newsletter js-newsletter"><div \
      class="newsletter__title"><span>Sign up for our daily newsletter</span></div><div class="newsletter__form">\
      <form method="post"><fieldset><input type="email" name="email" placeholder="Enter your email address">\
      <button type="submit">Sign up</button><label><input checked type="checkbox"><span>I would like to subscribe \
      to the newsletters and special email promotions.</span></label></fieldset></form></div></div><div \
      class="iterable-show-success"><h3 class="heading">Sign-up Successful!</h3><p>Welcome to the club!</p></div>\
      </div></section>
      """
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Watering in summer</h2>\
      \(TestPage.paragraphs(3, from: 3))\(form)</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Watering in summer"])
  }

  @Test("a newsletter box's title over its email field mid-story is no section; a search box's title stays")
  func signUpBoxTitleDroppedSearchBoxKept() throws {
    let page = { (title: String, field: String) in
      """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Watering in summer</h2>\
      \(TestPage.paragraphs(2, from: 3))<div class="box-cta"><h4>\(title)</h4><p>One email a week, no spam.</p>\
      <form action="/subscribe"><input type="\(field)" name="q"><button>Go</button></form></div>\
      \(TestPage.paragraphs(2, from: 5))<h2>Feeding</h2>\(TestPage.paragraphs(2, from: 7))</article>
      """
    }
    #expect(
      try TestPage.extract(page("Get our weekly newsletter", "EMAIL")).headings.map(\.text) == [
        "Watering in summer", "Feeding",
      ])
    // A search field is no sign-up: the box's title is left to the other rules.
    #expect(
      try TestPage.extract(page("Search the archive", "search")).headings.map(\.text) == [
        "Watering in summer", "Search the archive", "Feeding",
      ])
  }

  // Near misses of the sign-up rule: an email field alone makes no sign-up form.

  @Test("a short section whose contact form asks for an email address keeps its heading")
  func contactFormSectionKept() throws {
    let form = """
      <form action="/contact" method="post"><label>Your email <input type="email" name="email"></label><label>\
      Message <textarea name="m"></textarea></label><button>Send</button></form>
      """
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<section class="block"><h2>Watering \
      in summer</h2>\(TestPage.paragraphs(1, from: 3))</section><section class="block"><h2>Ask our gardener</h2><p>\
      Send us your question about your balcony tomatoes and our gardener answers within a week.</p>\(form)\
      </section><section class="block"><h2>Feeding</h2>\(TestPage.paragraphs(1, from: 4))</section></article>
      """
    #expect(
      try TestPage.extract(body).headings.map(\.text) == ["Watering in summer", "Ask our gardener", "Feeding"])
  }

  @Test("a short page whose article and comment form share a box keeps its sections' headings")
  func shortPageWithCommentFormKeepsHeadings() throws {
    let body = """
      <main><article><h1>Opening hours changed</h1><p>From Monday the garden centre opens at eight in the \
      morning, an hour earlier than before.</p><h2>Winter hours</h2><p>From November to February we close at \
      five in the afternoon.</p><h2>Holidays</h2><p>We are closed on public holidays.</p></article><div \
      id="respond"><h3 id="reply-title">Leave a Reply</h3><form id="commentform"><input type="text" \
      name="author"><input type="email" name="email"><textarea name="comment"></textarea><p \
      class="comment-subscription-form"><input type="checkbox" name="subscribe_comments"> Notify me of new \
      comments by email.</p><input type="submit" value="Post Comment"></form></div></main>
      """
    #expect(
      try TestPage.extract(body, title: "Opening hours changed").headings.map(\.text) == ["Winter hours", "Holidays"])
  }

  @Test("a short section in a column beside a booking form's column keeps its heading")
  func sectionBesideBookingFormKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Watering in summer</h2>\
      \(TestPage.paragraphs(2, from: 3))<div class="row"><div class="col"><h2>Our workshop dates</h2><p>The next \
      balcony workshop is on 12 May at ten in the morning, in the garden centre's greenhouse; bring gloves.</p>\
      </div><div class="col"><form action="/book"><input type="email" name="email" placeholder="Your email">\
      <button>Book a place</button></form></div></div>\(TestPage.paragraphs(2, from: 5))<h2>Feeding</h2>\
      \(TestPage.paragraphs(2, from: 7))</article>
      """
    #expect(
      try TestPage.extract(body).headings.map(\.text) == [
        "Watering in summer", "Our workshop dates", "Feeding",
      ])
  }

  @Test("a section heading over its own paragraph and then an inline newsletter field keeps its heading")
  func sectionOverProseThenInlineSignUpKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1><div class="intro"><h2>Why grow tomatoes</h2><p>Tomatoes \
      grow well in pots, need little room and give fruit all summer long if they get sun and water.</p><div \
      class="inline-signup"><p>Tips like this every week:</p><input type="email" placeholder="Email"><button>\
      Subscribe</button></div></div><h2>Watering in summer</h2>\(TestPage.paragraphs(3))<h2>Feeding</h2>\
      \(TestPage.paragraphs(3, from: 3))</article>
      """
    #expect(
      try TestPage.extract(body).headings.map(\.text) == [
        "Why grow tomatoes", "Watering in summer", "Feeding",
      ])
  }

  @Test("a long section holding an example email form keeps its heading")
  func longSectionWithFormKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<section><h2>Ask our gardener</h2>\
      \(TestPage.paragraphs(3, from: 2))<form><input type="email"><button>Send</button></form></section><h2>\
      Feeding</h2>\(TestPage.paragraphs(2, from: 5))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Ask our gardener", "Feeding"])
  }

  @Test("a newsletter box's text field named 'email' is its email field: the box's title is no section")
  func signUpBoxWithTextEmailFieldDropped() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Watering in summer</h2>\
      \(TestPage.paragraphs(2, from: 3))<div class="box-cta"><h4>Sign up for the balcony course</h4><p>One email a \
      week, no spam.</p><form action="/subscribe"><input type="text" name="email" placeholder="Your email \
      address"><button>Go</button></form></div>\(TestPage.paragraphs(2, from: 5))<h2>Feeding</h2>\
      \(TestPage.paragraphs(2, from: 7))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Watering in summer", "Feeding"])
    // Named so without any mark of a sign-up, a text field is a contact form's: the title stays.
    let contact = body.replacingOccurrences(of: "Sign up for the balcony course", with: "Write to the course")
      .replacingOccurrences(of: "/subscribe", with: "/contact")
    #expect(
      try TestPage.extract(contact).headings.map(\.text) == [
        "Watering in summer", "Write to the course", "Feeding",
      ])
  }

  // Near misses of the gallery rule: a gallery word over pictures is often a section.

  @Test("a bare gallery word over pictures linked to another site, its own text after them, heads a section")
  func galleryWordOverOtherSitePicturesThenTextKept() throws {
    let art = """
      <div class="slideshow"><a href="https://www.galerie-eigenheim.de/"><img src="/img/room1.jpg" alt="First \
      room"></a><a href="https://www.galerie-eigenheim.de/"><img src="/img/room2.jpg" alt="Second room"></a></div>
      """
    let body = """
      <article><h1>A weekend in Weimar</h1>\(TestPage.paragraphs(3))<h2>Gallery</h2>\(art)<p>The Galerie \
      Eigenheim shows young painters from Thuringia in two bright rooms of an old house; entry is free and the \
      owner happily explains every picture to visitors who ask.</p><h2>Where to eat</h2>\
      \(TestPage.paragraphs(2, from: 3))</article>
      """
    #expect(
      try TestPage.extract(body, title: "A weekend in Weimar").headings.map(\.text) == ["Gallery", "Where to eat"])
    // French "Galerie", a shopping arcade, the same way.
    let arcade = """
      <div class="diaporama"><a href="/lieux/galerie-vivienne/"><img src="/img/v1.jpg" alt="Verrière"></a><a \
      href="/lieux/galerie-vivienne/"><img src="/img/v2.jpg" alt="Mosaïque"></a></div>
      """
    let french = """
      <article><h1>Une journée à Paris</h1>\(TestPage.paragraphs(3))<h2>Galerie</h2>\(arcade)<p>La galerie \
      Vivienne, ouverte en 1826, relie la rue des Petits-Champs à la rue Vivienne ; sous sa verrière, les \
      boutiques de mode et la librairie ancienne attirent les promeneurs du quartier.</p><h2>Le marché</h2>\
      \(TestPage.paragraphs(2, from: 3))</article>
      """
    #expect(
      try TestPage.extract(french, title: "Une journée à Paris", lang: "fr").headings.map(\.text) == [
        "Galerie", "Le marché",
      ])
  }

  @Test("a gallery word over unlinked pictures whose captions link to the photographer heads a section")
  func galleryWordOverUnlinkedPicturesKept() throws {
    let figures = (1...3).map { index in
      """
      <figure><img src="/wp-content/uploads/balcony-\(index).jpg" alt="Balcony \(index)"><figcaption>Photo: <a \
      href="https://janedoe.photography/">Jane Doe</a></figcaption></figure>
      """
    }
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Photos</h2><div \
      class="slider">\(figures.joined())</div><h2>Watering in summer</h2>\(TestPage.paragraphs(2, from: 3))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Photos", "Watering in summer"])
  }

  @Test("a gallery's label over one linked picture is a section: a gallery's teaser shows two at least")
  func galleryLabelOverOnePictureKept() throws {
    let body = { (count: Int) in
      let thumbs = (1...count).map { index in
        """
        <a href="/photo/\(index)/new-balcony/"><picture><source type="image/webp" data-srcset="/t/\(index).webp">\
        <img src="/t/\(index).jpg" alt="The new balcony"></picture></a>
        """
      }
      return """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<div class="content-header"><h3>\
        Photo gallery: The new balcony</h3></div><div class="photo-thumbs">\(thumbs.joined())</div>\
        \(TestPage.paragraphs(3, from: 3))<h3>Feeding</h3>\(TestPage.paragraphs(2, from: 6))</article>
        """
    }
    #expect(Thresholds.minimumGalleryPictures == 2)
    #expect(
      try TestPage.extract(body(1)).headings.map(\.text) == ["Photo gallery: The new balcony", "Feeding"])
  }

  @Test("pictures linked to their attachment pages are the article's own gallery: its heading stays")
  func galleryOverAttachmentPagesKept() throws {
    let body = { (href: (Int) -> String) in
      let items = (1...4).map { index in
        """
        <figure class="gallery-item"><div class="gallery-icon"><a href="\(href(index))"><img \
        src="/wp-content/uploads/2024/05/IMG_\(index)-150x150.jpg" alt=""></a></div></figure>
        """
      }
      return """
        <article><h1>Growing Tomatoes on a Balcony</h1><div class="entry-content">\(TestPage.paragraphs(3))\
        <h2>Photos</h2><div id="gallery-1" class="gallery">\(items.joined())</div><h2>Watering in summer</h2>\
        \(TestPage.paragraphs(2, from: 3))</div></article>
        """
    }
    let canonical = "<link rel=\"canonical\" href=\"https://example.com/2024/05/balcony-tomatoes/\">"
    let under = body { "https://example.com/2024/05/balcony-tomatoes/img_\($0)/" }
    #expect(
      try TestPage.extract(under, head: canonical).headings.map(\.text) == ["Photos", "Watering in summer"])
    let attachment = body { "/?attachment_id=\($0 + 40)" }
    #expect(try TestPage.extract(attachment).headings.map(\.text) == ["Photos", "Watering in summer"])
    // Then text of its own: a section whatever the links.
    let teaserLinks = body { "/photo/\($0)/balcony/" }.replacingOccurrences(
      of: "</div><h2>Watering", with: "</div>\(TestPage.paragraphs(1, from: 6))<h2>Watering")
    #expect(try TestPage.extract(teaserLinks).headings.map(\.text) == ["Photos", "Watering in summer"])
  }

  @Test("gallery labels in every language, bare or before a subject; a sentence opening with one is none")
  func galleryLabelForms() {
    for label in [
      "Slideshow: The new balcony", "Pictures: The new balcony", "Diaporama : le nouveau balcon",
      "En photos : le balcon", "Galerie de photos : le balcon", "Fotogalería: el balcón", "En fotos: el balcón",
      "Galería fotográfica: el balcón", "Fotogalleria: il balcone", "In foto: il balcone", "Fotogaleria: a varanda",
      "Em fotos: a varanda", "Galeria de fotografias: a varanda", "In beeld: het balkon", "Fotoreeks: het balkon",
      "Fotorelacja: nowy balkon",
    ] {
      #expect(ContentWalker.galleryLabelForm(label) == .withSubject, "\(label)")
    }
    #expect(ContentWalker.galleryLabelForm("Photos") == .bare)
    #expect(ContentWalker.galleryLabelForm("Photos:") == .bare)
    #expect(ContentWalker.galleryLabelForm("Pictures of the old town") == nil)
  }

  @Test(
    "A numbered \"References\" heading over a list of citation links in a box classed as text stays with its list"
  )
  func referencesListInTextClassedBox() throws {
    let section = { (id: String, title: String, inner: String) in
      "<div class=\"outline-2\"><h2 id=\"\(id)\">\(title)</h2><div class=\"outline-text-2\">\(inner)</div></div>"
    }
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1><div class="entry">\
      \(section("s1", "1 Choosing Pots", TestPage.paragraphs(2)))\
      \(section("s2", "2 Watering", TestPage.paragraphs(2, from: 2)))\
      \(section("s3", "3 References", """
        <ol><li><a href="https://example.org/pots">A Field Guide to Container Soil for Small Balconies</a>.</li>\
        <li><a href="https://example.org/water">Watering Schedules Explained for Beginners</a>. Chapter in Small \
        Gardens.</li></ol>
        """))\
      <p>A closing paragraph of ordinary words, with a comma, follows the list here.</p></div></article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["1 Choosing Pots", "2 Watering", "3 References"])
    #expect(article.text.contains("Watering Schedules Explained for Beginners"))
  }

  @Test("A box classed as text holding only a list of links under a heading that names no sources is still dropped")
  func linkListInTextClassedBoxDropped() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))\
      <div class="box-text"><h2>Keep Exploring</h2><ul>\
      <li><a href="https://example.org/a">Ten Herbs for a Sunny Sill</a></li>\
      <li><a href="https://example.org/b">How to Compost in a Flat</a></li></ul></div>\
      \(TestPage.paragraphs(1, from: 3))</article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.isEmpty)
    #expect(!article.text.contains("Ten Herbs for a Sunny Sill"))
  }

  @Test("a theme's <body> flag ('has-donate-button') makes no box beside the story of a body-wide text")
  func bodyClassFlagIsNoBoxBesideStory() throws {
    let html = """
      <!DOCTYPE html><html><head><title>Why Bees Matter</title></head><body class="single has-donate-button">
      <h1>Why Bees Matter</h1>\(TestPage.paragraphs(3))<h2>Where the bees nest</h2>\(TestPage.paragraphs(3, from: 3))
      <h2>What to plant for them</h2>\(TestPage.paragraphs(3, from: 6))</body></html>
      """
    let headings = try ArticleExtractor().extract(html: html).headings
    #expect(headings.map(\.text) == ["Where the bees nest", "What to plant for them"])
  }

  @Test(
    "a sentence-long h2/h3 right under the title's heading, above the body, is the dek; a long question is a section")
  func dekUnderTitleIsNoSection() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1><h2>Small pots and a sunny rail are all it takes to pick \
      ripe fruit by the end of summer</h2>\(TestPage.paragraphs(2))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots"])
    let question = """
      <article><h1>Growing Tomatoes on a Balcony</h1><h2>How many hours of sun does a tomato plant on a \
      balcony really need each day?</h2>\(TestPage.paragraphs(2))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(
      try TestPage.extract(question).headings.map(\.text) == [
        "How many hours of sun does a tomato plant on a balcony really need each day?", "Choosing Pots",
      ])
    // An `<h4>` there is a theme's subtitle, kept as Readability keeps it.
    let small = body.replacingOccurrences(of: "<h2>Small", with: "<h4>Small")
      .replacingOccurrences(of: "summer</h2>", with: "summer</h4>")
    #expect(try TestPage.extract(small).headings.count == 2)
  }

  @Test(
    "a byline line set as a heading ('Von Anna Beispiel', 'By Jo Public and Sam Roe') is no section; 'By The Numbers' is"
  )
  func bylineHeadingIsNoSection() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1><h3 class="author">By Jo Public and Sam Roe</h3>\
      \(TestPage.paragraphs(2))<h2>By The Numbers</h2>\(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["By The Numbers"])
    #expect(HeadingsExtractor.isBylineLine("Von Anna Beispiel"))
    #expect(HeadingsExtractor.isBylineLine("Par Jeanne Exemple, Paul Modèle"))
    #expect(!HeadingsExtractor.isBylineLine("Von Anfang an"))
    #expect(!HeadingsExtractor.isBylineLine("By Land and Sea"))
    // In the body, a heading shaped like a byline line is a section.
    let sections = """
      <article><h1>Visiting the Old Harbour</h1>\(TestPage.paragraphs(2))<h2>By Public Transport</h2>\
      \(TestPage.paragraphs(2, from: 2))<h2>Door Frame Repair</h2>\(TestPage.paragraphs(2, from: 4))</article>
      """
    #expect(try TestPage.extract(sections).headings.map(\.text) == ["By Public Transport", "Door Frame Repair"])
  }

  @Test("in flat markup a 'discover more' heading followed by the body's paragraphs cuts nothing: it is a section")
  func discoverMoreInFlatMarkupKeepsBody() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1><div class="entry">\(TestPage.paragraphs(2))\
      <h2>Choosing Pots</h2>\(TestPage.paragraphs(2, from: 2))<h2>Discover more balcony plants</h2>\
      <p>Beans climb the rail and need less water than tomatoes do in a hot week.</p>\
      \(TestPage.paragraphs(2, from: 4))</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(article.headings.map(\.text) == ["Choosing Pots", "Discover more balcony plants"])
    #expect(article.text.contains("Beans climb the rail"))
  }

  @Test("in a figure a heading wrapped alone in a box, its link inside it, is a section; a link around one is not")
  func linkedHeadingAloneInBoxIsSection() throws {
    let slide = { (number: Int, name: String, start: Int) in
      """
      <figure class="flat-slide"><div class="slide-header"><h2 class="title"><a href="/gallery/\(number)/amp">\
      \(number). \(name)</a></h2></div><div class="image-container"><img src="/\(number).jpg" alt=""></div>\
      </figure>\(TestPage.paragraphs(1, from: start))
      """
    }
    // A link around a heading is a button, still left out, in a figure or not: "Follow us" and
    // "Shop the look" head no section.
    let button = """
      <div class="col"><a href="https://news.example.com/follow"><div class="news"><h4>Follow us on News</h4>\
      <img src="/news.png" alt=""></div></a></div>\
      <figure class="promo"><a href="/shop/look"><div class="card"><h4>Shop the look</h4></div></a></figure>
      """
    let body = """
      <article><h1>Costumes to Make at Home</h1><div class="post-content">\(TestPage.paragraphs(2))\
      \(slide(1, "Witch", 2))\(slide(2, "Scarecrow", 3))\(button)\(slide(3, "Pirate", 4))</div></article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["1. Witch", "2. Scarecrow", "3. Pirate"])
  }

  @Test("teaser cards ('Read more...' to another page) head no section, nor does the heading over nothing but them")
  func teaserCardsAreNoSections() throws {
    let cards = """
      <h2>Events</h2><div class="grid"><div class="card"><h3>Open Farm Day</h3><p>A day on the farm for the \
      whole family.</p><a href="/events/open-farm">Read more...</a></div><div class="card"><h3>Laundry Care \
      from A to Z</h3><p>A seminar for trainees in home economics.</p><a href="/events/laundry">Read more...</a>\
      </div></div>
      """
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 3))\(cards)</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots"])
    // A feature box ending in "Learn more" is a section of the page; a card with prose after it (the
    // lone "Drip Kits" box amid the article) is the article's own, and so is the heading over it.
    let near = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
      <div class="feature"><h3>Clay Pots</h3><p>Clay breathes and keeps roots cool.</p>\
      <a href="/pots/clay">Learn more</a></div>\(TestPage.paragraphs(2, from: 3))<h2>Watering</h2>\
      <div class="card"><h3>Drip Kits</h3><p>A kit that waters for you.</p><a href="/drip">Read more</a></div>\
      \(TestPage.paragraphs(2, from: 6))</article>
      """
    // (The lone "Drip Kits" card's title is left out by an older rule, before this round's cards.)
    #expect(try TestPage.extract(near).headings.map(\.text) == ["Choosing Pots", "Clay Pots", "Watering"])
    #expect(HeadingsExtractor.isReadOn("Weiterlesen »"))
    #expect(!HeadingsExtractor.isReadOn("Read more about pots"))
  }

  @Test("a roundup's picks ending in 'Read more' with prose after them are sections, and so is the heading over them")
  func roundupPicksBeforeProseAreSections() throws {
    let pick = { (name: String, blurb: String, slug: String) in
      "<div class=\"pick\"><h3>\(name)</h3><p>\(blurb)</p><a href=\"/reviews/\(slug)\">Read more</a></div>"
    }
    let body = """
      <article><h1>The best restaurants in Lisbon</h1>\(TestPage.paragraphs(2))<h2>Our top picks</h2>\
      \(pick("Taberna da Rua", "Small plates of grilled sardines and clams near the river.", "taberna"))\
      \(pick("Casa do Mar", "A seafood house where the rice with lobster is worth the wait.", "casa"))\
      \(pick("O Velho Forno", "Bread from a wood oven and slow roasted pork.", "forno"))\
      <h2>How we chose</h2>\(TestPage.paragraphs(1, from: 2))</article>
      """
    #expect(
      try TestPage.extract(body).headings.map(\.text) == [
        "Our top picks", "Taberna da Rua", "Casa do Mar", "O Velho Forno", "How we chose",
      ])
  }

  @Test("a short post whose whole body ends in a 'Read more' link keeps its heading: the box holds the prose")
  func shortPostEndingInReadMoreKeepsHeading() throws {
    let body = """
      <article><h1>Council approves harbour plan</h1><div class="entry"><p>The council voted on Tuesday to \
      approve the new harbour plan after a long debate.</p><h2>What happens next</h2><p>Work starts in spring \
      and should take two years.</p><p><a href="https://example.org/press/harbour-plan">Read more</a></p></div>\
      </article>
      """
    #expect(
      try TestPage.extract(body, title: "Council approves harbour plan").headings.map(\.text) == ["What happens next"])
  }

  @Test("a heading over teaser cards and then prose of its own heads a section, and the cards are its own")
  func headingOverCardsThenProseIsSection() throws {
    let card = { (name: String, slug: String) in
      "<div class=\"card\"><h3>\(name)</h3><p>A short note on \(name).</p><a href=\"/\(slug)\">Read more</a></div>"
    }
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Watering</h2>\
      <div class="grid">\(card("Drip Kits", "drip"))\(card("Hoses", "hoses"))</div>\
      \(TestPage.paragraphs(2, from: 3))</article>
      """
    // (A run of two cards is left out as a teaser run by the content walker before the outline.)
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Watering"])
    // The same cards at the end, after the last paragraph: the heading over them goes with them.
    let closing = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 3))<h2>Watering</h2><div class="grid">\(card("Drip Kits", "drip"))\
      \(card("Hoses", "hoses"))</div></article>
      """
    #expect(try TestPage.extract(closing).headings.map(\.text) == ["Choosing Pots", "Watering"])
    // Closing cards and then a list of the heading's own: the heading heads a section, the cards go.
    let listed = closing.replacingOccurrences(
      of: "</div></article>",
      with: "</div><ul><li>Water early in the morning before the sun is up.</li>"
        + "<li>Check the soil with a finger before you water again.</li></ul></article>")
    #expect(try TestPage.extract(listed).headings.map(\.text) == ["Choosing Pots", "Watering"])
  }

  @Test(
    "with no title heading in the body, a sentence-long h2 ending in a full stop in a header box apart from the prose is the dek"
  )
  func sentenceDekWithoutTitleHeading() throws {
    let dek = "Quality was once in fashion among managers, and the hype had side effects few expected."
    let body = """
      <article><header class="intro"><h2>\(dek)</h2></header>\(TestPage.paragraphs(2))<h2>Where It Started</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    let title = "What Became of Six Sigma"
    #expect(try TestPage.extract(body, title: title).headings.map(\.text) == ["Where It Started"])
    // Opening the prose's own box, the sentence may head the first section; without the full stop
    // it is a long section heading.
    let opening = """
      <article><h2>\(dek)</h2>\(TestPage.paragraphs(2))<h2>Where It Started</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    #expect(try TestPage.extract(opening, title: title).headings.map(\.text) == [dek, "Where It Started"])
    let unstopped = body.replacingOccurrences(of: "expected.</h2>", with: "expected</h2>")
    #expect(
      try TestPage.extract(unstopped, title: title).headings.map(\.text) == [
        String(dek.dropLast()), "Where It Started",
      ])
  }

  // Round 23: forms written from what common CMSs do (probes), each with its near miss.

  @Test("Substack: h2s classed 'header-anchor-post' among the post's paragraphs are its sections")
  func headerClassedHeadingsAmongProseKept() throws {
    let body = """
      <article class="post"><h1 class="post-title">Growing Tomatoes on a Balcony</h1><div class="body markup">\
      \(TestPage.paragraphs(2))<h2 class="header-anchor-post">Choosing Pots</h2>\(TestPage.paragraphs(2, from: 2))\
      <h3 class="header-anchor-post">Feeding</h3>\(TestPage.paragraphs(1, from: 4))<h3 class="header-anchor-post">\
      Watering</h3>\(TestPage.paragraphs(2, from: 5))</div></article>
      """
    // A section one paragraph long counts up to the next heading.
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Feeding", "Watering"])
    // The post's sign-up widget closing the last section, its own line over its form, is no call to act.
    let widget = """
      <div class="subscription-widget-wrap"><div class="subscription-widget"><div class="preamble"><p>Thanks for \
      reading! Subscribe for free to receive new posts.</p></div><form><input type="email" name="email"><input \
      type="submit" value="Subscribe"></form></div></div></div></article>
      """
    let closed = body.replacingOccurrences(of: "</div></article>", with: widget)
    #expect(try TestPage.extract(closed).headings.map(\.text) == ["Choosing Pots", "Feeding", "Watering"])
  }

  @Test("a summary box's label classed as a header, first in its box over one paragraph, is still no section")
  func headerClassedSummaryBoxLabelDropped() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 2))<div class="score-card"><h3 class="t-list-header">Summary</h3>\
      \(TestPage.paragraphs(1, from: 4))</div><h2>Watering</h2>\(TestPage.paragraphs(2, from: 5))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Watering"])
  }

  @Test("a box's label classed as a header over one line of pitch and a button is still no section")
  func headerClassedCallToActionDropped() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 2))<div class="cta-box"><h3 class="cta-header">Ready to start your own \
      garden?</h3><p>Book a free planning call with us.</p><a class="button" href="/book/">Book now</a></div>\
      </article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots"])
  }

  @Test("a call to action's label classed as a header after an icon, over its pitch and a button, is no section")
  func headerClassedCallToActionAfterIconDropped() throws {
    let pitch = """
      <p>Our planners advise you free of charge and without obligation, in one of our twelve studios or by \
      video call at your home.</p><p>Book your appointment now and get ten percent off the planning.</p>
      """
    for box in [
      "<img class=\"cta-icon\" src=\"/icon-phone.svg\" alt=\"\"><h3 class=\"cta-header\">Planning a new kitchen?</h3>",
      "<p>Kitchen studio</p><h3 class=\"cta-header\">Planning a new kitchen?</h3>",
    ] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Choosing Pots</h2>\
        \(TestPage.paragraphs(2, from: 2))<div class="cta-box">\(box)\(pitch)<a class="button" href="/book/">Book \
        now</a></div><h2>Watering</h2>\(TestPage.paragraphs(2, from: 5))</article>
        """
      #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Watering"])
    }
  }

  @Test("a table of contents' toggle heading over a list of '#' links is no section")
  func contentsToggleHeadingDropped() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 2))<div class="toc"><h2 class="toc-header"><button aria-expanded="false" \
      class="toc-toggle">Show the contents</button></h2><ol class="toc-list" hidden><li><a href="#pots">Choosing \
      Pots</a></li><li><a href="#water">Watering</a></li></ol></div><h2>Watering</h2>\
      \(TestPage.paragraphs(2, from: 5))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Watering"])
  }

  @Test("accordion questions over folded answers holding links are sections")
  func accordionQuestionsOverLinkedAnswersKept() throws {
    let items = ["Do I need a permit?", "How long does it take?"].enumerated().map { index, question in
      """
      <div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" \
      type="button" aria-expanded="false" aria-controls="c\(index)">\(question)</button></h2><div id="c\(index)" \
      class="accordion-collapse collapse"><div class="accordion-body">Usually not. Check the <a \
      href="https://town.example/permits/\(index)">permit office of your town hall</a> before you start.</div></div>\
      </div>
      """
    }.joined()
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 2))<div class="accordion">\(items)</div><h2>Watering</h2>\
      \(TestPage.paragraphs(2, from: 5))</article>
      """
    #expect(
      try TestPage.extract(body).headings.map(\.text) == [
        "Choosing Pots", "Do I need a permit?", "How long does it take?", "Watering",
      ])
  }

  @Test("FAQ accordions: a question heading classed as the item's header and holding its toggle button is a section")
  func accordionHeaderWithToggleKept() throws {
    // Bootstrap's accordion and Kadence's, both the WAI-ARIA accordion pattern.
    let bootstrap = """
      <div class="accordion-item"><h2 class="accordion-header" id="q1"><button class="accordion-button collapsed" \
      type="button" aria-expanded="false" aria-controls="c1">How often should I water?</button></h2><div id="c1" \
      class="accordion-collapse collapse"><div class="accordion-body">Deeply twice a week.</div></div></div>
      """
    let kadence = """
      <div class="kt-accordion-pane"><h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header">\
      <span class="kt-blocks-accordion-title">Can tomatoes grow in pots?</span></button></h3><div \
      class="kt-accordion-panel"><p>Yes, in pots of at least thirty litres.</p></div></div>
      """
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Questions</h2><div \
      class="accordion">\(bootstrap)\(kadence)</div></article>
      """
    #expect(
      try TestPage.extract(body).headings.map(\.text) == [
        "Questions", "How often should I water?", "Can tomatoes grow in pots?",
      ])
  }

  @Test("sign-up words count as whole words: 'Request a design upgrade' over a contact form is a section")
  func signUpWordsWholeWords() throws {
    #expect(!HeadingsExtractor.callsToSignUp("Request a design upgrade"))
    #expect(!HeadingsExtractor.callsToSignUp("Our redesign updates"))
    #expect(HeadingsExtractor.callsToSignUp("Sign up for our weekly tips"))
    #expect(HeadingsExtractor.callsToSignUp("Get the newsletters"))
    #expect(HeadingsExtractor.callsToSignUp("Zur Newsletteranmeldung"))
    #expect(HeadingsExtractor.callsToSignUp("Jetzt Newsletter-Abo sichern"))
    #expect(HeadingsExtractor.callsToSignUp("Nieuwsbriefinschrijving"))
    #expect(!HeadingsExtractor.callsToSignUp("Unser Kundenservice hilft gern"))
    // Compounds ending in the word count too.
    #expect(HeadingsExtractor.callsToSignUp("Unser Wochennewsletter"))
    #expect(HeadingsExtractor.callsToSignUp("Themennewsletter"))
    #expect(HeadingsExtractor.callsToSignUp("Onze weeknieuwsbrief"))
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Our garden design service</h2>\
      \(TestPage.paragraphs(1, from: 3))<div class="wp-block-group"><h3>Request a design upgrade</h3><form \
      action="/contact"><input type="text" name="your-name"><input type="email" name="your-email"><textarea \
      name="msg"></textarea><button>Send</button></form></div><h2>What clients say</h2>\
      \(TestPage.paragraphs(2, from: 4))</article>
      """
    #expect(
      try TestPage.extract(body).headings.map(\.text) == [
        "Our garden design service", "Request a design upgrade", "What clients say",
      ])
  }

  @Test("a German or Dutch sign-up compound titling a box with an email field is no section")
  func signUpCompoundTitlesDropped() throws {
    for title in ["Newsletteranmeldung", "Nieuwsbriefinschrijving", "Unser Wochennewsletter"] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
        \(TestPage.paragraphs(2, from: 3))<div class="box"><h3>\(title)</h3><p>Keine Tipps mehr verpassen.</p>\
        <form action="/nl"><input type="email" name="mail"><button>Los</button></form></div><h2>Watering</h2>\
        \(TestPage.paragraphs(2, from: 5))</article>
        """
      #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Watering"])
    }
  }

  @Test("Spanish, Italian and Portuguese table-of-contents titles over links into the page are no sections")
  func contentsTitlesOfMoreLanguages() throws {
    for title in ["Índice de contenidos", "Indice dei contenuti", "Índice de conteúdos", "Table of Content"] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(1))<div class="toc-box"><h2>\(title)\
        </h2><ul><li><a href="#pots">Choosing Pots</a></li><li><a href="#water">Watering</a></li></ul></div>\
        <h2 id="pots">Choosing Pots</h2>\(TestPage.paragraphs(2, from: 1))<h2 id="water">Watering</h2>\
        \(TestPage.paragraphs(2, from: 3))</article>
        """
      #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Watering"], "\(title)")
    }
  }

  @Test("a shop box's heading over rows of buy links, the rows cleaned away, is no section")
  func shopBoxTitleOverBuyLinksDropped() throws {
    let rows = ["Bei Amazon ansehen", "Bei Otto ansehen", "Bei MediaMarkt ansehen"].enumerated().map { index, link in
      """
      <div class="aff-row"><span class="shop">Shop \(index)</span> <span class="price">4\(index),99 €</span> \
      <a href="https://shop\(index).example.com/p?tag=x-21" rel="nofollow sponsored" class="btn">\(link)</a></div>
      """
    }.joined()
    let page = { (heading: String, after: String) in
      """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 3))<div class="product-box">\(heading)\(rows)</div>\(after)<h2>Watering</h2>\
      \(TestPage.paragraphs(2, from: 6))</article>
      """
    }
    #expect(
      try TestPage.extract(page("<h3>Unsere Empfehlung</h3>", "")).headings.map(\.text) == [
        "Choosing Pots", "Watering",
      ])
    // With prose under the box, outside it, the heading may head that prose: see
    // `chapterHeadingOverNavigationLinksKept`.
  }

  @Test("a section heading in a header box with chapter links, its prose after the box, stays")
  func chapterHeadingOverNavigationLinksKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
      \(TestPage.paragraphs(2, from: 3))<div class="chapter-title"><h2>The plan</h2><ul class="chapter-nav"><li>\
      <a href="#toc">Back to the table of contents</a></li><li><a href="#next">Next chapter: tiles, grout and \
      sealing</a></li></ul></div>\(TestPage.paragraphs(2, from: 5))<h2>Watering</h2>\
      \(TestPage.paragraphs(2, from: 7))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "The plan", "Watering"])
  }

  @Test("FAQ questions over folded answers with links (display:none, hidden, aria-hidden) are sections")
  func questionsOverHiddenLinkedAnswersKept() throws {
    for folded in ["style=\"display:none\"", "hidden", "aria-hidden=\"true\""] {
      let items = ["Do I need a permit to start?", "How long does the work take?"].enumerated().map { index, question in
        """
        <div class="faq-item"><h3>\(question)</h3><div class="faq-answer" \(folded)><p>Usually not, unless you move \
        walls. Check the <a href="https://gov.example/permits/\(index)">planning portal of your local council</a> \
        first.</p></div></div>
        """
      }.joined()
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
        \(TestPage.paragraphs(2, from: 3))<div class="faq">\(items)</div><h2>Watering</h2>\
        \(TestPage.paragraphs(2, from: 5))</article>
        """
      #expect(
        try TestPage.extract(body).headings.map(\.text) == [
          "Choosing Pots", "Do I need a permit to start?", "How long does the work take?", "Watering",
        ], "\(folded)")
    }
  }

  @Test("a heading over a video embed and its channel links is a section")
  func headingOverVideoKept() throws {
    for player in [
      "<div class=\"embed-youtube\"><iframe src=\"https://www.youtube.com/embed/abc\"></iframe></div>",
      "<video src=\"/media/tiles.mp4\" controls></video>",
    ] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
        \(TestPage.paragraphs(2, from: 3))<div class="video-block"><h2>Video: how we laid the tiles</h2>\(player)\
        <ul class="video-meta"><li><a href="https://youtube.example/@berg">Berg Renovation channel on YouTube</a>\
        </li><li><a href="https://youtube.example/watch?v=abc">Watch the whole video on YouTube</a></li></ul></div>\
        <h2>Watering</h2>\(TestPage.paragraphs(2, from: 5))</article>
        """
      #expect(
        try TestPage.extract(body).headings.map(\.text) == [
          "Choosing Pots", "Video: how we laid the tiles", "Watering",
        ])
    }
  }

  @Test("a section heading whose box keeps its own text, or loses only a share link, stays")
  func headingOfKeptOrBarelyCleanedBoxKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<div class="section-head"><h2>\
      Choosing Pots</h2><div class="share-links"><a href="https://x.example/share">Share</a> <a \
      href="https://fb.example/share">Post</a></div></div>\(TestPage.paragraphs(2, from: 3))<div class="box"><h2>\
      Watering</h2>\(TestPage.paragraphs(1, from: 5))<p><a href="https://shop.example/can">A good watering can</a>\
      </p></div>\(TestPage.paragraphs(1, from: 6))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Watering"])
  }

  @Test("a heading hidden for screen readers is no section")
  func screenReaderHeadingDropped() throws {
    for hidden in [
      "<h2 class=\"screen-reader-text\">Article content</h2>",
      "<h2 class=\"title sr-only\">Article content</h2>",
      "<h2><span class=\"visually-hidden\">Article content</span></h2>",
    ] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1><div class="entry-content">\(hidden)\(TestPage.paragraphs(3))\
        <h2>Choosing Pots</h2>\(TestPage.paragraphs(2, from: 3))</div></article>
        """
      let article = try TestPage.extract(body)
      #expect(article.headings.map(\.text) == ["Choosing Pots"], "\(hidden)")
    }
  }

  @Test("a heading whose class only sounds like a screen reader's stays a section")
  func readerClassedHeadingKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2 class="reader-title">\
      Choosing Pots</h2>\(TestPage.paragraphs(2, from: 3))<h2><span class="only">Watering</span></h2>\
      \(TestPage.paragraphs(2, from: 5))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots", "Watering"])
  }

  @Test("a heading over nothing but marks (rating stars, thumbs) heads no section")
  func headingOverMarksDropped() throws {
    for (heading, marks) in [
      ("Rate this recipe", "<span class=\"star\">★</span><span class=\"star\">★</span><span class=\"star\">☆</span>"),
      ("Rezept bewerten", "<p>★ ★ ★ ★ ★</p>"),
      ("War dieser Artikel hilfreich?", "<p>👍 👎</p>"),
    ] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
        \(TestPage.paragraphs(2, from: 3))<div class="rating-box"><h3>\(heading)</h3>\(marks)</div></article>
        """
      #expect(try TestPage.extract(body).headings.map(\.text) == ["Choosing Pots"], "\(heading)")
    }
  }

  @Test("a heading over a score, a word or a picture keeps its section")
  func headingOverScoreKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Our Verdict</h2><p>★★★★☆ 8/10</p>\
      <h2>Choosing Pots</h2><p>★ Terracotta</p>\(TestPage.paragraphs(2, from: 3))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Our Verdict", "Choosing Pots"])
  }

  @Test("a part's heading over a separator line ('* * *', '***') and its subsections keeps its section")
  func headingOverDinkusKept() throws {
    for dinkus in ["<p style=\"text-align:center\">* * *</p>", "<p class=\"has-text-align-center\">***</p>"] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(1))<h2>Part one: the spring</h2>\
        \(dinkus)<h3>Sowing indoors</h3>\(TestPage.paragraphs(2, from: 1))<h2>Part two: the summer</h2>\(dinkus)\
        <h3>Feeding</h3>\(TestPage.paragraphs(2, from: 3))</article>
        """
      #expect(
        try TestPage.extract(body).headings.map(\.text) == [
          "Part one: the spring", "Sowing indoors", "Part two: the summer", "Feeding",
        ], "\(dinkus)")
    }
  }

  @Test("a heading over stars and then subsections of its own keeps its section")
  func headingOverMarksWithSubsectionsKept() throws {
    let body = """
      <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Our favourites</h2><p>★★★★★</p>\
      <h3>Sungold</h3>\(TestPage.paragraphs(2, from: 2))<h2>Watering</h2>\(TestPage.paragraphs(2, from: 4))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Our favourites", "Sungold", "Watering"])
  }

  @Test("a heading over a pointer or rating line and a played embed (video, audio) titles the player")
  func headingOverPointerAndEmbedKept() throws {
    let video = """
      <figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe width="640" \
      height="360" src="https://www.youtube.com/embed/abc123" allowfullscreen></iframe></div></figure>
      """
    for (marks, player) in [
      ("<p>👇👇👇</p>", video), ("<p>⬇️</p>", video), ("<p>🎧</p>", "<audio controls src=\"/ep12.mp3\"></audio>"),
      ("<p>★ ★ ★ ★ ★</p>", video),
    ] {
      let middle = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Watch the video</h2>\(marks)\
        \(player)<h2>Feeding the plants</h2>\(TestPage.paragraphs(2, from: 2))</article>
        """
      #expect(
        try TestPage.extract(middle).headings.map(\.text) == ["Watch the video", "Feeding the plants"], "\(marks)")
      let last = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(2))<h2>Feeding the plants</h2>\
        \(TestPage.paragraphs(2, from: 2))<h2>Watch the video</h2>\(marks)<div class="video">\(player)</div></article>
        """
      #expect(
        try TestPage.extract(last).headings.map(\.text) == ["Feeding the plants", "Watch the video"], "\(marks)")
    }
  }

  @Test("a product or post card's heading inside its link to another page is no section; a list's own headings are")
  func cardHeadingInLinkDropped() throws {
    let grid = """
      <ul class="products"><li><a href="/shop/bottle/"><img src="/a.jpg" alt=""><h3>Water bottle</h3></a>\
      <span class="price">12,90 €</span><a href="?add-to-cart=1">Buy</a></li><li><a href="/shop/socks/">\
      <img src="/b.jpg" alt=""><h3>Running socks</h3></a><span class="price">9,90 €</span></li></ul>
      """
    let features = """
      <ul class="features"><li><a href="#pots"><img src="/p.jpg" alt=""></a><h3>Pots</h3><p>Clay or plastic.</p>\
      </li><li><a href="/pots/"><img src="/q.jpg" alt=""></a><h3>Soil</h3><p>Loose and rich.</p></li></ul>
      """
    let postCards = """
      <ul class="posts"><li><a href="/pruning-roses/"><img src="/r.jpg" alt=""><h3>Pruning roses</h3>\
      <p>How and when to cut them back for a second bloom in late summer.</p></a></li><li><a href="/herbs/">\
      <img src="/h.jpg" alt=""><h3>Winter herbs</h3></a></li></ul>
      """
    for (list, expected) in [
      (grid, ["Choosing Pots", "Watering"]), (features, ["Choosing Pots", "Pots", "Soil", "Watering"]),
      (postCards, ["Choosing Pots", "Watering"]),
    ] {
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Choosing Pots</h2>\
        \(TestPage.paragraphs(2, from: 3))\(list)<h2>Watering</h2>\(TestPage.paragraphs(2, from: 5))</article>
        """
      #expect(try TestPage.extract(body).headings.map(\.text) == expected)
    }
  }

  @Test("a listicle's item headings inside their links, each over a paragraph of its own, are the article's")
  func listicleHeadingInLinkKept() throws {
    let items = [("Sungold", "https://shop.example.com/sungold"), ("Sweet Million", "/rezepte/sweet-million/")]
      .enumerated().map { index, item in
        """
        <li class="listicle-item"><a href="\(item.1)" rel="sponsored nofollow"><img src="/\(index).jpg" alt="">\
        <h3>\(item.0)</h3></a><p>\(TestPage.fillerText(index + 3))</p></li>
        """
      }.joined()
    let body = """
      <article><h1>The Best Tomato Varieties for Pots</h1>\(TestPage.paragraphs(2))<ol class="listicle">\(items)</ol>\
      \(TestPage.paragraphs(1, from: 5))</article>
      """
    #expect(try TestPage.extract(body).headings.map(\.text) == ["Sungold", "Sweet Million"])
  }

  @Test("a heading inside a link to this page's own anchor, written as a full address or a path, is a section")
  func headingInLinkToOwnAnchorKept() throws {
    for href in ["https://greenbalcony.example/tomatoes-balcony/#step-", "/tomatoes-balcony/#step-", "#step-"] {
      let steps = [(1, "Choose a sunny spot"), (2, "Pick a large pot")].map { number, name in
        "<li id=\"step-\(number)\"><a href=\"\(href)\(number)\"><h3>\(name)</h3></a></li>"
      }.joined()
      let body = """
        <article><h1>Growing Tomatoes on a Balcony</h1>\(TestPage.paragraphs(3))<h2>Steps</h2>\
        <ol class="howto-steps">\(steps)</ol><h2>Watering</h2>\(TestPage.paragraphs(2, from: 3))</article>
        """
      let article = try TestPage.extract(body, url: "https://greenbalcony.example/tomatoes-balcony/")
      #expect(
        article.headings.map(\.text) == ["Steps", "Choose a sunny spot", "Pick a large pot", "Watering"], "\(href)")
    }
  }
}
