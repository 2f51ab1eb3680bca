import Testing

@testable import ExtractKit

/// Lists of the main content, each item split into a title (its bold, strong, heading or "Title:"
/// label) and the rest as text; the lead-in line ending with ":" kept as `intro`; nested lists kept.
@Suite("Lists: item titles, descriptions, intros, definition lists, nesting")
struct ListsExtractorTests {
  /// A WordPress post with `markup` between filler paragraphs.
  private func lists(_ markup: String, lang: String? = "en") throws -> [ArticleList] {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))\(markup)\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    return try TestPage.extract(body, lang: lang).lists
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

  @Test("a plain 'Title: text' lead without markup is no title: a title is marked")
  func plainColonLead() throws {
    let markup = """
      <ul><li>Deep Tissue Massage: This form of massage works the deeper layers of muscle.</li>\
      <li>Swedish Massage: A gentler massage with long strokes.</li></ul>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(text: "Deep Tissue Massage: This form of massage works the deeper layers of muscle."),
            ListItem(text: "Swedish Massage: A gentler massage with long strokes."),
          ])
      ])
  }

  @Test("Gutenberg list with an <h3> heading leading each item")
  func headingInItem() throws {
    let markup = """
      <ul class="wp-block-list"><li><h3>Deep Tissue Massage</h3><p>This form of massage works the deeper layers of \
      muscle.</p></li><li><h3>Swedish Massage</h3><p>A gentler massage with long strokes.</p></li></ul>
      """
    #expect(try lists(markup) == [ArticleList(ordered: false, items: massages)])
  }

  @Test("a heading under the item's picture still titles it: '<li><a><img></a><h2>Title</h2><p>…'")
  func headingUnderPicture() throws {
    let markup = """
      <ul class="features"><li><a href="/v1"><img src="a.jpg" alt=""></a><h2>Deep Tissue Massage</h2><p>This form of \
      massage works the deeper layers of muscle.</p></li><li><img src="b.jpg" alt=""><h2>Swedish Massage</h2><p>A \
      gentler massage with long strokes.</p></li></ul>
      """
    #expect(try lists(markup).first?.items.map(\.title) == ["Deep Tissue Massage", "Swedish Massage"])
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
      <ul><li><a href="/deep"><strong>Deep Tissue Massage</strong></a> – works the deeper layers of muscle.</li>\
      <li><a href="/swedish"><strong>Swedish Massage</strong></a> – uses long strokes.</li></ul>
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

  @Test("'Time: 10 minutes' items in plain text have no titles (a contributor list's 'Sonia [:emk]' neither)")
  func shortColonValues() throws {
    let markup = "<ul><li>Time: 10 minutes</li><li>Difficulty: easy</li></ul>"
    #expect(
      try lists(markup) == [
        ArticleList(ordered: false, items: [ListItem(text: "Time: 10 minutes"), ListItem(text: "Difficulty: easy")])
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

  @Test("a bold subject running on into its sentence is emphasis, not a title")
  func boldSubjectRunsOn() throws {
    let markup = """
      <ol><li><b>Scheduler</b> makes a NextJob call to the <b>Worker</b>.</li>\
      <li><b>Nordfon</b> (except the Nordfon 7) kills apps in the background.</li></ol>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: true,
          items: [
            ListItem(text: "Scheduler makes a NextJob call to the Worker."),
            ListItem(text: "Nordfon (except the Nordfon 7) kills apps in the background."),
          ])
      ])
  }

  @Test("two bolds in a row before a dash are one title: '<b>Sync Engine</b> <b>M3</b> – text'")
  func adjacentBoldsAreOneTitle() throws {
    let markup = """
      <ul><li><b>Sync Engine</b> <b>M3</b> – Making the Sync Engine work offline is done.</li>\
      <li><b>Search Index</b> – The Search Index works offline too.</li></ul>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(title: "Sync Engine M3", text: "Making the Sync Engine work offline is done."),
            ListItem(title: "Search Index", text: "The Search Index works offline too."),
          ])
      ])
  }

  @Test("an accordion: the title link alone on its line above its long answer titles the item")
  func accordionTitle() throws {
    let markup = """
      <ul class="accordion"><li><a href="#" class="accordion-title">1. Deep Tissue Massage</a>\
      <div class="accordion-content"><p>This form of massage works the deeper layers of muscle.</p></div></li>\
      <li><a href="#" class="accordion-title">2. Swedish Massage</a><div class="accordion-content">\
      <p>A gentler massage with long strokes.</p></div></li></ul>
      """
    #expect(
      try lists(markup).flatMap { $0.items.map(\.title) } == ["1. Deep Tissue Massage", "2. Swedish Massage"])
  }

  @Test("an accordion toggle over a table or tiles, not prose, is no item title")
  func accordionOverTableIsNoTitle() throws {
    let markup = """
      <ul class="accordion toggles"><li><a href="#">Grundmodul</a><div><section class="columns"><article>\
      <div><h2>LF 6</h2>Motormechanik und Grundlagen der Elektrik</div></article></section></div></li>\
      <li><a href="#">Deutsch und Kommunikation</a><div><h5>Lehrstoff 1. und 2. Semester</h5><table><tr>\
      <td>1</td><td>Höfliche Umgangsformen</td><td>S. 6 – 12</td></tr></table></div></li></ul>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == [])
    // The same toggles over a paragraph each are titled items.
    let prose = """
      <ul class="accordion toggles"><li><a href="#">Grundmodul</a><div><p>Two years of basic training in \
      the workshop and at school.</p></div></li><li><a href="#">Hauptmodul</a><div><p>A year and a half \
      on cars, trucks or motorcycles.</p></div></li></ul>
      """
    #expect(try lists(prose).flatMap { $0.items.compactMap(\.title) } == ["Grundmodul", "Hauptmodul"])
  }

  @Test("a bold lead that breaks its line ('<b>Exhibitions:<br>2014:</b> …') is a label over a value, no title")
  func boldLeadOverTwoLinesIsNoTitle() throws {
    let markup = """
      <p><strong>Ausstellungen/Beteiligungen:<br>2014:</strong> HOPE 1, Ars Dilettanti, Augsburg // \
      <strong>2013:</strong> IOn, Pinakothek der Moderne, München</p>\
      <p><strong>Auszeichnungen:<br>2010:</strong> Förderpreis der Stadt Erfurt // <strong>2008:</strong> \
      Kunstpreis Weimar</p>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == [])
    // A break that only ends the bold title keeps it.
    let trailing = """
      <ul><li><strong>Deep Tissue Massage<br></strong>This form of massage works the deeper layers of muscle.</li>\
      <li><strong>Swedish Massage<br></strong>A gentler massage with long strokes.</li></ul>
      """
    #expect(try lists(trailing) == [ArticleList(ordered: false, items: massages)])
    let inItems = """
      <ul><li><b>Awards:<br>2010:</b> Förderpreis der Stadt Erfurt</li><li><b>Shows:<br>2014:</b> HOPE 1</li></ul>
      """
    #expect(try lists(inItems).flatMap { $0.items.compactMap(\.title) } == [])
  }

  @Test("a heading in a <header> of its own leads the item: '<li><header><h3>Title:</h3></header><div>…'")
  func headingInHeaderWrapper() throws {
    let markup = """
      <ul class="akkordeon"><li><header><h3>Deep Tissue Massage:</h3></header><div><p>This form of massage works \
      the deeper layers of muscle.</p></div></li><li><header><h3>Swedish Massage:</h3></header><div><p>A gentler \
      massage with long strokes.</p></div></li></ul>
      """
    #expect(try lists(markup) == [ArticleList(ordered: false, items: massages)])
  }

  @Test("paragraphs in a row led by '<strong>Title</strong><br>' or '<b>Title:</b>' are a titled list")
  func boldLeadParagraphs() throws {
    let markup = """
      <p>Popular types of massage include:</p>\
      <p><strong>Deep Tissue Massage</strong><br> This form of massage works the deeper layers of muscle.</p>\
      <p><span><b>Swedish Massage:</b> A gentler massage with long strokes, good for a first visit.</span></p>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false, intro: "Popular types of massage include:",
          items: [
            ListItem(title: "Deep Tissue Massage", text: "This form of massage works the deeper layers of muscle."),
            ListItem(title: "Swedish Massage", text: "A gentler massage with long strokes, good for a first visit."),
          ])
      ])
  }

  @Test("a bold paragraph then its one description paragraph, in pairs, is a titled list")
  func boldParagraphPairs() throws {
    let markup = """
      <p><span style="text-decoration: underline;"><strong>Deep Tissue Massage</strong></span></p>\
      <p>This form of massage works the deeper layers of muscle.</p>\
      <p><strong>Swedish Massage</strong></p><ul><li>A gentler massage with long strokes, good for a first visit.</li></ul>
      """
    let titled = try lists(markup).filter { $0.items.contains { $0.title != nil } }
    #expect(
      titled == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(title: "Deep Tissue Massage", text: "This form of massage works the deeper layers of muscle."),
            ListItem(title: "Swedish Massage", text: "A gentler massage with long strokes, good for a first visit."),
          ])
      ])
  }

  @Test("one stray bold-led paragraph is not a list")
  func strayBoldLeadIsNoList() throws {
    let markup =
      "<p><strong>Deep Tissue Massage</strong><br> This form of massage works the deeper layers of muscle.</p>"
    #expect(try lists(markup) == [])
  }

  @Test("bold sub-headings over several paragraphs each are sections, not a list")
  func boldSubheadingsAreSections() throws {
    let markup = """
      <p><strong>Deep Tissue Massage</strong></p>\(TestPage.paragraphs(2, from: 4))\
      <p><strong>Swedish Massage</strong></p>\(TestPage.paragraphs(2, from: 6))
      """
    #expect(try lists(markup) == [])
  }

  @Test("an interview's bold questions answered by paragraphs are not a list")
  func interviewQuestionsAreNoList() throws {
    let markup = """
      <p><strong>What does a better doctor mean here?</strong></p><p>\(TestPage.fillerText(4))</p>\
      <p><strong>Would a living will help?</strong> \(TestPage.fillerText(5))</p>
      """
    #expect(try lists(markup) == [])
  }

  @Test("a paragraph of short bold 'Label: value' lines is a facts box, not items")
  func factsBoxIsNoList() throws {
    let markup = """
      <p><em><strong>Hibiscus syriacus</strong></em> – The familiar lilac species, generous with flowers.</p>\
      <p><em><strong>Hibiscus moscheutos</strong></em> (palustris) – Toughest species, with velvety leaves.</p>\
      <p><strong>Family: </strong> <em>Malvaceae</em><br><strong>Common Name: </strong> Rose Mallow</p>
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == [
        "Hibiscus syriacus", "Hibiscus moscheutos",
      ])
  }

  @Test("a number typed before each bold lead ('1. <strong>Bio:</strong> …') is no part of the title")
  func numberedBoldLeads() throws {
    let markup = """
      <p>1. <strong>Deep Tissue Massage:</strong> This form of massage works the deeper layers of muscle.</p>\
      <p>2. <strong>Swedish Massage – </strong> A gentler massage with long strokes, good for a first visit.</p>\
      <p>3. <strong>Hot stones: do they help?</strong> Warm stones loosen the muscles before the massage.</p>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(title: "Deep Tissue Massage", text: "This form of massage works the deeper layers of muscle."),
            ListItem(title: "Swedish Massage", text: "A gentler massage with long strokes, good for a first visit."),
            ListItem(title: "Hot stones: do they help?", text: "Warm stones loosen the muscles before the massage."),
          ])
      ])
  }

  @Test("a bold label over bullets typed as text ('<b>ALLGEMEIN:</b><br>• …') heads them, it is no item")
  func boldLabelOverTypedBullets() throws {
    let markup = """
      <p><strong>Deep Tissue Massage</strong><br> This form of massage works the deeper layers of muscle.</p>\
      <p><strong>Swedish Massage</strong><br> A gentler massage with long strokes, good for a first visit.</p>\
      <p><strong>ALLGEMEIN:</strong><br>• Sixty minutes a session<br>• Oils included<br>• Booking online</p>\
      <p><strong>PREISE:</strong><br>• Sixty euros an hour<br>• Ten sessions for five hundred euros</p>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == ["Deep Tissue Massage", "Swedish Massage"])
  }

  @Test("an address box: bold names each over its web address are a titled list, short as they are")
  func addressBox() throws {
    let markup = """
      <p><strong>Kiez</strong><br><a href="http://www.kiez.example.de">www.kiez.example.de</a></p>\
      <p><strong>Ole Bo</strong><br><a href="http://www.bo.example.de">www.bo.example.de</a></p>
      """
    #expect(
      try lists(markup) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(title: "Kiez", text: "www.kiez.example.de"), ListItem(title: "Ole Bo", text: "www.bo.example.de"),
          ])
      ])
  }

  @Test("short 'Label: value' paragraphs in a row are facts, not a titled list")
  func shortLabelledValuesAreNoList() throws {
    let markup = "<p><strong>Welcome offer:</strong> 80,000 points</p><p><strong>Annual fee:</strong> 95 dollars</p>"
    #expect(try lists(markup) == [])
  }

  @Test("a bold title over a list of several items, among titles over one-item lists, is an item too")
  func titleOverLongerListAmongTips() throws {
    let tip = { (index: Int) in "<ul><li><p>\(TestPage.fillerText(index))</p></li></ul>" }
    let markup = """
      <p><b>Practice, practice, practice</b></p><ul><li><p>\(TestPage.fillerText(4))</p></li>\
      <li><p>\(TestPage.fillerText(5))</p></li></ul><p><b>Know your values</b></p>\(tip(6))\
      <p><b>Make room to check in</b></p>\(tip(7))<p><b>Between yes and no</b></p>\(tip(8))
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == [
        "Practice, practice, practice", "Know your values", "Make room to check in", "Between yes and no",
      ])
  }

  @Test("bold lines each over a list of several items ('Ingredients', 'Method') are sub-headings, not items")
  func boldLinesOverListsAreSubheadings() throws {
    let markup = """
      <p><strong>Ingredients</strong></p><ul><li>Two cups of flour, sifted</li><li>One cup of sugar</li>\
      <li>Three eggs</li></ul><p><strong>Method</strong></p><ul><li>Mix the flour and the sugar in a bowl.</li>\
      <li>Beat in the eggs one at a time.</li><li>Bake for forty minutes.</li></ul>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == [])
  }

  @Test("a numbered entry's bold title ending in '!' ('<b>10. YOU!!!</b>') is still a title")
  func numberedTitleEndingInExclamation() throws {
    let markup = """
      <p><strong>9. The Pitch Owl</strong></p><p>Marla started The Pitch Owl and writes for fans of the women’s league.</p>\
      <p><strong>10. YOU!!!</strong></p><p>Keep talking sports, and tell us who belongs on this list next year.</p>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == ["9. The Pitch Owl", "10. YOU!!!"])
  }

  @Test("one bold lead among a list's many plain items ('<b>Startpunkt:</b>' on a route's first stop) is no title")
  func strayBoldLeadIsNoTitle() throws {
    let markup = """
      <ul><li><b>Startpunkt:</b> Bahnhof Talheim, dann entlang der Lauter nach Westen</li>\
      <li>Weiter über den Radweg bis Oberlauter</li><li>Von dort auf der Landstraße nach Birkenfeld</li>\
      <li>Über die Brücke nach Kirchdorf und zum Ziel</li></ul>
      """
    let items = try #require(try lists(markup).first).items
    #expect(items.allSatisfy { $0.title == nil })
    #expect(items.first?.text == "Startpunkt: Bahnhof Talheim, dann entlang der Lauter nach Westen")
  }

  @Test("a few bold leads among many plain items ('<b>Tipp:</b>' on two of six) are emphasis, not titles")
  func fewBoldLeadsAreNoTitles() throws {
    let markup = """
      <ul><li>Den Boden im Frühjahr lockern und mit Kompost anreichern</li>\
      <li><b>Wichtig:</b> im Sommer jeden Abend gießen, nie in der Mittagssonne</li>\
      <li>Im Herbst die Zwiebeln der Tulpen setzen</li><li><b>Tipp:</b> Mulch hält die Erde länger feucht</li>\
      <li>Die Geräte vor dem Winter reinigen</li><li>Die Beete mit Laub abdecken</li></ul>
      """
    let items = try #require(try lists(markup).first).items
    #expect(items.allSatisfy { $0.title == nil })
    #expect(items[1].text == "Wichtig: im Sommer jeden Abend gießen, nie in der Mittagssonne")
  }

  @Test("bold leads on half a list's items still title them (three of six)")
  func halfBoldLeadsAreTitles() throws {
    let markup = """
      <ul><li><b>Boden:</b> im Frühjahr lockern und mit Kompost anreichern</li>\
      <li><b>Wasser:</b> im Sommer jeden Abend gießen, nie in der Mittagssonne</li>\
      <li><b>Zwiebeln:</b> im Herbst die Tulpen setzen</li><li>Mulch hält die Erde länger feucht</li>\
      <li>Die Geräte vor dem Winter reinigen</li><li>Die Beete mit Laub abdecken</li></ul>
      """
    let items = try #require(try lists(markup).first).items
    #expect(items.compactMap(\.title) == ["Boden", "Wasser", "Zwiebeln"])
  }

  @Test("an interview's bold speakers taking turns ('<b>Frage:</b> …', '<b>Müller:</b> …', again) are no list")
  func speakersTakingTurnsAreNoList() throws {
    let markup = """
      <p><strong>Frage:</strong> Herr Müller, warum haben Sie das Amt nach so vielen Jahren aufgegeben?</p>\
      <p><strong>Müller:</strong> Weil ich gemerkt habe, dass die Partei einen anderen Weg gehen wollte als ich.</p>\
      <p><strong>Frage:</strong> Haben Sie das nach all den Jahren in der Öffentlichkeit je bereut?</p>\
      <p><strong>Müller:</strong> Nein, ich würde es jederzeit wieder so machen, ohne zu zögern oder zu zweifeln.</p>
      """
    #expect(try lists(markup) == [])
  }

  @Test("a schedule's slots coming back day after day ('Morning:', 'Afternoon:', 'Evening:') stay titles")
  func repeatedScheduleSlotsStayTitles() throws {
    let markup = """
      <p><b>Morning:</b> Walk down to the Ribeira and cross the lower deck of the bridge.</p>\
      <p><b>Afternoon:</b> Tour a port lodge in Gaia and taste three kinds of port.</p>\
      <p><b>Evening:</b> Watch the sunset from the Jardim do Morro with a picnic.</p>\
      <p><b>Morning:</b> Queue early for the bookshop before the crowds arrive.</p>\
      <p><b>Afternoon:</b> Take the old tram out to Foz along the river.</p>\
      <p><b>Evening:</b> Eat grilled fish by the beach in Matosinhos.</p>
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == [
        "Morning", "Afternoon", "Evening", "Morning", "Afternoon", "Evening",
      ])
  }

  @Test("three speakers round an interviewer whose lines ask ('SPIEGEL: …?') are no list")
  func interviewerAskingThreeSpeakersIsNoList() throws {
    let markup = """
      <p><b>SPIEGEL:</b> Frau Roth, Herr Klein, wie kam es zu dem gemeinsamen Buch über den Fluss?</p>\
      <p><b>Roth:</b> Wir kannten uns seit der Schule und wollten beide einmal über die Heimat schreiben.</p>\
      <p><b>SPIEGEL:</b> Und wer von Ihnen hat am Ende die meisten Kapitel geschrieben, Herr Klein?</p>\
      <p><b>Klein:</b> Das war eindeutig sie, ich habe vor allem die Bilder und die Karten gemacht.</p>\
      <p><b>SPIEGEL:</b> Haben Sie sich beim Schreiben nie gestritten, über all die vielen Monate hinweg?</p>\
      <p><b>Roth:</b> Doch, oft, aber immer nur über Kommas und nie über die Geschichten selbst.</p>
      """
    #expect(try lists(markup) == [])
    #expect(ListsExtractor.asks("Wer hat das geschrieben?\u{201D} "))
    #expect(!ListsExtractor.asks("Walk down to the bridge."))
  }

  @Test("a run of bold-led paragraphs with one title repeated among distinct ones stays a list")
  func oneRepeatedTitleStaysList() throws {
    let markup = """
      <p><strong>Isolation:</strong> Each task runs in its own worker, so one failing task never stops the rest.</p>\
      <p><strong>Latency:</strong> A task starts within a second of its scheduled time on a quiet cluster.</p>\
      <p><strong>Isolation:</strong> The workers of two teams never share a host, so their loads stay apart.</p>\
      <p><strong>Retries:</strong> A failed task is tried again three times before it is marked as failed.</p>
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == ["Isolation", "Latency", "Isolation", "Retries"])
  }

  @Test("a bold date opening an entry ('<b>3. Oktober 2022.</b>') is no title, though it opens with a number")
  func boldDateIsNoTitle() throws {
    let markup = """
      <p><strong>3. Oktober 2022.</strong></p><p>An diesem Tag begann die Reise durch das Tal der Lauter.</p>\
      <p><strong>4. Oktober 2022.</strong></p><p>Am zweiten Tag ging es weiter bis nach Bergheim am Fluss.</p>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) }.isEmpty)
  }

  @Test("dialogue choices led by a bold quoted sentence ('<b>\"I was. You made a good choice.\"</b> …') have no titles")
  func boldQuotedSentenceIsNoTitle() throws {
    let markup = """
      <ul><li><b>"I was. You made a good choice there, Mira."</b> <small>(+50 friendship.)</small> Mira thanks you.</li>\
      <li><b>"I'm only out for some air, enjoying the quiet."</b> <small>(No effect.)</small> Mira nods.</li>\
      <li><b>"Gladly!"</b> <small>(+10 friendship.)</small> Mira smiles at you.</li></ul>
      """
    let items = try #require(try lists(markup).first).items
    #expect(items.allSatisfy { $0.title == nil })
    #expect(items.last?.text == "\"Gladly!\" (+10 friendship.) Mira smiles at you.")
  }

  @Test("the same bold label leading every line ('<b>Warning</b>: …' on each) is no title")
  func sameBoldLabelOnEveryItemIsNoTitle() throws {
    let markup = """
      <p><b>Warning</b>: Non-static method load_setting() must not be called statically in config.php</p>\
      <p><b>Warning</b>: Non-static method read_thumbs() must not be called statically in media.php</p>\
      <p><b>Warning</b>: Non-static method list_albums() must not be called statically in albums.php</p>
      <ul><li><b>Note</b>: the first line of the list is here with some words</li>\
      <li><b>Note</b>: the second line of the list is here with some words</li>\
      <li><b>Note</b>: the third line of the list is here with some words</li>\
      <li><b>Note</b>: the fourth line of the list is here with some words</li></ul>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) }.isEmpty)
  }

  @Test("an item's bold lead sentence without quotes ('<strong>One look a week.</strong> …') is its title")
  func unquotedBoldSentenceIsTitle() throws {
    let markup = """
      <ul><li><strong>Every transaction, same day.</strong> Cash, card, transfers, the two dollars for parking.</li>\
      <li><strong>One look a week.</strong> Sunday morning, ten minutes, coffee. No other analysis allowed.</li></ul>
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == [
        "Every transaction, same day.", "One look a week.",
      ])
  }

  @Test("items titled by bold names that differ keep their titles")
  func distinctBoldTitlesKept() throws {
    let markup = """
      <ul><li><b>Eiswein</b>: a sweet wine from the lake, aged in old oak barrels</li>\
      <li><b>Eiswein</b>: the same wine in a dry year, lighter and fresher</li>\
      <li><b>Blaufränkisch</b>: a red wine from the hills, dark and spicy</li>\
      <li><b>Zweigelt</b>: a red wine for every day, fruity and soft</li></ul>
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == [
        "Eiswein", "Eiswein", "Blaufränkisch", "Zweigelt",
      ])
  }

  @Test(
    "a news story's speakers, bold where they first speak ('<b>Name</b>: \"…\"', '<b>Name</b>, role, … “…”'), are no list"
  )
  func boldSpeakersAreNoList() throws {
    let markup = """
      <p><strong>Mayor Lind</strong>: "The new bridge opens in spring and it will carry the buses as well."</p>\
      <p><strong>Tom Berry</strong>, head of the cyclists' club, welcomes the plan. “We waited ten years”, he says.</p>
      """
    #expect(try lists(markup) == [])
  }

  @Test("a bold name whose apposition quotes a nickname ('<b>Rome</b>, the \"Eternal City\", …') is still a title")
  func quotedNicknameInAppositionKeepsTitle() throws {
    let markup = """
      <p><b>Lisbon</b>, the "City of Seven Hills", rewards a walk up every one of them with a view of the river.</p>\
      <p><b>Porto</b>, the "Invicta", keeps its old port cellars open to visitors on the south bank all year.</p>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == ["Lisbon", "Porto"])
  }

  @Test("a bold name over a short quoted title ('<b>May</b> „Night Show“ at the town hall') is still a title")
  func shortQuotedDescriptionKeepsTitle() throws {
    let markup = """
      <p><b>May 2019</b><br>„Night Show“ at the town hall, with two guests from the radio and a band.</p>\
      <p><b>June 2019</b><br>„Summer Reading“ in the park behind the library, with coffee and cake.</p>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == ["May 2019", "June 2019"])
  }

  @Test("a story's closing sections under bold lines ('<b>Fazit</b><br>…', '<b>Literatur</b>') are no list items")
  func closingSectionsAreNoItems() throws {
    let markup = """
      <p><b>Fazit</b><br>Ein Hochbeet aus Lärchenholz lohnt sich nur, wo es den halben Tag in der Sonne steht.</p>\
      <p><b>Literatur</b></p><p>Anna Beispiel: Das Hochbeet. Grundlagen und Praxis, 2010</p>\
      <p>Bert Muster: Gemüse auf Hüfthöhe. Ein Leitfaden, 2015</p>
      """
    #expect(try lists(markup) == [])
  }

  @Test(
    "closing sections and source lists in Portuguese, Dutch and Polish ('Conclusão', 'Bronnen', 'Źródła')",
    arguments: [
      ("Conclusão", "Fontes"), ("Conclusie", "Bronnen"), ("Tot slot", "Literatuur"), ("Podsumowanie", "Źródła"),
      ("Wnioski", "Bibliografia"),
    ])
  func closingSectionsPerLanguage(closing: String, sources: String) throws {
    #expect(ListsExtractor.isClosingSection(closing))
    #expect(ListsExtractor.isClosingSection(sources))
    #expect(SectionVocabulary.referencesHeadings.contains(sources.lowercased()))
    let markup = """
      <p><b>\(closing)</b><br>Ein Hochbeet aus Lärchenholz lohnt sich nur, wo es den halben Tag in der Sonne steht.</p>\
      <p><b>\(sources)</b></p><p>Anna Beispiel: Das Hochbeet. Grundlagen und Praxis, 2010</p>\
      <p>Bert Muster: Gemüse auf Hüfthöhe. Ein Leitfaden, 2015</p>
      """
    #expect(try lists(markup) == [])
  }

  @Test("a bold sub-head whose paragraph announces a quote ('… she said:' then <blockquote>) heads a section")
  func subheadOverAnnouncedQuoteIsSection() throws {
    let markup = """
      <p><strong>Traffic in the old town</strong></p>\
      <p>The council wants fewer cars near the market square from next year on, the mayor said.</p>\
      <p><strong>Costs for the shops</strong></p>\
      <p>The traders fear losing customers. Their spokeswoman wrote in a statement:</p>\
      <blockquote><p>We ask the council to keep the car park open until the new bus line runs.</p></blockquote>
      """
    #expect(try lists(markup) == [])
  }

  @Test(
    "a bold choice followed by an aside in its own element and a sentence ('<b>Fine</b> <small>(…)</small> She …') runs on"
  )
  func boldBeforeInlineAsideRunsOn() throws {
    let markup = """
      <ul><li><b>It went well</b> <small><i>(No effect.)</i></small> The baker answers that the bread is ready.</li>\
      <li><b>Rather badly</b> <small><i>(No effect.)</i></small> The baker promises a fresh loaf tomorrow.</li></ul>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == [])
  }

  @Test("numbered bold questions over their answers ('<b>1. Why …?</b>') are a listicle's titled items")
  func numberedQuestionsAreItems() throws {
    let markup = """
      <p><strong>1. Why did the snail buy a fast car?</strong></p><p>It wanted to be seen as quick for once, just one time in its long and slow life.</p>\
      <p><b>2. What do you call a sleepy bull?<br></b><span>A bulldozer, dozing all afternoon in the warm sun behind the old red barn.</span></p>
      """
    #expect(
      try lists(markup).flatMap { $0.items.map { [$0.title ?? "", $0.text] } } == [
        [
          "1. Why did the snail buy a fast car?",
          "It wanted to be seen as quick for once, just one time in its long and slow life.",
        ],
        [
          "2. What do you call a sleepy bull?",
          "A bulldozer, dozing all afternoon in the warm sun behind the old red barn.",
        ],
      ])
  }

  @Test("bold run-in sub-headings each over a long paragraph are a story's sections, not a list")
  func runInSubheadingsOverLongParagraphsAreNoList() throws {
    let long = String(repeating: "She grew up by the sea and spent her summers on her uncle's fishing boat. ", count: 6)
    let markup = """
      <p><strong>The early years</strong><br>\(long)</p>\
      <p><strong>Moving to the city</strong><br>\(long)</p>\
      <p><strong>A new trade</strong><br>\(long)</p>
      """
    #expect(try lists(markup).isEmpty)
    // Descriptions of a sentence or two under the same leads stay a list.
    let short = """
      <p><strong>Deep Tissue Massage</strong><br>This form of massage works the deeper layers of muscle and \
      connective tissue.</p><p><strong>Swedish Massage</strong><br>A gentler massage with long strokes, kneading \
      and circles.</p>
      """
    #expect(try lists(short).flatMap { $0.items.compactMap(\.title) } == ["Deep Tissue Massage", "Swedish Massage"])
  }

  @Test("a numbered listicle's entry over several paragraphs (answer, then sender) goes on to the next number")
  func numberedEntriesOverSeveralParagraphs() throws {
    let markup = """
      <p><strong>1. What do you call a sleepy bull?</strong></p><p>A bulldozer!</p><p>—Ana, age 9</p>\
      <p><b>2. Why did the cookie see a doctor?</b></p><p>It felt crummy.</p>\
      <p><b>3. What has keys but no locks?</b></p><p>A piano.</p><p>—Tom, age 7</p>\
      <p><b>117. Where do cows go on a date?</b></p><p>To the moovies.</p>
      """
    #expect(
      try lists(markup).flatMap { $0.items.map { [$0.title ?? "", $0.text] } } == [
        ["1. What do you call a sleepy bull?", "A bulldozer!"],
        ["2. Why did the cookie see a doctor?", "It felt crummy."],
        ["3. What has keys but no locks?", "A piano."],
        ["117. Where do cows go on a date?", "To the moovies."],
      ])
  }

  @Test("one entry typed without its number's mark ('<b>3, Why …?</b>') among numbered entries keeps the listicle")
  func numberedListicleSurvivesOneLapse() throws {
    let markup = """
      <p><b>1. What do you call a sleepy bull?</b></p><p>A bulldozer!</p><p>—Ana, age 9</p>\
      <p><b>2. Why did the cookie see a doctor?</b></p><p>It felt crummy.</p>\
      <p><b>3, Where do sheep go on holiday?</b></p><p>The baaahamas.</p>\
      <p><b>4. What has keys but no locks?</b></p><p>A piano.</p><p>—Max, age 6</p>\
      <p><b>5. Where do cows go on a date?</b></p><p>To the moovies.</p>
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == [
        "1. What do you call a sleepy bull?", "2. Why did the cookie see a doctor?", "3, Where do sheep go on holiday?",
        "4. What has keys but no locks?", "5. Where do cows go on a date?",
      ])
  }

  @Test(
    "numbered warnings ('<b>2) security</b>') over several paragraphs each are a list; an unnumbered bold line after them ends it"
  )
  func numberedEntriesEndAtUnnumberedTitle() throws {
    let markup = """
      <p><strong>1) performance overhead</strong></p><p>\(TestPage.fillerText(4))</p><p>\(TestPage.fillerText(5))</p>\
      <p><strong>2) security</strong></p><p>\(TestPage.fillerText(6))</p><p>\(TestPage.fillerText(7))</p>\
      <p><strong>To sum up</strong></p><p>\(TestPage.fillerText(8))</p><p>\(TestPage.fillerText(9))</p>
      """
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == ["1) performance overhead", "2) security"])
  }

  @Test("bold titles whose numbers do not rise ('2.', '1.') over several paragraphs each are sections, not a list")
  func unorderedNumbersOverSeveralParagraphsAreSections() throws {
    let markup = """
      <p><strong>2. Deep Tissue Massage</strong></p>\(TestPage.paragraphs(2, from: 4))\
      <p><strong>1. Swedish Massage</strong></p>\(TestPage.paragraphs(2, from: 6))
      """
    #expect(try lists(markup) == [])
  }

  @Test("an entry's number opening a title has up to three digits and a '.' or ')' ('117.', '2)'); a year is none")
  func entryNumbers() throws {
    #expect(ListsExtractor.entryNumber("117. Why did the cow cross the road?") == 117)
    #expect(ListsExtractor.entryNumber("2) security") == 2)
    #expect(ListsExtractor.entryNumber("2022. A year in review") == nil)
    #expect(ListsExtractor.entryNumber("Top 10. Lists") == nil)
    #expect(ListsExtractor.entryNumber("12 Monkeys") == nil)
  }

  @Test("dialogue choices in bold that exclaim or trail off ('It was great!', 'Not good...') are no titles")
  func exclaimedBoldChoicesAreNoTitles() throws {
    let markup = """
      <ul><li><b>Not good...</b> <small><i>(No effect.)</i></small> The baker says she is sorry to hear it.</li>\
      <li><b>It was great!</b> <small><i>(No effect.)</i></small> The baker is glad you like your work.</li>\
      <li><b>“Not today…”</b> The baker shrugs and goes back to the oven.</li></ul>
      """
    let items = try #require(try lists(markup).first).items
    #expect(items.allSatisfy { $0.title == nil })
    #expect(items.first?.text == "Not good... (No effect.) The baker says she is sorry to hear it.")
    // A bold name ending in a full stop, or a numbered entry's cheer, is still a title.
    let titled = """
      <ul><li><b>Every transaction, same day.</b> Cash arrives in your account before evening.</li>\
      <li><b>No fees.</b> Transfers cost nothing, at home or abroad.</li></ul>\
      <ul><li><b>9. The Pitch Owl!</b> A blog for fans of the women’s league.</li>\
      <li><b>10. YOU!!!</b> Tell us who belongs on this list next year.</li></ul>
      """
    #expect(
      try lists(titled).flatMap { $0.items.compactMap(\.title) } == [
        "Every transaction, same day.", "No fees.", "9. The Pitch Owl!", "10. YOU!!!",
      ])
  }

  @Test("a time, a date or a decimal opening a title ('10.30 Uhr', '12.03.2024:', '1.5 Background') is no entry number")
  func timesAndDatesAreNoEntryNumbers() throws {
    #expect(ListsExtractor.entryNumber("10.30 Uhr") == nil)
    #expect(ListsExtractor.entryNumber("12.03.2024:") == nil)
    #expect(ListsExtractor.entryNumber("1.5 Background") == nil)
    #expect(ListsExtractor.entryNumber("3.Marlene Fitch") == 3)
    #expect(ListsExtractor.entryNumber("3. Marlene Fitch") == 3)
    #expect(ListsExtractor.entryNumber("12.") == 12)
  }

  @Test("a schedule of bold times over short values ('<b>10.30 Uhr</b><br>Kinderchor') is no numbered listicle")
  func scheduleOfTimesIsNoList() throws {
    let markup = """
      <p><b>10.30 Uhr</b><br>Eröffnung durch den Bürgermeister</p><p><b>11.00 Uhr</b><br>Kinderchor</p>      <p><b>12.15 Uhr</b><br>Mittagessen</p><p><b>14.00 Uhr</b><br>Tombola</p>
      """
    #expect(try lists(markup) == [])
  }

  @Test("an unnumbered bold section over several paragraphs is not carried on by the numbered entries after it")
  func unnumberedSectionBeforeNumberedEntries() throws {
    let markup = """
      <p><strong>Before you start</strong></p>\(TestPage.paragraphs(2, from: 2))\
      <p><strong>1. Water</strong></p>\(TestPage.paragraphs(2, from: 4))\
      <p><strong>2. Light</strong></p>\(TestPage.paragraphs(2, from: 6))\
      <p><strong>Conclusion</strong></p>\(TestPage.paragraphs(2, from: 8))
      """
    #expect(try lists(markup).map { $0.items.compactMap(\.title) } == [["1. Water", "2. Light"]])
  }

  @Test("a name with '!' among bold names ('<b>Yahoo!</b>', '<b>Jeopardy!</b>') keeps its title")
  func exclaimedNameAmongNamesKeepsTitle() throws {
    let markup = """
      <ul><li><b>Yahoo!</b> A directory of the web, started by two students.</li>\
      <li><b>AltaVista</b> A fast full-text search engine.</li>\
      <li><b>Excite</b> A portal with search, mail and news.</li>\
      <li><b>Jeopardy!</b> Not a search engine, but a quiz show.</li></ul>
      """
    #expect(
      try lists(markup).flatMap { $0.items.compactMap(\.title) } == ["Yahoo!", "AltaVista", "Excite", "Jeopardy!"])
    // One exclaimed line among names is a name's title too.
    let one = """
      <ul><li><b>Go team go!</b> The cheer of the home side.</li><li><b>AltaVista</b> A fast search engine.</li>\
      <li><b>Excite</b> A portal with search.</li></ul>
      """
    #expect(try lists(one).flatMap { $0.items.compactMap(\.title) } == ["Go team go!", "AltaVista", "Excite"])
  }

  @Test("an amount with its unit leading an ingredient ('<b>200 g</b> Mehl', '<b>2 cups</b> flour') is no title")
  func amountLeadIsNoTitle() throws {
    let markup = """
      <ul><li><b>200 g</b> Mehl</li><li><b>2 EL</b> Zucker</li><li><b>1 1/2 cups</b> Milk</li>\
      <li><b>500ml</b> Wasser</li></ul>
      """
    #expect(
      try lists(markup).flatMap { $0.items.map(\.text) } == [
        "200 g Mehl", "2 EL Zucker", "1 1/2 cups Milk", "500ml Wasser",
      ])
    #expect(try lists(markup).flatMap { $0.items.compactMap(\.title) } == [])
    // A number before a name is a title: "10 Tips", "3 Days in Rome".
    let named = """
      <ul><li><b>10 Tips:</b> Better baking at home.</li><li><b>3 Days in Rome:</b> A short travel guide.</li></ul>
      """
    #expect(try lists(named).flatMap { $0.items.compactMap(\.title) } == ["10 Tips", "3 Days in Rome"])
    #expect(ListsExtractor.isAmount("2 c. à soupe"))
    #expect(ListsExtractor.isAmount("½ tsp"))
    #expect(!ListsExtractor.isAmount("2022"))
    #expect(!ListsExtractor.isAmount("5 Cups of Tea"))
  }

  @Test("a run of bold amounts over ingredients ('<p><b>200 g</b> Mehl</p>') is no list")
  func amountLeadRunIsNoList() throws {
    let markup = """
      <p><b>200 g</b> Mehl, gesiebt und mit dem Backpulver gemischt</p>\
      <p><b>100 g</b> Zucker, am besten brauner Rohrzucker aus dem Laden</p>\
      <p><b>2 Prisen</b> Salz, fein gemahlen und gut verteilt im Teig</p>
      """
    #expect(try lists(markup) == [])
  }

  @Test("a bracketed reference number ('<b>[1]</b> Smith 2019') is no title; a bracketed name is")
  func referenceMarkIsNoTitle() throws {
    let markup = """
      <ol><li><b>[1]</b> Smith, J. (2019). Baking bread at home.</li><li><b>[2]</b> Doe, A. (2020). Cakes.</li></ol>
      """
    #expect(
      try lists(markup).flatMap { $0.items.map(\.text) } == [
        "[1] Smith, J. (2019). Baking bread at home.", "[2] Doe, A. (2020). Cakes.",
      ])
    let named = """
      <ul><li><b>[Update]</b> New figures added.</li><li><b>[Fix]</b> The chart loads again.</li></ul>
      """
    #expect(try lists(named).flatMap { $0.items.compactMap(\.title) } == ["[Update]", "[Fix]"])
  }

  @Test("an interview of two turns under turn words ('<b>Frage:</b>', '<b>Antwort:</b>', 'Q:'/'A:') is no list")
  func twoTurnInterviewIsNoList() throws {
    let markup = """
      <p><b>Frage:</b> Wie lange backen Sie schon Kuchen für Ihre Familie und Freunde?</p>\
      <p><b>Antwort:</b> Seit über zwanzig Jahren, und es macht mir immer noch große Freude.</p>
      """
    #expect(try lists(markup) == [])
    let letters = """
      <ul><li><b>Q:</b> How long have you been baking cakes for your family?</li>\
      <li><b>A:</b> For over twenty years, and I still enjoy it every week.</li></ul>
      """
    #expect(try lists(letters).flatMap { $0.items.compactMap(\.title) } == [])
    // Letters of an alphabet are titles: "A" and "B" are no language's turn letters.
    let alphabet = """
      <ul><li><b>A:</b> Apfel, eine Frucht, die im Herbst reif wird.</li>\
      <li><b>B:</b> Birne, eine Frucht mit weichem Fleisch.</li></ul>
      """
    #expect(try lists(alphabet).flatMap { $0.items.compactMap(\.title) } == ["A", "B"])
  }

  @Test("a bold lead followed by a comma stays a title: a name, a work's title opening with 'When' or 'Avant', a colon")
  func boldNameBeforeCommaStaysTitle() throws {
    // A place and its apposition: no subordinating word.
    let places = """
      <ul><li><strong>Rome</strong>, the eternal city, has three airports.</li>\
      <li><strong>Paris</strong>, the capital, has two.</li></ul>
      """
    #expect(try lists(places).map { $0.items.map(\.title) } == [["Rome", "Paris"]])
    // Films in title case open with "When" and "If" as names.
    let films = """
      <ul><li><strong>When Harry Met Sally</strong>, 1989: a comedy about friends.</li>\
      <li><strong>If Beale Street Could Talk</strong>, 2018: a drama.</li></ul>
      """
    #expect(
      try lists(films).map { $0.items.map(\.title) } == [["When Harry Met Sally", "If Beale Street Could Talk"]])
    // A condition set off by a colon labels its item.
    let conditions = """
      <ul><li><strong>If you have a cat:</strong> keep the herbs out of reach.</li>\
      <li><strong>Wenn du verreist:</strong> stell die Töpfe in den Schatten.</li></ul>
      """
    #expect(
      try lists(conditions).map { $0.items.map(\.title) } == [["If you have a cat", "Wenn du verreist"]])
    // Titles of books and films opening with a word that may open a clause, a byline or a year after
    // the comma; an article, a place or a noun that is a conjunction elsewhere ("As", "Da", "Caso"); a
    // hyphenated compound ("After-school").
    for titles in [
      ["When the Stars Go Dark", "Before the Coffee Gets Cold"],
      ["Als Hitler das rosa Kaninchen stahl", "Während die Welt schlief"],
      ["Avant la pluie", "Quand passent les cigognes"], ["Cuando éramos reyes", "Mientras dure la guerra"],
      ["As praias de Lagos", "Da Serra da Estrela"], ["Caso clinico", "Caso studio"],
      ["After-school clubs", "Before-school care"],
    ] {
      let markup = """
        <ul><li><b>\(titles[0])</b>, 1994: a story told over one summer.</li>\
        <li><b>\(titles[1])</b>, by Anna Berg, a story told over one winter.</li></ul>
        """
      #expect(try lists(markup).map { $0.items.map(\.title) } == [titles], "\(titles[0])")
    }
  }

  @Test("a bold lead inside an editor's span (<li><span><strong>Title</strong></span>: text) titles its item")
  func boldLeadInsideSpan() throws {
    let outside = """
      <ul><li><span style="font-weight: 700;"><strong>Deep Tissue Massage</strong></span>: This form of massage \
      works the deeper layers of muscle.</li><li><span style="font-weight: 700;"><strong>Swedish Massage\
      </strong></span>: A gentler massage with long strokes.</li></ul>
      """
    #expect(try lists(outside) == [ArticleList(ordered: false, items: massages)])
    // A Google Docs paste: the whole item in one span, the bold first inside it.
    let inside = """
      <ul><li><span><b>Deep Tissue Massage:</b> This form of massage works the deeper layers of muscle.</span></li>\
      <li><span><b>Swedish Massage:</b> A gentler massage with long strokes.</span></li></ul>
      """
    #expect(try lists(inside) == [ArticleList(ordered: false, items: massages)])
    // Bold words running on inside the span are emphasis.
    let emphasis = """
      <ul><li><span><b>Deep tissue</b> massage works the deeper layers.</span></li>\
      <li><span><b>Swedish</b> massage uses long strokes.</span></li></ul>
      """
    #expect(try lists(emphasis).map { $0.items.map(\.title) } == [[nil, nil]])
    // The bold fills its wrapper and the sentence goes on after the wrapper: in plain text, in the
    // next span of a Docs paste, or round an <em>.
    for markup in [
      """
      <ul><li><span><b>Deep tissue</b></span> massage works the deeper layers.</li>\
      <li><span><b>Swedish</b></span> massage uses long strokes.</li></ul>
      """,
      """
      <ul><li><span style="font-weight:700"><b>Deep tissue</b></span><span style="font-weight:400"> massage works \
      the deeper layers.</span></li><li><span style="font-weight:700"><b>Swedish</b></span>\
      <span style="font-weight:400"> massage uses long strokes.</span></li></ul>
      """,
      """
      <ul><li><em><b>Deep tissue</b></em> massage works the deeper layers.</li>\
      <li><em><b>Swedish</b></em> massage uses long strokes.</li></ul>
      """,
    ] {
      #expect(try lists(markup).map { $0.items.map(\.title) } == [[nil, nil]], "\(markup)")
    }
    // A reference list's backlink caret, bold in its span, names nothing.
    let references = """
      <ol><li><span class="backlink"><b><a href="#ref-1">^</a></b></span> <span>Smith, J. (2019). Massage.</span></li>\
      <li><span class="backlink"><b><a href="#ref-2">^</a></b></span> <span>Doe, A. (2020). Rest.</span></li></ol>
      """
    #expect(try lists(references).map { $0.items.map(\.title) } == [[nil, nil]])
  }

  @Test("a bold lead's words are found in its paragraph over bytes, and left to characters where bytes cannot tell")
  func titleWalkOverBytes() {
    func end(_ title: String, _ text: String) -> String? {
      switch ListsExtractor.asciiTitleEnd(title, in: text) {
      case .follows(let index): return String(text[index...])
      case .differs: return "differs"
      case .undecided: return nil
      }
    }
    #expect(end("Deep Tissue", " Deep\tTissue: works") == ": works")
    #expect(end("Deep Tissue", "Deep Tissues") == "s")
    #expect(end("Deep Tissue", "Deep Tiss") == "differs")
    #expect(end("Deep Tissue", "Deep tissue") == "differs")
    // A no-break space skipped, a Kelvin sign equal to "K", a combining mark on the last letter,
    // a title that is not ASCII: characters decide.
    #expect(end("Deep Tissue", "Deep\u{A0}Tissue") == nil)
    #expect(end("Kelvin", "\u{212A}elvin") == nil)
    #expect(end("Cafe", "Cafe\u{301} au lait") == nil)
    #expect(end("Café", "Café au lait") == nil)
    #expect(ListsExtractor.asciiWordCount("Deep Tissue Massage") == 3)
    #expect(ListsExtractor.asciiWordCount("Café Noir") == nil)
  }

  @Test("a paragraph's first text shows something when its bytes or its cleaning say so")
  func firstTextShowsOverBytes() throws {
    let html = "<html><body><p>\n\t </p><p> x</p><p>\u{A0}\u{200B}</p><p>\u{A0}é</p></body></html>"
    let tree = try HTMLParser.tree(bytes: Array(html.utf8), encoding: "UTF-8", maximumElements: 100)
    let texts = tree.nodes.filter { $0.kind == .text }
    #expect(texts.map(ListsExtractor.showsText) == texts.map { !Text.clean($0.text).isEmpty })
    #expect(texts.filter(ListsExtractor.showsText).map(\.text) == [" x", "\u{A0}é"])
  }

  /// The titles of every list found (nested lists' too), in order.
  private func titles(_ markup: String, lang: String? = "en") throws -> [String] {
    var found: [String] = []
    func walk(_ list: ArticleList) {
      for item in list.items {
        if let title = item.title { found.append(title) }
        item.lists.forEach(walk)
      }
    }
    try lists(markup, lang: lang).forEach(walk)
    return found
  }

  @Test("a span set bold by its style or a utility class leads its item as <strong> does")
  func styledBoldSpanLeads() throws {
    let styled = """
      <ul><li><span style="font-weight: 700;">Banden:</span> controleer elke twee weken de bandenspanning.</li>\
      <li><span style="font-weight: 700;">Ketting:</span> maak de ketting schoon na elke regenrit.</li></ul>
      """
    #expect(
      try lists(styled) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(title: "Banden", text: "controleer elke twee weken de bandenspanning."),
            ListItem(title: "Ketting", text: "maak de ketting schoon na elke regenrit."),
          ])
      ])
    let classed = """
      <ul class="list-disc"><li><span class="font-semibold">Startbildschirm:</span> Apps lassen sich frei \
      platzieren.</li><li><span class="font-semibold">Kontrollzentrum:</span> Die Schalter sind neu verteilt.</li></ul>
      """
    #expect(try titles(classed) == ["Startbildschirm", "Kontrollzentrum"])
    let bolder = """
      <ul><li><span style="font-weight:bold">Kitchen</span> – Empty the fridge and wipe the shelves.</li>\
      <li><span style="font-weight:bold">Bathroom</span> – Scrub the grout and replace the liner.</li></ul>
      """
    #expect(try titles(bolder) == ["Kitchen", "Bathroom"])
  }

  @Test("a span of normal weight or without a weight is no bold lead; bold spans lead no paragraph run")
  func plainSpanIsNoLead() throws {
    // A pasted editor's bold spans over paragraphs are its sub-headings: only `<li>` says "item".
    let pasted = """
      <p><span style="font-weight: 700;">Unsere Favoriten</span></p><p><span style="font-weight: 400;">Geranien \
      vertragen pralle Sonne und blühen bis in den Oktober hinein.</span></p><p><span style="font-weight: 700;">\
      Was wir meiden</span></p><p><span style="font-weight: 400;">Fuchsien verbrennen in der Mittagssonne \
      schon nach wenigen Tagen.</span></p>
      """
    #expect(try titles(pasted) == [])
    let markup = """
      <ul><li><span style="font-weight: 400;">Banden:</span> controleer elke twee weken de bandenspanning.</li>\
      <li><span style="color: red">Ketting:</span> maak de ketting schoon na elke regenrit.</li>\
      <li><span class="highlight">Remmen:</span> vervang versleten remblokjes op tijd.</li></ul>
      """
    #expect(try titles(markup) == [])
    #expect(ListsExtractor.fontWeight("color: red; font-weight: 600") == true)
    #expect(ListsExtractor.fontWeight("font-weight:normal") == false)
    #expect(ListsExtractor.fontWeight("color: red") == nil)
  }

  @Test("a symbol before an item's bold lead (✅, 👉, ➤) is neither title nor text; symbol-led paragraphs are no list")
  func leadMarkBeforeBold() throws {
    let items = """
      <ul><li>✅ <strong>Track everything:</strong> We log every purchase in a shared spreadsheet.</li>\
      <li>✅ <strong>Pay ourselves first:</strong> Ten percent goes into savings on payday.</li></ul>
      """
    #expect(
      try lists(items) == [
        ArticleList(
          ordered: false,
          items: [
            ListItem(title: "Track everything", text: "We log every purchase in a shared spreadsheet."),
            ListItem(title: "Pay ourselves first", text: "Ten percent goes into savings on payday."),
          ])
      ])
    // Paragraphs so led are an info box's lines (address, hours), not a list.
    let paragraphs = """
      <p>📍 <b>Adresse:</b> Kastanienallee 12, 10435 Berlin, gleich neben der Haltestelle Eberswalder Straße.</p>\
      <p>🕒 <b>Öffnungszeiten:</b> Dienstag bis Sonntag von 9 bis 18 Uhr, montags geschlossen, auch an Feiertagen.</p>
      """
    #expect(try titles(paragraphs) == [])
    #expect(ListsExtractor.isLeadMark("✔️ "))
    #expect(ListsExtractor.isLeadMark("➤"))
    #expect(!ListsExtractor.isLeadMark("„"))
    #expect(!ListsExtractor.isLeadMark("Tip"))
    #expect(!ListsExtractor.isLeadMark("(1)"))
  }

  @Test("a letter or quote before the bold keeps the item untitled: the bold is inside its sentence")
  func textBeforeBoldIsNoMark() throws {
    let markup = """
      <ul><li>A <strong>fresh</strong> start: we log every purchase in a shared spreadsheet.</li>\
      <li>„<strong>Zeitsprung</strong>“ erzählt jede Woche eine vergessene Geschichte.</li></ul>
      """
    #expect(try titles(markup) == [])
  }

  @Test("a post card's heading inside the item's wrapper block is no item title: a grid of cards is no titled list")
  func cardGridsHaveNoTitles() throws {
    let cards = """
      <ul class="posts-grid"><li><div class="card"><a href="/p0/"><img src="0.jpg" alt=""></a><h3 class="entry-title">\
      <a href="/p0/">The best hose reels for small gardens</a></h3><p>A short excerpt of the post that runs on for a \
      line or two.</p></div></li><li><div class="card"><a href="/p1/"><img src="1.jpg" alt=""></a>\
      <h3 class="entry-title"><a href="/p1/">Sprinklers that do not flood the patio</a></h3><p>Another short excerpt \
      of a post that runs on for a line or two.</p></div></li></ul>
      """
    #expect(try titles(cards) == [])
    let twoWrappers = """
      <ul class="posts-grid"><li><div class="card"><div class="card-body"><h3 class="entry-title"><a href="/p0/">The \
      best hose reels for small gardens</a></h3><p>A short excerpt of the post that runs on for a line or two.</p>\
      </div></div></li><li><div class="card"><div class="card-body"><h3 class="entry-title"><a href="/p1/">Sprinklers \
      that do not flood the patio</a></h3><p>Another short excerpt of a post that runs on for a line or two.</p>\
      </div></div></li></ul>
      """
    #expect(try titles(twoWrappers) == [])
    let products = """
      <ul class="products columns-3"><li class="product"><div class="product-inner"><a href="/p/gloves/"><img \
      src="g.jpg" alt=""></a><h2 class="woocommerce-loop-product__title">Leather gloves</h2><span class="price">\
      €24.00</span><a href="?add-to-cart=1" class="button">Add to cart</a></div></li><li class="product">\
      <div class="product-inner"><a href="/p/trowel/"><img src="t.jpg" alt=""></a><h2 class="woocommerce-loop-\
      product__title">Steel trowel</h2><span class="price">€18.00</span><a href="?add-to-cart=2" class="button">Add \
      to cart</a></div></li></ul>
      """
    #expect(try titles(products) == [])
    // A bold lead in the item's one <div> still leads it.
    let strong = """
      <ul><li><div><strong>Slapen:</strong> tent, slaapzak, matje en kussen.</div></li>\
      <li><div><strong>Koken:</strong> brander, gasflesje en een pannetje.</div></li></ul>
      """
    #expect(try titles(strong) == ["Slapen", "Koken"])
  }

  @Test("a 'read this too' label before links is no item title, with or without a symbol before it")
  func readAlsoLabelsAreNoTitles() throws {
    let marked = """
      <ul><li>👉 <strong>Lesen Sie auch:</strong> <a href="/a/">Wärmepumpe im Altbau – lohnt sich das?</a></li>\
      <li>👉 <strong>Lesen Sie auch:</strong> <a href="/b/">So beantragen Sie die Förderung</a></li></ul>
      """
    #expect(try titles(marked, lang: "de") == [])
    let plain = """
      <ul><li><strong>Lesen Sie auch:</strong> <a href="/a/">Wärmepumpe im Altbau – lohnt sich das?</a></li>\
      <li><strong>Lesen Sie auch:</strong> <a href="/b/">So beantragen Sie die Förderung</a></li></ul>
      """
    #expect(try titles(plain, lang: "de") == [])
    let single = """
      <ul><li>👉 <strong>Read more:</strong> <a href="/a/">How to get your deposit back</a></li></ul>
      """
    #expect(try titles(single) == [])
    // Any bold label over nothing but a link, after a symbol, points at another post.
    let arrows = """
      <ul><li>➤ <b>Related:</b> <a href="/a/">How to get your deposit back</a></li>\
      <li>➤ <b>Also read:</b> <a href="/b/">What landlords may keep</a></li>\
      <li>➤ <b>Video:</b> <a href="/c/">Our lawyer explains the change</a></li></ul>
      """
    #expect(try titles(arrows) == [])
  }

  @Test("a bare number set in bold ('<b>1.</b>', a footnote's number) is no title")
  func boldNumberIsNoTitle() throws {
    let markup = """
      <ol class="footnotes"><li id="fn1"><b>1.</b> Angelo Moriondo brevettò la prima macchina nel 1884.</li>\
      <li id="fn2"><b>2.</b> Sulla cultura del caffè a Napoli si veda Rossi, 2010.</li></ol>
      """
    #expect(try titles(markup) == [])
    let paragraphs = """
      <p><b>1.</b> Angelo Moriondo brevettò la prima macchina per il caffè espresso a Torino nel 1884.</p>\
      <p><b>2.</b> Sulla cultura del caffè a Napoli si veda il libro di Rossi pubblicato nel 2010.</p>
      """
    #expect(try titles(paragraphs) == [])
    #expect(ListsExtractor.isEnumerator("12)"))
    #expect(!ListsExtractor.isEnumerator("2010"))
    #expect(!ListsExtractor.isEnumerator("3 Days in Rome"))
  }

  @Test("a number in a bold of its own before the name's bold leads a titled entry ('<b>1.</b> <b>Rome</b> – …')")
  func splitNumberBoldKeepsTitle() throws {
    let markup = """
      <ol><li><strong>1.</strong> <strong>Rome</strong> – The eternal city rewards slow walks between the fountains.</li>\
      <li><strong>2.</strong> <strong>Florence</strong> – Come early in the morning to see the Duomo without crowds.</li>\
      <li><strong>3.</strong> <strong>Naples</strong> – The pizza alone is worth the train ride south.</li></ol>
      """
    #expect(try titles(markup) == ["1. Rome", "2. Florence", "3. Naples"])
    let paragraphs = """
      <p><strong>1.</strong> <strong>Roma</strong></p><p>La città eterna premia le passeggiate lente tra le fontane e \
      le piazze.</p><p><strong>2.</strong> <strong>Firenze</strong></p><p>Arrivate presto la mattina per vedere il \
      Duomo senza folla.</p><p><strong>3.</strong> <strong>Napoli</strong></p><p>La pizza da sola vale il viaggio in \
      treno verso sud.</p>
      """
    #expect(try titles(paragraphs, lang: "it") == ["1. Roma", "2. Firenze", "3. Napoli"])
  }

  @Test("standalone bold sentences announcing the paragraph under them are sub-headings, not titles")
  func announcingLinesAreNoTitles() throws {
    let markup = """
      <p><strong>Das müssen Hausbesitzer jetzt wissen:</strong></p><p>Neue Heizungen müssen zu 65 Prozent mit \
      erneuerbarer Energie laufen. Bestehende Anlagen dürfen weiter betrieben werden.</p>\
      <p><strong>Diese Förderung gibt es vom Staat:</strong></p><p>Der Grundzuschuss beträgt 30 Prozent der Kosten. \
      Für Haushalte mit geringem Einkommen kommen weitere 30 Prozent hinzu.</p>
      """
    #expect(try titles(markup, lang: "de") == [])
    let english = """
      <p><strong>Here is what changes for tenants:</strong></p><p>Deposits are capped at one month's rent, and \
      landlords must return them within thirty days.</p><p><strong>And this is what landlords need to do \
      now:</strong></p><p>Every deposit must be held in a protected account and reported to the tenant.</p>
      """
    #expect(try titles(english) == [])
    #expect(ListsExtractor.announces("Voici ce qui change pour vous :", language: "fr"))
    #expect(ListsExtractor.announces("To musisz wiedzieć przed zakupem donicy:", language: "pl"))
    #expect(ListsExtractor.announces("So gelingt der Rasen im Frühjahr:", language: "de-DE"))
    #expect(!ListsExtractor.announces("Wichtig für Eltern:", language: "de"))
    #expect(!ListsExtractor.announces("1. Das müssen Sie jetzt wissen:", language: "de"))
    // The openers are the page language's, whole words: no English title opens a Polish announcement.
    #expect(!ListsExtractor.announces("To make the dough rise overnight:", language: "en"))
    #expect(!ListsExtractor.announces("Sommerblumen richtig gießen und düngen:", language: "de"))
    #expect(!ListsExtractor.announces("Here is what changes for tenants:", language: nil))
  }

  @Test("bold titles written as a clause ending in a colon stay titles in every language")
  func colonClauseTitlesStay() throws {
    let english = """
      <p><strong>Choose plants that suit your balcony's light:</strong></p><p>A south-facing balcony needs \
      plants that love the sun all day long.</p><p><strong>Use the largest pots you can fit:</strong></p><p>The \
      more soil there is, the less often you will need to water in summer.</p><p><strong>Do not forget climbers \
      on the railing:</strong></p><p>A star jasmine covers a railing in just two seasons.</p>
      """
    #expect(
      try titles(english) == [
        "Choose plants that suit your balcony's light", "Use the largest pots you can fit",
        "Do not forget climbers on the railing",
      ])
    // The Spanish page's lines (a whole page's run is titled as the English one is).
    for line in [
      "Elegir plantas adaptadas a la orientación del balcón:", "Apostar por macetas de gran tamaño siempre:",
      "No olvidar las plantas trepadoras en la barandilla:",
    ] {
      #expect(!ListsExtractor.announces(line, language: "es"))
    }
    #expect(!ListsExtractor.announces("Use the largest pots you can fit:", language: "en"))
    let polish = """
      <p><strong>Wybierz rośliny odpowiednie do nasłonecznienia balkonu:</strong></p><p>Balkon od południa \
      potrzebuje roślin, które znoszą słońce przez cały dzień.</p><p><strong>Postaw na jak największe donice \
      z ziemią:</strong></p><p>Im więcej ziemi, tym rzadziej trzeba podlewać latem.</p><p><strong>Nie zapomnij \
      o pnączach na balustradzie:</strong></p><p>Jaśmin pokrywa balustradę w dwa sezony.</p>
      """
    #expect(
      try titles(polish, lang: "pl") == [
        "Wybierz rośliny odpowiednie do nasłonecznienia balkonu", "Postaw na jak największe donice z ziemią",
        "Nie zapomnij o pnączach na balustradzie",
      ])
  }

  @Test("standalone bold labels with a colon over their paragraphs stay titles")
  func standaloneLabelsStayTitles() throws {
    let markup = """
      <p><strong>Antioxidantes:</strong></p><p>Contiene catequinas que protegen las células del daño oxidativo \
      según varios estudios.</p><p><strong>Concentración:</strong></p><p>La combinación de cafeína y L-teanina \
      mejora la atención sin nerviosismo.</p>
      """
    #expect(try titles(markup) == ["Antioxidantes", "Concentración"])
  }

  @Test("bullets typed as text are told from the bytes first: two marks opening words, the Greek ano teleia as '·'")
  func bulletedTextByBytes() {
    #expect(ListsExtractor.isBulleted("• Eingang für Neukunden • Parkplatz"))
    #expect(ListsExtractor.isBulleted("\u{0387} one \u{00B7} two"))
    #expect(ListsExtractor.isBulleted("▪ one\n◦ two"))
    #expect(ListsExtractor.isBulleted("● one ● two"))
    #expect(!ListsExtractor.isBulleted("• only one bullet here"))
    #expect(!ListsExtractor.isBulleted("a•b•c: marks inside words open none"))
    #expect(!ListsExtractor.isBulleted("plain text with no marks"))
    #expect(ListsExtractor.bulletScalarCount("•·\u{0387}▪●◦", atMost: 9) == 6)
    #expect(ListsExtractor.bulletScalarCount("• • • •", atMost: 2) == 2)
    #expect(ListsExtractor.bulletScalarCount("→ – —", atMost: 2) == 0)
  }
}
