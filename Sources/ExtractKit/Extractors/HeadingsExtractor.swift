import Foundation

/// The outline of the main content: its headings in document order, without the title.
struct HeadingsExtractor: SectionExtractor {
  /// A heading this similar to the article's title is the title repeated, not a section.
  static let titleSimilarity = 0.9
  /// Bytes a heading's text may differ from the title's before comparing them (spaces, case).
  static let titleLengthSlack = 8

  /// The outline and the items whose headings it keeps: the sections open at those alone.
  struct Outline {
    var headings: [Heading] = []
    /// The indices in `context.items` of the heading items kept as the outline's.
    var kept: Set<Int> = []
    /// Heading items that print again a heading or the title just shown (a theme's copy for
    /// another screen size): no section and no paragraph either.
    var repeats: Set<Int> = []
  }

  func extract(from context: Context) -> [Heading] { outline(from: context).headings }

  func outline(from context: Context) -> Outline {
    var headings: [Heading] = []
    var kept: Set<Int> = []
    var repeats: Set<Int> = []
    // The item of the last heading kept from the walk, so that a call to action dropped after the
    // fact leaves the sections too.
    var lastHeadingItem: Int?
    // The title written again lower down (`<h3>` over the post in a blog theme whose `<h1>` is
    // the site's name): the same words, case aside, are still the title.
    let title = context.title.map { Text.lowered(Text.clean($0)) }
    let titleWords = context.title.map { Set(Text.words($0)) } ?? []
    // Whether the body's first block of text (a paragraph other than a caption, a list, a quote, a
    // table) has come: above it, a heading may be the title as the page shows it.
    var bodyBegun = false
    // The level and parent of the outline's first heading below the body's start (a subtitle above
    // it is none): an `<h1>` ranked above it, after the body began, in a wrapper of its own, is
    // outside the outline.
    var outlineLevel: Int?
    var outlineParent: Node?
    // The title's heading when it shows every word of the title.
    let wholeTitleItem = context.titleItem.flatMap { item -> Int? in
      guard case .heading(let heading, _) = context.items[item],
        titleWords.isSubset(of: Set(Text.words(heading.text)))
      else { return nil }
      return item
    }
    // Headings straight above the title's heading, nothing but headings between (a kicker or
    // section label: `<h2>Region</h2><h1>Title</h1>`), label the story; they are not its sections.
    // Only at the top: below the body's first paragraph, a heading over a repeat of the title is a
    // section.
    var kickers = context.titleItem ?? 0
    while kickers > 0, case .heading = context.items[kickers - 1] { kickers -= 1 }
    let storyAbove = context.items[..<kickers].contains { item in
      if case .block(.paragraph, let node) = item { return !ContentWalker.isCaption(node) }
      return false
    }
    if storyAbove { kickers = context.titleItem ?? 0 }
    // The element of the last heading kept from the walk (not from a list's items).
    var lastHeadingNode: Node?
    // The index of the last heading item of each class attribute, worked out once when first asked.
    var lastHeadingByClass: [String: Int]?
    // Bytes of paragraphs since the last heading kept (or left out as the title's second line), and
    // whether any block came since.
    var textSinceHeading = 0
    // The text of a heading above the body left out as the title's second line.
    var titleLine: String?
    var blockSinceHeading = false
    // The last teaser card whose title was left out, and whether the heading kept last has had
    // nothing but teaser cards under it so far (`<h2>Events</h2><div card><h3>…</h3>…Read more</div>…`):
    // then it titles the cards, not a section, and goes when the next heading or the end comes.
    var lastCard: Node?
    var titlesCardsOnly = false
    // Whether a block other than a picture came since the last heading kept.
    var textBlockSinceHeading = false
    // Whether a paragraph of rating marks alone (stars, thumbs: `OutlineRules.ratingMarks`) came
    // since the last heading kept, and whether any other block did.
    var markBlockSinceHeading = false
    var wordBlockSinceHeading = false
    // The last paragraph of marks: at the end, what is played is looked for up to the end of its box.
    var lastMarkNode: Node?
    // A heading kept over marks alone, waiting for the next heading kept: a rating box's question
    // goes unless that heading is deeper (a part's heading over a line of marks and its subsections).
    var overMarks: (position: Int, level: Int, item: Int?)?
    func settleOverMarks(nextLevel: Int?) {
      guard let pending = overMarks else { return }
      overMarks = nil
      if let nextLevel, nextLevel > pending.level { return }
      if pending.position < headings.count { headings.remove(at: pending.position) }
      if let item = pending.item { kept.remove(item) }
    }
    // Teaser cards sit where recirculation sits, after the body's last prose paragraph: above it, a
    // short box ending in "Read more" (a roundup's picks, a short post's closing link) is the article's.
    let cards = Self.closingTeaserCards(in: context.items, page: context.page, skipping: context.titleItem)
    for (index, item) in context.items.enumerated() {
      if let titleItem = context.titleItem, index >= kickers, index < titleItem { continue }
      if case .block(let block, let node) = item {
        blockSinceHeading = true
        // A card's picture may stand above its title, outside the box holding the title.
        var isPicture = false
        if case .image = block { isPicture = true }
        if !isPicture {
          textBlockSinceHeading = true
          if titlesCardsOnly, !(lastCard?.contains(node) ?? false) { titlesCardsOnly = false }
        }
      }
      if case .block(let block, let node) = item {
        if case .paragraph(let text) = block, Self.isRatingMarks(text) {
          markBlockSinceHeading = true
          lastMarkNode = node
        } else {
          wordBlockSinceHeading = true
        }
      }
      switch item {
      case .block(.paragraph(let text), let node):
        textSinceHeading += text.utf8.count
        if !bodyBegun && !ContentWalker.isCaption(node) { bodyBegun = true }
      case .block(.quote, _), .block(.code, _), .block(.table, _):
        bodyBegun = true
      case .heading(let heading, let node) where index != context.titleItem:
        // A heading all one link to another page closing its box, no text under it before this
        // heading outside that box ("Contact us and your project takes off…" ending a column), is a
        // call to action. (A linked heading over headings beside it is a section of theirs.)
        if let last = lastHeadingNode, !blockSinceHeading, !(last.parent?.contains(node) ?? false),
          Self.isLinkOut(last)
        {
          headings.removeLast()
          if let item = lastHeadingItem { kept.remove(item) }
          lastHeadingNode = nil
          // Gone already: no cards' title to leave out after it.
          titlesCardsOnly = false
        }
        // A teaser card's title (a title, a blurb and a "Read more" link to another page) heads
        // another page's text, not a section of this one.
        if let card = cards[index] {
          if let last = lastHeadingNode, !textBlockSinceHeading, last.parent?.contains(node) ?? false {
            titlesCardsOnly = true
          }
          lastCard = card
          continue
        }
        if titlesCardsOnly {
          headings.removeLast()
          if let item = lastHeadingItem { kept.remove(item) }
          lastHeadingNode = nil
          titlesCardsOnly = false
        }
        // A heading over nothing but rating marks (a rating box's "Rate this recipe" over its
        // stars, a feedback box's question over 👍 👎) heads no section, unless something is
        // played under it; it goes once the next heading kept shows it heads no subsections.
        if let last = lastHeadingNode, markBlockSinceHeading, !wordBlockSinceHeading,
          !Self.headsPlayed(last, before: node.order)
        {
          overMarks = (headings.count - 1, headings[headings.count - 1].level, lastHeadingItem)
          lastHeadingNode = nil
          titlesCardsOnly = false
        }
        // A heading hidden from sight for screen readers (`<h2 class="screen-reader-text">`) is no
        // section the reader sees, nor a paragraph of the sections.
        if Self.isScreenReaderOnly(node) {
          repeats.insert(index)
          continue
        }
        // The comment section's own titles ("3 Kommentare", "Leave a Reply") are not the article's.
        if Self.isCommentSectionTitle(heading.text) { continue }
        // Titles of boxes in the body that head no section: a table of contents' own title, a box
        // of quotes beside the story, a disclosure note, a call to action set between arrows.
        if Self.titlesContents(heading.text, node)
          || Self.titlesBoxBesideStory(heading.text, node, content: context.content)
        {
          continue
        }
        // A picture card's title (over a gallery's linked thumbnail) heads no text of its own.
        if Self.titlesPictureCard(node) { continue }
        // The title of a box whose every other part the cleaning took out (a shop box's "Unsere
        // Empfehlung" over rows of buy links) heads nothing the article shows.
        if Self.titlesCleanedBox(node, level: heading.level, at: index, in: context.items, content: context.content) {
          continue
        }
        // A sign-up form's title or its message once sent ("Sign-up Successful!") heads the form.
        if Self.titlesSignUpForm(node, heading: heading.text, at: index, in: context.items) { continue }
        // A byline line set as a heading (`<h3 class="author">Von Anna Beispiel</h3>`) heads no section.
        // Only above the body, where a byline sits: the labels of every language are tried, and in the
        // body "By Public Transport" or Dutch-looking "Door Frame Repair" are sections.
        if !bodyBegun && Self.isBylineLine(heading.text) { continue }
        // Above the body, a heading going on from the title ("…and why it works") is its second
        // line; printed again for another screen size after a short line, still. (Where no title
        // heading was found, such a heading above the body is the title's tail all the same.)
        let repeatsTitleLine =
          titleLine == heading.text && textSinceHeading <= Thresholds.maximumDoubledHeadingGapChars
        if repeatsTitleLine || (!bodyBegun && Self.continuesTitle(heading.text)) {
          titleLine = heading.text
          textSinceHeading = 0
          continue
        }
        // The same heading twice in a row, a short line at most between (a theme printing it once
        // for small screens and once for large ones): one heading.
        if headings.last?.text == heading.text, textSinceHeading <= Thresholds.maximumDoubledHeadingGapChars {
          repeats.insert(index)
          continue
        }
        // A heading classed as the story's dek (`h2.subheadline`, `h2.article__teaser`) above the
        // body's first paragraph is the line under the title, not a section.
        // (libxml2 nests `<h2><h2 class="subheadline">`: the inner heading's class counts.)
        if !bodyBegun, Self.isClassedDek(node) { continue }
        if let title, abs(heading.text.utf8.count - title.utf8.count) <= Self.titleLengthSlack,
          Text.lowered(Text.clean(heading.text)) == title
        {
          repeats.insert(index)
          continue
        }
        // Below a heading showing the whole title, a heading of some of its words is a section on
        // its subject (below one showing part of it, the rest of the title split in two).
        let titleAbove = wholeTitleItem.map { $0 < index } ?? false
        if !bodyBegun, Self.showsTitle(heading, titleWords: titleWords, titleAbove: titleAbove) { continue }
        // Right under the title's heading, above the body, a first `<h2>` or `<h3>` a sentence long
        // (`<h1>Title</h1><h2>A sentence summing the story up …</h2><p>…`) is the story's dek.
        if !bodyBegun, headings.isEmpty, let titleItem = context.titleItem, index > titleItem,
          heading.level <= OutlineRules.maximumDekLevel, Self.readsAsDek(heading.text)
        {
          continue
        }
        // Where the body holds no title heading (the page's `<h1>` sits in a header apart), the
        // first heading above the body's first paragraph, an `<h2>`/`<h3>` one statement a
        // sentence long ending in a full stop, set in a header box apart from the prose (its box
        // does not hold the first paragraph), is the dek all the same. (Opening the prose's own
        // box, such a sentence may be the first section's heading.)
        if !bodyBegun, headings.isEmpty, context.titleItem == nil, heading.level <= OutlineRules.maximumDekLevel,
          Self.readsAsDek(heading.text), Text.clean(heading.text).last.map(OutlineRules.dekEndings.contains) ?? false,
          Self.standsApartFromProse(node, after: index, in: context.items)
        {
          continue
        }
        // A top-level heading classed as a headline above the body's first paragraph
        // (`h2.article_headline`, `h1.hero__headline`) is the story's headline as the page shows it, even
        // worded otherwise than the title the metadata gives: not a section.
        // Not when a heading further down wears the same class: a theme that classes every section
        // heading so (`h2.section-headline` over each part) opens the body with a section.
        if !bodyBegun, heading.level <= Self.headlineLevel, node.hasClassToken(in: ClassTokens.headline),
          !Self.classRecurs(node, after: index, lastByClass: &lastHeadingByClass, in: context.items)
        {
          continue
        }
        // A box of the site's set as an `<h1>` among sections that start lower (a support call "Auf
        // Sie kommt es an!", a video box, a timeline module's stops under the article's `<h2>`s):
        // the title's level, below the title, is no section of this outline.
        // An `<h1>` beside the outline's first heading (a Markdown post mixing `#` and `##`) is one
        // of its sections.
        if bodyBegun, heading.level == Self.titleLevel, let outlineLevel, outlineLevel > Self.titleLevel,
          node.parent != outlineParent
        {
          continue
        }
        if bodyBegun && outlineLevel == nil {
          outlineLevel = heading.level
          outlineParent = node.parent
        }
        settleOverMarks(nextLevel: heading.level)
        headings.append(heading)
        kept.insert(index)
        lastHeadingItem = index
        lastHeadingNode = node
        textSinceHeading = 0
        blockSinceHeading = false
        textBlockSinceHeading = false
        markBlockSinceHeading = false
        wordBlockSinceHeading = false
      case .block(.list, let node):
        bodyBegun = true
        // A list of features under pictures (`<li><a><img></a><h2>Profiler</h2><p>…`): the list is one
        // block, its items' headings are still the outline's. A heading leading its item
        // (`<li><h3>Title</h3><p>…`) is the item's title instead.
        let listed = Self.listHeadings(node, content: context.content, page: context.page)
        if let first = listed.first {
          titlesCardsOnly = false
          settleOverMarks(nextLevel: first.level)
        }
        headings += listed
        lastHeadingNode = nil
      default:
        continue
      }
    }
    if titlesCardsOnly || (lastHeadingNode.map { !blockSinceHeading && Self.isLinkOut($0) } ?? false)
      || (lastHeadingNode.map {
        markBlockSinceHeading && !wordBlockSinceHeading
          && !Self.headsPlayed($0, before: max($0.parent?.end ?? $0.end, lastMarkNode?.parent?.end ?? 0))
      }
        ?? false)
    {
      headings.removeLast()
      if let item = lastHeadingItem { kept.remove(item) }
    }
    settleOverMarks(nextLevel: nil)
    return Outline(headings: headings, kept: kept, repeats: repeats)
  }

