import Testing

@testable import ExtractKit

/// Lists of the main content, each item split into a title (its bold, strong, heading or "Title:"
/// label) and the rest as text; the lead-in line ending with ":" kept as `intro`; nested lists kept.
@Suite("Lists: item titles, descriptions, intros, definition lists, nesting")
struct ListsExtractorTests {
  /// A WordPress post with `markup` between filler paragraphs.
  private func lists(_ markup: String) throws -> [ArticleList] {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))\(markup)\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    return try TestPage.extract(body).lists
  }

  private let massages = [
    ListItem(title: "Deep Tissue Massage", text: "This form of massage works the deeper layers of muscle."),
    ListItem(title: "Swedish Massage", text: "A gentler massage with long strokes."),
  ]

  @Test("Shopify rich text: <strong> leads are the titles and the intro line ending with ':' is kept")
  func strongLeadsWithIntro() throws {
    let markup = """
      <p>Popular types of massage include:</p><ul><li><strong>Deep Tissue Massage</strong> This form of massage \
      works the deeper layers of muscle.</li><li><strong>Swedish Massage</strong> A gentler massage with long \
      strokes.</li></ul>
      """
    #expect(
      try lists(markup) == [ArticleList(ordered: false, intro: "Popular types of massage include:", items: massages)])
  }

  @Test("classic editor: '<b>Title:</b> text' loses the colon from the title")
  func boldWithColon() throws {
    let markup = """
      <ul><li><b>Deep Tissue Massage:</b> This form of massage works the deeper layers of muscle.</li>\
      <li><b>Swedish Massage:</b> A gentler massage with long strokes.</li></ul>
      """
    #expect(try lists(markup) == [ArticleList(ordered: false, items: massages)])
  }

  @Test("a plain 'Title: text' lead without markup is split at the colon")
  func plainColonLead() throws {
    let markup = """
      <ul><li>Deep Tissue Massage: This form of massage works the deeper layers of muscle.</li>\
      <li>Swedish Massage: A gentler massage with long strokes.</li></ul>
      """
    #expect(try lists(markup) == [ArticleList(ordered: false, items: massages)])
  }

  @Test("Gutenberg list with an <h3> heading leading each item")
  func headingInItem() throws {
    let markup = """
      <ul class="wp-block-list"><li><h3>Deep Tissue Massage</h3><p>This form of massage works the deeper layers of \
      muscle.</p></li><li><h3>Swedish Massage</h3><p>A gentler massage with long strokes.</p></li></ul>
      """
    #expect(try lists(markup) == [ArticleList(ordered: false, items: massages)])
  }

  @Test("a bold paragraph followed by description paragraphs inside each item")
  func boldParagraphThenDescriptions() throws {
    let markup = """
      <ul><li><p><strong>Deep Tissue Massage</strong></p><p>This form of massage works the deeper layers of \
      muscle.</p><p>It can feel intense.</p></li><li><p><strong>Swedish Massage</strong></p><p>A gentler massage \
      with long strokes.</p></li></ul>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(
              title: "Deep Tissue Massage",
              text: "This form of massage works the deeper layers of muscle. It can feel intense."),
            ListItem(title: "Swedish Massage", text: "A gentler massage with long strokes."),
          ])
      ])
  }

  @Test("a linked bold title (<a><strong>…</strong></a>) is the title; the text follows")
  func linkedBoldTitle() throws {
    let markup = """
      <ul><li><a href="/deep"><strong>Deep Tissue Massage</strong></a> works the deeper layers of muscle.</li>\
      <li><a href="/swedish"><strong>Swedish Massage</strong></a> uses long strokes.</li></ul>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(title: "Deep Tissue Massage", text: "works the deeper layers of muscle."),
            ListItem(title: "Swedish Massage", text: "uses long strokes."),
          ])
      ])
  }

  @Test("an ordered list with '<strong>Title</strong> – text' items: the dash is not part of the text")
  func orderedWithDash() throws {
    let markup = """
      <p>Try these stretches:</p><ol><li><strong>Knee to chest</strong> – Lie on your back and pull one knee in.</li>\
      <li><strong>Cat-cow</strong> – Move between arching and rounding your back.</li></ol>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: true, intro: "Try these stretches:",
          items: [
            ListItem(title: "Knee to chest", text: "Lie on your back and pull one knee in."),
            ListItem(title: "Cat-cow", text: "Move between arching and rounding your back."),
          ])
      ])
  }

  @Test("a <dl>: each <dt> is a title and its <dd> the text")
  func definitionList() throws {
    let markup = """
      <dl><dt>Deep Tissue Massage</dt><dd>This form of massage works the deeper layers of muscle.</dd>\
      <dt>Swedish Massage</dt><dd>A gentler massage with long strokes.</dd></dl>
      """
    #expect(try lists(markup) == [ArticleList(ordered: false, items: massages)])
  }

  @Test("items without a label have no title; a bold intro paragraph ending with ':' is the intro")
  func untitledItemsWithBoldIntro() throws {
    let markup = "<p><strong>Benefits of massage:</strong></p><ul><li>Less pain</li><li>Better sleep</li></ul>"
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false, intro: "Benefits of massage:",
          items: [ListItem(text: "Less pain"), ListItem(text: "Better sleep")])
      ])
  }

  @Test("a paragraph before a list that does not end with ':' is not its intro")
  func noIntroWithoutColon() throws {
    let markup = "<p>Some people find it helps.</p><ul><li>Warm baths</li><li>Gentle walks</li></ul>"
    #expect(try lists(markup).map(\.intro) == [nil])
  }

  @Test("a list whose items are only bold words keeps them as text, not as titles without text")
  func boldOnlyItems() throws {
    let markup = "<ul><li><strong>Deep Tissue Massage</strong></li><li><strong>Swedish Massage</strong></li></ul>"
    #expect(
      try lists(markup) == [
        ArticleList(ordered: false, items: [ListItem(text: "Deep Tissue Massage"), ListItem(text: "Swedish Massage")])
      ])
  }

  @Test("nested lists stay with their item, not as lists of their own")
  func nestedLists() throws {
    let markup = """
      <ul><li>Warm up first</li><li>Stretch slowly<ul><li>Hamstrings</li><li>Hip flexors</li></ul></li>\
      <li>Cool down</li></ul>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(text: "Warm up first"),
            ListItem(
              text: "Stretch slowly",
              lists: [
                ArticleList(ordered: false, items: [ListItem(text: "Hamstrings"), ListItem(text: "Hip flexors")])
              ]),
            ListItem(text: "Cool down"),
          ])
      ])
  }

  @Test("a titled item holding only a nested list: title kept, text empty")
  func titledNestedList() throws {
    let markup = """
      <ul><li><strong>Heat</strong><ul><li>Use a warm pad for twenty minutes.</li><li>Take a warm bath.</li></ul>\
      </li><li><strong>Cold</strong><ul><li>Use an ice pack wrapped in a towel.</li><li>Rest.</li></ul></li></ul>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(
              title: "Heat", text: "",
              lists: [
                ArticleList(
                  ordered: false,
                  items: [ListItem(text: "Use a warm pad for twenty minutes."), ListItem(text: "Take a warm bath.")])
              ]),
            ListItem(
              title: "Cold", text: "",
              lists: [
                ArticleList(
                  ordered: false,
                  items: [ListItem(text: "Use an ice pack wrapped in a towel."), ListItem(text: "Rest.")])
              ]),
          ])
      ])
  }

  @Test("lists in the menu, the sidebar and the footer are not the article's")
  func chromeListsLeftOut() throws {
    let markup = "<ul><li>Warm baths</li><li>Gentle walks</li></ul>"
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))\(markup)\(TestPage.paragraphs(2, from: 2))</div></article>
      <aside class="sidebar"><ul><li><a href="/a">Archive</a></li><li><a href="/b">Categories</a></li></ul></aside>
      """
    let lists = try TestPage.extract(body).lists
    #expect(
      lists == [ArticleList(ordered: false, items: [ListItem(text: "Warm baths"), ListItem(text: "Gentle walks")])])
  }

  @Test("'Time: 10 minutes' items: short values still split when every sibling shares the 'Title:' lead")
  func shortColonValues() throws {
    let markup = "<ul><li>Time: 10 minutes</li><li>Difficulty: easy</li></ul>"
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [ListItem(title: "Time", text: "10 minutes"), ListItem(title: "Difficulty", text: "easy")])
      ])
  }

  @Test("a plain 'X:' in one step of many is part of the step's text, not a title")
  func loneColonIsNotATitle() throws {
    let markup = """
      <ol><li>Create a new virtual machine from the production image.</li><li>Restore the most recent full backup.</li>\
      <li>Run a set of sanity queries: row counts on the ten largest tables.</li><li>Destroy the machine.</li></ol>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: true,
          items: [
            ListItem(text: "Create a new virtual machine from the production image."),
            ListItem(text: "Restore the most recent full backup."),
            ListItem(text: "Run a set of sanity queries: row counts on the ten largest tables."),
            ListItem(text: "Destroy the machine."),
          ])
      ])
  }
}
