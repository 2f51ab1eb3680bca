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

  /// The article with `block` set between its second and third paragraphs.
  private func extractBetweenParagraphs(_ block: String) throws -> Article {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))\(block)\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    return try TestPage.extract(body, url: "https://garden.example/bees/")
  }

  @Test("Shopify 'Also in …': cards with title, link, author, date, comment count, excerpt and image")
  func shopifyAlsoIn() throws {
    func card(_ slug: String, _ title: String, _ author: String, _ date: String, _ comments: Int, _ excerpt: String)
      -> String
    {
      """
      <div class="article-card"><a class="article-card__image" href="/blogs/resources/\(slug)">\
      <img src="//cdn.shop.example/s/files/1/0001/articles/\(slug)_400x.jpg" alt="\(title)"></a>\
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
              image: ArticleImage(
                src: "https://cdn.shop.example/s/files/1/0001/articles/senior-travel-tips_400x.jpg",
                alt: "Adventures After Sixty: Senior Travel Tips")),
            PostCard(
              title: "Five Myths About Aging", url: "https://shop.example/blogs/resources/myths-about-aging",
              author: "Tom Berg", publishedAt: "2023-11-10", commentCount: 3,
              excerpt: "Getting older does not mean slowing down, and here is why.",
              image: ArticleImage(
                src: "https://cdn.shop.example/s/files/1/0001/articles/myths-about-aging_400x.jpg",
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
              image: ArticleImage(
                src: "https://blog.example/content/images/composting-basics.jpg",
                alt: "Composting Basics for Small Gardens")),
            PostCard(
              title: "Pruning Roses in Winter", url: "https://blog.example/pruning-roses/", publishedAt: "2020-12-01",
              excerpt: "Cut back to an outward-facing bud.",
              image: ArticleImage(
                src: "https://blog.example/content/images/pruning-roses.jpg", alt: "Pruning Roses in Winter")
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
              image: ArticleImage(src: "https://garden.example/img/c.jpg")),
            PostCard(
              title: "Pruning Roses in Winter", url: "https://garden.example/roses/",
              image: ArticleImage(src: "https://garden.example/img/r.jpg")),
          ]))
    #expect(extracted.lists.isEmpty)
  }

  @Test("a 'has-sidebar' layout wrapper around the article and its cards is not a sidebar: the cards are found")
  func hasSidebarLayoutWrapper() throws {
    let related = """
      <section class="more"><h2>You might also like</h2><ul><li><a href="/compost/"><img src="/img/c.jpg" alt="">\
      <span>Composting Basics for Small Gardens</span></a></li><li><a href="/roses/"><img src="/img/r.jpg" alt="">\
      <span>Pruning Roses in Winter</span></a></li></ul></section>
      """
    let body = "<div class=\"site-content has-sidebar sidebar-right\">" + article + related + "</div>"
    let extracted = try TestPage.extract(body, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
    #expect(extracted.text == articleText)
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

  @Test("Jetpack: cards classed jp-relatedposts-post0, -post1 are one group despite the numbered class")
  func jetpackNumberedCards() throws {
    func card(_ index: Int, _ title: String, _ url: String, _ date: String, _ excerpt: String) -> String {
      """
      <div class="jp-relatedposts-post jp-relatedposts-post\(index) jp-relatedposts-post-thumbs" \
      data-post-id="10\(index)"><a class="jp-relatedposts-post-a" href="\(url)" title="\(title)"><img \
      class="jp-relatedposts-post-img" src="https://i0.wp.com/garden.example/img\(index).jpg?resize=350%2C200" \
      width="350" height="200" alt="\(title)"></a><h4 class="jp-relatedposts-post-title"><a \
      class="jp-relatedposts-post-a" href="\(url)" title="\(title)">\(title)</a></h4><p \
      class="jp-relatedposts-post-excerpt">\(excerpt)</p><p class="jp-relatedposts-post-date">\(date)</p><p \
      class="jp-relatedposts-post-context">In &quot;Soil&quot;</p></div>
      """
    }
    let block = """
      <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>\
      <div class="jp-relatedposts-items jp-relatedposts-items-visual">\
      \(card(0, "Composting Basics for Small Gardens", "https://garden.example/2020/05/compost/", "May 2, 2020", "Start with a simple bin."))\
      \(card(1, "Pruning Roses in Winter", "https://garden.example/2020/12/roses/", "December 1, 2020", "Cut back to an outward-facing bud."))\
      </div></div>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))\(block)</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.related
        == Related(
          heading: "Related",
          posts: [
            PostCard(
              title: "Composting Basics for Small Gardens", url: "https://garden.example/2020/05/compost/",
              publishedAt: "2020-05-02", excerpt: "Start with a simple bin.",
              image: ArticleImage(
                src: "https://i0.wp.com/garden.example/img0.jpg?resize=350%2C200",
                alt: "Composting Basics for Small Gardens", width: 350, height: 200)),
            PostCard(
              title: "Pruning Roses in Winter", url: "https://garden.example/2020/12/roses/", publishedAt: "2020-12-01",
              excerpt: "Cut back to an outward-facing bud.",
              image: ArticleImage(
                src: "https://i0.wp.com/garden.example/img1.jpg?resize=350%2C200", alt: "Pruning Roses in Winter",
                width: 350, height: 200)),
          ]))
    #expect(article.text == articleText)
  }

  @Test("Ghost: cards classed by tag are one group; author and date split by HTML comments do not glue")
  func ghostTagClassedCards() throws {
    func card(_ tag: String, _ slug: String, _ title: String, _ author: String, _ date: String, _ shown: String)
      -> String
    {
      """
      <article class="gh-card post tag-\(tag)"><a class="gh-card-link" href="/\(slug)/"><div class="gh-card-wrapper">\
      <p class="gh-card-tag">\(tag)</p><h3 class="gh-card-title is-title">\(title)</h3><footer class="gh-card-meta">\
      <!--\n --><span class="gh-card-author">By \(author)</span><!--\n --><time class="gh-card-date" \
      datetime="\(date)">\(shown)</time><!--\n --></footer></div></a></article>
      """
    }
    let related = """
      <main class="gh-main"><section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner">\
      <h2 class="gh-container-title">Read more</h2><div class="gh-feed">\
      \(card("engineering", "pg-upgrade", "Zero-Downtime Postgres Upgrades", "Jonas Weber", "2023-11-02", "Nov 2, 2023"))\
      \(card("product", "csv-importer", "Why We Rebuilt the CSV Importer", "Amara Osei", "2023-07-11", "Jul 11, 2023"))\
      </div></div></section></main>
      """
    let posts = try #require(try TestPage.extract(article + related, url: "https://notes.example/post/").related).posts
    #expect(posts.map(\.title) == ["Zero-Downtime Postgres Upgrades", "Why We Rebuilt the CSV Importer"])
    #expect(posts.map(\.author) == ["Jonas Weber", "Amara Osei"])
    #expect(posts.map(\.publishedAt) == ["2023-11-02", "2023-07-11"])
    #expect(posts.map(\.url) == ["https://notes.example/pg-upgrade/", "https://notes.example/csv-importer/"])
  }

  @Test("a 'Popular Posts' widget in the sidebar is the site's, not related posts")
  func popularPostsSidebar() throws {
    let sidebar = """
      <aside class="widget-area sidebar"><div class="widget PopularPosts"><h2>Popular Posts</h2>\
      <ul><li><a href="/tomatoes/">Tomatoes in Five-Gallon Buckets</a></li>\
      <li><a href="/seed-calendar/">The Seed-Starting Calendar</a></li>\
      <li><a href="/garlic/">Plant Garlic in October</a></li></ul></div></aside>
      """
    #expect(try TestPage.extract(article + sidebar).related == nil)
  }

  @Test("Squarespace 'Keep Reading' summary block: heading in a div > span, summary-item cards, not in the text")
  func squarespaceSummaryBlock() throws {
    func card(_ slug: String, _ title: String, _ date: String, _ shown: String) -> String {
      """
      <div class="summary-item summary-item-record-type-text summary-item-has-author"><div \
      class="summary-thumbnail-outer-container"><a href="/journal/\(slug)" class="summary-thumbnail-container" \
      data-title="\(title)"><div class="summary-thumbnail img-wrapper"><img data-src="https://images.example/\(slug).jpg" \
      alt=""></div></a></div><div class="summary-content"><div class="summary-metadata-container \
      summary-metadata-container--above-title"><div class="summary-metadata"><time class="summary-metadata-item \
      summary-metadata-item--date" datetime="\(date)">\(shown)</time></div></div><div class="summary-title"><a \
      href="/journal/\(slug)" class="summary-title-link">\(title)</a></div><div class="summary-metadata-container \
      summary-metadata-container--below-content"><span class="summary-metadata-item summary-metadata-item--author">\
      <a href="/journal?author=5f1c">Lena Marsh</a></span></div><a href="/journal/\(slug)" \
      class="summary-read-more-link">Read More →</a></div></div>
      """
    }
    let block = """
      <div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="sqs-block-content"><div \
      class="summary-block-wrapper"><div class="summary-block-header"><div class="summary-heading"><span>Keep Reading\
      </span></div></div><div class="summary-item-list-container"><div class="summary-item-list">\
      \(card("lisbon-by-tram", "Lisbon by Tram: Four Routes Worth the Wait", "2023-09-05", "Sep 5, 2023"))\
      \(card("douro-valley", "The Douro Valley by Train", "2023-08-14", "Aug 14, 2023"))\
      \(card("packing-light", "Packing Light for Cobblestone Cities", "2023-07-10", "Jul 10, 2023"))\
      </div></div></div></div></div>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))\(block)</div></article>
      """
    let article = try TestPage.extract(body, url: "https://travels.example/journal/porto")
    let related = try #require(article.related)
    #expect(related.heading == "Keep Reading")
    #expect(
      related.posts.map(\.title) == [
        "Lisbon by Tram: Four Routes Worth the Wait", "The Douro Valley by Train",
        "Packing Light for Cobblestone Cities",
      ])
    #expect(related.posts.map(\.author) == ["Lena Marsh", "Lena Marsh", "Lena Marsh"])
    #expect(related.posts.map(\.publishedAt) == ["2023-09-05", "2023-08-14", "2023-07-10"])
    #expect(related.posts[0].url == "https://travels.example/journal/lisbon-by-tram")
    #expect(article.text == articleText)
  }

  @Test("card meta without classes: a 'By …' attribution line, a bare date span, a profile link's name")
  func unclassedCardMeta() throws {
    let news = """
      <div class="b-top-table-list"><h2 class="b-top-table-list__title">Related Coverage</h2>\
      <article class="b-top-table-list-small__item"><a class="c-link" href="/news/water-main/"><h3 class="c-heading">\
      Downtown water main repairs to close Second Street</h3></a><div class="c-attribution">By Aaron Whitfield</div>\
      <time class="c-date" datetime="2024-04-19T15:30:00Z">April 19, 2024</time></article>\
      <article class="b-top-table-list-small__item"><a class="c-link" href="/news/fountains/"><h3 class="c-heading">\
      Every school drinking fountain will be tested for lead</h3></a><div class="c-attribution">By Grace Oyelaran\
      </div><time class="c-date" datetime="2024-04-16T21:10:00Z">April 16, 2024</time></article></div>
      """
    let newsPosts = try #require(try TestPage.extract(article + news).related).posts
    #expect(newsPosts.map(\.author) == ["Aaron Whitfield", "Grace Oyelaran"])
    #expect(newsPosts.map(\.publishedAt) == ["2024-04-19", "2024-04-16"])
    // The attribution word of the page's language: "Von …" as "By …" on a German page, and not
    // on an English one ("Door Open Days" is no byline).
    let german = news.replacingOccurrences(of: ">By ", with: ">Von ")
    let germanPosts = try #require(try TestPage.extract(article + german, lang: "de").related).posts
    #expect(germanPosts.map(\.author) == ["Aaron Whitfield", "Grace Oyelaran"])
    let english = try #require(try TestPage.extract(article + german, lang: "en").related).posts
    #expect(english.map(\.author) == [nil, nil])

    func mediumCard(_ author: String, _ handle: String, _ slug: String, _ title: String, _ date: String) -> String {
      """
      <div class="wl wm"><div role="link" class="xr xs"><div class="ye yf"><div class="ab q"><a \
      href="/@\(handle)?source=recirc"><img alt="\(author)" src="https://img.example/\(handle).jpg" width="20" \
      height="20"></a><p class="be b"><a class="ax ay" href="/@\(handle)?source=recirc">\(author)</a></p>\
      <p class="be b">in</p><a href="https://medium.com/the-ledger"><p class="be b">The Ledger</p></a></div>\
      <a href="/the-ledger/\(slug)"><h2 class="be gx">\(title)</h2></a><span class="be b"><div class="zs ab">\
      <span>\(date)</span></div></span></div></div></div>
      """
    }
    let medium = """
      <div class="wh l"><h2 class="be ty">More from Nadia Okafor and The Ledger</h2><div class="wk ab">\
      \(mediumCard("Nadia Okafor", "nadiaokafor", "envelope-method", "The Envelope Method for People Who Never Carry Cash", "Nov 14, 2023"))\
      \(mediumCard("Tobias Reyes", "tobiasreyes", "emergency-fund", "Your Emergency Fund Is Probably in the Wrong Place", "Oct 2, 2023"))\
      </div></div>
      """
    let mediumPosts = try #require(try TestPage.extract(article + medium, url: "https://medium.com/p/1").related).posts
    #expect(mediumPosts.map(\.author) == ["Nadia Okafor", "Tobias Reyes"])
    #expect(mediumPosts.map(\.publishedAt) == ["2023-11-14", "2023-10-02"])
  }

  @Test("a card's link to a woman writer's profile folder (`/autorin/`) names its author; a topic link does not")
  func feminineProfileFolderNamesCardAuthor() throws {
    func card(_ slug: String, _ title: String, _ folder: String, _ name: String) -> String {
      """
      <div class="teaser"><h5><a href="/artikel/2023/\(slug)">\(title)</a></h5>\
      <span class="credit"><a href="/\(folder)/\(slug)-profil">\(name)</a></span>\
      <p>Ein kurzer Anrisstext zu diesem Artikel.</p></div>
      """
    }
    let block = """
      <div class="field-related"><h2>Artikel zum Thema</h2>\
      \(card("weltpolitik", "Weltpolitik als Fußballspiel", "autorin", "Olga Kistner"))\
      \(card("sackgasse", "In der imperialen Sackgasse", "autora", "Irina Budrow"))\
      \(card("kolonialreich", "Das ewige Kolonialreich", "thema", "Peter Korig"))</div>
      """
    let posts = try #require(try TestPage.extract(article + block, lang: "de").related).posts
    #expect(
      posts.map(\.title) == ["Weltpolitik als Fußballspiel", "In der imperialen Sackgasse", "Das ewige Kolonialreich"])
    #expect(posts.map(\.author) == ["Olga Kistner", "Irina Budrow", nil])
  }

  @Test(
    "a 'Related' eyebrow over a higher-ranked heading: the higher heading names the block; a card title after it does not"
  )
  func relatedEyebrowOverBlockTitle() throws {
    func card(_ slug: String, _ title: String) -> String {
      """
      <div class="card"><a href="/news/\(slug)/"><img src="/\(slug).jpg" alt=""></a>\
      <h3><a href="/news/\(slug)/">\(title)</a></h3><p>A short teaser about this post.</p></div>
      """
    }
    let cards =
      card("court-case", "Our legal case has been expedited") + card("open-letter", "An open letter to the court")
    let eyebrow = """
      <div class="news-list"><h3 class="uppercase">Related</h3>
      <h2>Read further in the pursuit of knowledge</h2><div class="flex">\(cards)</div></div>
      """
    let named = try TestPage.extract(article + eyebrow, url: "https://news.example/news/turkey/")
    #expect(named.related?.heading == "Read further in the pursuit of knowledge")
    #expect(named.related?.posts.map(\.title) == ["Our legal case has been expedited", "An open letter to the court"])
    // A heading of a lower rank after "Related" is no block title: the eyebrow stays the heading.
    let lower = eyebrow.replacingOccurrences(of: "<h2>", with: "<h4>").replacingOccurrences(of: "</h2>", with: "</h4>")
    let plain = try TestPage.extract(article + lower, url: "https://news.example/news/turkey/")
    #expect(plain.related?.heading == "Related")
  }

  @Test("a card that is one <a> holding a tag and a title span: the title span is the title")
  func titleSpanInLinkCard() throws {
    func card(_ id: Int, _ tag: String, _ title: String) -> String {
      """
      <a class="comp mntl-card-list-items mntl-document-card card" href="https://health.example/\(id)"><div \
      class="card__media"><img src="https://health.example/thmb/\(id).jpg" alt="" width="282" height="188"></div>\
      <div class="card__content"><div class="card__header"><span class="card__tag">\(tag)</span></div><span \
      class="card__title"><span class="card__title-text">\(title)</span></span></div></a>
      """
    }
    let related = """
      <div class="mntl-article-list-group"><h2 class="mntl-article-list-group__heading">Related Articles</h2>\
      <div class="mntl-card-list mntl-block">\
      \(card(1, "Hypertension", "Blood Pressure Readings Explained"))\(card(2, "Nutrition", "12 Easy Ways to Cut Back on Sodium"))\
      </div></div>
      """
    let posts = try #require(try TestPage.extract("<main>" + article + related + "</main>").related).posts
    #expect(posts.map(\.title) == ["Blood Pressure Readings Explained", "12 Easy Ways to Cut Back on Sodium"])
    #expect(posts.map(\.url) == ["https://health.example/1", "https://health.example/2"])
  }
}

/// Issue 11: related blocks on real pages -- headings in other languages and outside the block,
/// layout wrappers named "sidebar", the page's own cards, sponsored links, size.
extension RelatedExtractorTests {
  private func list(_ cards: [(String, String)]) -> String {
    "<ul class=\"grid\">"
      + cards.map { "<li class=\"item\"><a href=\"\($0.0)\"><img src=\"/t.jpg\" alt=\"\"><h3>\($0.1)</h3></a></li>" }
      .joined() + "</ul>"
  }

