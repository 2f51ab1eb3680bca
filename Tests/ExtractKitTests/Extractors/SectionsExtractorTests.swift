import Testing

@testable import ExtractKit

/// The main content split at its headings and nested by level; the lead before the first heading
/// is a section without a heading; the title heading opens no section.
@Suite("Sections: split at headings, nested by level, title heading not repeated")
struct SectionsExtractorTests {
  private func paragraphs(_ count: Int, from start: Int = 0) -> [Block] {
    TestPage.texts(count, from: start).map { .paragraph($0) }
  }

  @Test("WordPress: the lead is a section without a heading holding the h2 sections, which hold their h3s")
  func nestedByLevel() throws {
    let body = """
      <article class="post"><header class="entry-header"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes\
      </h1></header><div class="entry-content">\(TestPage.paragraphs(2))
      <h2 id="choosing-seeds">Choosing Seeds</h2><p>Pick varieties that suit your climate.</p>
      <h3>Heirloom Varieties</h3><p>Old varieties with lots of flavour.</p>
      <h3>Hybrid Varieties</h3><p>Reliable and disease resistant.</p>
      <h2>Planting Out</h2>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.sections == [
        ArticleSection(
          heading: nil, blocks: paragraphs(2),
          sections: [
            ArticleSection(
              heading: Heading(level: 2, text: "Choosing Seeds", id: "choosing-seeds"),
              blocks: [.paragraph("Pick varieties that suit your climate.")],
              sections: [
                ArticleSection(
                  heading: Heading(level: 3, text: "Heirloom Varieties"),
                  blocks: [.paragraph("Old varieties with lots of flavour.")]),
                ArticleSection(
                  heading: Heading(level: 3, text: "Hybrid Varieties"),
                  blocks: [.paragraph("Reliable and disease resistant.")]),
              ]),
            ArticleSection(heading: Heading(level: 2, text: "Planting Out"), blocks: paragraphs(2, from: 2)),
          ])
      ])
  }

  @Test("Ghost: a body that opens with a heading has no heading-less section; the title h1 opens none")
  func startsWithHeading() throws {
    let body = """
      <article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">\
      A Beginner Guide to Growing Tomatoes</h1></header><section class="gh-content">
      <h2 id="choosing-seeds">Choosing Seeds</h2>\(TestPage.paragraphs(2))
      <h2 id="planting-out">Planting Out</h2>\(TestPage.paragraphs(2, from: 2))</section></article>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.sections == [
        ArticleSection(heading: Heading(level: 2, text: "Choosing Seeds", id: "choosing-seeds"), blocks: paragraphs(2)),
        ArticleSection(
          heading: Heading(level: 2, text: "Planting Out", id: "planting-out"), blocks: paragraphs(2, from: 2)),
      ])
  }

  @Test("a title h1 inside the body is not a section: what follows it is the heading-less lead")
  func titleInBodyNotASection() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\
      \(TestPage.paragraphs(2, from: 2))</article>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.sections == [
        ArticleSection(
          heading: nil, blocks: paragraphs(2),
          sections: [ArticleSection(heading: Heading(level: 2, text: "Choosing Seeds"), blocks: paragraphs(2, from: 2))]
        )
      ])
  }

  @Test("a skipped level nests under the last higher heading; a later h3 closes the h4 and joins the h2")
  func skippedLevel() throws {
    let body = """
      <article class="post"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes</h1>
      <div class="entry-content"><h2>Planting Out</h2>\(TestPage.paragraphs(2))<h4>A Note on Frost</h4>\
      <p>Cover young plants at night.</p><h3>Watering</h3>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(
      article.sections == [
        ArticleSection(
          heading: Heading(level: 2, text: "Planting Out"), blocks: paragraphs(2),
          sections: [
            ArticleSection(
              heading: Heading(level: 4, text: "A Note on Frost"),
              blocks: [.paragraph("Cover young plants at night.")]),
            ArticleSection(heading: Heading(level: 3, text: "Watering"), blocks: paragraphs(2, from: 2)),
          ])
      ])
  }

  @Test("WordPress blocks become typed blocks: image and caption, quote, table, code and list, in order")
  func blockTypes() throws {
    let body = """
      <article class="post"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes</h1>
      <div class="entry-content"><h2>Choosing Seeds</h2>\(TestPage.paragraphs(2))
      <figure class="wp-block-image"><img src="https://garden.example/seeds.jpg" alt="Seed packets" width="800" \
      height="600"><figcaption>Seed packets from the spring fair.</figcaption></figure>
      <blockquote class="wp-block-quote"><p>Plant what you love to eat.</p><cite>An old gardener</cite></blockquote>
      <table><thead><tr><th>Variety</th><th>Spacing</th></tr></thead><tbody>\
      <tr><td>Cherry</td><td>45 cm</td></tr><tr><td>Beefsteak</td><td>60 cm</td></tr></tbody></table>
      <pre class="wp-block-code"><code>rows = 3</code></pre>
      <ol><li>Dig a hole.</li><li>Plant deep.</li></ol>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(body)
    let expected: [Block] =
      paragraphs(2) + [
        .image(ArticleImage(src: "https://garden.example/seeds.jpg", alt: "Seed packets", width: 800, height: 600)),
        .paragraph("Seed packets from the spring fair."),
        .quote("Plant what you love to eat. An old gardener"),
        .table([["Variety", "Spacing"], ["Cherry", "45 cm"], ["Beefsteak", "60 cm"]]),
        .code("rows = 3"),
        .list(ArticleList(ordered: true, items: [ListItem(text: "Dig a hole."), ListItem(text: "Plant deep.")])),
      ] + paragraphs(2, from: 2)
    #expect(article.sections == [ArticleSection(heading: Heading(level: 2, text: "Choosing Seeds"), blocks: expected)])
  }

  @Test("Gutenberg wraps a table and a pullquote in <figure>: they stay a table block and a quote block")
  func figureWrappedBlocks() throws {
    let body = """
      <article class="post"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes</h1><div class="entry-content">\
      \(TestPage.paragraphs(2))<figure class="wp-block-table"><table><thead><tr><th>Variety</th><th>Spacing</th></tr>\
      </thead><tbody><tr><td>Cherry</td><td>45 cm</td></tr></tbody></table></figure><figure class="wp-block-pullquote">\
      <blockquote><p>Plant what you love to eat.</p><cite>An old gardener</cite></blockquote></figure>\
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let expected: [Block] =
      paragraphs(2) + [
        .table([["Variety", "Spacing"], ["Cherry", "45 cm"]]), .quote("Plant what you love to eat. An old gardener"),
      ]
      + paragraphs(2, from: 2)
    #expect(try TestPage.extract(body).sections == [ArticleSection(heading: nil, blocks: expected)])
  }

  @Test("a figure whose image sits in wrapper divs gives the image once; caption and credit are separate words")
  func figureImageOnceCaptionSpaced() throws {
    let body = """
      <article class="post"><h1 class="entry-title">A Beginner Guide to Growing Tomatoes</h1><div class="entry-content">\
      \(TestPage.paragraphs(2))<figure class="comp mntl-sc-block-image"><div class="img-placeholder"><div><img \
      src="https://garden.example/cuff.png" alt="Diagram" width="1200" height="800"></div></div><figcaption \
      class="figure-article-caption"><span class="figure-article-caption-text">The cuff sits above the elbow.</span>\
      <span class="figure-article-caption-owner">Wellwise Health / Jia Chen</span></figcaption></figure>\
      \(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let expected: [Block] =
      paragraphs(2) + [
        .image(ArticleImage(src: "https://garden.example/cuff.png", alt: "Diagram", width: 1200, height: 800)),
        .paragraph("The cuff sits above the elbow. Wellwise Health / Jia Chen"),
      ] + paragraphs(2, from: 2)
    #expect(try TestPage.extract(body).sections == [ArticleSection(heading: nil, blocks: expected)])
  }

  @Test("a heading the outline leaves out (here a classed dek) heads no section: its words stay as a paragraph")
  func droppedHeadingOpensNoSection() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1><h2 class="story__teaser">Ten plants on a small balcony \
      and what they taught us</h2>\(TestPage.paragraphs(2))<h2>Choosing Seeds</h2>\(TestPage.paragraphs(1, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
    #expect(
      article.sections == [
        ArticleSection(
          heading: nil, blocks: [.paragraph("Ten plants on a small balcony and what they taught us")] + paragraphs(2),
          sections: [
            ArticleSection(
              heading: Heading(level: 2, text: "Choosing Seeds"),
              blocks: paragraphs(1, from: 2))
          ])
      ])
  }

  @Test("a heading printed twice, for two screen sizes, heads one section and is not repeated as a paragraph")
  func doubledHeadingOneSection() throws {
    let body = """
      <article><h1>A Beginner Guide to Growing Tomatoes</h1>\(TestPage.paragraphs(2))\
      <h2 class="d-md-none">Choosing Seeds</h2><h2 class="d-none d-md-block">Choosing Seeds</h2>\
      \(TestPage.paragraphs(1, from: 2))</article>
      """
    let article = try TestPage.extract(body, title: "A Beginner Guide to Growing Tomatoes")
    #expect(article.headings.map(\.text) == ["Choosing Seeds"])
    #expect(
      article.sections == [
        ArticleSection(
          heading: nil, blocks: paragraphs(2),
          sections: [
            ArticleSection(heading: Heading(level: 2, text: "Choosing Seeds"), blocks: paragraphs(1, from: 2))
          ])
      ])
  }
}
