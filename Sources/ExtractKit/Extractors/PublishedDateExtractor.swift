import Foundation

/// The article's publication date, from every place a page states it: structured data (JSON-LD,
/// `<meta>`), the byline, the date shown near the title (`<time datetime>`, `abbr.published`,
/// microdata `itemprop=datePublished`, a date-classed element, a "Published on" line, a bare
/// date line), and the URL's path.
///
/// The date shown on the page wins when structured data disagrees with it: CMSs write a stale
/// or re-imported `datePublished`, and a UTC timestamp ("2022-11-06T23:00:00Z") falls on the day
/// before the local date the page shows ("7. November 2022").
struct PublishedDateExtractor {
  /// Where a visible date was found, strongest first.
  enum Kind: Int, Comparable {
    /// `itemprop=datePublished` on an element: the page marks its own date.
    case microdata
    /// `<time>`, `abbr.published`, a date-classed element, a "Published on" line.
    case marked
    /// A short line that is only a date, right by the title (`<h1>…</h1><p>January 22, 2014</p>`).
    case bare
    /// A date labelled or classed as a revision ("Updated …", `time.updated`).
    case updated

    static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  struct Candidate {
    let date: String
    let kind: Kind
    let order: Int
  }

  func extract(from context: Context, byline: Byline?) -> String? {
    let page = context.page
    let language = context.metadata.language
    let monthFirst = (language ?? "").lowercased() == "en-us"
    let dayFirst = VocabularyDates.isDayFirst(language)
    let anchor = PublishedDateExtractor.anchor(in: page, title: context.title, content: context.content)
    let candidates = PublishedDateExtractor.candidates(
      in: page, anchor: anchor, monthFirst: monthFirst, dayFirst: dayFirst)
    // The byline's own date is the shown one when the byline holds it.
    let bylineDate = context.regions.byline != nil ? byline?.publishedAt : nil
    // "Last updated: January 7, 2025" in the byline is a revision date.
    let bylineKind: Kind =
      PublishedDateExtractor.labelKind(Text.clean(byline?.raw ?? "").lowercased()) == .updated ? .updated : .marked
    let shown =
      bylineDate.map { Candidate(date: $0, kind: bylineKind, order: anchor) }
      ?? PublishedDateExtractor.best(candidates, anchor: anchor)
    let lastResort =
      [page.source.canonicalUrl, page.meta["og:url"], page.source.url].lazy.compactMap { $0 }
      .compactMap(Dates.inURL).first
      // Last: a date in the `<title>` ("08.11.2021 | Fachtag …") or the description ("(Notizia del
      // 14 Gennaio 2020)"), where news CMSs without structured data put it.
      ?? [page.titleTag, page.meta["og:title"], page.meta["description"], page.meta["og:description"]].lazy
      .compactMap { $0 }.compactMap { Dates.find(in: $0, monthFirst: monthFirst, dayFirst: dayFirst) }.first
    return PublishedDateExtractor.decide(
      structured: context.metadata.publishedAt, alternative: context.metadata.publishedInMeta, shown: shown,
      all: candidates, url: lastResort, anchor: anchor)
  }

  /// Structured data against the shown date and the URL's.
  /// A shown date disagreeing with structured data, and a UTC timestamp's local day, are taken
  /// from the byline, microdata, or a marked date element this close to the title (in nodes): a
  /// date further away is another story's (a "more news" rail's `<time>`).
  /// When JSON-LD and `<meta>` disagree, the one the page shows (even on a bare line) is right.
  static func decide(
    structured: String?, alternative: String? = nil, shown: Candidate?, all: [Candidate], url: String?, anchor: Int
  ) -> String? {
    // A shown date that a revision label or class marks ("Updated on May 14, 2024" beside the
    // byline) never overrides structured data.
    let revisionDays = Set(all.filter { $0.kind == .updated }.compactMap { Dates.dayNumber($0.date) })
    let shown = shown.flatMap { shown in
      shown.kind != .updated && Dates.dayNumber(shown.date).map(revisionDays.contains) == true
        ? Candidate(date: shown.date, kind: .updated, order: shown.order) : shown
    }
    if let structured, let alternative, let shown, shown.kind != .updated, let shownDay = Dates.dayNumber(shown.date),
      Dates.dayNumber(structured) != shownDay, Dates.dayNumber(alternative) == shownDay
    {
      return alternative
    }
    guard let structured, let structuredDay = Dates.dayNumber(structured) else {
      if let shown, shown.kind != .updated { return shown.date }
      return url ?? shown?.date
    }
    let strong = shown.flatMap { shown in
      shown.kind <= .marked && (shown.kind == .microdata || abs(shown.order - anchor) <= VocabularyDates.bareDateWindow)
        ? shown : nil
    }
    // "12/04/2020" read the other way round is no disagreement.
    if let shown = strong, swapped(shown.date) == Dates.dayNumber(structured) { return structured }
    let utc = Dates.isUTC(structured)
    // A UTC timestamp one day off the shown or URL date is that date in the page's time zone.
    for local in [strong?.date, url].compactMap({ $0 }) {
      guard let day = Dates.dayNumber(local) else { continue }
      if day == structuredDay { return structured }
      if utc && abs(day - structuredDay) == 1 { return local }
    }
    guard let shown = strong else { return structured }
    // The page shows several dates ("Published …, updated …"): structured data naming one of them is right.
    let shownDays = Set(all.filter { $0.kind != .bare }.compactMap { Dates.dayNumber($0.date) })
    if shownDays.contains(structuredDay) { return structured }
    return shown.date
  }

