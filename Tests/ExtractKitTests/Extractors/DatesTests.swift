import Foundation
import Testing

@testable import ExtractKit

/// Dates to ISO 8601: machine dates (`<time datetime>`, meta tags, JSON-LD) kept with their time,
/// written dates in seven languages read to "YYYY-MM-DD".
@Suite("Dates: ISO from <time datetime>, meta and JSON-LD; written dates in en/de/fr/es/it/pt/nl")
struct DatesTests {
  @Test(
    "ISO dates and date-times are kept, with the time normalised to HH:MM:SS and the zone to ±HH:MM",
    arguments: [
      ("2019-08-13", "2019-08-13"),
      ("2019-08-13T09:00:00-04:00", "2019-08-13T09:00:00-04:00"),
      ("2019-08-13T09:00:00.123Z", "2019-08-13T09:00:00.123Z"),
      ("2019-08-13 09:00", "2019-08-13T09:00:00"),
      ("2019-08-13T09:00Z", "2019-08-13T09:00:00Z"),
      ("2019-08-13T09:00:00+0530", "2019-08-13T09:00:00+05:30"),
      ("2019/08/13", "2019-08-13"),
      (" 2019-08-13T09:00:00Z ", "2019-08-13T09:00:00Z"),
    ])
  func isoKept(raw: String, expected: String) {
    #expect(Dates.iso(raw) == expected)
  }

  @Test(
    "strings that are not ISO dates, or impossible dates, are not read as ISO",
    arguments: [
      "2019-13-01", "2019-02-30", "20190813", "August 13, 2019", "",
    ])
  func isoRejected(raw: String) {
    #expect(Dates.iso(raw) == nil)
  }

  @Test("an impossible hour drops the time, not the date")
  func isoBadTime() {
    #expect(Dates.iso("2019-08-13T25:00:00Z") == "2019-08-13")
  }

  @Test(
    "written dates in English",
    arguments: [
      ("August 13, 2019", "2019-08-13"), ("Aug. 13th, 2019", "2019-08-13"), ("13 August 2019", "2019-08-13"),
      ("Published on Tuesday, 13 August 2019", "2019-08-13"), ("Sept. 5, 2021", "2021-09-05"),
      ("Updated: Jan 2, 2024 at 10:00 am", "2024-01-02"), ("December 31st, 1999", "1999-12-31"),
    ])
  func english(raw: String, expected: String) {
    #expect(Dates.find(in: raw) == expected)
  }

  @Test(
    "written dates in German, French, Spanish, Italian, Portuguese and Dutch",
    arguments: [
      ("13. März 2019", "2019-03-13"), ("Sonntag, 13. Oktober 2019", "2019-10-13"), ("am 1. Mai 2021", "2021-05-01"),
      ("5 avril 2021", "2021-04-05"), ("le 1er février 2022", "2022-02-01"), ("30 déc. 2022", "2022-12-30"),
      ("mercredi 5 juin 2019", "2019-06-05"),
      ("13 de agosto de 2019", "2019-08-13"), ("2 de enero de 2020", "2020-01-02"), ("1 ene. 2022", "2022-01-01"),
      ("13 agosto 2019", "2019-08-13"), ("25 dicembre 2021", "2021-12-25"), ("1° gennaio 2020", "2020-01-01"),
      ("13 de março de 2019", "2019-03-13"), ("13 de setembro de 2021", "2021-09-13"),
      ("4 de out. de 2021", "2021-10-04"),
      ("13 augustus 2019", "2019-08-13"), ("3 maart 2021", "2021-03-03"), ("1 mei 2020", "2020-05-01"),
      ("15 mrt 2021", "2021-03-15"),
    ])
  func otherLanguages(raw: String, expected: String) {
    #expect(Dates.find(in: raw) == expected)
  }

  @Test(
    "numeric dates: day first with dots, month first with slashes unless the day says otherwise",
    arguments: [
      ("13.08.2019", "2019-08-13"), ("08/13/2019", "2019-08-13"), ("13/08/2019", "2019-08-13"),
      ("03/04/2020", "2020-03-04"), ("03.04.2020", "2020-04-03"), ("2019/08/13", "2019-08-13"),
    ])
  func numeric(raw: String, expected: String) {
    #expect(Dates.find(in: raw) == expected)
  }

  @Test(
    "a day with an ordinal indicator (º, ª) in Italian, Portuguese and Spanish",
    arguments: [
      ("1º gennaio 2020", "2020-01-01"), ("1º de janeiro de 2020", "2020-01-01"),
      ("1º de enero de 2020", "2020-01-01"), ("1ª settimana, 2 febbraio 2021", "2021-02-02"),
    ])
  func ordinalIndicator(raw: String, expected: String) {
    #expect(Dates.find(in: raw) == expected)
  }

