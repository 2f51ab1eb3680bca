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
    let order = DateOrder(language: context.metadata.language)
    let anchor = PublishedDateExtractor.anchor(in: page, title: context.title, content: context.content)
    let candidates = PublishedDateExtractor.candidates(
      in: page, anchor: anchor, order: order)
    // The byline's own date is the shown one when the byline holds it (and is one byline, not
    // a list of post cards).
    // A byline found in a print-only header dates the printout.
    let bylineDate =
      context.regions.byline.map { region in
        region.closest(PublishedDateExtractor.isPrintOnly) == nil
      } == true && !PublishedDateExtractor.holdsManyYears(byline?.raw ?? "")
      ? byline?.publishedAt : nil
    // "Last updated: January 7, 2025" in the byline is a revision date.
    let bylineKind: Kind =
      PublishedDateExtractor.labelKind(of: Text.clean(byline?.raw ?? "")) == .updated ? .updated : .marked
    let shown =
      bylineDate.map { Candidate(date: $0, kind: bylineKind, order: anchor) }
      ?? PublishedDateExtractor.best(candidates, anchor: anchor)
    // Read only when the decision comes to it.
    let lastResort = {
      [page.source.canonicalUrl, page.meta["og:url"], page.source.url].lazy.compactMap { $0 }
        .compactMap(Dates.inURL).first
        // Last: a date in the `<title>` ("08.11.2021 | Fachtag …") or the description ("(Notizia del
        // 14 Gennaio 2020)"), where news CMSs without structured data put it.
        ?? [page.titleTag, page.meta["og:title"], page.meta["description"], page.meta["og:description"]].lazy
        .compactMap { $0 }.compactMap(order.find).first
    }
    let modified = context.metadata.modifiedAt
    return PublishedDateExtractor.decide(
      structured: PublishedDateExtractor.notAfter(context.metadata.publishedAt, modified: modified),
      alternative: PublishedDateExtractor.notAfter(context.metadata.publishedInMeta, modified: modified),
      shown: shown, all: candidates, url: lastResort, anchor: anchor)
  }

  /// A structured publication date later than the page's own modification date is an ambiguous
  /// slashed date read the wrong way round ("11/06/2021 04:18 pm" beside a `dateModified` of
  /// "2021/06/11 16:29:07"): read with its month and day swapped when that is no later.
  static func notAfter(_ published: String?, modified: String?) -> String? {
    guard let published, let day = Dates.dayNumber(published), let modified,
      let modifiedDay = Dates.dayNumber(modified), day > modifiedDay, let swappedDay = swapped(published),
      swappedDay <= modifiedDay
    else { return published }
    let parts = published.prefix(10).split(separator: "-")
    guard let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]) else { return published }
    return Dates.format(year: year, month: dayOfMonth, day: month)
  }

  /// Whether a line holds more years (1990–2099, standing alone) than one byline does.
  static func holdsManyYears(_ text: String) -> Bool {
    var years = 0
    var run = 0
    var value = 0
    for byte in text.utf8 + [0x20] {
      if byte >= 0x30 && byte <= 0x39 {
        run += 1
        value = value * 10 + Int(byte - 0x30)
        continue
      }
      if run == 4 && (1990...2099).contains(value) { years += 1 }
      run = 0
      value = 0
    }
    return years > VocabularyDates.maximumBylineYears
  }

  /// Structured data against the shown date and the URL's.
  /// A shown date disagreeing with structured data, and a UTC timestamp's local day, are taken
  /// from the byline, microdata, or a marked date element this close to the title (in nodes): a
  /// date further away is another story's (a "more news" rail's `<time>`).
  /// When JSON-LD and `<meta>` disagree, the one the page shows (even on a bare line) is right.
  /// `url` gives the URL's date (else the title's): asked only when needed.
  static func decide(
    structured: String?, alternative: String? = nil, shown: Candidate?, all: [Candidate], url: () -> String?,
    anchor: Int
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
      return url() ?? shown?.date
    }
    let strong = shown.flatMap { shown in
      (shown.kind <= .marked
        && (shown.kind == .microdata || abs(shown.order - anchor) <= VocabularyDates.bareDateWindow))
        // A bare line by the title overrides a date it disagrees with, not the same instant's
        // day in the page's zone (the UTC rule below would read it so).
        || (shown.kind == .bare && abs(shown.order - anchor) <= VocabularyDates.adjacentBareDateWindow
          && Dates.dayNumber(shown.date).map { abs($0 - structuredDay) > 1 } == true)
        ? shown : nil
    }
    // "12/04/2020" read the other way round is no disagreement.
    if let shown = strong, swapped(shown.date) == Dates.dayNumber(structured) { return structured }
    let utc = Dates.isUTC(structured)
    // A UTC timestamp one day off the shown or URL date is that date in the page's time zone.
    for first in [true, false] {
      guard let local = first ? strong?.date : url(), let day = Dates.dayNumber(local) else { continue }
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
  /// document order. Most elements are answered from bytes (tag number, class and id bytes, the
  /// opening and digits of their text) before any String of theirs is made.
  static func candidates(in page: Page, anchor: Int, order: DateOrder) -> [Candidate] {
    var result: [Candidate] = []
    // Whether a node sits in another story's or a reader's container: worked out up the
    // ancestors only for the nodes that give a date, and kept (0 not yet known, 1 no, 2 yes).
    var foreign = [UInt8](repeating: 0, count: page.tree.nodes.count)
    let pageText = page.bodyTextLength
    // The `<article>` holding the title, whose own sidebar dates it.
    let nodes = page.tree.nodes
    let titleArticle =
      anchor > 0 && anchor < nodes.count && nodes[anchor].tagID == Tag.h1
      ? nodes[anchor].closest { $0.tagID == Tag.article } : nil
    func isOwnRail(_ node: Node) -> Bool {
      guard let titleArticle, node.order > titleArticle.order, node.order < titleArticle.end else { return false }
      return node.hasClassCue(.ownRail)
    }
    func isForeign(_ node: Node) -> Bool {
      let known = foreign[node.order]
      if known != 0 { return known == 2 }
      // A wrapper of most of the page is not a rail, whatever its class (`<body class="has-sidebar">`).
      let value =
        (node.parent.map(isForeign) ?? false)
        || ((VocabularyDates.foreignTags.contains(node)
          || (node.hasClassCue(.foreignDates) && !isOwnRail(node))
          || isPrintOnly(node)
          || (node.tagID == Tag.article && !(node.order <= anchor && anchor < node.end) && isCardInGrid(node)))
          && node.textLength * 2 < pageText)
      foreign[node.order] = value ? 2 : 1
      return value
    }
    // Whether a node's text holds a number. The nodes are asked in document order, so one
    // forward cursor answers them all, each text node read at most once: the text nodes in
    // `cleanFrom..<cleanTo` hold none, and when `hit` is set the one at `cleanTo` does (nested
    // elements asked one after another share what was read for the outer one).
    let document = page.tree.document
    var cleanFrom = 0
    var cleanTo = 0
    var hit = false
    func holdsNumber(_ node: Node) -> Bool {
      let start = node.order + 1
      let end = node.end
      var index = start
      if start >= cleanFrom && start <= cleanTo {
        if hit { return cleanTo < end }
        index = cleanTo
      } else {
        cleanFrom = start
      }
      while index < end {
        let record = document.records[index]
        if record.isText && record.spanCount > 0 {
          let first = Int(record.spanStart)
          let bytes = UnsafeBufferPointer(rebasing: document.bytes[first..<first + Int(record.spanCount)])
          if PublishedDateExtractor.holdsNumber(bytes) {
            cleanTo = index
            hit = true
            return true
          }
        }
        index += 1
      }
      cleanTo = index
      hit = false
      return false
    }
    func find(_ text: String) -> String? { order.find(in: text) }
    // `TextScan`'s answer for the last text read, by its first and last text nodes: an element
    // and the lone child wrapping all its text (`<li><a><span>3 Kommentare</span></a></li>`)
    // read the same text, scanned once.
    var scanned: (first: Int, last: Int, mayHoldLabel: Bool) = (-1, -1, false)
    func mayHoldLabel(_ node: Node) -> Bool {
      var first = node.order + 1
      while first < node.end && !(document.records[first].isText && document.records[first].spanCount > 0) {
        first += 1
      }
      var last = node.end - 1
      while last > first && !(document.records[last].isText && document.records[last].spanCount > 0) { last -= 1 }
      if first < node.end && scanned.first == first && scanned.last == last { return scanned.mayHoldLabel }
      var scan = TextScan()
      scan.feed(node)
      if first < node.end { scanned = (first, last, scan.mayHoldLabel) }
      return scan.mayHoldLabel
    }
    // Read once, not per element (each is a guarded global).
    let skippedTags = VocabularyDates.skippedTags
    let (paragraph, time, abbr) = (Tag.p, Tag.time, Tag.abbr)
    let propertyNames = microdataNames(document)
    // The elements with an `itemprop` or `property` are told by their attributes' indices, not
    // by reading every element's attributes: few elements have one.
    let properties = microdataAttributes(document, names: propertyNames)
    var nextProperty = 0
    for node in page.tree.nodes where node.isElement {
      guard result.count < VocabularyDates.maximumCandidates else { break }
      if skippedTags.contains(node) { continue }
      let nearTitle = abs(node.order - anchor) <= VocabularyDates.bareDateWindow
      // A dateline opening a paragraph by the title.
      if node.tagID == paragraph, nearTitle, node.textLength > VocabularyDates.maximumBareDateChars, !isForeign(node) {
        // A date has two numbers: a paragraph whose text has fewer opens with none, and is
        // not cleaned and cut to be read.
        guard PublishedDateExtractor.holdsTwoNumbers(node) else { continue }
        let opening = PublishedDateExtractor.opening(of: node, characters: VocabularyDates.datelinePrefixChars)
        if let date = find(opening) {
          let kind: Kind = labelKind(of: opening) == .updated ? .updated : .bare
          if kind == .bare && PublishedDateExtractor.mayHoldDayRange(opening) && Dates.holdsDayRange(opening) {
            continue
          }
          result.append(Candidate(date: date, kind: kind, order: node.order))
          if kind == .updated, let published = datePublishedLater(in: Text.clean(Page.rawText(node)), find: find) {
            result.append(Candidate(date: published, kind: .marked, order: node.order))
          }
        }
        continue
      }
      guard node.textLength <= VocabularyDates.maximumDateElementChars else { continue }
      // Microdata and RDFa: the value in `content` or `datetime`, else the element's text.
      if hasAttribute(document.records[node.order], among: properties, from: &nextProperty),
        let raw = PublishedDateExtractor.microdataProperty(node, names: propertyNames)
      {
        let property = Text.lowered(raw)
        if property.hasSuffix("datepublished") || property.hasSuffix("datecreated") {
          guard !isForeign(node) else { continue }
          let value =
            ["content", "datetime", "title"].lazy.compactMap { node.attribute($0).flatMap(Dates.iso) }.first
            ?? find(Text.clean(Page.rawText(node)))
          if let value { result.append(Candidate(date: value, kind: .microdata, order: node.order)) }
          continue
        }
      }
      let isTime = node.tagID == time || (node.tagID == abbr && node.hasClassToken(ClassTokens.publishedDate))
      guard node.textLength > 0 || isTime else { continue }
      // Only a `<time>` or a text with a number goes on (most short elements hold no digit).
      guard isTime || holdsNumber(node) else { continue }
      let hasClassOrID = !node.classAndID.isEmpty
      let isClassed =
        hasClassOrID
        && (node.hasClassCue(.dateWords)
          || node.hasClassCue(.dateCompounds))
      let isModified =
        hasClassOrID && node.hasClassCue(.modifiedDate)
        && !node.hasClassToken(ClassTokens.publishedDate)
      // A bare date line by the title, or a short line opening with one ("02.02.2022 • Verband").
      let isBare = nearTitle
      if !(isTime || isClassed || isModified || isBare) {
        // Unmarked and away from the title, a line is a date only after a label: one that may
        // open with one is told from its text nodes' bytes.
        guard mayHoldLabel(node) else { continue }
      }
      let text = Text.clean(Page.rawText(node))
      let label = labelKind(of: text)
      guard isTime || isClassed || isModified || label != nil || isBare,
        isTime || PublishedDateExtractor.containsNumber(text),
        !isForeign(node)
      else { continue }
      let marked = isTime || isClassed || isModified || label != nil
      let shownDate =
        (marked || text.count <= VocabularyDates.maximumBareDateChars
          ? find(text) : find(String(text.prefix(VocabularyDates.datelinePrefixChars))))
        // A date in one span a part, with no space between ("<span>Feb</span> <span>18</span><span>2009</span>").
        ?? (marked ? find(PublishedDateExtractor.spacedText(of: node)) : nil)
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
      if kind == .bare && PublishedDateExtractor.mayHoldDayRange(text) && Dates.holdsDayRange(text) { continue }
      result.append(Candidate(date: date, kind: kind, order: node.order))
    }
    return result
  }

  /// Whether the text below `node` (`Page.rawText`, its text nodes joined) holds two runs of
  /// ASCII digits. Cleaning only drops or merges what stands between digits, so a cleaned text,
  /// or any start of it, holds no more runs than this counts.
  static func holdsTwoNumbers(_ node: Node) -> Bool {
    let document = node.document
    var runs = 0
    var inRun = false
    for index in (node.order + 1)..<node.end where document.records[index].isText {
      for byte in Node(document, index).textBytes {
        let digit = byte >= 0x30 && byte <= 0x39
        if digit && !inRun {
          runs += 1
          if runs == 2 { return true }
        }
        inRun = digit
      }
    }
    return false
  }

  /// `String(Text.clean(Page.rawText(node)).prefix(characters))`, cleaning only the text's
  /// start: a long paragraph's first bytes, more while they make too few characters. Cleaning a
  /// start of the text gives a start of the cleaned text, whose characters but the last are final.
  static func opening(of node: Node, characters: Int) -> String {
    let document = node.document
    var limit = characters * 4 + 16
    while true {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(limit + 4)
      var cut = false
      for index in (node.order + 1)..<node.end where document.records[index].isText {
        let record = document.records[index]
        let start = Int(record.spanStart)
        let count = Int(record.spanCount)
        if bytes.count + count <= limit {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: document.bytes[start..<start + count]))
          continue
        }
        // Up to the limit, at a scalar's first byte (the text is valid UTF-8).
        var end = start + (limit - bytes.count)
        while end > start && document.bytes[end] & 0xC0 == 0x80 { end -= 1 }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: document.bytes[start..<end]))
        cut = true
        break
      }
      let cleaned = Text.clean(String(decoding: bytes, as: UTF8.self))
      // Cleaned ASCII is one character a byte (no "\r\n" is left): counted and cut by bytes.
      if let ascii = cleaned.utf8.withContiguousStorageIfAvailable({ ByteSearch.isASCII($0) }), ascii {
        if !cut || cleaned.utf8.count > characters { return String(cleaned.utf8.prefix(characters))! }
      } else if !cut || cleaned.count > characters {
        return String(cleaned.prefix(characters))
      }
      limit *= 2
    }
  }

  /// Whether an `<article>` stands beside another `<article>` under one parent (whitespace
  /// between them): a grid of post cards (`<div class="posts"><article>…<time>…</article>
  /// <article>…`), each card dated with its own story's date. Reads at most
  /// `VocabularyDates.cardSiblingSteps` nodes each way.
  static func isCardInGrid(_ node: Node) -> Bool {
    guard let parent = node.parent else { return false }
    let children = parent.children
    let index = node.siblingIndex
    for step in [-1, 1] {
      var position = index + step
      var read = 0
      while position >= 0 && position < children.count && read < VocabularyDates.cardSiblingSteps {
        let sibling = children[position]
        if sibling.isElement {
          if sibling.tagID == Tag.article { return true }
          break
        }
        position += step
        read += 1
      }
    }
    return false
  }

  /// Whether an element is a print-only block: a class named as a whole in
  /// `VocabularyDates.printOnlyContainers` ("row--print-overwrite" only styles a block for print).
  static func isPrintOnly(_ node: Node) -> Bool {
    guard node.hasClassCue(.printOnly) else { return false }
    return (node.attribute("class") ?? "").lowercased().split(whereSeparator: \.isWhitespace).contains {
      VocabularyDates.printOnlyContainers.contains($0)
    }
  }

  /// The element's text nodes, each cleaned, joined with spaces.
  static func spacedText(of node: Node) -> String {
    let document = node.document
    var parts: [String] = []
    for index in (node.order + 1)..<node.end where document.records[index].isText {
      let part = Text.clean(String(decoding: Node(document, index).textBytes, as: UTF8.self))
      if !part.isEmpty { parts.append(part) }
    }
    return parts.joined(separator: " ")
  }

  /// `text.contains(where: \.isNumber)`, over the bytes when the text is ASCII (each byte a
  /// character, or "\r\n" one that is no number).
  static func containsNumber(_ text: String) -> Bool {
    var isASCII = true
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 { return true }
      if byte >= 0x80 { isASCII = false }
    }
    return !isASCII && text.contains(where: \.isNumber)
  }

  /// What each of the document's names is to `microdataProperty`, by name index: 1 `itemprop`,
  /// 2 `property`, 0 any other (a name may have several indices: the parser keys names by their
  /// source spelling).
  static func microdataNames(_ document: Document) -> [UInt8] {
    (0..<document.names.count).map { index in
      guard document.nameLengths[index] == 8 else { return 0 }
      return document.names[index] == "itemprop" ? 1 : document.names[index] == "property" ? 2 : 0
    }
  }

  /// The indices of the document's attributes named `itemprop` or `property`, in order.
  static func microdataAttributes(_ document: Document, names: [UInt8]) -> [Int] {
    var found: [Int] = []
    for index in 0..<document.attributes.count where names[Int(document.attributes[index].name)] != 0 {
      found.append(index)
    }
    return found
  }

  /// Whether one of `attributes` (indices in order) is the element's (`record`'s). An element's attributes are
  /// one run of the document's, the runs in document order: asked of elements in document order,
  /// `next` moves only forward, past the attributes of the elements not asked.
  @inline(__always)
  static func hasAttribute(_ record: Document.Record, among attributes: [Int], from next: inout Int) -> Bool {
    guard next < attributes.count else { return false }
    let start = Int(record.spanStart)
    while next < attributes.count && attributes[next] < start { next += 1 }
    return next < attributes.count && attributes[next] < start + Int(record.spanCount)
  }

  /// `itemprop`, else `property`, both read in one pass over the element's attributes, their names
  /// told by `microdataNames`' table.
  static func microdataProperty(_ node: Node, names: [UInt8]) -> String? {
    let document = node.document
    let record = document.records[node.order]
    var property: Document.Attribute?
    for index in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
      let attribute = document.attributes[index]
      switch names[Int(attribute.name)] {
      case 1: return document.string(attribute.valueStart, attribute.valueCount)
      case 2: if property == nil { property = attribute }
      default: break
      }
    }
    return property.map { document.string($0.valueStart, $0.valueCount) }
  }

  /// Tag numbers the pass compares against.
  private enum Tag {
    static var p: UInt8 { TagID.p }
    static var time: UInt8 { TagID.time }
    static var abbr: UInt8 { TagID.abbr }
    static var h1: UInt8 { TagID.h1 }
    static var article: UInt8 { TagID.article }
  }

  /// Whether `text` may name a span of days (`Dates.holdsDayRange`): every form has three numbers
  /// (two days and a year), each a run of ASCII digits, so a text with fewer runs of digit bytes
  /// names none. Over the bytes: the range test reads its text by Character, and most date lines
  /// by the title hold one date.
  static func mayHoldDayRange(_ text: String) -> Bool {
    var runs = 0
    var inRun = false
    for byte in text.utf8 {
      let digit = byte &- 0x30 < 10
      if digit && !inRun {
        runs += 1
        if runs == 3 { return true }
      }
      inRun = digit
    }
    return false
  }

  /// Whether text may hold a character `Character.isNumber` accepts: an ASCII digit, or a
  /// non-ASCII scalar with a numeric type. Never false when the cleaned text holds a number:
  /// cleaning only drops or merges whitespace and invisible marks.
  static func holdsNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var index = 0
    let end = bytes.count
    while index < end {
      // Eight ASCII bytes at a time: a byte is a digit when adding 0x50 sets its top bit and
      // adding 0x46 does not (no carry leaves a byte below 0x80).
      if index + 8 <= end {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          let atLeast30 = word &+ 0x5050_5050_5050_5050
          let atLeast3A = word &+ 0x4646_4646_4646_4646
          if atLeast30 & ~atLeast3A & 0x8080_8080_8080_8080 != 0 { return true }
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      if byte < 0x80 {
        if byte >= 0x30 && byte <= 0x39 { return true }
        index += 1
        continue
      }
      let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      let value = TextScan.scalarValue(bytes, index, length)
      if mayBeNumeric(value), Unicode.Scalar(value)?.properties.numericType != nil { return true }
      index += length
    }
    return false
  }

  /// Whether a non-ASCII scalar may have a numeric type: below U+0660 (Latin, Greek, Cyrillic,
  /// Hebrew, Armenian) only Latin-1's superscripts and fractions do, and no general punctuation
  /// does; elsewhere its properties are asked.
  static func mayBeNumeric(_ value: UInt32) -> Bool {
    if value < 0x660 { return value == 0xB2 || value == 0xB3 || value == 0xB9 || (value >= 0xBC && value <= 0xBE) }
    return value < 0x2000 || value >= 0x2070
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

  /// `labelKind` of a line as written (any case): answered from its bytes when its opening is
  /// ASCII and it holds no revision phrase's opening, lower-cased and searched otherwise.
  static func labelKind(of text: String) -> Kind? {
    var scan = TextScan()
    if text.utf8.withContiguousStorageIfAvailable({ scan.feed($0) }) == nil {
      Array(text.utf8).withUnsafeBufferPointer { scan.feed($0) }
    }
    if case .known(let kind) = scan.label { return kind }
    return labelKind(Text.lowered(text))
  }

  /// Whether a line opens with a publication label ("Veröffentlicht am …") or a revision one
  /// ("Updated …"); nil when with neither.
  static func labelKind(_ lowered: String) -> Kind? {
    func opens(_ labels: [String]) -> Bool {
      labels.contains { label in
        guard Text.hasPrefix(lowered, label) else { return false }
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

  /// What a text's bytes tell of its label before its String is made (fed a node's text nodes
  /// one after another, as `Page.rawText` joins them, or a String's bytes): its opening, cleaned
  /// as `Text.clean` cleans it and lower-cased, up to the first visible non-ASCII character;
  /// and whether a revision phrase's first three bytes may be in it.
  struct TextScan {
    /// The opening's bytes, `count` of them, at most `LabelTable.shared.window`.
    private var window = SIMD32<UInt8>()
    private var count = 0
    /// The visible non-ASCII character that ended the opening; nil while none has.
    private var stop: Unicode.Scalar?
    private var pendingSpace = false
    /// The last three visible ASCII bytes, lower-cased, one a byte (0 after whitespace).
    private var rolling: UInt32 = 0
    private(set) var mayHoldRevision = false

    mutating func feed(_ node: Node) {
      let document = node.document
      for index in (node.order + 1)..<node.end {
        let record = document.records[index]
        guard record.isText, record.spanCount > 0 else { continue }
        let start = Int(record.spanStart)
        feed(UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(record.spanCount)]))
      }
    }

    /// Bytes of valid UTF-8 (a text node's, or a String's).
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
      let table = LabelTable.shared
      let thirds = table.revisionThirds
      let window = table.window
      if !table.revisionTestable { mayHoldRevision = true }
      // Once the opening is read and a revision phrase may be there, no byte changes the answer.
      if mayHoldRevision && (stop != nil || count >= window) { return }
      var index = 0
      let end = bytes.count
      while index < end {
        let byte = bytes[index]
        if byte < 0x80 {
          index += 1
          if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0x1E {
            pendingSpace = count > 0
            rolling = 0
            // The rest of a run of spaces or tabs (a page's indentation, most of many texts)
            // eight bytes at a time: a run reads as one whitespace byte.
            while index + 8 <= end {
              let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
              guard word == 0x2020_2020_2020_2020 || word == 0x0909_0909_0909_0909 else { break }
              index += 8
            }
            continue
          }
          if byte < 0x20 || byte == 0x7F { continue }  // controls, which cleaning drops
          let lower = ByteSearch.lower(byte)
          if stop == nil && count < window { append(lower, window) }
          rolling = (rolling << 8 | UInt32(lower)) & 0xFF_FFFF
          if !mayHoldRevision && (lower < 64 ? thirds.0 >> lower : thirds.1 >> (lower & 63)) & 1 != 0 {
            mayHoldRevision = table.revisionOpenings.contains(rolling)
            if mayHoldRevision && (stop != nil || count >= window) { return }
          }
          continue
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        switch TextScan.cleaning(bytes, index) {
        case .space:
          pendingSpace = count > 0
          rolling = 0
        case .invisible:
          break
        case .visible:
          // Left out of `rolling`: the revision test then says "may" of more texts, never less.
          if stop == nil && count < window {
            if pendingSpace {
              pendingSpace = false
              self.window[count] = 0x20
              count += 1
            }
            stop = Unicode.Scalar(TextScan.scalarValue(bytes, index, length))
          }
        }
        index += length
      }
    }

    /// Appends a byte (after the pending space) while the window has room.
    private mutating func append(_ byte: UInt8, _ limit: Int) {
      if pendingSpace {
        pendingSpace = false
        window[count] = 0x20
        count += 1
      }
      guard count < limit else { return }
      window[count] = byte
      count += 1
    }

    /// How `Text.clean` treats the non-ASCII scalar at `index`: the same byte tests.
    enum Cleaning { case visible, space, invisible }
    static func cleaning(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Cleaning {
      switch bytes[index] {
      case 0xC2:
        let second = bytes[index + 1]
        if second == 0x85 || second == 0xA0 { return .space }
        return second == 0xAD || second < 0xA0 ? .invisible : .visible
      case 0xE1:
        return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? .space : .visible
      case 0xE2:
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        if second == 0x80 {
          switch third {
          case 0x80...0x8A, 0xA8, 0xA9, 0xAF: return .space
          case 0x8B...0x8D: return .invisible
          default: return .visible
          }
        }
        if second == 0x81 && third == 0x9F { return .space }
        if second == 0x81 && third == 0xA0 { return .invisible }
        return .visible
      case 0xE3:
        return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? .space : .visible
      case 0xEF:
        return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? .invisible : .visible
      default:
        return .visible
      }
    }

    /// The scalar value of the `length`-byte UTF-8 sequence at `index`.
    static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> UInt32 {
      var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
      return value
    }

    /// What `labelKind` says of the text, when its bytes decide it.
    enum Label: Equatable {
      case known(Kind?)
      case unknown
    }

    var label: Label {
      let table = LabelTable.shared
      var updated = Match.no
      var published = Match.no
      if count == 0 {
        // No opening: an empty text opens with no label; one opening with a visible non-ASCII
        // character may only when that character turns into ASCII or a label opens so.
        if let stop, table.becomesASCII(stop) || table.opensNonASCII { return .unknown }
      } else {
        // Only the labels with the opening's first byte can match.
        let first = Int(window[0])
        for entry in table.entries[table.firstIndex[first]..<table.firstIndex[first + 1]] {
          let match = opens(entry, table)
          if entry.updated {
            if match == .yes { return .known(.updated) }
            if match == .maybe { updated = .maybe }
          } else if match == .yes {
            published = .yes
          } else if match == .maybe && published == .no {
            published = .maybe
          }
        }
        if stop != nil && table.opensNonASCII { return .unknown }
      }
      if updated == .maybe || published == .maybe { return .unknown }
      if published == .yes { return .known(.marked) }
      return mayHoldRevision ? .unknown : .known(nil)
    }

    /// Whether `labelKind` may find a label in the text: never false when it does.
    var mayHoldLabel: Bool { label != .known(nil) }

    private enum Match { case no, maybe, yes }

    /// Whether the lower-cased text opens with the label and a character that is no letter, as
    /// `labelKind` tests it. Where the opening's ASCII ends the answer may be "maybe": the test
    /// then compares what it can.
    private func opens(_ entry: LabelTable.Entry, _ table: LabelTable) -> Match {
      let shared = min(count, entry.asciiCount)
      for offset in 0..<shared where window[offset] != table.bytes[entry.start + offset] { return .no }
      if let stop, count < entry.asciiCount {
        // The label goes on with ASCII where the text has `stop`: only a character that turns
        // into ASCII (lower-cased, or as its canonical equivalent) could still match.
        return table.becomesASCII(stop) ? .maybe : .no
      }
      guard entry.asciiCount == entry.count else {
        // A label with a non-ASCII letter ("geändert") against an opening all ASCII past it.
        return stop == nil ? .no : .maybe
      }
      // The whole label matched; the character after it decides, when it is ASCII and alone.
      guard count > entry.count, stop == nil || count > entry.count + 1 else { return stop == nil ? .no : .maybe }
      let next = window[entry.count]
      return next >= 0x61 && next <= 0x7A ? .no : .yes
    }
  }

  /// The labels of `labelKind` as bytes, for `TextScan`: made once, in buffers read without
  /// reference counting (arrays of arrays cost a retain and release per label tried).
  final class LabelTable: @unchecked Sendable {
    struct Entry {
      let start: Int
      let count: Int
      /// How many of the label's bytes come before its first non-ASCII one.
      let asciiCount: Int
      let updated: Bool
    }
    static let shared = LabelTable()

    /// Every label's bytes, one after another.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The labels sorted by first byte: those opening with byte `b` are
    /// `entries[firstIndex[b]..<firstIndex[b + 1]]`.
    let entries: UnsafeBufferPointer<Entry>
    let firstIndex: UnsafeBufferPointer<Int>
    /// Whether a label opens with a non-ASCII letter (none does now).
    let opensNonASCII: Bool
    /// The opening bytes kept: the longest label, the character after it, and one more to know
    /// that character stands alone.
    let window: Int
    /// The revision phrases' first three bytes, one a byte.
    let revisionOpenings: UnsafeBufferPointer<UInt32>
    /// The third of those bytes, as bits (ASCII): most bytes of a text are no third byte.
    let revisionThirds: (UInt64, UInt64)
    /// False when a phrase cannot be so tested (one opening with a non-ASCII byte): every text
    /// then may hold one.
    let revisionTestable: Bool

    private init() {
      let labels =
        VocabularyDates.updatedLabelList.map { (Array($0.utf8), true) }
        + VocabularyDates.publishedLabelList.map { (Array($0.utf8), false) }
      let sorted = labels.filter { !$0.0.isEmpty }.sorted { $0.0[0] < $1.0[0] }
      var bytes: [UInt8] = []
      var entries: [Entry] = []
      var firstIndex = [Int](repeating: 0, count: 257)
      for (label, updated) in sorted {
        entries.append(
          Entry(
            start: bytes.count, count: label.count, asciiCount: label.firstIndex { $0 >= 0x80 } ?? label.count,
            updated: updated))
        bytes.append(contentsOf: label)
        firstIndex[Int(label[0]) + 1] += 1
      }
      for index in 1...256 { firstIndex[index] += firstIndex[index - 1] }
      self.bytes = UnsafeBufferPointer(LabelTable.copy(bytes))
      self.entries = UnsafeBufferPointer(LabelTable.copy(entries))
      self.firstIndex = UnsafeBufferPointer(LabelTable.copy(firstIndex))
      opensNonASCII = sorted.contains { $0.0[0] >= 0x80 }
      window = min(32, (sorted.map(\.0.count).max() ?? 0) + 2)
      precondition(sorted.allSatisfy { $0.0.count + 2 <= 32 }, "LabelTable: a label longer than the window")
      let phrases = VocabularyDates.revisionPhrases.map { Array($0.utf8.prefix(3)) }
      revisionTestable = phrases.allSatisfy { $0.count == 3 && $0.allSatisfy { $0 < 0x80 } }
      let openings = revisionTestable ? phrases : []
      revisionOpenings = UnsafeBufferPointer(
        LabelTable.copy(openings.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) }))
      var thirds: (UInt64, UInt64) = (0, 0)
      for phrase in openings {
        if phrase[2] < 64 { thirds.0 |= 1 << UInt64(phrase[2]) } else { thirds.1 |= 1 << UInt64(phrase[2] & 63) }
      }
      revisionThirds = thirds
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
      let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
      _ = buffer.initialize(from: array)
      return buffer
    }

    /// Non-ASCII characters whose lower-case or canonical equivalent is ASCII: "İ" (→ "i̇"),
    /// the Kelvin sign (→ "k"), the Greek question mark (≡ ";") and varia (≡ "`").
    func becomesASCII(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x130, 0x212A, 0x37E, 0x1FEF: return true
      default: return false
      }
    }
  }
}
