import Testing

@testable import ExtractKit

/// The lead image: the first large image between the title and the body (or first in the body),
/// else the structured-data image; sources resolved to absolute URLs, `javascript:` and `data:` dropped.
@Suite("Hero image: featured image, first figure, og:image, URL resolution, unsafe sources dropped")
struct HeroImageExtractorTests {
  private let title = "<h1 class=\"entry-title\">Why Bees Matter in the Garden</h1>"

  @Test("WordPress: the featured image between the title and the content wins over og:image; made absolute")
  func wordPressFeaturedImage() throws {
    let body = """
      <article class="post"><header class="entry-header">\(title)</header>
      <div class="post-thumbnail"><img width="1200" height="800" \
      src="/wp-content/uploads/2021/04/bees-1200x800.jpg" class="attachment-post-thumbnail wp-post-image" \
      alt="Bees on a sunflower"></div>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:image\" content=\"https://garden.example/og/bees-og.jpg\">",
      url: "https://garden.example/2021/04/why-bees-matter/")
    #expect(
      article.heroImage
        == ArticleImage(
          src: "https://garden.example/wp-content/uploads/2021/04/bees-1200x800.jpg", alt: "Bees on a sunflower",
          width: 1200, height: 800))
  }

  @Test("the picture under the title and its dek, written without a size, takes og:image's size for the same file")
  func figureUnderDekTakesStructuredSize() throws {
    let body = """
      <article class="post"><header>\(title)<p class="dek">Why the bees in our gardens matter more than we \
      think, and what we can do about it</p></header>
      <figure><img src="/images/bees.jpg" alt="Bees on a sunflower"></figure>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      """
    let head = """
      <meta property="og:image" content="https://garden.example/images/bees.jpg">\
      <meta property="og:image:width" content="1200"><meta property="og:image:height" content="800">
      """
    let article = try TestPage.extract(body, head: head, url: "https://garden.example/2021/04/why-bees-matter/")
    #expect(
      article.heroImage
        == ArticleImage(
          src: "https://garden.example/images/bees.jpg", alt: "Bees on a sunflower", width: 1200, height: 800))
  }

  @Test("Ghost: the first kg-image-card figure of the content, resolved against <base href>")
  func ghostFirstFigure() throws {
    let body = """
      <article class="gh-article post"><header class="gh-article-header">\(title)</header>
      <section class="gh-content"><figure class="kg-card kg-image-card"><img src="content/images/2021/04/bees.jpg" \
      class="kg-image" alt="A bee on lavender" width="2000" height="1333"></figure>\(TestPage.paragraphs(4))
      </section></article>
      """
    let article = try TestPage.extract(body, head: "<base href=\"https://blog.example/\">")
    #expect(
      article.heroImage
        == ArticleImage(
          src: "https://blog.example/content/images/2021/04/bees.jpg", alt: "A bee on lavender", width: 2000,
          height: 1333))
  }

  @Test("a relative <base href> is resolved against the page URL first")
  func relativeBase() throws {
    let body = """
      <article>\(title)<figure><img src="img/bees.jpg" alt="Bees" width="800" height="600"></figure>
      \(TestPage.paragraphs(4))</article>
      """
    let article = try TestPage.extract(
      body, head: "<base href=\"/static/\">", url: "https://garden.example/posts/why-bees-matter")
    #expect(article.heroImage?.src == "https://garden.example/static/img/bees.jpg")
  }

  @Test("og:image with its width, height and alt tags when the page shows no lead image; relative made absolute")
  func openGraphImage() throws {
    let head = """
      <meta property="og:image" content="/images/bees.jpg"><meta property="og:image:width" content="1200">
      <meta property="og:image:height" content="630"><meta property="og:image:alt" content="Bees in a hive">
      """
    let body = "<article>\(title)\(TestPage.paragraphs(4))</article>"
    let article = try TestPage.extract(body, head: head, url: "https://garden.example/posts/bees")
    #expect(
      article.heroImage
        == ArticleImage(src: "https://garden.example/images/bees.jpg", alt: "Bees in a hive", width: 1200, height: 630))
  }

  @Test("og:image takes its alt text from the same picture shown further down the page")
  func openGraphAltFromPage() throws {
    let body = """
      <article>\(title)\(TestPage.paragraphs(4))
      <figure><img src="/uploads/bees-on-lavender.jpg" alt="Bees on lavender"></figure></article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:image\" content=\"https://garden.example/uploads/bees-on-lavender.jpg\">")
    #expect(
      article.heroImage
        == ArticleImage(src: "https://garden.example/uploads/bees-on-lavender.jpg", alt: "Bees on lavender"))
  }

  @Test("a javascript: image source is dropped and the og:image used instead")
  func javascriptDropped() throws {
    let body = """
      <article>\(title)<figure><img src="javascript:alert(1)" alt="x" width="800"></figure>
      \(TestPage.paragraphs(4))</article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:image\" content=\"https://garden.example/real.jpg\">")
    #expect(article.heroImage == ArticleImage(src: "https://garden.example/real.jpg"))
  }

  @Test("a javascript: og:image gives no hero at all")
  func javascriptOpenGraphDropped() throws {
    let body = "<article>\(title)\(TestPage.paragraphs(4))</article>"
    let article = try TestPage.extract(body, head: "<meta property=\"og:image\" content=\"javascript:void(0)\">")
    #expect(article.heroImage == nil)
  }

  @Test("a lazy-loaded image: the data: placeholder is skipped for the real data-src")
  func lazyLoaded() throws {
    let body = """
      <article>\(title)<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy-bees.jpg" \
      alt="Lazy bees" width="800" height="600"></figure>\(TestPage.paragraphs(4))</article>
      """
    let article = try TestPage.extract(body, url: "https://garden.example/posts/bees")
    #expect(
      article.heroImage
        == ArticleImage(src: "https://garden.example/img/lazy-bees.jpg", alt: "Lazy bees", width: 800, height: 600))
  }

  @Test("an image whose only source is a data: URI is no hero")
  func dataOnlyDropped() throws {
    let body = """
      <article>\(title)<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Placeholder" width="800">
      </figure>\(TestPage.paragraphs(4))</article>
      """
    let article = try TestPage.extract(body, url: "https://garden.example/posts/bees")
    #expect(article.heroImage == nil)
  }

  @Test("a small author avatar in the byline is not the hero; og:image is")
  func avatarSkipped() throws {
    let body = """
      <article>\(title)<div class="byline"><img src="/avatars/jane.jpg" width="48" height="48" alt="Jane Doe"> \
      By Jane Doe</div>\(TestPage.paragraphs(4))</article>
      """
    let article = try TestPage.extract(
      body, head: "<meta property=\"og:image\" content=\"https://garden.example/og.jpg\">",
      url: "https://garden.example/posts/bees")
    #expect(article.heroImage == ArticleImage(src: "https://garden.example/og.jpg"))
  }

  @Test("a page without images has no hero")
  func noImage() throws {
    let article = try TestPage.extract("<article>\(title)\(TestPage.paragraphs(4))</article>")
    #expect(article.heroImage == nil)
  }

  @Test("an article body inside the title's <h1> (broken markup) is searched without a crash")
  func bodyInsideTitle() throws {
    let article = try TestPage.extract(
      "<h1>Why Bees Matter <div class=\"entry-content\">\(TestPage.paragraphs(3))</div></h1>")
    #expect(article.heroImage == nil)
  }
}