  @Test(
    "two-digit years: with slashes when a number over 12 decides the order or month first on en-US pages; dotted day first",
    arguments: [
      ("10/17/23", false, "2023-10-17"), ("17/10/23", false, "2023-10-17"), ("03/04/23", false, nil),
      ("03/04/23", true, "2023-03-04"), ("17.10.23", false, "2023-10-17"),
    ])
  func twoDigitYears(raw: String, monthFirst: Bool, expected: String?) {
    #expect(Dates.find(in: raw, monthFirst: monthFirst) == expected)
  }

  @Test(
    "text without a full, valid date gives none",
    arguments: [
      "March 2019", "31 February 2020", "12 comments", "Chapter 3 of 12", "",
    ])
  func noDate(raw: String) {
    #expect(Dates.find(in: raw) == nil)
  }

  @Test("a number written onto a word is no part of a date (\"von Rosalie7 am 14.06.2019\")")
  func numberOnWord() {
    #expect(Dates.find(in: "von Rosalie7 am 14.06.2019", dayFirst: true) == "2019-06-14")
    #expect(Dates.find(in: "Track mp3 12.5.22") == "2022-05-12")
  }

  @Test("a byline holding three post cards' years is a list of cards, one with one or two is a byline")
  func bylineOfCards() {
    #expect(
      PublishedDateExtractor.holdsManyYears(
        "Reise Island: Wale 12.09.2020 Ausrüstung Lampen 27.08.2020 Reise Azoren 03.08.2020"))
    #expect(!PublishedDateExtractor.holdsManyYears("By Ana Lima, published March 3, 2020, updated March 4, 2020"))
    #expect(!PublishedDateExtractor.holdsManyYears("Tipps von Ilse Varnholt 4.10.21"))
  }

  @Test("elements with an itemprop or property are told from the list of those attributes, asked in order")
  func microdataElementsFromAttributeList() throws {
    let html = """
      <html><body><div class="a" id="b"><span itemprop="author">Ana</span><p class="c">x</p>\
      <b title="t" property="dc:date">y</b><i>z</i><em data-x="1" itemprop="datePublished" content="2021-03-04">w</em>\
      <u itemprop="a">1</u><s itemprop="b">2</s></div></body></html>
      """
    let tree = try HTMLParser.tree(bytes: Array(html.utf8), encoding: "UTF-8", maximumElements: 100)
    let document = tree.document
    let names = PublishedDateExtractor.microdataNames(document)
    let attributes = PublishedDateExtractor.microdataAttributes(document, names: names)
    #expect(attributes.count == 5)
    // Every element asked, then every other one (the cursor moves past those not asked).
    for step in [1, 2] {
      var next = 0
      let elements = tree.nodes.filter(\.isElement).enumerated().filter { $0.offset % step == 0 }.map(\.element)
      let found = elements.filter {
        PublishedDateExtractor.hasAttribute(document.records[$0.order], among: attributes, from: &next)
      }
      let expected = elements.filter { PublishedDateExtractor.microdataProperty($0, names: names) != nil }
      #expect(found.map(\.order) == expected.map(\.order))
      #expect(!found.isEmpty)
    }
  }

  // MARK: through the pipeline

  private let content = "<div class=\"entry-content\">\(TestPage.paragraphs(4))</div>"

  @Test("the byline's <time datetime> dates the article when the byline text has no date")
  func timeDatetime() throws {
    let body = """
      <article><h1>Council Approves New Bridge Over River</h1>\
      <div class="byline">By Ana Lima · <time datetime="2023-11-02T14:05:00Z">2 hours ago</time></div>\(content)
      </article>
      """
    let article = try TestPage.extract(body)
    #expect(article.byline?.publishedAt == "2023-11-02T14:05:00Z")
    #expect(article.publishedAt == "2023-11-02T14:05:00Z")
  }

  @Test("article:published_time and article:modified_time meta tags date the article")
  func metaTags() throws {
    let head = """
      <meta property="article:published_time" content="2021-04-05T08:30:00+00:00">
      <meta property="article:modified_time" content="2021-06-01T10:00:00+00:00">
      """
    let article = try TestPage.extract(content, head: head)
    #expect(article.publishedAt == "2021-04-05T08:30:00+00:00")
    #expect(article.modifiedAt == "2021-06-01T10:00:00+00:00")
  }

  @Test("a Dublin Core or plain 'date' meta tag written in words is read too")
  func writtenMetaDate() throws {
    let article = try TestPage.extract(content, head: "<meta name=\"date\" content=\"5 avril 2021\">")
    #expect(article.publishedAt == "2021-04-05")
  }

  @Test("JSON-LD datePublished and dateModified date the article")
  func jsonLD() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Council Approves New Bridge","datePublished":"2023-11-02T14:05:00Z",
      "dateModified":"2023-11-03"}</script>
      """
    let article = try TestPage.extract(content, head: head)
    #expect(article.publishedAt == "2023-11-02T14:05:00Z")
    #expect(article.modifiedAt == "2023-11-03")
  }

  @Test("a page that gives no date has none")
  func noDateAnywhere() throws {
    let article = try TestPage.extract(content)
    #expect(article.publishedAt == nil)
    #expect(article.modifiedAt == nil)
  }

  // MARK: dates outside the byline (issue 10)

  @Test("a date in the canonical URL path dates a page that shows none")
  func canonicalURLDate() throws {
    let head = "<link rel=\"canonical\" href=\"https://blog.example/2018/07/16/caching-short-strings/\">"
    let article = try TestPage.extract("<h1>Caching Short Strings</h1>\(content)", head: head)
    #expect(article.publishedAt == "2018-07-16")
  }

  @Test(
    "meta keys of CMSs and schema.org microdata date the page",
    arguments: [
      ("<meta name=\"publication_date\" content=\"2022-02-08T14:00:00\">", "2022-02-08T14:00:00"),
      ("<meta itemprop=\"uploadDate\" content=\"2019-10-16T18:15:00Z\">", "2019-10-16T18:15:00Z"),
      ("<meta name=\"DC.date.issued\" content=\"2018-03-01\">", "2018-03-01"),
      ("<meta name=\"sw-pubdate\" content=\"2020-05-04\">", "2020-05-04"),
    ])
  func moreMetaKeys(head: String, expected: String) throws {
    let article = try TestPage.extract("<h1>Vaccination Centres Close</h1>\(content)", head: head)
    #expect(article.publishedAt == expected)
  }

  @Test("a <time datetime> under the title dates the page when there is no byline")
  func timeOutsideByline() throws {
    let body = """
      <article><h1>Budget Talks Resume</h1><p class="c-teaser__meta"><span>Erschienen am</span>
      <time datetime="2022-01-26">26. Jan 2022</time></p>\(content)</article>
      """
    let article = try TestPage.extract(body, lang: "de")
    #expect(article.publishedAt == "2022-01-26")
  }

  @Test("a sidebar inside the title's own <article> dates the article; one outside it does not")
  func sidebarInsideArticle() throws {
    let inside = """
      <article class="post"><h1>Wachau: Die besten Heurigen</h1><div class="row">\
      <div class="sidebar"><p class="teaser">Auf einen Blick</p><p class="time">\
      <time datetime="2022-01-28">28. Januar 2022</time></p></div>\(content)</div></article>
      """
    #expect(try TestPage.extract(inside, lang: "de").publishedAt == "2022-01-28")
    let outside = """
      <article class="post"><h1>Wachau: Die besten Heurigen</h1>\(content)</article>\
      <div class="sidebar"><p class="time"><time datetime="2022-01-28">28. Januar 2022</time></p></div>
      """
    #expect(try TestPage.extract(outside, lang: "de").publishedAt == nil)
  }

  @Test("a \"news-single-timedata\" line under the title beats a meta date it disagrees with")
  func timedataClass() throws {
    let body = """
      <div class="news-single-item"><h1>Faire Schulbrote</h1><div class="teaser">\(TestPage.paragraphs(8))</div>\
      <div class="news-single-timedata">11.03.2021 <span>- Redaktion: Gerold Wankel (Pressesprecher)</span></div>\
      \(content)</div>
      """
    let article = try TestPage.extract(body, head: "<meta name=\"date\" content=\"2021-03-18\">", lang: "de")
    #expect(article.publishedAt == "2021-03-11")
  }

  @Test("a bare date line right above the title beats a structured date it disagrees with")
  func bareLineAboveTitle() throws {
    let body = """
      <article><div class="citation"><span>Original Research</span><span>7 April 2020</span></div>\
      <h1>Effect of Exercise on Sleep in Adults</h1>\(content)</article>
      """
    let article = try TestPage.extract(body, head: "<meta name=\"dc.Date\" content=\"2020-03-03\">")
    #expect(article.publishedAt == "2020-04-07")
  }

  @Test("a bare date line by the title one day off a UTC instant is that instant's local day: the instant stays")
  func bareLineSameInstant() throws {
    let body = """
      <article><header><h1>Soil Depth</h1><ul><li><small>On 8/22/2019 by @writer</small></li></ul></header>\
      \(content)</article>
      """
    let head = "<meta property=\"article:published_time\" content=\"2019-08-21T22:00:00.000Z\">"
    #expect(try TestPage.extract(body, head: head).publishedAt == "2019-08-21T22:00:00.000Z")
  }

  @Test("a date-classed element with a German day-first date dates the page")
  func dateClassedGerman() throws {
    let body = """
      <div class="news"><div class="meta-date">19.11.2021</div><h1>Gottesdienste im Lockdown</h1>\(content)</div>
      """
    let article = try TestPage.extract(body, lang: "de-AT")
    #expect(article.publishedAt == "2021-11-19")
  }

  @Test("ambiguous slashed dates are read day first on pages in day-first languages")
  func dayFirstSlashes() {
    #expect(Dates.find(in: "Publié le 05/06/2019", dayFirst: true) == "2019-06-05")
    #expect(Dates.find(in: "Published 05/06/2019") == "2019-05-06")
    #expect(VocabularyDates.isDayFirst("fr-FR"))
    #expect(VocabularyDates.isDayFirst("en-GB"))
    #expect(!VocabularyDates.isDayFirst("en-US"))
  }

  @Test("dotted two-digit years are read day first (\"23.09.22\")")
  func dottedShortYear() {
    #expect(Dates.find(in: "23.09.22") == "2022-09-23")
  }

  @Test("Russian genitive month names are read")
  func russianMonth() {
    #expect(Dates.find(in: "15 августа 2016, 13:43") == "2016-08-15")
  }

  @Test("Dutch 'leden' (members) is no Czech month: 'Bestuur telt 12 leden 2024' is no date, and the line stays")
  func dutchLedenIsNoMonth() throws {
    #expect(Dates.find(in: "Bestuur telt 12 leden 2024") == nil)
    let body = """
      <article><h1>Het bestuur van de vereniging</h1><p class="meta">Bestuur telt 12 leden 2024</p>\(TestPage.paragraphs(4))</article>
      """
    let article = try TestPage.extract(body, lang: "nl")
    #expect(article.publishedAt == nil)
    #expect(article.text.contains("Bestuur telt 12 leden 2024"))
  }

  @Test("Czech genitive month names are read, June and July told apart")
  func czechMonth() {
    #expect(Dates.find(in: "12. března 2024") == "2024-03-12")
    #expect(Dates.find(in: "Publikováno 3. června 2023") == "2023-06-03")
    #expect(Dates.find(in: "3. července 2023, 10:15") == "2023-07-03")
    #expect(Dates.find(in: "24. prosince 2021") == "2021-12-24")
  }

  @Test("Danish \"marts\" is March")
  func danishMarch() {
    #expect(Dates.find(in: "Udgivet 12. marts 2024") == "2024-03-12")
  }

  @Test("a Czech byline's date in words is the article's date")
  func czechBylineDate() throws {
    let body = """
      <article><h1>Jak zasadit rajčata na balkóně</h1><p class="meta">Jan Novák | 12. března 2024</p>\(content)</article>
      """
    let article = try TestPage.extract(body, lang: "cs")
    #expect(article.publishedAt == "2024-03-12")
  }

  @Test("publication and revision labels in Czech, Swedish, Danish and Norwegian")
  func labelsOfMoreLanguages() {
    for line in [
      "publikováno 12. března 2024", "publicerad 12 mars 2024", "udgivet 12. marts 2024",
      "publisert 12. mars 2024",
    ] {
      #expect(PublishedDateExtractor.labelKind(line) == .marked)
    }
    for line in [
      "aktualizováno 12. března 2024", "uppdaterad 12 mars 2024", "opdateret 12. marts 2024",
      "oppdatert 12. mars 2024",
    ] {
      #expect(PublishedDateExtractor.labelKind(line) == .updated)
    }
  }

  @Test("a UTC timestamp on the day before the shown local date gives way to the shown day")
  func utcShiftedDay() throws {
    let head = "<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00.000Z\">"
    let body = """
      <article><h1>Bretagne im Herbst</h1><p class="article-date">7. November 2022</p>\(content)</article>
      """
    let article = try TestPage.extract(body, head: head, lang: "de")
    #expect(article.publishedAt == "2022-11-07")
  }

  @Test("a UTC timestamp on the shown day is kept with its time")
  func utcSameDay() throws {
    let head = "<meta property=\"article:published_time\" content=\"2022-11-07T09:00:00Z\">"
    let body = """
      <article><h1>Bretagne im Herbst</h1><p class="article-date">7. November 2022</p>\(content)</article>
      """
    let article = try TestPage.extract(body, head: head, lang: "de")
    #expect(article.publishedAt == "2022-11-07T09:00:00Z")
  }

  @Test("the date shown under the title beats stale structured data")
  func shownBeatsStale() throws {
    let head = """
      <script type="application/ld+json">{"@type":"Article","headline":"Heat Pumps in Old Houses",
      "datePublished":"2022-11-17T10:33:13Z"}</script>
      """
    let body = """
      <article><h1>Heat Pumps in Old Houses</h1><ul class="hero-meta"><li>
      <time datetime="2022-03-09">09.03.2022</time></li></ul>\(content)</article>
      """
    let article = try TestPage.extract(body, head: head, lang: "de")
    #expect(article.publishedAt == "2022-03-09")
  }

  @Test("structured data naming one of the dates the page shows is kept (published and updated lines)")
  func structuredAmongShown() throws {
    let head = "<meta property=\"article:published_time\" content=\"2021-03-08T11:15:28Z\">"
    let body = """
      <article><h1>Royal Interview Fallout</h1><p class="update-time">Updated March 14, 2021</p>
      <p class="publish-date">Published March 8, 2021</p>\(content)</article>
      """
    let article = try TestPage.extract(body, head: head)
    #expect(article.publishedAt == "2021-03-08T11:15:28Z")
  }

  @Test("an 'Updated' date is taken only when the page shows no other")
  func updatedOnlyAlone() throws {
    let body = """
      <article><h1>Royal Interview Fallout</h1><p class="update-time">Updated March 14, 2021</p>
      <p class="dateline">March 8, 2021</p>\(content)</article>
      """
    #expect(try TestPage.extract(body).publishedAt == "2021-03-08")
    let alone = "<article><h1>Royal Interview Fallout</h1><p>Updated March 14, 2021</p>\(content)</article>"
    #expect(try TestPage.extract(alone).publishedAt == "2021-03-14")
  }

  @Test("another story's date in a related rail is not the page's")
  func relatedRailDate() throws {
    let body = """
      <article><h1>Vision Pro Hands-On</h1>\(content)</article>
      <div class="related-posts"><h2>More</h2><ul><li><a href="/a">Other story</a>
      <time datetime="2023-06-24T20:32:45Z">June 24, 2023</time></li></ul></div>
      """
    #expect(try TestPage.extract(body).publishedAt == nil)
  }

  @Test("a wiki's 'last edited' line dates the page when nothing else does")
  func lastEdited() throws {
    let body = """
      <div id="content"><h1>Installing the Toolkit</h1>\(content)</div>
      <p id="pageinfo" class="info">StarterNotes/Install (last edited 2018-06-14 09:41:52 by Ines)</p>
      """
    #expect(try TestPage.extract(body).publishedAt?.prefix(10) == "2018-06-14")
  }

  @Test("a dateline opening the first paragraph dates the page")
  func datelineParagraph() throws {
    let body = """
      <div class="c_element"><h1>Laternenfest am Hafen</h1><p>Von Birte Anselm</p>
      <p>14.3.2021 - Beim Laternenfest am Hafen wurden viele Besucher gezählt, in Kiel und in vielen \
      anderen Städten des Landes, mit Musik und Reden.</p>\(TestPage.paragraphs(3))</div>
      """
    #expect(try TestPage.extract(body, lang: "de").publishedAt == "2021-03-14")
  }

  @Test("a date in the <title> dates a page that shows no other")
  func dateInTitle() throws {
    let article = try TestPage.extract(
      "<h1>Online-Fachtag zum Tag der Pflege</h1>\(content)", title: "12.05.2022 | Online-Fachtag zum Tag der Pflege",
      lang: "de")
    #expect(article.publishedAt == "2022-05-12")
  }

  @Test("a footer line with the revision date first and the publication date after it gives the publication")
  func revisionThenPublishedLine() throws {
    let body = """
      <div id="content"><h1>Ein Roman über Grenzen</h1>\(content)</div>
      <p class="footerFrstLn">Letzte Änderung: 17.04.2022 - 09:12:05<br>Erschienen am: 18.04.2022<br>Lesungen: 43</p>
      """
    #expect(try TestPage.extract(body, lang: "de").publishedAt?.prefix(10) == "2022-04-18")
  }

  @Test(
    "dates written with CJK year and month markers are read, numbers glued to ideographs included",
    arguments: [
      ("2019年10月19日", "2019-10-19"), ("2016年10月14日07:17", "2016-10-14"), ("发布于2016年10月14日", "2016-10-14"),
      ("2019년 10월 19일", "2019-10-19"),
    ])
  func ideographicMarkers(raw: String, expected: String) {
    #expect(Dates.find(in: raw) == expected)
  }

  @Test("a \"pubTime\" element holding a Chinese date dates the page")
  func pubTimeChinese() throws {
    let body = """
      <div class="hd"><h1>小城书店为何重新开张</h1><div class="info"><span class="where">新闻中文站</span>\
      <span class="pubTime">2016年10月14日07:17</span></div></div>\(content)
      """
    #expect(try TestPage.extract(body, lang: "zh-CN").publishedAt == "2016-10-14")
  }

  @Test("a date-classed element whose month, day and year sit in spans with no space between dates the page")
  func dateInSpans() throws {
    let body = """
      <div class="post"><div class="datum"><span class="monat">Feb</span> <span class="tag">24</span>\
      <span class="jahr">2010</span></div><h2>Lese-Projekt</h2>\(content)</div>
      """
    #expect(try TestPage.extract(body, lang: "de-DE").publishedAt == "2010-02-24")
  }

  @Test("the date in a print-only header is the printing day: the labelled date under the title dates the page")
  func printOnlyHeader() throws {
    let body = """
      <section class="article__header"><section class="print is-hidden"><p class="print-date">Wydrukowano: \
      <strong><time class="js-print-date">2022-03-08 19:41:02</time></strong></p></section>\
      <h1>Nowy most na rzece otwarty</h1><ul class="article__meta"><li>opublikowano: \
      <time class="js-relative-date" title="2022-02-17 08:26:45">2022-02-17 08:26:45</time></li></ul></section>\(content)
      """
    #expect(try TestPage.extract(body, lang: "pl").publishedAt == "2022-02-17T08:26:45")
  }

  @Test("a block only styled for print (\"row--print-overwrite\") still dates the page")
  func printStyledBlock() throws {
    let body = """
      <div class="row row--print-overwrite"><h1>Ministerin reist nach Kenia</h1>\
      <p class="teaser">Pressemitteilung vom 9. Februar 2023 | Berlin</p></div>\(content)
      """
    #expect(try TestPage.extract(body, lang: "de").publishedAt == "2023-02-09")
  }

  @Test("an article page's <meta> date beats the upload date of a VideoObject embedded in it")
  func embeddedVideoUpload() throws {
    let head = """
      <meta name="pubdate" content="2021-03-08T11:15:28Z">\
      <script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2021-03-15T07:42:18Z"}\
      </script>
      """
    let body = "<article><h1>What we learned from the interview</h1>\(content)</article>"
    #expect(try TestPage.extract(body, head: head).publishedAt == "2021-03-08T11:15:28Z")
  }

  @Test("a video page without other dates is dated by its VideoObject's upload")
  func videoPageUpload() throws {
    let head = """
      <script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2021-03-15T07:42:18Z"}\
      </script>
      """
    let body = "<article><h1>What we learned from the interview</h1>\(content)</article>"
    #expect(try TestPage.extract(body, head: head).publishedAt == "2021-03-15T07:42:18Z")
  }

  // MARK: ranges, clips, cards and swapped structured dates

  @Test("a structured publication date after the modification date is a slashed date read the wrong way round")
  func publishedAfterModified() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Senate Debates Budget","datePublished":"11/06/2021 04:18 pm",
      "dateModified":"2021/06/11 16:29:07"}</script>
      """
    #expect(try TestPage.extract(content, head: head, lang: "es").publishedAt == "2021-06-11")
    #expect(PublishedDateExtractor.notAfter("2022-10-05", modified: "2022-05-10") == "2022-05-10")
    #expect(PublishedDateExtractor.notAfter("2022-05-09", modified: "2022-05-10") == "2022-05-09")
    // Swapped still later: left as written.
    #expect(PublishedDateExtractor.notAfter("2022-12-25", modified: "2022-05-10") == "2022-12-25")
  }

  @Test("an embedded clip's uploadDate meta comes after the page's own dateCreated")
  func uploadDateLast() throws {
    let head = """
      <meta itemprop="uploadDate" content="01/10/2017"><meta itemprop="dateCreated" content="01/01/2004">
      """
    #expect(try TestPage.extract("<h1>Upside-Down Cake</h1>\(content)", head: head).publishedAt == "2004-01-01")
  }

  @Test("a line by the title naming a span of days dates an event, not the article")
  func dayRangeLine() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
      "headline":"Monuments in a New Light","datePublished":"2018-03-11T10:27:45+00:00"}</script>
      """
    let body = """
      <div class="titlebox"><h1>Monuments in a New Light</h1><h2>Exhibition in the Old Palace <br>5-19 Mar 2018 \
      | Mo-Fr 10–17</h2></div>\(content)
      """
    #expect(try TestPage.extract(body, head: head, lang: "de").publishedAt == "2018-03-11T10:27:45+00:00")
  }

  @Test(
    "spans of days in several languages",
    arguments: [
      ("9-23 Feb 2017", true), ("vom 5. bis 19. März 2018", true), ("March 3–5, 2021", true),
      ("del 9 al 23 de mayo de 2017", true), ("du 9 au 23 février 2017", true), ("23 Feb 2017", false),
      ("2017-02-23 Berlin", false), ("23.02.2017 | 10–12 Uhr", false), ("Posted 3 Feb 2017", false),
    ])
  func dayRanges(text: String, expected: Bool) {
    #expect(Dates.holdsDayRange(text) == expected)
    // The extractor's byte test before it never turns a span away.
    if expected { #expect(PublishedDateExtractor.mayHoldDayRange(text)) }
  }

  @Test("a text with fewer than three runs of digits names no span of days")
  func dayRangeNeedsThreeNumbers() {
    #expect(!PublishedDateExtractor.mayHoldDayRange("23 Feb 2017"))
    #expect(!PublishedDateExtractor.mayHoldDayRange("March 3–5"))
    #expect(PublishedDateExtractor.mayHoldDayRange("March 3–5, 2021"))
  }

  @Test(
    "regional, abbreviated and unaccented month spellings, with and without the dot",
    arguments: [
      ("3 de setiembre de 2021", "2021-09-03"), ("3. Feber 2021", "2021-02-03"), ("3. Mrz. 2021", "2021-03-03"),
      ("3. Mär 2021", "2021-03-03"), ("3 fevr. 2021", "2021-02-03"), ("3. Mai 2021", "2021-05-03"),
      ("3 mai 2021", "2021-05-03"), ("3 de mayo de 2021", "2021-05-03"), ("maj 3, 2021", "2021-05-03"),
      ("3 mei 2021", "2021-05-03"), ("3 maja 2021", "2021-05-03"), ("3 maggio 2021", "2021-05-03"),
    ])
  func monthSpellings(text: String, expected: String) {
    #expect(Dates.find(in: text) == expected)
  }

  @Test("a date in a grid of sibling <article> cards is another story's, not the page's")
  func cardGridDate() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
      "name":"Battery Storage","datePublished":"2021-04-13T08:52:30+00:00"}]}</script>
      """
    let card = """
      <article class="post-card"><h3><a href="/2022/06/22/solar/">Solar Panels Everywhere</a></h3>\
      <p>Interest keeps growing.</p><div class="meta"><span class="post-date">22. Juni 2022</span></div></article>
      """
    let body = """
      <h1>Battery Storage</h1>\(TestPage.paragraphs(2))<div class="posts">\(card)
      \(card)
      </div>
      """
    #expect(try TestPage.extract(body, head: head, lang: "de").publishedAt == "2021-04-13T08:52:30+00:00")
  }
}

