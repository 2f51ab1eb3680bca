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

  @Test("'Posted by jdoe, Ana Lima, Tom Berg on …': a lower-case handle in the list is one of the authors")
  func postedByHandleInList() throws {
    let listed = try #require(
      try byline("<div class=\"post-meta\">Posted by jdoe, Ana Lima, Tom Berg on 2019-02-15, all posts</div>"))
    #expect(listed.authors == [Person(name: "jdoe"), Person(name: "Ana Lima"), Person(name: "Tom Berg")])
    // Credentials after a name keep the list a list of people, not of handles.
    let credited = try #require(
      try byline("<div class=\"post-meta\">Posted by Ana Lima, PhD, Tom Berg on 2019-02-15</div>"))
    #expect(credited.authors == [Person(name: "Ana Lima", credentials: ["PhD"]), Person(name: "Tom Berg")])
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
    // No author; the thread's one comment is still the article's count.
    #expect(article.byline?.authors == [])
    #expect(article.byline?.raw == "")
    #expect(article.byline?.commentCount == 1)
  }

  @Test("'By A, Staff Writer, and B, Contributing Editor': each role dropped, both people named")
  func rolesBetweenNames() throws {
    let byline = try #require(
      try byline("<div class=\"byline\">By Ana Lima, Staff Writer, and Tom Berg, Contributing Editor</div>"))
    #expect(byline.authors == [Person(name: "Ana Lima"), Person(name: "Tom Berg")])
  }

  @Test("a role followed by an affiliation: the affiliation is not a second person")
  func roleThenAffiliation() throws {
    let byline = try #require(try byline("<div class=\"byline\">By Jane Doe, Senior Staff Technologist, ACLU</div>"))
    #expect(byline.authors == [Person(name: "Jane Doe")])
  }

  @Test("Vox c-byline: a plain author link (no author markup) gives the person's url")
  func plainAuthorLink() throws {
    let meta = """
      <div class="c-byline"><span class="c-byline__item">By <a href="https://news.example/authors/ana-lima">Ana Lima</a>\
      </span> <span class="c-byline__item"><time datetime="2023-11-02T14:05:00Z">Nov 2, 2023, 2:05pm UTC</time></span></div>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.authors == [Person(name: "Ana Lima", url: "https://news.example/authors/ana-lima")])
    #expect(byline.publishedAt == "2023-11-02")
  }

  @Test("several authors in one author element (Ghost {{authors}}): each gets its own link")
  func eachAuthorOwnLink() throws {
    let meta = """
      <div class="article-meta"><h4 class="article-author-name"><a href="/author/priya/">Priya Raman</a>, \
      <a href="/author/jonas/">Jonas Weber</a></h4><time datetime="2024-02-14">Feb 14, 2024</time></div>
      """
    let byline = try #require(try byline(meta, url: "https://blog.example/backups/"))
    #expect(
      byline.authors == [
        Person(name: "Priya Raman", url: "https://blog.example/author/priya/"),
        Person(name: "Jonas Weber", url: "https://blog.example/author/jonas/"),
      ])
  }

  @Test("WordPress vcard: itemprop=name inside the rel=author link takes the link's url")
  func nameInsideAuthorLink() throws {
    let meta = """
      <div class="entry-meta"><span class="byline">by <span class="author vcard" itemprop="author">\
      <a class="url fn n" href="https://garden.example/author/maren/" rel="author"><span class="author-name" \
      itemprop="name">Maren Solberg</span></a></span></span></div>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.authors == [Person(name: "Maren Solberg", url: "https://garden.example/author/maren/")])
  }

  @Test("Blogger: the byline in the post's own .post-footer, with abbr.published and '4 comments:'")
  func bloggerPostFooter() throws {
    let body = """
      <div class="date-outer"><h2 class="date-header"><span>Saturday, April 10, 2021</span></h2>\
      <div class="post hentry" itemprop="blogPost"><h3 class="post-title entry-title" itemprop="name">\
      A Beginner Guide to Growing Tomatoes</h3><div class="post-body entry-content" itemprop="articleBody">\
      \(TestPage.paragraphs(4))</div><div class="post-footer"><div class="post-footer-line post-footer-line-1">\
      <span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" \
      itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span></span></span> \
      <span class="post-timestamp">at <abbr class="published" itemprop="datePublished" \
      title="2021-04-10T09:12:00-07:00">9:12 AM</abbr></span> <span class="post-comment-link">\
      <a class="comment-link" href="https://garden.example/2021/04/tomatoes.html#comment-form">4 comments:</a>\
      </span></div></div></div></div>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:title\" content=\"A Beginner Guide to Growing Tomatoes\">",
      title: "Garden Diary: A Beginner Guide to Growing Tomatoes")
    let byline = try #require(article.byline)
    #expect(byline.authors == [Person(name: "Jane Doe")])
    #expect(byline.publishedAt == "2021-04-10T09:12:00-07:00")
    #expect(byline.commentCount == 4)
  }

  @Test("Blogger: the h2.date-header dates the post when its footer gives no date")
  func bloggerDateHeader() throws {
    let body = """
      <h2 class="date-header"><span>Saturday, April 10, 2021</span></h2><div class="post hentry">\
      <h3 class="post-title entry-title">A Beginner Guide to Growing Tomatoes</h3><div class="post-body entry-content">\
      \(TestPage.paragraphs(4))</div><div class="post-footer"><span class="post-author vcard">Posted by \
      <span class="fn" itemprop="author">Jane Doe</span></span></div></div>
      """
    let article = try TestPage.extract(body, title: "Garden Diary: A Beginner Guide to Growing Tomatoes")
    #expect(article.byline?.publishedAt == "2021-04-10")
  }

  @Test("WordPress: the hidden time.updated before time.published is skipped; sibling texts are not glued")
  func hiddenUpdatedTime() throws {
    let meta = """
      <div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2024-04-22T10:14:31-05:00">\
      April 22, 2024</time><time class="entry-date published" datetime="2024-03-18T06:00:00-05:00">March 18, 2024\
      </time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" \
      href="https://garden.example/author/maren/">Maren Solberg</a></span></span></div>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.raw == "March 18, 2024 by Maren Solberg")
    #expect(byline.publishedAt == "2024-03-18")
  }

  @Test("elements hidden by attribute or style are not part of the byline's text")
  func hiddenElementsSkipped() throws {
    let meta = """
      <p class="byline">By <span class="author">Ana Lima</span><span hidden>Tom Berg</span>\
      <span style="display: none">Draft</span><span>April 5, 2021</span></p>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.raw == "By Ana Lima April 5, 2021")
    #expect(byline.authors == [Person(name: "Ana Lima")])
  }

  @Test("Arc: the date sits in the .b-date element next to the .b-byline")
  func siblingDate() throws {
    let meta = """
      <div class="b-byline c-attribution"><span>By</span> <a href="/people/marisol-vega/">Marisol Vega</a></div>\
      <div class="b-date"><span>Published <time datetime="2024-04-23T13:00:00Z">April 23, 2024 at 9:00 a.m. EDT</time>\
      </span><span> | </span><span>Updated <time datetime="2024-04-23T20:52:41Z">4:52 p.m. EDT</time></span></div>
      """
    let byline = try #require(try byline(meta, url: "https://news.example/2024/04/23/lead/"))
    #expect(byline.authors == [Person(name: "Marisol Vega", url: "https://news.example/people/marisol-vega/")])
    #expect(byline.publishedAt == "2024-04-23")
  }

  @Test("Squarespace: a '03/04/23' date is read month first on an en-US page, day first on a British one")
  func shortNumericDate() throws {
    let meta = """
      <div class="blog-meta-section"><span class="blog-author">Lena Marsh</span> \
      <time class="blog-date" pubdate>03/04/23</time></div>
      """
    let us = try TestPage.extract(post(meta), lang: "en-US").byline
    #expect(us?.publishedAt == "2023-03-04")
    let british = try TestPage.extract(post(meta), lang: "en-GB").byline
    #expect(british?.publishedAt == "2023-04-03")
  }

  @Test(
    "an ambiguous slash date in the byline reads in the page's language's order: day first in Italian, German and British English, month first in en-US and with no language",
    arguments: [
      ("it", "Pubblicato il 12/03/2024", "2024-03-12"),
      ("de", "Veröffentlicht am 12/03/2024", "2024-03-12"),
      ("en-GB", "Published 12/03/2024", "2024-03-12"),
      ("en-US", "Published 12/03/2024", "2024-12-03"),
      (nil, "Published 12/03/2024", "2024-12-03"),
      ("en-US", "Published 25/03/2024", "2024-03-25"),
    ] as [(String?, String, String)])
  func bylineSlashDateInPageLanguageOrder(lang: String?, shown: String, expected: String) throws {
    let meta = """
      <div class="entry-meta"><span class="byline"><span class="author vcard">\
      <a class="url fn n" href="https://garden.example/author/giulia-rossi/">Giulia Rossi</a></span></span> \
      <span class="posted-on">\(shown)</span></div>
      """
    let article = try TestPage.extract(post(meta), lang: lang)
    #expect(article.byline?.authors.map(\.name) == ["Giulia Rossi"])
    #expect(article.byline?.publishedAt == expected)
    #expect(article.publishedAt == expected)
  }

  @Test("the date beside the byline (Arc's .b-date) reads day first on a German page, month first on an en-US one")
  func siblingSlashDateInPageLanguageOrder() throws {
    let meta = """
      <div class="b-byline c-attribution"><span>Von</span> <a href="/people/max-weber/">Max Weber</a></div>\
      <div class="b-date"><span>12/03/2024</span></div>
      """
    #expect(try TestPage.extract(post(meta), lang: "de-DE").byline?.publishedAt == "2024-03-12")
    #expect(try TestPage.extract(post(meta), lang: "en-US").byline?.publishedAt == "2024-12-03")
  }

  @Test("JSON-LD naming the author as both author and creator (Medium) gives one name in raw")
  func authorAndCreatorOnce() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Why Bees Matter in the Garden","author":{"@type":"Person","name":"Nadia Okafor"},
      "creator":["Nadia Okafor"]}</script>
      """
    let body = "<article><h1>Why Bees Matter in the Garden</h1>\(TestPage.paragraphs(4))</article>"
    let byline = try #require(try TestPage.extract(body, head: head).byline)
    #expect(byline.raw == "Nadia Okafor")
    #expect(byline.authors == [Person(name: "Nadia Okafor")])
  }

  @Test(
    "a staff or desk account in the byline names no one",
    arguments: [
      "<div class=\"byline\">Von Redaktion</div>", "<div class=\"byline\">By Our Foreign Staff</div>",
      "<div class=\"byline\">Von <a rel=\"author\" href=\"/autor/peta-team\">PETA-Team</a></div>",
      "<div class=\"byline\">Par La rédaction</div>",
    ])
  func staffAccountBylines(meta: String) throws {
    #expect(try byline(meta)?.authors ?? [] == [])
  }

  @Test("a web address signed as the author ('Autor: www.example.com') names no person")
  func webAddressAuthor() throws {
    #expect(try byline("<div class=\"byline\">Autor: www.example.com</div>")?.authors ?? [] == [])
    #expect(try byline("<div class=\"byline\">Von example.at</div>")?.authors ?? [] == [])
    // A user name with a dot is a name, not an address.
    let handle = try #require(
      try byline("<div class=\"byline\">By <a rel=\"author\" href=\"/author/jane-doe\">jane.doe</a></div>"))
    #expect(handle.authors.map(\.name) == ["jane.doe"])
  }

  @Test("a title before the name ('Dr. Sebastian Drüssemann') is a credential")
  func honorificBeforeName() throws {
    let byline = try #require(try byline("<div class=\"byline\">Von Dr. Sebastian Drüssemann</div>"))
    #expect(byline.authors == [Person(name: "Sebastian Drüssemann", credentials: ["Dr."])])
  }

  @Test("a 'By A, B' line beats a JSON-LD author the page never shows; a shown one still wins")
  func byLineBeatsUnseenStructuredAuthor() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Why Bees Matter in the Garden","author":{"@type":"Person","name":"Kathleen Parrow"}}</script>
      """
    let meta = "<div class=\"byline\">By Corinne Alder, Rhea Thorne, 12 News November 8, 2023</div>"
    let unseen = try #require(try byline(meta, head: head))
    #expect(unseen.authors.map(\.name) == ["Corinne Alder", "Rhea Thorne"])
    let links = """
      <div class="byline">By <a rel="author" href="/author/corinne-alder/">Corinne Alder</a>, \
      <a rel="author" href="/author/rhea-thorne/">Rhea Thorne</a></div>
      """
    #expect(try byline(links, head: head)?.authors.map(\.name) == ["Corinne Alder", "Rhea Thorne"])
    let shown = try #require(try byline(meta + "<p>Edited by Kathleen Parrow</p>", head: head))
    #expect(shown.authors.map(\.name) == ["Kathleen Parrow"])
  }

  @Test("an author field under the title: a heading 'Autor' over a paragraph with the linked name")
  func authorFieldHeading() throws {
    let html = """
      <article><h1>Why Bees Matter in the Garden</h1><section class="news__meta-header">
      <div class="news__meta-column"><h4 class="news__meta-title">Autor</h4>
      <p class="news__meta-text"><a href="/profil/nikolai-huke">Nikolai Reme</a><b>, </b></p></div></section>
      \(TestPage.paragraphs(4))</article>
      """
    let byline = try #require(try TestPage.extract(html).byline)
    #expect(byline.authors.map(\.name) == ["Nikolai Reme"])
  }

  @Test("a label opening a meta line ('Wydrukowano: 2021-05-11') is not taken for a name")
  func labelOpeningMetaLine() throws {
    #expect(try byline("<div class=\"byline\">Wydrukowano: 2022-03-08 19:41</div>")?.authors ?? [] == [])
    #expect(
      try byline("<div class=\"byline\">Redakteur: Hans Roth | 3. Mai 2021</div>")?.authors.map(\.name) == ["Hans Roth"]
    )
  }

  // MARK: comment counts

  @Test("JSON-LD commentCount of the article (Yoast @graph) is the count")
  func structuredCommentCount() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
      "name":"Why Bees Matter"},{"@type":"Article","headline":"Why Bees Matter in the Garden","commentCount":5}]}</script>
      """
    let byline = try #require(try byline("<div class=\"byline\">By Ana Lima</div>", head: head))
    #expect(byline.commentCount == 5)
  }

  @Test(
    "comment-section titles and count widgets give the count",
    arguments: [
      ("<h3 class=\"comments-title\">5 thoughts on &ldquo;Why Bees Matter in the Garden&rdquo;</h3>", 5),
      ("<h3 class=\"comments-title\">One thought on &ldquo;Why Bees Matter in the Garden&rdquo;</h3>", 1),
      ("<div class=\"comment-count\"><span class=\"count\">6</span> Comments</div>", 6),
      ("<h2 class=\"comments__title\">Kommentare <span class=\"comments__count\">3</span></h2>", 3),
      ("<h4>3 comments:</h4>", 3),
      ("<h2>Responses (38)</h2>", 38),
      ("<h3>4 RÉPONSES</h3>", 4),
      ("<h3>TWO REPLIES, 2 REPLIES</h3>", 2),
      ("<button><span class=\"pw-responses-count\">38</span></button>", 38),
      ("<button class=\"comments-button\"><span class=\"coral-count-number\">57</span> Comments</button>", 57),
      ("<a href=\"#disqus_thread\" class=\"disqus-comment-count\">12 Comments</a>", 12),
    ])
  func commentSectionCount(markup: String, count: Int) throws {
    let body =
      post("<div class=\"byline\">By Ana Lima</div>") + "<div id=\"comments\" class=\"comments-area\">\(markup)</div>"
    let article = try TestPage.extract(body)
    #expect(article.byline?.commentCount == count)
  }

  @Test("numbers that are not next to a comment word, or in a sidebar, are not a count")
  func noCommentCount() throws {
    let sidebar = """
      <aside class="sidebar"><h3>Popular</h3><ul><li><a href="/p">Pruning Roses</a> <span class="comment-count">\
      14 Comments</span></li></ul></aside><h2>Top 10 tips</h2><a href="/c">Comments are closed since 2023</a>
      """
    let article = try TestPage.extract(post("<div class=\"byline\">By Ana Lima</div>") + sidebar)
    #expect(article.byline?.commentCount == nil)
  }

  @Test("every comment-title word, in any letter case, passes the cheap stem test that guards the word split")
  func commentTitleStems() {
    for word in Patterns.commentTitleWords {
      #expect(CommentCount.mayHoldTitleWord("12 " + word), "\(word)")
      #expect(CommentCount.mayHoldTitleWord(word.uppercased() + " (3)"), "\(word)")
    }
    #expect(!CommentCount.mayHoldTitleWord("Read the 5 best posts"))
  }

  // MARK: bylines in other languages and layouts (issue 10)

  @Test("German 'Veröffentlicht am … von' names the handle after 'von'")
  func germanVonHandle() throws {
    let meta = "<div class=\"entry-meta\">Veröffentlicht am 9. März 2018 von quirlo</div>"
    let byline = try #require(try byline(meta))
    #expect(byline.authors.map(\.name) == ["quirlo"])
    #expect(byline.publishedAt == "2018-03-09")
  }

  @Test("'Posted on … by' names the person after 'by'")
  func postedOnBy() throws {
    let meta = "<div class=\"entry-meta\">Posted on 8. März 2020 by Sunderberry</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Sunderberry"])
  }

  @Test("a 'Von' label wrapped in the author markup is not a name")
  func vonLabelElement() throws {
    let meta = """
      <div class="td-post-author"><span class="td-author-by">Von</span> \
      <a class="td-author-name" href="/author/patrick-wolany/">Patrick Wolany</a> - 4. Februar 2022</div>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Patrick Wolany"])
  }

  @Test("'Autor:' between separators names a handle")
  func autorLabelHandle() throws {
    let meta = "<div class=\"post-meta\">14. Mai 2021 @ 07:42 // Autor: n0va7 // ~ Lesezeit: 3 Minuten</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["n0va7"])
  }

  @Test("a JSON-LD Organization as author gives way to the person the byline names")
  func organizationAuthorYields() throws {
    let head = """
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Why Bees Matter in the Garden",
      "author":{"@type":"Organization","name":"Revue Lumière"}}</script>
      """
    let meta = "<p class=\"byline\"><span class=\"author\">Solène Kellbrink</span> | Le 7 mars 2021</p>"
    #expect(try byline(meta, head: head)?.authors.map(\.name) == ["Solène Kellbrink"])
  }

  @Test("a JSON-LD Organization as author is the author when the page names no person")
  func organizationAuthorAlone() throws {
    let head = """
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Why Bees Matter in the Garden",
      "author":{"@type":"Organization","name":"Waldfreunde Nord"}}</script>
      """
    #expect(try byline("", head: head)?.authors.map(\.name) == ["Waldfreunde Nord"])
  }

  @Test("a byline naming only a news agency ('AFP', 'Reuters') is wire copy and names no one")
  func newsAgencyBylineNamesNoOne() throws {
    let afp = try #require(try byline("<p class=\"byline\">AFP 12 mars 2016 à 08:47</p>"))
    #expect(afp.authors == [])
    #expect(afp.publishedAt == "2016-03-12")
    let reuters = "<div class=\"byline\"><span class=\"author\">Reuters</span> Updated: January 16, 2020</div>"
    let wire = try #require(try byline(reuters))
    #expect(wire.authors == [])
    let person = "<p class=\"byline\">Par Sébastien Delmor / AFP</p>"
    #expect(try byline(person)?.authors.map(\.name) == ["Sébastien Delmor"])
  }

  @Test("a byline showing only a date and a comment count over a JSON-LD person the page never shows names no one")
  func dateOnlyBylineOverHiddenAccount() throws {
    let head = """
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Why Bees Matter in the Garden",
      "author":{"@type":"Person","name":"Malte Quernheim"}}</script>
      """
    let meta = "<div class=\"entry-meta\">14. März 2022 | <a href=\"#comments\">5 Kommentare</a></div>"
    let hidden = try #require(try byline(meta, head: head))
    #expect(hidden.authors == [])
    #expect(hidden.commentCount == 5)
    // The same person shown on the page (an author box under the post) stays the author.
    let shown = """
      <article class="post hentry"><header class="entry-header"><h1 class="entry-title">Why Bees Matter in the Garden\
      </h1>\(meta)</header><div class="entry-content">\(TestPage.paragraphs(4))</div>\
      <p class="about">Malte Quernheim writes about gardens.</p></article>
      """
    #expect(try TestPage.extract(shown, head: head).byline?.authors.map(\.name) == ["Malte Quernheim"])
  }

  @Test("the posting account of a JSON-LD @graph (an author by @id) that the page never shows names no one")
  func unshownGraphAccount() throws {
    for author in [
      #"{"@id":"https://garden.example/#/schema/person/1a2b"}"#,
      #"{"name":"Malte Quernheim","@id":"https://garden.example/#/schema/person/1a2b"}"#,
    ] {
      let head = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article",
        "headline":"Why Bees Matter in the Garden","author":\(author)},{"@type":"Person",
        "@id":"https://garden.example/#/schema/person/1a2b","name":"Malte Quernheim"}]}</script>
        """
      let page = """
        <article class="post hentry"><h1 class="entry-title">Why Bees Matter in the Garden</h1>\
        <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
        """
      #expect(try TestPage.extract(page, head: head).byline?.authors ?? [] == [], "\(author)")
      // The same account shown on the page (a line under the post) is the author.
      let shown = page.replacingOccurrences(
        of: "</article>", with: "<p class=\"about\">Malte Quernheim writes about gardens.</p></article>")
      #expect(try TestPage.extract(shown, head: head).byline?.authors.map(\.name) == ["Malte Quernheim"], "\(author)")
    }
    // An author object of its own, not a node of the graph: named in structured data on purpose.
    let inline = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Why Bees Matter in the Garden","author":{"@type":"Person","name":"Malte Quernheim"}}</script>
      """
    let plain = """
      <article><h1>Why Bees Matter in the Garden</h1>\(TestPage.paragraphs(4))</article>
      """
    #expect(try TestPage.extract(plain, head: inline).byline?.authors.map(\.name) == ["Malte Quernheim"])
  }

  @Test("a 'Posted by' line past the article's length after the title (a comment far below) is not the byline")
  func labelledLineBeyondSearchWindow() throws {
    let line = "<p>Posted by Jane Doe</p>"
    let near = "<article><h1>Why Bees Matter in the Garden</h1>\(TestPage.paragraphs(4))\(line)</article>"
    #expect(try TestPage.extract(near).byline?.authors.map(\.name) == ["Jane Doe"])
    // Each filler paragraph is two nodes: this many keep the line just inside the window…
    let inside = Thresholds.bylineLineSearchNodes / 2 - 2
    let long = "<article><h1>Why Bees Matter in the Garden</h1>\(TestPage.paragraphs(inside))\(line)</article>"
    #expect(try TestPage.extract(long).byline?.authors.map(\.name) == ["Jane Doe"])
    // …and this many put it past the window.
    let count = Thresholds.bylineLineSearchNodes / 2 + 1
    let far = "<article><h1>Why Bees Matter in the Garden</h1>\(TestPage.paragraphs(count))\(line)</article>"
    #expect(try TestPage.extract(far).byline?.authors ?? [] == [])
  }

  @Test("French 'Par' keeps a capitalised 'Le' of the surname and stops at the date")
  func frenchParWithLe() throws {
    let meta = "<p class=\"byline\">Accueil | Par Aurèle Le Brune | 14 octobre 2019</p>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Aurèle Le Brune"])
  }

  @Test("'von' inside a name is a particle, not the byline's 'von'")
  func vonParticle() throws {
    let meta = "<div class=\"entry-meta\">Posted 3. Mai 2019 by Konrad von Steinau</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Konrad von Steinau"])
  }

  @Test("'Autor:' between other labels: the next label ends the name")
  func autorBetweenLabels() throws {
    let meta = "<div class=\"post-info\">Datum: 07.04.2020 Autor: Fritz Ulbach Quelle: Gemeindebote</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Fritz Ulbach"])
  }

  @Test("a glued handle after 'von' is the author, the comment count after it is not")
  func handleBeforeCommentCount() throws {
    let meta = "<div class=\"entry-meta\">1. Januar 2016 von KleineBunteDrachen Ein Kommentar</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["KleineBunteDrachen"])
  }

  @Test("a Drupal 'Gespeichert von … am …' line under the title, without byline markup, is the byline")
  func germanLineWithoutMarkup() throws {
    let body = """
      <div class="node"><h1>Tauschringe in Österreich</h1><div class="submitted">Gespeichert von mirzl am \
      17. August 2018 - 20:14</div><div class="content">\(TestPage.paragraphs(4))</div></div>
      """
    let byline = try #require(try TestPage.extract(body, lang: "de").byline)
    #expect(byline.authors.map(\.name) == ["mirzl"])
    #expect(byline.publishedAt == "2018-08-17")
  }

  @Test("a JSON-LD author that is the site's own name yields to the person the byline shows")
  func siteNameAuthorYieldsToByline() throws {
    let head = """
      <meta property="og:site_name" content="KLANGRAUM.IO"><meta name="author" content="Klangraum">
      """
    let meta = "<div class=\"entry-meta\">Autor: Dàvid Korsé , Datum: 22.Aug.20</div>"
    #expect(try byline(meta, head: head)?.authors.map(\.name) == ["Dàvid Korsé"])
  }

  @Test("a site signed with its own one-word name in the byline names no one; a person's site named after them stays")
  func bylineSignedWithSiteName() throws {
    let head =
      "<meta property=\"og:site_name\" content=\"Leseratte\"><meta name=\"author\" content=\"Leseratte\">"
    let meta = "<div class=\"entry-meta\">Leseratte am 8. Juni 2020</div>"
    #expect(try byline(meta, head: head)?.authors ?? [] == [])
    // Lower-cased in the byline, with no author in structured data.
    let brand = "<meta property=\"og:site_name\" content=\"Telebeispiel\">"
    let dated = "<div class=\"entry-meta\">19.10.2019 11:36 von telebeispiel</div>"
    #expect(try byline(dated, head: brand)?.authors ?? [] == [])
    let person = "<meta property=\"og:site_name\" content=\"Jane Doe\">"
    let signed = "<div class=\"entry-meta\">By Jane Doe on May 3, 2021</div>"
    #expect(try byline(signed, head: person)?.authors.map(\.name) == ["Jane Doe"])
    // Another one-word name on the site stays.
    let other = "<div class=\"entry-meta\">19.10.2019 11:36 von quirlo</div>"
    #expect(try byline(other, head: brand)?.authors.map(\.name) == ["quirlo"])
  }

  @Test("a one-word site name the page types as a Person or links as the author stays the author")
  func personalSiteNamedAfterAuthor() throws {
    let site = "<meta property=\"og:site_name\" content=\"Quendril\">"
    let page = "https://example.com/essay"
    let person = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"H",\
      "author":{"@type":"Person","name":"Quendril"}}</script>
      """
    let author = "<meta name=\"author\" content=\"Quendril\">"
    let linked = "<div class=\"byline\">By <a rel=\"author\" href=\"/about\">Quendril</a>, 2009-03-11</div>"
    let plain = "<div class=\"byline\">By Quendril, 2009-03-11</div>"
    let profile = "<div class=\"byline\">By <a href=\"/author/quendril/\">Quendril</a>, 2009-03-11</div>"
    // Typed a Person and linked with rel=author.
    let both = try #require(try byline(linked, head: site + author + person, url: page)?.authors)
    #expect(both.map(\.name) == ["Quendril"])
    #expect(both.first?.url == "https://example.com/about")
    // Linked with rel=author only.
    let rel = try #require(try byline(linked, head: site + author, url: page)?.authors)
    #expect(rel.map(\.name) == ["Quendril"])
    #expect(rel.first?.url == "https://example.com/about")
    // Typed a Person only, the byline plain text.
    #expect(try byline(plain, head: site + person)?.authors.map(\.name) == ["Quendril"])
    // Linked to an author archive only: every WordPress site's own account has one ("/author/<site>/").
    #expect(try byline(profile, head: site)?.authors ?? [] == [])
    // The same name in plain text, nothing saying it is a person: the brand names no one.
    #expect(try byline(plain, head: site)?.authors ?? [] == [])
    #expect(try byline(plain, head: site + author)?.authors ?? [] == [])
    // A WordPress account the `@graph` types a Person by reference is no more than the account.
    let account = """
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article",\
      "headline":"H","author":{"@id":"https://example.com/#/schema/person/1"}},{"@type":"Person",\
      "@id":"https://example.com/#/schema/person/1","name":"Quendril"}]}</script>
      """
    #expect(try byline(plain, head: site + account)?.authors ?? [] == [])
  }

  @Test("a one-word name without letter case that is also the site's name stays the author")
  func uncasedSiteNameAuthorStays() throws {
    #expect(!BylineExtractor.isBrandSignature("史蒂文的家", siteName: "史蒂文的家"))
    #expect(BylineExtractor.isBrandSignature("telebeispiel", siteName: "Telebeispiel"))
    #expect(BylineExtractor.isBrandSignature("Beispielwoche", siteName: "Beispielwoche.de"))
    #expect(!BylineExtractor.isBrandSignature("Beispiel Woche", siteName: "Beispiel Woche"))
  }

  @Test("a lower-case login in structured data that the page never shows names no one")
  func hiddenStructuredLogin() throws {
    let head = "<meta name=\"author\" content=\"satter\">"
    #expect(try byline("", head: head)?.authors ?? [] == [])
  }

  @Test("the site's name before the person in <meta name=author> is dropped")
  func sitePrefixInMetaAuthor() throws {
    let head =
      "<meta property=\"og:site_name\" content=\"tecnovista\"><meta name=\"author\" content=\"tecnovista - Alberto Óvela\">"
    #expect(try byline("", head: head)?.authors.map(\.name) == ["Alberto Óvela"])
  }

  @Test("an organisation's imprint in <meta name=author> (name, city, country) names no author")
  func imprintMetaAuthor() throws {
    let country = "<meta name=\"author\" content=\"BEISPIELWERK, Neustadt, Germany\">"
    #expect(try byline("", head: country)?.authors ?? [] == [])
    let site =
      "<meta property=\"og:site_name\" content=\"beispielblatt.de\"><meta name=\"author\" content=\"beispielblatt.de, Neustadt\">"
    #expect(try byline("", head: site)?.authors ?? [] == [])
    // People listed with commas stay people.
    let people = "<meta name=\"author\" content=\"Jane Doe, Tom Roe\">"
    #expect(try byline("", head: people)?.authors.map(\.name) == ["Jane Doe", "Tom Roe"])
  }

  @Test("an imprint-shaped <meta name=author> that holds a person still names the person")
  func imprintShapedMetaWithPeople() throws {
    func authors(_ head: String) throws -> [String] { try byline("", head: head)?.authors.map(\.name) ?? [] }
    // The site's name, then the writer.
    #expect(
      try authors(
        "<meta property=\"og:site_name\" content=\"Example News\"><meta name=\"author\" content=\"Example News, Jane Doe\">"
      ) == ["Jane Doe"])
    #expect(
      try authors(
        "<meta property=\"og:site_name\" content=\"example.com\"><meta name=\"author\" content=\"example.com, Jane Doe\">"
      ) == ["Jane Doe"])
    // A personal site is named after its author.
    #expect(
      try authors(
        "<meta property=\"og:site_name\" content=\"Jane Doe\"><meta name=\"author\" content=\"Jane Doe, Tom Roe\">")
        == ["Jane Doe", "Tom Roe"])
    // People with the country they write from: the people.
    #expect(try authors("<meta name=\"author\" content=\"Jane Doe, Tom Roe, Germany\">") == ["Jane Doe", "Tom Roe"])
  }

  @Test("an imprint in <meta name=author> lets a later author key name the writer")
  func imprintThenArticleAuthor() throws {
    let head =
      "<meta name=\"author\" content=\"Beispiel Media GmbH, Neustadt, Germany\"><meta property=\"article:author\" content=\"Jane Doe\">"
    #expect(try byline("", head: head)?.authors.map(\.name) == ["Jane Doe"])
  }

  @Test("'No Author' in <meta name=author> is a placeholder, not a name")
  func placeholderMetaAuthor() throws {
    let head = "<meta name=\"author\" content=\"No Author\">"
    #expect(try byline("", head: head)?.authors ?? [] == [])
  }

  @Test("'By A, CNN': the site's name after the person is the outlet, not a co-author")
  func outletAfterPerson() throws {
    let head = "<meta property=\"og:site_name\" content=\"CNN\">"
    let meta = "<div class=\"byline\">By Rob Voranel, CNN Updated 2010 GMT March 14, 2021</div>"
    #expect(try byline(meta, head: head)?.authors.map(\.name) == ["Rob Voranel"])
  }

  @Test("a syndicated story's outlet after the writers is no co-author on another site ('…, CNN', '…, The Times')")
  func outletAfterPersonsOnAnotherSite() throws {
    let head = "<meta property=\"og:site_name\" content=\"Garden Notes\">"
    let two = "<div class=\"byline\">By <a href=\"/a\">Anna Berger</a> and <a href=\"/p\">Paul Martin</a>, CNN</div>"
    #expect(try byline(two, head: head)?.authors.map(\.name) == ["Anna Berger", "Paul Martin"])
    let article = "<p class=\"byline\">By Anna Berger and Paul Martin, The New York Times</p>"
    #expect(try byline(article, head: head)?.authors.map(\.name) == ["Anna Berger", "Paul Martin"])
  }

  @Test("a co-author written in capitals or a one-word name is still a person: 'By Anna Berger and PAUL MARTIN'")
  func capitalisedCoauthorIsNoOutlet() throws {
    let meta = "<p class=\"byline\">By Anna Berger and PAUL MARTIN</p>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Anna Berger", "PAUL MARTIN"])
    #expect(!BylineExtractor.isOutletName("Theo Berger"))
    #expect(!BylineExtractor.isOutletName("Paul"))
    #expect(BylineExtractor.isOutletName("BBC"))
  }

  @Test("an @handle beside the name is the writer's social account, not part of the name")
  func socialHandleAfterName() throws {
    #expect(
      try byline("<div class=\"byline\">By Anna Berger @annaberger</div>")?.authors.map(\.name) == ["Anna Berger"])
    let linked =
      "<p class=\"byline\">By <a href=\"/a\">Anna Berger</a> <a href=\"https://x.com/ab\">@annaberger</a></p>"
    #expect(try byline(linked)?.authors.map(\.name) == ["Anna Berger"])
    #expect(People.withoutSocialHandles("Anna Berger · @annaberger") == "Anna Berger ·")
    #expect(People.withoutSocialHandles("@annaberger") == "@annaberger")
    #expect(People.withoutSocialHandles("anna@example.org") == "anna@example.org")
  }

  @Test("a reviewer credited before the writer is no author ('Medically reviewed by B — Written by A')")
  func reviewerBeforeWriter() throws {
    let meta = """
      <div class="article-meta"><span>Medically reviewed by <a href="/reviewers/paul">Paul Martin, MD</a></span> — \
      <span>Written by <a href="/authors/anna">Anna Berger</a></span> — <span>Updated on March 12, 2024</span></div>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Anna Berger"])
    let german = "<p class=\"byline\">Fachlich geprüft von Paul Martin · Geschrieben von Anna Berger</p>"
    #expect(try byline(german)?.authors.map(\.name) == ["Anna Berger"])
    let spanish = "<p class=\"byline\">Escrito por Anna Berger | Revisado por Paul Martin</p>"
    #expect(try byline(spanish)?.authors.map(\.name) == ["Anna Berger"])
  }

  @Test("a German genre word before 'von' is a label: 'Ein Gastbeitrag von A', 'Eine Analyse von A'")
  func germanGenreBeforeVon() throws {
    #expect(
      try byline("<p class=\"article-author\">Ein Gastbeitrag von Anna Berger</p>")?.authors.map(\.name) == [
        "Anna Berger"
      ])
    #expect(try byline("<p class=\"byline\">Eine Analyse von Anna Berger</p>")?.authors.map(\.name) == ["Anna Berger"])
  }

  @Test("a German genre word before 'von' in prose is no byline: 'Eine Analyse von Greenpeace kommt zu …'")
  func germanGenreInProseIsNoByline() throws {
    let lead = "<p>Bienen bestäuben ein Drittel unserer Nutzpflanzen und viele Wildpflanzen, doch ihre Zahl sinkt.</p>"
    let tail =
      "<p>Ohne sie sähen Gärten schon nach wenigen Jahren ganz anders aus, sagen Fachleute aus Deutschland.</p>"
    for sentence in [
      "Eine Analyse von Greenpeace kommt zu einem ähnlichen Ergebnis wie die Studie der Universität.",
      "Die Kolumne von Anna Berger erschien zuerst im Hamburger Abendblatt und wurde vielfach geteilt.",
      "Die Analyse von Daten aus zwanzig Ländern zeigt einen klaren Trend.",
      "Eine Reportage von Paul Martin aus dem Jahr 2019 hatte das schon beschrieben, doch erst jetzt liegen Zahlen vor.",
      "Ein Essay von Hannah Arendt aus dem Jahr 1958 beschäftigt sich mit der Frage, was Arbeit ist.",
      "Ein Gastbeitrag von Markus Söder in der FAZ sorgte für Streit in der Koalition.",
    ] {
      let html = """
        <article class="post"><h1 class="entry-title">Warum Bienen wichtig sind</h1>\
        <div class="entry-content">\(lead)<p>\(sentence)</p>\(tail)</div></article>
        """
      let article = try TestPage.extract(html, lang: "de")
      #expect(article.byline?.authors ?? [] == [], "\(sentence)")
      #expect(article.text.contains(sentence), "\(sentence)")
    }
    #expect(try byline("<p class=\"teaser\">Kolumne von Anna Berger</p>")?.authors.map(\.name) == ["Anna Berger"])
  }

  @Test("a review word after a conjunction shares the writer's 'by': 'Written and reviewed by Jane Roe'")
  func reviewAfterConjunctionNamesWriter() throws {
    let lines: [(String, String)] = [
      ("Written and reviewed by Jane Roe", "Jane Roe"),
      ("Researched, written and fact-checked by Jane Roe", "Jane Roe"),
      ("Written and translated by Jane Roe", "Jane Roe"),
      ("Geschrieben und geprüft von Anna Berger", "Anna Berger"),
      ("Rédigé et vérifié par Anna Berger", "Anna Berger"),
      ("Escrito y revisado por Anna Berger", "Anna Berger"),
      ("Escrito e revisado por Anna Berger", "Anna Berger"),
      ("Geschreven en nagekeken door Anna Berger", "Anna Berger"),
      ("Scritto e verificato da Anna Berger", "Anna Berger"),
    ]
    for (line, name) in lines {
      #expect(try byline("<p class=\"byline\">\(line)</p>")?.authors.map(\.name) == [name], "\(line)")
    }
    // Near misses: a reviewer or translator alone, first, is still no author.
    let first = "<p class=\"byline\">Medically reviewed by Tom Berg, MD — Written by Jane Roe</p>"
    #expect(try byline(first)?.authors.map(\.name) == ["Jane Roe"])
    let then = "<p class=\"byline\">By Jane Roe | Reviewed by Tom Berg, MD</p>"
    #expect(try byline(then)?.authors.map(\.name) == ["Jane Roe"])
    // Portuguese "revista" is a magazine, no review participle.
    let magazine = "<p class=\"byline\">Por Anna Berger, revista Exame</p>"
    #expect(try byline(magazine)?.authors.map(\.name) == ["Anna Berger"])
  }

  @Test("a credential read as a co-author is the person's before it: 'By Jane Roe, MD and John Doe, RN'")
  func credentialAfterCommaIsPreviousPersons() throws {
    let meta = "<p class=\"byline\">By Jane Roe, MD and John Doe, RN</p>"
    #expect(
      try byline(meta)?.authors == [
        Person(name: "Jane Roe", credentials: ["MD"]), Person(name: "John Doe", credentials: ["RN"]),
      ])
    let osteopath = "<p class=\"byline\">By Jane Roe, DO and John Doe, MD</p>"
    #expect(try byline(osteopath)?.authors.map(\.credentials) == [["DO"], ["MD"]])
  }

  @Test("an all-capital co-author is a person unless an outlet's acronym ends a byline after a comma")
  func capitalCoauthorOrOutlet() throws {
    #expect(try byline("<p class=\"byline\">By JO, ED</p>")?.authors.map(\.name) == ["JO", "ED"])
    #expect(
      try byline("<p class=\"byline\">By Anna Berger and PINK</p>")?.authors.map(\.name) == ["Anna Berger", "PINK"])
    #expect(
      try byline("<p class=\"byline\">By Jane Roe and Tom Berg, CNN</p>")?.authors.map(\.name) == [
        "Jane Roe", "Tom Berg",
      ])
    #expect(try byline("<p class=\"byline\">Von Anna Berger, NDR</p>")?.authors.map(\.name) == ["Anna Berger"])
  }

  @Test("a title, credential or numeral keeps its full stop: 'Anna Berger Ing.', 'John Smith III.'")
  func fullStopOfTitleOrNumeralIsKept() {
    #expect(People.parse("Anna Berger Ing.").map(\.name) == ["Anna Berger Ing."])
    #expect(People.parse("John Smith III.").map(\.name) == ["John Smith III."])
    #expect(People.parse("Jane Roe Taylor.").map(\.name) == ["Jane Roe Taylor"])
  }

  @Test("a plural picture credit after the writer ends the byline: 'Story by A. Illustrations by B.'")
  func pluralPictureCreditEndsByline() throws {
    let meta = "<div class=\"byline\">Story by <a href=\"/a\">Anna Berger</a>. Illustrations by Paul Martin.</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Anna Berger"])
    let photos = "<p class=\"byline\">By <a href=\"/a\">Anna Berger</a> · Photographs by Paul Martin</p>"
    #expect(try byline(photos)?.authors.map(\.name) == ["Anna Berger"])
  }

  @Test("a capitalised date label ends the name: 'Von Sportwelt Publiziert 05/03/2021'")
  func capitalisedDateLabelEndsName() throws {
    let meta = "<div class=\"byline\">Von Sportwelt Publiziert 05/03/2021 um 11:47 GMT</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Sportwelt"])
  }

  @Test("'Written by A Edited by B': the editor is not an author")
  func editorIsNoAuthor() throws {
    let meta = "<p class=\"byline\">Written by Rob Moranchuk Edited by Betsy Tolle</p>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Rob Moranchuk"])
  }

  @Test("an agency after a slash is not part of the name: 'Autor: Peter Kliet/SP-X'")
  func agencyAfterSlash() throws {
    let meta = "<div class=\"post-info\">Datum: 15.09.2020 Autor: Peter Kliet/SP-X</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Peter Kliet"])
  }

  @Test("a nickname opening with a lower-case particle after 'von': 'Eingestellt von van Dusk um 21:11'")
  func particleNickname() throws {
    let meta = "<div class=\"post-footer\"><span class=\"post-author\">Eingestellt von van Dusk um 21:11</span></div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["van Dusk"])
  }

  @Test("a hyphenated role before the name is dropped: 'RATGEBER-Online-Experte Falk Ostermeyer'")
  func roleCompoundBeforeName() throws {
    let meta = "<div class=\"author\">RATGEBER-Online-Experte Falk Ostermeyer</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Falk Ostermeyer"])
  }

  @Test("'Text von A Illustration von B': the illustrator is not an author")
  func illustratorIsNoAuthor() throws {
    let body = """
      <div class="story"><h1>Kopfsprung in Leipzig</h1><p><em>Text von Christian Wendig Illustration von \
      Markus Haske</em></p>\(TestPage.paragraphs(4))</div>
      """
    #expect(try TestPage.extract(body, lang: "de").byline?.authors.map(\.name) == ["Christian Wendig"])
  }

  @Test("a paragraph signed 'Autoren A und B' under the article, without byline markup, is the byline")
  func labelledLineAtArticleEnd() throws {
    let body = """
      <div class="story"><h1>Streupflicht im Winter</h1>\(TestPage.paragraphs(8))\
      <p>Autoren Ortwin Pfolte und Jutta Merzbach</p></div>
      """
    #expect(
      try TestPage.extract(body, lang: "de").byline?.authors.map(\.name) == ["Ortwin Pfolte", "Jutta Merzbach"])
  }

  @Test("a colon after the 'by'-word, at the line's start or inside it: 'By: Jane Doe', '… | Por: Lucía Ferrer | …'")
  func byWordWithColon() throws {
    #expect(try byline("<p>By: Jane Doe</p>")?.authors.map(\.name) == ["Jane Doe"])
    let meta = """
      <div class="meta"><span>Baloncesto</span> | <span>Por: Lucía Ferrer</span> | <span>Actualizado el: \
      3 de febrero de 2022</span></div>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Lucía Ferrer"])
  }

  @Test("a plain paragraph 'Von A' far below the title, its rest only full names, is the byline; a sentence is not")
  func plainSignatureParagraphFarFromTitle() throws {
    let gallery = (0..<40).map { "<li><a href=\"/bild/\($0)\"><img src=\"/b\($0).jpg\" alt=\"\"></a></li>" }.joined()
    func page(_ line: String) -> String {
      """
      <div class="node"><h1>Gedenken im Januar</h1><ul class="gallery">\(gallery)</ul>\
      <div class="content"><p>\(line)</p>\(TestPage.paragraphs(4))</div></div>
      """
    }
    #expect(
      try TestPage.extract(page("Von Marta Keller"), lang: "de").byline?.authors.map(\.name) == ["Marta Keller"])
    #expect(try TestPage.extract(page("Von Peter Müller stammt die Idee"), lang: "de").byline?.authors ?? [] == [])
  }

  @Test("an hAtom class on <body> makes no site footer part of the post: its vcard is not the byline")
  func hentryOnBodyIsNoPost() throws {
    let html = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why Bees Matter in the Garden</title></head>
      <body class="single hentry"><main><h1>Why Bees Matter in the Garden</h1><p>By Jane Doe</p>\
      \(TestPage.paragraphs(4))</main><footer class="site-footer"><p>Site by <span class="author vcard">\
      <a href="/about/">Tom Webmaster</a></span></p></footer></body></html>
      """
    let article = try ArticleExtractor().extract(html: html, options: ExtractOptions())
    #expect(article.byline?.authors.map(\.name) == ["Jane Doe"])
  }

  @Test("a 'Schlagwörter' line of rel=tag links in byline-classed post meta is no byline")
  func tagLineIsNoByline() throws {
    let meta = """
      <div class="post-meta-data">Schlagwörter <span><a href="/tag/garten/" rel="tag">Garten</a>, \
      <a href="/tag/herbst/" rel="tag">Herbst</a></span></div>
      """
    #expect(try byline(meta)?.authors ?? [] == [])
  }

  @Test("a React byline named by its test id: data-testid=prism-byline")
  func testIDByline() throws {
    let meta = """
      <div data-testid="prism-byline"><span>By</span><span><a href="/about/newsteam/alex-tamerkian">Alex \
      Tamerkian</a></span></div>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Alex Tamerkian"])
  }

  @Test("a weekday opens the date after the name: 'By Alex Tamerkian Monday, October 2, 2023'")
  func weekdayEndsName() throws {
    let meta = "<div class=\"byline\">By Alex Tamerkian Monday, October 2, 2023 6:15AM</div>"
    #expect(try byline(meta)?.authors.map(\.name) == ["Alex Tamerkian"])
  }

  @Test("a Drupal 'Gespeichert von' line far below the title, after a gallery, names the handle")
  func labelledHandleFarFromTitle() throws {
    let gallery = (0..<40).map { "<li><a href=\"/bild/\($0)\"><img src=\"/b\($0).jpg\" alt=\"\"></a></li>" }.joined()
    let body = """
      <div class="node"><h1>Tauschringe in Österreich</h1><div class="content">\(TestPage.paragraphs(4))\
      <ul class="gallery">\(gallery)</ul></div><div class="submitted">Gespeichert von <span class="username">mirzl\
      </span> am 17. August 2018 - 20:14</div></div>
      """
    #expect(try TestPage.extract(body, lang: "de").byline?.authors.map(\.name) == ["mirzl"])
  }

  @Test("author-classed label spans ('Autor:', 'Quelle:') are labels; the name is the text after 'Autor:'")
  func authorClassedLabels() throws {
    let meta = """
      <div class="articleAuthorDateBlock"><span class="articleAuthorDateBlockLabel">Datum:</span> 07.04.2020<br>\
      <span class="articleAuthorDateBlockLabel">Autor:</span> Fritz Ulbach<br>\
      <span class="articleAuthorDateBlockLabel">Quelle:</span> Gemeindebote</div>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Fritz Ulbach"])
  }

  @Test("Structured author with a lower-case surname shown in the byline: the whole name, not its first word")
  func lowercaseSurnameShownInByline() throws {
    let meta = """
      <div class="entry-meta"><span class="entry-author">by <a href="https://blog.example/profile/7">Rafiq anwar</a>\
      </span> <a href="#comments">Post a Comment</a></div>
      """
    let head = #"<meta name="author" content="Rafiq anwar">"#
    let byline = try #require(try byline(meta, head: head))
    #expect(byline.authors.map(\.name) == ["Rafiq anwar"])
  }

  @Test("Co-authors in a parenthesis opened by 'avec' after the linked author are authors too; '(with AP)' is not")
  func coauthorsInWithParenthesis() throws {
    let meta = """
      <p class="signature">Par <span itemprop="author"><a href="/journaliste/jeanne-dupont/">Jeanne Dupont</a> \
      (avec Paul Martin et Claire Roux)</span></p>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Jeanne Dupont", "Paul Martin", "Claire Roux"])
    let agency = #"<p class="byline">By <span itemprop="author">Jane Doe (with AP)</span></p>"#
    #expect(try byline(agency)?.authors.map(\.name) == ["Jane Doe"])
  }

  @Test("A line labelled 'Por:' or 'Par :' names the authors, as 'By:' does")
  func romanceByColonLineLabel() throws {
    let spanish = """
      <div class="taxonomies"><div><strong>Por: </strong><a href="/autor/ana-lopez/">Ana López</a>, \
      <a href="/autor/luis-perez/">Luis Pérez</a></div></div>
      """
    #expect(try byline(spanish)?.authors.map(\.name) == ["Ana López", "Luis Pérez"])
    #expect(try byline("<p>Par : Jeanne Dupont</p>")?.authors.map(\.name) == ["Jeanne Dupont"])
  }

  @Test("Handle with mixed case in a rel=author link between '|' separators")
  func mixedCaseHandleInAuthorLink() throws {
    let meta = """
      <div class="post-head">14 Juni, 2009 | <a href="https://blog.example/author/dark_moon" rel="author">DaRk_MoOn</a> \
      | <a href="#comments">Kommentare 27</a> |</div>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.authors.map(\.name) == ["DaRk_MoOn"])
  }

  @Test("'Text & Fotos:' credit in a meta row after the date and categories; author meta equal to DC.publisher")
  func textAndPhotosCreditOverPublisherMeta() throws {
    let meta = """
      <table class="subline"><tr><td>14 | 03 | 2021</td><td class="categories">Region | Technik | Video</td>\
      <td class="authorbold"><span>Text & Fotos:</span> Milan Dostel</td><td>0</td></tr></table>
      """
    let head = """
      <meta name="author" content="Wasser Illustrierte"><meta name="DC.publisher" content="Wasser Illustrierte">
      """
    let byline = try #require(try byline(meta, head: head))
    #expect(byline.authors.map(\.name) == ["Milan Dostel"])
  }

  @Test("Italic 'von Name' signature paragraph on a page without an h1")
  func italicSignatureWithoutTitle() throws {
    let html = """
      <div class="content"><p><i>von Hanna Sorel</i></p><h2>Pausen, der Kern der Erholung</h2>\
      \(TestPage.paragraphs(4))</div>
      """
    let byline = try #require(try TestPage.extract(html).byline)
    #expect(byline.authors.map(\.name) == ["Hanna Sorel"])
  }

  @Test("a plain-name twitter:creator shown as a profile link's text beside the title is the author")
  func profileLinkedTwitterCreator() throws {
    let head = "<meta name=\"twitter:creator\" content=\"Quillmoth\">"
    let body = """
      <div class="fic-header"><a href="/fiction/1/lanterns"><h2>Quiet Lanterns</h2></a> <span>by</span>
      <h3><a href="/profile/571204">Quillmoth</a></h3><h1>Chapter 102</h1></div><div class="chapter-content">\
      \(TestPage.paragraphs(3))</div>
      """
    let byline = try #require(try TestPage.extract(body, head: head, url: "https://fiction.example/ch/102").byline)
    #expect(byline.authors.map(\.name) == ["Quillmoth"])
    #expect(byline.authors.first?.url == "https://fiction.example/profile/571204")
  }

  @Test("an '@handle' twitter:creator names no one")
  func atHandleTwitterCreator() throws {
    let head = "<meta name=\"twitter:creator\" content=\"@quillmoth\">"
    let body = "<h3><a href=\"/profile/571204\">@quillmoth</a></h3><h1>Chapter 102</h1>\(TestPage.paragraphs(3))"
    #expect(try TestPage.extract(body, head: head).byline?.authors ?? [] == [])
  }

  @Test("a post with no byline over it and an author box under it: the box's name is the author")
  func authorBoxNamesTheAuthor() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Sieben Jahre Blog</h1><div class="entry-content">\
      \(TestPage.paragraphs(4))</div><div class="saboxplugin-wrap"><div class="saboxplugin-authorname">\
      <a href="https://blog.example/author/admin/" class="vcard author" rel="author"><span class="fn">Paddy</span></a>\
      </div><div class="saboxplugin-desc"><p>Paddy schreibt hier seit 2012 über Fußball und Musik.</p></div></div>\
      </article>
      """
    let byline = try #require(try TestPage.extract(body, lang: "de").byline)
    #expect(byline.authors.map(\.name) == ["Paddy"])
  }

  @Test("a JSON-LD Organization author that is the site's name with its domain ending names no one")
  func publicationDomainAuthor() throws {
    let head = """
      <meta property="og:site_name" content="LEUCHTE"><script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Achtsamkeit","author":{"@type":"Organization","name":"LEUCHTE.de"}}</script>
      """
    #expect(try byline("", head: head)?.authors ?? [] == [])
  }

  @Test("an entry-meta whose only link leads to a category archive is no byline; the authors line is")
  func categoryArchiveLinkIsNoAuthor() throws {
    let body = """
      <article class="post hentry"><header class="entry-header"><div class="entry-meta">\
      <a href="https://handwerk.example/kategorie/wissen/">WissensTicker</a> - <span class="posted-on">\
      <time class="entry-date published" datetime="2022-01-21T14:00:00+01:00">21. Januar 2022</time></span></div>\
      <h1 class="entry-title">Ratenkauf: Das sollten Kunden wissen</h1></header>\
      <div class="entry-content"><p><strong>Wer in Raten zahlt, sollte den Vertrag genau lesen.</strong></p>\
      <span class="entry-content__authors">Von Tobias Brame</span>\(TestPage.paragraphs(4))</div></article>
      """
    let byline = try #require(try TestPage.extract(body, lang: "de").byline)
    #expect(byline.authors.map(\.name) == ["Tobias Brame"])
  }

  @Test("a fact list labelling the author (dt 'Auteur', dd name) names them over a JSON-LD account")
  func labelledAuthorFieldOverrulesStructuredAccount() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article",
      "headline":"Delta","author":{"@id":"#gg"}},{"@type":"Person","@id":"#gg","name":"Bastien Valderri"}]}</script>
      """
    let meta = """
      <dl class="article-meta"><dt>Auteur</dt><dd><a href="https://revue.example/fr/staff/anselme-marvillet/">\
      Anselme Marvillet</a></dd><dt>Date</dt><dd>2 mars 2020</dd></dl>
      """
    let byline = try #require(try byline(meta, head: head))
    #expect(byline.authors.map(\.name) == ["Anselme Marvillet"])
  }

  @Test("a label span then the name as bare text ('Autor:' Fritz Ulbach/SP-X, then 'Quelle:'): the name alone")
  func labelSpanThenBareName() throws {
    let meta = """
      <div class="article-meta"><span class="label">Datum:</span> 07.04.2020 <br><span class="label">Autor:</span> \
      Fritz Ulbach/SP-X<br><span class="label">Quelle:</span> Gemeindebote<br></div>
      """
    let byline = try #require(try byline(meta))
    #expect(byline.authors.map(\.name) == ["Fritz Ulbach"])
  }

  @Test("a JSON-LD author whose name lists people as profile-link markup: each person's plain name")
  func structuredNameListWithMarkup() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Heron Counts",
      "author":{"@type":"Person","name":["\\u003Ca href=\\u0022/experts/ilse-varga\\u0022\\u003EIlse Varga\\u003C/a\\u003E",
      "<a href=\\"/experts/olek-marsz\\">Olek Marsz</a>"]}}</script>
      """
    let body = "<article><h1>Heron Counts</h1>\(TestPage.paragraphs(4))</article>"
    let byline = try #require(try TestPage.extract(body, head: head).byline)
    #expect(byline.authors.map(\.name) == ["Ilse Varga", "Olek Marsz"])
  }

  @Test("Dublin Core creators repeated once per author in surname-first form: each as given names then surname")
  func repeatedSurnameFirstCreators() throws {
    let head = """
      <meta name="DC.Creator" content="Vantreck, L."><meta name="DC.Creator" content="Molen, Aart van der">
      """
    let body = "<h1>A Storage Protocol</h1>\(TestPage.paragraphs(4))"
    let byline = try #require(try TestPage.extract(body, head: head).byline)
    #expect(byline.authors.map(\.name) == ["L. Vantreck", "Aart van der Molen"])
    // One author written in two syntaxes (a `name` and a `property`) is one author, the property's.
    let twice = """
      <meta name="DC.creator" content="Tove Brask"><meta property="dc:creator" content="Tove Brask-Lind">
      """
    let single = try #require(try TestPage.extract(body, head: twice).byline)
    #expect(single.authors.map(\.name) == ["Tove Brask-Lind"])
  }

  @Test("an organisation in the author's place (a legal form, an institution, a newsroom, a desk) names no one")
  func organisationAuthorNamesNoOne() throws {
    let company = try TestPage.extract(
      "<h1>Pumps Compared</h1>\(TestPage.paragraphs(4))",
      head: "<meta name=\"author\" content=\"Pumpenwerk Nord GmbH\">",
      lang: "de")
    #expect(company.byline?.authors ?? [] == [])
    let newsroom = try #require(try byline("<p class=\"byline\">Valley Courier Online, March 3, 2021</p>"))
    #expect(newsroom.authors == [])
    #expect(newsroom.publishedAt == "2021-03-03")
    let desk = try #require(
      try TestPage.extract(post("<p class=\"byline\">Red. / 12.03.2021</p>"), lang: "de").byline)
    #expect(desk.authors == [])
  }

  @Test("an 'and' inside an institution's name joins no people: its last word alone is no person")
  func andInsideInstitutionName() throws {
    #expect(People.parse("Landesbüro für Gärten und Wiesen") == [])
    #expect(People.parse("Lena Brandt und Tom Weiss").map(\.name) == ["Lena Brandt", "Tom Weiss"])
  }

  @Test("a structured account shown only inside a longer word of the page ('Wren' in 'Bluewren') is shown nowhere")
  func accountShownOnlyInsideAWord() throws {
    let head = """
      <meta property="og:site_name" content="Bluewren Kitchen"><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Lemon Tart",
      "author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Wren"}]}</script>
      """
    let body = """
      <header><a href="/">Bluewren Kitchen</a></header><article><h1>Lemon Tart</h1>
      <p class="byline"><time datetime="2022-06-15">15. Juni 2022</time></p>\(TestPage.paragraphs(4))</article>
      """
    let byline = try #require(try TestPage.extract(body, head: head).byline)
    #expect(byline.authors == [])
  }

  @Test("an article signed at its end after a dash or in emphasis, nothing above naming anyone: the signer")
  func closingSignature() throws {
    let dashed = "<article><h1>Harbour Works Resume</h1>\(TestPage.paragraphs(4))<p>– Orla Finnick</p></article>"
    #expect(try TestPage.extract(dashed).byline?.authors.map(\.name) == ["Orla Finnick"])
    let emphasised = "<div><h1>Semi-Final Won</h1>\(TestPage.paragraphs(4))<p><b><i>Jonas Ebertal</i></b></p></div>"
    let signed = try TestPage.extract(emphasised, lang: "de")
    #expect(signed.byline?.authors.map(\.name) == ["Jonas Ebertal"])
    #expect(!signed.text.contains("Jonas Ebertal"))
    // A bold name with paragraphs after it introduces them: no signature.
    let speaker =
      "<article><h1>Talk Notes</h1>\(TestPage.paragraphs(2))<p><b>Orla Finnick</b></p>\(TestPage.paragraphs(2, from: 2))</article>"
    #expect(try TestPage.extract(speaker).byline?.authors ?? [] == [])
  }

  @Test("the author's mail link under the article with a label ('Von:' then the name): the name")
  func labelledMailLink() throws {
    let body = """
      <h1>Raised Garden Beds</h1>\(TestPage.paragraphs(4))
      <a href="mailto:redaktion@verlag.example"><b>Von:</b> <br> <br> Arne Wiesholt</a>
      """
    #expect(try TestPage.extract(body, lang: "de").byline?.authors.map(\.name) == ["Arne Wiesholt"])
  }

  @Test("a nickname signed with a German article ('Eingestellt von der Zaunkönig um 21:11'): the nickname alone")
  func nicknameAfterGermanArticle() throws {
    let meta =
      "<div class=\"post-footer\"><span class=\"post-author\">Eingestellt von der Zaunkönig um 21:11</span></div>"
    let byline = try #require(try TestPage.extract(post(meta), lang: "de").byline)
    #expect(byline.authors.map(\.name) == ["Zaunkönig"])
    #expect(BylineExtractor.handle(in: "der Zaunkönig") == "Zaunkönig")
  }

  @Test(
    "an author that is the site's name without its domain ending ('Beispielwoche' on 'Beispielwoche.de') names no one")
  func siteNameWithoutDomainEnding() throws {
    #expect(BylineExtractor.isPublication("Beispielwoche", siteName: "Beispielwoche.de"))
    #expect(BylineExtractor.isPublication("BEISPIEL.de", siteName: "Beispiel"))
    #expect(!BylineExtractor.isPublication("Beispielwoche", siteName: "Beispielwoche"))
    let page = try TestPage.extract(
      "<h1>Works Council Meets</h1>\(TestPage.paragraphs(4))",
      head:
        "<meta name=\"author\" content=\"Beispielwoche\"><meta property=\"og:site_name\" content=\"Beispielwoche.de\">",
      lang: "de")
    #expect(page.byline?.authors ?? [] == [])
  }

  @Test(
    "a line's cleaned opening rules out the labels it cannot open with and keeps those it may",
    arguments: [
      ("Text: Jane Doe", true), ("  Posted \n  by Jane Doe", true), ("The text of the post", false),
      ("Textbook notes", false), ("Über den Autor", false), ("Rédigé par Jeanne Dupont", true), ("by", false),
      ("by Jane Doe", true),
    ])
  func lineOpeningFilter(line: String, mayOpen: Bool) throws {
    let html = TestPage.html("<p>\(line)</p>")
    let page = try Prepare.page(bytes: Array(html.utf8), options: ExtractOptions())
    let paragraph = try #require(page.elements("p").first)
    let labels = LineLabelTable.shared
    #expect(labels.mayOpen(LineOpening(paragraph, limit: labels.window)) == mayOpen)
    // Never false where the labels' String test opens the line.
    let lowered = Text.clean(Page.rawText(paragraph)).lowercased()
    let opens =
      VocabularyBylines.lineLabelList.contains {
        lowered.hasPrefix($0) && ($0.hasSuffix(":") || lowered.dropFirst($0.count).first == " ")
      } || VocabularyBylines.signaturePrefixList.contains { lowered.hasPrefix($0) }
    #expect(!opens || mayOpen)
  }

  @Test(
    "a byline word after the date names the author in Swedish, Danish, Norwegian, Polish and Russian WordPress lines",
    arguments: [
      ("sv", "Publicerat 12 mars 2024 av Anna Svensson", "Anna Svensson"),
      ("da", "Udgivet 12. marts 2024 af Mette Hansen", "Mette Hansen"),
      ("nb", "Publisert 12. mars 2024 av Kari Nordmann", "Kari Nordmann"),
      ("pl", "Opublikowano 12 marca 2024 przez Jan Kowalski", "Jan Kowalski"),
      ("ru", "Запись опубликована 12 марта 2024 автором Иван Петров", "Иван Петров"),
    ])
  func bylineWordAfterDate(lang: String, meta: String, name: String) throws {
    let byline = try #require(try TestPage.extract(post("<div class=\"entry-meta\">\(meta)</div>"), lang: lang).byline)
    #expect(byline.authors.map(\.name) == [name])
    #expect(byline.publishedAt == "2024-03-12")
  }

  @Test(
    "a one-word 'by' (Swedish, Norwegian 'av', Danish 'af', Polish 'przez', Russian 'автором') in an ordinary sentence under the title is no byline, and the sentence stays in the text",
    arguments: [
      ("sv", "<p>Ett av årets största evenemang lockade tusentals besökare.</p>", "Ett av årets största evenemang"),
      ("sv", "<p>Resultatet av Mattias Anderssons undersökning överraskade.</p>", "Mattias Anderssons undersökning"),
      ("da", "<p>En af Danmarks største Peter Hansen</p>", "En af Danmarks største Peter Hansen"),
      ("ru", "<p>Он стал автором нового закона о выборах.</p>", "Он стал автором нового закона"),
      ("pl", "<p>Przez lata Kraków zmieniał się bardzo szybko.</p>", "Przez lata Kraków zmieniał"),
      ("nl", "<p><i>Af en toe gaat het mis met de planning.</i></p>", "Af en toe gaat het mis"),
      ("da", "<p><em>Af og til går det galt…</em></p>", "Af og til går det galt"),
    ])
  func prepositionSentenceIsNoByline(lang: String, paragraph: String, sentence: String) throws {
    let body = "<article><h1>Why Bees Matter in the Garden</h1>\(paragraph)\(TestPage.paragraphs(4))</article>"
    let extracted = try TestPage.extract(body, lang: lang)
    #expect(extracted.byline == nil)
    #expect(extracted.text.contains(sentence))
  }

  @Test("a WordPress line with a publication label and no date: 'Publicerat av Anna Svensson'")
  func bylineWordAfterLabel() throws {
    let byline = try #require(
      try TestPage.extract(post("<div class=\"entry-meta\">Publicerat av Anna Svensson</div>"), lang: "sv").byline)
    #expect(byline.authors.map(\.name) == ["Anna Svensson"])
  }

  @Test("a '… av Name' or '… przez Name' line gives the name, not the label ('Skrivet av', dated, 'Napisane przez')")
  func labelledPrepositionLines() throws {
    for (line, lang, name) in [
      ("Skrivet av Anna Svensson", "sv", "Anna Svensson"), ("12 mars 2024 · av Anna Svensson", "sv", "Anna Svensson"),
      ("Napisane przez Jan Kowalski", "pl", "Jan Kowalski"),
    ] {
      let byline = try #require(
        try TestPage.extract(post("<div class=\"byline\">\(line)</div>"), lang: lang).byline, "\(line)")
      #expect(byline.authors.map(\.name) == [name], "\(line)")
    }
  }

  @Test(
    "Italian 'da' or 'di' after a publication label or a date names the author ('Pubblicato il … da', 'Postato da', 'Articolo di', a date line)",
    arguments: [
      ("Pubblicato il 12 marzo 2024 da Mario Rossi", "Mario Rossi", "2024-03-12"),
      ("Pubblicato da Mario Rossi", "Mario Rossi", nil),
      ("Postato da Mario Rossi alle 10:30", "Mario Rossi", nil),
      ("Pubblicato il 25/03/2024 alle 10:30 da Mario Rossi", "Mario Rossi", "2024-03-25"),
      ("12 marzo 2024 da Mario Rossi", "Mario Rossi", "2024-03-12"),
      ("Martedì 12 marzo 2024 | da Mario Rossi", "Mario Rossi", "2024-03-12"),
      ("Articolo di Mario Rossi", "Mario Rossi", nil),
      ("12 marzo 2024 di Mario Rossi", "Mario Rossi", "2024-03-12"),
    ] as [(String, String, String?)])
  func italianDaAfterLabelOrDate(meta: String, name: String, date: String?) throws {
    let byline = try #require(try TestPage.extract(post("<div class=\"entry-meta\">\(meta)</div>"), lang: "it").byline)
    #expect(byline.authors.map(\.name) == [name])
    #expect(byline.publishedAt == date)
  }

  @Test(
    "Italian 'da' or 'di' in an ordinary sentence under the title names no author, and the sentence stays",
    arguments: [
      ("it", "<p>Il 12 marzo 2024 da Milano è partita la spedizione.</p>", "Il 12 marzo 2024 da Milano"),
      ("it", "<p>Dal 2020 da Milano partono treni per Parigi ogni giorno.</p>", "Dal 2020 da Milano partono"),
      ("it", "<p>Da Milano a Roma in bici in sei giorni.</p>", "Da Milano a Roma in bici"),
      ("it", "<p>Leonardo da Vinci dipinse la Gioconda nel 1503.</p>", "Leonardo da Vinci dipinse"),
      ("it", "<p>Nel 2024 da Torino a Genova si viaggia meglio.</p>", "Nel 2024 da Torino"),
      ("it", "<p>La storia di Roma in dieci tappe.</p>", "La storia di Roma in dieci tappe"),
      ("it", "<p>Il libro di Marco Rossi è uscito ieri.</p>", "Il libro di Marco Rossi"),
      ("it", "<p>Una ricetta di Benedetta per la cena.</p>", "Una ricetta di Benedetta"),
    ])
  func italianDaSentenceIsNoByline(lang: String, paragraph: String, sentence: String) throws {
    let body = "<article><h1>Perché le api contano nel giardino</h1>\(paragraph)\(TestPage.paragraphs(4))</article>"
    let extracted = try TestPage.extract(body, lang: lang)
    #expect(extracted.byline == nil)
    #expect(extracted.text.contains(sentence))
  }

  @Test(
    "Italian 'di' or 'da' in a byline element after a date, a category or a separator names the author",
    arguments: [
      "Pubblicato: 12 marzo 2024 | Di Mario Rossi", "12 marzo 2024 - di Mario Rossi", "12 marzo 2024 – di Mario Rossi",
      "Redazione | 12 marzo 2024 | di Mario Rossi", "Pubblicato in Cronaca · di Mario Rossi",
      "Data: 12 marzo 2024 di Mario Rossi", "Cronaca | di Mario Rossi", "Pubblicato il 12 marzo 2024 - da Mario Rossi",
      "Aggiornato il 12 marzo 2024 da Mario Rossi",
    ])
  func italianDiInBylineElement(line: String) throws {
    let byline = try #require(try TestPage.extract(post("<div class=\"byline\">\(line)</div>"), lang: "it").byline)
    #expect(byline.authors.map(\.name) == ["Mario Rossi"])
  }

  @Test("an Italian weekday opening a byline's date and a name particle in a byline element name no one")
  func italianWeekdayAndParticleInBylineElement() throws {
    for line in [
      "Lunedì 12 marzo 2024", "Domenica 12 marzo 2024 · 3 min di lettura", "12 marzo 2024 · 3 min di Lettura",
    ] {
      let byline = try TestPage.extract(post("<div class=\"byline\">\(line)</div>"), lang: "it").byline
      #expect(byline?.authors.map(\.name) ?? [] == [], "\(line)")
      #expect(byline?.publishedAt == "2024-03-12", "\(line)")
    }
    let byline = try TestPage.extract(post("<div class=\"byline\">Leonardo da Vinci</div>"), lang: "it").byline
    #expect(byline?.authors.map(\.name) == ["Leonardo da Vinci"])
  }

  @Test("outside byline markup a bare date before Italian 'da' and a capital names a place, not an author")
  func italianDaAfterBareDateOutsideBylineMarkup() {
    #expect(BylineExtractor.innerPrefix(in: "12 marzo 2024 da Milano") == nil)
    #expect(BylineExtractor.innerPrefix(in: "12 marzo 2024 alle 10:30 da Palazzo Chigi") == nil)
    #expect(BylineExtractor.innerPrefix(in: "Un articolo di Mario Rossi è uscito ieri") == nil)
    #expect(BylineExtractor.innerPrefix(in: "Il post di Marco ha avuto successo") == nil)
    #expect(BylineExtractor.innerPrefix(in: "12 marzo 2024 da Milano", inBylineMarkup: true) != nil)
    #expect(BylineExtractor().namesPart(of: "Pubblicato: 12 marzo 2024 da Mario Rossi") == "Mario Rossi")
    #expect(BylineExtractor().namesPart(of: "Cronaca | di Mario Rossi") == "Mario Rossi")
    #expect(BylineExtractor().namesPart(of: "12 marzo 2024 di Mario Rossi") == "Mario Rossi")
  }

  @Test(
    "a date then 'da' and a capital in a Portuguese line is no byline word: 'de' before the year says it is no Italian date"
  )
  func portugueseDaAfterDate() throws {
    let meta = "<div class=\"entry-meta\">Publicado em 12 de março de 2024 da Redação</div>"
    let byline = try TestPage.extract(post(meta), lang: "pt").byline
    #expect(byline?.authors.map(\.name) ?? [] == [])
    #expect(BylineExtractor.innerPrefix(in: "12 de março de 2024 da Redação") == nil)
    #expect(BylineExtractor.innerPrefix(in: "Il 12 marzo 2024 da Milano è partita") == nil)
  }

  @Test("Russian 'и' joins two authors")
  func russianNameJoiner() {
    #expect(People.parse("Иван Петров и Анна Смирнова").map(\.name) == ["Иван Петров", "Анна Смирнова"])
  }

  @Test("a publication label alone is no author ('Publikováno', 'Opublikowano', 'Опубликовано')")
  func publicationLabelIsNoName() {
    for label in ["Publikováno", "Opublikowano", "Publicerat", "Udgivet", "Опубликовано"] {
      #expect(!People.isPlausibleName(label))
    }
  }

  @Test("a closing 'Autorka:' line names the author of a Polish or Czech article")
  func femaleAuthorLineLabel() throws {
    let body = """
      <article><h1>Jak posadzić pomidory na balkonie</h1>\(TestPage.paragraphs(4))<p>Autorka: Anna Nowak</p></article>
      """
    #expect(try TestPage.extract(body, lang: "pl").byline?.authors.map(\.name) == ["Anna Nowak"])
  }

  @Test("a French byline: 'Par' before the name, the day before the month")
  func frenchByline() throws {
    let byline = try #require(
      try TestPage.extract(post("<p class=\"byline\">Par Marie Dupont, le 12 mars 2024</p>"), lang: "fr").byline)
    #expect(byline.authors.map(\.name) == ["Marie Dupont"])
    #expect(byline.publishedAt == "2024-03-12")
  }

  @Test("A date of more than three words before the 'by' of a meta line: the name after it")
  func longDateBeforeByWord() throws {
    let meta = """
      <p>June 14, 2019 by Sina Giebel in <a href="https://blog.example/category/fashion/">Fashion</a></p>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Sina Giebel"])
  }

  @Test("Words that are no date before the 'by' of a line after the title: no byline")
  func sentenceBeforeByWordIsNoByline() throws {
    let meta = "<p>Founded in 2019 by Sina Giebel</p>"
    #expect(try byline(meta)?.authors ?? [] == [])
  }

  @Test("A weekday, date and time in parts before a capitalised 'VON', the name ended by a capitalised 'IN'")
  func capitalisedLabelsAroundName() throws {
    let meta = """
      <p>Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN <a href="https://blog.example/category/mode/">Mode</a>       | 0 COMMENTS</p>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Sina Giebel"])
  }

  @Test("A capitalised 'In' inside a name written in mixed case is part of the name")
  func mixedCaseInInsideName() throws {
    #expect(BylineExtractor().namesPart(of: "By Anna In Berg") == "Anna In Berg")
    #expect(BylineExtractor().namesPart(of: "By Anna Berg IN Mode") == "Anna Berg")
  }

  @Test(
    "A surname in capitals keeps its particles; a capitalised label before a word in mixed case still ends the name")
  func capitalisedSurnameParticlesStayInName() throws {
    let extractor = BylineExtractor()
    #expect(extractor.namesPart(of: "Par Aurélie LE GALL") == "Aurélie LE GALL")
    #expect(extractor.namesPart(of: "Por Karim EL HADDAD") == "Karim EL HADDAD")
    #expect(extractor.namesPart(of: "Door Jan OP DE BEECK") == "Jan OP DE BEECK")
    #expect(extractor.namesPart(of: "VON Sina Giebel IN Mode") == "Sina Giebel")
  }

  @Test("A picture word that is a category after a preposition is no credit; one opening a part after a separator is")
  func pictureWordAfterPrepositionIsNoCredit() throws {
    #expect(BylineExtractor.innerPrefix(in: "Posted in Photography by Jane Doe") != nil)
    #expect(BylineExtractor.innerPrefix(in: "Paris, 2019 · Photo by Jane Doe") == nil)
  }

  @Test("A portrait's or photo's 'by' credit under the title is no byline")
  func pictureCreditIsNoByline() throws {
    #expect(try byline("<p><em>Portrait by George Barrio</em></p>")?.authors ?? [] == [])
    #expect(try byline("<p>Foto von Hanna Sorel</p>")?.authors ?? [] == [])
  }

  @Test("A story's 'by' under the title, and 'Text und Fotos von' crediting the text too, stay bylines")
  func storyAndTextAndPhotosByStayBylines() throws {
    #expect(try byline("<p><em>Story by George Barrio</em></p>")?.authors.map(\.name) == ["George Barrio"])
    #expect(BylineExtractor.innerPrefix(in: "Text und Fotos von Hanna Sorel") != nil)
    #expect(BylineExtractor.innerPrefix(in: "Fotos von Hanna Sorel") == nil)
  }

  @Test(
    "An hCard hidden on small screens only (Tailwind 'hidden md:inline', Bootstrap 'd-none d-lg-block') is the byline")
  func responsiveHiddenAuthorMarkupIsByline() throws {
    let tailwind = """
      <p class="meta"><span class="vcard hidden md:inline"><span class="fn">\
      <a href="https://blog.example/author/isabell/" rel="author">Isabell Angele</a></span></span></p>
      """
    #expect(try byline(tailwind)?.authors.map(\.name) == ["Isabell Angele"])
    #expect(BylineExtractor.hidesByClass("d-none d-lg-block") == false)
    #expect(BylineExtractor.hidesByClass("vcard hidden") == true)
    #expect(BylineExtractor.hidesByClass("hidden md:hidden") == true)
    #expect(BylineExtractor.hidesByClass("Vcard HIDE") == true)
    #expect(BylineExtractor.hidesByClass("author-hidden-note") == false)
  }

  @Test("a class value without 'hid' or 'none' in any case holds no hiding class name")
  func hidingNamePrefilter() {
    #expect(ClassTokens.hidingClassNames.allSatisfy { $0.contains("hid") || $0.contains("none") })
    #expect(ClassTokens.mayHoldHidingName("vcard HIDDEN"))
    #expect(ClassTokens.mayHoldHidingName("d-None"))
    #expect(ClassTokens.mayHoldHidingName("x-hid"))
    #expect(!ClassTokens.mayHoldHidingName("author vcard"))
    #expect(!ClassTokens.mayHoldHidingName("hi-d no-ne"))
    #expect(!ClassTokens.mayHoldHidingName("non"))
    #expect(!ClassTokens.mayHoldHidingName(""))
    // Full-width letters lower-case to full-width ones: no ASCII name, no ASCII bytes.
    #expect(!ClassTokens.mayHoldHidingName("\u{FF28}\u{FF29}\u{FF24}\u{FF24}\u{FF25}\u{FF2E}"))
    #expect(!BylineExtractor.hidesByClass("\u{FF28}\u{FF29}\u{FF24}\u{FF24}\u{FF25}\u{FF2E}"))
  }

  @Test("A theme's hidden rich-snippet hCard gives way to the 'Von' line the reader sees")
  func hiddenRichSnippetAuthorGivesWay() throws {
    let meta = """
      <div class="meta-info"><span class="vcard rich-snippet-hidden"><span class="fn">\
      <a href="https://blog.example/author/isabell/" rel="author">Isabell Angele</a></span></span>\
      <span>25. Dezember 2022</span></div><p><strong>Von Matthias Lauerer</strong></p>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Matthias Lauerer"])
  }

  @Test("An hCard hidden on small screens only ('hidden-xs') is still the byline")
  func smallScreenHiddenAuthorStays() throws {
    let meta = """
      <div class="meta-info"><span class="vcard hidden-xs"><span class="fn">\
      <a href="https://blog.example/author/isabell/" rel="author">Isabell Angele</a></span></span>\
      <span>25. Dezember 2022</span></div><p><strong>Von Matthias Lauerer</strong></p>
      """
    #expect(try byline(meta)?.authors.map(\.name) == ["Isabell Angele"])
  }

  @Test("A 'Von' line beats the meta author the page shows only in a hidden rich-snippet hCard")
  func visibleVonLineBeatsMetaAuthorInHiddenCard() throws {
    let head = "<meta name=\"author\" content=\"Isabell Angele\">"
    let hidden = """
      <div class="meta-info"><span class="vcard rich-snippet-hidden"><span class="fn">\
      <a href="https://blog.example/author/isabell/" rel="author">Isabell Angele</a></span></span>\
      <span>25. Dezember 2022</span></div><p><strong>Von Matthias Lauerer</strong></p>
      """
    #expect(try byline(hidden, head: head)?.authors.map(\.name) == ["Matthias Lauerer"])
    // Near miss: the page shows the meta author to the reader, so structured data stands.
    let shown = """
      <div class="meta-info"><span>Isabell Angele</span> \
      <span>25. Dezember 2022</span></div><p><strong>Von Matthias Lauerer</strong></p>
      """
    #expect(try byline(shown, head: head)?.authors.map(\.name) == ["Isabell Angele"])
  }

  @Test(
    "A meta line of date fields ending with a full name a profile link confirms, above or below the title, names the author"
  )
  func datedMetaLineNamesAuthor() throws {
    let linked = "04.02.2022 | 13:10 Uhr | <a href=\"/autorin/uta-helkenberg\">Uta Helkenberg</a>"
    let below = try #require(try byline("<small>\(linked)</small>"))
    #expect(below.authors.map(\.name) == ["Uta Helkenberg"])
    #expect(below.publishedAt == "2022-02-04")
    let above = """
      <article><small>\(linked)</small><h1>Stellungnahme zum Pilotjahr</h1>\
      \(TestPage.paragraphs(4))</article>
      """
    #expect(try TestPage.extract(above, lang: "de").byline?.authors.map(\.name) == ["Uta Helkenberg"])
    #expect(BylineExtractor.datedLineNames("12. März 2024 · Jane Doe") == "Jane Doe")
    // Near misses: a section or a headline after the date, a name after a field that is no date.
    #expect(try byline("<small>04.02.2022 | 13:10 Uhr | Politik</small>")?.authors.isEmpty ?? true)
    #expect(BylineExtractor.datedLineNames("04.02.2022 | Neue Regeln für alle Reiter") == nil)
    #expect(BylineExtractor.datedLineNames("Sport | Uta Helkenberg") == nil)
    #expect(BylineExtractor.datedLineNames("Uta Helkenberg") == nil)
    // Without a separator's bytes a line is turned away; "•" and "|" separate as "·" does.
    #expect(BylineExtractor.datedLineNames("12. März 2024 Jane Doe") == nil)
    #expect(BylineExtractor.datedLineNames("12. März 2024 • Jane Doe") == "Jane Doe")
    #expect(BylineExtractor.datedLineNames("12. März 2024 | Jane Doe") == "Jane Doe")
    let ends = BylineExtractor.metaLineSeparatorEnds
    #expect(ends.indices.filter { ends[$0] } == [0x7C, 0xA2, 0xB7])
  }

  @Test("A byline crediting the staff ('Autor: Die Redaktion') names no one, whoever structured data names")
  func staffCreditBeatsStructuredPerson() throws {
    let head = "<meta name=\"author\" content=\"Cornelius Karow\">"
    #expect(try byline("<p>Autor: Die Redaktion</p>", head: head)?.authors == [])
    // Near miss: a person credited the same way is the author the reader sees.
    #expect(try byline("<p>Autor: Jane Doe</p>", head: head)?.authors.map(\.name) == ["Jane Doe"])
    // Near miss: no byline on the page, the structured person stands.
    #expect(try byline("", head: head)?.authors.map(\.name) == ["Cornelius Karow"])
  }

  @Test("A dated 'Redaktion:' line above the title names the author; a logo's empty h1 is not the title")
  func datedLabelLineAboveTitle() throws {
    func page(_ line: String) -> String {
      """
      <div id="logoWrap"><h1><a href="/"><img src="/logo.svg" alt="Jugendwerk"></a></h1></div>\
      <div class="news-single-item"><div class="news-single-timedata">\(line)</div>\
      <h1>Faire Lieferketten</h1>\(TestPage.paragraphs(4))</div>
      """
    }
    let dated = page("05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher)</span>")
    #expect(try TestPage.extract(dated, lang: "de").byline?.authors.map(\.name) == ["Eberhard Fuhr"])
    #expect(BylineExtractor.datedByLine("05.02.2020 - Redaktion: Eberhard Fuhr"))
    // Near misses: a "von" after words that are no date, a date before a section.
    #expect(!BylineExtractor.datedByLine("Mehr Artikel von Eberhard Fuhr"))
    // A rating's number is no date: "3 von 5" names no author.
    #expect(!BylineExtractor.datedByLine("3 von 5, (1 Bewertung)"))
    #expect(BylineExtractor.datedLineNames("13:10 Uhr | Uta Helkenberg") == nil)
    let undated = page("Mehr Artikel von Eberhard Fuhr")
    #expect(try TestPage.extract(undated, lang: "de").byline?.authors.isEmpty ?? true)
  }

  @Test("a bare 'von' line far below the title naming a handle, then a date alone: the handle; a sentence is not")
  func byWordHandleThenDate() throws {
    let gallery = (0..<40).map { "<li><a href=\"/bild/\($0)\"><img src=\"/b\($0).jpg\" alt=\"\"></a></li>" }.joined()
    func page(_ line: String) -> String {
      """
      <div class="node"><h1>Tomaten richtig schneiden</h1><ul class="gallery">\(gallery)</ul>\
      <div class="userbox"><div>\(line)</div></div><div class="content">\(TestPage.paragraphs(4))</div></div>
      """
    }
    #expect(
      try TestPage.extract(page("von Marianne1 am 20.09.2020"), lang: "de").byline?.authors.map(\.name) == [
        "Marianne1"
      ])
    #expect(try TestPage.extract(page("Von Berlin aus am 20.09.2020"), lang: "de").byline?.authors ?? [] == [])
    #expect(BylineExtractor.isNameThenDate("jdoe on March 3, 2019"))
    #expect(BylineExtractor.isNameThenDate("Jane Doe am 20.09.2020"))
    #expect(!BylineExtractor.isNameThenDate("the way on March 3, 2019"))
    #expect(!BylineExtractor.isNameThenDate("Marianne1 am Ende"))
  }

  @Test("author markup in a picture's licence credit names the photographer: the article's byline is elsewhere")
  func licenseCreditIsNoByline() throws {
    func page(_ creditClass: String) -> String {
      """
      <article><h1>Clickbait and Carbon</h1><div class="img-holder"><img src="/hand.jpg" alt="">\
      <div class="\(creditClass)"><span class="license-type"><a href="/cc/by-nd/">CC BY-ND</a></span> \
      <span class="author-name"><a href="/photos/1">Nenad Stoker</a></span></div></div>\
      \(TestPage.paragraphs(4))<div class="second-author"><p>Von <span>Mark Newton</span></p></div></article>
      """
    }
    #expect(try TestPage.extract(page("license-info"), lang: "de").byline?.authors.map(\.name) == ["Mark Newton"])
    // The same markup in a plain meta box under the title is the byline.
    #expect(try TestPage.extract(page("meta-info"), lang: "de").byline?.authors.map(\.name) == ["Nenad Stoker"])
  }

  @Test("a meta author who is the copyright holder (the site's owner) gives way to a byline naming someone else")
  func copyrightHolderGivesWayToByline() throws {
    func article(copyright: String) throws -> [String]? {
      let head = """
        <meta name="author" content="Nala Lindqvist"><meta name="copyright" content="\(copyright)">
        """
      let body = """
        <div class="main"><h1>Der Gepard</h1><p class="poster">Erstellt von kidogo</p>\(TestPage.paragraphs(4))</div>
        """
      return try TestPage.extract(body, head: head, lang: "de").byline?.authors.map(\.name)
    }
    #expect(try article(copyright: "© 2020 Nala Lindqvist") == ["kidogo"])
    // A copyright held by someone else leaves the structured author standing.
    #expect(try article(copyright: "© 2020 Beispiel Verlag") == ["Nala Lindqvist"])
    #expect(BylineExtractor.copyrightHolder("Copyright (c) 2019-2024 Jane Doe, alle Rechte vorbehalten") == "jane doe")
  }

  @Test("a letter signed on the last paragraph's first line over a date alone: the signer; prose or a label is not")
  func datedClosingSignature() throws {
    func signer(_ line: String) throws -> [String] {
      let body = "<article><h1>Abschied vom Blog</h1>\(TestPage.paragraphs(4))<p>\(line)</p></article>"
      return try TestPage.extract(body, lang: "de").byline?.authors.map(\.name) ?? []
    }
    #expect(try signer("Benni<br>10. September 2017") == ["Benni"])
    #expect(try signer("Jana Roth<br>10.09.2017") == ["Jana Roth"])
    #expect(try signer("Bis bald und danke<br>10. September 2017") == [])
    #expect(try signer("Stand<br>10.09.2017") == [])
  }

  /// A review page's article with `line` between the title and the prose.
  private func reviewPage(_ line: String) -> String {
    """
    <main><article><h1>Harbour town changes</h1>\(line)\(TestPage.paragraphs(3))</article></main>
    """
  }

  @Test(
    "A name-shaped last field of a dated meta line names no one unless a profile link, rel=author, an author class or the page's author confirms it"
  )
  func datedMetaLineNameNeedsConfirmation() throws {
    // A category, a dateline's city, a company: shaped as names, confirmed by nothing.
    let unconfirmed = [
      "<div class=\"meta\">12 March 2024 | Kitchen Tips</div>",
      "<p class=\"dateline\">March 3, 2024 · New York</p>",
      "<span class=\"posted\">04.02.2022 | Deutsche Bahn</span>",
      // Found by its byline class: the class marks the line, not the name.
      "<div class=\"byline\">12 March 2024 | Climate Change</div>",
    ]
    for line in unconfirmed {
      let article = try TestPage.extract(reviewPage(line))
      #expect(article.byline?.authors ?? [] == [], "\(line)")
      #expect(article.publishedAt != nil, "\(line)")
    }
    // Confirmed: the page's author meta, rel=author, an author class, a link into a profile folder.
    let meta = "<meta name=\"author\" content=\"Uta Helkenberg\">"
    let plain = reviewPage("<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>")
    #expect(try TestPage.extract(plain, head: meta).byline?.authors.map(\.name) == ["Uta Helkenberg"])
    #expect(try TestPage.extract(plain).byline?.authors ?? [] == [])
    for name in [
      "<a rel=\"author\" href=\"/u/7\">Uta Helkenberg</a>", "<span class=\"author\">Uta Helkenberg</span>",
      "<a href=\"/author/uta\">Uta Helkenberg</a>",
    ] {
      let page = reviewPage("<small>04.02.2022 | 13:10 Uhr | \(name)</small>")
      #expect(try TestPage.extract(page).byline?.authors.map(\.name) == ["Uta Helkenberg"], "\(name)")
    }
    // A link elsewhere (a tag page) confirms nothing.
    let tagged = reviewPage("<small>12 March 2024 | <a href=\"/tag/kitchen-tips\">Kitchen Tips</a></small>")
    #expect(try TestPage.extract(tagged).byline?.authors ?? [] == [])
  }

  @Test("A byline joining a person and a desk ('By Jane Miller and the Metro Desk') is no staff credit")
  func personBesideDeskIsNoStaffCredit() throws {
    let english = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
      "headline":"Harbour town changes","author":{"@type":"Person","name":"Jane Miller"}}</script>
      """
    let joint = reviewPage("<p class=\"byline\">By Jane Miller and the Metro Desk</p>")
    #expect(try TestPage.extract(joint, head: english).byline?.authors.map(\.name) == ["Jane Miller"])
    let german = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
      "headline":"Hafen im Wandel","author":{"@type":"Person","name":"Anna Schmidt"}}</script>
      """
    let von = reviewPage("<p class=\"byline\">Von Anna Schmidt und Redaktion Lokales</p>")
    #expect(try TestPage.extract(von, head: german, lang: "de").byline?.authors.map(\.name) == ["Anna Schmidt"])
    #expect(BylineExtractor.creditsOnlyStaff("Die Redaktion"))
    #expect(BylineExtractor.creditsOnlyStaff("the Metro Desk and Staff"))
    #expect(!BylineExtractor.creditsOnlyStaff("Jane Miller and the Metro Desk"))
    #expect(!BylineExtractor.creditsOnlyStaff("Anna Schmidt, Redaktion Lokales"))
    // Near miss: the staff alone, credited over a structured person, still names no one.
    let staff = reviewPage("<p class=\"byline\">By the Metro Desk</p>")
    #expect(try TestPage.extract(staff, head: english).byline?.authors == [])
  }

  @Test(
    "a role after the name in each language is not a second author",
    arguments: [
      ("de", "Von Lena Vogel, Redakteurin"), ("fr", "Par Lena Vogel, journaliste"),
      ("es", "Por Lena Vogel, periodista"), ("it", "di Lena Vogel, giornalista"),
      ("pt", "Por Lena Vogel, jornalista"), ("nl", "Door Lena Vogel, verslaggever"),
      ("pl", "Autor: Lena Vogel, dziennikarka"), ("fr", "Par Lena Vogel, correspondante à Berlin"),
    ])
  func rolesInEachLanguage(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<div class=\"byline\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
  }

  @Test("two names after a comma stay two people when neither part is a role")
  func commaNamesWithoutRole() throws {
    let article = try TestPage.extract(post("<div class=\"byline\">Par Lena Vogel, Luc Bernard</div>"), lang: "fr")
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel", "Luc Bernard"])
  }

  @Test(
    "a role or author label written before the name without a colon is not part of it",
    arguments: [
      ("de", "Von Redakteurin Lena Vogel"), ("de", "Autor Lena Vogel"), ("en", "By Senior Editor Lena Vogel"),
      ("fr", "Par la journaliste Lena Vogel"), ("es", "Autora Lena Vogel"),
    ])
  func roleBeforeName(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<div class=\"byline\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
  }

  @Test(
    "a staff or organisation word before the names is an account, not a role before a person",
    arguments: [
      ("de", "Von Redaktion Hamburger Abendblatt"), ("de", "Von der Redaktion Hamburger Abendblatt"),
      ("de", "Von Redaktion Stadt Berlin"), ("en", "By News Corp Australia"), ("en", "By Team Lena Vogel"),
    ])
  func staffBeforeNameIsNoRole(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<div class=\"byline\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors == [])
  }

  @Test(
    "a role in Spanish, Italian and Polish before the name is not part of it",
    arguments: [
      ("es", "Por el reportero Lena Vogel"), ("es", "Por la cronista Lena Vogel"), ("it", "di Cronista Lena Vogel"),
      ("pl", "Autor: Publicystka Lena Vogel"), ("pl", "Autor: Fotoreporter Lena Vogel"),
    ])
  func moreRolesBeforeName(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<div class=\"byline\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
  }

  @Test(
    "a comment count alone in byline markup names no one and gives the count",
    arguments: [
      ("en", "Comments (12)", 12), ("en", "No Comments", 0), ("de", "Kommentare (12)", 12),
      ("de", "Keine Kommentare", 0), ("fr", "Commentaires (3)", 3), ("es", "Comentarios (3)", 3),
      ("it", "Commenti (3)", 3), ("pt", "Comentários (3)", 3), ("nl", "Reacties (3)", 3), ("pl", "Komentarze (3)", 3),
    ])
  func commentCountAloneNamesNoOne(lang: String, line: String, count: Int) throws {
    let article = try TestPage.extract(post("<div class=\"entry-meta\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors == [])
    #expect(article.byline?.commentCount == count)
  }

  @Test("a name beside the comment count in byline markup is still the author")
  func nameBesideCommentCount() throws {
    let article = try TestPage.extract(
      post("<div class=\"entry-meta\">Lena Vogel · Kommentare (12)</div>"), lang: "de")
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
    #expect(article.byline?.commentCount == 12)
  }

  @Test(
    "a German participle label before 'von:' and Italian 'a cura di' introduce the author",
    arguments: [
      ("de", "Hinzugefügt von: Lena Vogel"), ("de", "Publiziert von Lena Vogel"),
      ("it", "A cura di Lena Vogel"), ("it", "Cronaca · a cura di Lena Vogel"),
    ])
  func labelledParticipleBylines(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<div class=\"entry-meta\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
  }

  @Test(
    "'a cura di' inside a sentence credits an editor, in any page's language, and the sentence stays",
    arguments: [
      ("it", "La mostra, a cura di Vittorio Sgarbi, apre il 3 maggio."),
      ("it", "Il volume a cura di Marco Rossi raccoglie saggi sulla storia di Roma."),
      ("it", "Un evento a cura di Comune di Milano e Regione Lombardia, con ingresso libero."),
      ("en", "La mostra, a cura di Vittorio Sgarbi, apre il 3 maggio."),
    ])
  func curatedSentenceIsNoByline(lang: String, sentence: String) throws {
    let article = try TestPage.extract(plain("<p>\(sentence)</p>"), lang: lang)
    #expect(article.byline?.authors.isEmpty ?? true)
    #expect(article.text.contains(sentence))
  }

  @Test(
    "a plain line under the title: a publication label, a date, then the 'by'-word and the name",
    arguments: [
      ("en", "Posted on March 12, 2024 by Lena Vogel"), ("de", "Veröffentlicht am 12. März 2024 von Lena Vogel"),
      ("fr", "Publié le 12 mars 2024 par Lena Vogel"), ("es", "Publicado el 12 de marzo de 2024 por Lena Vogel"),
      ("it", "Pubblicato il 12 marzo 2024 da Lena Vogel"), ("pt", "Publicado em 12 de março de 2024 por Lena Vogel"),
      ("nl", "Gepubliceerd op 12 maart 2024 door Lena Vogel"), ("pl", "Opublikowano 12 marca 2024 przez Lena Vogel"),
    ])
  func labelledDatedPlainLine(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<p>\(line)</p>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
    #expect(article.byline?.publishedAt == "2024-03-12")
  }

  /// A plain article: the title, then `first` as the article's first paragraph.
  private func plain(_ first: String) -> String {
    "<article><h1>Why Bees Matter in the Garden</h1>\n\(first)\n\(TestPage.paragraphs(4))</article>"
  }

  @Test(
    "a sentence opening with a publication label, a date and a 'by'-word is no byline and stays in the article",
    arguments: [
      ("en", "Published in 2019 by Oxford University Press, the study found that bees prefer blue flowers."),
      ("en", "Posted on March 12, 2024 by the river, we watched the bees."),
      ("en", "Written on 12 March 2024 by Ludwig van Beethoven, the sonata was never performed."),
      ("fr", "Publié le 3 mai 2024 par Jean Dupont, maire de Lyon, ce texte fixe les règles."),
      ("fr", "Publié le 3 mai 2024 par Météo France, le bulletin annonce des orages."),
      ("it", "Pubblicato il 3 maggio 2024 da Mondadori, il libro racconta la storia di Roma."),
      ("de", "Veröffentlicht am 3. Mai 2024 von der Stadt Berlin: Neue Regeln für Gärten."),
      ("de", "Veröffentlicht am 12.03.2024 von Gartenfreunde Köln – Frühlingsfest am Samstag!"),
      ("en", "Written on 1 May 2024 by Garden Club Members: join us for the spring fair on Saturday."),
      ("en", "Written March 12, 2024 by Jane Doe and approved by the board on the same day."),
      ("en", "Published March 2024 by Oxford University Press, the study found that bees prefer blue."),
      ("fr", "Publié le 3 mai par l'AFP"), ("en", "Posted on March 12, 2024 by the City Council."),
      ("de", "Eingereicht von der Fraktion DIE LINKE"), ("de", "Eingesandt von Leserin Anna Berg aus Köln."),
    ])
  func labelledDatedSentenceIsNoByline(lang: String, sentence: String) throws {
    let article = try TestPage.extract(plain("<p>\(sentence)</p>"), lang: lang)
    #expect(article.byline?.authors.isEmpty ?? true)
    #expect(article.text.contains(sentence))
  }

  @Test("a plain dated line with the names and a comment count after a separator is the byline")
  func labelledDatedLineWithCount() throws {
    let article = try TestPage.extract(plain("<p>Posted on March 12, 2024 by Lena Vogel — 3 Comments</p>"))
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
    #expect(!article.text.contains("Posted on"))
  }

  @Test(
    "a meta line crediting a translation or a picture names no author",
    arguments: [
      ("de", "Übersetzung: Lena Vogel"), ("fr", "Traduction : Lena Vogel"), ("en", "Translation: Lena Vogel"),
      ("es", "Traducción: Lena Vogel"), ("en", "Translated by Lena Vogel"), ("fr", "Traduit par Lena Vogel"),
      ("de", "Übersetzt von Lena Vogel"), ("de", "Übersetzung Lena Vogel"),
    ])
  func otherRoleCreditNamesNoAuthor(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<div class=\"entry-meta\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors.isEmpty ?? true)
  }

  @Test(
    "a picture label before the only name in a meta line leaves the name the author",
    arguments: [("de", "Bild: Lena Vogel"), ("en", "Image: Lena Vogel"), ("en", "Picture: Lena Vogel")])
  func pictureLabelKeepsName(lang: String, line: String) throws {
    let article = try TestPage.extract(post("<div class=\"entry-meta\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == ["Lena Vogel"])
  }

  @Test("the author before a translation credit in one line is the only author")
  func authorBeforeTranslationCredit() throws {
    let line = "<div class=\"entry-meta\">Text: Lena Vogel, Übersetzung: Jana Roth</div>"
    #expect(try TestPage.extract(post(line), lang: "de").byline?.authors.map(\.name) == ["Lena Vogel"])
    let unlabelled = "<div class=\"byline\">Von Lena Vogel Übersetzung Jana Roth</div>"
    #expect(try TestPage.extract(post(unlabelled), lang: "de").byline?.authors.map(\.name) == ["Lena Vogel"])
  }

  @Test("a text's byte pairs turn away labels it cannot hold, never one it holds")
  func bytePairFilterTurnsAwayOnlyAbsentNeedles() {
    let text = Array("rédigé par Jane".utf8)
    let filter = BytePairFilter(text)
    // Every piece of the text may occur (those cutting "é" apart too), and so may nothing.
    for start in 0..<text.count {
      for end in start...text.count { #expect(filter.mayContain(text[start..<end])) }
    }
    #expect(filter.mayContain(" par".utf8))
    #expect(filter.mayContain("dig".utf8))
    // A missing byte ("b", a lower-case "j": bytes are compared as they are), a missing pair.
    #expect(!filter.mayContain("by ".utf8))
    #expect(!filter.mayContain("jane".utf8))
    #expect(!filter.mayContain("ap".utf8))
    #expect(!BytePairFilter([]).mayContain("a".utf8))
    // Bits kept for a needle answer as the needle does: "a" alone, then the pair "ab".
    #expect(BytePairFilter.bits(of: "ab".utf8) == [4193, 1664])
    for needle in [" par", "dig", "by ", "jane", "ap", "", "r\u{E9}d"] {
      let bits = ArraySlice(BytePairFilter.bits(of: needle.utf8))
      #expect(filter.mayContain(bits: bits) == filter.mayContain(needle.utf8), "\(needle)")
    }
    let ends = BylineExtractor.innerPrefixRunBits.ends
    #expect(
      ends.count == BylineExtractor.innerPrefixRuns.count && ends.last == BylineExtractor.innerPrefixRunBits.bits.count)
    #expect(BytePairFilter([]).mayContain("".utf8))
  }

  @Test(
    "a news agency after a lower-case 'with'-word is wire copy, not part of the writer's name",
    arguments: [
      ("de", "Von Sabine Hoffmann mit AFP", "Sabine Hoffmann"),
      ("de", "Von Thomas Weber mit dpa und Reuters", "Thomas Weber"),
      ("fr", "Par Camille Lefèvre avec AFP", "Camille Lefèvre"),
      ("fr", "Par <a href=\"/auteur/cl/\">Camille Lefèvre</a> avec AFP et Reuters", "Camille Lefèvre"),
      ("es", "Por Pablo Fernández con EFE", "Pablo Fernández"),
      ("pt", "Por Miguel Sousa com Lusa", "Miguel Sousa"),
      ("en", "By Robert Johnson with AP", "Robert Johnson"),
    ])
  func agencyAfterWithWordEndsName(lang: String, line: String, name: String) throws {
    let article = try TestPage.extract(post("<p class=\"byline\">\(line)</p>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == [name])
  }

  @Test("a 'with'-word before anything but agencies does not cut a name (a particle-free name stays whole)")
  func withWordBeforeNoAgencyIsNotCut() {
    #expect(!BylineExtractor.namesAgenciesOnly(["Paul", "Martin"]))
    #expect(!BylineExtractor.namesAgenciesOnly(["Material", "von", "dpa"]))
    #expect(!BylineExtractor.namesAgenciesOnly([]))
    #expect(BylineExtractor.namesAgenciesOnly(["AFP,", "AP", "12.03.2024"]))
  }

  @Test(
    "the date's introduction after the name ends it in Portuguese and Polish meta lines",
    arguments: [
      ("pt", "Publicado por <a href=\"/author/r/\">Rita Carvalho</a> em 12 de março de 2024", "Rita Carvalho"),
      ("pt", "Escrito por Beatriz Almeida em 12 de março de 2024", "Beatriz Almeida"),
      ("pl", "Napisane przez Marta Nowak dnia 12.03.2024", "Marta Nowak"),
    ])
  func dateIntroductionEndsName(lang: String, line: String, name: String) throws {
    let article = try TestPage.extract(post("<div class=\"entry-meta\">\(line)</div>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == [name])
  }

  @Test("a Dutch WordPress label makes 'door' a byline's, not a surname particle")
  func dutchLabelBeforeDoor() throws {
    for line in [
      "Geplaatst door <a href=\"/author/b/\">Bram de Jong</a> op 12 maart 2024",
      "Gepost door Bram de Jong",
    ] {
      let article = try TestPage.extract(post("<div class=\"entry-meta\">\(line)</div>"), lang: "nl")
      #expect(article.byline?.authors.map(\.name) == ["Bram de Jong"], "\(line)")
    }
    // A capitalised word that is no label before "door" stays a name before a particle.
    let name = try TestPage.extract(post("<p class=\"byline\">Hendrik Door</p>"), lang: "nl")
    #expect(name.byline?.authors.map(\.name) == ["Hendrik Door"])
  }

  @Test(
    "an outlet opening with an article after the writer is no co-author, in every language",
    arguments: [
      ("de", "Von Anja Roth, Der Spiegel", ["Anja Roth"]),
      ("es", "Por Diego Navarro, El País", ["Diego Navarro"]),
      ("fr", "Par Julien Moreau et Claire Roux, Le Monde", ["Julien Moreau", "Claire Roux"]),
      ("it", "di Marco Greco, La Stampa", ["Marco Greco"]),
      ("nl", "Door Eva Jansen, De Telegraaf", ["Eva Jansen"]),
      ("es", "Por Ana García, La Vanguardia", ["Ana García"]),
      ("pt", "Por Ana Costa, O Globo", ["Ana Costa"]),
      ("fr", "Par Marie de la Fontaine et Jean Roux", ["Marie de la Fontaine", "Jean Roux"]),
    ])
  func outletWithArticleIsNoCoauthor(lang: String, line: String, names: [String]) throws {
    let article = try TestPage.extract(post("<p class=\"byline\">\(line)</p>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == names)
  }

  @Test(
    "a name opening with an article after a joiner, not last, or in another language is a co-author",
    arguments: [
      ("en", "By Jane Doe and La Toya Jackson", ["Jane Doe", "La Toya Jackson"]),
      ("en", "By John Smith and Le Thi Hoa", ["John Smith", "Le Thi Hoa"]),
      ("en", "By Tom Berg, Jane Doe and La Verne Johnson", ["Tom Berg", "Jane Doe", "La Verne Johnson"]),
      ("en", "By John Smith, Le Van Thanh and Nguyen Minh", ["John Smith", "Le Van Thanh", "Nguyen Minh"]),
      // English has no "Le" article: a comma alone does not make the name an outlet's.
      ("en", "By Mark Allen, Le Thi Hoa", ["Mark Allen", "Le Thi Hoa"]),
      ("nl", "Door Jan Bakker en De Vries", ["Jan Bakker", "De Vries"]),
      ("fr", "Par Jean Dupont et Le Bihan Yann", ["Jean Dupont", "Le Bihan Yann"]),
      ("it", "di Marco Bianchi e La Rosa Giulia", ["Marco Bianchi", "La Rosa Giulia"]),
      ("es", "Por Ana García y Luis De la Torre", ["Ana García", "Luis De la Torre"]),
    ])
  func articleNameAfterJoinerIsCoauthor(lang: String, line: String, names: [String]) throws {
    let article = try TestPage.extract(post("<p class=\"byline\">\(line)</p>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == names)
  }

  @Test("structured data's authors are never read as an outlet by an article opening their name")
  func structuredAuthorWithArticleStays() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"T",
      "author":[{"@type":"Person","name":"Minh Tran"},{"@type":"Person","name":"Le Thi Hoa"}]}</script>
      """
    let line = "<p class=\"byline\">Par Minh Tran, Le Thi Hoa</p>"
    let article = try TestPage.extract(post(line), head: head, lang: "fr")
    #expect(article.byline?.authors.map(\.name) == ["Minh Tran", "Le Thi Hoa"])
  }

  @Test(
    "a news agency of several words after a 'with'-word is matched whole",
    arguments: [
      ("en", "By Jane Doe with The Associated Press", "Jane Doe"),
      ("fr", "Par Camille Lefèvre avec Agence France-Presse", "Camille Lefèvre"),
      ("pl", "Autor: Jan Kowalski z PAP", "Jan Kowalski"),
    ])
  func multiWordAgencyAfterWithWord(lang: String, line: String, name: String) throws {
    let article = try TestPage.extract(post("<p class=\"byline\">\(line)</p>"), lang: lang)
    #expect(article.byline?.authors.map(\.name) == [name])
    #expect(BylineExtractor.namesAgenciesOnly(["The", "Associated", "Press"]))
    #expect(!BylineExtractor.namesAgenciesOnly(["The", "Associated", "Pressure"]))
  }

  @Test("a doctorate's field is stripped only after a title, as parse reads it")
  func stripHonorificsQualifierAfterTitle() {
    #expect(People.stripHonorifics("Dr. med. Stefan Hartmann") == "Stefan Hartmann")
    #expect(People.stripHonorifics("Med. Stefan Hartmann") == "Med. Stefan Hartmann")
    #expect(People.stripHonorifics("phil. Anna Weber") == "phil. Anna Weber")
  }

  @Test("a German doctorate's field is part of the title before the name")
  func germanDoctorateField() throws {
    let article = try TestPage.extract(post("<p class=\"byline\">Von Dr. med. Stefan Hartmann</p>"), lang: "de")
    #expect(article.byline?.authors == [Person(name: "Stefan Hartmann", credentials: ["Dr. med."])])
    let people = People.parse("Prof. Dr. rer. nat. Anna Weber")
    #expect(people == [Person(name: "Anna Weber", credentials: ["Prof.", "Dr. rer. nat."])])
    #expect(People.parse("Dott.ssa Giulia Neri") == [Person(name: "Giulia Neri", credentials: ["Dott.ssa"])])
  }

  @Test(
    "a bare 'by'-word line: full names, then a date or a picture credit after the theme's separators",
    arguments: [
      ("it", "di Chiara Ferri · 12 marzo 2024", ["Chiara Ferri"]),
      ("it", "di Chiara Ferri · Foto di Paolo Conti", ["Chiara Ferri"]),
      ("de", "Von Lisa Hahn | Foto: Martin Schulz", ["Lisa Hahn"]),
      // A sentence opening with the word, then a date, names no one.
      ("it", "Di Maria Rossi abbiamo parlato · 12 marzo 2024", []),
    ])
  func namesThenMetaFields(lang: String, line: String, names: [String]) throws {
    let article = try TestPage.extract(post("<p>\(line)</p>"), lang: lang)
    #expect((article.byline?.authors.map(\.name) ?? []) == names)
  }

  @Test("a meta field is a date only with a day and a month: a year alone credits a work")
  func namesThenMetaFieldsNeedDayAndMonth() throws {
    #expect(BylineExtractor.isNamesThenMetaFields("Chiara Ferri · 12 marzo 2024"))
    #expect(BylineExtractor.isNamesThenMetaFields("Peter Müller · 14. März 2024"))
    #expect(BylineExtractor.isNamesThenMetaFields("Mark Evans · March 14th, 2024"))
    #expect(BylineExtractor.isNamesThenMetaFields("Anna de Wit | 12.03.2024"))
    #expect(!BylineExtractor.isNamesThenMetaFields("Umberto Eco · 1980"))
    #expect(!BylineExtractor.isNamesThenMetaFields("Umberto Eco · marzo 1980"))
    // A book review: the title, then its author and year, under a writer `<meta name=author>` names.
    let review = try TestPage.extract(
      post("<p><em>Il nome della rosa</em></p><p>di Umberto Eco · 1980</p>"),
      head: "<meta name=\"author\" content=\"Giulia Verdi\">", lang: "it")
    #expect(review.byline?.authors.map(\.name) == ["Giulia Verdi"])
  }

  @Test(
    "a names-then-date line in a quotation, a figure or a card beside a linked title signs no article",
    arguments: [
      "<blockquote><p>Una frase celebre di qualcuno.</p><p>di Umberto Eco · 12 marzo 1980</p></blockquote>",
      "<figure><img src=\"a.jpg\"><figcaption><p>di Paolo Conti · 12 marzo 2024</p></figcaption></figure>",
      "<div class=\"leggi-anche\"><p><a href=\"/x\">Un altro articolo interessante</a></p>"
        + "<p>di Marco Rossi · 14 marzo 2024</p></div>",
      "<div class=\"card\"><h3><a href=\"/x\">Un altro articolo</a></h3><p>Un riassunto breve di questo altro "
        + "articolo, con qualche parola in più per la scheda.</p><p>di Marco Rossi · 14 marzo 2024</p></div>",
    ])
  func namesThenMetaFieldsNotInQuoteOrCard(block: String) throws {
    let page = """
      <article class="post"><h1>Un titolo per la prova</h1><div class="entry-content">\(block)
      \(TestPage.paragraphs(4))</div></article>
      """
    let bare = try TestPage.extract(page, lang: "it")
    #expect((bare.byline?.authors.map(\.name) ?? []) == [])
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "author":{"@type":"Person","name":"Giulia Verdi"}}</script>
      """
    let structured = try TestPage.extract(page, head: head, lang: "it")
    #expect(structured.byline?.authors.map(\.name) == ["Giulia Verdi"])
  }
}
