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
          image: Image(src: "https://secure.gravatar.com/avatar/abc?s=100", alt: "Jane Doe", width: 100, height: 100),
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
          image: Image(src: "https://cdn.shopify.com/s/files/patty_200x.jpg", alt: "Patty Weasler, RN")))
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
          image: Image(src: "https://blog.example/content/images/2021/jane.jpg", alt: "Jane Doe"),
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
}
