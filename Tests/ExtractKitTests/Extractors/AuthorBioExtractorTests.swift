import Testing

@testable import ExtractKit

/// The "about the author" box: name (credentials split off), bio, photo, author page and other links;
/// and kept out of the article text.
@Suite("Author bio: author-box plugins, Shopify, Ghost, 'About the Author' headings")
struct AuthorBioExtractorTests {
  private func article(_ box: String, url: String? = nil) throws -> Article {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div>\(box)</article>
      """
    return try TestPage.extract(body, url: url)
  }

  @Test("Simple Author Box (WordPress): name, bio, gravatar, author page and social links; not in the text")
  func simpleAuthorBox() throws {
    let box = """
      <div class="saboxplugin-wrap"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar">\
      <img src="https://secure.gravatar.com/avatar/abc?s=100" width="100" height="100" alt="Jane Doe"></div>\
      <div class="saboxplugin-authorname"><a href="https://garden.example/author/jane-doe/" class="vcard author" \
      rel="author"><span class="fn">Jane Doe</span></a></div><div class="saboxplugin-desc"><div><p>Jane Doe is a \
      master gardener who has written about pollinators for ten years.</p></div></div>\
      <div class="saboxplugin-socials"><a target="_blank" href="https://twitter.com/janedoe" \
      class="saboxplugin-icon-grey"><span>Twitter</span></a><a href="https://www.instagram.com/janedoe" \
      class="saboxplugin-icon-grey"><span>Instagram</span></a></div></div></div>
      """
    let article = try article(box)
    #expect(
      article.authorBio
        == AuthorBio(
          name: "Jane Doe", bio: "Jane Doe is a master gardener who has written about pollinators for ten years.",
          image: ArticleImage(
            src: "https://secure.gravatar.com/avatar/abc?s=100", alt: "Jane Doe", width: 100, height: 100),
          url: "https://garden.example/author/jane-doe/",
          links: ["https://twitter.com/janedoe", "https://www.instagram.com/janedoe"]))
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("Shopify author-bio: the name heading's credential is split off")
  func shopifyAuthorBio() throws {
    let box = """
      <div class="author-bio"><div class="author-bio__image"><img src="https://cdn.shop.example/s/files/patty_200x.jpg" \
      alt="Patty Weasler, RN"></div><div class="author-bio__content"><h4 class="author-bio__name">Patty Weasler, RN\
      </h4><p>Patty Weasler is a freelance health writer and registered nurse with fifteen years of experience.</p>\
      </div></div>
      """
    #expect(
      try article(box).authorBio
        == AuthorBio(
          name: "Patty Weasler", credentials: ["RN"],
          bio: "Patty Weasler is a freelance health writer and registered nurse with fifteen years of experience.",
          image: ArticleImage(src: "https://cdn.shop.example/s/files/patty_200x.jpg", alt: "Patty Weasler, RN")))
  }

  @Test("a box of blocks without <p> or whitespace between them: the bio reads with spaces, without its heading")
  func blocksWithoutWhitespace() throws {
    let box = """
      <div class="author-bio"><img src="https://garden.example/jane.jpg" alt="Jane Doe"><h4>About the author</h4>\
      <div>Master gardener and beekeeper, writing about pollinators since 2014.</div></div>
      """
    #expect(
      try article(box).authorBio?.bio
        == "Master gardener and beekeeper, writing about pollinators since 2014.")
  }

  @Test("Ghost author-card: relative photo and author page made absolute with the page URL")
  func ghostAuthorCard() throws {
    let box = """
      <section class="gh-author-card author-card"><img class="author-profile-image" \
      src="/content/images/2021/jane.jpg" \
      alt="Jane Doe"><div class="author-card-content"><h4 class="author-card-name"><a href="/author/jane/">Jane Doe\
      </a></h4><p>Writes about bees, compost and the slow garden movement from a small allotment in Leeds.</p></div>\
      </section>
      """
    #expect(
      try article(box, url: "https://blog.example/why-bees/").authorBio
        == AuthorBio(
          name: "Jane Doe",
          bio: "Writes about bees, compost and the slow garden movement from a small allotment in Leeds.",
          image: ArticleImage(src: "https://blog.example/content/images/2021/jane.jpg", alt: "Jane Doe"),
          url: "https://blog.example/author/jane/"))
  }

  @Test("an 'About the Author' heading's box: the bold name with credentials, the paragraph as bio")
  func aboutTheAuthorHeading() throws {
    let box = """
      <div class="about"><h3>About the Author</h3><p><strong>Sam Park, DPT</strong> is a physical therapist who \
      treats back pain and writes about recovery at home.</p></div>
      """
    let article = try article(box)
    #expect(
      article.authorBio
        == AuthorBio(
          name: "Sam Park", credentials: ["DPT"],
          bio: "Sam Park, DPT is a physical therapist who treats back pain and writes about recovery at home."))
    #expect(article.headings.isEmpty)
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("Medium-style box with the 'Written by' heading and the bio beside it: the prefix is not the name")
  func writtenByHeading() throws {
    let box = """
      <div class="ab ca"><div class="ae"><h2 class="pw-author-name"><a href="https://medium.com/@janedoe">\
      Written by Jane Doe</a></h2><p class="bf b">Gardener, writer and beekeeper. I write about small gardens and \
      the creatures that live in them.</p></div></div>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Jane Doe")
    #expect(
      bio.bio == "Gardener, writer and beekeeper. I write about small gardens and the creatures that live in them.")
  }

  @Test("a byline alone is not an author bio")
  func noBio() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="byline">By Jane Doe</div><div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    #expect(try TestPage.extract(body).authorBio == nil)
  }

  @Test("WordPress core Post Author block: avatar, __name and __bio paragraphs")
  func wordPressPostAuthorBlock() throws {
    let box = """
      <div class="wp-block-post-author"><div class="wp-block-post-author__avatar"><img alt="" \
      src="https://secure.gravatar.com/avatar/x?s=48" width="48" height="48"></div>\
      <div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Jane Doe</p>\
      <p class="wp-block-post-author__bio">Jane Doe is a master gardener who writes about pollinators, compost and \
      native plants.</p></div></div>
      """
    #expect(
      try article(box).authorBio
        == AuthorBio(
          name: "Jane Doe",
          bio: "Jane Doe is a master gardener who writes about pollinators, compost and native plants.",
          image: ArticleImage(src: "https://secure.gravatar.com/avatar/x?s=48", width: 48, height: 48)))
  }

  @Test("Medium: from the linked 'Written by' heading up to the card with avatar, followers and bio")
  func mediumCardAroundHeading() throws {
    let box = """
      <div class="ab ca"><div class="ae"><a href="https://medium.com/@janedoe" rel="noopener follow"><img \
      alt="Jane Doe" class="l fi" src="https://miro.medium.com/v2/resize:fill:96:96/jane.jpeg" width="48" \
      height="48" loading="lazy"></a></div><div class="ae"><a href="https://medium.com/@janedoe" \
      rel="noopener follow"><h2 class="pw-author-name bf kv kw"><span class="bf">Written by Jane Doe</span></h2></a>\
      </div><div class="ae"><span class="pw-follower-count"><a href="https://medium.com/@janedoe/followers">1.2K \
      Followers</a></span></div><div class="ae"><p class="bf b">Gardener, writer and beekeeper. I write about small \
      gardens and the creatures that live in them.</p></div></div>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Jane Doe")
    #expect(
      bio.bio == "Gardener, writer and beekeeper. I write about small gardens and the creatures that live in them.")
    #expect(
      bio.image
        == ArticleImage(
          src: "https://miro.medium.com/v2/resize:fill:96:96/jane.jpeg", alt: "Jane Doe", width: 48, height: 48))
    #expect(bio.url == "https://medium.com/@janedoe")
  }

  @Test("Drupal: an 'Über die Autorin' views block; the role line is not the bio")
  func germanHeadingBlock() throws {
    let box = """
      <div class="block block-views-blockautorenbox-block-1"><h2 class="block__title">Über die Autorin</h2>\
      <div class="views-row"><div class="views-field views-field-field-portraet"><img src="/autoren/hoffmann.jpg" \
      width="120" height="120" alt="Katrin Hoffmann"></div><div class="views-field views-field-name">\
      <a href="/autoren/katrin-hoffmann">Katrin Hoffmann</a></div><div class="views-field \
      views-field-field-funktion">Redakteurin Wirtschaft</div><div class="views-field views-field-field-biografie">\
      <p>Katrin Hoffmann berichtet seit 2016 über Unternehmen, Energie und die Stadtwerke.</p></div></div></div>
      """
    let bio = try #require(try article(box, url: "https://zeitung.example/wirtschaft/artikel").authorBio)
    #expect(bio.name == "Katrin Hoffmann")
    #expect(bio.bio == "Katrin Hoffmann berichtet seit 2016 über Unternehmen, Energie und die Stadtwerke.")
    #expect(bio.url == "https://zeitung.example/autoren/katrin-hoffmann")
  }

  @Test(
    "'À propos de l'auteur', 'Sobre el autor', 'Over de auteur' headings open a bio box",
    arguments: [
      "À propos de l’auteur", "Sobre el autor", "Sull'autore", "Over de auteur", "Über den Autor", "Zur Person",
      "Wer hat das geschrieben?", "Sobre o autor", "O autorze",
    ])
  func translatedHeadings(heading: String) throws {
    let box = """
      <div class="box"><h3>\(heading)</h3><h4>Jean Dupont</h4><p>Jean Dupont écrit sur les jardins, le compost et \
      les abeilles depuis dix ans.</p></div>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Jean Dupont")
    #expect(bio.bio == "Jean Dupont écrit sur les jardins, le compost et les abeilles depuis dix ans.")
  }

  @Test("Dotdash: the bio in the byline's aria-hidden author tooltip, credentials split off")
  func bylineTooltip() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="mntl-bylines"><span class="mntl-attribution__item-descriptor">By</span> \
      <a class="mntl-attribution__item-name" href="https://health.example/renata-alvarez">Renata Alvarez, MSN</a>\
      <div class="mntl-author-tooltip" aria-hidden="true"><div class="mntl-author-tooltip__top">\
      <span class="mntl-author-tooltip__name">Renata Alvarez, MSN</span></div>\
      <div class="mntl-author-tooltip__bio">Renata Alvarez, MSN, is a family nurse practitioner who teaches \
      patients to manage hypertension at home.</div><a class="mntl-author-tooltip__link" \
      href="https://health.example/editorial">Learn about our editorial process</a></div></div>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    let article = try TestPage.extract(body)
    let bio = try #require(article.authorBio)
    #expect(bio.name == "Renata Alvarez")
    #expect(bio.credentials == ["MSN"])
    #expect(
      bio.bio
        == "Renata Alvarez, MSN, is a family nurse practitioner who teaches patients to manage hypertension at home.")
    #expect(article.byline?.authors.map(\.name) == ["Renata Alvarez"])
  }

  @Test("no bio box in the markup: the JSON-LD author Person's description, when the page shows it")
  func jsonLDPersonDescription() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",\
      "headline":"Massage for Lower Back Pain Relief","author":[{"@type":"Person","name":"Renata Alvarez, MSN",\
      "url":"https://health.example/renata-alvarez","description":"Renata Alvarez, MSN, is a family nurse \
      practitioner who teaches patients to manage hypertension at home."}]}</script>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div><p>Renata Alvarez, MSN, is a family nurse \
      practitioner who teaches patients to manage hypertension at home.</p></article>
      """
    #expect(
      try TestPage.extract(body, head: head).authorBio
        == AuthorBio(
          name: "Renata Alvarez", credentials: ["MSN"],
          bio:
            "Renata Alvarez, MSN, is a family nurse practitioner who teaches patients to manage hypertension at home.",
          url: "https://health.example/renata-alvarez"))
  }

  @Test("a JSON-LD author description the page never shows is no bio box (a theme's Person in every page's data)")
  func jsonLDDescriptionNotShown() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",\
      "headline":"Steamed Rice Dumplings","author":{"@type":"Person","name":"Hoshiko Ferrand",\
      "description":"Hoshiko is a part-time bookbinder. She also draws maps and sketches for the site."}}\
      </script>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Steamed Rice Dumplings</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    #expect(try TestPage.extract(body, head: head).authorBio == nil)
  }
}

/// Issue 11: bio boxes recognised by what they hold, not by plugin class names.
extension AuthorBioExtractorTests {
  @Test("A box without bio classes: an 'Über <a href=/author/>' name line and a prose line opening with the name")
  func boxByContent() throws {
    let box = """
      <div class="box"><div class="media"><figure><img src="/timo.jpg" alt="Timo Brackwald"></figure>\
      <p>Über <a href="/author/1" rel="author">Timo Brackwald</a></p></div>\
      <div class="content">Timo Brackwald begann im Jahr 2004, für Fahrradmagazine zu schreiben.</div></div>
      """
    let article = try article(box, url: "https://news.example/artikel/1")
    #expect(article.authorBio?.name == "Timo Brackwald")
    #expect(article.authorBio?.bio == "Timo Brackwald begann im Jahr 2004, für Fahrradmagazine zu schreiben.")
    #expect(article.authorBio?.url == "https://news.example/author/1")
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("A name line 'Über Wolkenfee' in an author box names 'Wolkenfee'")
  func aboutPrefixOnTheName() throws {
    let box = """
      <div class="author-info"><h2 class="author-title">Über Wolkenfee</h2>\
      <p class="author-bio">Was ich mag: den Garten, das Allgäu, den Herbst und die Berge.</p></div>
      """
    let article = try article(box)
    #expect(article.authorBio?.name == "Wolkenfee")
    #expect(article.authorBio?.bio == "Was ich mag: den Garten, das Allgäu, den Herbst und die Berge.")
  }

  @Test("A short article under a byline link is no bio box, though a paragraph opens with the author's name")
  func shortArticleIsNoBox() throws {
    let body = """
      <article><h1>Ferry operator asks for calm</h1><p class="byline">by <a href="/author/tomas-varga/">Tomas \
      Varga</a></p>\(TestPage.paragraphs(3))<p>Tomas Varga reached the ferry operator, who did not answer.</p></article>
      """
    #expect(try TestPage.extract(body, url: "https://news.example/2016/12/22/story/").authorBio == nil)
  }

  @Test("a bio element without a name: the name in the card just around it (author link, name span)")
  func nameJustOutsideTheBioElement() throws {
    let box = """
      <section class="post-author"><a href="https://swim.example/author/jule-radeck/">\
      <img src="https://swim.example/jule.jpg" alt=""></a><div class="author-title">\
      <a class="post-author-url" href="https://swim.example/author/jule-radeck/"><span class="post-author-name">\
      Mara Lindqvist</span></a> <span class="title-counts">300 posts</span></div>\
      <div class="post-author-bio"><p>Mara Lindqvist studierte Biologie, bevor sie nach Kiel zog.</p>\
      </div></section>
      """
    let bio = try article(box).authorBio
    #expect(bio?.name == "Mara Lindqvist")
    #expect(bio?.bio == "Mara Lindqvist studierte Biologie, bevor sie nach Kiel zog.")
    #expect(bio?.url == "https://swim.example/author/jule-radeck/")
  }

  @Test("a box whose only name is the text of its link to the author's page")
  func nameFromTheAuthorPageLink() throws {
    let box = """
      <div id="cb-author-box" class="author-box"><div class="mask"><a href="https://pink.example/author/jannik/">\
      <img alt="" src="https://pink.example/jannik.png"></a></div><div class="cb-meta"><div class="cb-title">\
      <a href="https://pink.example/author/jannik/"><span>Jannik</span></a></div><div class="author-job">Autor</div>\
      <p class="cb-author-bio biography">Jannik Olbers ist freier Texter und Fotograf.</p></div></div>
      """
    let bio = try article(box).authorBio
    #expect(bio?.name == "Jannik")
    #expect(bio?.bio == "Jannik Olbers ist freier Texter und Fotograf.")
  }

  @Test("a job title inside the name element is not part of the name")
  func jobTitleInsideTheName() throws {
    let box = """
      <div class="author-bio"><a href="https://news.example/author/dana/" rel="author"><img alt="Avatar photo" \
      src="https://news.example/dana.jpg"></a><div class="author-bio-text"><h2 class="accent-header">\
      <a href="https://news.example/author/dana/" rel="author">Dana R. Whitcombe<span class="author-job-title">\
      Staff Writer</span></a></h2><p>Dana R. Whitcombe writes profiles and covers Millbrook for the paper.</p></div></div>
      """
    let bio = try article(box).authorBio
    #expect(bio?.name == "Dana R. Whitcombe")
    #expect(bio?.bio == "Dana R. Whitcombe writes profiles and covers Millbrook for the paper.")
  }
}

/// Issue 11, round 2: boxes recognised by the bio line, the name beside it or a label, and bios
/// that name no one but the byline's author.
extension AuthorBioExtractorTests {
  /// The article under a "By …" byline, then `box`.
  private func bylined(_ box: String, author: String = "Jane Doe") throws -> Article {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <p class="byline">By <a href="/author/jane/">\(author)</a></p>
      <div class="entry-content">\(TestPage.paragraphs(4))</div>\(box)</article>
      """
    return try TestPage.extract(body, url: "https://news.example/story/")
  }

  @Test("a card with an avatar, the author's profile link and a line classed only 'bio' ('infoCard-bio')")
  func bioClassBesideProfileLink() throws {
    let box = """
      <div class="infoCard"><div class="infoCard-avatar"><a href="https://medium.com/@janedoe"><img \
      src="https://cdn.example/jane.jpg" title="Jane Doe"></a></div><div class="infoCard-info">\
      <div class="infoCard-title">Written on Mar 17 by</div><a class="link" href="https://medium.com/@janedoe">\
      Jane Doe</a><div class="infoCard-bio">I collect old maps, so I write about them.</div></div></div>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Jane Doe")
    #expect(bio.bio == "I collect old maps, so I write about them.")
    #expect(bio.url == "https://medium.com/@janedoe")
  }

  @Test("a byline classed 'hasnt-bio' holds the name and a date: no bio")
  func bylineClassedNoBio() throws {
    let body = """
      <article><h1>Storm delays harbour repairs</h1><div class="pb-sig-line hasnt-bio">\
      <span class="pb-byline">By <a href="https://news.example/people/tessa">Tessa Marlowe</a></span> \
      <span class="pb-timestamp">May 4 at 2:41 PM</span> <a href="https://twitter.com/@tessa">Follow @tessa</a>\
      </div>\(TestPage.paragraphs(4))</article>
      """
    #expect(try TestPage.extract(body).authorBio == nil)
  }

  @Test("'author__intro' and 'author-blurb': the bio line beside the name span, without the e-mail link")
  func authorIntroBesideName() throws {
    let box = """
      <ul class="authorlist"><li class="author"><div class="author__left"><img src="/silhouette.svg" \
      alt="Konrad Wehling"></div><div class="author__right"><span class="author__name">Konrad Wehling</span> \
      <span class="author__links"><a href="mailto:redaktion@news.example">E-Mail</a></span> \
      <div class="author__intro">… hat von März 2005 bis Oktober 2011 Beiträge für die Seite geschrieben.</div>\
      </div></li></ul>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Konrad Wehling")
    #expect(bio.bio == "… hat von März 2005 bis Oktober 2011 Beiträge für die Seite geschrieben.")
  }

  @Test("the author's link inline at the start of the bio sentence stays in the bio")
  func nameLinkOpensTheSentence() throws {
    let box = """
      <div class="article-body-content--author-blurb"><a href="https://news.example/author/edward/">Edward \
      Pimley</a> is a senior aviation reporter. Edward joined the team in May 2018 after six years at a \
      trade paper. <div class="author-blurb_icons"><a href="https://twitter.com/edward"><span class="icon">\
      </span></a></div></div>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Edward Pimley")
    #expect(
      bio.bio
        == "Edward Pimley is a senior aviation reporter. Edward joined the team in May 2018 after six years at a "
        + "trade paper.")
  }

  @Test("a heading that is no person's name ('Ist der Artikel hilfreich?') does not name the box: the author link does")
  func questionHeadingIsNoName() throws {
    let box = """
      <div class="alice-author-box"><figure class="alice-author-box-author"><img src="/henrik.jpg" \
      alt="Henrik Salewski"><figcaption><a href="/author/henrik/">Henrik Salewski</a>, Experte für Linux, \
      Drucker und Heimnetzwerke.</figcaption></figure><div class="rating"><h4>Ist der Artikel hilfreich für \
      dich?</h4><p>Sag uns, ob dir etwas gefehlt hat und was wir besser machen können.</p></div></div>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Henrik Salewski")
    #expect(bio.bio == "Henrik Salewski, Experte für Linux, Drucker und Heimnetzwerke.")
  }

  @Test("a bold 'Über den Autor:' lead in a paragraph: a bio of the byline's author, without the label")
  func boldAboutLeadNamesNoOne() throws {
    let box = """
      <div class="auth-bio"><p class="bio"><img src="/avatar.png" alt="" class="avatar"> <strong>Über den \
      Autor</strong>: Ich denke, meine Ironie und meine Tippfehler erzählen genug von mir.</p></div>
      """
    let bio = try #require(try bylined(box, author: "Tobias Brandt").authorBio)
    #expect(bio.name == "Tobias Brandt")
    #expect(bio.bio == "Ich denke, meine Ironie und meine Tippfehler erzählen genug von mir.")
  }

  @Test("a profile card: 'Bio:' label under an h1 that is the author's link; a one-line bio")
  func bioLabelUnderProfileHeadline() throws {
    let box = """
      <div class="portlet profile"><div class="profile-info"><h1><a href="/profile/571204">Quillmoth</a></h1>\
      <form action="/user/follow/571204"><button>Follow Author</button></form><ul class="list-inline"><li>\
      <time datetime="2024-03-12T18:41:13Z">Tuesday, March 12, 2024 6:41:13 PM</time></li></ul>\
      <p><strong>Bio:</strong> I tell stories. I hope they find you.</p></div></div>
      """
    let bio = try #require(try article(box, url: "https://fiction.example/chapter/1").authorBio)
    #expect(bio.name == "Quillmoth")
    #expect(bio.bio == "I tell stories. I hope they find you.")
    #expect(bio.url == "https://fiction.example/profile/571204")
  }

  @Test("a bold 'Bio:' lead written after a no-break space still opens the bio")
  func bioLeadAfterNoBreakSpace() throws {
    let box = """
      <div class="portlet profile"><div class="profile-info"><h1><a href="/profile/571204">Quillmoth</a></h1>\
      <p><strong>&nbsp;Bio:</strong> I tell stories. I hope they find you.</p></div></div>
      """
    let bio = try #require(try article(box, url: "https://fiction.example/chapter/1").authorBio)
    #expect(bio.bio == "I tell stories. I hope they find you.")
  }

  @Test("a 'Zur Person' box that names no one: the byline's author, whose name opens its prose")
  func zurPersonBoxOfTheAuthor() throws {
    let box = """
      <div class="textFazit"><h2>Zur Person</h2><div class="inner"><p><em>Falk Ostermeyer ist einer der Gründer \
      eines Online-Portals für Gebrauchtfahrräder.</em></p></div></div>
      """
    let article = try bylined(box, author: "Falk Ostermeyer")
    #expect(article.authorBio?.name == "Falk Ostermeyer")
    #expect(
      article.authorBio?.bio == "Falk Ostermeyer ist einer der Gründer eines Online-Portals für Gebrauchtfahrräder.")
    #expect(article.headings.isEmpty)
  }

  @Test("a 'Zur Person' box on someone the article quotes is no author bio")
  func zurPersonBoxOfSomeoneElse() throws {
    let box = """
      <div class="box"><h3>Zur Person</h3><p>Sabine Kessler ist Fachanwältin für Arbeitsrecht und Partnerin \
      einer Kanzlei in München.</p></div>
      """
    #expect(try bylined(box, author: "Julia Müller").authorBio == nil)
  }

  @Test("a box whose only 'name' is a link's label: the byline's author opening its prose names it")
  func linkLabelIsNoName() throws {
    let box = """
      <div class="row author-box"><p class="text-uppercase">Autoreninfo</p><div class="field-name-description">\
      <p>Jonas Brenner leitet das Ressort Inland. Er studierte Geschichte und Geschichte in Berlin.</p>\
      </div><p class="text-uppercase">So erreichen Sie Jonas Brenner:</p><div class="field-name-link">\
      <a href="/autoren/brenner-jonas">Alle Beiträge ansehen</a></div></div>
      """
    let bio = try #require(try bylined(box, author: "JONAS BRENNER").authorBio)
    #expect(bio.name == "Jonas Brenner")
    #expect(
      bio.bio
        == "Jonas Brenner leitet das Ressort Inland. Er studierte Geschichte und Geschichte in Berlin.")
  }

  @Test("an author box whose bio line is short but classed as the bio ('Equipe de rédaction, La Gazette du Lac')")
  func shortClassedBio() throws {
    let box = """
      <div class="bdaia-author-box"><div class="authorBlock-avatar"><a href="/author/hedi/"><img \
      src="/hedi.gif" alt="" class="avatar"></a></div><div class="authorBlock-header"><h3>\
      <a href="/author/hedi/">Hédi BELKACEM</a></h3><p class="authorBlock-header-bio">Equipe de rédaction, \
      La Gazette du Lac</p></div></div>
      """
    let bio = try #require(try article(box).authorBio)
    #expect(bio.name == "Hédi BELKACEM")
    #expect(bio.bio == "Equipe de rédaction, La Gazette du Lac")
  }

  @Test("an 'About the Author - Name' line opens a box without bio classes or a name element")
  func aboutTheAuthorLine() throws {
    let box = """
      <div class="author__box"><div class="author__box__gravatar"><img class="avatar" src="/jane-doe.jpg"></div>\
      <div class="author__box__info"><div class="author__box__top">About the Author - <span>Jane Doe</span></div>\
      <p>Hi! My name is Jane and I’ve been a seed hoarder for six years now.</p>\
      <a href="mailto:jane@garden.example">WRITE TO JANE</a></div></div>
      """
    let bio = try #require(try bylined(box).authorBio)
    #expect(bio.name == "Jane Doe")
    #expect(bio.bio == "Hi! My name is Jane and I’ve been a seed hoarder for six years now.")
  }

  @Test("a page-builder row: photo, first-name heading and a paragraph opening with the byline's full name")
  func pageBuilderAuthorRow() throws {
    let box = """
      <div class="vc_row"><div class="vc_col-sm-3"><figure><a href="/autorin-celia/"><img src="/celia.jpg" \
      alt="Ilka-Moreau"></a></figure></div><div class="vc_col-sm-9"><h2>Ilka</h2><div class="eltdf-text">\
      <p>Ilka Moreau ist Bremerin und Geografin. Sie arbeitet als Redakteurin in Berlin.</p>\
      </div></div></div>
      """
    let article = try bylined(box, author: "Ilka Moreau")
    #expect(article.authorBio?.name == "Ilka Moreau")
    #expect(
      article.authorBio?.bio
        == "Ilka Moreau ist Bremerin und Geografin. Sie arbeitet als Redakteurin in Berlin.")
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a paragraph opening with the byline's author right above 'mehr von <author>' is the bio")
  func taglineAboveAuthorStream() throws {
    let body = """
      <article><h1>Demo in Essen</h1><p class="byline">Von <a href="/author/daniel/">Daniel Weilbrand</a></p>\
      <div class="content">\(TestPage.paragraphs(4))<div class="divider"></div><p>Daniel Weilbrand arbeitete viele \
      Jahre als Redakteur. Er schreibt hier unter Pseudonym.</p><div class="divider"></div>\
      <h3>mehr von Daniel Weilbrand auf dieser Seite</h3><ul><li><a href="/post/1">Eine andere Geschichte</a></li>\
      </ul></div></article>
      """
    let bio = try #require(try TestPage.extract(body, url: "https://news.example/post/2").authorBio)
    #expect(bio.name == "Daniel Weilbrand")
    #expect(bio.bio == "Daniel Weilbrand arbeitete viele Jahre als Redakteur. Er schreibt hier unter Pseudonym.")
  }

  @Test("a paragraph alone in its own block after the story, opening with the byline's full name, is the bio")
  func loneParagraphAfterStory() throws {
    let body = """
      <article><h1>Port Fees and the Budget</h1><p class="byline">By <a href="/by/harlan">Harlan P. Whitby</a></p>\
      <section class="body"><div>\(TestPage.paragraphs(4))</div></section><div class="bottom"><div class="x1">\
      <div><p>Harlan P. Whitby has covered trade since 2014. Previously, he wrote about railways and \
      shipping.</p></div></div><div class="print">This story also ran in the weekend paper, Section B, Page 3, \
      of the city edition.</div></div></article>
      """
    let bio = try #require(try TestPage.extract(body, url: "https://news.example/2018/port.html").authorBio)
    #expect(bio.name == "Harlan P. Whitby")
    #expect(
      bio.bio
        == "Harlan P. Whitby has covered trade since 2014. Previously, he wrote about railways and shipping.")
  }

  @Test("the story's last paragraph opening with the author's name, among the story's paragraphs, is no bio")
  func closingParagraphInStory() throws {
    let body = """
      <article><h1>Port Fees and the Budget</h1><p class="byline">By <a href="/by/harlan">Harlan P. Whitby</a></p>\
      <section class="body"><div>\(TestPage.paragraphs(4))<p>Harlan P. Whitby asked the mayor twice about the \
      budget and got the same answer both times.</p></div></section></article>
      """
    #expect(try TestPage.extract(body, url: "https://news.example/2018/port.html").authorBio == nil)
  }

  @Test("a sidebar's 'about me' widget (photo over a name line) is the site's, not the article's bio")
  func sidebarAboutMeWidget() throws {
    let body = """
      <div id="content"><article><h1>Gartenjahr</h1><p class="byline">Von Greta Holm</p>\
      \(TestPage.paragraphs(4))</article></div><div id="primary" class="widget-area" role="complementary">\
      <aside class="widget"><h3>Let's talk</h3><div class="textwidget"><div class="image"><img src="/me.jpg"></div>\
      <p>Greta Holm schreibt über Gärten und Balkone und schreibt darüber.</p></div></aside></div>
      """
    #expect(try TestPage.extract(body, url: "https://blog.example/2020/solo/").authorBio == nil)
  }

  @Test("an author box linking to the author's page under /autor/, its prose opening with the first name")
  func germanProfileFolderBox() throws {
    let box = """
      <div class="foot"><div class="row"><div class="cell"><a href="/autor/jana-doe/"><img \
      src="/jana.jpg"></a></div><div class="cell"><span>Von <a href="/autor/jana-doe/">Jana Doe</a></span>\
      </div></div><div class="text">Jana schreibt seit zehn Jahren über Technik und Verbraucherthemen.</div></div>
      """
    let bio = try #require(try bylined(box, author: "Jana Doe").authorBio)
    #expect(bio.name == "Jana Doe")
    #expect(bio.bio == "Jana schreibt seit zehn Jahren über Technik und Verbraucherthemen.")
  }

  @Test("a JSON-LD description the page shows with the name in <strong> before a comma is the bio")
  func jsonLDDescriptionShownWithInlineName() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",\
      "headline":"Massage","author":{"@type":"Person","name":"Renata Alvarez",\
      "description":"Renata Alvarez, MSN, is a family nurse practitioner who teaches patients at home."}}</script>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Massage</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div><p><strong>Renata Alvarez</strong>, MSN, is a \
      family nurse practitioner who teaches patients at home.</p></article>
      """
    #expect(
      try TestPage.extract(body, head: head).authorBio?.bio
        == "Renata Alvarez, MSN, is a family nurse practitioner who teaches patients at home.")
  }

  @Test("an author box holding only a 'Mehr von …:' line over links holds no bio")
  func labelLineOverLinks() throws {
    let box = """
      <div class="Author-Box"><div class="Author-Info"><p>Mehr von Moritz Falkmann:</p><ul><li>\
      <a href="/artikel/1">Die Stadtbäder öffnen wieder (14.05.2021)</a></li><li><a href="/artikel/2">\
      Leise und laut (11.05.2021)</a></li></ul></div></div>
      """
    #expect(try bylined(box, author: "Moritz Falkmann").authorBio == nil)
  }

  @Test("a card that shows 'By <a>Full Name</a>' over a line opening with the first name is the bio")
  func firstNameLineUnderNameLine() throws {
    let box = """
      <div class="border-top"><div class="table"><div class="cell"><a href="/about/editors/corwin/">\
      <img src="https://news.example/corwin.jpg"></a></div><div class="cell"><span>By \
      <a href="/about/editors/corwin/">Corwin Ashby</a></span> <a href="https://twitter.com/corwin">\
      @corwin</a></div></div><div class="gray">Corwin has been taking radios apart since he was old enough to \
      hold a screwdriver.</div></div>
      """
    let bio = try #require(try bylined(box, author: "Corwin Ashby").authorBio)
    #expect(bio.name == "Corwin Ashby")
    #expect(bio.bio == "Corwin has been taking radios apart since he was old enough to hold a screwdriver.")
  }

  @Test(
    "a card whose link reads 'Alle Artikel von …' and whose prose opens with the first name names the byline's author")
  func firstNameProseUnderArchiveLink() throws {
    let box = """
      <div class="grid"><img alt="Petra Wolski" src="https://news.example/petra.jpg"><div>Autor*In</div>\
      <div class="headline">Petra Wolski</div><div class="text"><p>Petra ist seit 2023 Redakteurin beim Stadtmagazin und \
      hat vorher für das Fernsehen gearbeitet.</p></div><a href="/author/petraw">Alle Artikel von Petra Wolski</a>\
      </div>
      """
    let bio = try #require(try bylined(box, author: "Petra Wolski").authorBio)
    #expect(bio.name == "Petra Wolski")
    #expect(bio.bio == "Petra ist seit 2023 Redakteurin beim Stadtmagazin und hat vorher für das Fernsehen gearbeitet.")
  }

  @Test("a <div> after the story's container that opens with the byline's author is the bio")
  func bioLineAfterStoryContainer() throws {
    let box = """
      <div class="clear"></div><div class="sig-line"><div class="note">Jane Doe covers the state courts. Since \
      moving to the paper, she has covered schools and housing.</div></div>
      """
    let bio = try #require(try bylined(box).authorBio)
    #expect(bio.name == "Jane Doe")
    #expect(
      bio.bio == "Jane Doe covers the state courts. Since moving to the paper, she has covered schools and housing.")
  }

  @Test("a closing line in italics that opens with capitalised words and 'is' is no bio on its own")
  func closingItalicLineWithVerbIsNoBio() throws {
    for line in [
      "The Conversation is an independent source of news and views from the academic and research community.",
      "Die Ausstellung ist noch bis zum 12. März im Haus der Geschichte zu sehen, der Eintritt ist frei.",
    ] {
      let body = """
        <article class="post"><h1 class="entry-title">Make your social media shine</h1>
        \(TestPage.paragraphs(4))<p><em>\(line)</em></p></article>
        """
      let article = try TestPage.extract(body)
      #expect(article.authorBio == nil, "\(line)")
    }
  }

  @Test("a closing line in italics that opens with two capitalised nouns and no verb of being is no bio")
  func closingItalicLineWithoutName() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Gitarre im Netz</h1>
      \(TestPage.paragraphs(4))<p><em>Beim Gitarrenkurs im Netz üben Sie das freie Spielen und frischen \
      Ihre alten Griffe auf.</em></p></article>
      """
    #expect(try TestPage.extract(body).authorBio == nil)
  }

  @Test("an italic note 'Der Autor ist …' after the story is the byline's author's bio")
  func italicAuthorNote() throws {
    let box = """
      <div class="hinweis"><em>Der Autor ist Dozent an der Technischen Hochschule in Bremen und in Gremien \
      zu Fragen des Denkmalschutzes tätig.</em></div><p class="promo">Die gedruckte Ausgabe ergänzt die Meldungen \
      der Website um Reportagen und Kommentare.</p>
      """
    let bio = try #require(try bylined(box, author: "Albrecht von Lindau").authorBio)
    #expect(bio.name == "Albrecht von Lindau")
    #expect(
      bio.bio
        == "Der Autor ist Dozent an der Technischen Hochschule in Bremen und in Gremien zu Fragen des Denkmalschutzes tätig."
    )
  }

  @Test("an author box between two sections of the story is the writer's aside, not a bio")
  func authorBoxInsideRunningText() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Wooden toys</h1><div class="entry-content">\
      \(TestPage.paragraphs(2))<div class="author-box"><div class="author-box-avatar"><a href="/team/wiebke/">\
      <img src="https://news.example/wiebke.jpg" alt="Wiebke Ahlers"></a></div><div class="author-box-meta">\
      <a href="/team/wiebke/">Wiebke Ahlers</a></div><h3>Tried at home!</h3><p>My children love anything that \
      rattles, rolls or squeaks, but the interest fades fast.</p></div><h2>Why it works</h2>\
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(try TestPage.extract(body).authorBio == nil)
  }

  @Test("a sign-up form's 'E-Mail' field over its help text is no bio")
  func formFieldIsNoBio() throws {
    let box = """
      <form class="user-register-form" action="/user/register"><div class="form-item form-item-name">\
      <label>E-Mail</label><input type="email" name="name"></div><div class="form-item form-item-mail">\
      <label>E-Mail</label><input type="email" name="mail"><div class="description">E-Mail Bitte eine \
      gültige Adresse angeben. Alle Nachrichten der Seite gehen an diese Adresse.</div></div></form>
      """
    #expect(try article(box).authorBio == nil)
  }

  @Test("a promo card whose 'name' line is no person's name is no bio")
  func promoCardIsNoBio() throws {
    let box = """
      <ul class="partners"><li><div class="content"><span class="name"><strong>Cours de piano</strong> avec \
      Notafacile</span><img src="https://news.example/g.jpg"><p><strong>Cours de piano par Internet</strong> \
      Essayez sans frais nos leçons de piano pendant 2 semaines.</p></div></li></ul>
      """
    #expect(try article(box).authorBio == nil)
  }

  @Test("a teaser beside the headline that opens with the author's name is no bio")
  func teaserBesideHeadlineIsNoBio() throws {
    let body = """
      <article class="post"><header><div class="kicker">Leseempfehlung</div><h1>Mit offenen Daten die Stadt \
      verändern</h1><div class="teaser">Svea Dornbach will die Stadt verändern. Sie findet, das klappt nur zusammen.</div>\
      <div class="submitted">Von <a href="/author/svea/">Svea Dornbach</a></div></header>\
      <div class="content">\(TestPage.paragraphs(4))</div></article>
      """
    #expect(try TestPage.extract(body).authorBio == nil)
  }

  @Test("an author's archive (a bio box over a listing of post cards) is no article and has no bio")
  func authorArchiveHasNoBio() throws {
    let cards = (1...6).map { index in
      """
      <article class="card"><h3><a href="/post-\(index)/">Growing tomatoes in small gardens, part \(index)</a></h3>\
      <p>How to plant, water and harvest tomatoes on a balcony, step by step, number \(index).</p></article>
      """
    }.joined()
    let body = """
      <main><div class="author-box"><h2 class="author-name">Jane Doe</h2><p>Jane Doe is a master gardener who has \
      written about pollinators for ten years.</p></div>\(cards)</main>
      """
    #expect(try TestPage.extract(body).authorBio == nil)
  }

  @Test("bio headings of more languages, as per-language tables: the box names its person in its prose")
  func headingsOfMoreLanguages() throws {
    let boxes = [
      ("<h3>Об авторе</h3><p>Нора Велл — журналист и автор двух книг о северных озёрах.</p>", "Нора Велл"),
      ("<h3>Om författaren</h3><p>Nora Vell är journalist och skriver om fjällvandring sedan tio år.</p>", "Nora Vell"),
      ("<h3>Om forfatteren</h3><p>Nora Vell er journalist og skriver om vandring gennem ti år.</p>", "Nora Vell"),
      (
        "<h3>Acerca del autor</h3><p>Nora Vell es periodista y escribe sobre montañas desde hace años.</p>", "Nora Vell"
      ),
    ]
    for (box, name) in boxes {
      let bio = try article("<section class=\"zq\">\(box)</section>").authorBio
      #expect(bio?.name == name)
      #expect(bio?.bio.hasPrefix(name + " ") == true)
    }
  }

  @Test("a bare 'Die Autorin' heading titles a box; an 'Autor:' field label before a name does not")
  func wholeAuthorHeading() throws {
    let box = """
      <section class="zq"><h4>Die Autorin</h4><p>Nora Vell ist Redakteurin im Ressort Reisen und lebt am See.</p>\
      </section>
      """
    #expect(try article(box).authorBio?.bio == "Nora Vell ist Redakteurin im Ressort Reisen und lebt am See.")
    let field = """
      <div class="zq"><h5>Datum:</h5>03.11.2021<br><h5>Autor:</h5>Nora Vell, Lesezeit 5 Minuten, noch keine \
      Kommentare zu diesem Beitrag</div>
      """
    #expect(try article(field).authorBio == nil)
  }

  @Test("a closing note in italics, small print or a small font names its person without a byline")
  func closingNoteWithoutByline() throws {
    let notes = [
      "<p><em>Nora Vell is a writer who covers rural travel and mountain towns for magazines.</em></p>",
      "<p><small>Nora Vell ist Redakteurin im Ressort Reisen und lebt mit ihrer Familie am See.</small></p>",
      "<p><span style=\"font-size: 10pt\">Nora Vell is a writer who covers rural travel and mountain towns.</span></p>",
      "<p class=\"has-small-font-size\">Nora Vell is a writer who covers rural travel and mountain towns.</p>",
      "<p><strong>Nora Vell</strong> is a senior reporter covering rural affairs and the mountain economy.</p>",
      "<p><i>Nora Vell is the author of two guidebooks on alpine huts.</i></p><p><i>Photos by the author.</i></p>",
    ]
    for note in notes {
      let body = """
        <article class="post"><h1>Walking the Valley Road</h1><div class="entry-content">\(TestPage.paragraphs(4))\
        \(note)</div></article>
        """
      let bio = try TestPage.extract(body).authorBio
      #expect(bio?.name == "Nora Vell")
      #expect(bio?.bio.hasPrefix("Nora Vell ") == true)
    }
  }

  @Test("a closing line in italics that opens with a determiner is no one's note")
  func determinerNoteIsNoBio() throws {
    let body = """
      <article class="post"><h1>Walking the Valley Road</h1><div class="entry-content">\(TestPage.paragraphs(4))\
      <p><em>The Journal is an independent source of news about mountain towns and their people.</em></p>\
      </div></article>
      """
    #expect(try TestPage.extract(body).authorBio == nil)
  }

  @Test("a box known by its parts: the name just outside the paragraph's block, a photo, prose without the name")
  func boxByItsParts() throws {
    let box = """
      <div class="zq"><h4><a href="/author/nora-vell/">Nora Vell</a></h4><div class="zr">\
      <img src="https://garden.example/n.jpg" alt=""><p>A travel writer who has hiked across four continents \
      and writes about slow journeys.</p></div></div>
      """
    let bio = try article(box).authorBio
    #expect(bio?.name == "Nora Vell")
    #expect(bio?.bio == "A travel writer who has hiked across four continents and writes about slow journeys.")
  }

  @Test("a box under a column's heading whose prose opens with its name line's name, a comma after it")
  func boxUnderColumnHeading() throws {
    let box = """
      <div class="profile"><div class="zr"><a href="/columns/valley/"><img src="/c.png" alt=" ">\
      <h4>Column: Valley Notes</h4><p class="title">Nora Vell</p><p class="info">Nora Vell, born 1979, is an \
      editor of this magazine. She studied literature in Berlin.</p></a></div></div>
      """
    let bio = try TestPage.extract(
      """
      <article class="post"><h1 class="entry-title">Walking the Valley Road</h1>\
      <div class="entry-content">\(TestPage.paragraphs(4))</div>\(box)</article>
      """, head: "<meta name=\"author\" content=\"Nora Vell\">"
    ).authorBio
    #expect(bio?.name == "Nora Vell")
    #expect(bio?.bio == "Nora Vell, born 1979, is an editor of this magazine. She studied literature in Berlin.")
  }

  @Test("a run of testimonials with photos and names is no bio box")
  func testimonialsAreNoBio() throws {
    let slides = (1...3).map { index in
      """
      <div class="slide"><p>Working with this team changed how we plan our seasons, number \(index).</p>\
      <img src="/t\(index).jpg" alt=""><a href="/author/nora-vell-\(index)/">Nora Vell</a></div>
      """
    }.joined()
    #expect(try article("<div class=\"slider\">\(slides)</div>").authorBio == nil)
  }

  @Test("a 'More articles by' line under the box is not part of the bio")
  func moreByLineIsNotBio() throws {
    let box = """
      <div class="author-box"><h4>Nora Vell</h4><p>Nora Vell writes about long walks and small towns.</p>\
      <p><a href="/author/nora-vell/">More articles by Nora Vell</a></p></div>
      """
    #expect(try article(box).authorBio?.bio == "Nora Vell writes about long walks and small towns.")
  }

  @Test("a teaser card whose byline opens its standfirst is no bio: the name runs on into a capitalised word")
  func teaserStandfirstIsNoBio() throws {
    let body = """
      <article class="post"><h1>Walking the Valley Road</h1><div class="entry-content">\(TestPage.paragraphs(4))\
      </div></article><div class="more"><div class="card"><p class="standfirst"><em class="byline">NORA VELL</em> \
      IT was a cold spring when the valley road first opened to walkers again.</p></div></div>
      """
    #expect(try TestPage.extract(body, head: "<meta name=\"author\" content=\"Nora Vell\">").authorBio == nil)
  }

  @Test("a box of the site itself (a team named by its web address) is no person's bio")
  func siteBoxIsNoBio() throws {
    let box = """
      <footer class="zq"><h2>Autor</h2><img src="/team.jpg" alt=""><h3><a href="/autorzy/team/">Zespół \
      example.pl</a></h3><p>Piszcie do nas, jeśli macie pytania lub uwagi do tego tekstu.</p></footer>
      """
    #expect(try article(box).authorBio == nil)
  }

  @Test("a name line's openings are found as testing each with hasPrefix finds them, decomposed accents included")
  func openingTableMatchesHasPrefix() {
    let table = BioOpenings(VocabularyBios.headingList)
    let texts = [
      "about the author - jane doe", "über den autor: jan", "u\u{308}ber den autor: jan", "bio: i write", "o autorze",
      "об авторе", "著者について", "", "a", "zur person", "jane doe", "à propos de l'auteur", "a\u{300} propos de l'auteur",
      "written by\r\nx", "über", "ab\u{301}out the author",
    ]
    for text in texts {
      #expect(table.first(in: text) == VocabularyBios.headingList.first { text.hasPrefix($0) }, "\(text)")
    }
    #expect(table.first(in: "u\u{308}ber den autor: jan") == "über den autor")
    #expect(AuthorBioExtractor.cleanName("About the Author - Jane Roe").name == "Jane Roe")
    #expect(AuthorBioExtractor.cleanName("Über Mia Muster").name == "Mia Muster")
  }

  @Test("a heading's first bytes pass every bio heading: case, indentation, a soft hyphen, a bare 'The author'")
  func bioHeadingFirstBytes() throws {
    let headings: [(String, Bool)] = [
      ("About the Author", true), ("  ABOUT\n  the author", true), ("Au\u{AD}torin", true), ("Die Autorin", true),
      ("Related posts", false), ("Über den Autor", true), ("Author", true), ("Authority", false), ("Bio:", true),
    ]
    for (heading, expected) in headings {
      let page = try Prepare.page(
        bytes: Array("<html><body><h4>\(heading)</h4></body></html>".utf8), options: ExtractOptions())
      // The page kept alive: a node reads its page's document in place.
      try withExtendedLifetime(page) {
        let node = try #require(page.tree.nodes.first { $0.tag == "h4" })
        #expect(AuthorBioExtractor.isBioHeading(node) == expected, "\(heading)")
      }
    }
  }

  @Test("an author link's address is searched for profile folders as the byte matcher searches it")
  func profilePathSearch() {
    let addresses = [
      "/author/jane", "https://example.com/2024/05/post/", "/@jane", "/", "?author=3", "/authors", "a/people/x",
      "/profile", "/staff/", "https://example.com/autoren/x", "", "/a", "//", "/ap/autor/",
    ]
    for address in addresses {
      let bytes = Array(address.utf8)
      let answer = bytes.withUnsafeBufferPointer { ProfilePaths.holds($0) }
      #expect(answer == RelatedRules.profilePathMatcher.matches(bytes), "\(address)")
    }
    #expect(Array("/ap/autor/".utf8).withUnsafeBufferPointer { ProfilePaths.holds($0) })
  }

  @Test("a theme's <body> flags ('comments-open', 'footer-widgets-3') put no bio box in a thread or a footer")
  func bodyClassFlagsKeepBioBox() throws {
    let box = """
      <div><img src="/jane.jpg" alt=""><h4>Jane Doe</h4><p>A master gardener who has written about pollinators \
      and kitchen gardens for ten years.</p><a href="https://social.example/janedoe">Profile</a></div>
      """
    for (flags, wrapper) in [("single comments-open", "article"), ("single footer-widgets-3", "div")] {
      let html = """
        <!DOCTYPE html><html><head><title>Why Bees Matter</title></head><body class="\(flags)">
        <\(wrapper) class="post"><h1>Why Bees Matter</h1>\
        <div class="byline">By <a rel="author" href="/author/jane-doe/">Jane Doe</a></div>
        \(TestPage.paragraphs(4))\(box)</\(wrapper)></body></html>
        """
      let bio = try ArticleExtractor().extract(html: html).authorBio
      #expect(bio?.name == "Jane Doe", "\(flags)")
      #expect(
        bio?.bio == "A master gardener who has written about pollinators and kitchen gardens for ten years.",
        "\(flags)")
    }
  }

  @Test("a flag on the layout wrapper holding the whole page ('has-newsletter-popup') keeps the bio box")
  func pageWrapperFlagKeepsBioBox() throws {
    let html = """
      <!DOCTYPE html><html><head><title>Why Bees Matter</title></head><body>
      <div id="page" class="site has-newsletter-popup"><article class="post"><h1>Why Bees Matter</h1>\
      <div class="byline">By <a rel="author" href="/author/jane-doe/">Jane Doe</a></div>
      \(TestPage.paragraphs(4))<div><img src="/jane.jpg" alt=""><h4>Jane Doe</h4><p>A master gardener who has \
      written about pollinators and kitchen gardens for ten years.</p><a href="https://social.example/janedoe">\
      Profile</a></div></article></div></body></html>
      """
    let bio = try ArticleExtractor().extract(html: html).authorBio
    #expect(bio?.bio == "A master gardener who has written about pollinators and kitchen gardens for ten years.")
  }

  @Test("near misses under a post: a 'More posts by' link, a newsletter box with the writer's photo")
  func moreByLinkAndNewsletterBoxAreNoBio() throws {
    let more = "<div class=\"more-by-author\"><a href=\"/author/jane-doe/\">More posts by Jane Doe</a></div>"
    #expect(try bylined(more).authorBio == nil)
    let newsletter = """
      <div class="newsletter-box"><img src="/jane-round.jpg" alt="Jane Doe" width="80"><h3>Jeden Sonntag \
      Gartentipps</h3><p>Ich schicke dir jede Woche meine besten Ideen für einen bienenfreundlichen Garten. Kostenlos \
      und jederzeit abbestellbar.</p><form><input type="email" placeholder="E-Mail"><button>Anmelden</button></form></div>
      """
    #expect(try bylined(newsletter).authorBio == nil)
  }

  @Test("the theme boxes under a post: Twenty Twenty-One 'By A' box, Twenty Sixteen 'Author: A' box")
  func twentyThemesAuthorBoxes() throws {
    let tt1 = """
      <div class="author-bio show-avatars"><img alt="" src="https://secure.gravatar.com/avatar/aa?s=85" class="avatar" \
      width="85"><div class="author-bio-content"><h2 class="author-title">By Jane Doe</h2><p class="author-description">\
      Jane Doe writes about bees and small gardens.</p><a class="author-link" href="/author/jane/" rel="author">View \
      all of Jane Doe's posts.</a></div></div>
      """
    let first = try #require(try bylined(tt1).authorBio)
    #expect(first.name == "Jane Doe")
    #expect(first.bio == "Jane Doe writes about bees and small gardens.")
    let tt16 = """
      <div class="author-info"><div class="author-avatar"><img alt="" src="/a.jpg" class="avatar" width="42"></div>\
      <div class="author-description"><h2 class="author-title"><span class="author-heading">Author:</span> Jane Doe\
      </h2><p class="author-bio">Jane Doe is a garden writer in Devon. <a class="author-link" href="/author/jane/" \
      rel="author">View all posts by Jane Doe</a></p></div></div>
      """
    let second = try #require(try bylined(tt16).authorBio)
    #expect(second.name == "Jane Doe")
    #expect(second.bio.hasPrefix("Jane Doe is a garden writer in Devon."))
  }
}