  /// Whether a heading item after `index` has the same class attribute as `node`. The last index of
  /// each class among the heading items is gathered on the first call, in one pass over `items`.
  static func classRecurs(
    _ node: Node, after index: Int, lastByClass: inout [String: Int]?, in items: [ContentWalker.Item]
  ) -> Bool {
    guard let value = node.attribute("class"), !value.isEmpty else { return false }
    if lastByClass == nil {
      var last: [String: Int] = [:]
      for (position, item) in items.enumerated() {
        if case .heading(_, let heading) = item, let classes = heading.attribute("class"), !classes.isEmpty {
          last[classes] = position
        }
      }
      lastByClass = last
    }
    return (lastByClass?[value] ?? index) > index
  }

  /// Whether a heading is classed as the story's dek (`ClassTokens.dekHeading`), or holds only a
  /// heading so classed.
  static func isClassedDek(_ node: Node) -> Bool {
    if node.hasClassToken(in: ClassTokens.dekHeading) { return true }
    return node.firstDescendant { inner in
      ContentWalker.headingTags.contains(inner) && inner.textLength == node.textLength
        && inner.hasClassToken(in: ClassTokens.dekHeading)
    } != nil
  }

  /// Whether the box of a heading (its parent) does not hold the first paragraph after it, a caption
  /// aside: the heading stands in a header of its own above the prose. Asked once a page, for the
  /// outline's first heading above the body.
  static func standsApartFromProse(_ node: Node, after index: Int, in items: [ContentWalker.Item]) -> Bool {
    guard let box = node.parent else { return false }
    for item in items[(index + 1)...] {
      if case .block(.paragraph, let paragraph) = item, !ContentWalker.isCaption(paragraph) {
        return !box.contains(paragraph)
      }
    }
    return false
  }

