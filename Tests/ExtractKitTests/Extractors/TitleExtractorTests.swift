import Testing

@testable import ExtractKit

/// The article's own title: an `<h1>` that metadata confirms, else the structured headline,
/// else the `<title>` without its " | Site" part.
@Suite("Title: h1 vs og:title vs <title> with a site-name tail")
struct TitleExtractorTests {
  private let content = "<div class=\"entry-content\">\(TestPage.paragraphs(4))</div>"

  @Test("WordPress: the entry-title h1 confirmed by og:title is the title, not the site title in the masthead")
  func wordPressEntryTitle() throws {
    let body = """
      <header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">\
      <a href="/">Garden Weekly</a></p></div></header>
      <article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Why Bees Matter</h1>
      </header>\(content)</article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Why Bees Matter\">",
      title: "Why Bees Matter &#8211; Garden Weekly")
    #expect(article.title == "Why Bees Matter")
    #expect(article.headings.isEmpty)
  }

  @Test("a short h1 confirmed by a <title> with a ' | Site' tail is the title and not repeated in the headings")
  func shortHeadingConfirmedByTitleTag() throws {
    let body = "<article><h1>Why Bees Matter</h1>\(TestPage.paragraphs(4))</article>"
    let article = try TestPage.extract(body, title: "Why Bees Matter | Garden Weekly")
    #expect(article.title == "Why Bees Matter")
    #expect(article.headings.isEmpty)
  }

  @Test("Blogger: the blog name in the header h1 is not the title; og:title names the post")
  func bloggerPostTitle() throws {
    let body = """
      <div class="header"><h1 class="title">Garden Diary</h1></div>
      <div class="post hentry"><h3 class="post-title entry-title">Why Bees Matter</h3>
      <div class="post-body entry-content">\(TestPage.paragraphs(4))</div></div>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Why Bees Matter\">", title: "Garden Diary: Why Bees Matter")
    #expect(article.title == "Why Bees Matter")
  }

  @Test("an h1 of a few words confirmed by a <title> with a site tail is taken as written")
  func headingConfirmedByTitleTag() throws {
    let body = "<article><h1>Why Bees Matter to Every Garden</h1>\(TestPage.paragraphs(4))</article>"
    let article = try TestPage.extract(body, title: "Why Bees Matter to Every Garden | Garden Weekly")
    #expect(article.title == "Why Bees Matter to Every Garden")
    #expect(article.headings.isEmpty)
  }

  @Test("a listing's number in parentheses in the <title> still confirms the h1 without it")
  func numberInParenthesesConfirmsHeading() throws {
    let body = "<div class=\"listing\"><h1>Cottage Birchwood</h1>\(TestPage.paragraphs(4))</div>"
    let article = try TestPage.extract(body, title: "Cottage Birchwood (51873) - Holiday Homes Lakeside")
    #expect(article.title == "Cottage Birchwood")
    #expect(TitleExtractor.withoutNumberTags("Cottage Birchwood (51873) - Lakeside") == "Cottage Birchwood - Lakeside")
    #expect(TitleExtractor.withoutNumberTags("Bees (and Wasps) in 2021") == nil)
    #expect(TitleExtractor.withoutNumberTags("Post (2013/4) (Spring)") == "Post (Spring)")
    #expect(People.withoutParentheses("Jane Doe (Reuters (Berlin))") == "Jane Doe ")
  }

  @Test("without an h1, an issue number in parentheses in og:title still confirms the header's h2")
  func issueNumberConfirmsSubhead() throws {
    let body = "<header><h2>Spring Planting Notes</h2></header>\(content)"
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Spring Planting Notes (2022/3)\">",
      title: "Spring Planting Notes (2022/3): Garden Weekly")
    #expect(article.title == "Spring Planting Notes")
  }

  @Test("without an h1, the <title> loses a ' | Site' tail that og:site_name names")
  func knownSiteNameTail() throws {
    let article = try TestPage.extract(
      content, head: "<meta property=\"og:site_name\" content=\"Garden Weekly\">",
      title: "Why Bees Matter | Garden Weekly")
    #expect(article.title == "Why Bees Matter")
  }

  @Test(
    "an h1 inside the <article> that an og:title rewords is the title; not outside it, with no words shared, or under a bare <title>"
  )
  func articleHeadingOverRewordedMetadataTitle() throws {
    let head = "<meta property=\"og:title\" content=\"Bees in the Garden: Ten Reasons\">"
    let title = "Bees in the Garden: Ten Reasons | Garden Weekly"
    let inside = try TestPage.extract(
      "<article><h1>Why Bees Matter in the Garden</h1>\(TestPage.paragraphs(4))</article>", head: head,
      title: title)
    #expect(inside.title == "Why Bees Matter in the Garden")
    let entry = try TestPage.extract(
      "<div class=\"post hentry\"><h1>Why Bees Matter in the Garden</h1>\(content)</div>", head: head, title: title)
    #expect(entry.title == "Why Bees Matter in the Garden")
    let hero = try TestPage.extract(
      "<div class=\"hero\"><h1>Why Bees Matter in the Garden</h1></div><article>\(content)</article>", head: head,
      title: title)
    #expect(hero.title == "Bees in the Garden: Ten Reasons")
    let placeholder = try TestPage.extract(
      "<article><h1>Lorem ipsum dolor</h1>\(TestPage.paragraphs(4))</article>", title: "Bees in the Garden test")
    #expect(placeholder.title == "Bees in the Garden test")
    let bare = try TestPage.extract(
      "<article><h1>Bees in the Garden: Why They Matter</h1>\(TestPage.paragraphs(4))</article>",
      title: "Bees in the Garden: Ten Reasons")
    #expect(bare.title == "Bees in the Garden: Ten Reasons")
  }

  @Test("an hAtom class on <body> makes no h1 the post's own: a hero h1 keeps the og:title")
  func hentryOnBodyIsNoPostContainer() throws {
    let html = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\
      <title>Bees in the Garden: Ten Reasons | Garden Weekly</title>\
      <meta property="og:title" content="Bees in the Garden: Ten Reasons"></head>
      <body class="single hentry"><div class="hero"><h1>Why Bees Matter in the Garden</h1></div>\
      <main>\(content)</main></body></html>
      """
    let article = try ArticleExtractor().extract(html: html, options: ExtractOptions())
    #expect(article.title == "Bees in the Garden: Ten Reasons")
  }

  @Test(
    "a blog portal's 'Post @ Blog :: Portal ::', a box-drawing or full-width bar, an underscore: the site is cut at each"
  )
  func unusualSiteSeparators() throws {
    let cases = [
      ("Why Bees Matter (2) @ Garden_Diary :: Blog Portal ::", "Garden_Diary"),
      ("Why Bees Matter│Garden Weekly", "Garden Weekly"),
      ("Why Bees Matter ｜ Garden Weekly", "Garden Weekly"),
      ("Why Bees Matter_Garden Weekly", "Garden Weekly"),
    ]
    for (title, site) in cases {
      let article = try TestPage.extract(
        content, head: "<meta property=\"og:site_name\" content=\"\(site)\">", title: title)
      #expect(article.title == (title.hasPrefix("Why Bees Matter (2)") ? "Why Bees Matter (2)" : "Why Bees Matter"))
    }
  }

  @Test("without an h1, the <title> loses a 'Site | ' head that og:site_name names")
  func knownSiteNameHead() throws {
    let article = try TestPage.extract(
      content, head: "<meta property=\"og:site_name\" content=\"Garden Weekly\">",
      title: "Garden Weekly | Why Bees Matter")
    #expect(article.title == "Why Bees Matter")
  }

  @Test("with no site name known, a short ' - Site' tail is cut when enough words remain")
  func guessedTail() throws {
    let article = try TestPage.extract(content, title: "Why Bees Matter to Every Garden - Garden Weekly")
    #expect(article.title == "Why Bees Matter to Every Garden")
  }

  @Test("with no site name known, a short <title> is not cut down to a fragment")
  func shortTitleKept() throws {
    let article = try TestPage.extract(content, title: "Bees Matter - Garden Weekly")
    #expect(article.title == "Bees Matter - Garden Weekly")
  }

  @Test("a news page without an h1 takes the JSON-LD headline, not the <title> with its sections")
  func jsonLDHeadline() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Council Approves New Bridge"}</script>
      """
    let article = try TestPage.extract(
      content, head: head, title: "Council Approves New Bridge - Local News - City Herald")
    #expect(article.title == "Council Approves New Bridge")
  }

  @Test("entities in the <title> are decoded")
  func entitiesDecoded() throws {
    let article = try TestPage.extract(
      content, head: "<meta property=\"og:site_name\" content=\"Cartoon Gardens\">",
      title: "Tom &amp; Jerry&#8217;s Garden | Cartoon Gardens")
    #expect(article.title == "Tom & Jerry’s Garden")
  }

  @Test("a page with nothing that names it has no title")
  func noTitle() throws {
    let html = "<!DOCTYPE html><html><body><div class=\"entry-content\">\(TestPage.paragraphs(4))</div></body></html>"
    let article = try ArticleExtractor().extract(html: html)
    #expect(article.title == nil)
  }

  @Test("a site-title h1 in the masthead before the entry-title h1: the one og:title confirms wins")
  func mastheadSiteTitleHeadingBeforeEntryTitle() throws {
    let body = """
      <header id="masthead" class="site-header"><div class="site-branding"><h1 class="site-title">\
      <a href="/">Garden Weekly</a></h1></div></header>
      <article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Why Bees Matter</h1>
      </header>\(content)</article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Why Bees Matter\">",
      title: "Why Bees Matter &#8211; Garden Weekly")
    #expect(article.title == "Why Bees Matter")
    #expect(article.headings.isEmpty)
  }

  @Test("a <title> segment that is the site name does not confirm the masthead h1")
  func siteNameSegmentIsNotTheTitle() throws {
    let body = """
      <header class="site-header"><h1 class="site-title"><a href="/">Garden Weekly</a></h1></header>
      <article class="post"><h1 class="entry-title">Bees</h1>\(content)</article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:site_name\" content=\"Garden Weekly Magazine\">",
      title: "Bees | Garden Weekly")
    #expect(article.title == "Bees")
  }

  // MARK: kickers and site names (issue 10)

  @Test("a roofline kicker inside the h1 is not part of the title")
  func rooflineKicker() throws {
    let body = """
      <article><h1 class="l-detail-page__title"><span class="l-detail-page__roofline">Wasser sichern</span> \
      Krause: Die Region steht fest an der Seite der Landwirte im Tal</h1>\(content)</article>
      """
    let headline = "Krause: Die Region steht fest an der Seite der Landwirte im Tal"
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"\(headline)\">", title: "Wasser sichern | MWL", lang: "de")
    #expect(article.title == "Krause: Die Region steht fest an der Seite der Landwirte im Tal")
  }

  @Test("a forum thread's prefix label inside the h1 link is not part of the title")
  func threadPrefixLabel() throws {
    let body = """
      <article><h1 class="p-title-value"><a href="/threads/5120/"><span class="label label--blue">Patch Notes</span>\
      <span class="label-append">&nbsp;</span>Patchnotes 2.18.3 - Hotfix Build</a></h1>\(content)</article>
      """
    let article = try TestPage.extract(body, title: "Patch Notes - Patchnotes 2.18.3 - Hotfix Build | Forum")
    #expect(article.title == "Patchnotes 2.18.3 - Hotfix Build")
  }

  @Test("an og:title copied from the <title> loses the tail naming the site's host")
  func hostNameTail() throws {
    let head = """
      <meta property="og:title" content="Neue Richtlinie: Streusalz ist nicht mehr erlaubt | Wasseramt">
      <link rel="canonical" href="https://www.wasseramt.example/presse/streusalz">
      """
    let article = try TestPage.extract(
      content, head: head, title: "Neue Richtlinie: Streusalz ist nicht mehr erlaubt | Wasseramt",
      lang: "de")
    #expect(article.title == "Neue Richtlinie: Streusalz ist nicht mehr erlaubt")
  }

  @Test("a visually hidden ' | Site' inside the h1 is cut when og:site_name names the site")
  func headingWithSiteTail() throws {
    let body = "<article><h1 class=\"visuallyhidden\">Why Bees Matter | Garden Weekly</h1>\(content)</article>"
    let head = """
      <meta property="og:site_name" content="Garden Weekly"><meta property="og:title" content="Why Bees Matter">
      """
    let article = try TestPage.extract(body, head: head, title: "Why Bees Matter | Garden Weekly")
    #expect(article.title == "Why Bees Matter")
  }

  @Test("an og:site_name with a separator of its own is cut whole, and the h1 it leaves is confirmed")
  func siteNameWithSeparator() throws {
    let body = "<article><h1 class=\"entry-title\">Energy Rising – 33 Days of Yoga</h1>\(content)</article>"
    let title = "Energy Rising - 33 Days of Yoga - Jane Doe - Yoga Lifestyle"
    let head = """
      <meta property="og:site_name" content="Jane Doe - Yoga Lifestyle"><meta property="og:title" content="\(title)">
      """
    let article = try TestPage.extract(body, head: head, title: title)
    #expect(article.title == "Energy Rising – 33 Days of Yoga")
  }

  @Test("a site name glued to the title by a bare '|' at its start is cut")
  func gluedSiteNamePrefix() throws {
    let head = "<meta property=\"og:site_name\" content=\"GARDEN WEB DAILY\">"
    let article = try TestPage.extract(content, head: head, title: "GARDEN WEB DAILY|Bees return to the city")
    #expect(article.title == "Bees return to the city")
  }

  /// The masthead's home link, and an h1 linking elsewhere (an archived copy's address) that
  /// only repeats the title's first part: either way the h1 is the site.
  @Test(
    "an h1 naming the site that starts a 'Site » Archive » Post' <title>: the last part is the title",
    arguments: [
      ("header", "https://example.org/", "Garden Diary » Blog Archive » Why Bees Matter"),
      (
        "top", "https://archive.example/web/2014/http://garden-diary.example/",
        "Garden Diary  » Blog Archive   » Why Bees Matter"
      ),
    ])
  func pathTitleHeadingIsSite(box: String, href: String, title: String) throws {
    let body = """
      <div id="\(box)"><h1><a href="\(href)">Garden Diary</a></h1></div>
      <div class="post">\(content)</div>
      """
    let article = try TestPage.extract(body, title: title)
    #expect(article.title == "Why Bees Matter")
  }

  @Test("the masthead's name followed by a motto in the <title>: what comes before it is the title")
  func mastheadNameAndMotto() throws {
    let body = """
      <div id="header"><h1 class="vcard"><a href="https://example.org/">Crime Diary</a></h1></div>
      <div class="post">\(content)</div>
      """
    let article = try TestPage.extract(
      body, title: "The strangest music video in the world : Crime Diary | Notes on a genre | Since 2005")
    #expect(article.title == "The strangest music video in the world")
  }

  @Test("a masthead's name ending a short <title> stays: the rest would be too short to be the title alone")
  func mastheadTailOnShortTitle() throws {
    let body = """
      <div class="header"><h1 class="heading"><a href="index.html">docs for Project</a></h1></div>
      <div class="body">\(content)</div>
      """
    let article = try TestPage.extract(body, title: "Shared Draft Branches — docs for Project")
    #expect(article.title == "Shared Draft Branches — docs for Project")
  }

  @Test("a <small> kicker before a <br> inside the h1's title span is not part of the title")
  func smallKickerBeforeBreak() throws {
    let body = """
      <article><h1 class="single-post-title"><span class="post-title"><small>Workout of the week</small><br>\
      Pyramid sets with intervals</span></h1>\(content)</article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:site_name\" content=\"SPLASH\">",
      title: "Workout of the week | Pyramid sets with intervals - SPLASH")
    #expect(article.title == "Pyramid sets with intervals")
  }

  @Test("a ' | Site' hidden for screen readers at the end of the h1 is not part of the title")
  func screenReaderSiteTail() throws {
    let body = """
      <article><h1 class="title">Why Bees Matter<span class="element-invisible"> | Garden Notes</span></h1>\
      \(content)</article>
      """
    let article = try TestPage.extract(body, title: "Why Bees Matter | Garden Weekly")
    #expect(article.title == "Why Bees Matter")
  }

  @Test("a generic <title> ('Home', 'Startpagina') does not give way to a sidebar widget's h1")
  func genericTitleAndWidgetHeading() throws {
    let body = """
      <div class="main"><h2>Roses in winter</h2>\(TestPage.paragraphs(3))</div>\
      <div class="sidebar"><h1 class="widget-title">Newsletter</h1><p>Sign up.</p></div>
      """
    // The widget's heading is not taken: the <title> stays, there being no other h1.
    #expect(try TestPage.extract(body, title: "Home").title == "Home")
    let dutch = try TestPage.extract(
      "<article><h1>Welkom bij de tuinclub</h1>\(TestPage.paragraphs(4))</article>", title: "Startpagina")
    #expect(dutch.title == "Welkom bij de tuinclub")
  }

  @Test("a <title> that is only the site's name (og:site_name, the host spelled out, 'Home') gives way to the lone h1")
  func siteNameTitleGivesWayToHeading() throws {
    let body = "<article><h1>Willkommen!</h1>\(TestPage.paragraphs(4))</article>"
    let byHost = try TestPage.extract(body, title: "Kanzlei Brandt", url: "https://kanzleibrandt.example/")
    #expect(byHost.title == "Willkommen!")
    let bySiteName = try TestPage.extract(
      body, head: "<meta property=\"og:site_name\" content=\"Garden Weekly\">", title: "Garden Weekly")
    #expect(bySiteName.title == "Willkommen!")
    let generic = try TestPage.extract(body, title: "Home")
    #expect(generic.title == "Willkommen!")
    // A site name holding a separator is not cut to its tail first.
    let separated = try TestPage.extract(
      body, head: "<meta property=\"og:site_name\" content=\".:: GARDEN-MEDIA ::. Shop Templates / Design Vorlagen\">",
      title: ".:: GARDEN-MEDIA ::. Shop Templates / Design Vorlagen")
    #expect(separated.title == "Willkommen!")
    // A <title> naming the article stays, whatever the h1 says.
    let own = try TestPage.extract(body, title: "Why Bees Matter in the Garden", url: "https://kanzleibrandt.example/")
    #expect(own.title == "Why Bees Matter in the Garden")
  }

  @Test("an application-name that repeats the headline is no site name: the <title> stays over a lone h1")
  func applicationNameIsNoSiteName() throws {
    let article = try TestPage.extract(
      "<div><h1>Morning Show</h1></div><article>\(TestPage.paragraphs(4))</article>",
      head: "<meta name=\"application-name\" content=\"Farmer Carries Lamb Through a Storm\">",
      title: "Farmer Carries Lamb Through a Storm")
    #expect(article.title == "Farmer Carries Lamb Through a Storm")
  }

  @Test("an h1 whose leading element is a kicker before the metadata title: the title without the kicker")
  func kickerElementBeforeMetadataTitle() throws {
    let body = """
      <article><h1><em>Stadtjubiläum </em>Festakt zum Jubiläum der alten Markthalle</h1>\(TestPage.paragraphs(4))\
      </article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Festakt zum Jubiläum der alten Markthalle\">",
      title: "Stadtrat - Archiv - Festakt zum Jubiläum der alten Markthalle")
    #expect(article.title == "Festakt zum Jubiläum der alten Markthalle")
    #expect(article.headings.isEmpty)
    let styled = """
      <article><h1><span class="subline">Mitteilung der Direktion<span class="hidden">:</span></span>\
      Anmelden ist bis Ende März noch möglich</h1>\(TestPage.paragraphs(4))</article>
      """
    let fromTitleTag = try TestPage.extract(styled, title: "Anmelden ist bis Ende März noch möglich")
    #expect(fromTitleTag.title == "Anmelden ist bis Ende März noch möglich")
    // A leading element the metadata title keeps is part of the title.
    let kept = try TestPage.extract(
      body,
      head: "<meta property=\"og:title\" content=\"Stadtjubiläum Festakt zum Jubiläum der alten Markthalle\">")
    #expect(kept.title == "Stadtjubiläum Festakt zum Jubiläum der alten Markthalle")
  }

  @Test("an h1 that is the last crumb after a breadcrumb's links is not the title; the article header's h2 is")
  func breadcrumbHeadingGivesWayToArticleHeader() throws {
    let body = """
      <nav class="trail"><ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/garden/">Garden</a></li>\
      <li><h1>Bees: why the garden needs them</h1></li></ol></nav>
      <div class="crumbs breadcrumb"><a href="/">Start</a> <span><h1>Bees: why the garden needs them</h1></span></div>
      <article><header class="article-header"><h2>Hum along: ten reasons bees keep a garden alive</h2></header>\
      \(content)</article>
      """
    let head = "<meta property=\"og:title\" content=\"Hum along: ten reasons bees keep a garden alive\">"
    let article = try TestPage.extract(body, head: head, title: "Bees: why the garden needs them | Garden Weekly")
    #expect(article.title == "Hum along: ten reasons bees keep a garden alive")
    // A box named "…-breadcrumb" that holds the headline alone, with no links, is no trail.
    let teaser = try TestPage.extract(
      "<div class=\"promo-breadcrumb\"><h1>Hum along with the bees</h1></div><article>\(content)</article>",
      head: "<meta property=\"og:title\" content=\"Hum along with the bees\">", title: "Bees in Spring | Garden Weekly")
    #expect(teaser.title == "Hum along with the bees")
  }

  @Test("a theme's page flags in the <body> class (has-breadcrumb-hidden, has-sidebar) make no trail or side box")
  func bodyClassFlagsAreNoBreadcrumbOrSideBox() throws {
    let html = """
      <!DOCTYPE html><html class="has-sidebar-layout"><head><title>Bees: a shorter SEO title</title>
      <meta property="og:title" content="Bees and why every garden needs them">
      <script type="application/ld+json">{"@type": "Article", "headline": "Bees: a shorter SEO title"}</script>
      </head><body class="single has-breadcrumb-mobile-hidden has-sidebar">
      <nav><a href="/">Start</a> <a href="/garden/">Garden</a></nav>
      <article><h1>Bees and why every garden needs them</h1>\(content)</article>
      <a href="#">Back to top</a></body></html>
      """
    let article = try ArticleExtractor().extract(html: html)
    #expect(article.title == "Bees and why every garden needs them")
  }

  @Test("without an h1, an h2 whose words are the og:title's is the title, tail and all; a looser match is not")
  func subheadingEqualToMetadataTitle() throws {
    let head = "<meta property=\"og:title\" content=\"How to Sow Sunflowers in Pots | Starter Guide\">"
    let hero = try TestPage.extract(
      "<div class=\"hero\"><h2>How to Sow Sunflowers in Pots | Starter Guide</h2></div><div class=\"post\">\(content)</div>",
      head: head, title: "How to Sow Sunflowers in Pots | Starter Guide")
    #expect(hero.title == "How to Sow Sunflowers in Pots | Starter Guide")
    let loose = try TestPage.extract(
      "<h2><span>How to Sow Sunflowers in Pots</span><span>Starter Guide for Spring</span></h2><div>\(content)</div>",
      head: head, title: "How to Sow Sunflowers in Pots | Starter Guide")
    #expect(loose.title == "How to Sow Sunflowers in Pots")
  }

  @Test("a heading that is the <title>'s head before a later separator is the title ('Post - Part 2 - Site')")
  func headingIsTitleHeadBeforeLaterSeparator() throws {
    let body = "<div id=\"news\"><h1>Old Tractors of the Valley - Part 7</h1>\(content)</div>"
    let article = try TestPage.extract(
      body, title: "Old Tractors of the Valley - Part 7 - Farm Machines - Vehicles and Barns Worldwide")
    #expect(article.title == "Old Tractors of the Valley - Part 7")
    let work = try TestPage.extract(
      "<div id=\"header\"><h1><a href=\"/\">Story Shelf <sup>beta</sup></a></h1></div><div class=\"preface\"><h2>Letters to a Lighthouse</h2>"
        + "</div><div class=\"chapter\">\(content)</div>",
      title: "Letters to a Lighthouse - Chapter 1 - QuietWriter - Sea Tales [Story Shelf]")
    #expect(work.title == "Letters to a Lighthouse")
  }

  @Test("an og:title the h1 repeats confirms it over a JSON-LD headline that rewords it")
  func openGraphTitleConfirmsHeadingOverJSONLDHeadline() throws {
    let head = """
      <meta property="og:title" content="As spring nears, beekeepers count their hives">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Beekeepers are counting hives again"}\
      </script>
      """
    let article = try TestPage.extract(
      "<div class=\"page-content\"><h1>As spring nears, beekeepers count their hives</h1>\(content)</div>", head: head,
      title: "Beekeepers are counting hives again - Valley Times")
    #expect(article.title == "As spring nears, beekeepers count their hives")
  }

  @Test(
    "a twitter:title the h1 repeats confirms it when the og:title copies the <title>, not beside an og:title of its own"
  )
  func twitterTitleConfirmsHeadingOnlyBesideCopiedOpenGraphTitle() throws {
    let twitter = "<meta name=\"twitter:title\" content=\"Shared Harvest: Neighbours Buy into the Village Orchard\">"
    let body =
      "<div class=\"release-body\"><h1>Shared Harvest: Neighbours Buy into the Village Orchard</h1>\(content)</div>"
    let copied = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Village Orchard Opens Shares | Orchardco\">" + twitter,
      title: "Village Orchard Opens Shares | Orchardco")
    #expect(copied.title == "Shared Harvest: Neighbours Buy into the Village Orchard")
    let own = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"Village Orchard Opens Shares to Locals\">" + twitter,
      title: "Village Orchard Opens Shares | Orchardco")
    #expect(own.title == "Village Orchard Opens Shares to Locals")
  }

  @Test("a host with a hyphen and a site name with an accent name each other: the og:title loses the tail")
  func hyphenatedHostNamesAccentedSite() throws {
    let head = """
      <meta property="og:title" content="Become a Seed Tester: sow, grow and rate │ Café Gärten">
      <link rel="canonical" href="https://www.cafe-garten.example/join/testers">
      """
    let article = try TestPage.extract(content, head: head, title: "Seed testers wanted│Café Gärten")
    #expect(article.title == "Become a Seed Tester: sow, grow and rate")
  }

  @Test("a breadcrumb flag on the layout wrapper holding the whole page makes no trail around the <h1>")
  func pageWrapperFlagIsNoBreadcrumb() throws {
    let html = """
      <!DOCTYPE html><html><head><title>Bees: a shorter SEO title</title>
      <meta property="og:title" content="Bees and why every garden needs them">
      <script type="application/ld+json">{"@type": "Article", "headline": "Bees: a shorter SEO title"}</script>
      </head><body><div id="wrapper" class="site has-breadcrumb-mobile-hidden">
      <nav><a href="/">Start</a> <a href="/garden/">Garden</a></nav>
      <article><h1>Bees and why every garden needs them</h1>\(content)</article>
      <a href="#">Back to top</a></div></body></html>
      """
    #expect(try ArticleExtractor().extract(html: html).title == "Bees and why every garden needs them")
  }

  @Test(
    "a crumb whose own class names the trail (breadcrumb__item) is still in the trail: the header's h2 is the title")
  func crumbClassedLikeItsTrail() throws {
    let body = """
      <div class="breadcrumb"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/">Start</a></li>\
      <li class="breadcrumb__item"><a href="/garden/">Garden</a></li>\
      <li class="breadcrumb__item"><h1>Bees: why the garden needs them</h1></li></ol></div>
      <article><header class="article-header"><h2>Hum along: ten reasons bees keep a garden alive</h2></header>\
      \(content)</article>
      """
    let head = """
      <meta property="og:title" content="Hum along: ten reasons bees keep a garden alive">
      <script type="application/ld+json">{"@type": "Article", "headline": "Bees: why the garden needs them"}</script>
      """
    let article = try TestPage.extract(body, head: head, title: "Bees: why the garden needs them | Garden Weekly")
    #expect(article.title == "Hum along: ten reasons bees keep a garden alive")
    // The crumb class with no linked crumbs beside it is no trail: the h1 stays the title.
    let alone = try TestPage.extract(
      "<div class=\"breadcrumb__item\"><h1>Bees: why the garden needs them</h1></div><article>\(content)</article>",
      head: head, title: "Bees: why the garden needs them | Garden Weekly")
    #expect(alone.title == "Bees: why the garden needs them")
  }

  @Test("an h1 that is the <title>'s head before a separator with a space only before it is the title")
  func headBeforeUnspacedSeparator() throws {
    let body = "<section><h1>Bees in the city</h1></section><div>\(content)</div>"
    let head = "<meta property=\"og:site_name\" content=\"Garden Weekly\">"
    let article = try TestPage.extract(body, head: head, title: "Bees in the city -Anna Lima - Garden Weekly")
    #expect(article.title == "Bees in the city")
    let extractor = TitleExtractor()
    #expect(extractor.isSegment("Bees in the city", of: "Bees in the city -Anna Lima - Garden Weekly"))
    // A heading cut inside a word is no head of the title.
    #expect(!extractor.isSegment("Bees in the cit", of: "Bees in the city -Anna Lima - Garden Weekly"))
    // Words that stop before the title's next word, not at the separator, are no head.
    #expect(!extractor.isHeadBeforeUnspacedSeparator("bees in the", of: "Bees in the city -Anna Lima"))
  }

  @Test("the furigana over a headline's words (<rt>) is no part of the title; the base text is")
  func rubyReadingsLeftOutOfHeading() throws {
    let head = "<meta property=\"og:title\" content=\"子どもへの体罰を禁止する法律\">"
    let body = """
      <article><h1 class="article-title"><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt>\
      <rp>)</rp></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby></h1>\
      \(content)</article>
      """
    let article = try TestPage.extract(body, head: head, title: "子どもへの体罰を禁止する法律 | NEWS")
    #expect(article.title == "子どもへの体罰を禁止する法律")
    // Without annotations the heading's text is read as written.
    let plain = try TestPage.extract(
      "<article><h1 class=\"article-title\">子どもへの体罰を禁止する法律</h1>\(content)</article>", head: head,
      title: "子どもへの体罰を禁止する法律 | NEWS")
    #expect(plain.title == "子どもへの体罰を禁止する法律")
  }
}