  @Test("German heading in a styled <div> just before the cards, on a body classed 'sidebar-primary'")
  func germanHeadingBeforeBlock() throws {
    let html = """
      <body class="single sidebar-primary">\(article)<div class="box"><div class="box-title">Ähnliche Beiträge</div>\
      \(list([("/2020/01/erste-reise/", "Die erste Reise nach Lissabon"), ("/2020/02/zweite/", "Zwei Wochen in Porto")]))\
      </div></body>
      """
    let extracted = try TestPage.extract(html, url: "https://blog.example/2020/03/massage/")
    #expect(extracted.related?.heading == "Ähnliche Beiträge")
    #expect(
      extracted.related?.posts.map { [$0.title, $0.url ?? ""] } == [
        ["Die erste Reise nach Lissabon", "https://blog.example/2020/01/erste-reise/"],
        ["Zwei Wochen in Porto", "https://blog.example/2020/02/zweite/"],
      ])
  }

  @Test("One card under a heading that says it is related is a block")
  func oneCardUnderRelatedHeading() throws {
    let html =
      article + "<section><h2>Das könnte Sie auch interessieren:</h2>"
      + list([("/news/imker-probejahr", "Imkervereine planen 2023 als Probejahr")]) + "</section>"
    let extracted = try TestPage.extract(html, url: "https://news.example/news/massage")
    #expect(extracted.related?.heading == "Das könnte Sie auch interessieren:")
    #expect(extracted.related?.posts.map(\.title) == ["Imkervereine planen 2023 als Probejahr"])
  }

  @Test("a card's link keeps the letters its href writes raw; an escape the href writes stays escaped")
  func cardURLAsWritten() throws {
    let html =
      article + "<section><h2>Das könnte Sie auch interessieren:</h2>"
      + list([
        ("/newsroom/røiseland-avanciert-zur-antholz-königin/17-202.html", "Røiseland avanciert zur Antholz-Königin"),
        ("/newsroom/b%C3%B8-sorgt-f%C3%BCr-den-abschluss/17-203.html", "Johannes Bø sorgt für den Abschluss"),
        ("/newsroom/wer kürt sich/17-179.html", "Wer kürt sich zur Sprint-Weltmeisterin?"),
      ]) + "</section>"
    let extracted = try TestPage.extract(html, url: "https://news.example/news/massage")
    #expect(
      extracted.related?.posts.map(\.url) == [
        "https://news.example/newsroom/røiseland-avanciert-zur-antholz-königin/17-202.html",
        "https://news.example/newsroom/b%C3%B8-sorgt-f%C3%BCr-den-abschluss/17-203.html",
        "https://news.example/newsroom/wer%20kürt%20sich/17-179.html",
      ])
  }

  @Test("a card's relative link under a base path with escapes is left escaped: only the href's own letters are undone")
  func cardURLUnderEscapedBase() throws {
    let html =
      article + "<section><h2>Das könnte Sie auch interessieren:</h2>"
      + list([
        ("røiseland-avanciert/17-202.html", "Røiseland avanciert zur Antholz-Königin"),
        ("/newsroom/bø-sorgt/17-203.html", "Johannes Bø sorgt für den Abschluss"),
      ]) + "</section>"
    let extracted = try TestPage.extract(html, url: "https://news.example/n%C3%A6ws/massage")
    #expect(
      extracted.related?.posts.map(\.url) == [
        "https://news.example/n%C3%A6ws/r%C3%B8iseland-avanciert/17-202.html",
        "https://news.example/newsroom/bø-sorgt/17-203.html",
      ])
  }

  @Test("'Related: <a>' inside a paragraph is a read-more insert, not a block")
  func inlineRelatedInsert() throws {
    let html = """
      <article><h1>Massage for Lower Back Pain Relief</h1>\(TestPage.paragraphs(2))\
      <p><strong>Related:</strong> <a href="/soil.html">Which Soil Suits a Potted Hibiscus?</a></p>\
      \(TestPage.paragraphs(2))</article>
      """
    #expect(try TestPage.extract(html, url: "https://plants.example/care.html").related == nil)
  }

  @Test("Cards of the page itself (its own URL, its title) are not related posts")
  func ownCardsAreNotRelated() throws {
    let html =
      article + "<div class=\"related-posts\"><h2>Related posts</h2>"
      + list([
        ("https://site.example/massage/", "Massage for Lower Back Pain Relief"),
        ("https://site.example/massage/?share=facebook", "Share on Facebook now"),
        ("https://site.example/stretching/", "Five Stretches for the Office"),
      ]) + "</div>"
    let extracted = try TestPage.extract(html, url: "https://site.example/massage/")
    #expect(extracted.related?.posts.map(\.title) == ["Five Stretches for the Office"])
  }

  @Test("Cards that all lead to other sites are sponsored links, not related posts")
  func sponsoredCardsAreNotRelated() throws {
    let html =
      article + "<div><h2>You may also like</h2>"
      + list([
        ("https://ads.example/click?id=1", "Crazy Cheap Flashlight Selling Fast"),
        ("https://lang.example/app", "This app teaches you to draw in 5 days"),
      ]) + "</div>"
    #expect(try TestPage.extract(html, url: "https://news.example/story").related == nil)
  }

  @Test("A page of 2,000 related-style cards takes time proportional to its size")
  func manyCardsStayLinear() throws {
    func page(_ count: Int) -> String {
      let cards = (0..<count).map { ("/post-\($0)/", "Related post number \($0) of the page") }
      return "<body>" + article + "<div><h2>Related posts</h2>" + list(cards) + "</div></body>"
    }
    // The thread's CPU time, fastest of three runs: time spent waiting for a core while other
    // work runs does not count (the wall clock made this test fail once on a loaded machine).
    func seconds(_ count: Int) throws -> Double { try fastestExtractionCPUSeconds(page(count)) }
    let small = try seconds(500)
    let large = try seconds(2_000)
    // Four times the cards: linear work takes about four times as long; quadratic, sixteen.
    #expect(large < max(small, 0.01) * 10)
  }

  @Test("a heading made of tabs ('Verwandte Artikel' | 'Mehr vom Autor'): the related tab titles the cards")
  func tabbedHeading() throws {
    let related = """
      <div class="td_block_related_posts"><h4 class="td-related-title"><a class="td-cur-simple-item" href="#">\
      Verwandte Artikel</a><a class="td-related-right" href="#">Mehr vom Autor</a></h4><div class="td_block_inner">\
      <div class="td-related-span4"><h3 class="entry-title"><a href="/compost/">Composting Basics for Small Gardens\
      </a></h3></div><div class="td-related-span4"><h3 class="entry-title"><a href="/roses/">Pruning Roses in \
      Winter</a></h3></div></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Verwandte Artikel")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
    #expect(extracted.text == articleText)
  }

  @Test("an <aside> after </article> under an 'À lire aussi' heading: the article's related cards, not a sidebar")
  func asideAfterTheArticle() throws {
    let related = """
      <aside class="suggested-content"><h2 class="category-name">À lire aussi</h2><div class="stories">\
      <article class="card"><a href="/compost/"><span>Composting Basics for Small Gardens</span></a></article>\
      <article class="card"><a href="/roses/"><span>Pruning Roses in Winter</span></a></article></div></aside>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "À lire aussi")
    #expect(
      extracted.related?.posts.map(\.url) == ["https://garden.example/compost/", "https://garden.example/roses/"])
  }

  @Test("WordPress list items whose classes differ per post (format, thumbnail, odd/even) are one row of cards")
  func listItemsWithPerPostClasses() throws {
    let related = """
      <div class="related-block"><h3 class="cb-title">Ähnliche Beiträge</h3><ul class="slides">\
      <li class="cb-no-1 post-48213 post format-audio has-post-thumbnail post_format-post-format-audio odd">\
      <h4><a href="/compost/">Composting Basics for Small Gardens</a></h4></li>\
      <li class="cb-no-2 post-7731 post format-standard even az-d"><h4><a href="/roses/">Pruning Roses in Winter</a>\
      </h4></li></ul></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Ähnliche Beiträge")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("one card with a long excerpt does not make a row of cards prose")
  func oneLongExcerpt() throws {
    let long = String(repeating: "A long teaser of the post that goes on and on. ", count: 13)
    let related = """
      <div class="more"><h3>Ähnliche Beiträge</h3><div class="row"><article class="c"><a href="/compost/">\
      <h2>Composting Basics for Small Gardens</h2></a><div>\(long)</div></article><article class="c">\
      <a href="/roses/"><h2>Pruning Roses in Winter, Step by Step</h2></a><div>Short teaser.</div></article>\
      <article class="c"><a href="/tulips/"><h2>Planting Tulip Bulbs Before the Frost</h2></a><div>Short teaser.</div>\
      </article></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Composting Basics for Small Gardens", "Pruning Roses in Winter, Step by Step",
        "Planting Tulip Bulbs Before the Frost",
      ])
  }

  @Test("a card titled with a bare address is not a related post")
  func addressTitledCard() throws {
    let related = """
      <div class="more"><h3>Ähnliche Artikel</h3><ul><li><a href="https://garden.example/compost/">\
      https://garden.example/compost/</a></li></ul></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a 'More From <site>' block naming the site itself (og:site_name) is the site's stream, not related")
  func moreFromTheSite() throws {
    let related = """
      <div class="recirc"><h2>More From the Garden Journal</h2><div class="row">\
      <article class="c"><a href="/compost/"><h3>Composting Basics for Small Gardens</h3></a></article>\
      <article class="c"><a href="/roses/"><h3>Pruning Roses in Winter</h3></a></article></div></div>
      """
    let head = #"<meta property="og:site_name" content="Garden Journal">"#
    let extracted = try TestPage.extract(article + related, head: head, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a 'Recommended for You' heading over cards is the site's picks, not related posts")
  func recommendedForYou() throws {
    let related = """
      <div class="recirc"><h2>Recommended for You</h2><div class="row">\
      <article class="c"><a href="/compost/"><h3>Composting Basics for Small Gardens</h3></a></article>\
      <article class="c"><a href="/roses/"><h3>Pruning Roses in Winter</h3></a></article></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a block classed related whose own headline names something else ('Unsere Lesetipps') is not related")
  func relatedClassNamedOtherwise() throws {
    let related = """
      <div class="related__articles"><span class="related__headline">Unsere Lesetipps</span><div class="grid">\
      <article class="teaser"><a href="/compost/"><h3>Composting Basics for Small Gardens</h3></a></article>\
      <article class="teaser"><a href="/roses/"><h3>Pruning Roses in Winter</h3></a></article></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a block classed related with a 'Weitere Beiträge' headline is the article's related cards")
  func relatedClassNamedMore() throws {
    let related = """
      <div class="related-posts"><h3>Weitere Beiträge</h3><div class="grid">\
      <article class="teaser"><a href="/compost/"><h3>Composting Basics for Small Gardens</h3></a></article>\
      <article class="teaser"><a href="/roses/"><h3>Pruning Roses in Winter</h3></a></article></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Weitere Beiträge")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("a heading-less block classed related in the sidebar column is a site widget, not related")
  func classedRelatedInSidebar() throws {
    let related = """
      <aside class="widget-area sidebar"><div class="related-blog-list">\
      <article class="c"><a href="/compost/"><h3>Composting Basics for Small Gardens</h3></a></article>\
      <article class="c"><a href="/roses/"><h3>Pruning Roses in Winter</h3></a></article></div></aside>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("cards with a short kicker heading above the title heading: the title is the second heading")
  func kickerHeadingAboveTitle() throws {
    let related = """
      <div class="more"><h2>Zum Thema</h2><div class="row">\
      <a class="c" href="/compost/"><div><h3>Garden</h3><h4>Composting Basics for Small Gardens</h4></div></a>\
      <a class="c" href="/roses/"><div><h3>Flowers</h3><h4>Pruning Roses in Winter</h4></div></a></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("cards with a subtitle heading below a long title heading: the title is the first heading")
  func subtitleBelowTitle() throws {
    let related = """
      <div class="more"><h2>Related posts</h2><div class="row">\
      <article class="c"><a href="/compost/"><h2>Composting Basics for Small Gardens</h2>\
      <h3>How a heap of kitchen scraps turns into the best soil you ever had</h3></a></article>\
      <article class="c"><a href="/roses/"><h2>Pruning Roses in Winter, Step by Step</h2>\
      <h3>The cuts that make a rose bush bloom twice as much next summer</h3></a></article></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Composting Basics for Small Gardens", "Pruning Roses in Winter, Step by Step",
      ])
  }

  @Test("a card's heading linked to an author's page names the author, not the title, though it is longer")
  func authorHeadingIsNoTitle() throws {
    func card(_ slug: String, _ title: String, _ person: String, _ name: String) -> String {
      """
      <div class="c"><a href="/\(slug)/"><img src="/img/\(slug).jpg" alt=""></a>\
      <h2><a href="/\(slug)/">\(title)</a></h2><p class="entry-meta">14 April 2021</p>\
      <div class="who"><h5><a href="/author/\(person)/">\(name)</a></h5></div></div>
      """
    }
    let related =
      "<div class=\"more\"><h2>Related posts</h2><div class=\"row\">"
      + card("seed-swaps", "Seed Swaps", "marguerite-okonkwo", "Marguerite Okonkwo")
      + card("hedges", "Winter Hedges", "bartholomew-lindqvist", "Bartholomew Lindqvist") + "</div></div>"
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    let posts = try #require(extracted.related?.posts)
    #expect(posts.map(\.title) == ["Seed Swaps", "Winter Hedges"])
    #expect(posts.map(\.url) == ["https://garden.example/seed-swaps/", "https://garden.example/hedges/"])
    #expect(posts.map(\.author) == ["Marguerite Okonkwo", "Bartholomew Lindqvist"])
  }

  @Test("a card's title link holding the post's date in a <time>: the title without the date")
  func dateInsideTitleLink() throws {
    func card(_ slug: String, _ title: String, _ date: String, _ shown: String) -> String {
      """
      <div class="c"><a href="/\(slug)/"><div><div>\(title)</div>\
      <time datetime="\(date)">\(shown)</time></div><div></div></a></div>
      """
    }
    let related =
      "<div class=\"more\"><div class=\"label\">More about composting</div><div class=\"row\">"
      + card("compost", "Composting Basics for Small Gardens", "2021-03-03", "March 3, 2021")
      + card("roses", "Pruning Roses in Winter", "2021-02-26", "February 26, 2021") + "</div></div>"
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    let posts = try #require(extracted.related?.posts)
    #expect(posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
    #expect(posts.map(\.publishedAt) == ["2021-03-03", "2021-02-26"])
  }

  @Test("a kicker set off by <br> inside the card's title (<small>Tip</small><br>Title) is not part of the title")
  func kickerLineInTitle() throws {
    let related = """
      <div class="more"><h3>Das könnte dir auch gefallen</h3><div class="row">\
      <div class="item"><p class="title"><a href="/compost/"><span><small>Tip of the week</small><br>\
      Composting Basics for Small Gardens</span></a></p></div>\
      <div class="item"><p class="title"><a href="/roses/"><span><small>Tip of the week</small><br>\
      Pruning Roses in Winter</span></a></p></div></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("tabs as a list of in-page links (<li><a href='#panel'>En relation</a>): the related tab titles its panel")
  func tabListOpensPanel() throws {
    let related = """
      <section class="more-posts"><div class="more-posts-head"><ul>\
      <li><a href="#content-related">En relation</a></li><li><a href="#content-author">Plus par Hédi</a></li>\
      </ul></div><div class="grid" id="content-related"><ul class="grid-list">\
      <li class="post"><a href="/compost/">Composting Basics for Small Gardens</a></li></ul></div>\
      <div class="grid" id="content-author"><ul class="grid-list">\
      <li class="post"><a href="/roses/">Pruning Roses in Winter</a></li>\
      <li class="post"><a href="/tulips/">Planting Tulip Bulbs Before the Frost</a></li></ul></div></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "En relation")
    #expect(extracted.related?.posts.map(\.url) == ["https://garden.example/compost/"])
  }

  @Test("a row of buttons that all link to '#0' ('More like this') is not a tab strip")
  func buttonsAreNoTabs() throws {
    let stream = """
      <ul class="stream"><li class="item"><a href="/compost/"><h3>Composting Basics for Small Gardens</h3></a>\
      <ul class="actions"><li><a href="#0" role="button"><b>Save</b></a></li>\
      <li><a href="#0" role="button"><b>More like this</b></a></li></ul></li>\
      <li class="item"><a href="/roses/"><h3>Pruning Roses in Winter</h3></a>\
      <ul class="actions"><li><a href="#0" role="button"><b>Save</b></a></li>\
      <li><a href="#0" role="button"><b>More like this</b></a></li></ul></li></ul>
      """
    let extracted = try TestPage.extract(article + stream, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("cards split across row wrappers (td-related-row > td-related-span4, twice) are one group")
  func cardsInSeveralRows() throws {
    func card(_ slug: String, _ title: String) -> String {
      "<div class=\"span4\"><h3 class=\"entry-title\"><a href=\"/\(slug)/\">\(title)</a></h3></div>"
    }
    let related = """
      <div class="related-posts"><h4 class="block-title"><span>Ähnliche Artikel</span></h4><div class="inner">\
      <div class="related-row">\(card("compost", "Composting Basics for Small Gardens"))\
      \(card("roses", "Pruning Roses in Winter"))\(card("tulips", "Planting Tulip Bulbs Before the Frost"))</div>\
      <div class="related-row">\(card("mulch", "Mulching Beds in Autumn"))\
      \(card("seeds", "Saving Seeds From Your Tomatoes"))\(card("worms", "A Worm Bin Under the Sink"))</div>\
      </div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Ähnliche Artikel")
    #expect(extracted.related?.posts.count == 6)
  }

  @Test("several card groups under one heading's wrapper: the heading titles the first group")
  func severalGroupsUnderOneHeading() throws {
    let card = { (slug: String, title: String) in
      "<div class=\"col\"><article class=\"card\"><a href=\"/\(slug)/\"><h2>\(title)</h2></a></article></div>"
    }
    let related = """
      <aside class="suggested"><h2 class="name">À lire aussi</h2><div class="row"><div class="main-col">\
      <div class="linked">\(card("compost", "Composting Basics for Small Gardens"))\
      \(card("roses", "Pruning Roses in Winter"))</div>\
      <div class="same-section"><h2>Plus en Jardin</h2>\(card("mulch", "Mulching Beds in Autumn"))\
      \(card("seeds", "Saving Seeds From Your Tomatoes"))\(card("worms", "A Worm Bin Under the Sink"))</div></div>\
      <div class="side-col"><h3>Les plus populaires</h3><ul><li><a href="/a/">Popular story number one</a></li>\
      <li><a href="/b/">Popular story number two</a></li><li><a href="/c/">Popular story number three</a></li>\
      <li><a href="/d/">Popular story number four</a></li></ul></div></div></aside>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "À lire aussi")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("a heading opening with an icon font's ligature (<i>filter_none</i> Weitere Beiträge …) is read without it")
  func iconBeforeHeading() throws {
    let related = """
      <aside class="content-box"><span class="h4"><i class="material-icons">filter_none</i> \
      WEITERE BEITRÄGE ZU DIESEM ARTIKEL</span><ul class="list"><li class="item">\
      <a href="/compost/">Composting Basics for Small Gardens</a></li></ul></aside>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "WEITERE BEITRÄGE ZU DIESEM ARTIKEL")
    #expect(extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens"])
  }

  @Test("invisible bidi isolates in a heading ('Ähnliche ⁨Beiträge⁩') do not hide its words")
  func invisibleCharactersInHeading() throws {
    let related = """
      <section class="more"><h3>Ähnliche \u{2068}Beiträge\u{2069}</h3><ul class="list">\
      <li><a href="/compost/"><h4>Composting Basics for Small Gardens</h4></a></li>\
      <li><a href="/roses/"><h4>Pruning Roses in Winter</h4></a></li></ul></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("cards whose linked heading sits over a long teaser are cards, though little of their text is links")
  func linkedHeadingsOverLongTeasers() throws {
    let teaser = String(repeating: "A teaser of the post that tells what it is about and why. ", count: 8)
    let card = { (slug: String, title: String) in
      "<article class=\"c\"><a href=\"/\(slug)/\"><h2>\(title)</h2></a><p>\(teaser)</p></article>"
    }
    let related = """
      <div class="wrap"><h3>Ähnliche Beiträge</h3><div class="row">\
      \(card("compost", "Composting Basics"))\(card("roses", "Pruning Roses"))\(card("tulips", "Tulip Bulbs"))\
      </div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.posts.map(\.title) == ["Composting Basics", "Pruning Roses", "Tulip Bulbs"])
  }

  @Test("a script link ('Zurück zur Übersicht', javascript:) in the block is not a card")
  func scriptLinkIsNoCard() throws {
    let related = """
      <section class="box"><a href="javascript:history.go(-1);" class="back">Zurück zur Übersicht</a>\
      <h2>Das könnte Dich auch interessieren:</h2><article><a href="/juni/"><img src="/j.jpg" alt="">\
      <div class="kicker">Region | Technik</div><div class="middleTitle">Neu im Juni</div></a></article></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://fish.example/hechte/")
    #expect(extracted.related?.heading == "Das könnte Dich auch interessieren:")
    #expect(extracted.related?.posts.map(\.title) == ["Neu im Juni"])
  }

  @Test("links to topic pages without images ('Mehr zu Wärmepumpe': Eisspeicher, Förderung) are a menu, not posts")
  func topicLinksAreAMenu() throws {
    let related = """
      <div class="links"><h2>Mehr zu Gartenbau</h2><ul>\
      <li><a href="/kompost/">Kompost</a></li><li><a href="/rosen/">Rosen schneiden</a></li>\
      <li><a href="/tulpen/">Tulpenzwiebeln</a></li></ul></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a 'Mehr zum Thema' insert between the body's paragraphs gives way to the related block under the article")
  func insertGivesWayToBlockUnderArticle() throws {
    let insert = """
      <aside class="topic"><div class="h3">Mehr zum Thema</div><ul>\
      <li><a href="/mulch/"><img src="/m.jpg" alt=""><div>Mulching Beds in Autumn</div></a></li></ul></aside>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))\(insert)<h2>Second part</h2>\
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let related = """
      <div class="article-related"><div class="head">Das könnte Sie auch interessieren</div><ul>\
      <li><a href="/compost/"><img src="/c.jpg" alt=""><div>Composting Basics for Small Gardens</div></a></li>\
      <li><a href="/roses/"><img src="/r.jpg" alt=""><div>Pruning Roses in Winter</div></a></li></ul></div>
      """
    let extracted = try TestPage.extract(body + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Das könnte Sie auch interessieren")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("a 'Read more' list between the story's paragraphs is an insert: no related block, left out of the text")
  func readMoreListBetweenParagraphs() throws {
    let insert = """
      <div class="inline-block inline-block-related-list"><h1 class="box-title">Read more</h1><ul>\
      <li><a href="/compost/">Composting Basics for Small Gardens</a></li>\
      <li><a href="/roses/">Pruning Roses in Winter Without Tears</a></li></ul></div>
      """
    let extracted = try extractBetweenParagraphs(insert)
    #expect(extracted.related == nil)
    #expect(extracted.text == articleText)
  }

  @Test("an 'Auch interessant' heading and its one-card list set between paragraphs is an insert, not related")
  func headingAndListBetweenParagraphs() throws {
    let insert = """
      <h4 class="crp-list-title">Auch interessant</h4><ul class="crp-list"><li>\
      <a href="/mulch/"><img src="/m.jpg" alt=""></a><a href="/mulch/">Mulching Beds in Autumn</a></li></ul>
      """
    let extracted = try extractBetweenParagraphs(insert)
    #expect(extracted.related == nil)
    #expect(extracted.text == articleText)
  }

  @Test("a related box floated beside the text (class float_left) between paragraphs is the related block")
  func floatedRelatedBoxBesideText() throws {
    let box = """
      <div class="shortcode related-links float_left"><h3><span>Artículos Relacionados</span></h3><ul>\
      <li><a href="/compost/">Composting Basics for Small Gardens</a></li>\
      <li><a href="/roses/">Pruning Roses in Winter Without Tears</a></li></ul></div>
      """
    let extracted = try extractBetweenParagraphs(box)
    #expect(extracted.related?.heading == "Artículos Relacionados")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Composting Basics for Small Gardens", "Pruning Roses in Winter Without Tears",
      ])
  }

  @Test("cards listing the article itself between its neighbours are a feed of latest posts, not related")
  func cardsIncludingTheArticleItselfAreAFeed() throws {
    func card(_ slug: String, _ title: String) -> String {
      """
      <article class="side-scroll-item"><a href="https://garden.example/\(slug)/"><img src="/\(slug).jpg" alt="">\
      <h2>\(title)</h2></a></article>
      """
    }
    let feed = """
      <div class="read-more"><h4>das könnte Ihnen auch gefallen</h4><div class="scroll">\
      \(card("compost", "Composting Basics for Small Gardens"))\
      \(card("massage", "Massage for Lower Back Pain Relief"))\
      \(card("roses", "Pruning Roses in Winter"))</div></div>
      """
    let extracted = try TestPage.extract(article + feed, url: "https://garden.example/massage/")
    #expect(extracted.related == nil)
  }

  @Test("a related-sounding heading in a widget classed 'popular-posts' is the site's picks, not related")
  func popularPostsWidgetClass() throws {
    let widget = """
      <div class="widget popular-posts"><h4 class="widget-title"><span>Das könnte Sie auch interessieren:</span>\
      </h4></div><div class="row"><a href="/compost/"><img src="/c.jpg" alt=""><h5>Composting Basics</h5></a>\
      <a href="/roses/"><img src="/r.jpg" alt=""><h5>Pruning Roses in Winter</h5></a></div>
      """
    let extracted = try TestPage.extract(article + widget, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a 'Weitere Artikel' heading in a block classed related titles its one card")
  func moreHeadingInRelatedClassWithOneCard() throws {
    let related = """
      <section class="content related"><h3>Weitere Artikel</h3><ul class="content-list"><li>\
      <a href="/compost/"><div class="overline">Garten</div><h4>Composting Basics for Small Gardens</h4></a>\
      </li></ul></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Weitere Artikel")
    #expect(extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens"])
  }

  @Test("a kicker line classed as one (highline) opening a card's title link is not part of the title")
  func kickerClassInTitleLink() throws {
    let related = """
      <div class="more"><div class="head">Das könnte Sie auch interessieren</div><ul class="teasers">\
      <li class="teaser"><a href="/compost/"><img src="/c.jpg" alt=""></a><a href="/compost/">\
      <div class="highline">Garten</div><div class="h3">Composting Basics for Small Gardens</div></a></li>\
      <li class="teaser"><a href="/roses/"><img src="/r.jpg" alt=""></a><a href="/roses/">\
      <div class="highline">Blumen</div><div class="h3">Pruning Roses in Winter</div></a></li></ul></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("a tab strip's only tab, a link without an address, names the block of cards it opens")
  func scriptTabWithoutAddress() throws {
    let related = """
      <div class="box tabs"><ul class="tab-row"><li class="active"><a>Ähnliche Artikel</a></li></ul>\
      <div class="tab-content"><div class="wrap"><a href="/compost/"><h5>Composting Basics for Small Gardens</h5>\
      <p>Start with a simple bin.</p></a></div><div class="wrap"><a href="/roses/"><h5>Pruning Roses in Winter</h5>\
      <p>Cut back to an outward-facing bud.</p></a></div></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Ähnliche Artikel")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("a 'Related Posts' block in a sidebar widget gives way to the 'Related Posts' block under the article")
  func widgetRelatedGivesWayToBlockUnderArticle() throws {
    func cards(_ items: [(String, String)]) -> String {
      items.map {
        "<div class=\"item\"><a href=\"/\($0.0)/\"><img src=\"/\($0.0).jpg\" alt=\"\"><span>\($0.1)</span></a></div>"
      }
      .joined()
    }
    let body = """
      <div class="row"><div class="col-main">\(article)</div><div class="col-side">\
      <section class="widget linked-items"><h2>Related Posts</h2>\
      \(cards([("tomatoes", "Growing Tomatoes on a Balcony"), ("herbs", "Ten Herbs for a Sunny Window")]))\
      </section></div></div><div class="bottom-bar"><div class="bottom-bar__headline">Related Posts</div>\
      \(cards([("compost", "Composting Basics for Small Gardens"), ("roses", "Pruning Roses in Winter")]))</div>
      """
    let extracted = try TestPage.extract(body, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  /// The article beside a Blogger-style sidebar widget "Related Links" listing `links`.
  private func sidebarLinkList(_ links: [(String, String)]) throws -> Article {
    let items = links.map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" }.joined()
    let body = """
      <div class="row"><div class="col-main">\(article)</div><div class="col-side">\
      <div class="widget LinkList"><h2>Related Links</h2><div class="widget-content"><ul>\(items)</ul></div></div>\
      </div></div>
      """
    return try TestPage.extract(body, url: "https://blog.garden.example/2024/bees/")
  }

  @Test("a 'Related Links' sidebar widget linking only to other hosts of the site is a link list, not related")
  func sidebarLinkListToOtherHosts() throws {
    let extracted = try sidebarLinkList([
      ("https://www.garden.example/", "The Garden Society home page"),
      ("https://mail.garden.example/lists/members", "The members' mailing list archive"),
    ])
    #expect(extracted.related == nil)
  }

  @Test("a 'Related Links' sidebar widget linking to the blog's own posts is the related block")
  func sidebarLinkListToOwnPosts() throws {
    let extracted = try sidebarLinkList([
      ("https://blog.garden.example/2024/compost/", "Composting Basics for Small Gardens"),
      ("https://www.garden.example/", "The Garden Society home page"),
    ])
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "The Garden Society home page"])
  }

  @Test("a line classed as the block's title, all of it a link to the section, names the block ('Más de Sociedad')")
  func sectionLinkHeading() throws {
    func card(_ slug: String, _ title: String) -> String {
      """
      <div class="ccard"><article><a href="/sociedad/\(slug)/"><img src="/\(slug).jpg" alt=""></a>\
      <h3 class="article-section"><a href="/sociedad">Sociedad</a></h3>\
      <h2 class="article-title"><a href="/sociedad/\(slug)/">\(title)</a></h2></article></div>
      """
    }
    let related = """
      <section class="more-of-section"><div class="flex"><div class="block-title"><a href="/sociedad/">\
      <span>MÁS DE <span>SOCIEDAD</span></span></a></div>\
      \(card("compost", "Composting Basics for Small Gardens"))\(card("roses", "Pruning Roses in Winter"))\
      </div></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/sociedad/bees/")
    #expect(extracted.related?.heading == "MÁS DE SOCIEDAD")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("a card title classed as a title, all of it a link to a post, is no block heading though it opens 'Más de'")
  func postLinkTitleIsNoHeading() throws {
    let teaser = """
      <div class="teaser"><div class="teaser-title"><a href="/noticias/mas-de-cien-jardines-abren-sus-puertas/">\
      Más de cien jardines abren sus puertas</a></div><ul><li><a href="/compost/">Composting Basics for Small \
      Gardens</a></li><li><a href="/roses/">Pruning Roses in Winter</a></li></ul></div>
      """
    let extracted = try TestPage.extract(article + teaser, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a word of the heading set in bold ('Noticias <strong>Relacionadas</strong>') is part of the heading")
  func boldWordOfHeading() throws {
    let related = """
      <section class="noticias"><h3><span>Noticias <strong>Relacionadas</strong></span></h3><ul>\
      <li><a href="/compost/"><img src="/c.jpg" alt=""> Composting Basics for Small Gardens</a></li>\
      <li><a href="/roses/"><img src="/r.jpg" alt=""> Pruning Roses in Winter</a></li></ul></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Noticias Relacionadas")
  }

  @Test("rows of two cards, each row alone in its wrapper, are read as the rows' cards, not one card a row")
  func rowsOfCardsInWrappers() throws {
    func card(_ slug: String, _ title: String) -> String {
      """
      <section class="col-6"><article><figure><img src="/\(slug).jpg" alt="\(title)"></figure><div class="text">\
      <h4><a href="/\(slug)/">\(title)</a></h4><a class="more" href="/\(slug)/">Ver más</a></div></article></section>
      """
    }
    let related = """
      <section class="related-news"><div class="row"><h3>Noticias Relacionadas</h3>\
      <div class="entry-row"><div class="row">\(card("compost", "Compost"))\
      \(card("roses", "Pruning Roses in Winter"))</div></div>\
      <div class="entry-row"><div class="row">\(card("tomatoes", "Growing Tomatoes on a Balcony"))\
      \(card("herbs", "Ten Herbs for a Sunny Window"))</div></div></div></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Compost", "Pruning Roses in Winter", "Growing Tomatoes on a Balcony", "Ten Herbs for a Sunny Window",
      ])
  }

  @Test("a heading and its one card in a wrapper with ad labels: the card after the heading is the block")
  func oneCardAfterHeadingInWrapper() throws {
    let related = """
      <section class="more"><div><div class="ad"><div>Anzeige</div><iframe src="/ads/1"></iframe></div>\
      <a href="javascript:history.go(-1);">Zurück zur Übersicht</a><h2>Das könnte Dich auch interessieren:</h2>\
      <article><a href="/compost/"><img src="/c.jpg" alt=""><div class="middleTitle">Composting Basics</div>\
      <div class="meta">01.05.2020</div></a></article></div></section>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Das könnte Dich auch interessieren:")
    #expect(extracted.related?.posts.map(\.title) == ["Composting Basics"])
  }

  /// Three linked cards, each a linked `<h3>` title in an `<article>`.
  private var threeCards: String {
    """
    <article class="c"><a href="/compost/"><h3>Composting Basics for Small Gardens</h3></a></article>\
    <article class="c"><a href="/roses/"><h3>Pruning Roses in Winter</h3></a></article>\
    <article class="c"><a href="/herbs/"><h3>Ten Herbs for a Sunny Window</h3></a></article>
    """
  }

  @Test("a 'More in <section>' or 'More stories' heading over cards is the section's stream, not related")
  func moreInSectionIsAStream() throws {
    for heading in ["More in Reader Letters", "More stories", "Mehr aus Lübeck"] {
      let stream = "<div class=\"more-news\"><h2 class=\"widget-title\">\(heading)</h2><div>\(threeCards)</div></div>"
      let extracted = try TestPage.extract(article + stream, url: "https://garden.example/bees/")
      #expect(extracted.related == nil, "\(heading)")
      #expect(extracted.text == articleText, "\(heading)")
    }
  }

  @Test("a block classed related in the header, before the headline (a nav dropdown), is not related")
  func relatedDropdownBeforeHeadline() throws {
    let header = """
      <header><a href="/"><h1><svg><title>Garden</title></svg>Garden</h1></a>\
      <section class="context-nav__related"><div class="grid">\(threeCards)</div></section></header>
      """
    let extracted = try TestPage.extract(header + article, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
  }

  @Test("a block classed related after a widget's <h1> but before the title's <h1> (a header menu) is not related")
  func relatedMenuBetweenWidgetHeadingAndTitle() throws {
    let header = """
      <header><div class="widget"><h1 class="widget-title">Newsletter</h1></div>\
      <section class="context-nav__related"><div class="grid">\(threeCards)</div></section></header>
      """
    let head = #"<meta property="og:title" content="Massage for Lower Back Pain Relief">"#
    let extracted = try TestPage.extract(header + article, head: head, url: "https://garden.example/bees/")
    #expect(extracted.title == "Massage for Lower Back Pain Relief")
    #expect(extracted.related == nil)
  }

  @Test("a heading-less box classed related between the body's paragraphs is a read-more insert, not related")
  func relatedClassInsertBetweenParagraphs() throws {
    let extracted = try extractBetweenParagraphs("<section class=\"related-block\">\(threeCards)</section>")
    #expect(extracted.related == nil)
  }

  @Test("a block classed related titled by a link to a section page ('More Stories' → /news) is its stream")
  func relatedClassTitledBySectionLink() throws {
    for title in [#"<a href="/news">More Stories</a>"#, #"<a href="/news/pictures/">Galleries</a>"#] {
      let rail = """
        <aside class="post-more-stories"><h2 class="list__heading">\(title)</h2><div>\(threeCards)</div></aside>
        """
      let extracted = try TestPage.extract(article + rail, url: "https://garden.example/bees/")
      #expect(extracted.related == nil, "\(title)")
    }
  }

  @Test("a box with its own heading before a heading-less rail does not title the rail ('Related Topics' tags)")
  func headingOfABoxBeforeTheBlock() throws {
    let tags = """
      <aside class="tags"><h3>Related Topics</h3><ul><li><a href="/gardening/">Gardening</a></li>\
      <li><a href="/europe/">Europe</a></li><li><a href="/wild-bees/">Wild Bees</a></li></ul></aside>
      """
    let rail = "<div class=\"article__related\"><div class=\"row\">\(threeCards)</div></div>"
    let extracted = try TestPage.extract(article + tags + rail, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == nil)
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Composting Basics for Small Gardens", "Pruning Roses in Winter", "Ten Herbs for a Sunny Window",
      ])
  }

  @Test("heading-less cards that open with the article itself are a slider of latest posts, not related")
  func headinglessSliderWithTheArticleItself() throws {
    let slider = """
      <div class="related-slider">\
      <article class="c"><a href="/massage/"><h3>Massage for Lower Back Pain Relief</h3></a></article>\
      \(threeCards)</div>
      """
    let extracted = try TestPage.extract(article + slider, url: "https://garden.example/massage/")
    #expect(extracted.related == nil)
  }

  @Test("'See also' over a block classed related is the related block; a bare 'See also' section is not")
  func seeAlso() throws {
    let list = """
      <h3><span>See also</span></h3><ul>\
      <li><a href="/2015/01/08/compost-heap-stolen/">Composting Basics for Small Gardens</a></li>\
      <li><a href="/2015/01/30/roses-pruned-at-night/">Pruning Roses in Winter</a></li></ul>
      """
    let classed = try TestPage.extract(
      article + "<div class=\"related clearfix\">\(list)</div>", url: "https://garden.example/bees/")
    #expect(classed.related?.heading == "See also")
    #expect(classed.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
    let bare = try TestPage.extract(article + "<div>\(list)</div>", url: "https://garden.example/bees/")
    #expect(bare.related == nil)
  }

  /// Three list items, each one link to a post of the site.
  private var threeLinkItems: String {
    """
    <ul><li><a href="/compost/">Composting Basics for Small Gardens</a></li>\
    <li><a href="/roses/">Pruning Roses in Winter</a></li>\
    <li><a href="/herbs/">Ten Herbs for a Sunny Window</a></li></ul>
    """
  }

  @Test("a list headed and classed related between the body's paragraphs is related when nothing else is")
  func relatedClassedInsertAsLastResort() throws {
    let classed = try extractBetweenParagraphs(
      "<div class=\"content-related-stories\"><h3>Related Stories</h3>\(threeLinkItems)</div>")
    #expect(classed.related?.heading == "Related Stories")
    #expect(
      classed.related?.posts.map(\.title) == [
        "Composting Basics for Small Gardens", "Pruning Roses in Winter", "Ten Herbs for a Sunny Window",
      ])
    #expect(!classed.text.contains("Pruning Roses"))
    // The editor's own list in the text, headed the same but with no related class, stays out.
    let unclassed = try extractBetweenParagraphs("<div class=\"box\"><h3>Related Stories</h3>\(threeLinkItems)</div>")
    #expect(unclassed.related == nil)
    // One card, headed and classed so, is a pointer in the text, not a block.
    let one = try extractBetweenParagraphs(
      "<div class=\"related-coverage\"><p>Related Coverage</p><div><a href=\"/compost/\">Composting Basics for Small Gardens</a></div></div>"
    )
    #expect(one.related == nil)
  }

  @Test("a date or topic set in its own element inside a card's title heading is no part of the title")
  func titleHeadingWithDateOrTopic() throws {
    let dated = """
      <div><h2>Related Coverage</h2><ul>\
      <li><article><a href="/2010/11/08/compost.html"><h2 class="headline"><span class="title">Composting Basics\
      </span> <time class="dateline">NOV. 7, 2010</time></h2></a></article></li>\
      <li><article><a href="/2009/03/31/roses.html"><h2 class="headline"><span class="title">Pruning Roses in Winter\
      </span> <time class="dateline">MARCH 30, 2009</time></h2></a></article></li></ul></div>
      """
    let byDate = try TestPage.extract(article + dated, url: "https://garden.example/bees/")
    #expect(byDate.related?.posts.map(\.title) == ["Composting Basics", "Pruning Roses in Winter"])
    #expect(byDate.related?.posts.map(\.publishedAt) == ["2010-11-07", "2009-03-30"])
    let topical = """
      <div><h2>Das könnte Sie auch interessieren</h2>\
      <div class="teaser"><h3><a href="/compost.html">Composting Basics</a> <span class="teaser__category">\
      (Thema: Garden)</span></h3></div>\
      <div class="teaser"><h3><a href="/roses.html">Pruning Roses in Winter</a> <span class="teaser__category">\
      (Thema: Roses)</span></h3></div></div>
      """
    let byTopic = try TestPage.extract(article + topical, url: "https://garden.example/bees/")
    #expect(byTopic.related?.posts.map(\.title) == ["Composting Basics", "Pruning Roses in Winter"])
  }

  @Test("a class only holding 'date' in a longer word (candidate-name, update-note) inside a card's title stays in it")
  func titleHeadingClassWithDateInsideWord() throws {
    let named = """
      <div><h2>Das könnte Sie auch interessieren</h2>\
      <div class="teaser"><h3><a href="/compost.html"><span class="candidate-name">Jane Fieldmore</span> wins the \
      compost prize</a></h3></div>\
      <div class="teaser"><h3><a href="/roses.html">Pruning Roses in Winter <span class="update-note">(revised)\
      </span></a></h3></div></div>
      """
    let extracted = try TestPage.extract(article + named, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Jane Fieldmore wins the compost prize", "Pruning Roses in Winter (revised)",
      ])
  }

  @Test("a block classed related names itself in its own first line before the cards, in any words")
  func openingLineOfClassedBlock() throws {
    let block = """
      <div class="field-related"><div class="field-label-above">Artikel zum Thema</div>\(threeCards)</div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Artikel zum Thema")
    #expect(extracted.related?.posts.count == 3)
    // A tab that opens the block's panel names it too; a link to another page does not.
    let tab = """
      <div class="post-related"><div class="tabs"><a href="#panel-1"><span>Picked for you</span></a></div>\
      <div id="panel-1">\(threeCards)</div></div>
      """
    #expect(
      try TestPage.extract(article + tab, url: "https://garden.example/bees/").related?.heading == "Picked for you")
    let linked = """
      <div class="post-related"><div class="tabs"><a href="/picks/">Picked for you</a></div>\(threeCards)</div>
      """
    #expect(try TestPage.extract(article + linked, url: "https://garden.example/bees/").related?.heading == nil)
  }

  @Test("a block classed related opening with a read-on line ('Weiterlesen', 'Continue reading') is named by it")
  func openingReadOnLineNamesBlock() throws {
    for name in ["Weiterlesen", "Continue reading", "Lees verder"] {
      let block = "<div class=\"field-related\"><div class=\"field-label-above\">\(name)</div>\(threeCards)</div>"
      let extracted = try TestPage.extract(article + block, url: "https://garden.example/bees/")
      #expect(extracted.related?.heading == name)
      #expect(extracted.related?.posts.count == 3)
    }
  }

  @Test("a carousel's control, a slider dot or an ad label opening a related block does not name it")
  func openingLineControlsAndLabels() throws {
    let openings = [
      "<div class=\"arrows\"><span>‹</span></div>", "<ol class=\"dots\"><li>1</li></ol>",
      "<button class=\"prev\">Previous</button>", "<span role=\"button\">Weiter</span>",
      "<span class=\"label\">Anzeige</span>", "<div class=\"close\">×</div>",
    ]
    for opening in openings {
      let block = "<div class=\"post-related\">\(opening)\(threeCards)</div>"
      let extracted = try TestPage.extract(article + block, url: "https://garden.example/bees/")
      #expect(extracted.related?.posts.count == 3, "\(opening)")
      #expect(extracted.related?.heading == nil, "\(opening)")
    }
  }

  @Test("a card's byline naming several authors gives them all, as the card writes them")
  func cardWithSeveralAuthors() throws {
    let related = """
      <div class="related-posts"><h3>Ähnliche Beiträge</h3>\
      <div class="card"><h4><a href="/compost/">Composting Basics for Small Gardens</a></h4>\
      <div class="byline">von Greta Lindholm und Paula Vierbein</div></div>\
      <div class="card"><h4><a href="/roses/">Pruning Roses in Winter</a></h4>\
      <div class="byline">Jörg Bräutigam, Lucien Marchais</div></div>\
      <div class="card"><h4><a href="/herbs/">Ten Herbs for a Sunny Window</a></h4>\
      <div class="byline">von Jonas Weber</div></div></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.author) == [
        "Greta Lindholm und Paula Vierbein", "Jörg Bräutigam, Lucien Marchais", "Jonas Weber",
      ])
  }

  @Test("a date written as bare text beside the title link or the author's name is the card's date")
  func dateAsTextBesideElements() throws {
    let listed = """
      <h3>Mehr zum Thema auf Garden.example</h3><ul>\
      <li>2019-01-14: <a href="/2019/01/14/compost/">Composting Basics for Small Gardens</a></li>\
      <li>2018-01-06: <a href="/2018/01/06/roses/">Pruning Roses in Winter</a></li></ul>
      """
    let byList = try TestPage.extract(article + listed, url: "https://garden.example/bees/")
    #expect(byList.related?.posts.map(\.publishedAt) == ["2019-01-14", "2018-01-06"])
    let signed = """
      <div class="related"><h2>À lire aussi</h2>\
      <div class="item"><h2><a href="/compost.html">Composting Basics for Small Gardens</a></h2>\
      <div class="infos">par <span class="author"><a href="/auteur/gaston">Gaston Verlaine</a></span>, le 14 mai 2009\
      </div></div>\
      <div class="item"><h2><a href="/roses.html">Pruning Roses in Winter</a></h2>\
      <div class="infos">par <span class="author"><a href="/auteur/anne">Anne Morel</a></span>, le 22 octobre 2008\
      </div></div></div>
      """
    let bySigned = try TestPage.extract(article + signed, url: "https://garden.example/bees/")
    #expect(bySigned.related?.posts.map(\.publishedAt) == ["2009-05-14", "2008-10-22"])
  }

  @Test("a card whose class adds a modifier to the row's (an extra token, a BEM --variant) is one of the row")
  func cardVariantClass() throws {
    let extraToken = """
      <div class="related-posts"><h3>You may also like</h3><div class="cols">\
      <div class="col rp"><h4><a href="/garden/compost">Compost in Four Weeks</a></h4></div>\
      <div class="col rp"><h4><a href="/garden/mulch">Mulch for Dry Summers</a></h4></div>\
      <div class="col rp nomargin"><h4><a href="/garden/seeds">Seeds Worth Saving</a></h4></div></div></div>
      """
    let byToken = try TestPage.extract(article + extraToken, url: "https://garden.example/bees/")
    #expect(
      byToken.related?.posts.map(\.title) == [
        "Compost in Four Weeks", "Mulch for Dry Summers", "Seeds Worth Saving",
      ])
    // Neither class holds the other: `media--inset` is a variant of `media`.
    let modifier = """
      <div class="related-posts"><h4>Verwandte Artikel</h4>\
      <article class="media--inset teaser"><a href="/news/kompost/"><h2>Kompost im Winter: so gelingt es</h2></a></article>\
      <article class="media teaser"><a href="/news/mulch/"><h2>Mulch schützt den Boden</h2></a></article>\
      <article class="media--inset teaser"><a href="/news/saat/"><h2>Saatgut richtig lagern</h2></a>\
      </article></div>
      """
    let byModifier = try TestPage.extract(article + modifier, url: "https://garden.example/bees/")
    #expect(
      byModifier.related?.posts.map(\.title) == [
        "Kompost im Winter: so gelingt es", "Mulch schützt den Boden", "Saatgut richtig lagern",
      ])
  }

  @Test("paragraphs that are each one link under a related heading are cards; prose paragraphs with a link are not")
  func linkLineParagraphs() throws {
    let lines = """
      <div class="box"><p><strong>Mehr zum Thema:</strong></p>\
      <p><a href="/news/brand-in-wohnung-1001">Brand in Wohnung: Feuerwehr rettet Familie</a></p>\
      <p><a href="/news/sturm-ueber-der-stadt-1002">Sturm über der Stadt: Bäume auf Gleisen</a></p>\
      <p><a href="/news/hochwasser-am-fluss-1003">Hochwasser am Fluss: Keller laufen voll</a></p></div>
      """
    let byLines = try TestPage.extract(article + lines, url: "https://garden.example/bees/")
    #expect(byLines.related?.heading == "Mehr zum Thema:")
    #expect(
      byLines.related?.posts.map(\.title) == [
        "Brand in Wohnung: Feuerwehr rettet Familie", "Sturm über der Stadt: Bäume auf Gleisen",
        "Hochwasser am Fluss: Keller laufen voll",
      ])
    #expect(byLines.related?.posts.first?.url == "https://garden.example/news/brand-in-wohnung-1001")
    #expect(!byLines.text.contains("Sturm über der Stadt"))
    // Sentences around each link: prose, not a row of cards.
    let prose = """
      <div class="box"><p><strong>Mehr zum Thema:</strong></p>\
      <p>The fire started at night, as <a href="/news/brand-1">the brigade reported</a> in the morning.</p>\
      <p>The storm followed a day later, and <a href="/news/sturm-2">the trains stopped</a> for hours.</p>\
      <p>Then the river rose, so <a href="/news/fluss-3">the cellars flooded</a> along the bank.</p></div>
      """
    #expect(try TestPage.extract(article + prose, url: "https://garden.example/bees/").related == nil)
  }

  @Test("cards whose titles are <h1> elements are posts: an <h1> inside the block is no title of the article")
  func cardTitlesInH1() throws {
    let block = """
      <section class="teasers"><h2>Weitere Artikel</h2><div class="grid">\
      <article class="item"><h1><a href="/leben/gute-frage-318442">Das Wahre und das Schöne</a></h1>\
      <p>Philosophen streiten über ein neues Buch.</p></article>\
      <article class="item"><h1><a href="/leben/heilige-318517">Die Heilige des Monats</a></h1>\
      <p>Ein Porträt zum Gedenktag im Mai.</p></article></div></section>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/bees/")
    #expect(extracted.title == "Massage for Lower Back Pain Relief")
    #expect(extracted.related?.heading == "Weitere Artikel")
    #expect(extracted.related?.posts.map(\.title) == ["Das Wahre und das Schöne", "Die Heilige des Monats"])
  }

  @Test(
    "related headings in more words and languages: 'More about …', 'Weitere Inhalte zum Thema', 'Powiązane tematy', 'Související'",
    arguments: ["More about the garden and bees", "Weitere Inhalte zum Thema", "Powiązane tematy:", "Související"])
  func relatedHeadingVocabulary(heading: String) throws {
    let block = """
      <section class="box"><h3>\(heading)</h3><ul>\
      <li><a href="/news/compost-basics-2041">Composting Basics for Small Gardens</a></li>\
      <li><a href="/news/pruning-roses-2042">Pruning Roses in Winter</a></li></ul></section>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == heading)
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test(
    "WordPress and Jetpack related titles in Swedish, Danish, Norwegian, Polish, Russian and French",
    arguments: [
      "Relaterade inlägg", "Relaterade", "Relaterede indlæg", "Relaterte innlegg", "Liknande inlägg", "Podobne",
      "Похожее", "Similaire", "Podobné příspěvky",
    ])
  func relatedHeadingsOfWordPressTranslations(heading: String) throws {
    let block = """
      <div class="box"><h3>\(heading)</h3><div class="c"><a href="/2021/04/compost/">Composting Basics for Small \
      Gardens</a></div><div class="c"><a href="/2021/05/roses/">Pruning Roses in Winter</a></div></div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == heading)
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test(
    "a one-word Jetpack title ('Podobne', 'Similaire', 'Похожее', 'Relaterade') opens no in-article heading: its list stays in the text",
    arguments: [
      "Podobne objawy u dorosłych", "Podobnego zdania są lekarze", "Similaire à la grippe saisonnière",
      "Relaterade symptom hos vuxna", "Relaterede symptomer", "Похожее заболевание у взрослых",
      // One-word openings of other languages: whole titles only, as these in-article headings show.
      "Relaterte symptomer hos voksne", "Relatert smerte i korsryggen", "Relaterat till stress",
      "Relateret til stress", "Relacionado con el estrés", "Relacionados ao sono", "Relacionadas à dieta",
      "Gerelateerde klachten", "Gerelateerd aan stress", "Související onemocnění", "Súvisiace ochorenia",
      "Powiązane choroby", "Polecamy te kosmetyki", "Correlati alla dieta", "Approfondimenti sulla dieta",
      "Kapcsolódó betegségek", "Podobne 3", "Relaterade 2024",
    ])
  func oneWordRelatedTitleOpensNoHeading(heading: String) throws {
    let block = """
      <h2>\(heading)</h2><ul><li><a href="/news/compost-basics-2041">Composting Basics for Small Gardens</a></li>\
      <li><a href="/news/pruning-roses-2042">Pruning Roses in Winter</a></li></ul>
      """
    let extracted = try extractBetweenParagraphs(block)
    #expect(extracted.related == nil)
    #expect(extracted.text.contains("Composting Basics for Small Gardens"))
  }

  /// Three linked post titles in a list.
  private var threeLinks: String {
    """
    <ul><li><a href="/2021/04/compost-basics/">Composting Basics for Small Gardens</a></li>\
    <li><a href="/2021/05/pruning-roses/">Pruning Roses in Winter</a></li>\
    <li><a href="/2021/06/bee-hotels/">Building a Bee Hotel at Home</a></li></ul>
    """
  }
  private var threeLinkTitles: [String] {
    ["Composting Basics for Small Gardens", "Pruning Roses in Winter", "Building a Bee Hotel at Home"]
  }

  /// The article, then a box of `threeLinks` under `heading` on a page in `lang`: the box is the
  /// related block, with that heading and those three posts.
  private func expectThreeLinkBlock(under heading: String, lang: String) throws {
    let block = "<div class=\"box\"><h3>\(heading)</h3>\(threeLinks)</div>"
    let extracted = try TestPage.extract(article + block, lang: lang, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == heading)
    #expect(extracted.related?.posts.map(\.title) == threeLinkTitles)
  }

  @Test(
    "a whole one-word related title followed by punctuation, an ellipsis, an arrow or a symbol titles the cards under it",
    arguments: [
      ("pl", "Podobne…"), ("pl", "Podobne:"), ("pl", "Podobne..."), ("sv", "Relaterade!"), ("fr", "Similaire ›"),
      ("ru", "Похожее —"), ("no", "Relaterte »"), ("pt", "Relacionadas:"), ("nl", "Gerelateerd →"),
      ("cs", "Související ★"), ("es", "Relacionado:"), ("pl", "Polecamy!"),
    ])
  func wholeRelatedTitleWithPunctuation(lang: String, heading: String) throws {
    try expectThreeLinkBlock(under: heading, lang: lang)
  }

  @Test(
    "related titles of several words in the languages whose one-word title is whole-only still open a block",
    arguments: [
      ("no", "Relaterte saker"), ("no", "Relatert innhold"), ("sv", "Relaterade nyheter"), ("da", "Relaterede nyheder"),
      ("cs", "Související články"), ("nl", "Gerelateerde posts"), ("pl", "Polecamy również"), ("pl", "Powiązane posty"),
    ])
  func multiWordRelatedTitles(lang: String, heading: String) throws {
    try expectThreeLinkBlock(under: heading, lang: lang)
  }

  @Test(
    "'Read more' and 'Read also' titles over a row of cards in Portuguese and the other languages give the related block",
    arguments: [
      ("pt", "Leia mais"), ("pt", "LEIA MAIS"), ("pt", "Leia mais:"), ("pt", "Leia também"), ("es", "Leer más"),
      ("es", "Lee también"), ("nl", "Lees meer"), ("nl", "Lees ook"), ("it", "Leggi di più"), ("it", "Leggi anche"),
      ("pl", "Czytaj więcej"), ("pl", "Czytaj też"), ("de", "Lesen Sie auch"), ("fr", "À lire aussi"),
    ])
  func readMoreTitlesPerLanguage(lang: String, heading: String) throws {
    try expectThreeLinkBlock(under: heading, lang: lang)
  }

  @Test(
    "a short line of prose opening with 'Leia mais', 'Leer más' or 'Lees meer' over links closing the article is no related title",
    arguments: [
      ("pt", "Leia mais devagar e anote:"), ("es", "Leer más libros este verano:"),
      ("nl", "Lees meer boeken deze zomer:"),
      ("it", "Leggi di più sul giardino:"),
    ])
  func readMoreSentenceIsNoTitle(lang: String, line: String) throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))<p>\(line)</p>\(threeLinks)</div></article>
      """
    let extracted = try TestPage.extract(body, lang: lang, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
    #expect(extracted.text.contains(line))
    #expect(extracted.text.contains("Composting Basics for Small Gardens"))
  }

  @Test(
    "a card's 'read more' link in Italian, Portuguese, Dutch or Polish is no post: the cards keep their real titles",
    arguments: ["Leggi tutto", "Continua a leggere", "Continue lendo", "Lees verder", "Czytaj dalej"])
  func readMoreLinksPerLanguage(more: String) throws {
    let card = { (path: String, title: String) in
      "<div class=\"c\"><a href=\"\(path)\">\(title)</a><a href=\"\(path)\">\(more)</a></div>"
    }
    let block = """
      <div class="box"><h3>Related posts</h3>\(card("/2021/04/compost/", "Composting Basics for Small Gardens"))\
      \(card("/2021/05/roses/", "Pruning Roses in Winter"))<div class="c"><a href="/2021/06/bees/">\(more)</a></div></div>
      """
    let extracted = try TestPage.extract(article + block, lang: "it", url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"])
  }

  @Test("links each marked as a tag (rel=tag, class ui-tag) under a related heading are topics, not posts")
  func tagLinksAreNoPosts() throws {
    let tags = """
      <div class="topics"><div class="caption">Ähnliche Themen</div><div class="flex">\
      <a class="ui-tag" href="/garten/">Gärten</a>\
      <a class="ui-tag" href="/garten/winter/">Gärten im Winter</a>\
      <a rel="tag" href="/tag/wintersport/">Wintersport und Eisschnelllauf</a></div></div>
      """
    #expect(try TestPage.extract(article + tags, url: "https://garden.example/bees/").related == nil)
    // A card that carries its tags beside its title link is a post.
    let tagged = """
      <div class="topics"><h4>Similar articles</h4><ul>\
      <li><a class="tag" href="/tag/soil">Soil</a> <a href="/compost-tricks"><h4>Some Compost Tricks of a Gardener</h4></a></li>\
      <li><a class="tag" href="/tag/soil">Soil</a> <a href="/mulch-spring"><h4>Mulch in Spring, First and Last</h4></a></li>\
      </ul></div>
      """
    #expect(
      try TestPage.extract(article + tagged, url: "https://garden.example/bees/").related?.posts.map(\.title) == [
        "Some Compost Tricks of a Gardener", "Mulch in Spring, First and Last",
      ])
  }

  @Test("a row of icon-only share links beside each card is no row of cards: the cards with titles are")
  func shareIconsBesideCards() throws {
    func card(_ slug: String, _ title: String) -> String {
      """
      <div class="overlay"><h2>Social Share</h2><a href="https://social.example/share?u=/\(slug)"><i class="icon"></i></a>\
      <a href="https://chat.example/send?u=/\(slug)"><i class="icon"></i></a></div>\
      <div class="col post"><h4><a href="/2021/04/\(slug)/">\(title)</a></h4><p class="date">April 8, 2021</p></div>
      """
    }
    let block = """
      <div class="strip-news"><div class="label"><i class="fa"></i>RELATED NEWS</div><div class="row">\
      \(card("rain-gauges", "Council buys new rain gauges"))\(card("harbour-ferry", "Harbour ferry runs again"))\
      </div></div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "RELATED NEWS")
    #expect(extracted.related?.posts.map(\.title) == ["Council buys new rain gauges", "Harbour ferry runs again"])
  }

  @Test("a related heading styled 'trending' inside a box classed related is that box's heading, not a popular widget")
  func trendingStyledHeadingInRelatedBox() throws {
    let block = """
      <section class="relatedPosts-new"><p class="trending-posts_header">Mehr zum Gartenteich:</p>\
      <div class="wrapper"><div class="item"><a href="/news/4711/teich-anlegen/">\
      <span class="title-item">Teich im Herbst winterfest machen</span></a></div>\
      <div class="item"><a href="/news/4712/teich-pflanzen/">\
      <span class="title-item">Welche Pflanzen in den Teich passen</span></a></div></div></section>
      """
    // Set in the text, the box is taken only when its heading and class both say related.
    let extracted = try extractBetweenParagraphs(block)
    #expect(extracted.related?.heading == "Mehr zum Gartenteich:")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Teich im Herbst winterfest machen", "Welche Pflanzen in den Teich passen",
      ])
    // The same heading in a box classed as the site's trending posts stays the site's picks.
    let widget = block.replacingOccurrences(of: "relatedPosts-new", with: "trending-box")
    #expect(try extractBetweenParagraphs(widget).related == nil)
  }

  @Test("the title's <h1> holds the title as whole words: a short title is not found inside a longer word")
  func titleHeadingWholeWords() {
    #expect(RelatedExtractor.holdsWords("politics | rain tax passes", "rain tax passes"))
    #expect(!RelatedExtractor.holdsWords("newsletter", "news"))
    #expect(!RelatedExtractor.holdsWords("rain taxes", "rain tax"))
  }
}

/// Related blocks found by headings in many languages and by the markup those headings come in.
@Suite("Related: headings in many languages, label lines over linked paragraphs, 'See also' over teasers")
struct RelatedHeadingsTests {
  private let article = """
    <article class="post"><h1 class="entry-title">Planting a Winter Herb Garden</h1>
    <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
    """

  private func list(_ heading: String) -> String {
    """
    <div class="box"><h3>\(heading)</h3><ul>\
    <li><a href="/notes/pruning-old-apple-trees">Pruning old apple trees in March</a></li>\
    <li><a href="/notes/compost-heap-basics">Compost heap basics for small yards</a></li></ul></div>
    """
  }

  @Test("related headings in Russian, Ukrainian, Polish, Portuguese, German, Swedish, Turkish, Japanese, Chinese")
  func headingsInManyLanguages() throws {
    for heading in [
      "Читайте также", "Читайте також", "Więcej na ten temat", "Przeczytaj również", "Powiązane", "Veja também",
      "Erfahren Sie mehr:", "Zum Weiterlesen", "Diese Artikel könnten Sie interessieren", "Läs också",
      "İlgili Haberler", "関連記事", "相關文章", "Baca juga", "À lire également", "Ti potrebbero interessare",
    ] {
      let extracted = try TestPage.extract(article + list(heading), url: "https://garden.example/herbs/")
      #expect(extracted.related?.heading == heading, "\(heading)")
      #expect(extracted.related?.posts.count == 2, "\(heading)")
    }
  }

  @Test("a label paragraph over paragraphs of one link each, closing the text, is the related block")
  func labelLineOverLinkedParagraphs() throws {
    let run = """
      <p><strong>Lesen Sie auch:</strong></p>\
      <p><a href="/notes/pruning-old-apple-trees">Pruning old apple trees in March</a></p>\
      <p><strong><a href="https://garden.example/notes/compost-heap-basics">Compost heap basics for small yards</a> \
      </strong></p><p>&nbsp;</p>
      """
    let body = """
      <article class="post"><h1 class="entry-title">Planting a Winter Herb Garden</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))\(run)</div></article>
      """
    let extracted = try TestPage.extract(body, url: "https://garden.example/herbs/")
    #expect(
      extracted.related
        == Related(
          heading: "Lesen Sie auch:",
          posts: [
            PostCard(
              title: "Pruning old apple trees in March", url: "https://garden.example/notes/pruning-old-apple-trees",
              author: nil, publishedAt: nil, commentCount: nil, excerpt: nil, image: nil),
            PostCard(
              title: "Compost heap basics for small yards", url: "https://garden.example/notes/compost-heap-basics",
              author: nil, publishedAt: nil, commentCount: nil, excerpt: nil, image: nil),
          ]))
    // Between paragraphs of prose the same lines are a "Read more" insert, not the block.
    let insert = """
      <article class="post"><h1 class="entry-title">Planting a Winter Herb Garden</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))\(run)\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    #expect(try TestPage.extract(insert, url: "https://garden.example/herbs/").related == nil)
  }

  @Test("a heading element whose one link leads to the cards' section page is the block's heading")
  func headingLinkingSectionPage() throws {
    let block = """
      <div class="more-box"><h2 class="box-head"><a class="section-link" href="/notes/orchard">Veja Também</a></h2>\
      <div class="row"><div class="col"><a href="/notes/orchard/pruning-old-apple-trees"><img src="/a.jpg" alt="">\
      <span class="card-name">Pruning old apple trees in March</span></a></div>\
      <div class="col"><a href="/notes/orchard/compost-heap-basics"><img src="/b.jpg" alt="">\
      <span class="card-name">Compost heap basics for small yards</span></a></div></div></div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/herbs/")
    #expect(extracted.related?.heading == "Veja Também")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Pruning old apple trees in March", "Compost heap basics for small yards",
      ])
  }

  @Test("'See also' over teasers with pictures is the related block; over bare links it is a list of links")
  func seeAlsoOverPictureCards() throws {
    func teaser(_ slug: String, _ title: String) -> String {
      """
      <div class="tile"><img src="/img/\(slug).jpg" alt=""><h3 class="tile__head">\
      <a href="/notes/\(slug)"><span class="tile__headline">\(title)</span>\
      <span class="sr-only">Opens the note</span></a></h3></div>
      """
    }
    let block = """
      <div class="card-shelf"><h2 class="card-shelf__headline">Siehe auch</h2>\
      <div class="card-shelf__items">\(teaser("pruning-old-apple-trees", "Pruning old apple trees in March"))\
      \(teaser("compost-heap-basics", "Compost heap basics for small yards"))</div></div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/herbs/")
    #expect(extracted.related?.heading == "Siehe auch")
    // The words said to screen readers only are no part of a card's title.
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Pruning old apple trees in March", "Compost heap basics for small yards",
      ])
    #expect(try TestPage.extract(article + list("See also"), url: "https://garden.example/herbs/").related == nil)
  }

  @Test("of a card's two headings, the one classed as the headline is the title, whatever the kicker's length")
  func headlineClassedHeadingIsTitle() throws {
    func card(_ slug: String, _ kicker: String, _ title: String) -> String {
      """
      <li><a href="/notes/\(slug)"><h3 class="kicker-line">\(kicker)</h3><h3 class="headline">\(title)</h3></a></li>
      """
    }
    let block = """
      <div class="box"><h3>Related stories</h3><ul>\
      \(card("pruning-old-apple-trees", "The orchard in the first weeks of spring", "Pruning old apple trees"))\
      \(card("compost-heap-basics", "Small yards and what they can hold", "Compost heap basics"))</ul></div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/herbs/")
    #expect(extracted.related?.posts.map(\.title) == ["Pruning old apple trees", "Compost heap basics"])
  }

  @Test("rows classed by their place (Drupal views-row-odd, views-row-first, views-row-last) are one row of cards")
  func rowsClassedByPlace() throws {
    func row(_ place: String, _ slug: String, _ title: String) -> String {
      """
      <div class="views-row \(place)"><div class="views-field-title"><a href="/notes/\(slug)">\
      <h2 class="title">\(title)</h2></a></div><div class="views-field-teaser">A short teaser line for the \
      post.</div></div>
      """
    }
    let block = """
      <div class="panel-pane"><h2 class="pane-title">Diese Artikel könnten Sie interessieren</h2>\
      <div class="view-content">\
      \(row("views-row-odd views-row-first", "pruning-old-apple-trees", "Pruning old apple trees in March"))\
      \(row("views-row-even", "compost-heap-basics", "Compost heap basics for small yards"))\
      \(row("views-row-odd views-row-last", "seed-swap-notes", "Notes from the village seed swap"))</div></div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/herbs/")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Pruning old apple trees in March", "Compost heap basics for small yards", "Notes from the village seed swap",
      ])
  }

  @Test("cards whose plain title heading sits over a teaser and one 'Mehr erfahren' link are cards")
  func plainHeadingOverOneLink() throws {
    func card(_ slug: String, _ title: String) -> String {
      """
      <div class="col"><div class="card-body"><h3 class="card-title">\(title)</h3><p class="card-text">A teaser \
      that runs on for a while about the post, what it covers, who it is for, and why the season matters for \
      it, long enough to outweigh the link below.</p>\
      <a href="/notes/\(slug)" class="stretched-link">Mehr erfahren</a></div></div>
      """
    }
    let block = """
      <div class="topic-more"><h2 class="topic-more__headline">Mehr zum Thema</h2><div class="grid">\
      \(card("pruning-old-apple-trees", "Pruning old apple trees in March"))\
      \(card("compost-heap-basics", "Compost heap basics for small yards"))</div></div>
      """
    let extracted = try TestPage.extract(article + block, url: "https://garden.example/herbs/")
    #expect(extracted.related?.heading == "Mehr zum Thema")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Pruning old apple trees in March", "Compost heap basics for small yards",
      ])
    #expect(
      extracted.related?.posts.map(\.url) == [
        "https://garden.example/notes/pruning-old-apple-trees", "https://garden.example/notes/compost-heap-basics",
      ])
  }

  @Test("a paragraph of a label and its links a line each (<br> between), closing the text, is the block")
  func labelAndLinksInOneParagraph() throws {
    let lines = """
      <p>Siehe auch<br><a href="/notes/pruning-old-apple-trees">Pruning old apple trees in March</a><br>\
      <strong><a href="/notes/compost-heap-basics">Compost heap basics for small yards</a></strong><br></p>
      """
    func page(_ tail: String) -> String {
      """
      <article class="post"><h1 class="entry-title">Planting a Winter Herb Garden</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))\(tail)</div></article>
      """
    }
    let extracted = try TestPage.extract(page(lines), url: "https://garden.example/herbs/")
    #expect(extracted.related?.heading == "Siehe auch")
    #expect(
      extracted.related?.posts.map(\.url) == [
        "https://garden.example/notes/pruning-old-apple-trees", "https://garden.example/notes/compost-heap-basics",
      ])
    // Links inside a sentence are no lines of a block.
    let sentence = """
      <p>Read also <a href="/notes/pruning-old-apple-trees">our pruning notes</a> and \
      <a href="/notes/compost-heap-basics">the compost basics</a> before you start.</p>
      """
    #expect(try TestPage.extract(page(sentence), url: "https://garden.example/herbs/").related == nil)
  }

  /// A French "same theme" block of two dated cards, the dates as written.
  private func frenchDatedCards(_ first: String, _ second: String) -> String {
    func card(_ slug: String, _ date: String, _ title: String) -> String {
      """
      <li><article><p class="article-date"><span class="date">\(date)</span></p>\
      <p class="article-title"><a href="/notes/\(slug)">\(title)</a></p></article></li>
      """
    }
    return """
      <div class="box"><h3>Sur le même thème</h3><ul>\
      \(card("pruning-old-apple-trees", first, "Pruning old apple trees in March"))\
      \(card("compost-heap-basics", second, "Compost heap basics for small yards"))</ul></div>
      """
  }

  @Test("a card's numeric date reads in the page's language's order: day first on a French page")
  func cardDateInPageLanguageOrder() throws {
    let block = frenchDatedCards("07/01/2018", "03/10/2019")
    let extracted = try TestPage.extract(article + block, lang: "fr", url: "https://garden.example/herbs/")
    #expect(extracted.related?.posts.map(\.publishedAt) == ["2018-01-07", "2019-10-03"])
  }

  @Test(
    "a card's ambiguous slash date reads day first on a French page, whether `<html lang>` or `og:locale` says French")
  func cardSlashDateDayFirstInFrench() throws {
    let block = frenchDatedCards("12/03/2024", "25/03/2024")
    let french = try TestPage.extract(article + block, lang: "fr-FR", url: "https://garden.example/herbs/")
    #expect(french.related?.posts.map(\.publishedAt) == ["2024-03-12", "2024-03-25"])
    let locale = try TestPage.extract(
      article + block, head: #"<meta property="og:locale" content="fr_FR">"#, lang: nil,
      url: "https://garden.example/herbs/")
    #expect(locale.related?.posts.map(\.publishedAt) == ["2024-03-12", "2024-03-25"])
    let american = try TestPage.extract(article + block, lang: "en-US", url: "https://garden.example/herbs/")
    #expect(american.related?.posts.map(\.publishedAt) == ["2024-12-03", "2024-03-25"])
  }

  /// Pictured cards of a titled block, then plainer cards going on from them: in the rest of the
  /// row, in a list after the row, in a list right after the block.
  private func pictured(_ slug: String, _ title: String, classes: String = "card") -> String {
    """
    <div class="\(classes)"><a href="/notes/\(slug)"><img src="/img/\(slug).jpg" alt="">\
    <span class="title">\(title)</span></a></div>
    """
  }

  @Test("plain title cards going on after a titled block's pictured cards are its posts too")
  func plainCardsContinueTheRow() throws {
    let inRow = """
      <div class="box"><h2>Related posts</h2><div class="row">\
      \(pictured("pruning-old-apple-trees", "Pruning old apple trees in March", classes: "card big"))\
      \(pictured("compost-heap-basics", "Compost heap basics for small yards", classes: "card big"))\
      <div class="card plain"><a href="/notes/watering-in-august">Watering tomatoes in a dry August</a></div>\
      </div></div>
      """
    let afterBlock = """
      <div class="column"><section class="list"><h3>Related posts</h3><ul>\
      <li>\(pictured("pruning-old-apple-trees", "Pruning old apple trees in March"))</li>\
      <li>\(pictured("compost-heap-basics", "Compost heap basics for small yards"))</li></ul></section>\
      <section class="shortlist"><ol><li><span>03/09/2021</span> <a href="/notes/watering-in-august">\
      Watering tomatoes in a dry August</a></li><li><a href="/notes/seed-saving">Saving bean seeds for next \
      spring</a></li></ol></section></div>
      """
    let rowTitles = try TestPage.extract(article + inRow, url: "https://garden.example/herbs/").related?.posts.map(
      \.title)
    #expect(
      rowTitles == [
        "Pruning old apple trees in March", "Compost heap basics for small yards", "Watering tomatoes in a dry August",
      ])
    let listed = try TestPage.extract(article + afterBlock, url: "https://garden.example/herbs/").related
    #expect(
      listed?.posts.map(\.url) == [
        "https://garden.example/notes/pruning-old-apple-trees", "https://garden.example/notes/compost-heap-basics",
        "https://garden.example/notes/watering-in-august", "https://garden.example/notes/seed-saving",
      ])
  }

  @Test("a block after the cards that repeats their posts, pictures promos or has a heading is not their continuation")
  func otherBlocksAfterTheRowAreNotItsCards() throws {
    let row = """
      <section class="list"><h3>Related posts</h3><ul>\
      <li>\(pictured("pruning-old-apple-trees", "Pruning old apple trees in March"))</li>\
      <li>\(pictured("compost-heap-basics", "Compost heap basics for small yards"))</li></ul></section>
      """
    let repeating = """
      <section class="stream"><ul><li><a href="/notes/pruning-old-apple-trees">Pruning old apple trees in March</a></li>\
      <li><a href="/notes/seed-saving">Saving bean seeds for next spring</a></li></ul></section>
      """
    let promo = """
      <section class="promo"><div>\(pictured("win-a-greenhouse", "Win a greenhouse this summer"))\
      \(pictured("garden-tours", "Garden tours across the county"))</div></section>
      """
    let headed = """
      <section class="same"><h2>More in <a href="/notes/">Notes</a></h2><div class="row">\
      <div><a href="/notes/seed-saving">Saving bean seeds for next spring</a></div>\
      <div><a href="/notes/mulch">Mulching beds before the frost</a></div></div></section>
      """
    for after in [repeating, promo, headed] {
      let extracted = try TestPage.extract(
        article + "<div class=\"column\">\(row)\(after)</div>", url: "https://garden.example/herbs/")
      #expect(
        extracted.related?.posts.map(\.title) == [
          "Pruning old apple trees in March", "Compost heap basics for small yards",
        ])
    }
  }

  @Test("cards set flat after their heading, with no wrapper of their own, are the block's cards")
  func flatCardsAfterTheirHeading() throws {
    func card(_ slug: String, _ title: String) -> String {
      """
      <div class="post-item"><h3><a href="/notes/\(slug)">\(title)</a></h3><p class="meta">By <a href="/author/ilka/">Ilka Moreau</a> \
      <time datetime="2020-02-18">Feb 18, 2020</time></p><a href="/notes/\(slug)"><img src="/img/\(slug).jpg"></a></div>
      """
    }
    let column = """
      <div class="column"><h1>Massage for Lower Back Pain Relief</h1>\(TestPage.paragraphs(4))\
      <h3 class="section-title">Related</h3>\
      \(card("pruning-old-apple-trees", "Pruning old apple trees in March"))<hr>\
      \(card("compost-heap-basics", "Compost heap basics for small yards"))\
      \(card("seed-saving", "Saving bean seeds for next spring"))</div>
      """
    let related = try TestPage.extract(column, url: "https://garden.example/herbs/").related
    #expect(related?.heading == "Related")
    #expect(
      related?.posts.map(\.title) == [
        "Pruning old apple trees in March", "Compost heap basics for small yards", "Saving bean seeds for next spring",
      ])
    #expect(related?.posts.map(\.author) == ["Ilka Moreau", "Ilka Moreau", "Ilka Moreau"])
  }

  @Test(
    "related headings met beyond the first tables: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish",
    arguments: [
      "More to explore", "Passende Artikel", "articles correspondants", "Te sugerimos", "Notizie simili",
      "Artigos recomendados", "Anderen lazen ook", "Warto przeczytać",
    ])
  func headingsOfTheLaterTables(heading: String) throws {
    let block = """
      <div class="box"><h2>\(heading)</h2><ul>\
      <li><a href="/notes/pruning-old-apple-trees">Pruning old apple trees in March</a></li>\
      <li><a href="/notes/compost-heap-basics">Compost heap basics for small yards</a></li></ul></div>
      """
    let related = try TestPage.extract(article + block, url: "https://garden.example/herbs/").related
    #expect(related?.heading == heading)
    #expect(related?.posts.count == 2)
  }

  /// The byte test run before a heading's opening is read (`PhraseOpenings`) passes every line
  /// a table opens, however it is written (runs of spaces, capitals, a no-break space before
  /// it, a letter written decomposed, Cyrillic, CJK), and stops the others.
  @Test(
    "A heading's first bytes tell which lines the related tables may open",
    arguments: [
      ("  Related   posts", true), ("RELATED STORIES", true), ("\u{A0}Ähnliche Artikel", true),
      ("A\u{308}hnliche Artikel", true), ("ПОХОЖИЕ СТАТЬИ", true), ("相关文章", true), ("Share this", false),
      ("Menu", false), ("► Related", false), ("© 2024 Example", false), ("关于我们", false),
    ])
  func openingPrefixesPassEveryOpenedLine(text: String, opened: Bool) throws {
    let html = "<html><body><div>\(text)</div></body></html>"
    let tree = try HTMLParser.tree(bytes: Array(html.utf8), encoding: "UTF-8", maximumElements: 100)
    let line = try #require(tree.nodes.first { $0.tag == "div" })
    #expect(SectionVocabulary.Opening(line).opens(SectionVocabulary.relatedPhrases) == opened)
    #expect(PhraseOpenings([SectionVocabulary.relatedPhrases]).mayOpen(line) == opened)
  }

  /// A heading the bytes cannot read (a script `folded` does not know, a decomposed accent) is
  /// tested with `hasPrefix` against only the phrases its first character may equal: the answer
  /// is that of testing every phrase, for every phrase of the tables written several ways.
  @Test("A heading read as a String is tested against the phrases its first character may open, with the same answer")
  func loweredOpeningTestsOnlyPossiblePhrases() {
    let tables = [
      SectionVocabulary.relatedPhrases, SectionVocabulary.morePhrases, SectionVocabulary.siteStreamPhrases,
      SectionVocabulary.authorStreamPhrases,
    ]
    for table in tables {
      for phrase in table.all {
        let texts = [
          phrase + " x", phrase.decomposedStringWithCanonicalMapping + " x", "x" + phrase, "\u{37E}" + phrase,
          String(phrase.dropFirst()), "", "\u{301}" + phrase,
        ]
        for text in texts {
          #expect(table.opened(by: text) == table.openings.contains { text.hasPrefix($0) }, "\(text)")
        }
      }
    }
  }

  @Test(
    "a theme's <body> flags ('has-popular-posts', 'sidebar-widget-area') make no widget of a block under the article")
  func bodyClassFlagsAreNoWidget() throws {
    let cards = """
      <ul><li><a href="/compost/"><img src="/img/c.jpg" alt=""><span>Composting Basics for Small Gardens</span></a>\
      </li><li><a href="/roses/"><img src="/img/r.jpg" alt=""><span>Pruning Roses in Winter</span></a></li></ul>
      """
    for flags in ["single has-popular-posts", "single sidebar-widget-area"] {
      let html = """
        <!DOCTYPE html><html><head><title>Why Bees Matter</title></head><body class="\(flags)">
        <article class="post"><h1>Why Bees Matter</h1><div class="entry-content">\(TestPage.paragraphs(4))</div>\
        </article><section class="more"><h2>You might also like</h2>\(cards)</section>
        <section class="more"><h2>Related posts</h2>\(cards)</section></body></html>
        """
      let related = try ArticleExtractor().extract(html: html).related
      #expect(related?.heading == "You might also like", "\(flags)")
      #expect(
        related?.posts.map(\.title) == ["Composting Basics for Small Gardens", "Pruning Roses in Winter"], "\(flags)")
    }
  }
}

