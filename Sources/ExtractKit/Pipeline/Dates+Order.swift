/// The order in which a page writes an ambiguous numeric date ("12/03/2024"), decided once
/// from its language for every reader of dates (byline, the date near the title, the meta
/// tags, related cards), so that one page never reads the same date two ways.
struct DateOrder: Equatable {
  /// The page is en-US: "12/03/24" is December 3rd too (four-digit years read month first anyway).
  let monthFirst: Bool
  /// The page's language writes day first (`VocabularyDates.isDayFirst`): "12/03/2024" is March 12th.
  let dayFirst: Bool

  /// The order of a page in `language` ("it", "en_GB", "en-US"); no language keeps the reading
  /// without one (ambiguous slashes month first, short years only when a number decides).
  init(language: String?) {
    // "en_US", "EN-us" and "it-IT " read as their tags.
    let tag = language.flatMap(MetadataExtractor.languageTag)
    monthFirst = tag == "en-US"
    dayFirst = VocabularyDates.isDayFirst(tag)
  }

  /// The order of a page read before its metadata is gathered (the meta tags themselves, related
  /// cards read while the regions are found): its language as `MetadataExtractor` settles it
  /// (`<html lang>`, else `og:locale`, `content-language`, `language` metas, else the JSON-LD
  /// article's `inLanguage`), so that these readers and the byline's agree.
  init(page: Page) {
    self.init(language: DateOrder.declaredLanguage(of: page) ?? DateOrder.articleLanguage(of: page))
  }

  /// The JSON-LD article's `inLanguage` (`JSONLD.article(in:)`).
  static func articleLanguage(of page: Page) -> String? {
    JSONLD.article(in: page.jsonLD).flatMap { JSONLD.string($0["inLanguage"]) }
  }

  /// The language a page declares in its markup, `<html lang>` first.
  static func declaredLanguage(of page: Page) -> String? {
    page.htmlLanguage ?? page.meta["og:locale"] ?? page.meta["content-language"] ?? page.meta["language"]
  }

  /// A date written anywhere in `text`, numeric ones read in this order (`Dates.find`).
  func find(in text: String) -> String? { Dates.find(in: text, monthFirst: monthFirst, dayFirst: dayFirst) }
}
