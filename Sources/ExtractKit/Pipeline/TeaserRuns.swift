import Foundation

/// Runs of teaser cards inside the located body: three or more sibling elements of one shape (the
/// same tag and first class word), each short and mostly one link to another page of the site, its title
/// (`<div class="views-row"><h3><a href="/news/7">Other story</a></h3><span>12.03.</span></div>`,
/// `<ul class="teaser-list"><li><a href="/test/8"><img><p>Other test</p></a></li>…`). Whatever
/// the markup, such a row is the site pointing elsewhere, not the article's text. A list of the
/// article's own keeps its items: a table of contents links into the page, a list of sources or
/// a round-up of reading links out to other sites, a numbered list (`<ol>`: a ranking, a
/// round-up of the site's own posts or recipes) is the article's, cards without a date are a
/// shop's products or an icon list, and items with prose beside their link hold more text than
/// links.
enum TeaserRuns {
  /// The cards of the runs found under one body, and their text.
  struct Found {
    fileprivate(set) var cards: [Int] = []
    fileprivate(set) var length = 0

    /// The cards to mask: all of them when together they hold at most
    /// `Thresholds.maximumTeaserShareOfBody` of the body's `whole` text, else none (the page is a
    /// listing or a round-up of them, its lists under headings).
    func masked(within whole: Int) -> [Int] {
      Double(length) <= Thresholds.maximumTeaserShareOfBody * Double(whole) ? cards : []
    }
  }

  /// The tags a card is set in.
  private static let cardTags: TagSet = ["div", "li", "article", "section", "p"]
  private static var orderedListID: UInt8 { TagID.ol }
  private static var timeID: UInt8 { TagID.time }

  /// Adds to `found` the children of `node` that are cards of a teaser run, in document order;
  /// none for almost every box.
  static func collect(among node: Node, page: Page, into found: inout Found) {
    // A box without the links of a run holds none: most boxes are turned away here. The items of
    // a numbered list are the article's own, in its order.
    guard node.linkTextLength >= Thresholds.minimumTeaserRunCards * Thresholds.minimumTeaserRunTitleChars,
      node.tagID != orderedListID
    else { return }
    var run: [Node] = []
    func close() {
      if run.count >= Thresholds.minimumTeaserRunCards {
        found.cards.append(contentsOf: run.map(\.order))
        found.length += run.reduce(0) { $0 + $1.textLength }
      }
      run.removeAll(keepingCapacity: true)
    }
    for child in node.children {
      guard child.isElement, isCardSized(child) else {
        if child.textLength > 0 { close() }
        continue
      }
      if let first = run.first, !sameShape(first, child) { close() }
      if isCard(child, page: page) { run.append(child) } else { close() }
    }
    close()
  }

  /// The cheap test on the cached lengths: short, and mostly link text (a title, a date, a
  /// one-line excerpt).
  private static func isCardSized(_ node: Node) -> Bool {
    let length = node.textLength
    guard length > 0, length <= Thresholds.maximumTeaserRunCardChars, cardTags.contains(node),
      Double(node.linkTextLength) >= Thresholds.teaserRunLinkShare * Double(length)
    else { return false }
    // An item or a paragraph must carry a class, as a template's cards do: the lists and
    // paragraphs written in the article (its sources, its reading list, a changelog) carry none.
    return !classedTags.contains(node) || node.attributeBytes("class").map { !$0.isEmpty } ?? false
  }

  /// The tags a card is set in only with a class.
  private static let classedTags: TagSet = ["li", "p"]

  /// Same tag, same first class word: a template numbers its cards after it (`views-row
  /// views-row-1`, `grid-item post-86744 col-1`).
  private static func sameShape(_ first: Node, _ other: Node) -> Bool {
    guard first.tagID == other.tagID else { return false }
    switch (first.attributeBytes("class"), other.attributeBytes("class")) {
    case (nil, nil): return true
    case (let a?, let b?): return firstWord(a).elementsEqual(firstWord(b))
    default: return false
    }
  }

  /// The first space-separated word of a class value.
  private static func firstWord(_ value: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
    let start = value.firstIndex { $0 != UInt8(ascii: " ") } ?? value.endIndex
    let end = value[start...].firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ?? value.endIndex
    return value[start..<end]
  }

  /// Whether a card-sized element leads to one or two other pages of the site, one of its links a
  /// headline long, none into the page, and is dated as another article is (a `<time>`, or a year
  /// outside its links: "09.07.2021", "27 abril 2022"), which a product, a recipe or an icon-list
  /// entry is not.
  private static func isCard(_ node: Node, page: Page) -> Bool {
    var targets: [UnsafeBufferPointer<UInt8>] = []
    var title: Node?
    var dated = false
    var linkEnd = 0  // the end of the link being read: its text is the title, not a date
    for index in (node.order + 1)..<node.end {
      let link = Node(node.document, index)
      if !dated {
        if link.tagID == timeID {
          dated = true
        } else if index >= linkEnd, !link.isElement, holdsYear(link.text.utf8) {
          dated = true
        }
      }
      guard link.tagID == TagID.a else { continue }
      linkEnd = link.end
      guard let href = link.attributeBytes("href"), let first = href.first, first != UInt8(ascii: "#") else {
        if link.textLength > 0 { return false }
        continue
      }
      if !targets.contains(where: { $0.elementsEqual(href) }) {
        targets.append(href)
        if targets.count > Thresholds.maximumTeaserRunTargets { return false }
      }
      if link.textLength > title?.textLength ?? 0 { title = link }
    }
    guard dated, let title, title.textLength >= Thresholds.minimumTeaserRunTitleChars,
      let href = title.attributeBytes("href")
    else { return false }
    return leadsWithinSite(href, page: page)
  }

  /// Whether a text holds a year (`Thresholds.teaserCardYears`) as a number of its own: four
  /// digits with no digit beside them.
  private static func holdsYear(_ bytes: String.UTF8View) -> Bool {
    var value = 0
    var digits = 0
    for byte in bytes {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        value = digits < 5 ? value * 10 + Int(byte - UInt8(ascii: "0")) : value
        digits += 1
        continue
      }
      if digits == 4 && Thresholds.teaserCardYears.contains(value) { return true }
      value = 0
      digits = 0
    }
    return digits == 4 && Thresholds.teaserCardYears.contains(value)
  }

  /// Whether a link leads to the page's own site: a relative path, or a host of the same site.
  private static func leadsWithinSite(_ href: UnsafeBufferPointer<UInt8>, page: Page) -> Bool {
    let text = String(decoding: href, as: UTF8.self).trimmingScalars(in: .whitespaces)
    guard text.contains(":") || text.hasPrefix("//") else { return true }
    guard let host = URL(string: text)?.host else { return false }
    guard let own = page.baseURL?.host else { return false }
    return RelatedExtractor.siteName(host) == RelatedExtractor.siteName(own)
  }
}