/// The related block among several card blocks: a site stream ("Most read", "Latest news") beside it
/// in one box or in boxes of their own never takes its place.
extension RelatedExtractorTests {
  /// A list of `count` links under `heading`, set as a box's heading and its list.
  private func titledList(_ heading: String, _ titles: [String], ordered: Bool = false) -> String {
    let items = titles.enumerated().map {
      "<li><a href=\"/p/\($0.offset)-\($0.element.count)/\">\($0.element)</a></li>"
    }
    let list = ordered ? "ol" : "ul"
    return "<h3>\(heading)</h3><\(list)>\(items.joined())</\(list)>"
  }

  private var relatedTitles: [String] {
    [
      "Composting basics for small gardens", "Pruning roses in the winter", "Mulching beds in the autumn",
    ]
  }
  private var relatedTitlesGerman: [String] {
    [
      "Kompost für kleine Gärten anlegen", "Rosen im Winter richtig schneiden", "Beete im Herbst mit Mulch abdecken",
    ]
  }
  private var streamTitles: [String] { (1...10).map { "A story many readers opened this week, number \($0)" } }

  @Test(
    "a related list and a longer most-read list in one box, in either order and two languages: the related heading takes its own list",
    arguments: [
      ("Related posts", "Most read", "en", false), ("Related posts", "Most read", "en", true),
      ("Ähnliche Artikel", "Meistgelesen", "de", false), ("Ähnliche Artikel", "Meistgelesen", "de", true),
    ])
  func relatedBesideMostReadInOneBox(related: String, stream: String, lang: String, streamFirst: Bool) throws {
    let titles = lang == "de" ? relatedTitlesGerman : relatedTitles
    let own = titledList(related, titles)
    let popular = titledList(stream, streamTitles, ordered: true)
    let box = "<div class=\"after-article\">\(streamFirst ? popular + own : own + popular)</div>"
    let extracted = try TestPage.extract(article + box, lang: lang, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == related)
    #expect(extracted.related?.posts.map(\.title) == titles)
    #expect(extracted.text == articleText)
  }

