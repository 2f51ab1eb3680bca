import Foundation

/// Walks the article body once, in document order, and yields its headings and blocks
/// (paragraphs, lists, images, quotes, code, tables), skipping masked boilerplate.
/// Headings, sections, lists, steps and the text are all read off this one walk.
struct ContentWalker {
  enum Item {
    case heading(Heading, Node)
    case block(Block, Node)

    var node: Node {
      switch self {
      case .heading(_, let node), .block(_, let node): node
      }
    }

    var isParagraph: Bool {
      if case .block(.paragraph, _) = self { return true }
      return false
    }
  }

  /// Elements that flow inside a paragraph.
  static let inlineTags: TagSet = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
    "wbr", "br", "nobr", "acronym", "ruby",
  ]
  /// Ruby annotations: the reading printed above a word (Japanese furigana, `<ruby>子<rt>こ</rt></ruby>`)
  /// and the fallback parentheses, not part of the running text.
  static let annotationTags: TagSet = ["rt", "rp"]
  static let headingTags: TagSet = ["h1", "h2", "h3", "h4", "h5", "h6"]
  /// Class tokens of a subtitle set as a heading under the title: Medium "pw-subtitle-paragraph",
  /// news themes "subheadline", "dek", "standfirst".
  static let dekTokens: TokenSet = ["subtitle", "subheadline", "dek", "deck", "standfirst", "strapline"]
  static let blockTags: TagSet = [
    "p", "div", "section", "article", "ul", "ol", "dl", "blockquote", "pre", "table", "figure", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "footer", "main", "aside", "nav", "hr", "img", "picture", "li", "address",
    "details", "center", "form", "fieldset", "figcaption", "video", "iframe",
  ]

  let page: Page
  let content: Content
  /// The site's name from the page's metadata: a closing line naming it is the site's own.
  var siteName: String? = nil
  /// The pieces of the paragraphs `items()` makes of loose text and inline elements.
  let runs = Runs()

  func items() -> [Item] {
    var items: [Item] = []
    for root in content.roots { emitBlock(root, into: &items, depth: 0) }
    items = withoutSiteLines(items)
    // A heading that ends the body and labels a box whose content was all cut (a news page's
    // "Top stories" over headline cards): nothing of the article is under it.
    while case .heading(_, let node) = items.last, let box = node.parent, box.textLength > node.textLength,
      !items.dropLast().contains(where: { box.contains($0.node) })
    {
      items.removeLast()
    }
    return withoutCutBoxLabels(items)
  }

  /// The items without the headings, inside the body, of boxes whose long content was all cut
  /// ("More on climate" over a row of teaser cards between two parts of a long page): the heading's
  /// box holds `Thresholds.minimumCutBoxChars` more than it, and no item beside the heading lies
  /// in it (the items in a box come together, so its neighbours tell). A box cut for a byline or a
  /// date beside the heading is shorter.
  private func withoutCutBoxLabels(_ items: [Item]) -> [Item] {
    var kept: [Item] = []
    kept.reserveCapacity(items.count)
    let ownPath = ContentWalker.ownPath(of: page)
    for (index, item) in items.enumerated() {
      if case .heading(_, let node) = item, let box = node.parent,
        box.textLength >= node.textLength + Thresholds.minimumCutBoxChars,
        !(index > 0 && box.contains(items[index - 1].node)),
        !(index + 1 < items.count && box.contains(items[index + 1].node)),
        ContentWalker.holdsCards(box, besides: node)
      {
        continue
      }
      if case .heading(let heading, let node) = item,
        ContentWalker.labelsCutCards(
          node, level: heading.level, before: index + 1 < items.count ? items[index + 1] : nil)
          || ContentWalker.labelsCutGallery(
            node, level: heading.level, text: heading.text, before: index + 1 < items.count ? items[index + 1] : nil,
            ownPath: ownPath)
      {
        continue
      }
      kept.append(item)
    }
    return kept
  }

  /// Whether a heading alone in its own box labels the box of cards right after it, all of it cut
  /// (`<div class="TextMedia"><h2>Tips for every day:</h2></div><div class="Teasers">…cards…</div>`):
  /// the next kept item lies past that box and is a heading of the same or a higher rank, or there
  /// is none. A section heading whose own text follows a cut box is followed by that text.
  static func labelsCutCards(_ label: Node, level: Int, before next: Item?) -> Bool {
    if let next {
      guard case .heading(let following, _) = next, following.level <= level else { return false }
    }
    var box = label
    while let parent = box.parent, parent.textLength == label.textLength { box = parent }
    guard let cards = boxAfter(box), cards.textLength >= Thresholds.minimumCutBoxChars,
      holdsCards(cards, besides: label)
    else { return false }
    return next.map { !cards.contains($0.node) } ?? true
  }

  /// Whether a heading labels a teaser of a gallery on another page, right after it and all of it
  /// cut (`<h3>Bildergalerie: Model</h3><div itemtype="…/ImageGallery"><a href="/photo/…/"><img>…`): the
  /// heading names a gallery (`VocabularyOutline.galleryLabels`, alone or before ":" or a dash), the
  /// next element after its box holds `Thresholds.minimumGalleryPictures` pictures, the link wrapping
  /// its first picture goes to another page, and no kept item lies in it. A bare label ("Photos",
  /// "Galerie") must also head nothing: the next kept item is a heading of the same or a higher rank,
  /// or there is none (a section named "Gallery" about an art gallery, its text under the pictures, is a
  /// section). A heading that merely opens with such a word ("Photos of the old town") names no
  /// gallery. The article's own gallery keeps its heading: pictures unlinked or enlarged in place
  /// (`href="#"`, the picture's file), or linked to their attachment pages (`?attachment_id=`,
  /// `/attachment/`, a page under the article's own path).
  static func labelsCutGallery(_ label: Node, level: Int, text: String, before next: Item?, ownPath: String?) -> Bool {
    guard text.utf8.count <= Thresholds.maximumGalleryLabelBytes, let form = galleryLabelForm(text) else {
      return false
    }
    if form == .bare, let next {
      guard case .heading(let following, _) = next, following.level <= level else { return false }
    }
    var box = label
    while let parent = box.parent, parent.textLength == label.textLength { box = parent }
    // The next element, blank text, scripts and styles aside: loose text there is the heading's own.
    var sibling = box.nextSibling
    while let candidate = sibling,
      candidate.isElement ? candidate.tag == "script" || candidate.tag == "style" : candidate.textLength == 0
    {
      sibling = candidate.nextSibling
    }
    guard let gallery = sibling, gallery.isElement, picturesReach(Thresholds.minimumGalleryPictures, in: gallery),
      let link = firstPictureLink(in: gallery),
      let href = link.attribute("href").map({ Text.lowered(Text.clean($0)) }), !href.isEmpty, !href.hasPrefix("#"),
      !href.hasPrefix("javascript:")
    else { return false }
    // A link to the picture's own file ("/up/trays.jpg?w=1200") enlarges the article's picture; one
    // to its attachment page shows it on a page of the article's own.
    let path = href.prefix { $0 != "?" && $0 != "#" }
    guard !Patterns.pictureFileExtensions.contains(where: { path.hasSuffix($0) }),
      !Patterns.attachmentPageMarks.contains(where: { href.contains($0) })
    else { return false }
    if let ownPath, linkPath(href).hasPrefix(ownPath + "/") { return false }
    return next.map { !gallery.contains($0.node) } ?? true
  }

  /// The link wrapping a box's first picture (its `<a>` ancestor inside the box), nil when that
  /// picture is unlinked: a credit link in a caption is no link of the picture. The search stops
  /// after `Thresholds.maximumGalleryScanNodes` nodes.
  static func firstPictureLink(in box: Node) -> Node? {
    guard
      let picture = box.firstDescendant(
        where: { isPicture($0) },
        budget: Thresholds.maximumGalleryScanNodes)
    else { return nil }
    if box.tag == "a" { return box }
    var node = picture.parent
    while let current = node, current !== box, box.contains(current) {
      if current.tag == "a" { return current }
      node = current.parent
    }
    return nil
  }

  /// Whether a node is one picture: an `<img>`, or a lazy picture's placeholder (not a `<source>` of
  /// a `<picture>`, whose `<img>` counts) whose source waits in `data-src`/`data-srcset`.
  static func isPicture(_ element: Node) -> Bool {
    guard element.isElement else { return false }
    let tag = element.tag
    if tag == "img" { return true }
    guard tag != "source", tag != "picture" else { return false }
    return element.attribute("data-src") != nil || element.attribute("data-srcset") != nil
  }

  /// Whether a box holds `count` pictures (`isPicture`), looking at `Thresholds.maximumGalleryScanNodes`
  /// nodes at most.
  static func picturesReach(_ count: Int, in box: Node) -> Bool {
    var found = 0
    return box.firstDescendant(
      where: { element in
        if isPicture(element) { found += 1 }
        return found >= count
      }, budget: Thresholds.maximumGalleryScanNodes) != nil
  }

  /// The path of the page's own address (canonical, `og:url`, or where it was saved), lower-cased,
  /// without a trailing "/"; nil when it has no path beyond the site's root.
  static func ownPath(of page: Page) -> String? {
    guard let location = page.source.canonicalUrl ?? page.meta["og:url"] ?? page.source.url else { return nil }
    var path = linkPath(Text.lowered(location.trimmingASCIIWhitespace()))
    while path.hasSuffix("/") { path.removeLast() }
    return path.isEmpty ? nil : path
  }

  /// A lower-cased link's path: after the scheme and host of an absolute address, before "?" or "#".
  static func linkPath(_ href: String) -> String {
    var rest = Substring(href)
    if let scheme = rest.range(of: "://") {
      rest = rest[scheme.upperBound...]
      rest = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
    } else if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
      rest = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
    }
    return String(rest.prefix { $0 != "?" && $0 != "#" })
  }

  /// How a heading names a picture gallery: a label of `VocabularyOutline.galleryLabels` alone
  /// ("Photos"), or before ":", " -", " –" or " |" and a subject ("Bildergalerie: BMW 3er Touring"),
  /// the form of a teaser's title; nil when it names none.
  enum GalleryLabelForm { case bare, withSubject }

  static func galleryLabelForm(_ text: String) -> GalleryLabelForm? {
    let lowered = Text.straightApostrophes(Text.lowered(Text.clean(text)))
    var head = lowered
    for separator in [":", " -", " –", " |"] {
      if let range = lowered.range(of: separator) {
        let candidate = String(lowered[..<range.lowerBound])
        if candidate.count < head.count { head = candidate }
      }
    }
    let label = head.trimmingCharacters(in: .whitespaces)
    guard VocabularyOutline.galleryLabels.contains(label) else { return nil }
    if head.count == lowered.count { return .bare }
    // A separator with nothing after it ("Photos:") is the bare label.
    let rest = lowered.dropFirst(head.count).drop { !$0.isLetter && !$0.isNumber }
    return rest.isEmpty ? .bare : .withSubject
  }

  static func isGalleryLabel(_ text: String) -> Bool { galleryLabelForm(text) != nil }

  /// The first element with text after a node in document order, outside it; nil when loose
  /// text comes first.
  static func boxAfter(_ node: Node) -> Node? {
    var node = node
    while true {
      var sibling = node.nextSibling
      while let candidate = sibling {
        if candidate.textLength > 0 { return candidate.isElement ? candidate : nil }
        sibling = candidate.nextSibling
      }
      guard let parent = node.parent else { return nil }
      node = parent
    }
  }

  /// Whether what a label heading's box holds besides it reads as cards of other pages: headings
  /// of their own and links out. A section's gallery, video or table, cut for being media or
  /// layout and not for leading elsewhere, has neither, and its heading stays a section.
  static func holdsCards(_ box: Node, besides label: Node) -> Bool {
    box.linkTextLength > label.linkTextLength
      && box.firstDescendant(where: { headingTags.contains($0) && !label.contains($0) }) != nil
  }

  /// The items without the site's own lines: a recirculation block's label ("Neueste Artikel",
  /// "Zobacz również") after some of the article, with what follows it inside the label's box (its
  /// nearest ancestor holding more than the label) up to a heading ranked above it; and short
  /// promotional, paywall and credit lines.
  func withoutSiteLines(_ items: [Item]) -> [Item] {
    var kept: [Item] = []
    kept.reserveCapacity(items.count)
    // While set, items inside the box are dropped, up to a heading of a lower level number.
    var cut: (box: Node, level: Int)?
    var sawArticle = false
    let signUps = ContentWalker.signUpLines(items)
    for (index, item) in items.enumerated() {
      if let (box, level) = cut {
        var ends = !box.contains(item.node)
        if case .heading(let heading, _) = item, heading.level < level { ends = true }
        if !ends { continue }
        cut = nil
      }
      switch item {
      case .heading(let heading, let node):
        if sawArticle,
          ContentWalker.isRecirculationLabel(heading.text) || ContentWalker.isAuthorMoreLabel(heading.text)
        {
          cut = (labelBox(node), heading.level)
          continue
        }
        // A "discover more" heading cuts the box it opens. In flat markup, where its box holds the
        // body before it too or it stands alone in the body's root, it cuts only over the site's
        // cards or nothing more to read: paragraphs after it there are the body's.
        if sawArticle, ContentWalker.isDiscoverMoreLabel(heading.text) {
          let box = labelBox(node)
          // The label alone (set straight in the body's root): what follows it in that root.
          let scope = box === node ? node.parent ?? node : box
          let opensBox = box !== node && !(kept.last.map { box.contains($0.node) } ?? false)
          if opensBox || ContentWalker.labelsCards(node)
            || !Self.paragraphFollows(items, after: index, in: scope, level: heading.level)
          {
            cut = (box, heading.level)
            continue
          }
        }
        // A credit, tag or gallery line set as a heading ("<h6>Photo: …</h6>", "<h2>Category: …</h2>",
        // "<h3>Bildergalerie: …</h3>"), a teaser link's arrowed title, or a "read this too" insert set
        // as a heading ("<h6><b>Lesen Sie auch:</b> <a>Other story</a></h6>") is not a section.
        if ContentWalker.isPromotionalLine(heading.text, anyLength: true)
          || ContentWalker.isTeaserHeading(heading.text, node) || ContentWalker.isReadMoreInsert(heading.text, node)
        {
          continue
        }
        kept.append(item)
      case .block(let block, let node):
        if case .paragraph(let text) = block {
          if sawArticle, ContentWalker.isRecirculationLabel(text) {
            cut = (labelBox(node), ContentWalker.labelLevel)
            continue
          }
          if ContentWalker.isPromotionalLine(text) || ContentWalker.isReadingTimeLine(text)
            || ContentWalker.isReadMoreInsert(text, node) || signUps.contains(index)
            || ContentWalker.opensDisclosure(text) || ContentWalker.isReadOnButton(text)
          {
            continue
          }
        }
        sawArticle = true
        kept.append(item)
      }
    }
    // A dateline at either edge of the body: the post's date line above it, under the title heading
    // if the body holds it ("Veröffentlichung: 2. Februar 2022", "17.03.2021 09:26 Kategorie: News"),
    // or its filing line below it ("News date : 06/14/2021 Category : Press Releases"), when the
    // byline locator did not take it as a region.
    if kept.count > 2, case .block(.paragraph(let text), _) = kept[kept.count - 1], ContentWalker.isDateline(text) {
      kept.removeLast()
    }
    // The site speaking after the story's last paragraph: an appeal block, then closing lines.
    if kept.count > Thresholds.minimumStoryParagraphs {
      let site = SiteKeys(page: page, siteName: siteName)
      ContentWalker.dropSiteAppeal(&kept, site: site)
      ContentWalker.dropSiteClosingLines(&kept, site: site)
    }
    let opening = kept.firstIndex { if case .block = $0 { true } else { false } }
    if let opening, opening <= 1, kept.count > opening + 2, case .block(.paragraph(let text), _) = kept[opening],
      ContentWalker.isDateline(text)
    {
      kept.remove(at: opening)
    }
    // A page whose only text is such a line keeps it: an empty text says less than a short one.
    return sawArticle || !items.contains(where: { if case .block = $0 { true } else { false } }) ? kept : items
  }

  /// Drops an appeal under the story, opened by a short line set apart that names the site ("<p><b>Die
  /// GRÜNESÄULE bittet auch heute um Hilfe!</b></p>", a "Support …" heading), with its few
  /// paragraphs (why, how to give): the site's, to the end of the body. It must ask for something
  /// (support, a gift, a subscription) in its opening line or its paragraphs: a heading naming the
  /// site over more story ("How Stripe handles budgets") does not.
  private static func dropSiteAppeal(_ kept: inout [Item], site: SiteKeys) {
    var appeal: Int?
    var paragraphsAfter = 0
    for index in kept.indices.reversed() {
      if opensSiteAppeal(kept[index], site: site) { appeal = index }
      if kept[index].isParagraph {
        paragraphsAfter += 1
        if paragraphsAfter > Thresholds.maximumClosingAppealParagraphs { break }
      }
    }
    if let opening = appeal, kept[..<opening].lazy.filter(\.isParagraph).count > Thresholds.minimumStoryParagraphs,
      kept[opening...].contains(where: asksForSupport)
    {
      kept.removeSubrange(opening...)
    }
  }

  /// Drops the site speaking after the story's last paragraph, line by line from the end: a line
  /// that names the site or holds a copyright notice ("<p><em>The Herald will soon launch … Sign up
  /// here.</em></p>", "For the latest stories download the Harbour Times apps", "Copyright 2023 … All
  /// rights reserved."). A story's own closing line names other things. It stops at the first
  /// line that is the story's, and always leaves the story its minimum of paragraphs.
  private static func dropSiteClosingLines(_ kept: inout [Item], site: SiteKeys) {
    var isLast = true
    while case .block(.paragraph(let text), let node) = kept.last,
      kept.lazy.filter(\.isParagraph).count > Thresholds.minimumStoryParagraphs
    {
      let setApart = isEmphasisedLine(text, node)
      // The site's disclaimer or filing line is its note when set apart or a note's length.
      if setApart || TextMetrics.visibleLength(text) <= Thresholds.maximumClosingDisclaimerChars,
        holdsClosingDisclaimer(text)
      {
        kept.removeLast()
        isLast = false
        continue
      }
      guard mayBeClosingLine(text, setApart: setApart, isLast: isLast),
        isSiteClosingLine(text, node, setApart: setApart, isLast: isLast, site: site, story: kept.dropLast())
      else { break }
      kept.removeLast()
      isLast = false
    }
  }

  /// Whether a closing line says one of `VocabularyBoilerplate.closingDisclaimers` ("Namentlich
  /// gekennzeichnete Beiträge geben die Meinung des Autors wieder", "The views expressed in this
  /// column are those of the author"): every clause of one entry, each as whole words.
  static func holdsClosingDisclaimer(_ text: String) -> Bool {
    let words = Text.words(text)
    return VocabularyBoilerplate.closingDisclaimerWords.contains { clauses in
      clauses.allSatisfy { holdsPhrase(words, $0) }
    }
  }

  /// Whether `words` hold `phrase` as consecutive whole words.
  private static func holdsPhrase(_ words: [Substring], _ phrase: [Substring]) -> Bool {
    guard let first = phrase.first, phrase.count <= words.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == first {
      if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
    }
    return false
  }

  /// Whether a line may be a closing line of the site at all: one set apart (italics, bold), or
  /// the body's very last line when short. A plain line above the last is the story's, so lines set
  /// apart go on above it ("The Herald has reached out for comment." above the newsletter call is the story's).
  /// A quotation set in italics ("<p><em>“The Herald got it wrong,” she said.</em></p>") is the
  /// story's, whatever it names.
  private static func mayBeClosingLine(_ text: String, setApart: Bool, isLast: Bool) -> Bool {
    if setApart, let first = text.unicodeScalars.first, VocabularyBoilerplate.openingQuotes.contains(first) {
      return false
    }
    return setApart || (isLast && text.utf8.count <= Thresholds.maximumPromotionalLineBytes)
  }

  /// Whether a closing line is the site's own voice rather than the story's.
  private static func isSiteClosingLine(
    _ text: String, _ node: Node, setApart: Bool, isLast: Bool, site: SiteKeys, story: ArraySlice<Item>
  ) -> Bool {
    // A copyright notice is the site's wherever it stands and whatever it names.
    if holdsCopyrightNotice(text) { return true }
    // The body's last line sending the reader to a link with a call word ("Follow us: Twitter |
    // Facebook", "Únete a nuestro canal de Telegram", "Newsletter abonnieren") is the site's,
    // whatever it names (it may name the channel, not the site). A story's last line reports.
    if isLast, node.linkTextLength > 0, text.utf8.count <= Thresholds.maximumPromotionalLineBytes,
      opensSentenceWithCall(text)
    {
      return true
    }
    // Otherwise the line must name the site: a story's own closing line names other things.
    let named = site.named(in: text)
    if named.isEmpty { return false }
    // Set apart, a line naming the site is its note to the reader (a newsletter call in italics).
    if setApart { return true }
    // Plain, it is the site's only as a call to act (a link, its address, "download", "folgen"):
    // otherwise it reports ("The Herald has reached out for comment").
    if !callsToAct(text, node, site: site) { return false }
    // And only when the story itself never names the site: a town's site reporting on the town
    // ends its story with the town's name, link and all.
    return !storyNames(site: site, keys: named, in: story)
  }

  /// Whether any paragraph of the story names one of the site's keys a closing line named.
  private static func storyNames(site: SiteKeys, keys: [String], in story: ArraySlice<Item>) -> Bool {
    story.contains {
      guard case .block(.paragraph(let paragraph), _) = $0 else { return false }
      return !site.named(in: paragraph, among: keys).isEmpty
    }
  }

  /// The box a label heads: its nearest ancestor that holds more text than the label; the label
  /// alone when that is the body itself (a "Related" heading written among the story's paragraphs,
  /// its cards masked, the story going on after them).
  private func labelBox(_ label: Node) -> Node {
    var box = label
    while let parent = box.parent, parent.textLength <= label.textLength, !Evidence.structuralTags.contains(parent) {
      box = parent
    }
    guard let holder = box.parent, !content.roots.contains(where: { holder.contains($0) }) else { return label }
    return holder
  }

  /// Whether a paragraph follows an item inside a box before a heading ranked above `level`.
  private static func paragraphFollows(_ items: [Item], after index: Int, in box: Node, level: Int) -> Bool {
    for item in items[(index + 1)...] {
      guard box.contains(item.node) else { return false }
      switch item {
      case .heading(let heading, _) where heading.level < level: return false
      case .block(.paragraph, _): return true
      default: continue
      }
    }
    return false
  }

  /// Whether the box after a label's own box holds cards of other pages (`holdsCards`).
  static func labelsCards(_ label: Node) -> Bool {
    var own = label
    while let parent = own.parent, parent.textLength == label.textLength { own = parent }
    guard let next = boxAfter(own) else { return false }
    return holdsCards(next, besides: label)
  }

  /// A label line ranks below every heading: the cut under it ends at the next heading.
  private static let labelLevel = 7

  /// Whether a short line is one of the labels over recirculation blocks, in any case, with a colon
  /// or an ellipsis after it. Tested on every paragraph: its length and first byte turn most away.
  static func isRecirculationLabel(_ text: String) -> Bool {
    guard text.utf8.count <= Thresholds.maximumRecirculationLabelBytes,
      VocabularyBoilerplate.labelOpenings.admits(text)
    else { return false }
    var label = Text.straightApostrophes(Text.lowered(Text.clean(text)))
    while let last = label.last, labelTrailers.contains(last) { label.removeLast() }
    if VocabularyBoilerplate.recirculationLabels.contains(label) { return true }
    // "Mehr zum Thema auf BEISPIEL.de": the label, then a word for "on" and the site's address. Most
    // lines hold no dot and are turned away by one byte scan.
    guard label.utf8.contains(UInt8(ascii: ".")), let addressSpace = label.lastIndex(of: " "),
      label[addressSpace...].contains("."), let wordSpace = label[..<addressSpace].lastIndex(of: " "),
      VocabularyBoilerplate.siteTailWords.contains(String(label[label.index(after: wordSpace)..<addressSpace]))
    else { return false }
    return VocabularyBoilerplate.recirculationLabels.contains(String(label[..<wordSpace]))
  }

  /// Whether a heading labels the author's other posts: one of
  /// `VocabularyBoilerplate.authorMoreOpenings`, then a name of at most
  /// `Thresholds.maximumAuthorMoreNameWords` capitalised words, the site's address after "on" aside ("mehr
  /// von Max Muster auf example.de"). A topic after the opening ("More from the archive") is no name.
  static func isAuthorMoreLabel(_ text: String) -> Bool {
    guard text.utf8.count <= Thresholds.maximumRecirculationLabelBytes else { return false }
    let clean = Text.straightApostrophes(Text.clean(text))
    let lowered = Text.lowered(clean)
    guard let opening = authorMoreOpenings.first(where: { Text.hasPrefix(lowered, $0.spaced) })?.opening else {
      return false
    }
    var words = clean.dropFirst(opening.count).split(separator: " ")
    if words.count >= 2, words.last!.contains("."),
      VocabularyBoilerplate.siteTailWords.contains(Text.lowered(words[words.count - 2]))
    {
      words.removeLast(2)
    }
    return !words.isEmpty && words.count <= Thresholds.maximumAuthorMoreNameWords
      && words.allSatisfy { $0.first?.isUppercase ?? false }
  }

  /// Whether a heading invites to more of the site's posts: one of
  /// `VocabularyBoilerplate.discoverMoreOpenings`, alone or before a topic of at most
  /// `Thresholds.maximumDiscoverTopicWords` words ("Entdecke weitere Balkonideen").
  static func isDiscoverMoreLabel(_ text: String) -> Bool {
    guard text.utf8.count <= Thresholds.maximumRecirculationLabelBytes,
      discoverMoreOpenings.admits(text)
    else { return false }
    let lowered = Text.straightApostrophes(Text.lowered(Text.clean(text)))
    guard let opening = VocabularyBoilerplate.discoverMoreOpenings.first(where: { Text.hasPrefix(lowered, $0) }) else {
      return false
    }
    var rest = lowered.dropFirst(opening.count)
    while let last = rest.last, labelTrailers.contains(last) { rest.removeLast() }
    if rest.isEmpty { return true }
    guard rest.first == " " else { return false }
    return rest.split(separator: " ").count <= Thresholds.maximumDiscoverTopicWords
  }

  /// The first bytes of `VocabularyBoilerplate.discoverMoreOpenings`: most headings open otherwise.
  private static let discoverMoreOpenings = VocabularyBoilerplate.FirstBytes(VocabularyBoilerplate.discoverMoreOpenings)

  /// `VocabularyBoilerplate.authorMoreOpenings`, each with the space a name follows it by, made once:
  /// joined per test, the spaced openings cost more than the test.
  private static let authorMoreOpenings = VocabularyBoilerplate.authorMoreOpenings.map {
    (opening: $0, spaced: $0 + " ")
  }

  /// Whether a paragraph is a "read this too" insert between the article's paragraphs: a label
  /// ("Weiterlesen:", "Siehe auch", "Read more:") on its first line or before a colon, and nothing
  /// after it but links to other posts (`<p>Weiterlesen: <a>Other post</a></p>`,
  /// `<p>Siehe auch<br><a>…</a><br><a>…</a></p>`). A label followed by words of its own is prose.
  static func isReadMoreInsert(_ text: String, _ node: Node) -> Bool {
    guard node.linkTextLength > 0, VocabularyBoilerplate.insertLabelOpenings.admits(text) else { return false }
    let head = text.utf8.prefix(Thresholds.maximumRecirculationLabelBytes)
    guard let end = head.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "\n") }) else {
      return false
    }
    var label = Text.straightApostrophes(Text.lowered(Text.clean(String(text[..<end]))))
    while let last = label.last, labelTrailers.contains(last) { label.removeLast() }
    guard VocabularyBoilerplate.insertLabels.contains(label) else { return false }
    // The words outside links are the label's, give or take its colon and the space or break
    // before each link.
    let links = node.elements(["a"]).count
    return node.textLength - node.linkTextLength <= label.count + Thresholds.insertLabelSlack + links
  }

  /// Whether a paragraph is a date line: a date, with at most a few words beside it (a label, a
  /// time, a name, a section), and no sentence (it does not end as one).
  static func isDateline(_ text: String) -> Bool {
    guard text.utf8.count <= Thresholds.maximumDatelineBytes, let last = text.unicodeScalars.last,
      !datelineSentenceEnds.contains(last),
      Text.words(text, limit: Thresholds.maximumDatelineWords + 1).count <= Thresholds.maximumDatelineWords
    else { return false }
    return Dates.find(in: text) != nil
  }

  /// Whether a paragraph is its element's whole text and set in emphasis: `<em>`, `<i>`,
  /// `<strong>` or `<b>` hold nearly all of it (`Thresholds.closingEmphasisShare`; the rest a
  /// link or a full stop outside them, "<em>… Sign up</em> <a>here</a>.").
  static func isEmphasisedLine(_ text: String, _ node: Node) -> Bool {
    // Its text nodes' visible lengths add up to no more than the line's own (the spaces between
    // them are the line's): a run of text inside a larger container holds less than the container.
    guard node.textLength > 0, node.textLength <= TextMetrics.visibleLength(text) else { return false }
    return Double(emphasisedLength(node)) >= Double(node.textLength) * Thresholds.closingEmphasisShare
  }

  /// Visible characters below `node` inside emphasis elements (outermost ones counted once).
  private static func emphasisedLength(_ node: Node) -> Int {
    var length = 0
    for child in node.children where child.isElement && child.textLength > 0 {
      length += emphasisTags.contains(child) ? child.textLength : emphasisedLength(child)
    }
    return length
  }

  /// Inline elements that set a line apart from the running text.
  private static let emphasisTags: TagSet = ["em", "i", "strong", "b"]

  /// Whether a closing line calls the reader to act: it holds a link, writes a site key as an
  /// address ("springfieldherald.com", "Funkturm.info"), or says a call word ("download",
  /// "abonnieren", "suivez", "síguenos").
  static func callsToAct(_ text: String, _ node: Node, site: SiteKeys) -> Bool {
    if node.linkTextLength > 0 { return true }
    let lowered = Text.lowered(text)
    if let address = site.address, lowered.contains(address) { return true }
    for key in site.keys {
      if let range = lowered.range(of: key + "."), lowered[range.upperBound...].first?.isLetter == true { return true }
    }
    return saysCallWord(lowered, among: VocabularyBoilerplate.callWords)
  }

  /// Whether a sentence of the line opens with a follow call addressed to the site, as an
  /// imperative does ("Follow us on …", "¿…? Síguenos en …", "…!\nFolge uns auf …", "Join our
  /// …"): inside a sentence ("The council will follow the ruling") or without the site as its
  /// addressee ("Follow the hearing live on …") the verb reports.
  private static func opensSentenceWithCall(_ text: String) -> Bool {
    let reach = VocabularyBoilerplate.followAddresseeReach
    return Text.lowered(text).split(whereSeparator: { callSentenceBreaks.contains($0) }).contains { sentence in
      let words = Text.words(String(sentence), limit: reach + 1)
      guard let first = words.first else { return false }
      if VocabularyBoilerplate.addressedFollowCalls.contains(String(first)) { return true }
      return VocabularyBoilerplate.followCalls.contains(String(first))
        && words.dropFirst().contains { VocabularyBoilerplate.followAddressees.contains(String($0)) }
    }
  }

  /// What ends a sentence or a line's part before a call opens the next ("Follow X: Twitter").
  private static let callSentenceBreaks: Set<Character> = [".", "!", "?", "¿", "¡", "…", ":", "|", "\n"]

  /// Whether a line says one of `words` or of `VocabularyBoilerplate.callPhrases`.
  private static func saysCallWord(_ text: String, among words: Set<String>) -> Bool {
    let lowered = Text.lowered(text)
    if VocabularyBoilerplate.callPhrases.contains(where: { lowered.contains($0) }) { return true }
    return Text.words(lowered).contains { words.contains(String($0)) }
  }

  /// Whether a heading or paragraph says an appeal word ("support", "Hilfe", "spenden",
  /// "soutenez", "apoya", "become a member").
  static func asksForSupport(_ item: Item) -> Bool {
    let text: String
    switch item {
    case .heading(let heading, _): text = heading.text
    case .block(.paragraph(let line), _): text = line
    default: return false
    }
    let lowered = Text.lowered(text)
    if VocabularyBoilerplate.appealPhrases.contains(where: { lowered.contains($0) }) { return true }
    return Text.words(lowered).contains { VocabularyBoilerplate.appealWords.contains(String($0)) }
  }

  /// Whether an item is a short heading, or a short line set in emphasis, that names the site.
  static func opensSiteAppeal(_ item: Item, site: SiteKeys) -> Bool {
    let text: String
    switch item {
    case .heading(let heading, _): text = heading.text
    case .block(.paragraph(let line), let node) where isEmphasisedLine(line, node): text = line
    default: return false
    }
    return text.utf8.count <= Thresholds.maximumRecirculationLabelBytes && !site.named(in: text).isEmpty
  }

  /// Whether a line holds a copyright notice: a "©", "Copyright" or "(c)" before a year ("Copyright
  /// 2023 …"), or "All rights reserved"; "copyright" alone is a word of the story.
  /// A "©" counts as a word of its own, not glued to one ("manifesto™©").
  static func holdsCopyrightNotice(_ text: String) -> Bool {
    // Most closing lines hold no piece of a notice: turned away over their bytes, before a
    // lower-cased copy of a long paragraph and Foundation's searches of it (`mayHoldCopyrightNotice`).
    if text.utf8.withContiguousStorageIfAvailable({ mayHoldCopyrightNotice($0) }) == false { return false }
    let lowered = Text.lowered(text)
    // "©" is C2 A9: a line without those bytes holds none, and is not walked by Character.
    if ByteSearch.contains(lowered, bytes: copyrightSign), let mark = lowered.firstIndex(of: "©"),
      mark == lowered.startIndex || lowered[lowered.index(before: mark)].isWhitespace
    {
      return true
    }
    if VocabularyBoilerplate.copyrightNotices.contains(where: { lowered.contains($0) }) { return true }
    for mark in VocabularyBoilerplate.copyrightMarks {
      var from = lowered.startIndex
      while let range = lowered.range(of: mark, range: from..<lowered.endIndex) {
        if startsWithYear(lowered[range.upperBound...].drop { $0.isWhitespace || $0 == "©" }) { return true }
        from = range.upperBound
      }
    }
    return false
  }

  static let copyrightSign: [UInt8] = [0xC2, 0xA9]

  /// Whether text opens with a year of four digits ("2023 Garden Media", "1951 by …").
  private static func startsWithYear(_ text: Substring) -> Bool {
    let year = text.prefix { $0.isASCII && $0.isNumber }
    return year.count == 4
  }

  /// The words a page's site goes by: its host's label ("harbourtimes" of harbourtimes.com) and its
  /// name's first part ("CNN", "Funkturm.info"), letters and digits only, lower-cased.
  struct SiteKeys {
    let keys: [String]
    /// The host's label and ending as a line writes them ("die-dorfpost.de"), lower-cased.
    let address: String?
    private let hostKey: String?

    init(page: Page, siteName: String?) {
      var keys: [String] = []
      let label = TitleExtractor.hostLabel(page)
      if let host = label { keys.append(host.filter { $0.isLetterOrNumber }) }
      hostKey = keys.first
      let location = page.source.canonicalUrl ?? page.meta["og:url"] ?? page.source.url
      let host = location.flatMap { URL(string: $0.trimmingASCIIWhitespace())?.host?.lowercased() }
      if let label, let host, let start = host.range(of: label + ".") {
        address = String(host[start.lowerBound...])
      } else {
        address = nil
      }
      let labels = siteName.map { $0.contains(" ") ? [] : Text.lowered($0).split(separator: ".") } ?? []
      if labels.count >= 2 {
        // A site named by its address ("www.gruenesaeule.de"): the label before its ending. A name
        // with a dot but no ending ("Inc.") is a name.
        keys.append(String(labels[labels.count - 2]).filter { $0.isLetterOrNumber })
      } else if let name = siteName {
        var first = name
        for separator in TitleExtractor.separators {
          if let range = first.range(of: separator) { first = String(first[..<range.lowerBound]) }
        }
        keys.append(Text.lowered(first).filter { $0.isLetterOrNumber })
      }
      self.keys = keys.filter { $0.count >= Thresholds.minimumSiteKeyChars }
    }

    /// The keys a line names: a word of it, or two words in a row ("The Harbour Times",
    /// "@HarbourTimes", "Funkturm.info"), is one of them.
    func named(in text: String, among candidates: [String]? = nil) -> [String] {
      let keys = candidates ?? self.keys
      guard !keys.isEmpty else { return [] }
      var found: [String] = []
      // The site's address, written in lower case as addresses are ("auf die-dorfpost.de").
      if let address, let hostKey, keys.contains(hostKey), Text.lowered(text).contains(address) {
        found.append(hostKey)
      }
      // Most lines (whole paragraphs) name no key: their words are not split and lower-cased.
      guard SiteKeys.mayNameWords(text, keys) else { return found }
      var previous: Substring = ""
      for written in text.split(whereSeparator: { !$0.isLetterOrNumber }) {
        // A site's name is a proper noun: written capitalised ("Time", not "only time will tell").
        let capitalised = written.first?.isUppercase ?? false
        let word = Substring(Text.lowered(written))
        // A German host spells its umlauts out ("GRÜNESÄULE" of gruenesaeule.de).
        let spelled = word.utf8.allSatisfy { $0 < 0x80 } ? word : Substring(SiteKeys.spelledOut(word))
        for key in keys
        where !found.contains(key)
          && ((capitalised && (key == word || key == spelled))
            || (!previous.isEmpty && key == previous + spelled))
        {
          found.append(key)
        }
        previous = capitalised ? spelled : ""
      }
      return found
    }

    /// Whether `named`'s words may equal one of `keys`, false only when they cannot: in an ASCII
    /// text a word is a run of ASCII letters and digits, lower-cased and spelled as it is, so a
    /// key it names (one word, or two in a row) is an ASCII run of the text's letters and digits
    /// with all else taken out, lower-cased. Non-ASCII text or keys are left to the words.
    static func mayNameWords(_ text: String, _ keys: [String]) -> Bool {
      var text = text
      return text.withUTF8 { bytes in
        var letters: [UInt8] = []
        letters.reserveCapacity(bytes.count)
        for byte in bytes {
          if byte >= 0x80 { return true }
          let lower = byte | 0x20
          if (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
            letters.append(byte >= 0x41 && byte <= 0x5A ? lower : byte)
          }
        }
        for key in keys {
          let key = Array(key.utf8)
          guard let first = key.first, key.allSatisfy({ $0 < 0x80 }) else { return true }
          guard key.count <= letters.count else { continue }
          for start in 0...(letters.count - key.count) where letters[start] == first {
            if letters[start..<start + key.count].elementsEqual(key) { return true }
          }
        }
        return false
      }
    }

    /// A word with its umlauts and sharp s written out in ASCII, as German host names write them.
    static func spelledOut(_ word: Substring) -> String {
      var spelled = ""
      for character in word { spelled += VocabularyBoilerplate.spelledOutLetters[character] ?? String(character) }
      return spelled
    }
  }

  /// What ends a sentence, which a date line is not.
  private static let datelineSentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…"]

  /// What may follow a label: a colon, an ellipsis, an arrow (Foundation's trimming was the cost here).
  private static let labelTrailers: Set<Character> = [" ", ":", ".", "…", "»", ">", "›"]

  /// Bytes a whole line may run past the longest of them: the spaces, colon or arrows after it
  /// ("Zum Seitenanfang »", "mehr >").
  private static let wholeLineSlack = 6

  /// The first bytes of `VocabularyBoilerplate.promotionalLines`. A line's opening read to at most
  /// `longest + 1` characters, cleaned, is a start of its whole text's cleaned opening, which
  /// `PhraseOpenings` reads: a line it turns away opens with no phrase. Not used (nil) if a phrase
  /// holds a "’", which it reads as "'" where a line whose "’" is left unstraightened keeps it.
  private static let promotionalOpenings: PhraseOpenings? =
    VocabularyBoilerplate.promotionalLines.all.contains { $0.contains("\u{2019}") }
    ? nil : PhraseOpenings(phrases: VocabularyBoilerplate.promotionalLines.all)

  /// Whether a paragraph is a short line of the site's own (`VocabularyBoilerplate.promotionalLines`,
  /// or one of `VocabularyBoilerplate.wholeLines` on its own).
  /// Only its opening is lower-cased, after its length and first byte have let it through.
  /// A heading is tested at `anyLength`: a credit set as one (`<h6>Bildnachweis: …</h6>`) runs long.
  static func isPromotionalLine(_ text: String, anyLength: Bool = false) -> Bool {
    let phrases = VocabularyBoilerplate.promotionalLines
    guard anyLength || text.utf8.count <= Thresholds.maximumPromotionalLineBytes,
      VocabularyBoilerplate.lineOpenings.admits(text)
    else { return false }
    if text.utf8.count <= VocabularyBoilerplate.longestWholeLine + wholeLineSlack,
      VocabularyBoilerplate.wholeLineOpenings.admits(text)
    {
      var line = Text.lowered(Text.clean(text))
      while let last = line.last, labelTrailers.contains(last) { line.removeLast() }
      if VocabularyBoilerplate.wholeLines.contains(line) { return true }
    }
    // Most lines open with no phrase, which their first bytes tell without a lower-cased String.
    if let filter = promotionalOpenings, !filter.mayOpen(text) { return false }
    let opening = Text.straightApostrophes(Text.lowered(Text.clean(String(text.prefix(phrases.longest + 1)))))
    guard let first = opening.first else { return false }
    return VocabularyBoilerplate.linesByFirstCharacter[first]?.contains { Text.hasPrefix(opening, $0) } ?? false
  }

  /// Whether a paragraph opens with an affiliate or advertiser disclosure
  /// (`VocabularyBoilerplate.disclosures`) and is a disclosure's length: a longer one goes on
  /// into the story. Only its opening is lower-cased.
  static func opensDisclosure(_ text: String) -> Bool {
    guard VocabularyBoilerplate.disclosureOpenings.admits(text),
      text.utf8.count <= Thresholds.maximumDisclosureBytes
    else { return false }
    let opening = Text.straightApostrophes(
      Text.lowered(Text.clean(String(text.prefix(VocabularyBoilerplate.longestDisclosure + 1)))))
    return VocabularyBoilerplate.disclosures.contains { Text.hasPrefix(opening, $0) }
  }

  /// Whether a paragraph is a teaser's link to the rest of a post on its own
  /// (`VocabularyBoilerplate.readOnButtons`: "Mehr lesen …", "READ FULL ARTICLE"), a trailing
  /// colon, arrow or ellipsis aside.
  static func isReadOnButton(_ text: String) -> Bool {
    guard text.utf8.count <= VocabularyBoilerplate.longestReadOn + wholeLineSlack,
      VocabularyBoilerplate.readOnOpenings.admits(text)
    else { return false }
    var line = Text.straightApostrophes(Text.lowered(Text.clean(text)))
    while let last = line.last, labelTrailers.contains(last) { line.removeLast() }
    return VocabularyBoilerplate.readOnButtons.contains(line)
  }

  /// Whether a paragraph is a reading time on its own line ("4 min read", "Lesezeit: 4 Minuten"):
  /// a few words, with a digit, holding one of `VocabularyBoilerplate.readingTimes`. The digit is looked
  /// for first, on the bytes: nearly every paragraph fails the length or that test.
  static func isReadingTimeLine(_ text: String) -> Bool {
    guard text.utf8.count <= BodyLines.maximumReadingTimeLineBytes,
      text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
      text.split(whereSeparator: \.isWhitespace).count <= BodyLines.maximumReadingTimeLineWords
    else { return false }
    let line = Text.lowered(text)
    return VocabularyBoilerplate.readingTimes.contains { line.contains($0) }
  }

  private func walk(_ node: Node, into items: inout [Item], depth: Int) {
    var run = ""
    var pieces: [Runs.Piece] = []
    var runNode: Node = node
    // A `<br>` with only whitespace since the previous one: two in a row end a paragraph.
    var afterBreak = false
    func flush() {
      if let text = Text.nonEmptyLines(run) {
        items.append(.block(.paragraph(text), runNode))
        runs.record(pieces, container: runNode)
      }
      pieces.removeAll()
      run = ""
      afterBreak = false
    }
    // Inline content, `<br>`s inside `<font>` or `<span>` included: old pages wrap a whole
    // `<br><br>`-separated body in one `<font>`.
    func inline(_ child: Node) {
      if child.kind == .text {
        if run.isEmpty { runNode = node }
        run += child.text
        pieces.append(.node(child))
        if afterBreak && !Text.clean(child.text).isEmpty { afterBreak = false }
      } else if content.isMasked(child) || ContentWalker.annotationTags.contains(child) {
        return
      } else if child.tag == "br" {
        if afterBreak {
          flush()
        } else {
          run += Text.lineBreak
          pieces.append(.lineBreak)
        }
        afterBreak = true
      } else if child.firstDescendant(where: { $0.tag == "br" }) != nil {
        for grandchild in child.children { inline(grandchild) }
      } else {
        let text = inlineText(child)
        run += text
        pieces.append(.node(child))
        if afterBreak && !Text.clean(text).isEmpty { afterBreak = false }
      }
    }
    for child in node.children {
      if child.kind == .text || child.tag == "br"
        || (ContentWalker.inlineTags.contains(child) && !content.isMasked(child) && !containsBlock(child))
      {
        inline(child)
        continue
      }
      if content.isMasked(child) { continue }
      flush()
      emitBlock(child, into: &items, depth: depth)
    }
    flush()
  }

  /// Whether a heading's text is a paragraph: `Thresholds.minimumParagraphHeadingWords` words or
  /// more, ending a sentence.
  static func isParagraphHeading(_ text: String) -> Bool {
    // A cheap bar first: a word and its space are two bytes at least.
    guard text.utf8.count >= Thresholds.minimumParagraphHeadingWords * 2 else { return false }
    var end = text.unicodeScalars.reversed().drop { $0.properties.isWhitespace || sentenceQuotes.contains($0) }
      .makeIterator()
    guard let last = end.next(), sentenceEnds.contains(last) else { return false }
    return Text.words(text, limit: Thresholds.minimumParagraphHeadingWords).count
      >= Thresholds.minimumParagraphHeadingWords
  }

  /// Whether a heading's text is a sentence long enough to be a dek: `Thresholds.minimumDekWords`
  /// words or more, ending with "." or "…". Section headings do not end with a full stop.
  static func isDekHeading(_ text: String) -> Bool {
    guard text.utf8.count >= Thresholds.minimumDekWords * 2 else { return false }
    var end = text.unicodeScalars.reversed().drop { $0.properties.isWhitespace || sentenceQuotes.contains($0) }
      .makeIterator()
    guard let last = end.next(), sentenceEnds.contains(last) else { return false }
    return Text.words(text, limit: Thresholds.minimumDekWords).count >= Thresholds.minimumDekWords
  }

  /// What ends a sentence in a lead paragraph: not "?" (a long interview question is a heading).
  private static let sentenceEnds: Set<Unicode.Scalar> = [".", "…"]
  /// Quotes a sentence may close with after its full stop.
  private static let sentenceQuotes: Set<Unicode.Scalar> = ["'", "\"", "“", "”", "«", "»", "’"]

  /// Whether a heading ends with a credit in parentheses ("(Foto: …)", "(Photo: …)"): a caption.
  static func endsWithCredit(_ text: String) -> Bool {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
    let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
    return isPromotionalLine(String(inside)) && inside.contains(":")
  }

  /// Whether a heading is a teaser for another post: all of it a link, its text ending in the
  /// arrows that say "go there" ("ÁFONYÁS AMERIKAI PALACSINTA >>>").
  static func isTeaserHeading(_ text: String, _ node: Node) -> Bool {
    guard text.hasSuffix(Patterns.teaserArrow) else { return false }
    return node.firstDescendant(where: { $0.tag == "a" }).map {
      Double($0.textLength) >= Double(node.textLength) * Thresholds.minimumTeaserHeadingLinkShare
    } ?? false
  }

  /// A heading's text without the permalink its theme prints after it (Sphinx's `<a
  /// class="headerlink" href="#…">¶</a>`, a Markdown theme's `<a href="#…">#</a>`): that mark, a
  /// link into the page, is no word of the heading. A mark of the heading's own text ("C#") is kept.
  static func withoutPermalink(_ text: String, _ node: Node) -> String {
    guard let mark = text.last, Patterns.permalinkMarks.contains(mark) else { return text }
    let markText = String(mark)
    let anchor = node.firstDescendant { element in
      element.tag == "a" && element.textLength <= markText.utf8.count + Thresholds.permalinkSpaceSlack
        && element.attribute("href").map { $0.hasPrefix("#") } == true
        && Text.clean(Page.rawText(element)) == markText
    }
    guard anchor != nil else { return text }
    var kept = text.dropLast()
    while let last = kept.last, last.isWhitespace { kept.removeLast() }
    return kept.isEmpty ? text : String(kept)
  }

  /// Meta tags whose text, shown as a heading under the title, makes that heading the dek.
  static let descriptionKeys = ["og:description", "description", "twitter:description"]

  /// Whether a heading repeats the page's description: a classless dek (`<h1>Title</h1>
  /// <h2>Summary…</h2>` with the same summary in `<meta name="description">`).
  private func isDescription(_ text: String) -> Bool {
    let wanted = Text.lowered(Text.clean(text))
    return ContentWalker.descriptionKeys.contains { key in
      page.meta[key].map { Text.lowered(Text.clean(Text.decodeEntities($0))) == wanted } ?? false
    }
  }

  private func emitBlock(_ node: Node, into items: inout [Item], depth: Int) {
    guard depth < HTMLDocument.maximumDepth else { return }
    switch node.tag {
    case "h1", "h2", "h3", "h4", "h5", "h6":
      if let text = Text.nonEmpty(inlineText(node)).map({ ContentWalker.withoutPermalink($0, node) }) {
        let level = Int(String(node.tag.last!))!
        // A dek right under the title (Medium's `h2.pw-subtitle-paragraph`) is a line of text; so
        // is a lead heading the locator put in front of the body (`h2.article-lead`).
        if case .heading(let previous, _) = items.last, previous.level < level,
          node.hasClassToken(in: ContentWalker.dekTokens) || isDescription(text)
        {
          items.append(.block(.paragraph(text), node))
          return
        }
        if content.roots.count > 1, content.roots[0] === node, content.lead === node {
          items.append(.block(.paragraph(text), node))
          return
        }
        // A lead paragraph set in a heading tag is text, not a section.
        if ContentWalker.isParagraphHeading(text) {
          items.append(.block(.paragraph(text), node))
          return
        }
        // A sentence in a heading tag before the article's first paragraph (a picture's caption
        // aside), classed as a lead
        // (`h2.article-header-leadText`, `h3.single-excerpt-page`, `h2.sub-headline`), is the dek: a
        // line of text, not a section. (A classless one stays a heading: Readability keeps it so.)
        if ContentWalker.isDekHeading(text),
          node.hasClassToken(in: ContentWalker.dekTokens) || node.hasClassToken(in: ClassTokens.leadHeading),
          !items.contains(where: { $0.isParagraph && !ContentWalker.isCaption($0.node) })
        {
          items.append(.block(.paragraph(text), node))
          return
        }
        // A picture's caption set in a heading tag, its credit in parentheses at its end ("… (Foto:
        // Talvini / Adobe Stock)"): left out like other captions.
        if ContentWalker.endsWithCredit(text) { return }
        // A heading classed as a box's title (`h2.pane-title` over a panel's fact box or teaser,
        // `h3.product-box__title`, `h2.m-box-cta__headline`) titles that box, not a section of the
        // text: a line of the box.
        if node.hasClassToken(in: ClassTokens.boxHeading) && node.hasClassToken(in: ClassTokens.boxHeadingTitle) {
          items.append(.block(.paragraph(text), node))
          return
        }
        // A heading classed as a caption (`<figure><h2 class="figure__caption">`, a teaser module's
        // `h2.module-caption`) is a caption: sections keep it, the text and the outline do not.
        if node.hasClassCue(.caption) {
          items.append(.block(.paragraph(text), node))
          return
        }
        items.append(.heading(Heading(level: level, text: text, id: node.attribute("id").flatMap(Text.nonEmpty)), node))
      }
    case "p" where node.children.contains(where: ContentWalker.figureTags.contains):
      // libxml2 leaves a `<figure>` inside an open `<p>` (HTML closes the paragraph before it):
      // the figure is a block of its own, its caption not part of the paragraph's text.
      walk(node, into: &items, depth: depth + 1)
    case "p":
      if let text = Text.nonEmptyLines(inlineText(node)) {
        items.append(.block(.paragraph(text), node))
      } else if let image = node.firstDescendant(where: { $0.tag == "img" }).flatMap({ Images.image($0, page: page) }) {
        items.append(.block(.image(image), node))
      }
    case "dl" where !node.elementChildren.contains(where: { $0.tag == "dt" || $0.tag == "div" }):
      // `<dl>` of `<dd>`s alone is indentation (Wikipedia's displayed formulas and proofs), not a list.
      walk(node, into: &items, depth: depth + 1)
    case "ul", "ol", "dl":
      if let list = ListsExtractor.parse(node, page: page, content: content) {
        items.append(.block(.list(list), node))
      }
    case "blockquote":
      if containsBlock(node) {
        var inner: [Item] = []
        walk(node, into: &inner, depth: depth + 1)
        // The quote's paragraphs on one line, each keeping its own `<br>` breaks. A heading inside
        // stays a heading: a callout box set in a quote (`<blockquote><h2>Das Allgäuer Freeride
        // Revier</h2><p>…`) is titled like a section of the article, as Readability keeps it.
        var parts: [String] = []
        func flushQuote() {
          if let text = Text.nonEmptyLines(parts.joined(separator: " ")) { items.append(.block(.quote(text), node)) }
          parts.removeAll()
        }
        for item in inner {
          switch item {
          case .block(.paragraph(let text), _), .block(.quote(let text), _):
            // Most texts hold no line break: returned as they are, without Foundation's search.
            parts.append(
              ByteSearch.contains(text, byte: 0x0A) ? text.replacingOccurrences(of: "\n", with: Text.lineBreak) : text)
          case .block(let block, _):
            if let text = Assemble.plainText(block) { parts.append(text) }
          case .heading:
            flushQuote()
            items.append(item)
          }
        }
        flushQuote()
      } else if let text = Text.nonEmptyLines(inlineText(node)) {
        items.append(.block(.quote(text), node))
      }
    case "pre":
      let text = Text.code(preText(node))
      if !text.isEmpty { items.append(.block(.code(text), node)) }
    case "table":
      if let rows = dataTableRows(node) {
        items.append(.block(.table(rows), node))
      } else {
        // A layout table's cells are page regions: a cell of links beside the text is its menu.
        for cell in node.descendants(where: { $0.tag == "td" || $0.tag == "th" })
        where !cell.ancestors.contains(where: { $0 !== node && $0.tag == "table" && node.contains($0) })
          && !isMenuCell(cell)
        {
          walk(cell, into: &items, depth: depth + 1)
        }
      }
    case "img":
      if let image = Images.image(node, page: page) { items.append(.block(.image(image), node)) }
    case "picture":
      if let img = node.firstDescendant(where: { $0.tag == "img" }), let image = Images.image(img, page: page) {
        items.append(.block(.image(image), node))
      }
    case "figure":
      // Gutenberg wraps tables, pullquotes and embeds in <figure>: each child is a block of its own.
      var shown = Set<String>()
      if let img = node.firstDescendant(where: { $0.tag == "img" }), !content.isMasked(img),
        let image = Images.image(img, page: page)
      {
        items.append(.block(.image(image), node))
        shown.insert(image.src)
      }
      for child in node.children
      where child.isElement && child.tag != "img" && child.tag != "picture" && !content.isMasked(child) {
        if child.tag == "figcaption" {
          if let text = Text.nonEmpty(captionText(child)) { items.append(.block(.paragraph(text), child)) }
        } else if child.tag != "a" || child.textLength > 0 {
          var inner: [Item] = []
          emitBlock(child, into: &inner, depth: depth + 1)
          for item in inner {
            // The image already shown, again inside the figure's wrapper divs.
            if case .block(.image(let image), _) = item, !shown.insert(image.src).inserted { continue }
            items.append(item)
          }
        }
      }
    case "hr", "video", "iframe", "br":
      return
    default:
      walk(node, into: &items, depth: depth + 1)
    }
  }

  /// True when an inline element wraps block content (`<a><div>…</div></a>`, `<span><p>`).
  private func containsBlock(_ node: Node) -> Bool {
    node.firstDescendant(where: { $0.isElement && ContentWalker.blockTags.contains($0) && $0.tag != "img" }) != nil
  }

  /// A layout cell that is a menu: mostly the text of several links (`Home<br>Archive<br>Contact`).
  private func isMenuCell(_ cell: Node) -> Bool {
    guard cell.linkDensity >= Thresholds.minimumMenuLinkShare, cell.textLength < Thresholds.navigationMaximumChars
    else { return false }
    return cell.descendants(where: { $0.tag == "a" }).count >= Thresholds.minimumMenuLinks
  }

  /// A figure caption: its parts (caption text, credit) are often adjacent elements with no space
  /// between them ("…above the elbow.</span><span class=credit>Wellwise Health / Jia Chen").
  private func captionText(_ caption: Node) -> String {
    var parts: [String] = []
    for child in caption.children where child.kind == .text || !content.isMasked(child) {
      let text = child.kind == .text ? child.text : inlineText(child)
      if child.isElement, let last = parts.last, !last.isEmpty, last.last?.isWhitespace == false,
        text.first?.isWhitespace == false, ContentWalker.captionPartTags.contains(child)
      {
        parts.append(" ")
      }
      parts.append(text)
    }
    return parts.joined()
  }

  /// Whether a block is a picture's caption or credit: a `<figcaption>`, or an element whose
  /// class names a caption (WordPress's classic `p.wp-caption-text`, a "credit" line), the block
  /// itself or one of its two nearest ancestors. Sections keep it after its image; the text
  /// leaves it out, as readers skip it. A table's or a code listing's caption (Gutenberg's
  /// `figure.wp-block-table > figcaption`) is kept: it reads as part of the text.
  /// A block whose text all lies in caption-classed parts is one too: a gallery item's picture
  /// `<span>` ending in `<em class="caption">…</em><em class="copyright">…</em>`.
  static func isCaption(_ node: Node) -> Bool {
    var current: Node? = node
    for _ in 0..<3 {
      guard let candidate = current, candidate.textLength <= Thresholds.maximumCaptionChars else { break }
      if isCaptionElement(candidate) {
        return candidate.parent?.firstDescendant(where: { textFigureTags.contains($0) }) == nil
      }
      current = candidate.parent
    }
    return node.textLength > 0 && node.textLength <= Thresholds.maximumCaptionChars
      && !listTags.contains(node) && captionTextLength(node) == node.textLength
  }

  /// Blocks that are never one caption: a list or a table of figures keeps its captions as items.
  private static let listTags: TagSet = ["ul", "ol", "dl", "table"]

  private static func isCaptionElement(_ node: Node) -> Bool {
    node.tag == "figcaption" || node.hasClassCue(.caption)
      || (node.hasClassCue(.imageLegend)
        && node.parent?.firstDescendant(where: { $0.tag == "img" }) != nil)
  }

  /// Visible characters below `node` inside caption elements (outermost ones counted once).
  private static func captionTextLength(_ node: Node) -> Int {
    var length = 0
    for child in node.children where child.isElement && child.textLength > 0 {
      length += isCaptionElement(child) ? child.textLength : captionTextLength(child)
    }
    return length
  }

  /// A `<figure>`: a block of its own even inside a `<p>`.
  static let figureTags: TagSet = ["figure"]

  /// Figures whose caption is text, not a picture's.
  static let textFigureTags: TagSet = ["table", "pre"]

  /// Elements that hold a separate part of a caption rather than a word inside it.
  static let captionPartTags: TagSet = ["span", "div", "p", "small", "cite"]

  /// The visible text below a node, masked parts left out, `<br>` as `Text.lineBreak` (a line
  /// break for `Text.cleanLines`, a space for `Text.clean`).
  func inlineText(_ node: Node) -> String {
    var output = ""
    func collect(_ current: Node) {
      for child in current.children {
        if child.kind == .text {
          output += child.text
        } else if child.tag == "br" {
          output += Text.lineBreak
        } else if !content.isMasked(child) && !ContentWalker.annotationTags.contains(child) {
          let block = ContentWalker.blockTags.contains(child)
          if block { output += " " }
          collect(child)
          if block { output += " " }
        }
      }
    }
    collect(node)
    return output
  }

  /// A `<pre>` block's text as written (`<code>` and highlighting spans inside it read through),
  /// a `<br>` a line break (highlighters that write lines with it), masked parts left out.
  /// Read over the node's records in document order, each text node's bytes copied as they are
  /// (the document holds valid UTF-8, so the joined bytes are the joined Strings): a String per
  /// text node and a tag name per element cost hundreds of instructions a node in long listings.
  private func preText(_ node: Node) -> String {
    let document = node.document
    var bytes: [UInt8] = []
    var index = node.order + 1
    let end = node.end
    while index < end {
      let record = document.records[index]
      if record.isText {
        let start = Int(record.spanStart)
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(record.spanCount)]))
        index += 1
      } else if record.tagID == TagID.br {
        bytes.append(UInt8(ascii: "\n"))
        index = Int(record.end)
      } else if content.masked.contains(index) {
        index = Int(record.end)
      } else {
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A table of data (no nested tables, short cells) as rows of cell texts; nil for layout tables.
  private func dataTableRows(_ table: Node) -> [[String]]? {
    if table.firstDescendant(where: { $0.tag == "table" }) != nil { return nil }
    if table.attribute("role")?.lowercased() == "presentation" { return nil }
    var rows: [[String]] = []
    for row in table.descendants(where: { $0.tag == "tr" }) {
      let cells = row.elementChildren.filter { $0.tag == "td" || $0.tag == "th" }
      // A cell of paragraphs (`<p>`s, or text between `<br><br>` on old pages) is page layout.
      if cells.contains(where: {
        $0.firstDescendant(where: { ["p", "div", "ul", "ol", "h2", "h3", "br"].contains($0.tag) }) != nil
          && $0.textLength > Thresholds.maximumDataCellChars
      }) {
        return nil
      }
      let texts = cells.map { Text.cleanLines(inlineText($0)) }
      if !texts.allSatisfy(\.isEmpty) { rows.append(texts) }
    }
    guard !rows.isEmpty else { return nil }
    // One column of long cells is layout, not data.
    if rows.allSatisfy({ $0.count == 1 }) { return nil }
    return rows
  }
}

