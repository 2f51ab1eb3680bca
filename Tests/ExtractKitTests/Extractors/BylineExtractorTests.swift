import Testing

@testable import ExtractKit

/// The byline under the title: authors (with credentials, without roles), date and comment count.
@Suite("Byline: authors, credentials, roles, languages, date and comment count")
struct BylineExtractorTests {
  /// A WordPress-style post with `meta` between the title and the content.
  private func post(_ meta: String) -> String {
    """
    <article class="post hentry"><header class="entry-header"><h1 class="entry-title">Why Bees Matter in the Garden</h1>
    \(meta)</header><div class="entry-content">\(TestPage.paragraphs(4))</div></article>
    """
  }

  private func byline(_ meta: String, head: String = "", url: String? = nil) throws -> Byline? {
    try TestPage.extract(post(meta), head: head, url: url).byline
  }

  @Test("WordPress entry-meta: the vcard author with its profile link, the date from the byline text")
  func wordPressEntryMeta() throws {
    let meta = """
      <div class="entry-meta"><span class="byline">by <span class="author vcard">\
      <a class="url fn n" href="https://garden.example/author/jane-doe/">Jane Doe</a></span></span> \
      <span class="posted-on"><time class="entry-date published" datetime="2021-04-05T08:30:00+00:00">April 5, 2021\
      </time></span></div>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.raw == "by Jane Doe April 5, 2021")
    #expect(byline.authors == [Person(name: "Jane Doe", url: "https://garden.example/author/jane-doe/")])
    #expect(byline.publishedAt == "2021-04-05")
    #expect(byline.commentCount == nil)
  }

  @Test("Shopify blog_meta: itemprop=author with a credential, the date and '0 Comments'")
  func shopifyBlogMeta() throws {
    let meta = """
      <p class="blog_meta"><span itemprop="author">by Patty Weasler, RN</span> <span>\
      <time datetime="2019-08-13T13:00:00Z">August 13, 2019</time></span> <span class="comment-count">\
      <a href="#comments">0 Comments</a></span></p>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.raw == "by Patty Weasler, RN August 13, 2019 0 Comments")
    #expect(byline.authors == [Person(name: "Patty Weasler", credentials: ["RN"])])
    #expect(byline.publishedAt == "2019-08-13")
    #expect(byline.commentCount == 0)
  }

  @Test("'By A and B' with rel=author links: two people, each with an absolute profile URL")
  func relAuthorLinks() throws {
    let meta = """
      <p>By <a rel="author" href="/authors/ana-lima">Ana Lima</a> and \
      <a rel="author" href="/authors/tom-berg">Tom Berg</a></p>
      """
    let byline = try #require(try byline(meta, url: "https://news.example/2023/bridge"))
    #expect(
      byline.authors == [
        Person(name: "Ana Lima", url: "https://news.example/authors/ana-lima"),
        Person(name: "Tom Berg", url: "https://news.example/authors/tom-berg"),
      ])
  }

  @Test("schema.org microdata: itemprop=author holding itemprop=name; the date from <time datetime>")
  func microdataAuthor() throws {
    let meta = """
      <p class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">\
      <span itemprop="name">Ana Lima</span></span> \
      <time itemprop="datePublished" datetime="2023-11-02T14:05:00Z">2 hours ago</time></p>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.authors == [Person(name: "Ana Lima")])
    #expect(byline.publishedAt == "2023-11-02T14:05:00Z")
  }

  @Test("'By A, B and C' names three people")
  func threeAuthors() throws {
    let byline = try #require(try byline("<div class=\"byline\">By Ana Lima, Tom Berg and Chris Wu</div>"))
    #expect(byline.authors.map(\.name) == ["Ana Lima", "Tom Berg", "Chris Wu"])
  }

  @Test("'By A and B | date': names before the separator, the date after it")
  func namesThenDate() throws {
    let byline = try #require(try byline("<div class=\"byline\">By Ana Lima and Tom Berg | March 3, 2022</div>"))
    #expect(byline.authors.map(\.name) == ["Ana Lima", "Tom Berg"])
    #expect(byline.publishedAt == "2022-03-03")
  }

  @Test(
    "bylines in German, French, Spanish, Dutch and Italian: the prefix dropped, names split at the joiner",
    arguments: [
      ("von Lena Vogel und Max Braun", ["Lena Vogel", "Max Braun"]),
      ("Par Claire Martin et Luc Bernard", ["Claire Martin", "Luc Bernard"]),
      ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
      ("door Sanne de Vries en Pieter Jansen", ["Sanne de Vries", "Pieter Jansen"]),
      ("di Giulia Rossi e Marco Bianchi", ["Giulia Rossi", "Marco Bianchi"]),
    ])
  func languages(line: String, names: [String]) throws {
    let byline = try #require(try byline("<div class=\"byline\">\(line)</div>"))
    #expect(byline.authors.map(\.name) == names)
  }

  @Test("a German byline with a written date, a French one with 'le' before the date")
  func foreignDates() throws {
    let german = try #require(try byline("<div class=\"byline\">von Lena Vogel | 13. März 2019</div>"))
    #expect(german.authors == [Person(name: "Lena Vogel")])
    #expect(german.publishedAt == "2019-03-13")
    let french = try #require(try byline("<div class=\"article-meta\">Par Claire Martin, le 5 avril 2021</div>"))
    #expect(french.authors == [Person(name: "Claire Martin")])
    #expect(french.publishedAt == "2021-04-05")
  }

  @Test(
    "credentials after the name are split off it",
    arguments: [
      ("By Jane Doe, MD, PhD", "Jane Doe", ["MD", "PhD"]),
      ("By Sam Park, DPT", "Sam Park", ["DPT"]),
      ("By Lena Vogel, M.Sc.", "Lena Vogel", ["M.Sc."]),
      ("By Maria Lopez, FNP-C", "Maria Lopez", ["FNP-C"]),
      ("By Patty Weasler RN", "Patty Weasler", ["RN"]),
    ])
  func credentials(line: String, name: String, credentials: [String]) throws {
    let byline = try #require(try byline("<div class=\"byline\">\(line)</div>"))
    #expect(byline.authors == [Person(name: name, credentials: credentials)])
  }

  @Test(
    "a role after the name is not part of it and not a credential",
    arguments: [
      "Jane Doe, Staff Writer", "By Jane Doe, Senior Correspondent", "By Jane Doe, Contributing Editor",
    ])
  func roles(line: String) throws {
    let byline = try #require(try byline("<div class=\"byline\">\(line)</div>"))
    #expect(byline.authors == [Person(name: "Jane Doe")])
  }

  @Test("a health site's 'Medically reviewed by' names a reviewer, not an author")
  func reviewerIsNotAuthor() throws {
    let byline = try #require(
      try byline("<div class=\"byline\">Written by Jane Doe, RN, BSN · Medically reviewed by Sam Park, MD</div>"))
    #expect(byline.authors == [Person(name: "Jane Doe", credentials: ["RN", "BSN"])])
  }

  @Test("'Posted by … on <date> · 12 Comments' gives author, date and comment count")
  func postedByWithComments() throws {
    let byline = try #require(
      try byline("<div class=\"post-meta\">Posted by Jane Doe on April 5, 2021 · 12 Comments</div>"))
    #expect(byline.authors == [Person(name: "Jane Doe")])
    #expect(byline.publishedAt == "2021-04-05")
    #expect(byline.commentCount == 12)
  }

  @Test("'No Comments' is a count of zero")
  func noComments() throws {
    let byline = try #require(try byline("<div class=\"post-meta\">By Jane Doe · No Comments</div>"))
    #expect(byline.commentCount == 0)
  }

  @Test("a plain 'By …' paragraph under the title is found without any byline markup")
  func plainByLine() throws {
    let byline = try #require(try byline("<p>By Ludwig van Beethoven</p>"))
    #expect(byline.raw == "By Ludwig van Beethoven")
    #expect(byline.authors == [Person(name: "Ludwig van Beethoven")])
  }

  @Test("JSON-LD names the author; the byline markup adds the credential it leaves out")
  func structuredAuthorKeepsMarkupCredentials() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
      "headline":"Why Bees Matter in the Garden","author":{"@type":"Person","name":"Patty Weasler"}}</script>
      """
    let byline = try #require(
      try byline("<p class=\"blog_meta\"><span itemprop=\"author\">by Patty Weasler, RN</span></p>", head: head))
    #expect(byline.authors == [Person(name: "Patty Weasler", credentials: ["RN"])])
  }

  @Test("author markup inside the comment thread is not the byline")
  func commentAuthorsIgnored() throws {
    let comments = """
      <div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">\
      <div class="comment-author vcard"><cite class="fn">Bob Reader</cite> says:</div>\
      <p>Lovely article, the bees in my garden thank you for it.</p></li></ol></div>
      """
    let body = post("") + comments
    let article = try TestPage.extract(body)
    #expect(article.byline == nil)
  }
}