  @Test(
    "a related list and a most-read list in boxes of their own, in either order: the related list, never the stream",
    arguments: [("Related posts", "Most popular", false), ("You may also like", "Latest news", true)])
  func relatedBesideStreamInOwnBoxes(related: String, stream: String, streamFirst: Bool) throws {
    let own = "<section class=\"box\">\(titledList(related, relatedTitles))</section>"
    let popular = "<section class=\"box\">\(titledList(stream, streamTitles))</section>"
    let extracted = try TestPage.extract(
      article + (streamFirst ? popular + own : own + popular), url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == related)
    #expect(extracted.related?.posts.map(\.title) == relatedTitles)
  }

  @Test(
    "a box of cards under a site-wide stream heading is never related, even classed related, in each language's table",
    arguments: [
      "Latest news", "Recent posts", "Neueste Artikel", "Les plus lus", "Lo más leído", "Più letti", "Mais lidas",
      "Populairste", "Najczęściej czytane", "Trending", "Meistgelesen", "Beliebteste", "Najpopularniejsze:",
    ])
  func siteStreamHeadingIsNeverRelated(heading: String) throws {
    let box = "<div class=\"related-posts\">\(titledList(heading, relatedTitles))</div>"
    let extracted = try TestPage.extract(article + box, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
    #expect(extracted.text == articleText)
  }

  @Test(
    "an article heading opening with a stream word ('Latest news from the hive') over a linked list stays in the text")
  func streamWordsInArticleHeadingStay() throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))<h2>Latest news from the hive</h2>\(breedList)\
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let extracted = try TestPage.extract(body, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
    #expect(extracted.headings.map(\.text) == ["Latest news from the hive"])
    #expect(extracted.lists.map { $0.items.map(\.text) } == [breedItems])
    #expect(extracted.text.contains("Latest news from the hive\n\n" + breedItems.joined(separator: "\n")))
  }

  /// Three linked items with a word on each, an article's own list of other pages.
  private var breeds: [(slug: String, name: String, note: String)] {
    [
      ("labrador-guide", "Labrador Retriever", "friendly and outgoing"),
      ("shepherd-guide", "German Shepherd", "loyal and smart"),
      ("golden-guide", "Golden Retriever", "gentle family dog"),
    ]
  }
  private var breedItems: [String] { breeds.map { "\($0.name) – \($0.note)" } }
  private var breedList: String {
    "<ul>"
      + breeds.map { "<li><a href=\"https://garden.example/\($0.slug)\">\($0.name)</a> – \($0.note)</li>" }.joined()
      + "</ul>"
  }

  @Test(
    "a linked list between the article's paragraphs under a heading opening with a stream phrase stays in the text and lists",
    arguments: [
      ("Most popular dog breeds in 2024", "en"), ("Latest news on the vaccine", "en"),
      ("Recent posts on the forum", "en"),
      ("Najpopularniejsze rasy psów", "pl"), ("Beliebteste Hunderassen", "de"), ("Populairste hondenrassen", "nl"),
      ("Laatste nieuws over het vaccin", "nl"), ("Últimas noticias sobre la vacuna", "es"),
    ])
  func streamPhraseOverListInTextStays(heading: String, lang: String) throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))<h2>\(heading)</h2>\(breedList)\
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let extracted = try TestPage.extract(body, lang: lang, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
    #expect(extracted.lists.map { $0.items.map(\.text) } == [breedItems])
    #expect(extracted.text.contains(heading + "\n\n" + breedItems.joined(separator: "\n")))
  }

  @Test(
    "a one-word stream heading ('Trending', 'Beliebteste') opening a longer article heading: its list at the text's end stays",
    arguments: [
      ("Trending hairstyles for summer", "en"), ("Beliebteste Hunderassen", "de"), ("Meistgelesene Bücher", "de"),
      ("Najpopularniejsze rasy psów", "pl"), ("Populairste hondenrassen", "nl"),
    ])
  func oneWordStreamOpeningArticleHeadingStays(heading: String, lang: String) throws {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(3))<h2>\(heading)</h2>\(breedList)</div></article>
      """
    let extracted = try TestPage.extract(body, lang: lang, url: "https://garden.example/bees/")
    #expect(extracted.related == nil)
    #expect(extracted.lists.map { $0.items.map(\.text) } == [breedItems])
    #expect(extracted.text.hasSuffix(heading + "\n\n" + breedItems.joined(separator: "\n")))
  }

  @Test(
    "a tabbed box 'Related posts | Most popular' after the article: the related tab's panel, not refused as the stream")
  func tabbedRelatedBesideMostPopular() throws {
    func panel(_ id: String, _ titles: [String]) -> String {
      let items = titles.enumerated().map { "<li><a href=\"/\(id)/\($0.offset)/\">\($0.element)</a></li>" }
      return "<div id=\"\(id)\"><ul>\(items.joined())</ul></div>"
    }
    let box = """
      <div class="post-tabs"><ul class="tabs"><li><a href="#tab-related">Related posts</a></li>\
      <li><a href="#tab-popular">Most popular</a></li></ul>\
      \(panel("tab-related", relatedTitles))\(panel("tab-popular", Array(streamTitles.prefix(3))))</div>
      """
    let extracted = try TestPage.extract(article + box, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Related posts")
    #expect(extracted.related?.posts.map(\.title) == relatedTitles)
    #expect(extracted.text == articleText)
  }

  @Test(
    "A box of many 'See also' lines over empty elements before one row of cards takes time proportional to its size")
  func manySeeAlsoLinesStayLinear() throws {
    func page(_ count: Int) -> String {
      let line = "<b>See also</b>" + String(repeating: "<i></i>", count: 200)
      let cards = (0..<24).map { ("/post-\($0)/", "Card title number \($0) of the row") }
      return "<body>" + article + "<div class=\"w\">" + String(repeating: line, count: count) + list(cards)
        + "</div></body>"
    }
    func seconds(_ count: Int) throws -> Double { try fastestExtractionCPUSeconds(page(count)) }
    let small = try seconds(100)
    let large = try seconds(800)
    // Eight times the lines: linear work takes about eight times as long; quadratic, sixty-four.
    #expect(large < max(small, 0.01) * 20)
  }

  @Test(
    "a box classed related holding its row and a most-read list, in either order and two languages: its row, never the stream",
    arguments: [
      ("Most read", "en", false), ("Most read", "en", true), ("Meistgelesen", "de", false),
      ("Meistgelesen", "de", true),
    ])
  func relatedClassBoxHoldingMostRead(stream: String, lang: String, streamFirst: Bool) throws {
    let titles = lang == "de" ? relatedTitlesGerman : relatedTitles
    let items = titles.enumerated().map { "<li><a href=\"/p/\($0.offset)/\">\($0.element)</a></li>" }
    let own = "<div><ul>\(items.joined())</ul></div>"
    let popular = "<div>\(titledList(stream, streamTitles, ordered: true))</div>"
    let box = "<div class=\"related-posts\">\(streamFirst ? popular + own : own + popular)</div>"
    let extracted = try TestPage.extract(article + box, lang: lang, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == nil)
    #expect(extracted.related?.posts.map(\.title) == titles)
  }
}

extension RelatedExtractorTests {
  @Test(
    "a headless box classed related in the site's language ('noticias-relacionadas', 'meme_sujet', 'articoli-correlati') is the related block",
    arguments: [
      ("noticias-relacionadas", "es"), ("bloc_base meme_sujet", "fr"), ("articoli-correlati", "it"),
      ("artigos-relacionados", "pt"), ("gerelateerde-artikelen", "nl"), ("powiazane-artykuly", "pl"),
      ("aehnliche-artikel", "de"),
    ])
  func relatedClassInSiteLanguage(className: String, lang: String) throws {
    let titles = [
      "Composting basics for small gardens", "Pruning roses in the winter", "Mulching beds in the autumn",
    ]
    let cards = titles.enumerated().map { "<li><a href=\"/p/\($0.offset)/\">\($0.element)</a></li>" }
    let page = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      <div class="\(className)"><ul>\(cards.joined())</ul></div>
      """
    let extracted = try TestPage.extract(page, lang: lang, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == nil)
    #expect(extracted.related?.posts.map(\.title) == titles)
    #expect(extracted.related?.posts.first?.url == "https://garden.example/p/0/")
    #expect(extracted.text == TestPage.texts(4).joined(separator: "\n\n"))
  }

  @Test("a related box of two lists each in a wrapper of one kind, a label line between them: one row of cards")
  func rowsInLoneWrappersAreOneRow() throws {
    let first = ["Composting basics for small gardens", "Pruning roses in the winter", "Mulching beds in the autumn"]
    let second = ["Watering tomatoes in a dry summer", "Sowing beans under glass in spring"]
    func list(_ titles: [String], from start: Int) -> String {
      let items = titles.enumerated().map { "<li><a href=\"/p/\(start + $0.offset)/\">\($0.element)</a></li>" }
      return "<div class=\"contenu\"><ul class=\"liste\">\(items.joined())</ul></div>"
    }
    let page = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      <aside class="related-posts"><h3>Related posts</h3>\(list(first, from: 0))\
      <span class="label">For subscribers</span>\(list(second, from: 3))</aside>
      """
    let extracted = try TestPage.extract(page, url: "https://garden.example/bees/")
    #expect(extracted.related?.heading == "Related posts")
    #expect(extracted.related?.posts.map(\.title) == first + second)
  }

  @Test(
    "the same headless box under a class naming no related block (English 'correlation' compounds) is no related block",
    arguments: [
      "correlation-chart-legend noticias", "asset-correlation", "section cross-correlation", "plot_correlation",
    ])
  func headlessBoxWithoutRelatedClass(className: String) throws {
    let cards = ["Composting basics for small gardens", "Pruning roses in the winter", "Mulching beds in the autumn"]
      .enumerated().map { "<li><a href=\"/p/\($0.offset)/\">\($0.element)</a></li>" }
    let page = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      <div class="\(className)"><ul>\(cards.joined())</ul></div>
      """
    #expect(try TestPage.extract(page, lang: "es", url: "https://garden.example/bees/").related == nil)
  }

  @Test("a kicker run into the card's title with no space (<h4><em>Gedenken</em>#WeRemember…) is no part of it")
  func runInKickerInTitle() throws {
    let heading = """
      <div class="related"><h3>Mehr zum Thema:</h3><ul>\
      <li><h4><em>Gedenken</em>#WeRemember - Bundesrat erinnert an die Opfer</h4>\
      <a class="more" href="/texte/weremember.html">Mehr ...</a></li>\
      <li><h4><em>Video</em>Länderkammer billigt das Gesetz zur Pflege</h4>\
      <a class="more" href="/texte/pflege.html">Mehr ...</a></li></ul></div>
      """
    let extracted = try TestPage.extract(article + heading, lang: "de", url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "#WeRemember - Bundesrat erinnert an die Opfer", "Länderkammer billigt das Gesetz zur Pflege",
      ])
    // Another site: the kicker in the title link itself, a capital after it.
    let link = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><a href="/compost/"><b>Video</b>Composting Basics for Small Gardens</a></li>\
      <li><a href="/roses/"><b>Podcast</b>Pruning Roses in Winter</a></li></ul></div>
      """
    #expect(
      try TestPage.extract(article + link, url: "https://garden.example/bees/").related?.posts.map(\.title) == [
        "Composting Basics for Small Gardens", "Pruning Roses in Winter",
      ])
  }

  @Test("a word emphasised at the start of a card's title, a space or an apostrophe after it, stays in the title")
  func emphasisOpeningTitleStays() throws {
    let related = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><h4><a href="/dune/"><em>Dune</em> review: the desert returns</a></h4></li>\
      <li><h4><a href="/dune-2/"><em>Dune</em>'s sequel is coming in the spring</a></h4></li>\
      <li><h4><a href="/ways/"><span>5</span>Ways to Keep Your Roses Healthy</a></h4></li></ul></div>
      """
    let extracted = try TestPage.extract(article + related, url: "https://garden.example/bees/")
    #expect(
      extracted.related?.posts.map(\.title) == [
        "Dune review: the desert returns", "Dune's sequel is coming in the spring", "5Ways to Keep Your Roses Healthy",
      ])
  }

  @Test("two styled words of a title with a space between them, or glued into one word, are both the title's")
  func spacedOrGluedTitlePartsStay() throws {
    func titles(_ items: [String], lang: String = "en") throws -> [String]? {
      let related =
        "<div class=\"related-posts\"><h3>\(lang == "de" ? "Mehr zum Thema" : "Related posts")</h3><ul>"
        + items.enumerated().map { "<li><h4><a href=\"/p\($0.offset)/\">\($0.element)</a></h4></li>" }.joined()
        + "</ul></div>"
      return try TestPage.extract(article + related, lang: lang, url: "https://garden.example/bees/").related?.posts
        .map(\.title)
    }
    #expect(
      try titles([
        "<span>New</span> <span>York Has the Best Pizza in Town</span>",
        "<strong>How</strong>&nbsp;<span>To Prune Roses in Winter</span>",
        "<em>The Guardian</em>\n  <span>View on Bees and Honey</span>",
        "<span class=\"word\">Bees</span><span class=\"whitespace\"> </span><span class=\"word\">Need Flowers</span>",
      ]) == [
        "New York Has the Best Pizza in Town", "How To Prune Roses in Winter", "The Guardian View on Bees and Honey",
        "Bees Need Flowers",
      ])
    #expect(
      try titles(
        [
          "<strong>Bienen</strong> <em>Sterben</em> in Europa",
          "<b>Rosen</b> <b>Schneiden</b> im Winter leicht gemacht",
        ],
        lang: "de") == ["Bienen Sterben in Europa", "Rosen Schneiden im Winter leicht gemacht"])
    // Glued into one word: a brand or a name, no kicker.
    #expect(
      try titles(["<b>Java</b>Script Tips for Beginners", "<strong>You</strong>Tube Channels About Bees"]) == [
        "JavaScript Tips for Beginners", "YouTube Channels About Bees",
      ])
  }

  @Test(
    "a short badge classed as the post's type (Vidéo, Seminar) is no part of the card's title; a long part so classed is"
  )
  func typeBadgeInTitle() throws {
    let trailing = """
      <aside class="meme_sujet"><span class="entete">Articles liés</span><ul class="liste">\
      <li><a href="/pixels/video/patates.html">La loi expliquée en patates \
      <span class="type_element"><span class="ico_video_mini"></span>Vidéo</span></a></li>\
      <li><a href="/pixels/article/deputes.html">Comment vont voter les députés ?</a></li></ul></aside>
      """
    #expect(
      try TestPage.extract(article + trailing, lang: "fr", url: "https://garden.example/bees/").related?.posts.map(
        \.title) == ["La loi expliquée en patates", "Comment vont voter les députés ?"])
    // Another site: the badge leads the title heading.
    let leading = """
      <div class="related"><h3>Weitere Inhalte zum Thema</h3>\
      <div class="teaser"><a href="/event/spivak"><h5 class="teaser__event-title">\
      <b class="teaser__event-type">Seminar</b> Zusammen lesen: Spivak</h5></a></div>\
      <div class="teaser"><a href="/event/fanon"><h5 class="teaser__event-title">\
      <b class="teaser__event-type">Webinar</b> Frantz Fanon heute lesen</h5></a></div></div>
      """
    #expect(
      try TestPage.extract(article + leading, lang: "de", url: "https://garden.example/bees/").related?.posts.map(
        \.title) == ["Zusammen lesen: Spivak", "Frantz Fanon heute lesen"])
    // A part classed by its type size, the whole title long, stays; the badge beside it goes.
    let styled = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><h4><a href="/compost/"><span class="type-body">Composting Basics for Small Gardens</span> \
      <span class="badge">Podcast</span></a></h4></li>\
      <li><h4><a href="/roses/"><span class="type-body">Pruning Roses in the Winter Months</span></a></h4></li></ul></div>
      """
    #expect(
      try TestPage.extract(article + styled, url: "https://garden.example/bees/").related?.posts.map(\.title) == [
        "Composting Basics for Small Gardens", "Pruning Roses in the Winter Months",
      ])
  }

  @Test("a short part classed by type style or a badge that names no kind of post is the card's title or part of it")
  func typeStyledTitleStays() throws {
    let related = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><h4><a href="/a/"><span class="title-type">Bee Hotels Explained</span> <span class="badge">New</span></a></h4></li>\
      <li><h4><a href="/b/">Honey prices <em class="type-italic">soar</em> in the spring</a></h4></li>\
      <li><h4><a href="/c/"><span class="type-bold">Dune</span> review: the desert returns</a></h4></li>\
      <li><h4><a href="/d/"><span class="type-heading">Bee Hotels Explained</span><time>May 3, 2021</time></a></h4></li>\
      <li><h4><a class="card-link badge-link" href="/e/">Bee Hotels Explained</a> \
      <span class="sr-only">opens in new tab</span></h4></li></ul></div>
      """
    let posts = try TestPage.extract(article + related, url: "https://garden.example/bees/").related?.posts
    #expect(
      posts?.map(\.title) == [
        "Bee Hotels Explained New", "Honey prices soar in the spring", "Dune review: the desert returns",
        "Bee Hotels Explained", "Bee Hotels Explained",
      ])
    #expect(posts?[3].publishedAt == "2021-05-03")
  }

  @Test("a title set as two lines linking the same post (headline <br> subtitle): the headline is the title")
  func headlineOverSubtitleLinks() throws {
    func card(_ slug: String, _ headline: String, _ subtitle: String) -> String {
      """
      <div class="views-row"><span class="views-field-title"><a href="/p/\(slug)">\(headline)</a> <br>\
      <a href="/p/\(slug)">\(subtitle)</a></span></div>
      """
    }
    let related = """
      <div class="related"><h3>Więcej na ten temat</h3>\
      \(card("szwecja", "Szwedzka polityka bezpieczeństwa", "Obrona totalna na miarę możliwości"))\
      \(card("litwa", "US Army na Litwie", "Coraz bardziej stała obecność rotacyjna"))</div>
      """
    let extracted = try TestPage.extract(article + related, lang: "pl", url: "https://garden.example/bees/")
    #expect(extracted.related?.posts.map(\.title) == ["Szwedzka polityka bezpieczeństwa", "US Army na Litwie"])
    // Two lines linking two pages are no headline and subtitle: the second line is a post of its own.
    let other = related.replacingOccurrences(of: "<br><a href=\"/p/szwecja\">", with: "<br><a href=\"/p/obrona\">")
    let posts = try TestPage.extract(article + other, lang: "pl", url: "https://garden.example/bees/").related?.posts
    #expect(
      posts?.prefix(2).map(\.title) == ["Szwedzka polityka bezpieczeństwa", "Obrona totalna na miarę możliwości"])
    #expect(posts?.prefix(2).map(\.url) == ["https://garden.example/p/szwecja", "https://garden.example/p/obrona"])
  }

  @Test("a rubric word or a date over the headline, both linking the post: the headline is the title")
  func rubricOrDateOverHeadline() throws {
    func card(_ slug: String, _ first: String, _ second: String) -> String {
      "<li><h4><a href=\"/\(slug)/\">\(first)</a><br><a href=\"/\(slug)/\">\(second)</a></h4></li>"
    }
    let related = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      \(card("p0", "Interview", "Why Bees Need Wild Flowers More Than Ever"))\
      \(card("p1", "May 3, 2021", "Pruning Roses in Winter"))\
      \(card("p2", "Podcast", "Composting Basics for Small Gardens"))</ul></div>
      """
    #expect(
      try TestPage.extract(article + related, url: "https://garden.example/bees/").related?.posts.map(\.title) == [
        "Why Bees Need Wild Flowers More Than Ever", "Pruning Roses in Winter", "Composting Basics for Small Gardens",
      ])
  }

  @Test("a date set in the card's title heading in an element of its own is the card's date")
  func dateInTitleHeading() throws {
    let related = """
      <div class="related"><h3>Weitere Inhalte zum Thema</h3>\
      <div class="teaser"><a href="/news/lager"><h4 class="teaser__title"><b class="teaser__date-group">\
      Interview | 01.11.2021</b><strong>Unser Leben zählt für sie nicht</strong></h4></a></div>\
      <div class="teaser"><a href="/news/mieten"><h4 class="teaser__title"><b class="teaser__date-group">\
      Analyse | 14.10.2021</b><strong>Mieten in der Krise</strong></h4></a></div></div>
      """
    let extracted = try TestPage.extract(article + related, lang: "de", url: "https://garden.example/bees/")
    #expect(extracted.related?.posts.map(\.title) == ["Unser Leben zählt für sie nicht", "Mieten in der Krise"])
    #expect(extracted.related?.posts.map(\.publishedAt) == ["2021-11-01", "2021-10-14"])
    // Another site: an English date classed as the post's date before the title link.
    let english = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><h3><span class="post-date">May 3, 2021</span><a href="/compost/">Composting Basics</a></h3></li>\
      <li><h3><span class="post-date">April 9, 2021</span><a href="/roses/">Pruning Roses in Winter</a></h3></li></ul></div>
      """
    #expect(
      try TestPage.extract(article + english, url: "https://garden.example/bees/").related?.posts.map(\.publishedAt)
        == ["2021-05-03", "2021-04-09"])
    // A category before the date: each part is read in turn; a category alone gives no date.
    let category = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><h3><span class="category">Garden</span><span class="date">May 3, 2021</span>\
      <a href="/compost/">Composting Basics</a></h3></li>\
      <li><h3><span class="category">Garden</span><a href="/roses/">Pruning Roses in Winter</a></h3></li></ul></div>
      """
    #expect(
      try TestPage.extract(article + category, url: "https://garden.example/bees/").related?.posts.map(\.publishedAt)
        == ["2021-05-03", nil])
  }

  @Test("a card's author after its date on the date line, with a byline word, an author class or a profile link")
  func authorAfterDate() throws {
    func card(_ slug: String, _ date: String, _ author: String, _ title: String) -> String {
      """
      <div class="Wrap"><div class="Dateline"><time>\(date)</time>
       / \(author) </div><h5><a href="/artikel/\(slug).html">\(title)</a></h5>\
      <p>Ein Satz, der den Artikel kurz zusammenfasst.</p></div>
      """
    }
    let related = """
      <div class="Box"><h3>Ähnliche Artikel</h3><div class="Carousel">\
      \(card("1", "26.05.2020", "von Nicolas Šustr", "Mietendeckel vor dem Landesverfassungsgericht"))\
      \(card("2", "16.05.2020", "von Max Böhnel und Moritz Wichmann", "Die Rekordarbeitslosigkeit wird Folgen haben"))\
      </div></div>
      """
    let extracted = try TestPage.extract(article + related, lang: "de", url: "https://garden.example/bees/")
    #expect(extracted.related?.posts.map(\.author) == ["Nicolas Šustr", "Max Böhnel und Moritz Wichmann"])
    #expect(extracted.related?.posts.map(\.publishedAt) == ["2020-05-26", "2020-05-16"])
    // Another site: the name in an author-classed element after a dot.
    let english = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><h4><a href="/compost/">Composting Basics for Small Gardens</a></h4>\
      <p class="info"><span class="date">May 3, 2021</span> · <span class="post-author">Jane Doe</span></p></li>\
      <li><h4><a href="/roses/">Pruning Roses in Winter</a></h4>\
      <p class="info"><span class="date">April 9, 2021</span> · <span>Gardening</span></p></li>\
      <li><h4><a href="/tulips/">Planting Tulip Bulbs Before the Frost</a></h4>\
      <p class="info"><span class="date">April 2, 2021</span> · <a href="/topics/home-garden/">Home Garden</a></p></li>\
      </ul></div>
      """
    #expect(
      try TestPage.extract(article + english, url: "https://garden.example/bees/").related?.posts.map(\.author) == [
        "Jane Doe", nil, nil,
      ])
  }

  @Test("two capitalised words after a card's date without a byline cue (a place, a site, a label) are no author")
  func placeAfterDateIsNoAuthor() throws {
    func authors(_ names: [String], lang: String, date: String, classed: String = "") throws -> [String?]? {
      let related =
        "<div class=\"related-posts\"><h3>Related posts</h3><ul>"
        + names.enumerated().map {
          "<li><h4><a href=\"/p\($0.offset)/\">Pruning Roses in Winter Number \($0.offset)</a></h4>"
            + "<p class=\"info\"><span class=\"date\">\(date)</span> · <span\(classed)>\($0.element)</span></p></li>"
        }.joined() + "</ul></div>"
      return try TestPage.extract(article + related, lang: lang, url: "https://garden.example/bees/").related?.posts
        .map(\.author)
    }
    #expect(
      try authors(["New York", "Los Angeles", "The Guardian"], lang: "en", date: "May 3, 2021") == [nil, nil, nil])
    #expect(
      try authors(["Bad Homburg", "Spiegel Online", "Keine Kommentare"], lang: "de", date: "03.05.2021") == [
        nil, nil, nil,
      ])
    #expect(try authors(["Le Monde", "Lire La Suite"], lang: "fr", date: "3 mai 2021") == [nil, nil])
    #expect(try authors(["Buenos Aires", "El País"], lang: "es", date: "3 de mayo de 2021") == [nil, nil])
    #expect(try authors(["Nowy Sąd", "Gazeta Wyborcza"], lang: "pl", date: "3 maja 2021") == [nil, nil])
    #expect(
      try authors(["Jane Doe", "John Smith"], lang: "en", date: "May 3, 2021", classed: " class=\"category\"")
        == [nil, nil])
    // A card that is one link: the text after the date is its title.
    let link = """
      <div class="related-posts"><h3>Related posts</h3><ul>\
      <li><a href="/a/"><span class="date">May 3, 2021</span> — <span>Honey Harvest</span></a></li>\
      <li><a href="/b/"><span class="date">May 4, 2021</span> — <span>Bee Hotels</span></a></li></ul></div>
      """
    #expect(
      try TestPage.extract(article + link, url: "https://garden.example/bees/").related?.posts.map(\.author) == [
        nil, nil,
      ])
  }

  /// Four cards as themes print them: the picture and the title, two links to the same post.
  private func pictureCards(_ titles: [String], tag: String = "article") -> String {
    titles.enumerated().map { index, title in
      """
      <\(tag) class="card"><a href="/2024/05/post-\(index)/"><img src="/img/\(index).jpg" alt=""></a>\
      <h3><a href="/2024/05/post-\(index)/">\(title)</a></h3></\(tag)>
      """
    }.joined()
  }

  @Test("headings themes print over related cards in eight languages: each block is found, with its heading")
  func roundTwentyThreeHeadings() throws {
    let titles = ["Pruning Tomato Plants", "Herbs for a Windowsill", "Mulch in a Dry Summer"]
    let headings = [
      "Read these next", "Check out these related posts:",
      "Diese Beiträge könnten dich auch interessieren", "Ces articles pourraient vous plaire",
      "À découvrir également", "Otras entradas que te pueden interesar", "Posts relacionados",
      "Ti potrebbero piacere anche", "Postagens relacionadas", "Polecane wpisy", "Sprawdź też",
      "Vielleicht gefällt dir auch", "Cela pourrait vous plaire", "Quizás también te interese",
      "Potrebbe anche interessarti", "Você também vai gostar", "Misschien vind je deze ook leuk",
      "Może Cię też zainteresować",
    ]
    for heading in headings {
      let block = "<section class=\"more-posts\"><h2>\(heading)</h2>\(pictureCards(titles))</section>"
      let related = try TestPage.extract(article + block, url: "https://garden.example/spring/").related
      #expect(related?.heading == heading, "\(heading)")
      #expect(related?.posts.map(\.title) == titles, "\(heading)")
      #expect(related?.posts.first?.url == "https://garden.example/2024/05/post-0/", "\(heading)")
    }
  }

  @Test("'Keep reading' as the whole heading over a row of cards, in other languages: a block of more posts")
  func keepReadingWholeHeadings() throws {
    let titles = ["Pruning Tomato Plants", "Herbs for a Windowsill", "Mulch in a Dry Summer"]
    for heading in ["Continue lendo", "Meer lezen?", "Sigue leyendo", "Czytaj dalej"] {
      let block = "<section class=\"next\"><h3>\(heading)</h3>\(pictureCards(titles, tag: "div"))</section>"
      let related = try TestPage.extract(article + block, url: "https://garden.example/spring/").related
      #expect(related?.heading == heading, "\(heading)")
      #expect(related?.posts.count == 3, "\(heading)")
    }
    // The same words opening a longer heading name no block ("Continue lendo sobre o inverno").
    let longer = "<section class=\"next\"><h3>Continue lendo sobre o inverno</h3>\(pictureCards(titles))</section>"
    #expect(try TestPage.extract(article + longer, url: "https://garden.example/spring/").related == nil)
  }

  @Test("a related phrase lengthening a stream phrase wins: 'More stories like this' is related, 'More stories' is not")
  func relatedPhraseLengtheningStreamPhrase() throws {
    let titles = ["Pruning Tomato Plants", "Herbs for a Windowsill", "Mulch in a Dry Summer"]
    let like =
      "<aside><h2>More Stories Like This</h2><div class=\"cards\">\(pictureCards(titles, tag: "figure"))</div></aside>"
    let related = try TestPage.extract(article + like, url: "https://garden.example/spring/").related
    #expect(related?.heading == "More Stories Like This")
    #expect(related?.posts.map(\.title) == titles)
    let stream = "<aside><h2>More Stories</h2><div class=\"cards\">\(pictureCards(titles, tag: "figure"))</div></aside>"
    #expect(try TestPage.extract(article + stream, url: "https://garden.example/spring/").related == nil)
  }

  @Test("'More from' and the site's name as its address spells it, with no og:site_name: the site's stream")
  func moreFromSiteNamedByAddress() throws {
    let titles = ["Pruning Tomato Plants", "Herbs for a Windowsill", "Mulch in a Dry Summer"]
    func related(_ heading: String) throws -> Related? {
      let block = "<section><h2>\(heading)</h2>\(pictureCards(titles))</section>"
      return try TestPage.extract(article + block, url: "https://www.gardenblog.example/spring/").related
    }
    #expect(try related("More from Garden Blog") == nil)
    #expect(try related("More from the Garden-Blog") == nil)
    // A section of the site is no name of it: its posts are the block.
    #expect(try related("More from Garden")?.posts.map(\.title) == titles)
  }

  @Test("the site's name in its address is the label before the public suffix, hyphens dropped")
  func siteLabelOfHost() throws {
    #expect(RelatedExtractor.siteLabel("edition.cnn.com") == "cnn")
    #expect(RelatedExtractor.siteLabel("www.gardenblog.example") == "gardenblog")
    #expect(RelatedExtractor.siteLabel("garden.dailynews.example") == "dailynews")
    #expect(RelatedExtractor.siteLabel("gardening-site.com") == "gardeningsite")
    #expect(RelatedExtractor.siteLabel("news.bbc.co.uk") == "bbc")
    #expect(RelatedExtractor.siteLabel("abc.net.au") == "abc")
    #expect(RelatedExtractor.siteLabel("blog.taz.de") == "taz")
    #expect(RelatedExtractor.siteLabel("localhost") == nil)
    let titles = ["Pruning Tomato Plants", "Herbs for a Windowsill", "Mulch in a Dry Summer"]
    func related(_ heading: String, _ url: String) throws -> Related? {
      let block = "<section><h2>\(heading)</h2>\(pictureCards(titles))</section>"
      return try TestPage.extract(article + block, url: url).related
    }
    // A subdomain names a section of the site: its posts are the block.
    #expect(
      try related("More from Garden", "https://garden.dailynews.example/2024/04/spring/")?.posts.map(\.title) == titles)
    #expect(try related("More from Gardening Site", "https://gardening-site.com/2024/04/spring/") == nil)
    #expect(try related("More from CNN", "https://edition.cnn.com/2024/04/12/spring/") == nil)
  }

  @Test("'Next up' and 'Up next' name no related block: a video queue, a next episode, 'Next Upcoming Events'")
  func nextUpIsNoRelatedHeading() throws {
    let titles = ["Pruning Tomato Plants", "Herbs for a Windowsill", "Mulch in a Dry Summer"]
    for heading in ["Up Next", "Next up", "Next Upcoming Events", "Next Updates"] {
      let block = "<section class=\"playlist\"><h3>\(heading)</h3>\(pictureCards(titles))</section>"
      #expect(try TestPage.extract(article + block, url: "https://garden.example/spring/").related == nil, "\(heading)")
    }
    let widget = """
      <aside class="sidebar"><section class="widget"><h2 class="widget-title">Up Next</h2>\
      \(pictureCards(titles))</section></aside>
      """
    #expect(try TestPage.extract(article + widget, url: "https://garden.example/spring/").related == nil)
  }

  @Test("a phrase ending in a letter opens a heading only where its word ends")
  func phraseOpensAtWordEnd() {
    func related(_ heading: String) -> Bool {
      SectionVocabulary.Opening(heading).opens(SectionVocabulary.relatedPhrases)
    }
    #expect(related("Also in Garden"))
    #expect(!related("Also interesting"))
    #expect(related("Related: more tips"))
    #expect(!related("Relatedness of species"))
    #expect(related("Ähnliche Beiträge"))
    #expect(!related("Ähnliche Beiträgeübersicht"))
    #expect(related("Zum Thema Garten"))
    #expect(!related("Zum Themenjahr 2024"))
    // Words of Japanese run together: the phrase opens whatever follows.
    #expect(related("関連記事一覧"))
  }

  @Test(
    "imperatives opening an article's own section over its links ('Découvrez aussi …', 'Sprawdź też, …'): the list stays"
  )
  func imperativeSectionKeepsItsList() throws {
    let cases = [
      ("Découvrez aussi les jardins de la Loire", "fr", ["Le jardin de Villandry", "Le parc de Chaumont-sur-Loire"]),
      ("Sprawdź też, czy gleba jest gotowa", "pl", ["Test pH gleby w domu", "Jak rozpoznać glebę gliniastą"]),
      ("Lee a continuación cómo preparar la tierra", "es", ["Cómo medir el pH del suelo", "Abonos para la huerta"]),
      ("Leia a seguir como preparar o solo", "pt", ["Como medir o pH do solo", "Adubos para a horta"]),
    ]
    for (heading, lang, items) in cases {
      let list = items.enumerated().map { "<li><a href=\"/guide/g-\($0)/\">\($1)</a></li>" }.joined()
      let body = """
        <article class="post"><h1 class="entry-title">Starting a Vegetable Bed</h1>
        <div class="entry-content">\(TestPage.paragraphs(2))<h2>\(heading)</h2><ul>\(list)</ul>\
        \(TestPage.paragraphs(2, from: 2))</div></article>
        """
      let extracted = try TestPage.extract(body, lang: lang, url: "https://garden.example/spring/")
      #expect(extracted.related == nil, "\(heading)")
      #expect(extracted.lists.first?.items.map(\.text) == items, "\(heading)")
      #expect(extracted.text.contains(items[0]), "\(heading)")
    }
    // The same words as the whole title over a row of cards name related posts.
    let titles = ["Pruning Tomato Plants", "Herbs for a Windowsill", "Mulch in a Dry Summer"]
    for heading in ["Découvrez aussi", "Sprawdź też:", "Leia a seguir", "Lees hierna"] {
      let block = "<section class=\"next\"><h2>\(heading)</h2>\(pictureCards(titles))</section>"
      #expect(
        try TestPage.extract(article + block, url: "https://garden.example/spring/").related?.posts.map(\.title)
          == titles, "\(heading)")
    }
  }

  @Test(
    "a shop's row of products under 'Sprawdź też nasze produkty' or 'Découvrez aussi nos produits' is no related block")
  func shopRowUnderImperativeIsNotRelated() throws {
    let products = ["Sekator nożycowy Fiskars", "Konewka ocynkowana 10 l", "Rękawice ogrodowe skórzane"]
    let items = products.enumerated().map { index, title in
      """
      <li class="product"><a href="/sklep/p-\(index)/"><img src="/p\(index).jpg" alt="">\
      <h2 class="woocommerce-loop-product__title">\(title)</h2><span class="price">49,00 zł</span></a></li>
      """
    }.joined()
    for heading in ["Sprawdź też nasze produkty", "Découvrez aussi nos produits"] {
      let row = "<section class=\"products-row\"><h2>\(heading)</h2><ul class=\"products\">\(items)</ul></section>"
      #expect(try TestPage.extract(article + row, url: "https://garden.example/spring/").related == nil, "\(heading)")
    }
  }

  @Test("'Polecane wpisy' is a weak heading: a row after the article is taken, a sidebar widget is not")
  func polishRecommendedPostsIsWeak() throws {
    let titles = ["Jak przycinać pomidory", "Dziesięć ziół na parapet", "Dlaczego ściółkowanie pomaga"]
    let row = "<section class=\"polecane\"><h2>Polecane wpisy</h2>\(pictureCards(titles))</section>"
    let after = try TestPage.extract(article + row, lang: "pl", url: "https://garden.example/spring/").related
    #expect(after?.heading == "Polecane wpisy")
    #expect(after?.posts.map(\.title) == titles)
    let widget = """
      <aside id="secondary" class="widget-area sidebar"><section class="widget widget_featured_posts">\
      <h2 class="widget-title">Polecane wpisy</h2>\(pictureCards(titles))</section></aside>
      """
    #expect(try TestPage.extract(article + widget, lang: "pl", url: "https://garden.example/spring/").related == nil)
  }

  @Test("links to the article's own further pages ('Czytaj dalej' over 'Strona 2', 'Strona 3') are no related posts")
  func ownPagesAreNotRelated() throws {
    let links = [
      ("/2024/04/warzywnik/2/", "Strona 2: Wybór miejsca"), ("/2024/04/warzywnik/3/", "Strona 3: Podlewanie"),
    ]
    .map { "<a href=\"\($0)\" class=\"post-page-numbers\"><span>\($1)</span></a> " }.joined()
    let pages = "<div class=\"page-links\"><h4>Czytaj dalej</h4>\(links)</div>"
    let url = "https://ogrodnik.example/2024/04/warzywnik/"
    #expect(try TestPage.extract(article + pages, lang: "pl", url: url).related == nil)
    #expect(RelatedExtractor.isOwnPage("garden.example/spring/2", ownURL: "garden.example/spring"))
    #expect(RelatedExtractor.isOwnPage("garden.example/spring", ownURL: "garden.example/spring"))
    #expect(!RelatedExtractor.isOwnPage("garden.example/spring-bulbs", ownURL: "garden.example/spring"))
    #expect(!RelatedExtractor.isOwnPage("garden.example/spring/tips", ownURL: "garden.example/spring"))
  }

  @Test(
    "a post page's furniture holds no related block: popular widget, post navigation, tags, author's posts, shop row")
  func postFurnitureIsNotRelated() throws {
    let others = ["Best Running Shoes of the Year", "Our Cookie Policy Explained", "Five Cheap Weekend Trips"]
    let list = others.enumerated().map { "<li><a href=\"/2023/0\($0 + 1)/other/\">\($1)</a></li>" }.joined()
    let furniture = """
      <div class="tags">Tags: <a href="/tag/tomatoes/" rel="tag">Tomatoes</a> <a href="/tag/beds/" rel="tag">Raised beds</a></div>\
      <nav class="navigation post-navigation"><div class="nav-previous"><a href="/2024/03/a/" rel="prev">\
      <span class="meta-nav">Vorheriger Beitrag</span> <span class="post-title">Tomaten richtig ausgeizen</span></a></div>\
      <div class="nav-next"><a href="/2024/05/b/" rel="next"><span class="meta-nav">Nächster Beitrag</span> \
      <span class="post-title">Zehn Kräuter für die Fensterbank</span></a></div></nav>\
      <div class="author-more"><h3>Mehr von diesem Autor</h3><ul>\(list)</ul></div>\
      <section class="product-carousel"><h2>Shop the look</h2><ul class="products">\
      <li class="product"><a href="/shop/trowel/"><img src="/t.jpg" alt=""><h2>Stainless Garden Trowel Set</h2></a></li>\
      <li class="product"><a href="/shop/bed/"><img src="/b.jpg" alt=""><h2>Raised Bed Kit Large</h2></a></li>\
      <li class="product"><a href="/shop/can/"><img src="/c.jpg" alt=""><h2>Copper Watering Can</h2></a></li></ul></section>\
      <aside class="sidebar"><section class="widget"><h2 class="widget-title">Beliebte Beiträge</h2><ul>\(list)</ul></section>\
      <section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul>\(list)</ul></section></aside>
      """
    #expect(try TestPage.extract(article + furniture, url: "https://garden.example/spring/").related == nil)
  }

}