/// `<img>` to `Image`: the real source behind lazy-loading attributes, absolute when a base is known.
enum Images {
  /// Lazy-loading themes keep the real URL in one of these, and a placeholder in `src`.
  static let sourceAttributes = ["data-src", "data-lazy-src", "data-original", "data-srcset", "src", "srcset"]

  static func image(_ node: Node, page: Page) -> ArticleImage? {
    var source: String?
    for name in sourceAttributes {
      guard var value = node.attribute(name)?.trimmingASCIIWhitespace(), !value.isEmpty else { continue }
      // The first candidate of a srcset: up to its first space (splitting it whole cost a long
      // srcset's every character). The value is trimmed, so it opens with no space.
      if name.hasSuffix("srcset") { value = String(value[..<(value.firstIndex(of: " ") ?? value.endIndex)]) }
      if Text.lowercasedHasPrefix(value, "data:") { continue }
      source = value
      break
    }
    guard let source, let src = page.resolve(source) else { return nil }
    return ArticleImage(
      src: src, alt: node.attribute("alt").flatMap(Text.nonEmpty), width: dimension(node.attribute("width")),
      height: dimension(node.attribute("height")))
  }

  static func dimension(_ value: String?) -> Int? {
    guard let value else { return nil }
    let digits = value.trimmingASCIIWhitespace().prefix { $0.isASCII && $0.isNumber }
    guard let number = Int(digits), number > 0, number < 100_000 else { return nil }
    return number
  }
}

