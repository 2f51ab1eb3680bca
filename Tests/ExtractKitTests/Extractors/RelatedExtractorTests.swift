import Testing

@testable import ExtractKit

/// Related-post cards: the block's heading and, per card, title, link, author, date, comment count,
/// excerpt and image; the block kept out of the article text.
@Suite("Related: Shopify 'Also in', Ghost and theme 'You may also like' cards, YARPP lists")
struct RelatedExtractorTests {
  private let article = """
    <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
    <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
    """

  private let articleText = TestPage.texts(4).joined(separator: "\n\n")

  @Test("Shopify 'Also in …': cards with title, link, author, date, comment count, excerpt and image")
  func shopifyAlsoIn() throws {
    func card(_ slug: String, _ title: String, _ author: String, _ date: String, _ comments: Int, _ excerpt: String)
      -> String
    {
      """
      <div class="article-card"><a class="article-card__image" href="/blogs/resources/\(slug)">\
      <img src="//cdn.shopify.com/s/files/1/0048/articles/\(slug)_400x.jpg" alt="\(title)"></a>\
      <div class="article-card__content"><h4 class="article-card__title"><a href="/blogs/resources/\(slug)">\(title)\
      </a></h4><p class="article-card__meta">by \(author) <time datetime="\(date)">\(date)</time> \
      <a href="/blogs/resources/\(slug)#comments">\(comments) Comments</a></p>\
      <p class="article-card__excerpt">\(excerpt)</p></div></div>
      """
    }
    let related = """
      <div class="related-articles"><h3 class="related-articles__heading">Also in Resources</h3>\
      <div class="related-articles__list">\
      \(card("senior-travel-tips", "Adventures After Sixty: Senior Travel Tips", "Jessica Hegg", "2024-02-28", 0,
        "Whether you are looking for a relaxing getaway or an adventure, travel is good for you."))\
      \(card("myths-about-aging", "Five Myths About Aging", "Tom Berg", "2023-11-10", 3,
        "Getting older does not mean slowing down, and here is why."))</div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://shop.example/blogs/resources/massage")
    #expect(
      extracted.related
        == Related(
          heading: "Also in Resources",
          posts: [
            PostCard(
              title: "Adventures After Sixty: Senior Travel Tips",
              url: "https://shop.example/blogs/resources/senior-travel-tips", author: "Jessica Hegg",
              publishedAt: "2024-02-28", commentCount: 0,
              excerpt: "Whether you are looking for a relaxing getaway or an adventure, travel is good for you.",
              image: Image(
                src: "https://cdn.shopify.com/s/files/1/0048/articles/senior-travel-tips_400x.jpg",
                alt: "Adventures After Sixty: Senior Travel Tips")),
            PostCard(
              title: "Five Myths About Aging", url: "https://shop.example/blogs/resources/myths-about-aging",
              author: "Tom Berg", publishedAt: "2023-11-10", commentCount: 3,
              excerpt: "Getting older does not mean slowing down, and here is why.",
              image: Image(
                src: "https://cdn.shopify.com/s/files/1/0048/articles/myths-about-aging_400x.jpg",
                alt: "Five Myths About Aging")),
          ]))
    #expect(extracted.text == articleText)
  }

  @Test("Ghost 'You may also like' post-cards: heading-titled cards with excerpt, date and image, base href applied")
  func ghostPostCards() throws {
    func card(_ slug: String, _ title: String, _ excerpt: String, _ date: String) -> String {
      """
      <article class="post-card post"><a class="post-card-image-link" href="/\(slug)/"><img class="post-card-image" \
      src="/content/images/\(slug).jpg" alt="\(title)" loading="lazy"></a><div class="post-card-content">\
      <a class="post-card-content-link" href="/\(slug)/"><header class="post-card-header"><h2 class="post-card-title">\
      \(title)</h2></header><div class="post-card-excerpt"><p>\(excerpt)</p></div></a><footer class="post-card-meta">\
      <time class="post-card-meta-date" datetime="\(date)">\(date)</time></footer></div></article>
      """
    }
    let related = """
      <section class="outer read-more-wrap"><div class="inner"><h3 class="read-more-title">You may also like</h3>\
      <div class="read-more post-feed">\
      \(card("composting-basics", "Composting Basics for Small Gardens", "Start with a simple bin.", "2021-03-01"))\
      \(card("pruning-roses", "Pruning Roses in Winter", "Cut back to an outward-facing bud.", "2020-12-01"))\
      </div></div></section>
      """
    let extracted = try TestPage.extract(
      "<main class=\"site-main\">\(article)\(related)</main>", head: "<base href=\"https://blog.example/\">")
    #expect(
      extracted.related
        == Related(
          heading: "You may also like",
          posts: [
            PostCard(
              title: "Composting Basics for Small Gardens", url: "https://blog.example/composting-basics/",
              publishedAt: "2021-03-01", excerpt: "Start with a simple bin.",
              image: Image(
                src: "https://blog.example/content/images/composting-basics.jpg",
                alt: "Composting Basics for Small Gardens")),
            PostCard(
              title: "Pruning Roses in Winter", url: "https://blog.example/pruning-roses/", publishedAt: "2020-12-01",
              excerpt: "Cut back to an outward-facing bud.",
              image: Image(src: "https://blog.example/content/images/pruning-roses.jpg", alt: "Pruning Roses in Winter")
            ),
          ]))
    #expect(extracted.text == articleText)
  }

  @Test("a theme's 'You might also like' heading over a list of linked image cards, without related classes")
  func headingOverLinkedCards() throws {
    let related = """
      <section class="more"><h2>You might also like</h2><ul><li><a href="/compost/"><img src="/img/c.jpg" alt="">\
      <span>Composting Basics for Small Gardens</span></a></li><li><a href="/roses/"><img src="/img/r.jpg" alt="">\
      <span>Pruning Roses in Winter</span></a></li></ul></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related
        == Related(
          heading: "You might also like",
          posts: [
            PostCard(
              title: "Composting Basics for Small Gardens", url: "https://garden.example/compost/",
              image: Image(src: "https://garden.example/img/c.jpg")),
            PostCard(
              title: "Pruning Roses in Winter", url: "https://garden.example/roses/",
              image: Image(src: "https://garden.example/img/r.jpg")),
          ]))
    #expect(extracted.lists.isEmpty)
  }

  @Test("YARPP's related list inside the entry content: cards found, and left out of the text and the lists")
  func yarppInsideContent() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))<div class="yarpp yarpp-related yarpp-template-list">\
      <h3>Related posts:</h3><ol><li><a href="https://garden.example/compost/" rel="bookmark">Composting Basics for \
      Small Gardens</a></li><li><a href="https://garden.example/roses/" rel="bookmark">Pruning Roses in Winter</a>\
      </li></ol></div></div></article>
      """
    let extracted = try TestPage.extract(body)
    #expect(
      extracted.related
        == Related(
          heading: "Related posts:",
          posts: [
            PostCard(title: "Composting Basics for Small Gardens", url: "https://garden.example/compost/"),
            PostCard(title: "Pruning Roses in Winter", url: "https://garden.example/roses/"),
          ]))
    #expect(extracted.text == articleText)
    #expect(extracted.lists.isEmpty)
  }

  @Test("a single 'Related' link is not a block of cards")
  func singleLinkIsNotRelated() throws {
    let related = """
      <div class="related-posts"><h3>Related</h3><a href="/compost/">Composting Basics for Small Gardens</a></div>
      """
    #expect(try TestPage.extract(article + related).related == nil)
  }

  @Test("a page without related posts has none")
  func noRelated() throws {
    #expect(try TestPage.extract(article).related == nil)
  }
}
