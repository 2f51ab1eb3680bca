import Testing

@testable import ExtractKit

/// Page facts from `<head>`: meta tags (OpenGraph, Twitter, article:*), JSON-LD (single objects,
/// `@graph`, top-level arrays), the canonical link and the language.
@Suite("Metadata: meta tags, OpenGraph, Twitter cards, JSON-LD, canonical, language")
struct MetadataExtractorTests {
  @Test("a meta's names split at spaces, by bytes when ASCII; dots in a name read as colons")
  func metaNames() {
    #expect(Page.spaceSeparated("og:title  dc.title ") == ["og:title", "dc.title"])
    #expect(Page.spaceSeparated("názov  titre") == ["názov", "titre"])
    #expect(Page.spaceSeparated("") == [])
    #expect(Page.colonized("dc.title") == "dc:title")
    #expect(Page.colonized("dc.názov") == "dc:názov")
  }

  private let body = """
    <article class="post"><h1 class="entry-title">Ten Ways to Grow Tomatoes at Home</h1>
    <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
    """

  @Test("a written slash date in a date meta reads in the page's language's order, as its visible dates do")
  func metaSlashDateInPageLanguageOrder() throws {
    let head = #"<meta name="date" content="12/03/2024">"#
    #expect(try TestPage.extract(body, head: head, lang: "it").publishedAt == "2024-03-12")
    #expect(try TestPage.extract(body, head: head, lang: "en-US").publishedAt == "2024-12-03")
    #expect(try TestPage.extract(body, head: head, lang: nil).publishedAt == "2024-12-03")
  }

  @Test("one order for every numeric date: from the language tag however it is spelled")
  func dateOrderFromLanguage() {
    #expect(DateOrder(language: "en_US") == DateOrder(language: "en-US"))
    #expect(DateOrder(language: "EN-us").monthFirst && !DateOrder(language: "en-US").dayFirst)
    #expect(DateOrder(language: "it_IT").dayFirst && !DateOrder(language: "it").monthFirst)
    #expect(DateOrder(language: "en-GB").dayFirst)
    #expect(DateOrder(language: nil) == DateOrder(language: "en"))
    #expect(!DateOrder(language: nil).dayFirst && !DateOrder(language: nil).monthFirst)
    #expect(DateOrder(language: "it").find(in: "Pubblicato il 12/03/2024") == "2024-03-12")
  }