/// The paragraphs the walker makes of loose text and inline elements between blocks (text
/// written straight into a `<div>`, `<br><br>`-separated bodies), by container: the item's
/// node is the container, and links and Markdown need the pieces themselves.
final class Runs {
  enum Piece {
    /// A text node or an inline element (its whole subtree).
    case node(Node)
    /// A `<br>` inside the paragraph.
    case lineBreak
  }

  /// Per container's `order`, its paragraphs in document order.
  private var byContainer: [Int: [[Piece]]] = [:]

  func record(_ pieces: [Piece], container: Node) {
    byContainer[container.order, default: []].append(pieces)
  }

  /// A reader of the paragraphs in the order the items hold them.
  func reader() -> Reader { Reader(byContainer: byContainer) }

  struct Reader {
    let byContainer: [Int: [[Piece]]]
    private var taken: [Int: Int] = [:]

    init(byContainer: [Int: [[Piece]]]) { self.byContainer = byContainer }

    /// The pieces of the next paragraph item whose node is `container`; nil when the
    /// container's paragraphs are not runs (a `<p>`, a dek heading, a caption).
    mutating func next(_ container: Node) -> [Piece]? {
      guard let paragraphs = byContainer[container.order] else { return nil }
      let index = taken[container.order, default: 0]
      guard index < paragraphs.count else { return nil }
      taken[container.order] = index + 1
      return paragraphs[index]
    }
  }
}