  /// The teaser cards (`teaserCard`) by heading item that come after the body's last prose
  /// paragraph, a paragraph outside every card (nor a caption), and hold less than most of the
  /// page's prose. In two passes over `items`: the cards, then the last paragraph outside them (a
  /// card's own paragraphs sit between its heading and the next one, or just above its heading).
  static func closingTeaserCards(in items: [ContentWalker.Item], page: Page, skipping titleItem: Int?) -> [Int: Node] {
    var cards: [Int: Node] = [:]
    for (index, item) in items.enumerated() where index != titleItem {
      guard case .heading(_, let node) = item, let card = teaserCard(node), !page.holdsMostProse(card) else {
        continue
      }
      cards[index] = card
    }
    guard !cards.isEmpty else { return cards }
    var lastProse = -1
    // The card of the nearest heading after the paragraph, walking back from the end.
    var cardBelow: Node?
    // The card of the nearest heading above each paragraph, found walking forward.
    var cardAbove: [Int: Node] = [:]
    var current: Node?
    for (index, item) in items.enumerated() {
      if case .heading = item { current = cards[index] }
      if case .block(.paragraph, let node) = item, let card = current, card.contains(node) { cardAbove[index] = card }
    }
    for index in items.indices.reversed() {
      switch items[index] {
      case .heading: cardBelow = cards[index]
      case .block(.paragraph, let node):
        if cardAbove[index] != nil || (cardBelow?.contains(node) ?? false) || ContentWalker.isCaption(node) { continue }
        lastProse = index
      default: continue
      }
      if lastProse >= 0 { break }
    }
    return cards.filter { $0.key > lastProse }
  }