/// The thread's CPU time to extract `html`, fastest of three runs: time spent waiting for a core
/// while other work runs does not count (the wall clock made a linearity test fail once on a
/// loaded machine).
private func fastestExtractionCPUSeconds(_ html: String) throws -> Double {
  var best = Double.infinity
  for _ in 0..<3 {
    let start = HostileInputTests.threadCPUSeconds()
    _ = try TestPage.extract(html, url: "https://site.example/massage/")
    best = min(best, HostileInputTests.threadCPUSeconds() - start)
  }
  return best
}

/// Round 24's probes: "Up next"-type headings over the site's own cards, not over a video queue
/// or an ad feed; theme titles for similar posts; a tab strip's author tab.
extension RelatedExtractorTests {
  private static let nextArticle = """
    <article class="post"><h1 class="entry-title">Starting a Vegetable Garden in Spring</h1>
    <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
    """

  /// Three cards after the article, each an image and a title, linking `hrefs`.
  private static func nextCards(_ heading: String, hrefs: [String], extra: [String] = ["", "", ""]) -> String {
    let titles = [
      "How to Prune Tomatoes in the Garden", "Ten Herbs for a Windowsill Garden", "Why Mulch Matters in Spring",
    ]
    let cards = zip(zip(titles, hrefs), extra).map { pair, line in
      "<div class=\"card\"><a href=\"\(pair.1)\"><img src=\"/i.jpg\" alt=\"\"><span class=\"card-title\">\(pair.0)"
        + "</span>\(line)</a></div>"
    }
    return "<section class=\"more-stories\"><h2>\(heading)</h2>\(cards.joined())</section>"
  }