@Suite("Dates: the byte tests that spare most elements a String")
struct DateByteTests {
  @Test(
    "a label read off a line's bytes is the label lower-casing and searching finds",
    arguments: [
      "Published on 3 May 2021", "PUBLISHED: 3.5.2021", "published", "Publishedon 3 May", "Posted 2 days ago",
      "Updated March 14, 2024", "Last updated: 7 January 2025", "Veröffentlicht am 12.03.2021",
      "VERÖFFENTLICHT AM 12.03.2021", "Vero\u{308}ffentlicht am 12.03.2021", "Publie\u{301} le 3 mai 2021",
      "Publié le 3 mai 2021", "Mis à jour le 4 mai", "Mis\u{A0}à jour le 4 mai", "first\u{A0}published 2020",
      "\u{200B}Published 2020", "Dat\u{AD}e: 2020-01-02", "Date\u{301}: 2020", "DATE: 2020-01-02", "Datum: 1.2.2020",
      "© 2024 Example", "» 12 May 2020", "12 comments", "StarterNotes (last edited 2018-06-14 by Ines)",
      "Zuletzt geändert am 3.4.2020", "This page was LAST MODIFIED on 25 October 2020", "atlas 2020", "Class of 2020",
      "Geändert 2020", "Ge\u{308}ändert", "Aktualisiert: 01.02.2020", "A\u{212A}tualisiert: 01.02.2020",
      "Stand: 01.02.2020", "Standort 2", "Datenschutz 2021", "updated", "Updated", "", "   ", "\u{301}Updated 2020",
      "Posted\u{301} 2020", "Post\u{E9}d", "İssued 2020", "Первая публикация 2020", "发布于 2020年",
      "Publikováno 12. března 2024", "PUBLICERAD 12 mars 2024", "Opdateret 12. marts 2024", "Обновлено 12.03.2024",
    ])
  func labelFromBytes(line: String) throws {
    let cleaned = Text.clean(line)
    let expected = PublishedDateExtractor.labelKind(cleaned.lowercased())
    #expect(PublishedDateExtractor.labelKind(of: cleaned) == expected)
    // Read off an element's text nodes (the line split in two), the bytes never rule out a label.
    let middle = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: line.unicodeScalars.count / 2)
    let html = "<p><span>\(line[..<middle])</span>\(line[middle...])</p>"
    let page = try Prepare.page(bytes: Array(html.utf8), options: ExtractOptions())
    let paragraph = try #require(page.elements("p").first)
    var scan = PublishedDateExtractor.TextScan()
    scan.feed(paragraph)
    #expect(scan.mayHoldLabel || expected == nil)
  }

  @Test("the byte scan treats each non-ASCII character as text cleaning does (space, dropped or kept)")
  func cleaningAgrees() {
    for value in UInt32(0x80)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let bytes = Array(String(scalar).utf8)
      let kind = bytes.withUnsafeBufferPointer { PublishedDateExtractor.TextScan.cleaning($0, 0) }
      let cleaned = Text.clean("a" + String(scalar) + "b")
      let expected: PublishedDateExtractor.TextScan.Cleaning =
        cleaned == "a b" ? .space : cleaned == "ab" ? .invisible : .visible
      #expect(kind == expected, "U+\(String(value, radix: 16))")
    }
  }

  @Test("scalars taken to hold no number have no numeric type")
  func numericRanges() {
    for value in Array(UInt32(0x80)..<0x660) + Array(UInt32(0x2000)..<0x2070) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(PublishedDateExtractor.mayBeNumeric(value) == (scalar.properties.numericType != nil))
    }
  }

  @Test("every non-ASCII character that lower-cases to ASCII or equals an ASCII one is known to the label test")
  func becomesASCII() {
    for value in UInt32(0x80)...0x1FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let lowered = String(scalar).lowercased().unicodeScalars
      let equivalent = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
      let asASCII = (lowered.first?.isASCII ?? false) || (equivalent.count == 1 && equivalent.first!.isASCII)
      if asASCII {
        #expect(PublishedDateExtractor.LabelTable.shared.becomesASCII(scalar), "U+\(String(value, radix: 16))")
      }
    }
  }

  @Test("a long dateline paragraph's opening is its cleaned text's first characters")
  func paragraphOpening() throws {
    let words = String(repeating: "Cafe\u{301}  ünd\u{200B} Straße ", count: 30)
    let html = TestPage.html("<p>12.  März 2021 – <b>\(words)</b> \(words)</p>")
    let page = try Prepare.page(bytes: Array(html.utf8), options: ExtractOptions())
    let paragraph = try #require(page.elements("p").first)
    for characters in [1, 10, 48, 200] {
      #expect(
        PublishedDateExtractor.opening(of: paragraph, characters: characters)
          == String(Text.clean(Page.rawText(paragraph)).prefix(characters)))
    }
  }

  @Test(
    "a text may hold a date only with two digit runs and a four-digit year, or a short year after a slash or dot",
    arguments: [
      ("12 comments", false), ("Page 2 of 5", false), ("13.08.19", true), ("10/17/23", true),
      ("August 13, 2019", true), ("2019年10月19日", true), ("no digits at all", false),
    ])
  func mayHoldDate(text: String, expected: Bool) {
    #expect(Dates.mayHoldDate(text) == expected)
  }

  @Test(
    "a weekday set between the day and the year is read past, in ASCII and other scripts",
    arguments: [
      ("Dec 28 Sat 2013 00:28", "2013-12-28"), ("28 Dezember Samstag 2013", "2013-12-28"),
      ("28 dicembre sabato 2013", "2013-12-28"), ("12 février mercredi 2020", "2020-02-12"),
      ("Saturday, December 28, 2013", "2013-12-28"),
    ])
  func weekdayBetweenDayAndYear(text: String, expected: String?) {
    #expect(Dates.find(in: text) == expected)
  }

  @Test(
    "ASCII month names are read from their bytes in any case, an ordinal suffix left out",
    arguments: [
      ("AUGUST 13TH, 2019", "2019-08-13"), ("Sept. 5, 2019", "2019-09-05"), ("5 avril 2021", "2021-04-05"),
      ("Page 2 of 5", nil),
    ])
  func asciiMonthWords(text: String, expected: String?) {
    #expect(Dates.find(in: text) == expected)
  }
}