  /// The teaser card a heading titles, if any: the box around the heading's own (its parent past
  /// wrappers holding only the heading) is `OutlineRules.maximumTeaserCardChars` long at most, holds
  /// no other heading, and holds outside the heading a link to another page reading "Read more"
  /// (`VocabularyOutline.readOnLinks`).
  static func teaserCard(_ node: Node) -> Node? {
    var box = node
    while let parent = box.parent, parent.textLength == node.textLength { box = parent }
    guard let card = box.parent, !card.isPageWrapper, card.textLength <= OutlineRules.maximumTeaserCardChars,
      card.linkTextLength > node.linkTextLength
    else { return nil }
    let other = card.firstDescendant { element in
      element !== node && !node.contains(element) && !element.contains(node)
        && ContentWalker.headingTags.contains(element)
    }
    guard other == nil else { return nil }
    let link = card.firstDescendant { element in
      guard element.tag == "a", !node.contains(element), element.textLength > 0,
        element.textLength <= Self.longestReadOn
      else { return false }
      return isReadOn(Page.rawText(element))
    }
    guard let href = link?.attribute("href").map(Text.clean), !href.isEmpty, !href.hasPrefix("#") else {
      return nil
    }
    return card
  }

  /// Whether a link's text is a read-on call: one of `VocabularyOutline.readOnLinks`, trailing
  /// dots, arrows and spaces aside ("Mehr lesen...", "Read more »").
  static func isReadOn(_ text: String) -> Bool {
    var words = Text.straightApostrophes(Text.lowered(Text.clean(text)))
    while let last = words.last,
      last == "." || last == " " || last == "…" || Patterns.permalinkMarks.contains(last)
        || OutlineRules.readOnArrows.contains(last)
    {
      words.removeLast()
    }
    return VocabularyOutline.readOnLinks.contains(words)
  }

  /// The longest read-on link text in bytes, with room for trailing dots and an arrow.
  private static let longestReadOn = (VocabularyOutline.readOnLinks.map(\.utf8.count).max() ?? 0) + 8

  /// Whether a heading is all one link to another page: its link holds
  /// `Thresholds.minimumTeaserHeadingLinkShare` of its text and goes elsewhere than the page itself.
  static func isLinkOut(_ node: Node) -> Bool {
    guard node.textLength > 0,
      Double(node.linkTextLength) >= Double(node.textLength) * Thresholds.minimumTeaserHeadingLinkShare,
      let link = node.tag == "a" ? node : node.firstDescendant(where: { $0.tag == "a" }),
      let href = link.attribute("href").map(Text.clean), !href.isEmpty
    else { return false }
    return !href.hasPrefix("#")
  }

  /// Whether a link goes to another page: an `href` that is not empty, not an anchor in this page
  /// (`#step-1`), and not this page's own address before its anchor (`https://host/page/#step-1`,
  /// `/page/#step-1`: a permalink plugin writing in-page links in full). `ownPaths` are the paths
  /// of the page's addresses (canonical, `og:url`, where it was saved), lower-cased, no trailing "/".
  static func linksElsewhere(_ link: Node, ownPaths: [String]) -> Bool {
    guard let href = link.attribute("href").map(Text.clean), !href.isEmpty else { return false }
    let target = href.prefix { $0 != "#" }
    if target.isEmpty { return false }
    var path = ContentWalker.linkPath(Text.lowered(String(target)))
    while path.hasSuffix("/") { path.removeLast() }
    return path.isEmpty || !ownPaths.contains(path)
  }

  /// The paths of a page's own addresses (its canonical link, `og:url`, where it was saved),
  /// lower-cased, without a trailing "/"; the site's root left out.
  static func ownPaths(of page: Page) -> [String] {
    [page.source.canonicalUrl, page.meta["og:url"], page.source.url].compactMap { location in
      guard let location else { return nil }
      var path = ContentWalker.linkPath(Text.lowered(location.trimmingASCIIWhitespace()))
      while path.hasSuffix("/") { path.removeLast() }
      return path.isEmpty ? nil : path
    }
  }

  /// Whether something is played under a heading (an `<iframe>`, `<audio>`, `<video>`, `<object>`
  /// after it, before `limit`: the next heading's place, or the end of the heading's box): a line
  /// of marks over it points at the player, and the heading titles it. Each stretch between two
  /// headings is looked through once at most.
  static func headsPlayed(_ heading: Node, before limit: Int) -> Bool {
    let document = heading.document
    var index = heading.end
    while index < limit {
      if OutlineRules.playedTags.contains(Node(document, index)) { return true }
      index += 1
    }
    return false
  }

  /// Whether a heading is hidden from sight for screen readers: it, or the element holding all its
  /// text a few wrappers down, wears one of `OutlineRules.screenReaderClasses`.
  static func isScreenReaderOnly(_ node: Node) -> Bool {
    var current = node
    for _ in 0..<OutlineRules.maximumScreenReaderDepth {
      if let classes = current.attribute("class"),
        classes.split(whereSeparator: \.isWhitespace).contains(where: {
          OutlineRules.screenReaderClasses.contains($0.lowercased())
        })
      {
        return true
      }
      let children = current.elementChildren
      guard children.count == 1, children[0].textLength == node.textLength else { return false }
      current = children[0]
    }
    return false
  }