  @Test("'Up next', 'You might like', 'Das könnte Ihnen gefallen' over the site's own cards: the related block")
  func nextHeadingOverOwnCards() throws {
    let hrefs = ["/2024/05/prune-tomatoes/", "https://www.garden.example/2024/05/herbs/", "/2024/05/mulch/"]
    for heading in ["Up next", "You might like", "Das könnte Ihnen gefallen", "Co przeczytać dalej:"] {
      let related = try TestPage.extract(
        Self.nextArticle + Self.nextCards(heading, hrefs: hrefs), url: "https://garden.example/2024/04/spring/"
      ).related
      #expect(related?.heading == heading)
      #expect(
        related?.posts.map(\.url) == [
          "https://garden.example/2024/05/prune-tomatoes/", "https://www.garden.example/2024/05/herbs/",
          "https://garden.example/2024/05/mulch/",
        ])
    }
  }

  @Test("'Up next' over a video queue (running times), an ad feed (other hosts, 'Sponsored' labels): no related block")
  func nextHeadingOverQueueOrAdsIsNotRelated() throws {
    let own = ["/video/1/", "/video/2/", "/video/3/"]
    let url = "https://garden.example/2024/04/spring/"
    let queue = Self.nextCards(
      "Up next", hrefs: own, extra: ["<span>3:45</span>", "<span>12:05</span>", "<span>1:02:10</span>"])
    #expect(try TestPage.extract(Self.nextArticle + queue, url: url).related == nil)
    let clicks = (1...3).map { "https://click.adnet.example/r?u=brand\($0).example" }
    #expect(
      try TestPage.extract(Self.nextArticle + Self.nextCards("You may like", hrefs: clicks), url: url).related == nil)
    let labelled = Self.nextCards(
      "Das könnte Ihnen gefallen", hrefs: ["/a-1/", "/a-2/", "/a-3/"],
      extra: ["<em>Anzeige</em>", "<em>Anzeige</em>", "<em>Anzeige</em>"])
    #expect(try TestPage.extract(Self.nextArticle + labelled, url: url).related == nil)
    // The site's latest news under the same words: no card on the article's subject.
    let latest = Self.nextCards("You might like", hrefs: ["/a-1/", "/a-2/", "/a-3/"])
      .replacingOccurrences(of: "Garden", with: "Cruise").replacingOccurrences(of: "Spring", with: "Winter")
    #expect(try TestPage.extract(Self.nextArticle + latest, url: url).related == nil)
    // Not a whole heading: a line of prose that opens with the words.
    let sentence = Self.nextCards("Up next for the garden: the autumn sowing of winter greens", hrefs: own)
    #expect(try TestPage.extract(Self.nextArticle + sentence, url: url).related == nil)
  }

  /// An article titled `title`, then three cards titled `titles` after it under `heading`, each with
  /// `extra` after its title link.
  private static func nextPage(_ title: String, _ heading: String, _ titles: [String], extra: [String] = ["", "", ""])
    -> String
  {
    let cards = zip(titles.enumerated(), extra).map { item, line in
      "<div class=\"card\"><a href=\"/p\(item.offset)/\"><img src=\"/i.jpg\" alt=\"\"></a><h3 class=\"card-title\">"
        + "<a href=\"/p\(item.offset)/\">\(item.element)</a></h3>\(line)</div>"
    }
    return """
      <article class="post"><h1 class="entry-title">\(title)</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      <section class="more-stories"><h2>\(heading)</h2>\(cards.joined())</section>
      """
  }

  @Test("'Up next', 'Co dalej' over a list in the article's text: the body keeps it, no related block")
  func nextHeadingInTextIsTheArticles() throws {
    let url = "https://www.podcast.example/episodes/42/"
    for (heading, closing) in [
      ("Up next", "Thanks for listening; the last paragraph of the show notes closes the episode page here."),
      ("A continuación", "Gracias por escuchar; este último párrafo cierra las notas del episodio."),
      (
        "Co dalej",
        "Ostatnie zdanie artykułu o tym, co będzie dalej z projektem, kiedy rząd przyjmie go na posiedzeniu."
      ),
    ] {
      let html = """
        <article class="post"><h1 class="entry-title">Episode 42: Garden Soil Secrets</h1>
        <div class="entry-content">\(TestPage.paragraphs(3))<h2>\(heading)</h2><ul>\
        <li><a href="/episodes/garden-compost/">Episode 43: Garden Compost Secrets</a></li>\
        <li><a href="/episodes/garden-water/">Episode 44: Watering the Garden Soil</a></li>\
        <li><a href="/episodes/soil-testing/">Episode 45: Garden Soil Testing at Home</a></li></ul>\
        <p>\(closing)</p></div></article>
        """
      let extracted = try TestPage.extract(html, url: url)
      #expect(extracted.related == nil, "\(heading)")
      #expect(extracted.text.contains("Episode 44: Watering the Garden Soil"), "\(heading)")
      #expect(extracted.text.contains("\(heading)\n\nEpisode 43: Garden Compost Secrets"), "\(heading)")
      #expect(extracted.text.contains("Episode 45: Garden Soil Testing at Home"), "\(heading)")
    }
  }

  @Test("Words that name no subject ('what', 'your', 'warum', 'mehr') make no card on the article's subject")
  func fillerWordsShareNoSubject() throws {
    let url = "https://www.lifestyle.example/marathon/"
    let english = Self.nextPage(
      "What You Need to Know Before Your First Marathon", "You might like",
      ["What Your Credit Score Says About You", "Your Guide to Tax Season", "What Makes a Good Mattress"])
    #expect(try TestPage.extract(english, url: url).related == nil)
    let german = Self.nextPage(
      "Warum Sie im Sommer mehr schlafen sollten", "Das könnte Ihnen gefallen",
      ["Warum Elektroautos teurer werden", "Mehr Geld im Alter: Rente planen", "Diese Städte sind am teuersten"])
    #expect(try TestPage.extract(german, url: url).related == nil)
    #expect(RelatedExtractor.subjectWords("What your best tips guide") == [])
    #expect(RelatedExtractor.subjectWords("Pomidory w ogrodzie") == ["pomido", "ogrodz"])
  }

  @Test("An inflected word shares its stem with the title's ('pomidory', 'pomidorów'): on the subject")
  func inflectedWordSharesSubject() throws {
    let polish = Self.nextPage(
      "Jak przycinać pomidory w ogrodzie", "Co przeczytać dalej",
      ["Sadzenie pomidorów krok po kroku", "Ogród warzywny od podstaw", "Choroby pomidora: jak je rozpoznać"])
    let related = try TestPage.extract(polish, url: "https://www.ogrod.example/pomidory/").related
    #expect(related?.heading == "Co przeczytać dalej")
    #expect(related?.posts.count == 3)
  }

  @Test("A card title or category with an ad's word ('Anzeige erstatten', 'Werbung', 'Promoted at 30') is a post")
  func adWordInTitleOrCategoryIsNoAdLabel() throws {
    let url = "https://www.site.example/article/"
    let pages = [
      (
        "Anzeige bei der Polizei erstatten: Was Sie wissen müssen", "Das könnte Ihnen gefallen",
        ["Anzeige erstatten online", "Anzeige gegen Unbekannt erstatten", "Polizei: Anzeige zurückziehen"],
        ["", "", ""]
      ),
      (
        "Werbung auf TikTok: So starten kleine Unternehmen", "Das könnte Ihnen gefallen",
        ["Instagram-Werbung für Einsteiger", "TikTok-Trends für Unternehmen 2024", "Budget für kleine Unternehmen"],
        Array(repeating: "<span class=\"cat\">Werbung</span>", count: 3)
      ),
      (
        "What I Learned After Getting Promoted Twice", "You might like",
        ["Promoted at 30: what I learned", "Asking for a raise after learning", "Getting promoted remotely"],
        ["", "", ""]
      ),
      (
        "Publicidad engañosa: cómo reclamar tus derechos", "Qué leer a continuación",
        ["Publicidad engañosa en redes", "Cómo reclamar a una aerolínea", "Tus derechos como consumidor"],
        ["", "", ""]
      ),
    ]
    for (title, heading, titles, extra) in pages {
      let related = try TestPage.extract(Self.nextPage(title, heading, titles, extra: extra), url: url).related
      #expect(related?.heading == heading, "\(title)")
      #expect(related?.posts.count == 3, "\(title)")
    }
    #expect(RelatedExtractor.adLabel("sponsored") == "sponsored")
    #expect(RelatedExtractor.adLabel("sponsored by acme") == "sponsored")
    #expect(RelatedExtractor.adLabel("anzeige · acme") == "anzeige")
    #expect(RelatedExtractor.adLabel("anzeige erstatten online") == nil)
    #expect(RelatedExtractor.adLabel("promoted at 30") == nil)
  }

  @Test("'Sponsored' on one card marks an ad feed; 'Werbung', also a category's name, only on most cards or classed")
  func oneAdLabelMarksAFeed() throws {
    let url = "https://www.garden.example/spring/"
    let title = "Starting a Vegetable Garden in Spring"
    let titles = ["Pruning Garden Tomatoes", "Garden Herbs for a Windowsill", "Mulch for a Garden in Spring"]
    func related(_ extra: [String]) throws -> Related? {
      try TestPage.extract(Self.nextPage(title, "You might like", titles, extra: extra), url: url).related
    }
    #expect(try related(["", "<a href=\"/ad-info/\">Sponsored</a>", ""]) == nil)
    #expect(try related(["", "", "<span>Paid content | Acme</span>"]) == nil)
    #expect(try related(["<span>Werbung</span>", "", ""])?.posts.count == 3)
    #expect(try related(["<span class=\"ad-label\">Werbung</span>", "", ""]) == nil)
    #expect(try related(Array(repeating: "<span>Werbung</span>", count: 3)) == nil)
  }

  @Test("A time of day in <time>, a match's score: no running time; a 'duration' class: one is a video queue")
  func timeOfDayAndScoreAreNoRunningTime() throws {
    let url = "https://www.zeitung.example/politik/haushalt/"
    let times = Self.nextPage(
      "Bundestag beschließt Haushalt nach langer Debatte", "Das könnte Ihnen gefallen",
      ["Haushalt: Was sich für Familien ändert", "Debatte im Bundestag: Die Reden", "Schuldenbremse im Haushalt"],
      extra: ["<time class=\"time\">14:05</time>", "<time>12:30</time>", "<time>09:15</time>"])
    #expect(try TestPage.extract(times, url: url).related?.posts.count == 3)
    let scores = Self.nextPage(
      "THW Kiel gewinnt Handball-Krimi gegen Flensburg", "Das könnte Ihnen gefallen",
      ["Handball: Flensburg verliert erneut", "THW Kiel vor dem Pokalfinale", "Handball-Bundesliga: Die Tabelle"],
      extra: Array(repeating: "<span class=\"score\">28:25</span>", count: 3))
    #expect(try TestPage.extract(scores, url: url).related?.posts.count == 3)
    let queue = Self.nextPage(
      "Bundestag beschließt Haushalt nach langer Debatte", "Up next",
      ["Haushalt: Was sich für Familien ändert", "Debatte im Bundestag: Die Reden", "Schuldenbremse im Haushalt"],
      extra: ["<span class=\"video-duration\">3:45</span>", "", ""])
    #expect(try TestPage.extract(queue, url: url).related == nil)
  }

  @Test("Cards on other .co.uk sites are no posts of the site under 'You might like'")
  func otherSecondLevelHostsAreOtherSites() throws {
    let cards = ["https://www.shopdeals.co.uk/garden/", "https://www.shedsdirect.co.uk/spring/", "https://veg.co.uk/"]
      .enumerated().map { index, href in
        "<div class=\"card\"><a href=\"\(href)\"><img src=\"/i.jpg\" alt=\"\"></a><h3><a href=\"\(href)\">"
          + ["Garden Furniture Deals", "Spring Garden Sheds", "Vegetable Garden Boxes"][index] + "</a></h3></div>"
      }
    let html = """
      <article class="post"><h1 class="entry-title">Starting a Vegetable Garden in Spring</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      <section class="more-stories"><h2>You might like</h2>\(cards.joined())</section>
      """
    #expect(try TestPage.extract(html, url: "https://www.gardenblog.co.uk/spring/").related == nil)
  }

  @Test("Running times: '3:45', '1:02:10'; not '12:5', '2024', 'a:bc'")
  func runningTimes() {
    #expect(RelatedExtractor.isRunningTime("3:45"))
    #expect(RelatedExtractor.isRunningTime("1:02:10"))
    #expect(!RelatedExtractor.isRunningTime("12:5"))
    #expect(!RelatedExtractor.isRunningTime("2024"))
    #expect(!RelatedExtractor.isRunningTime("a:bc"))
  }

  @Test("Theme titles for similar posts: 'Entradas similares', 'Posts semelhantes', 'Post simili'")
  func similarPostsTitles() throws {
    let hrefs = ["/2024/05/prune-tomatoes/", "/2024/05/herbs/", "/2024/05/mulch/"]
    for heading in ["Entradas similares", "Posts semelhantes", "Post simili", "Publications similaires"] {
      let cards = Self.nextCards(heading, hrefs: hrefs).replacingOccurrences(of: "more-stories", with: "box")
      let related = try TestPage.extract(Self.nextArticle + cards, url: "https://garden.example/2024/04/spring/")
        .related
      #expect(related?.heading == heading)
      #expect(related?.posts.count == 3)
    }
  }

  @Test("A tab strip 'POWIĄZANE ARTYKUŁY | WIĘCEJ OD AUTORA': the related tab titles the block")
  func authorTabIsNoHeading() throws {
    let cards = (1...3).map { index in
      "<div class=\"td-related-span4\"><div class=\"td_module_related_posts\"><a href=\"/2024/05/p\(index)/\">"
        + "<img src=\"/i\(index).jpg\" alt=\"\"></a><h3 class=\"entry-title\"><a href=\"/2024/05/p\(index)/\">"
        + "Jak przycinać pomidory, część \(index)</a></h3></div></div>"
    }
    let block = """
      <div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">\
      <a class="td-related-left td-cur-simple-item" href="#">POWIĄZANE ARTYKUŁY</a>\
      <a class="td-related-right" href="#">WIĘCEJ OD AUTORA</a></h4>\
      <div class="td_block_inner"><div class="td-related-row">\(cards.joined())</div></div></div>
      """
    let related = try TestPage.extract(Self.nextArticle + block, url: "https://garden.example/2024/04/spring/").related
    #expect(related?.heading == "POWIĄZANE ARTYKUŁY")
    #expect(related?.posts.count == 3)
  }
}
