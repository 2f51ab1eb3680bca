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
    "two-digit years with slashes: read when a number over 12 decides the order, or month first on en-US pages",
    arguments: [
      ("10/17/23", false, "2023-10-17"), ("17/10/23", false, "2023-10-17"), ("03/04/23", false, nil),
      ("03/04/23", true, "2023-03-04"), ("17.10.23", false, nil),
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
}