  /// The day of a date with its month and day swapped ("2020-12-04" → 2020-04-12), when valid.
  static func swapped(_ date: String) -> Int? {
    let parts = date.prefix(10).split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      month != day, Dates.valid(year: year, month: day, day: month)
    else { return nil }
    return Dates.dayNumber(Dates.format(year: year, month: day, day: month))
  }

  /// The shown date: the page's microdata first, then the marked date nearest the title, then a
  /// bare date line, then a revision date.
  static func best(_ candidates: [Candidate], anchor: Int) -> Candidate? {
    if let marked = candidates.first(where: { $0.kind == .microdata }) { return marked }
    for kind in [Kind.marked, .bare, .updated] {
      let nearest = candidates.filter { $0.kind == kind }.min { abs($0.order - anchor) < abs($1.order - anchor) }
      if let nearest { return nearest }
    }
    return nil
  }

  /// The node order of the article's title `<h1>`, else of the body's start.
  static func anchor(in page: Page, title: String?, content: Content) -> Int {
    let headings = page.elements("h1").filter { $0.closest { Evidence.chromeTags.contains($0) } == nil }
    if let title,
      let heading = headings.first(where: { Text.similarity(Text.clean(Page.rawText($0)), title) >= 0.5 })
    {
      return heading.order
    }
    return headings.first?.order ?? content.roots.first?.order ?? 0
  }

  /// Every date element of the page outside comment threads, rails and widgets, in one pass in
  /// document order.
  static func candidates(in page: Page, anchor: Int, monthFirst: Bool, dayFirst: Bool) -> [Candidate] {
    var result: [Candidate] = []
    // Whether a node sits in another story's or a reader's container: set for every element in
    // document order, parents first.
    var foreign = [Bool](repeating: false, count: page.tree.nodes.count)
    func isForeign(_ node: Node) -> Bool { foreign[node.order] }
    let pageText = page.bodyTextLength
    func find(_ text: String) -> String? { Dates.find(in: text, monthFirst: monthFirst, dayFirst: dayFirst) }
    for node in page.tree.nodes where node.isElement {
      guard result.count < VocabularyDates.maximumCandidates else { break }
      // A wrapper of most of the page is not a rail, whatever its class (`<body class="has-sidebar">`).
      foreign[node.order] =
        (node.parent.map { foreign[$0.order] } ?? false)
        || ((VocabularyDates.foreignTags.contains(node) || node.hasClassToken(in: VocabularyDates.foreignContainers))
          && node.textLength * 2 < pageText)
      if ["script", "style", "meta", "link", "title", "head", "option", "template"].contains(node.tag) { continue }
      let nearTitle = abs(node.order - anchor) <= VocabularyDates.bareDateWindow
      // A dateline opening a paragraph by the title.
      if node.tag == "p", nearTitle, node.textLength > VocabularyDates.maximumBareDateChars, !isForeign(node) {
        let opening = String(Text.clean(Page.rawText(node)).prefix(VocabularyDates.datelinePrefixChars))
        if let date = find(opening) {
          let kind: Kind = labelKind(opening.lowercased()) == .updated ? .updated : .bare
          result.append(Candidate(date: date, kind: kind, order: node.order))
          if kind == .updated, let published = datePublishedLater(in: Text.clean(Page.rawText(node)), find: find) {
            result.append(Candidate(date: published, kind: .marked, order: node.order))
          }
        }
        continue
      }
      guard node.textLength <= VocabularyDates.maximumDateElementChars else { continue }
      let tokens = node.classTokens
      // Microdata and RDFa: the value in `content` or `datetime`, else the element's text.
      let property = (node.attribute("itemprop") ?? node.attribute("property") ?? "").lowercased()
      if property.hasSuffix("datepublished") || property.hasSuffix("datecreated") {
        guard !isForeign(node) else { continue }
        let value =
          ["content", "datetime", "title"].lazy.compactMap { node.attribute($0).flatMap(Dates.iso) }.first
          ?? find(Text.clean(Page.rawText(node)))
        if let value { result.append(Candidate(date: value, kind: .microdata, order: node.order)) }
        continue
      }
      let isTime = node.tag == "time" || (node.tag == "abbr" && node.hasClassToken(ClassTokens.publishedDate))
      let isClassed =
        tokens.contains { VocabularyDates.dateTokens.contains($0) }
        || Evidence.hasCompound(node, VocabularyDates.dateCompoundMatcher)
      guard node.textLength > 0 || isTime else { continue }
      // Only a `<time>` or a text with a number goes on: checked on the text nodes' bytes
      // before the node's text is built, cleaned and searched (most short elements hold no digit).
      guard isTime || mayHoldNumber(node) else { continue }
      let text = Text.clean(Page.rawText(node))
      let label = labelKind(text.lowercased())
      // A bare date line by the title, or a short line opening with one ("02.02.2022 • Verband").
      let isBare = nearTitle
      let isModified =
        tokens.contains { VocabularyDates.modifiedTokens.contains($0) }
        && !tokens.contains(ClassTokens.publishedDate)
      guard isTime || isClassed || isModified || label != nil || isBare,
        text.contains(where: { $0.isNumber }) || isTime,
        !isForeign(node)
      else { continue }
      let marked = isTime || isClassed || isModified || label != nil
      let shownDate =
        marked || text.count <= VocabularyDates.maximumBareDateChars
        ? find(text) : find(String(text.prefix(VocabularyDates.datelinePrefixChars)))
      var date = shownDate
      if isTime, let machine = ["datetime", "title"].lazy.compactMap({ node.attribute($0).flatMap(Dates.iso) }).first {
        // The machine date, unless it is a UTC instant on the day before or after the one shown.
        let shifted =
          Dates.isUTC(machine)
          && shownDate.flatMap(Dates.dayNumber).map { abs($0 - (Dates.dayNumber(machine) ?? $0)) == 1 } == true
        date = shifted ? shownDate : machine
      }
      guard let date else { continue }
      // "Letzte Änderung: 31.10.2023 <br>Erschienen am: 01.11.2023": a revision line that names
      // the publication further on dates the article with that later date.
      if label == .updated, let published = datePublishedLater(in: text, find: find) {
        result.append(Candidate(date: published, kind: .marked, order: node.order))
      }
      let updated = isModified || label == .updated
      let kind: Kind = updated ? .updated : (isTime || isClassed || label != nil) ? .marked : .bare
      result.append(Candidate(date: date, kind: kind, order: node.order))
    }
    return result
  }

