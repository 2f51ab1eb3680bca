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
      <div class="author-bio"><div class="author-bio__image"><img src="https://cdn.shopify.com/s/files/patty_200x.jpg" \
      alt="Patty Weasler, RN"></div><div class="author-bio__content"><h4 class="author-bio__name">Patty Weasler, RN\
      </h4><p>Patty Weasler is a freelance health writer and registered nurse with fifteen years of experience.</p>\
      </div></div>
      """
    #expect(
      try article(box).authorBio
        == AuthorBio(
          name: "Patty Weasler", credentials: ["RN"],
          bio: "Patty Weasler is a freelance health writer and registered nurse with fifteen years of experience.",
          image: ArticleImage(src: "https://cdn.shopify.com/s/files/patty_200x.jpg", alt: "Patty Weasler, RN")))
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
      "À propos de l’auteur", "Sobre el autor", "Sull'autore", "Over de auteur", "Über den Autor",
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

  @Test("no bio box in the markup: the JSON-LD author Person's description")
  func jsonLDPersonDescription() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",\
      "headline":"Massage for Lower Back Pain Relief","author":[{"@type":"Person","name":"Renata Alvarez, MSN",\
      "url":"https://health.example/renata-alvarez","description":"Renata Alvarez, MSN, is a family nurse \
      practitioner who teaches patients to manage hypertension at home."}]}</script>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    #expect(
      try TestPage.extract(body, head: head).authorBio
        == AuthorBio(
          name: "Renata Alvarez", credentials: ["MSN"],
          bio:
            "Renata Alvarez, MSN, is a family nurse practitioner who teaches patients to manage hypertension at home.",
          url: "https://health.example/renata-alvarez"))
  }
}

/// Issue 11: bio boxes recognised by what they hold, not by plugin class names.
extension AuthorBioExtractorTests {
  @Test("A box without bio classes: an 'Über <a href=/author/>' name line and a prose line opening with the name")
  func boxByContent() throws {
    let box = """
      <div class="box"><div class="media"><figure><img src="/lars.jpg" alt="Lars Sobiraj"></figure>\
      <p>Über <a href="/author/1" rel="author">Lars Sobiraj</a></p></div>\
      <div class="content">Lars Sobiraj fing im Jahr 2000 an, für Computerzeitschriften zu schreiben.</div></div>
      """
    let article = try article(box, url: "https://news.example/artikel/1")
    #expect(article.authorBio?.name == "Lars Sobiraj")
    #expect(article.authorBio?.bio == "Lars Sobiraj fing im Jahr 2000 an, für Computerzeitschriften zu schreiben.")
    #expect(article.authorBio?.url == "https://news.example/author/1")
    #expect(article.text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("A name line 'Über Creeny' in an author box names 'Creeny'")
  func aboutPrefixOnTheName() throws {
    let box = """
      <div class="author-info"><h2 class="author-title">Über Creeny</h2>\
      <p class="author-bio">Was ich liebe: den Meister, das Frankenland, den Norden und die See.</p></div>
      """
    let article = try article(box)
    #expect(article.authorBio?.name == "Creeny")
    #expect(article.authorBio?.bio == "Was ich liebe: den Meister, das Frankenland, den Norden und die See.")
  }

  @Test("A short article under a byline link is no bio box, though a paragraph opens with the author's name")
  func shortArticleIsNoBox() throws {
    let body = """
      <article><h1>Fact checker asks for calm</h1><p class="byline">by <a href="/author/lucas-nolan/">Lucas \
      Nolan</a></p>\(TestPage.paragraphs(3))<p>Lucas Nolan reached the fact checker, who did not answer.</p></article>
      """
    #expect(try TestPage.extract(body, url: "https://news.example/2016/12/22/story/").authorBio == nil)
  }

  @Test("a bio element without a name: the name in the card just around it (author link, name span)")
  func nameJustOutsideTheBioElement() throws {
    let box = """
      <section class="post-author"><a href="https://swim.example/author/jule-radeck/">\
      <img src="https://swim.example/jule.jpg" alt=""></a><div class="author-title">\
      <a class="post-author-url" href="https://swim.example/author/jule-radeck/"><span class="post-author-name">\
      Jule Radeck</span></a> <span class="title-counts">300 posts</span></div>\
      <div class="post-author-bio"><p>Jule Radeck studierte Sportwissenschaften, bevor sie nach Hamburg zog.</p>\
      </div></section>
      """
    let bio = try article(box).authorBio
    #expect(bio?.name == "Jule Radeck")
    #expect(bio?.bio == "Jule Radeck studierte Sportwissenschaften, bevor sie nach Hamburg zog.")
    #expect(bio?.url == "https://swim.example/author/jule-radeck/")
  }

  @Test("a box whose only name is the text of its link to the author's page")
  func nameFromTheAuthorPageLink() throws {
    let box = """
      <div id="cb-author-box" class="author-box"><div class="mask"><a href="https://pink.example/author/nils/">\
      <img alt="" src="https://pink.example/nils.png"></a></div><div class="cb-meta"><div class="cb-title">\
      <a href="https://pink.example/author/nils/"><span>Nils</span></a></div><div class="author-job">Autor</div>\
      <p class="cb-author-bio biography">Nils Pickert ist freier Autor und Journalist.</p></div></div>
      """
    let bio = try article(box).authorBio
    #expect(bio?.name == "Nils")
    #expect(bio?.bio == "Nils Pickert ist freier Autor und Journalist.")
  }

  @Test("a job title inside the name element is not part of the name")
  func jobTitleInsideTheName() throws {
    let box = """
      <div class="author-bio"><a href="https://news.example/author/logan/" rel="author"><img alt="Avatar photo" \
      src="https://news.example/logan.jpg"></a><div class="author-bio-text"><h2 class="accent-header">\
      <a href="https://news.example/author/logan/" rel="author">Logan C. Ritchie<span class="author-job-title">\
      Staff Writer</span></a></h2><p>Logan C. Ritchie writes features and covers Brookhaven for the paper.</p></div></div>
      """
    let bio = try article(box).authorBio
    #expect(bio?.name == "Logan C. Ritchie")
    #expect(bio?.bio == "Logan C. Ritchie writes features and covers Brookhaven for the paper.")
  }
}