  /// Whether a line is rating marks alone (`OutlineRules.ratingMarks`, spaces and emoji dressing
  /// aside): "★ ★ ★ ★ ☆", "👍 👎". A score ("★★★★☆ 8/10"), a separator ("* * *") or a pointer ("👇")
  /// is not.
  static func isRatingMarks(_ text: String) -> Bool {
    var marks = 0
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace || OutlineRules.markSelectors.contains(scalar)
        || OutlineRules.markModifiers.contains(scalar.value)
      {
        continue
      }
      guard OutlineRules.ratingMarks.contains(scalar) else { return false }
      marks += 1
    }
    return marks > 0
  }

  /// Whether a heading is a table of contents' own title: its words are one of
  /// `VocabularyOutline.contentsTitles` and its box (its largest ancestor holding no more than it)
  /// is classed as a table of contents or is followed by links into the page itself (`href="#…"`).
  static func titlesContents(_ text: String, _ node: Node) -> Bool {
    var words = Text.lowered(Text.clean(text))
    while let last = words.last, last == ":" || last == " " || Patterns.permalinkMarks.contains(last) {
      words.removeLast()
    }
    guard VocabularyOutline.contentsTitles.contains(words) else { return false }
    var box = node
    while let parent = box.parent, parent.textLength <= node.textLength { box = parent }
    if box.hasClassToken(in: ClassTokens.contentsBox)
      || (box.parent?.hasClassToken(in: ClassTokens.contentsBox) ?? false)
    {
      return true
    }
    // The links come next: the first in what follows the title's box goes to a part of this page.
    guard let list = ContentWalker.boxAfter(box),
      let link = list.tag == "a" ? list : list.firstDescendant(where: { $0.tag == "a" }),
      let href = link.attribute("href").map(Text.clean)
    else { return false }
    return href.count > 1 && href.hasPrefix("#")
  }

  /// Whether a heading titles a box set after or beside the story rather than a section of it: a
  /// box classed as quotes on the site's work, a donation call or an embed's consent placeholder
  /// (`ClassTokens.besideStoryBox`) holds it, below the
  /// body's root; it names a disclosure note (`VocabularyOutline.disclosureWords`); or it is a call
  /// to action between arrows (">>> Order the new issue! <<<", ">>> example.com/tickets").
  static func titlesBoxBesideStory(_ text: String, _ node: Node, content: Content) -> Bool {
    let cleaned = Text.clean(text)
    if cleaned.hasPrefix(Patterns.teaserArrow) || cleaned.hasSuffix(Patterns.callArrowEnd) { return true }
    if cleaned.count <= Thresholds.maximumCommentTitleChars {
      let lowered = Text.straightApostrophes(Text.lowered(cleaned))
      if VocabularyOutline.disclosureWords.contains(where: { lowered.contains($0) }) { return true }
    }
    // Up to the body's root, that root included: a page whose body is such a box is no article.
    // Not <body> or <html>, whose class flags describe the page's layout.
    var current: Node? = node
    while let element = current, !element.isPageWrapper {
      if element.hasClassToken(in: ClassTokens.besideStoryBox) { return true }
      if content.roots.contains(where: { $0 === element }) { break }
      current = element.parent
    }
    return false
  }

  /// Whether a heading titles a picture card: its box shares a wrapper with nothing but a link to
  /// another page around a picture and a short badge in that link (`<div><h4>Model</h4><a
  /// href="/gallery/…"><img><span>Gallery</span></a></div>`). A picture linked to its own file is
  /// the section's figure.
  static func titlesPictureCard(_ node: Node) -> Bool {
    var box = node
    while let parent = box.parent, parent.textLength == node.textLength { box = parent }
    guard let card = box.parent else { return false }
    let rest = card.textLength - node.textLength
    guard rest <= Thresholds.maximumCardBadgeChars, card.linkTextLength - node.linkTextLength >= rest else {
      return false
    }
    let link = card.firstDescendant { element in
      element.tag == "a" && !node.contains(element) && element.firstDescendant { $0.tag == "img" } != nil
    }
    guard let href = link?.attribute("href").map({ Text.lowered(Text.clean($0)) }), !href.isEmpty,
      !href.hasPrefix("#")
    else { return false }
    // A link to the picture's own file ("/up/trays.jpg?w=1200") enlarges the section's figure.
    let path = href.prefix { $0 != "?" && $0 != "#" }
    return !Patterns.pictureFileExtensions.contains { path.hasSuffix($0) }
  }

  /// Whether a heading titles a box the cleaning emptied: its box (its parent past wrappers holding
  /// only the heading), below the body's root, holds `OutlineRules.minimumCleanedBoxChars` of text
  /// besides the heading, links among it (rows of buy buttons, cards, a widget's list), no item of
  /// the article comes from it but the heading (neither the item before nor the one after lies in
  /// it), and the heading heads nothing: no item follows, or a heading of its rank or above (the box
  /// closed a section). A section's heading over its own text, kept, has that text in the box or
  /// after it. Never an accordion's question (its toggle, `ContentLocator.togglesPanel`), nor the
  /// title of a box holding what the reader opens or plays: a hidden answer (`Evidence.isHidden`,
  /// `aria-hidden`), a panel's toggle (`aria-expanded`), a video or another embed.
  static func titlesCleanedBox(
    _ node: Node, level: Int, at index: Int, in items: [ContentWalker.Item], content: Content
  ) -> Bool {
    var box = node
    while let parent = box.parent, parent.textLength == node.textLength { box = parent }
    guard let wrapper = box.parent, !wrapper.isPageWrapper, !content.roots.contains(where: { $0 === wrapper }),
      wrapper.textLength - node.textLength >= OutlineRules.minimumCleanedBoxChars,
      wrapper.linkTextLength > node.linkTextLength
    else { return false }
    if index > 0, wrapper.contains(items[index - 1].node) { return false }
    if index + 1 < items.count {
      guard !wrapper.contains(items[index + 1].node), case .heading(let following, _) = items[index + 1],
        following.level <= level
      else { return false }
    }
    if ContentLocator.togglesPanel(node) { return false }
    return wrapper.firstDescendant { Self.opensOrPlays($0) } == nil
  }

  /// Whether an element holds what a reader opens or plays: hidden (an FAQ's folded answer), hidden
  /// from assistive technology (`aria-hidden="true"`), a toggle (`aria-expanded`), or an embed.
  private static func opensOrPlays(_ node: Node) -> Bool {
    guard node.isElement else { return false }
    if OutlineRules.playedTags.contains(node) || Evidence.isHidden(node) { return true }
    if node.attributeBytes("aria-expanded") != nil { return true }
    return node.attribute("aria-hidden")?.lowercased() == "true"
  }

  /// Whether a heading belongs to a sign-up form (`<div class="newsletter"><form><input type="email">…
  /// </form></div><div class="show-success"><h3>Sign-up Successful!</h3>…`): its box, the SMALLEST
  /// ancestor holding an email field (`isEmailField`) within `OutlineRules.maximumSignUpBoxChars` of
  /// text and `OutlineRules.maximumSignUpBoxNodes` nodes, shows it is a sign-up
  /// (`showsSignUp`: a contact or booking form, a comment form has an email field too), and the
  /// heading heads no prose of its own there: above the form's branch, no paragraph comes between
  /// them unless the heading itself calls to sign up (a pitch line under "Get our newsletter");
  /// below it, only a short message once sent (`OutlineRules.maximumSignUpMessageBytes`).
  static func titlesSignUpForm(
    _ node: Node, heading: String, at index: Int, in items: [ContentWalker.Item]
  ) -> Bool {
    var box = node
    var field: Node?
    while field == nil, let parent = box.parent, !parent.isPageWrapper,
      parent.textLength <= OutlineRules.maximumSignUpBoxChars,
      parent.end - parent.order <= OutlineRules.maximumSignUpBoxNodes
    {
      box = parent
      field = box.firstDescendant { isEmailField($0) }
    }
    guard let field, showsSignUp(box) else { return false }
    // The box's child holding the field: the form's branch, apart from the heading's.
    var branch = field
    while let parent = branch.parent, parent !== box { branch = parent }
    let above = node.order < branch.order
    // A heading calling to sign up ("Get our weekly newsletter") heads the pitch line over its form too.
    let callsToSignUp = callsToSignUp(heading)
    var messageBytes = 0
    for item in items[(index + 1)...] {
      let itemNode = item.node
      guard box.contains(itemNode), !above || itemNode.order < branch.order else { break }
      guard !branch.contains(itemNode), case .block(let block, _) = item else { continue }
      if case .image = block { continue }
      if above {
        if callsToSignUp { continue }
        return false
      }
      if case .paragraph(let text) = block { messageBytes += text.utf8.count } else { return false }
      if messageBytes > OutlineRules.maximumSignUpMessageBytes { return false }
    }
    return true
  }

  /// Whether an element is an email field: `<input type="email">`, or a text field named for one
  /// (`name`, `id` or `autocomplete` holding "email", `<input type="text" name="email">`).
  static func isEmailField(_ element: Node) -> Bool {
    guard element.isElement, element.tag == "input" else { return false }
    let type = element.attribute("type").map { Text.lowered(Text.clean($0)) } ?? "text"
    if type == "email" { return true }
    guard type == "text" else { return false }
    return ["name", "id", "autocomplete"].contains { attribute in
      element.attribute(attribute).map { Text.lowered($0).contains(OutlineRules.emailFieldName) } ?? false
    }
  }

  /// Whether a form's box shows it signs the reader up: a class, id, `action` or `name` of the box or
  /// inside it holds a sign-up mark (`ClassTokens.signUpFormMarks`: "newsletter", "subscribe",
  /// "mc4wp"…), or its words call to sign up (`VocabularyOutline.signUpFormWords`).
  static func showsSignUp(_ box: Node) -> Bool {
    let marked = { (element: Node) -> Bool in
      guard element.isElement else { return false }
      for attribute in ["class", "id", "action", "name"] {
        guard let value = element.attribute(attribute) else { continue }
        let lowered = Text.lowered(value)
        if ClassTokens.signUpFormMarks.contains(where: { lowered.contains($0) }) { return true }
      }
      return false
    }
    if marked(box) || box.firstDescendant(where: marked) != nil { return true }
    // An element's own `text` is empty: the words are its text nodes'.
    return callsToSignUp(box.descendants { !$0.isElement }.map(\.text).joined(separator: " "))
  }

  /// Whether a text holds a word calling to sign up (`VocabularyOutline.signUpFormWords`) as whole
  /// words: "Request a de*sign up*grade" over a contact form is none. The words German and Dutch
  /// build compounds with count anywhere in a word (`VocabularyOutline.signUpCompoundParts`:
  /// "Newsletteranmeldung", "Unser Wochennewsletter", "weeknieuwsbrief").
  static func callsToSignUp(_ text: String) -> Bool {
    let words = Text.straightApostrophes(Text.lowered(Text.clean(text)))
    return VocabularyOutline.signUpFormWords.contains { word in
      var searched = words.startIndex..<words.endIndex
      while let found = words.range(of: word, range: searched) {
        let inCompound = VocabularyOutline.signUpCompoundParts.contains(word)
        let startsWord =
          inCompound || found.lowerBound == words.startIndex
          || !isWordCharacter(words[words.index(before: found.lowerBound)])
        let endsWord =
          inCompound || found.upperBound == words.endIndex || !isWordCharacter(words[found.upperBound])
        if startsWord && endsWord { return true }
        searched = words.index(after: found.lowerBound)..<words.endIndex
      }
      return false
    }
  }

  /// Whether a character belongs to a word: a letter or a digit.
  private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

  /// Whether a heading reads as a dek: `OutlineRules.minimumDekWords` words or more, and no question
  /// (an FAQ's first question is a section however long).
  static func readsAsDek(_ text: String) -> Bool {
    guard text.utf8.count >= OutlineRules.minimumDekWords * 2 else { return false }
    let cleaned = Text.clean(text)
    if cleaned.last == "?" { return false }
    return Text.words(cleaned, limit: OutlineRules.minimumDekWords).count >= OutlineRules.minimumDekWords
  }

  /// Whether a heading is a byline line: a byline label of `VocabularyBylines` ("Von", "By", "Par",
  /// "Autor:") or a credit label (`VocabularyOutline.creditLabels`, "Interview:", "Foto:", which may
  /// follow a name too) before one name or a few joined ones (`Patterns.nameJoiners`), each of
  /// `OutlineRules.minimumBylineNameWords` to `OutlineRules.maximumBylineNameWords` capitalised
  /// words, no determiner among them ("By The Numbers" is a topic).
  static func isBylineLine(_ text: String) -> Bool {
    guard text.utf8.count <= OutlineRules.maximumBylineHeadingBytes, bylineOpenings.admits(text) else { return false }
    let clean = Text.clean(text)
    let lowered = Text.lowered(clean)
    guard
      let label = bylineLabels.first(where: { label in
        lowered.hasPrefix(label) && (label.last == ":" || lowered.dropFirst(label.count).first == " ")
      })
    else { return false }
    var names: [Int] = [0]
    for word in clean.dropFirst(label.count).split(separator: " ") {
      // A credit after a name ("Interview: Anna Beispiel Foto: Max Muster"): the next name follows.
      if names[names.count - 1] > 0, word.last == ":", VocabularyOutline.creditLabels.contains(Text.lowered(word)) {
        names.append(0)
        continue
      }
      var word = word
      // A comma closes a name: the next one follows.
      var closesName = false
      while let last = word.last, last == "," || last == ";" {
        word.removeLast()
        closesName = true
      }
      if Patterns.nameJoiners.contains(Text.lowered(word)) {
        names.append(0)
        continue
      }
      guard let first = word.first, first.isUppercase,
        !VocabularyBylines.determinerSet.contains(Text.lowered(word))
      else { return false }
      names[names.count - 1] += 1
      if closesName { names.append(0) }
    }
    if names.last == 0, names.count > 1 { names.removeLast() }
    return names.allSatisfy {
      $0 >= OutlineRules.minimumBylineNameWords && $0 <= OutlineRules.maximumBylineNameWords
    }
  }

  /// The byline labels of `VocabularyBylines` (its inner prefixes and line labels), longest first.
  private static let bylineLabels: [String] = Array(
    Set(VocabularyBylines.innerPrefixList + VocabularyBylines.lineLabelList + VocabularyOutline.creditLabels)
  ).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
  /// Their first bytes: most headings open otherwise.
  private static let bylineOpenings = VocabularyBoilerplate.FirstBytes(bylineLabels)

  /// Whether a heading goes on from the title above it: it opens with an ellipsis.
  static func continuesTitle(_ text: String) -> Bool {
    let cleaned = Text.clean(text)
    return Patterns.continuationOpenings.contains { cleaned.hasPrefix($0) }
  }

  /// The level of the page's title: `<h1>`.
  static let titleLevel = 1
  /// The lowest level a headline shows at: an `<h2>` headline under a site-name `<h1>`.
  static let headlineLevel = 2

  /// Whether a heading above the body's first block of text is the title as the page shows it: an
  /// `<h1>` (an `<h2>` for a title of `Thresholds.minimumH2TitleWords` words) with every word of the
  /// title and more (a kicker, "Title | Site", a subtitle run on), or a heading of the title's words
  /// alone, fewer of them (the title without its parenthesis or its series name: "Okra curry" of
  /// "Okra curry (a quick stir fry)") when the title's heading is not above it (`titleAbove`).
  static func showsTitle(_ heading: Heading, titleWords: Set<Substring>, titleAbove: Bool) -> Bool {
    guard !titleWords.isEmpty else { return false }
    let words = Set(Text.words(heading.text))
    if heading.level == titleLevel && titleWords.isSubset(of: words) { return true }
    // An `<h2>` too, for a title long enough to be its own: a short one ("Quick Guide to Roses")
    // opens many a section heading.
    if heading.level == headlineLevel, titleWords.count >= Thresholds.minimumH2TitleWords,
      titleWords.isSubset(of: words)
    {
      return true
    }
    return !titleAbove && words.count >= Thresholds.minimumTitlePartWords && words.isSubset(of: titleWords)
  }

  /// Whether a heading titles the comment section: a count ("0 Kommentare", "5 thoughts on “…”")
  /// or the reply form's call ("Schreibe einen Kommentar:", "Leave a Reply").
  static func isCommentSectionTitle(_ text: String) -> Bool {
    guard text.count <= Thresholds.maximumCommentTitleChars else { return false }
    if CommentCount.titleCount(text) != nil { return true }
    let lowered = Text.lowered(text)
    return VocabularyComments.replyFormTitles.contains { lowered.hasPrefix($0) }
  }

  /// The headings inside a list's items, masked parts left out. A heading inside a link to another
  /// page is a card's title (a product grid's `<li><a href="/shop/…"><img><h3>Name</h3></a>`, a
  /// post card wrapped whole in its link): it heads that page, not a section of this one.
  static func listHeadings(_ list: Node, content: Content, page: Page) -> [Heading] {
    var headings: [Heading] = []
    var ownPaths: [String]?
    func walk(_ node: Node, item: Node) {
      for child in node.children where child.isElement && !content.isMasked(child) {
        if ContentWalker.headingTags.contains(child) {
          if ListsExtractor.leadsItem(child) { continue }
          if let text = Text.nonEmpty(Page.rawText(child)) {
            let level = Int(String(child.tag.last!))!
            headings.append(Heading(level: level, text: text, id: child.attribute("id").flatMap(Text.nonEmpty)))
          }
        } else if child.tag == "a" {
          // A link holding no heading has none to give: most links of a list (menus, link
          // lists) end here, before any of their addresses is read.
          guard child.firstDescendant(where: { ContentWalker.headingTags.contains($0) }) != nil else { continue }
          if !Self.hasItemProse(item, besides: child) {
            if ownPaths == nil { ownPaths = Self.ownPaths(of: page) }
            if Self.linksElsewhere(child, ownPaths: ownPaths ?? []) { continue }
          }
          walk(child, item: item)
        } else {
          walk(child, item: child.tag == "li" ? child : item)
        }
      }
    }
    walk(list, item: list)
    return headings
  }

  /// Whether a list item holds a paragraph of prose outside its links (a listicle's description
  /// under its linked title, a step's text under its linked heading): then the item is the
  /// article's, and a heading in its link heads it. A product tile (picture, title, price, buy
  /// button) or a post card wrapped whole in its link holds none. `link` is the one being weighed;
  /// only an item holding a heading inside it is looked through.
  static func hasItemProse(_ item: Node, besides link: Node) -> Bool {
    guard item.tag == "li", link.firstDescendant(where: { ContentWalker.headingTags.contains($0) }) != nil
    else { return false }
    let document = item.document
    var index = item.order + 1
    while index < item.end {
      let node = Node(document, index)
      if node.tag == "a" {
        index = node.end
        continue
      }
      if node.tag == "p", Text.words(Page.rawText(node)).count >= OutlineRules.minimumCardProseWords {
        return true
      }
      index += 1
    }
    return false
  }

  /// The heading that shows the title: the first of the top two levels that reads like it; else,
  /// as Readability has it, the page's first `<h1>`/`<h2>` outside boilerplate whose words are
  /// nearly all the title's (a section heading "Videos" under the title "Embedded videos test"),
  /// when the body holds it.
  static func titleItem(in items: [ContentWalker.Item], title: String?, page: Page) -> Int? {
    guard let title else { return nil }
    // The title's words and lower case, worked out once rather than once per heading.
    let words = Text.words(title)
    let lowered = Text.lowered(title)
    let titleWords = Set(words)
    // "Kicker Title": an `<h1>` whose leading kicker the title extractor left out ends in the title.
    let kickerTail = " " + Text.clean(lowered)
    // Characters of paragraphs read so far: past `Thresholds.maximumTextBeforeTitleHeading`, the
    // body has begun, and a heading adding words to the title's ("<title>: FAQs", "<title>: Method
    // 1") is a section on the title's subject, not the title shown again.
    var textBefore = 0
    let similar = items.firstIndex { item in
      guard case .heading(let heading, let node) = item else {
        if case .block(.paragraph(let text), _) = item { textBefore += text.utf8.count }
        return false
      }
      guard heading.level <= 2 else { return false }
      if textBefore > Thresholds.maximumTextBeforeTitleHeading,
        Text.words(heading.text).contains(where: { !titleWords.contains($0) })
      {
        return false
      }
      return Text.similarity(heading.text, toWords: words) >= titleSimilarity
        || isTitleHead(heading.text, ofLowered: lowered)
        // A short title ends many a section heading ("Chapter 3 Results"): the tail counts only
        // after a kicker element, or for a title long enough to be its own.
        || (Text.lowered(Text.clean(heading.text)).hasSuffix(kickerTail)
          && (words.count >= TitleExtractor.minimumKeptWords || TitleExtractor.restAfterKicker(node) != nil))
    }
    if let similar { return similar }
    let first = (page.elements("h1") + page.elements("h2")).sorted { $0.order < $1.order }.first { node in
      var current: Node? = node
      while let ancestor = current {
        if page.isBoilerplate(ancestor) { return false }
        current = ancestor.parent
      }
      return titleShare(of: Text.words(Page.rawText(node)), in: titleWords) > titleHeaderShare
    }
    guard let first else { return nil }
    return items.firstIndex { item in
      if case .heading(_, let node) = item { return node === first }
      return false
    }
  }

  /// Readability's `_headerDuplicatesTitle`: a heading whose words are more than this share of
  /// the title's, counted in characters, repeats the title.
  static let titleHeaderShare = 0.75

  /// The share of a heading's word characters that are words of the title.
  static func titleShare(of words: [Substring], in titleWords: Set<Substring>) -> Double {
    guard !words.isEmpty else { return 0 }
    let all = words.reduce(words.count - 1) { $0 + $1.count }
    let foreign = words.filter { !titleWords.contains($0) }
    let foreignLength = foreign.isEmpty ? 0 : foreign.reduce(foreign.count - 1) { $0 + $1.count }
    return 1 - Double(foreignLength) / Double(all)
  }

  /// Whether the title is the heading followed by a separator and a tail ("Post Title - Author
  /// Name (nick)", "Post Title | Blog"): the page shows the title without the `<title>`'s tail.
  static func isTitleHead(_ heading: String, of title: String) -> Bool {
    isTitleHead(heading, ofLowered: Text.lowered(title))
  }

  /// `isTitleHead` given the title lower-cased. The cheap prefix test first: most headings fail it.
  private static func isTitleHead(_ heading: String, ofLowered whole: String) -> Bool {
    var head = Text.lowered(heading)
    while let last = head.last, Patterns.permalinkMarks.contains(last) || last == " " { head.removeLast() }
    guard whole.hasPrefix(head), Text.words(head).count >= Thresholds.minimumTitleHeadWords else { return false }
    let rest = whole.dropFirst(head.count).drop { $0 == " " }
    return TitleExtractor.separators.contains { rest.hasPrefix($0.trimmingScalars(in: .whitespaces)) }
  }
}