  /// Whether the text below an element may hold a character `Character.isNumber` accepts: an
  /// ASCII digit, or in a non-ASCII text a scalar with a numeric type. Never false when the
  /// cleaned text holds a number: cleaning only drops or merges whitespace and invisible marks.
  static func mayHoldNumber(_ node: Node) -> Bool {
    node.firstDescendant { $0.kind == .text && holdsNumber($0.text) } != nil
  }

  private static func holdsNumber(_ text: String) -> Bool {
    var isASCII = true
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 { return true }
      if byte >= 0x80 { isASCII = false }
    }
    return !isASCII && text.unicodeScalars.contains { $0.properties.numericType != nil }
  }

  /// The date after a publication label inside a line ("… Erschienen am: 01.11.2023"), the label
  /// a whole word.
  static func datePublishedLater(in text: String, find: (String) -> String?) -> String? {
    for label in VocabularyDates.publishedLabelList {
      var start = text.startIndex
      while let found = text.range(of: label, options: .caseInsensitive, range: start..<text.endIndex) {
        start = found.upperBound
        let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
        let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
        guard before?.isLetter != true, after?.isLetter != true else { continue }
        let rest = String(text[found.upperBound...].prefix(VocabularyDates.datelinePrefixChars))
        if let date = find(rest) { return date }
      }
    }
    return nil
  }

  /// Whether a line opens with a publication label ("Veröffentlicht am …") or a revision one
  /// ("Updated …"); nil when with neither.
  static func labelKind(_ lowered: String) -> Kind? {
    func opens(_ labels: [String]) -> Bool {
      labels.contains { label in
        guard lowered.hasPrefix(label) else { return false }
        let rest = lowered.dropFirst(label.count)
        return rest.first.map { !$0.isLetter } ?? false
      }
    }
    if opens(VocabularyDates.updatedLabelList) { return .updated }
    if opens(VocabularyDates.publishedLabelList) { return .marked }
    if VocabularyDates.revisionPhrases.contains(where: { mayContain(lowered, $0) && lowered.contains($0) }) {
      return .updated
    }
    return nil
  }

  /// Whether `text` may hold `phrase`: the phrase's opening ASCII bytes (up to three) must be
  /// in its bytes as they are, checked before Foundation's search (which is costly per call).
  private static func mayContain(_ text: String, _ phrase: String) -> Bool {
    let opening = Array(phrase.utf8.prefix(3))
    guard opening.count == 3, opening.allSatisfy({ $0 < 0x80 }) else { return true }
    var bytes = text.utf8.makeIterator()
    var previous: (UInt8, UInt8) = (0, 0)
    while let byte = bytes.next() {
      if previous.0 == opening[0] && previous.1 == opening[1] && byte == opening[2] { return true }
      previous = (previous.1, byte)
    }
    return false
  }
}