  @Test("a page whose language is only the JSON-LD article's reads its dates one way everywhere")
  func dateOrderFromJSONLDLanguage() throws {
    let head = """
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ten Ways to Grow Tomatoes",
      "inLanguage": "it-IT", "datePublished": "12/03/2024 10:00"}</script>
      """
    let page = """
      <article class="post"><h1 class="entry-title">Ten Ways to Grow Tomatoes</h1>
      <p class="byline">Pubblicato il 12/03/2024</p>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    let article = try TestPage.extract(page, head: head, lang: nil)
    #expect(article.publishedAt == "2024-03-12")
    #expect(article.byline?.publishedAt == "2024-03-12")
  }

  @Test("OpenGraph and article:* meta tags of a WordPress head give the page facts")
  func openGraphHead() throws {
    let head = """
      <meta name="description" content="A plain guide to tomatoes &amp; peppers.">
      <meta property="og:description" content="The OpenGraph description.">
      <meta property="og:title" content="Ten Ways to Grow Tomatoes at Home">
      <meta property="og:site_name" content="Garden Weekly">
      <meta property="og:locale" content="en_GB">
      <meta property="article:published_time" content="2021-04-05T08:30:00+02:00">
      <meta property="article:modified_time" content="2021-05-01">
      <link rel="canonical" href="https://garden.example/tomatoes/">
      """
    let article = try TestPage.extract(body, head: head, lang: nil)
    #expect(article.title == "Ten Ways to Grow Tomatoes at Home")
    #expect(article.description == "A plain guide to tomatoes & peppers.")
    #expect(article.siteName == "Garden Weekly")
    #expect(article.language == "en-GB")
    #expect(article.publishedAt == "2021-04-05T08:30:00+02:00")
    #expect(article.modifiedAt == "2021-05-01")
    #expect(article.source.canonicalUrl == "https://garden.example/tomatoes/")
    #expect(article.source.url == "https://garden.example/tomatoes/")
  }

  @Test("Yoast's @graph: the Article node gives headline, dates, author and image; WebSite names the site")
  func yoastGraph() throws {
    let head = """
      <script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"https://garden.example/#organization","name":"Garden Weekly Ltd"},
      {"@type":"WebSite","@id":"https://garden.example/#website","name":"Garden Weekly"},
      {"@type":"WebPage","@id":"https://garden.example/tomatoes/","name":"Tomatoes - Garden Weekly",
       "datePublished":"2020-01-01T00:00:00+00:00"},
      {"@type":"Article","@id":"https://garden.example/tomatoes/#article",
      "headline":"Ten Ways to Grow Tomatoes at Home",
       "datePublished":"2021-04-05T08:30:00+00:00","dateModified":"2021-06-01T10:00:00+00:00",
       "author":{"@type":"Person","name":"Jane Doe"},"description":"Tomatoes from seed to salad.","inLanguage":"en-US",
       "image":{"@type":"ImageObject","url":"https://garden.example/wp-content/uploads/tomato.jpg",
       "width":1200,"height":800}},
      {"@type":"Person","@id":"https://garden.example/#/schema/person/1","name":"Jane Doe"}]}</script>
      """
    let article = try TestPage.extract(body, head: head, lang: nil)
    #expect(article.title == "Ten Ways to Grow Tomatoes at Home")
    #expect(article.description == "Tomatoes from seed to salad.")
    #expect(article.siteName == "Garden Weekly")
    #expect(article.language == "en-US")
    #expect(article.publishedAt == "2021-04-05T08:30:00+00:00")
    #expect(article.modifiedAt == "2021-06-01T10:00:00+00:00")
    #expect(article.byline?.authors == [Person(name: "Jane Doe")])
    #expect(
      article.heroImage
        == ArticleImage(src: "https://garden.example/wp-content/uploads/tomato.jpg", width: 1200, height: 800))
  }

  @Test("a top-level JSON-LD array: the NewsArticle after a BreadcrumbList, with two authors and a publisher")
  func newsArticleArray() throws {
    let head = """
      <script type="application/ld+json">[{"@context":"https://schema.org","@type":"BreadcrumbList",
      "itemListElement":[{"@type":"ListItem","position":1,"name":"Local"}]},
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Council Approves New Bridge Over River",
      "datePublished":"2023-11-02T14:05:00Z","author":[{"@type":"Person","name":"Ana Lima"},
      {"@type":"Person","name":"Tom Berg"}],"publisher":{"@type":"NewsMediaOrganization","name":"City Herald"},
      "image":["https://news.example/img/bridge-16x9.jpg","https://news.example/img/bridge-4x3.jpg"]}]</script>
      """
    let body = """
      <main><article><h1>Council Approves New Bridge Over River</h1>\(TestPage.paragraphs(4, about: "the bridge"))
      </article></main>
      """
    let article = try TestPage.extract(body, head: head)
    #expect(article.title == "Council Approves New Bridge Over River")
    #expect(article.siteName == "City Herald")
    #expect(article.publishedAt == "2023-11-02T14:05:00Z")
    #expect(article.byline?.authors == [Person(name: "Ana Lima"), Person(name: "Tom Berg")])
    #expect(article.heroImage == ArticleImage(src: "https://news.example/img/bridge-16x9.jpg"))
  }

  @Test("a JSON-LD @type list is read, entities in its strings are decoded and credentials split off the author")
  func typeListAndEntities() throws {
    let head = """
      <script type="application/ld+json">{"@context":"http://schema.org","@type":["BlogPosting","Article"],
      "headline":"Tom &amp; Jerry&#8217;s Garden Party Guide","datePublished":"2020-02-29",
      "author":"Patty Weasler, RN","publisher":{"@type":"Organization","name":"Cartoon Gardens"}}</script>
      """
    let body = "<div class=\"entry-content\">\(TestPage.paragraphs(4))</div>"
    let article = try TestPage.extract(body, head: head, title: "Cartoon Gardens")
    #expect(article.title == "Tom & Jerry’s Garden Party Guide")
    #expect(article.siteName == "Cartoon Gardens")
    #expect(article.publishedAt == "2020-02-29")
    #expect(article.byline?.authors == [Person(name: "Patty Weasler", credentials: ["RN"])])
  }

  @Test("Twitter card tags stand in when OpenGraph is missing")
  func twitterCard() throws {
    let head = """
      <meta name="twitter:card" content="summary_large_image">
      <meta name="twitter:title" content="Pasta &amp; Sauce at Home, the Easy Way">
      <meta name="twitter:description" content="Simple sauces for busy weeknights.">
      """
    let body = "<div class=\"post-body\">\(TestPage.paragraphs(4, about: "pasta"))</div>"
    let article = try TestPage.extract(body, head: head, title: "Food Blog")
    #expect(article.title == "Pasta & Sauce at Home, the Easy Way")
    #expect(article.description == "Simple sauces for busy weeknights.")
  }

  @Test(
    "the <html lang> wins over og:locale and is normalised to a BCP 47 tag",
    arguments: [
      ("de-DE", "de-DE"), ("EN", "en"), ("en_us", "en-US"), ("pt-br", "pt-BR"),
    ])
  func htmlLanguage(lang: String, expected: String) throws {
    // The page's own tag, before the article text is read (LanguageDetectorTests: what the text changes).
    let html = TestPage.html(body, head: "<meta property=\"og:locale\" content=\"fr_FR\">", lang: lang)
    let page = try Prepare.page(bytes: Array(html.utf8), options: ExtractOptions())
    #expect(MetadataExtractor().extract(from: page).language == expected)
  }

  @Test("a page that names no language has none of its own; the article's is its text's")
  func noLanguage() throws {
    let page = try Prepare.page(bytes: Array(TestPage.html(body, lang: nil).utf8), options: ExtractOptions())
    #expect(MetadataExtractor().extract(from: page).language == nil)
    #expect(try TestPage.extract(body, lang: nil).language == "en")
  }

  @Test("a relative canonical link is resolved against the given URL, which stays the source URL")
  func relativeCanonical() throws {
    let article = try TestPage.extract(
      body, head: "<link rel=\"canonical\" href=\"/posts/tomatoes\">",
      url: "https://garden.example/posts/tomatoes?utm_source=newsletter")
    #expect(article.source.canonicalUrl == "https://garden.example/posts/tomatoes")
    #expect(article.source.url == "https://garden.example/posts/tomatoes?utm_source=newsletter")
  }

  @Test("structured data wins over meta tags for the dates")
  func jsonLDBeatsMeta() throws {
    let head = """
      <meta property="article:published_time" content="2021-04-06T09:00:00+00:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
      "headline":"Ten Ways to Grow Tomatoes at Home","datePublished":"2021-04-05T08:30:00+00:00"}</script>
      """
    let article = try TestPage.extract(body, head: head)
    #expect(article.publishedAt == "2021-04-05T08:30:00+00:00")
  }

  @Test("og:site_name wins over the JSON-LD publisher")
  func siteNameOrder() throws {
    let head = """
      <meta property="og:site_name" content="Garden Weekly">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
      "headline":"Ten Ways to Grow Tomatoes at Home","publisher":{"@type":"Organization","name":"GW Media Group"}}
      </script>
      """
    let article = try TestPage.extract(body, head: head)
    #expect(article.siteName == "Garden Weekly")
  }

  @Test("a page without metadata has null facts, not empty strings")
  func nothingDeclared() throws {
    let article = try TestPage.extract(body, lang: nil)
    #expect(article.description == nil)
    #expect(article.siteName == nil)
    #expect(article.publishedAt == nil)
    #expect(article.modifiedAt == nil)
    #expect(article.source.canonicalUrl == nil)
    #expect(article.source.url == nil)
  }

  @Test(
    "twitter:image or og:image:url is the image when there is no og:image; relative made absolute",
    arguments: [
      ("<meta name=\"twitter:image\" content=\"/media/pasta.jpg\">", "https://food.example/media/pasta.jpg"),
      (
        "<meta property=\"og:image:url\" content=\"https://food.example/media/sauce.jpg\">",
        "https://food.example/media/sauce.jpg"
      ),
      (
        "<meta property=\"og:image\" content=\"\"><meta name=\"twitter:image:src\" content=\"/media/basil.jpg\">",
        "https://food.example/media/basil.jpg"
      ),
    ])
  func imageFallsThroughToOtherKeys(head: String, src: String) throws {
    let article = try TestPage.extract(body, head: head, url: "https://food.example/posts/pasta")
    #expect(article.heroImage == ArticleImage(src: src))
  }

  // MARK: JSON-LD read as pages write it (issues 10 and 15)

  @Test("JSON-LD with the NewsArticle as a WebPage's mainEntity dates and names the article")
  func mainEntityUnderWebPage() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",
      "mainEntity":{"@type":"NewsArticle","headline":"Ten Ways to Grow Tomatoes at Home",
      "datePublished":"2021-04-05T08:30:00+02:00","author":{"@type":"Person","name":"Ana Lima"}}}</script>
      """
    let article = try TestPage.extract(body, head: head)
    #expect(article.publishedAt == "2021-04-05T08:30:00+02:00")
    #expect(article.byline?.authors.map(\.name) == ["Ana Lima"])
  }

  @Test("JSON-LD under @graph whose WebPage, not the Article, carries datePublished")
  func graphWebPageDate() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Article","headline":"Ten Ways to Grow Tomatoes at Home"},
      {"@type":"WebPage","name":"Ten Ways","datePublished":"2020-06-01T10:00:00+00:00"}]}</script>
      """
    #expect(try TestPage.extract(body, head: head).publishedAt == "2020-06-01T10:00:00+00:00")
  }

  @Test("raw control characters inside JSON-LD strings (pasted tabs and line breaks) do not lose the block")
  func controlCharactersInJSONLD() throws {
    let head = """
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Ten Ways\tto Grow",
      "description":"Line one
      line two","datePublished":"2019-08-13"}</script>
      """
    let article = try TestPage.extract(body, head: head)
    #expect(article.publishedAt == "2019-08-13")
    #expect(article.description == "Line one line two")
  }

  @Test("a JSON-LD script of several megabytes is skipped quickly with a warning")
  func hugeJSONLDSkipped() throws {
    // 6 MB of `{},` in one script: JSONSerialization would box two million dictionaries.
    let huge = "[" + String(repeating: "{},", count: 2_000_000) + "{}]"
    let head = "<script type=\"application/ld+json\">\(huge)</script>"
    let start = ContinuousClock.now
    let article = try TestPage.extract(body, head: head)
    #expect(ContinuousClock.now - start < .seconds(10))
    #expect(article.warnings.contains { $0.hasPrefix("JSON-LD script of") && $0.contains("skipped") })
    #expect(article.title == "Ten Ways to Grow Tomatoes at Home")
  }

  @Test("many small JSON-LD scripts are read up to the page's value limit, then skipped with a warning")
  func manyJSONLDScriptsBounded() {
    let script = "[" + String(repeating: "{},", count: 9_999) + "{}]"
    // Each script holds 20,000 values: two fit the page's 50,000, the other eight are skipped.
    let read = JSONLD.read(Array(repeating: script, count: 10))
    #expect(read.objects.count == 20_000)
    #expect(read.warnings.count == 8)
  }

  @Test("Yoast's @graph: an Article author given as an @id reference takes the Person node's name")
  func yoastAuthorReference() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Article","headline":"Ten Ways to Grow Tomatoes at Home",
       "author":{"@id":"https://garden.example/#/schema/person/1"}},
      {"@type":"Person","@id":"https://garden.example/#/schema/person/1","name":"Tamara Gartner"}]}</script>
      """
    let page = try Prepare.page(bytes: Array(TestPage.html(body, head: head).utf8), options: ExtractOptions())
    let metadata = MetadataExtractor().extract(from: page)
    #expect(metadata.authors == ["Tamara Gartner"])
    // A node of the graph: the site's account, the author only where the page shows it.
    #expect(metadata.accountAuthors == ["Tamara Gartner"])
  }

  @Test("Yoast's Twitter card 'Verfasst von' label names the author when nothing else does")
  func twitterCardAuthorLabel() throws {
    let head = """
      <meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Mareike Sonntag">
      <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">
      """
    #expect(try TestPage.extract(body, head: head, lang: "de").byline?.authors.map(\.name) == ["Mareike Sonntag"])
  }
}
