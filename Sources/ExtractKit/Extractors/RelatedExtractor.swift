import Foundation

/// Related-post cards ("Also in …", "Related posts", "You may also like").
/// Locating: related classes (Jetpack, YARPP, theme blocks), then a heading with a related
/// phrase and its container. Parsing: the repeated child structure is the card; each card
/// gives its title (heading, else longest link), link, author, date, comment count,
/// excerpt and image.
struct RelatedExtractor: SectionExtractor {
  static func locate(in page: Page) -> Node? { locateBlocks(in: page).related }

  /// The related block, and a block of the site's own picks ("Recommended for You", "More From
  /// <site>") the body leaves out though it is not related.
  /// `run`: with no block, a label line and the one-link paragraphs after it at the end of the
  /// text (`<p><strong>Read also:</strong></p>` then a `<p><a>…</a></p>` a post).
  /// `scan`: the caller's, to read the chosen block's posts from afterwards.
  static func locateBlocks(
    in page: Page, title: String? = nil, scan: RelatedScan? = nil
  ) -> (related: Node?, siteStream: Node?, run: LinkRun?) {
    // Candidates ranked: a block under a heading that says "related" first, then a block
    // classed as related, then one under a "more from" heading. A sidebar widget ("Popular
    // Posts", "Recent Posts") and a "more from" block naming the site itself are the site's
    // posts, not the article's.
    var best: (rank: Int, node: Node)?
    var siteStream: Node?
    let titles = articleTitles(page)
    let headline = titleHeading(in: page, title: title)
    let scan = scan ?? RelatedScan(page: page)
    /// The block's posts, read once: several headings and the class test may name one block.
    func posts(_ block: Node) -> Related? {
      scan.related(of: block) { related(in: block, page: page, titles: titles, scan: scan) }
    }
    /// `reads`: whether the block reads as related posts, when already known.
    func consider(_ node: Node, rank: Int, reads: Bool? = nil) {
      // A block under a heading that says it is related belongs to the article wherever the
      // layout puts it (an `<aside>` after `</article>`, a page wrapped in a `sidebar` class).
      guard best == nil || rank < best!.rank, rank == 0 || !inSidebar(node, page: page),
        !precedesHeadline(node, headline: headline), reads ?? (posts(node) != nil)
      else { return }
      best = (rank, node)
    }
    // A related box set beside the text or in a sidebar widget gives way to one under the article.
    var insert: Node?
    // The first block found between the body's paragraphs, which no related class makes a block.
    var textInsert: Node?
    // The first such block under a heading that says it is related and classed as related too,
    // a row of cards (`<div class="content-related-stories"><h3>Related stories</h3><ul>` and
    // three items): the related block when the page has none under or beside the article. An
    // editor's "Mehr zum Thema" list in the text carries no such class; one "Related coverage"
    // card in the text is a pointer, not a block.
    var relatedInsert: Node?
    // The first label line over a run of one-link paragraphs closing the text.
    var run: LinkRun?
    for heading in page.tree.nodes where heading.isElement {
      // A paragraph that is a label and its links a line each ("Read also:<br><a>…</a><br><a>…</a>").
      if run == nil, heading.tagID == paragraphID, heading.linkTextLength > 0, let inline = inlineRun(in: heading) {
        run = inline
      }
      guard isHeadingLike(heading) else { continue }
      guard let kind = headingKind(heading) ?? (confirmsPictureCards(heading, scan: scan) ? .related : nil) else {
        continue
      }
      if kind == .siteStream || (kind == .more && namesSite(heading, page: page)) || inPopularWidget(heading) {
        // A list between the body's paragraphs is the article's own, whatever its heading opens
        // with ("Most popular dog breeds in 2024", "Latest news on the vaccine"): the site's
        // picks sit beside or after the text, so the body keeps it.
        if siteStream == nil, let stream = block(under: heading, minimum: Thresholds.minimumRelatedCards, scan: scan),
          kind != .siteStream || !isInsert(stream, heading: heading) || setBesideText(stream)
        {
          siteStream = stream
        }
        continue
      }
      let strength = kind == .related ? 0 : RelatedRules.moreRank
      // One card is a block only under a heading that says it is related ("Weitere Beiträge zu
      // diesem Artikel"), or a "more" heading of a block classed as related; other "more from"
      // headings need a row of them.
      let one =
        strength == 0 || heading.ancestors.prefix(RelatedRules.maximumHeadingClimb).contains(where: isRelatedContainer)
      guard var block = block(under: heading, minimum: one ? 1 : Thresholds.minimumRelatedCards, scan: scan) else {
        if kind == .related, run == nil, let lines = linkRun(after: heading) {
          run = LinkRun(heading: Text.nonEmpty(Page.rawText(heading)), lines: lines)
        }
        continue
      }
      // A wrapper around the heading and its one card taken as the card reads as no post
      // (`<section><div>Anzeige … <h2>…</h2><article>…</article></div></section>`): the
      // element after the heading is the block. Not for a heading holding a link: that line
      // may be a card's ("Related reads" over its title link).
      // Whether the block reads as related posts, worked out once.
      var reads: Bool?
      if heading.linkTextLength == 0, block.contains(heading) {
        reads = posts(block) != nil
        if reads == false,
          let after = self.block(
            under: heading, minimum: one ? 1 : Thresholds.minimumRelatedCards, climbing: false, scan: scan)
        {
          block = after
          reads = nil
        }
      }
      if kind == .next {
        // "Up next", "Co dalej" over a list in the text (a podcast's next episodes, what comes
        // next in a report) is the article's own: these headings qualify only a block under or
        // beside the article, and the body keeps one in its flow.
        if isInsert(block, heading: heading) || textFollows(block), !setBesideText(block) { continue }
        // "Up next" over a video queue, an ad feed or links out is no related block.
        let articleTitle = title ?? page.titleTag
        if !showsOwnPostsOnly(block, posts: posts(block), page: page, title: articleTitle)
          || !sharesSubject(posts(block), title: articleTitle)
        {
          continue
        }
      }
      // A block in the flow between the body's paragraphs is a "Read more" insert (related sits
      // under or beside the article): never the related block, but the body still leaves it out.
      let inText = isInsert(block, heading: heading)
      if inText, !setBesideText(block) {
        if siteStream == nil { siteStream = block }
        if textInsert == nil { textInsert = block }
        if strength == 0, relatedInsert == nil, classedRelated(block, heading: heading),
          !precedesHeadline(block, headline: headline),
          (posts(block)?.posts.count ?? 0) >= Thresholds.minimumRelatedCards
        {
          relatedInsert = block
        }
        continue
      }
      // A box set beside the text, or a related block in a sidebar widget (WordPress
      // `<section class="widget">`: the site's picks beside every post), gives way to one under
      // the article.
      if strength == 0, insert == nil, inText || inWidget(heading) {
        // In a widget, the cards link to the page's own host: a blogroll of the site's other
        // parts ("Related Links" to the project's home page, its mailing list) is a link list.
        if reads ?? (posts(block) != nil), inText || linksOwnHost(posts(block), page: page) {
          insert = block
        }
        continue
      }
      consider(block, rank: strength, reads: reads)
      if best?.rank == 0 { return (best?.node, siteStream, nil) }
    }
    if let insert { return (insert, siteStream, nil) }
    // The elements classed related, picked first with the names' table read in place: the array
    // handed to the test of each of the page's elements was retained and released for each.
    let classedRelated = scan.classOrIDNames.withUnsafeBufferPointer { classOrID in
      page.tree.nodes.filter { $0.isElement && isRelatedContainer($0, classOrID: classOrID) }
    }
    for node in classedRelated {
      if node.ancestors.contains(where: isRelatedContainer) { continue }
      if let textInsert, node.contains(textInsert) || textInsert.contains(node) { continue }
      // A box classed related between the body's paragraphs is a "Read more" insert, as under a heading.
      if isInsert(node), !setBesideText(node) { continue }
      guard isCardBlock(node, minimum: Thresholds.minimumRelatedCards, scan: scan) else { continue }
      if !namedOtherwise(node) { consider(node, rank: RelatedRules.classRank) }
      // A box classed related that also holds the site's stream ("Most read" and its list, before
      // or after the related row): the related row is the part of it no stream heading titles.
      if best?.node !== node, holdsStreamHeading(node) {
        for part in node.children where part.isElement {
          guard isCardBlock(part, minimum: Thresholds.minimumRelatedCards, scan: scan), !namedOtherwise(part) else {
            continue
          }
          consider(part, rank: RelatedRules.classRank)
          if best?.node === part { break }
        }
      }
    }
    if best == nil, let relatedInsert {
      return (relatedInsert, siteStream === relatedInsert ? nil : siteStream, nil)
    }
    return (best?.node, siteStream, best == nil ? run : nil)
  }

  /// Whether a post of the block links to the page's own host (`www.` aside); true when the
  /// page's address is unknown.
  static func linksOwnHost(_ related: Related?, page: Page) -> Bool {
    guard let host = page.baseURL?.host.map(withoutWWW) else { return true }
    return related?.posts.contains { $0.url.flatMap { URL(string: $0)?.host }.map(withoutWWW) == host } ?? false
  }

  /// Whether a paragraph of text comes after a block in its container (wrappers holding only it
  /// climbed): the block sits in the article's flow, however short the closing line.
  static func textFollows(_ block: Node) -> Bool {
    var anchor = block
    while let parent = anchor.parent, parent.textLength == anchor.textLength { anchor = parent }
    guard let parent = anchor.parent else { return false }
    let after = parent.children[(anchor.siblingIndex + 1)...].first { $0.isElement && $0.textLength > 0 }
    return after?.tagID == paragraphID
  }

  /// Whether every card of a block under an "Up next"-type heading is a post of the site: it
  /// links to the page's own site (an ad feed's cards lead to other hosts or a click tracker),
  /// and the cards show no ad's label ("Sponsored", "Anzeige": one ad in a stream of news makes
  /// it a feed) nor a video's running time ("3:45", a video queue). True for the cards when the
  /// page's address is unknown.
  static func showsOwnPostsOnly(_ block: Node, posts related: Related?, page: Page, title: String?) -> Bool {
    guard let posts = related?.posts, !posts.isEmpty else { return false }
    if let host = page.baseURL?.host {
      // The registrable name (shopdeals of shopdeals.co.uk), not the last two labels.
      let site = siteLabel(host)
      for post in posts {
        guard let url = post.url, let target = URL(string: url)?.host, siteLabel(target) == site else { return false }
      }
    }
    let lines = block.descendants {
      $0.isElement && $0.textLength > 0 && $0.textLength <= RelatedRules.maximumCardLabelChars
        && !$0.children.contains(where: \.isElement)
    }
    let titles = Set(posts.map { Text.clean($0.title).lowercased() })
    let subject = title.map { Text.clean($0).lowercased() } ?? ""
    var adLabels = 0
    var runningTimes = 0
    for line in lines {
      let text = Text.clean(Page.rawText(line))
      let lowered = text.lowercased()
      // A post's own title ("Promoted at 30") is no label.
      if titles.contains(lowered) { continue }
      let classes = line.attribute("class")?.lowercased() ?? ""
      // A word of the article's title is its subject, not a label ("Werbung auf TikTok").
      if let label = adLabel(lowered), !subject.contains(label) {
        // "Sponsored" on one card, or a label classed as one, marks the feed; a word that also
        // names a category ("Werbung"), only on most cards.
        if !SectionVocabulary.adTopicLabels.contains(label)
          || RelatedRules.adLabelClassCues.contains(where: classes.contains)
        {
          return false
        }
        adLabels += 1
      }
      // A time of day or a date in `<time>`, a match's score: no running time.
      if isRunningTime(text), line.tagID != timeID {
        if RelatedRules.runningTimeClassCues.contains(where: classes.contains) { return false }
        if !RelatedRules.notRunningTimeClassCues.contains(where: classes.contains) { runningTimes += 1 }
      }
    }
    return adLabels * 2 <= posts.count && runningTimes * 2 <= posts.count
  }

  /// The ad label a card's line is as a whole ("sponsored", "anzeige · brand", "paid content by
  /// brand"), lower-cased, or nil.
  static func adLabel(_ lowered: String) -> String? {
    for label in SectionVocabulary.adCardLabels + SectionVocabulary.adTopicLabels where lowered.hasPrefix(label) {
      let rest = lowered.dropFirst(label.count).drop(while: \.isWhitespace)
      if rest.isEmpty { return label }
      if let first = rest.first, RelatedRules.adLabelSeparators.contains(first) { return label }
      if let word = rest.split(separator: " ").first, rest.count > word.count,
        SectionVocabulary.adSponsorWords.contains(String(word))
      {
        return label
      }
    }
    return nil
  }

  /// Whether the cards under an "Up next"-type heading are on the article's subject: two of them
  /// (each, when fewer) share a word of its title, which a strip of the site's latest news does not.
  static func sharesSubject(_ related: Related?, title: String?) -> Bool {
    guard let posts = related?.posts, !posts.isEmpty, let title else { return false }
    let subject = subjectWords(title)
    guard !subject.isEmpty else { return false }
    let onSubject = posts.filter { !subjectWords($0.title).isDisjoint(with: subject) }.count
    return onSubject >= min(RelatedRules.minimumCardsOnSubject, posts.count)
  }

  /// The words of a title that carry its subject, each as its stem (its first letters): lower-cased,
  /// long enough, no function word and no word that names no subject ("your", "warum", "tips").
  static func subjectWords(_ title: String) -> Set<String> {
    var words = Set<String>()
    for word in Text.words(title.lowercased())
    where word.count >= RelatedRules.minimumSubjectWordChars && word.contains(where: \.isLetter) {
      let value = String(word)
      if !functionWords.contains(value), !VocabularySubjectless.all.contains(value) {
        words.insert(String(value.prefix(RelatedRules.subjectStemChars)))
      }
    }
    return words
  }

  private static let functionWords = Set(VocabularyStopwords.byLanguage.flatMap(\.words))

  /// "3:45", "1:02:10": a video's running time.
  static func isRunningTime(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count) else { return false }
    return parts.enumerated().allSatisfy { index, part in
      (index == 0 ? 1...2 : 2...2).contains(part.count) && part.allSatisfy(\.isASCIIDigit)
    }
  }

  private static func withoutWWW(_ host: String) -> String {
    let lower = host.lowercased()
    return lower.hasPrefix("www.") ? String(lower.dropFirst(4)) : lower
  }

  /// "See also" over cards that each show a picture: teasers of the site's posts, where a wiki's
  /// "See also" lists bare links.
  static func confirmsPictureCards(_ heading: Node, scan: RelatedScan) -> Bool {
    guard heading.textLength > 0, heading.textLength < RelatedRules.maximumHeadingChars, heading.linkTextLength == 0,
      SectionVocabulary.confirmingPhrases.mayOpen(heading), confirmingPrefixes.mayOpen(heading),
      SectionVocabulary.Opening(heading).opens(SectionVocabulary.confirmingPhrases),
      let block = block(under: heading, minimum: Thresholds.minimumRelatedCards, scan: scan)
    else { return false }
    let cards = cards(in: block, minimum: Thresholds.minimumRelatedCards, scan: scan)
    return cards.count >= Thresholds.minimumRelatedCards && eachShowsPicture(cards)
  }

  /// Whether every card shows a picture: a row of post teasers, not a list of bare links.
  static func eachShowsPicture(_ cards: [Node]) -> Bool {
    cards.allSatisfy { card in card.firstDescendant(where: { RelatedRules.pictureTags.contains($0) }) != nil }
  }

  private static let confirmingPrefixes = PhraseOpenings([SectionVocabulary.confirmingPhrases])

  /// A line that is one link and the blanks around it (`<p><strong><a>…</a> </strong></p>`).
  private static func isSpacedLinkLine(_ line: Node) -> Bool {
    let links = line.descendants { $0.tagID == anchorID && $0.textLength > 0 }
    return links.count == 1 && Text.clean(Page.rawText(links[0])) == Text.clean(Page.rawText(line))
  }

  /// A label line and the paragraphs of one link each under it.
  struct LinkRun {
    let heading: String?
    let lines: [Node]
  }

  /// A paragraph that opens with a related label and goes on with links a line each, `<br>`
  /// between them, closing the text: the label and the links. The links may sit in `<strong>`.
  static func inlineRun(in paragraph: Node) -> LinkRun? {
    guard mayHoldRun(paragraph) else { return nil }
    var label = ""
    var links: [Node] = []
    for child in paragraph.children {
      if child.kind == .text {
        if child.text.allSatisfy(\.isWhitespace) { continue }
        guard links.isEmpty else { return nil }
        label += child.text
        continue
      }
      if child.tag == "br" { continue }
      // The link itself, or an emphasis around it and nothing else.
      let link =
        child.tagID == anchorID
        ? child
        : child.elementChildren.count == 1 && child.elementChildren[0].tagID == anchorID
          && child.elementChildren[0].textLength == child.textLength ? child.elementChildren[0] : nil
      if let link, link.textLength > 0 {
        links.append(link)
        continue
      }
      // Before the links, the label set in an element of its own (`<strong>Read also:</strong>`).
      guard links.isEmpty, child.linkTextLength == 0 else { return nil }
      label += Page.rawText(child)
    }
    let cleaned = Text.clean(label)
    // A line break between the lines, wherever it is set (`<a>Title<br></a>` too).
    let breaks = paragraph.descendants { $0.tag == "br" }.count
    guard links.count >= Thresholds.minimumRelatedCards, breaks >= links.count - 1, !cleaned.isEmpty,
      cleaned.count < RelatedRules.maximumHeadingChars
    else { return nil }
    let opening = SectionVocabulary.Opening(cleaned)
    guard opening.opens(SectionVocabulary.relatedPhrases) || opening.opens(SectionVocabulary.confirmingPhrases),
      !opening.opens(SectionVocabulary.siteStreamPhrases) || opening.opens(SectionVocabulary.streamLengtheningPhrases),
      !opening.opens(SectionVocabulary.authorStreamPhrases), closesText(paragraph)
    else { return nil }
    return LinkRun(heading: cleaned, lines: links)
  }

  /// Whether a paragraph holds the links and line breaks of a run (`inlineRun`): a row's
  /// links, each one a link with text, and a break between two. Most paragraphs holding a
  /// link hold fewer, which a pass over their nodes tells before any text is read.
  private static func mayHoldRun(_ paragraph: Node) -> Bool {
    let document = paragraph.document
    var links = 0
    var breaks = 0
    for index in (paragraph.order + 1)..<paragraph.end {
      let record = document.records[index]
      if record.isText { continue }
      if record.tagID == anchorID, record.textLength > 0 { links += 1 } else if record.tagID == breakID { breaks += 1 }
    }
    return links >= Thresholds.minimumRelatedCards && breaks >= Thresholds.minimumRelatedCards - 1
  }
  private static var breakID: UInt8 { TagID.br }

  /// Whether no paragraph of prose follows an element among its siblings: it ends the text.
  private static func closesText(_ node: Node) -> Bool {
    guard let parent = node.parent, let index = parent.children.firstIndex(where: { $0 === node }) else {
      return false
    }
    return !parent.children[(index + 1)...].contains {
      $0.tagID == paragraphID && $0.textLength >= RelatedRules.minimumInsertProseChars && !isLinkLine($0)
    }
  }

  /// The paragraphs of one link each right after a label line ("Lesen Sie auch:" in a `<p>` of
  /// its own, then a post's title linked a line), when they close the text: prose after them
  /// makes them a "Read more" insert between paragraphs. Nil for fewer than a row's cards.
  static func linkRun(after heading: Node) -> [Node]? {
    var anchor = heading
    while let parent = anchor.parent, parent.tag != "body", parent.textLength == heading.textLength {
      anchor = parent
    }
    guard anchor.linkTextLength == 0, let parent = anchor.parent,
      let index = parent.children.firstIndex(where: { $0 === anchor })
    else { return nil }
    var lines: [Node] = []
    var rest = parent.children[(index + 1)...].filter(\.isElement)[...]
    while let next = rest.first {
      if next.textLength == 0, next.firstDescendant(where: { $0.tagID == anchorID }) == nil {
        rest = rest.dropFirst()
        continue
      }
      guard RelatedRules.runLineTags.contains(next), isLinkLine(next) || isSpacedLinkLine(next) else { break }
      lines.append(next)
      rest = rest.dropFirst()
    }
    guard lines.count >= Thresholds.minimumRelatedCards, closesText(lines[lines.count - 1]) else { return nil }
    return lines
  }

  /// Whether a block, or a wrapper holding only it and its heading, is classed as related.
  static func classedRelated(_ block: Node, heading: Node) -> Bool {
    isRelatedContainer(block)
      || block.ancestors.prefix(RelatedRules.maximumHeadingClimb).contains {
        $0.textLength <= block.textLength + heading.textLength && isRelatedContainer($0)
      }
  }

  /// The `<h1>` that shows the article's title (its text, kicker aside, is the title or holds
  /// it); without one, the page's first `<h1>` that is not the site's logo (`<a href="/"><h1><svg>`).
  /// A widget's or a menu's `<h1>` above it is not the headline.
  static func titleHeading(in page: Page, title: String?) -> Node? {
    let headings = page.elements("h1").filter { h1 in h1.textLength > 0 && h1.closest { $0.tagID == anchorID } == nil }
    if let wanted = title.map({ Text.lowered(Text.clean($0)) }), !wanted.isEmpty,
      let shown = headings.first(where: { h1 in
        let text = Text.lowered(Text.clean(TitleExtractor.headingText(h1)))
        return text == wanted || RelatedExtractor.holdsWords(text, wanted)
      })
    {
      return shown
    }
    return headings.first
  }

  /// Whether a block ends before the article's headline (`titleHeading`): a header dropdown or
  /// mega-menu ("3 related articles" in a sticky nav), not cards under or beside the article.
  static func precedesHeadline(_ block: Node, headline: Node?) -> Bool {
    guard let headline else { return false }
    return block.end <= headline.order
  }

  /// Whether a heading sits in a widget classed as the site's picks (WordPress Popular Posts'
  /// `widget popular-posts`, a `most-read` box), whatever the heading says.
  /// A block classed as related around the heading, nearer than the widget, wins: a theme that
  /// styles every box heading alike (`<p class="trending-content_header">` in
  /// `<section class="relatedContent">`) names no widget by it.
  static func inPopularWidget(_ heading: Node) -> Bool {
    var node: Node? = heading
    for _ in 0...RelatedRules.maximumHeadingClimb {
      // Not <body> or <html>: a page-wide flag ("has-popular-posts") marks no widget.
      guard let current = node, !current.isPageWrapper else { return false }
      if current !== heading, isRelatedContainer(current) { return false }
      if Evidence.hasCompound(current, RelatedRules.popularWidgetStems) {
        // The heading's own class is its style, unless no box classed related holds it.
        return current !== heading
          || !heading.ancestors.prefix(RelatedRules.maximumHeadingClimb).contains(where: isRelatedContainer)
      }
      node = current.parent
    }
    return false
  }

  /// Whether a heading sits in a sidebar widget (WordPress wraps each in `class="widget …"`), not
  /// counting a page-wide flag on `<body>` ("sidebar-widget-area").
  static func inWidget(_ heading: Node) -> Bool {
    heading.ancestors.prefix(RelatedRules.maximumHeadingClimb).contains {
      !$0.isPageWrapper && $0.hasClassToken(in: ClassTokens.widgetTokens)
    }
  }

  /// Whether a block sits between paragraphs of prose, or a paragraph and the next section's
  /// heading (wrappers holding only it climbed): an insert in the text, not the block under the
  /// article.
  static func isInsert(_ block: Node, heading: Node? = nil) -> Bool {
    var anchor = block
    while let parent = anchor.parent, parent.textLength == anchor.textLength { anchor = parent }
    guard let parent = anchor.parent else { return false }
    let index = anchor.siblingIndex
    // The block's own heading set just before it (`<h4>Auch interessant</h4><ul>…`) is passed over.
    let before = parent.children[..<index].last {
      $0.isElement && $0.textLength > 0 && !(heading.map($0.contains) ?? false)
    }
    let after = parent.children[(index + 1)...].first { $0.isElement && $0.textLength > 0 }
    // Prose before it, and the text going on after it: a paragraph or the next section's heading.
    func prose(_ node: Node?) -> Bool {
      node?.tagID == paragraphID && node!.textLength >= RelatedRules.minimumInsertProseChars
    }
    return prose(before) && (prose(after) || after.map { ContentWalker.headingTags.contains($0) } == true)
  }

  /// Whether a block between paragraphs is a box set beside the text column (`<aside>`, a
  /// `float_left` class, wrappers holding only it climbed), not an insert in the flow.
  static func setBesideText(_ block: Node) -> Bool {
    var node: Node? = block
    while let current = node {
      if current.tagID == asideID || current.hasClassToken(in: ClassTokens.besideTextTokens) { return true }
      guard let parent = current.parent, parent.textLength == current.textLength else { return false }
      node = parent
    }
    return false
  }

  private static var paragraphID: UInt8 { TagID.p }
  private static var asideID: UInt8 { TagID.aside }

  /// Whether a "more from" heading names the site itself ("More From Medium", "More From the
  /// Valley Times" on a page whose `og:site_name` says so, or whose address spells the name):
  /// the site's stream of posts.
  static func namesSite(_ heading: Node, page: Page) -> Bool {
    let text = Text.clean(Page.rawText(heading)).lowercased()
    guard let phrase = SectionVocabulary.moreHeadings.first(where: { text.hasPrefix($0) }) else { return false }
    let named = String(text.dropFirst(phrase.count)).trimmingScalars(in: .whitespaces)
    guard !named.isEmpty else { return false }
    if let site = page.meta["og:site_name"].map({ withoutArticle(Text.clean($0).lowercased()) }), !site.isEmpty,
      withoutArticle(named) == site
    {
      return true
    }
    // Else the site's name as its address spells it (many pages declare none), letters and
    // digits only ("More from Garden Blog" on gardenblog.example, "More from The Verge" on theverge.com).
    guard let label = page.baseURL?.host.flatMap(siteLabel) else { return false }
    let compact = String(named.filter { $0.isLetter || $0.isNumber })
    return compact == label || String(withoutArticle(named).filter { $0.isLetter || $0.isNumber }) == label
  }

  /// The label of a host that names the site: the one before its public suffix ("cnn" of
  /// edition.cnn.com, "bbc" of news.bbc.co.uk, "dailynews" of garden.dailynews.example, where
  /// "garden" names a section), lower-cased, letters and digits only ("gardeningsite" of
  /// gardening-site.com).
  static func siteLabel(_ host: String) -> String? {
    var labels = host.lowercased().split(separator: ".")
    guard labels.count >= 2 else { return nil }
    let topLevel = labels.removeLast()
    // A country's second-level suffix (co.uk, com.au, org.br).
    if topLevel.count == 2, labels.count >= 2, RelatedRules.secondLevelSuffixes.contains(String(labels.last!)) {
      labels.removeLast()
    }
    let label = labels.last.map { String($0.filter { $0.isLetter || $0.isNumber }) } ?? ""
    return label.isEmpty ? nil : label
  }

  /// A site's name without a leading English article ("the Los Angeles Times").
  private static func withoutArticle(_ name: String) -> String {
    name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
  }

  /// Whether a block found by its class opens with a heading that names something else than
  /// related or more posts ("Unsere Lesetipps", "Les + lus", "Meistgelesen"): the heading says
  /// what the block is.
  static func namedOtherwise(_ block: Node) -> Bool {
    guard
      let first = block.firstDescendant(where: { node in
        node.isElement && node.textLength > 0 && !node.children.contains { $0.isElement && $0.textLength > 0 }
      })
    else { return false }
    // The block's first line of text is its name when it is a heading, or a line classed as one
    // (`<span class="related__headline">`, `<p class="subtitle">`) before the first card's link.
    let line =
      ContentWalker.headingTags.contains(first)
      ? first : first.closest { ContentWalker.headingTags.contains($0) } ?? (namesHeading(first) ? first : nil)
    // A line all of it a link to a section page ("Galleries" → `/news/pictures/`) names the
    // block as well as plain text does; a link to a post is a card's title.
    guard let line, block.contains(line), line.linkTextLength == 0 || linksSection(line) else { return false }
    if let link = block.firstDescendant(where: { $0.tag == "a" && $0.attribute("href") != nil }),
      link.order < line.order, !link.contains(line)
    {
      return false
    }
    // A title linking to a section's page ("More Stories" → `/news/`) names that section's
    // stream, unless it says the posts are related ("Más de Sociedad").
    if line.linkTextLength > 0 { return kind(of: SectionVocabulary.Opening(line)) != .related }
    // "Up next" over a block classed as related is read under its heading, where its cards are
    // tested (a video queue, an ad feed): the class alone does not make it related.
    let kind = headingKind(line)
    if kind == .next { return true }
    // "See also" over a block classed as related confirms the class.
    return (kind == nil || kind == .siteStream)
      && !SectionVocabulary.Opening(line).opens(SectionVocabulary.confirmingPhrases)
  }

  /// Whether an element's class, or its wrapper's, calls it a heading ("headline", "title",
  /// `<div class="…__header"><span>`).
  private static func namesHeading(_ node: Node) -> Bool {
    guard RelatedRules.headingLikeTags.contains(node) else { return false }
    return Evidence.hasCompound(node, RelatedRules.headingClassStems)
      || node.parent.map {
        RelatedRules.headingLikeTags.contains($0) && Evidence.hasCompound($0, RelatedRules.headingClassStems)
      } ?? false
  }

  /// What a block's heading says its cards are.
  /// `next`: "Up next", "You might like": related only over the site's own posts.
  enum HeadingKind { case related, more, next, siteStream }

  /// 0 for a heading saying the posts are related, 2 for "more from the site" (a name a block
  /// classed as related may carry), nil otherwise.
  static func headingRank(_ heading: Node) -> Int? {
    switch headingKind(heading) {
    case .related: 0
    case .more, .next: RelatedRules.moreRank
    case .siteStream, nil: nil
    }
  }

  static func headingKind(_ heading: Node) -> HeadingKind? {
    guard heading.textLength > 0, heading.textLength < RelatedRules.maximumHeadingChars else { return nil }
    // Most heading-like lines open with no phrase of the tables, which their first bytes tell;
    // one opening with an icon's ligature is read past the icon below.
    guard kindPrefixes.mayOpen(heading) || heading.children.first(where: \.isElement)?.tagID == iconID else {
      return nil
    }
    // All of it a link: a card's title ("Related post: …"), not the block's heading; unless it
    // is a line classed as a heading that links the section the cards come from
    // (`<div class="block-title"><a href="/sociedad/">Más de Sociedad</a></div>`).
    let allLink = heading.linkTextLength >= heading.textLength && !isTab(heading)
    // A heading element whose one link leads to the section of the cards (`<h2><a href="/cities/">See
    // also</a></h2>`) is as much a heading as a line classed as one.
    if allLink, !namesHeading(heading), !(ContentWalker.headingTags.contains(heading) && linksSection(heading)) {
      return nil
    }
    // Cleaned and lower-cased once for the tables.
    let found =
      kind(of: SectionVocabulary.Opening(heading))
      // An icon font's ligature before the words (`<i class="material-icons">filter_none</i>
      // WEITERE BEITRÄGE …`) is no part of the heading.
      ?? withoutIcon(heading).flatMap { kind(of: SectionVocabulary.Opening($0)) }
    if allLink, found != nil, !linksSection(heading) { return nil }
    return found
  }

  /// Whether an element's one link leads to a section or topic page: its address ends in a
  /// name of a word or two (`/sociedad/`, `/news/tech`), where a post's ends in its title's slug.
  static func linksSection(_ node: Node) -> Bool {
    let links = ([node] + node.descendants { $0.tagID == anchorID }).filter { $0.tagID == anchorID }
    guard links.count == 1, let href = links[0].attribute("href") else { return false }
    let path = href.prefix { $0 != "?" && $0 != "#" }
    let tail = path.split(separator: "/").last.map(String.init) ?? ""
    if tail.contains(where: \.isNumber) || tail.contains(".") || tail.isEmpty { return false }
    return tail.split(separator: "-").count <= RelatedRules.maximumTopicWords
  }

  /// A heading's text after the icon font's ligature it opens with, nil without one.
  static func withoutIcon(_ heading: Node) -> String? {
    guard let icon = heading.children.first(where: \.isElement), icon.tagID == iconID, icon.textLength > 0,
      icon.textLength < heading.textLength, !icon.children.contains(where: \.isElement)
    else { return nil }
    let text = Text.clean(Page.rawText(heading))
    let iconText = Text.clean(Page.rawText(icon))
    guard text.hasPrefix(iconText) else { return nil }
    return String(text.dropFirst(iconText.count)).trimmingScalars(in: .whitespaces)
  }

  /// The openings `kind(of:)` finds a kind in.
  private static let kindPrefixes = PhraseOpenings([
    SectionVocabulary.siteStreamPhrases, SectionVocabulary.relatedPhrases, SectionVocabulary.morePhrases,
    SectionVocabulary.nextReadPhrases,
  ])

  private static func kind(of opening: SectionVocabulary.Opening) -> HeadingKind? {
    if opening.opens(SectionVocabulary.authorStreamPhrases) { return nil }
    if opening.opens(SectionVocabulary.streamLengtheningPhrases) { return .related }
    if opening.opens(SectionVocabulary.siteStreamPhrases) { return .siteStream }
    if opening.opens(SectionVocabulary.relatedPhrases) { return .related }
    if opening.opens(SectionVocabulary.morePhrases) { return .more }
    if opening.opens(SectionVocabulary.nextReadPhrases) { return .next }
    return nil
  }
  private static var iconID: UInt8 { TagID.i }

  /// The block of cards a related heading titles: an ancestor close above it that is mostly
  /// cards, else the element right after it (the heading, often a `<b>` or a styled `<div>`,
  /// sits just before the list of cards).
  /// `climbing` false: only the element after the heading, not an ancestor.
  static func block(under heading: Node, minimum: Int, climbing: Bool = true, scan: RelatedScan) -> Node? {
    // "Related: <a>…</a>" inside a paragraph is a read-more insert, not the heading of a block.
    if let parent = heading.parent, RelatedRules.inlineParents.contains(parent), parent.textLength > heading.textLength
    {
      return nil
    }
    // A tab (`<li><a href="#panel">En relation</a></li>`) titles the panel it opens.
    if let panel = tabPanel(heading) { return isCardBlock(panel, minimum: minimum, scan: scan) ? panel : nil }
    var container = heading.parent
    for _ in 0..<RelatedRules.maximumHeadingClimb {
      guard let current = container, current.tag != "body", current.tag != "html" else { break }
      if climbing, isCardBlock(current, minimum: minimum, scan: scan) {
        // A wrapper of several titled blocks ("Related posts" then "Most read" in one box): its
        // largest row is another heading's, and so is every wrapper above it.
        if titlesOtherCards(current, heading: heading, minimum: minimum, scan: scan) { break }
        return current
      }
      container = current.parent
    }
    // The heading alone in its wrappers (`<div class="title"><h3>…</h3></div>`): look after the
    // outermost wrapper that holds nothing else.
    var anchor = heading
    while let parent = anchor.parent, parent.tag != "body", parent.textLength == heading.textLength {
      anchor = parent
    }
    // Its place read from the node, not by a search of its siblings: a wrapper of many lines
    // is asked once per line.
    guard let parent = anchor.parent else { return nil }
    let index = anchor.siblingIndex
    guard let next = parent.children[(index + 1)...].first(where: { $0.isElement && $0.textLength > 0 }),
      !RelatedRules.inlineParents.contains(next)
    else { return nil }
    // Several groups of cards under one heading (the related row, then "Plus en Région", then
    // "Les plus populaires" in one wrapper): the heading titles the first, down the first children.
    var candidate = next
    for _ in 0...RelatedRules.maximumHeadingClimb {
      if isCardBlock(candidate, minimum: minimum, scan: scan) { return candidate }
      guard let first = candidate.children.first(where: { $0.isElement && $0.textLength > 0 }),
        !RelatedRules.inlineParents.contains(first)
      else { return nil }
      candidate = first
    }
    return nil
  }

  /// Whether the row of cards a wrapper above a heading holds is not the heading's: the row ends
  /// before the heading (a "Most read" list, then "Related posts" and its own list), or another
  /// block's heading stands between the heading and the row (a heading of the same tag, or a
  /// line a table names: "Related posts", its list, then "Meistgelesen" over the longer row).
  /// The lines before the row are read once per wrapper (`RelatedScan.linesBefore`): a wrapper
  /// holding many heading-like lines is asked about each of them, and a walk per line would
  /// grow with the square of the wrapper's size.
  static func titlesOtherCards(_ wrapper: Node, heading: Node, minimum: Int, scan: RelatedScan) -> Bool {
    let cards = cards(in: wrapper, minimum: minimum, scan: scan)
    guard let first = cards.first, let last = cards.last, !heading.contains(first) else { return false }
    if last.end <= heading.order { return true }
    guard first.order >= heading.end else { return false }
    let lines = scan.linesBefore(first, in: wrapper) { linesBefore(first, in: wrapper) }
    if lines.lastNamed >= heading.end { return true }
    return (lines.lastHeading[heading.tagID] ?? -1) >= heading.end
  }

  /// The last line between a wrapper's start and a row's first card that a table names, and the
  /// last heading element without a link of each tag there: a heading is followed by another
  /// block's heading before the row when one of them comes after it.
  static func linesBefore(_ first: Node, in wrapper: Node) -> RelatedScan.LinesBefore {
    var lines = RelatedScan.LinesBefore()
    let document = wrapper.document
    for order in (wrapper.order + 1)..<first.order where !document.records[order].isText {
      let line = Node(document, order)
      guard line.textLength > 0, !line.contains(first) else { continue }
      if ContentWalker.headingTags.contains(line), line.linkTextLength == 0 { lines.lastHeading[line.tagID] = order }
      if isHeadingLike(line), headingKind(line) != nil { lines.lastNamed = order }
    }
    return lines
  }

  /// Whether a box holds a line that a site-stream table names ("Most read", "Meistgelesen").
  static func holdsStreamHeading(_ box: Node) -> Bool {
    box.firstDescendant { isHeadingLike($0) && headingKind($0) == .siteStream } != nil
  }

  /// Whether the line just before a row's first card is a site-stream heading ("Most read" over
  /// its list): read back from the card to the first element with text, then up that line's
  /// wrappers that end before the card (`<h3>Most read <a>See all</a></h3>`).
  /// A strip of tabs read back to ("Related posts | Most popular" over its panels) is passed
  /// over: its last tab titles another panel, not this row.
  static func streamTitled(_ card: Node) -> Bool {
    let document = card.document
    var order = card.order - 1
    while order >= 0 {
      let record = document.records[order]
      if !record.isText {
        let node = Node(document, order)
        if node.textLength > 0, !node.contains(card) {
          if let strip = tabStrip(node, before: card) {
            order = strip.order - 1
            continue
          }
          var line: Node? = node
          while let current = line, !current.contains(card), !current.isPageWrapper {
            if isHeadingLike(current), headingKind(current) == .siteStream { return true }
            line = current.parent
          }
          return false
        }
      }
      order -= 1
    }
    return false
  }

  /// The strip of tabs a line is a tab of, or sits in (`<ul class="tabs">`, a heading of
  /// several tab links), nil for other lines; only wrappers that end before the card are read.
  static func tabStrip(_ line: Node, before card: Node) -> Node? {
    var node: Node? = line
    while let current = node, !current.contains(card), !current.isPageWrapper {
      if isTab(current), let parent = current.parent { return parent.tagID == itemID ? parent.parent : parent }
      node = current.parent
    }
    return nil
  }

  /// The panel a tab link opens (`<a href="#content-more-related">` → the element with that id).
  static func tabPanel(_ tab: Node) -> Node? {
    guard tab.tagID == anchorID, let id = panelTarget(tab), isTab(tab) else { return nil }
    let document = tab.document
    for index in 0..<document.records.count where !document.records[index].isText {
      let node = Node(document, index)
      if let value = node.attributeBytes("id"), value.elementsEqual(id) { return node }
    }
    return nil
  }

  /// A heading element, or a short element styled as one (Squarespace's summary block writes
  /// its "Keep Reading" as `<div class="summary-heading"><span>`).
  static func isHeadingLike(_ node: Node) -> Bool {
    if ContentWalker.headingTags.contains(node) || isTab(node) { return true }
    guard RelatedRules.headingLikeTags.contains(node), node.textLength > 0,
      node.textLength < RelatedRules.maximumHeadingChars
    else {
      return false
    }
    return true
  }

  /// One of several links that make a heading a row of tabs ("Verwandte Artikel | Mehr vom
  /// Autor"): each tab is a heading of its own, though all of the heading is links.
  static func isTab(_ node: Node) -> Bool {
    guard node.tagID == anchorID, node.textLength > 0, node.textLength < RelatedRules.maximumHeadingChars,
      let parent = node.parent
    else { return false }
    if ContentWalker.headingTags.contains(parent) {
      return parent.children.count { $0.tagID == anchorID && $0.textLength > 0 } >= RelatedRules.minimumTabs
    }
    guard parent.tagID == itemID, let list = parent.parent, RelatedRules.listTags.contains(list) else { return false }
    // A link with no address in a list item is a tab a script opens, the strip's only one
    // (`<ul class="tabs"><li class="active"><a>Ähnliche Artikel</a></li></ul>`): it leads nowhere.
    // A menu's dropdown toggle (`<li><a>More</a><ul>…</ul></li>`) is no strip of one.
    if node.attributeBytes("href") == nil {
      return list.children.count { $0.tagID == itemID } == 1
        && parent.firstDescendant(where: { RelatedRules.listTags.contains($0) }) == nil
    }
    // A list of in-page links to different places, one an item: a tab strip
    // (`<ul><li><a href="#content-more-related">`), not a row of buttons that all say `href="#0"`.
    guard panelTarget(node) != nil else { return false }
    // Only the strip's first items are read, and the answer is known at the second distinct
    // place: asked for every link of a long in-page list (a table of contents), a scan of the
    // whole list each time would grow with the square of its length.
    var targets: Set<[UInt8]> = []
    for item in list.children.lazy.filter({ $0.tagID == itemID }).prefix(RelatedRules.maximumTabItems) {
      for link in item.children where link.tagID == anchorID {
        guard let target = panelTarget(link) else { continue }
        targets.insert(target)
        if targets.count >= RelatedRules.minimumTabs { return true }
      }
    }
    return false
  }

  /// The place on the page a link opens (`href="#…"`), nil for other links.
  private static func panelTarget(_ link: Node) -> [UInt8]? {
    guard let href = link.attributeBytes("href"), href.count > 1, href[0] == 0x23 else { return nil }
    return Array(href.dropFirst())
  }
  private static var itemID: UInt8 { TagID.li }

  private static var anchorID: UInt8 { TagID.a }

  /// Related posts belong to the article: a block in the site's sidebar (`<aside>`, a
  /// `sidebar` column, `role=complementary`) outside any `<article>` is a site-wide widget
  /// ("Popular Posts", "Recent Posts"), whatever its heading says.
  static func inSidebar(_ node: Node, page: Page) -> Bool {
    for ancestor in node.ancestors {
      if ancestor.tag == "article" { return false }
      if ancestor.tag == "body" || ancestor.tag == "html" { return false }
      if ancestor.tag == "aside" || ancestor.attribute("role")?.lowercased() == "complementary"
        || page.namesSideColumn(ancestor, ClassTokens.sidebar)
      {
        // A `has-sidebar` layout wrapper holds the article itself: it is no sidebar.
        if holdsArticle(ancestor) { continue }
        return !ancestor.ancestors.contains { $0.tag == "article" }
      }
    }
    return false
  }

  /// Whether an element holds the article: its headline (`<h1>`) or an `<article>` longer than
  /// a card (cards are often `<article>` elements too).
  private static func holdsArticle(_ node: Node) -> Bool {
    node.firstDescendant { $0.tag == "h1" || ($0.tag == "article" && $0.textLength > RelatedRules.maximumCardChars) }
      != nil
  }

  private static func isCardBlock(_ node: Node, minimum: Int, scan: RelatedScan) -> Bool {
    scan.isCardBlock(node, minimum: minimum) { testCardBlock(node, minimum: minimum, scan: scan) }
  }

  private static func testCardBlock(_ node: Node, minimum: Int, scan: RelatedScan) -> Bool {
    let cards = cards(in: node, minimum: minimum, scan: scan)
    guard cards.count >= minimum else { return false }
    let cardText = cards.reduce(0) { $0 + $1.textLength }
    // Paragraphs of prose that each hold a link are not cards: a card is short and its link
    // (the post's title) is a fair part of it.
    let cardLinkText = cards.reduce(0) { $0 + $1.linkTextLength }
    // One card's long excerpt does not make the row prose: the cards' mean length counts. A
    // paragraph that is all one link (`<p><a>Post title</a></p>`, one a line under "Mehr zum
    // Thema:") is a title, not prose.
    guard cardText <= RelatedRules.maximumCardChars * cards.count,
      cards.allSatisfy({ $0.tag != "p" || isLinkLine($0) }),
      Double(cardLinkText) >= RelatedRules.minimumCardLinkShare * Double(cardText)
        || cards.allSatisfy({ hasLinkedHeading($0) || hasTitledLink($0) })
    else { return false }
    return Double(cardText) >= Thresholds.relatedCardShare * Double(node.textLength)
  }

  /// A paragraph whose text is all one link: a post's title set on a line of its own.
  private static func isLinkLine(_ paragraph: Node) -> Bool {
    paragraph.linkTextLength >= paragraph.textLength
      && paragraph.descendants { $0.tagID == anchorID && $0.textLength > 0 }.count == 1
  }

  /// A card whose title is a linked heading (`<a><h2>…</h2></a>`) is a card, however long its
  /// excerpt: prose paragraphs hold no headings.
  private static func hasLinkedHeading(_ card: Node) -> Bool {
    card.firstDescendant { node in
      ContentWalker.headingTags.contains(node) && node.textLength > 0
        && (node.linkTextLength == node.textLength || node.closest { $0.tagID == anchorID } != nil)
    } != nil
  }

  /// A card whose title heading is plain text over its one link ("Mehr erfahren", a Bootstrap
  /// `stretched-link`): the link leads to the post the heading names, however long the teaser.
  private static func hasTitledLink(_ card: Node) -> Bool {
    guard card.firstDescendant(where: { ContentWalker.headingTags.contains($0) && $0.textLength > 0 }) != nil
    else { return false }
    let addresses = Set(card.descendants { $0.tagID == anchorID && leadsAway($0) }.compactMap { $0.attribute("href") })
    return addresses.count == 1
  }

  private static func isRelatedContainer(_ node: Node) -> Bool { isRelatedContainer(node, classOrID: nil) }

  /// `classOrID`: `RelatedScan.classOrIDNames`, for a test of every element of the page.
  private static func isRelatedContainer(_ node: Node, classOrID: UnsafeBufferPointer<Bool>?) -> Bool {
    let tag = node.tagID
    guard tag != bodyID, tag != htmlID, tag != anchorID else { return false }
    // Each token and compound below holds one of these stems: most elements have none.
    guard hasRelatedStem(node, classOrID: classOrID) else { return false }
    let tokens = node.classTokens
    return tokens.contains("related") || tokens.contains("relatedposts") || tokens.contains("yarpp")
      || node.hasClassToken(in: ClassTokens.relatedTokensByLanguage)
      || Evidence.hasCompound(node, ClassTokens.relatedMatcher)
  }

  private static var bodyID: UInt8 { TagID.body }
  private static var htmlID: UInt8 { TagID.html }

  /// `Evidence.hasCompound(node, RelatedRules.relatedStems)` over the `class` and `id` values
  /// in place, each lower-cased into a buffer on the stack: asked of every element of a page,
  /// most of which no other test reads the class of, the kept copy `Node.classAndID` makes
  /// cost more than the search. A stem holds no space, so no stem spans two values.
  /// The document as a guaranteed reference (`Node.withDocument`): a strong local of it cost a
  /// retain and a release per element.
  private static func hasRelatedStem(_ node: Node, classOrID: UnsafeBufferPointer<Bool>?) -> Bool {
    node.withDocument { hasRelatedStem(node.order, in: $0, classOrID: classOrID) }
  }

  private static func hasRelatedStem(
    _ order: Int, in document: Document, classOrID: UnsafeBufferPointer<Bool>?
  ) -> Bool {
    let record = document.records[order]
    guard !record.isText, record.spanCount > 0 else { return false }
    for index in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
      let attribute = document.attributes[index]
      guard attribute.valueCount > 1 else { continue }
      let name = Int(attribute.name)
      if let classOrID {
        guard classOrID[name] else { continue }
      } else {
        let length = document.nameLengths[name]
        guard length == 5 || length == 2, document.names[name] == "class" || document.names[name] == "id" else {
          continue
        }
      }
      let start = Int(attribute.valueStart)
      let count = min(Int(attribute.valueCount), Thresholds.maximumClassIDBytes)
      let value = UnsafeBufferPointer(rebasing: document.bytes[start..<start + count])
      // Most values are lower case already: those are matched in place, without a copy.
      if !value.contains(where: { $0 &- 0x41 < 26 }) {
        if RelatedRules.relatedStems.matches(value) { return true }
        continue
      }
      let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
        for offset in 0..<count { buffer[offset] = ByteSearch.lower(value[offset]) }
        return RelatedRules.relatedStems.matches(UnsafeBufferPointer(buffer))
      }
      if found { return true }
    }
    return false
  }

  /// The repeated card structure: the element with the most children of one tag and class
  /// that each hold a link. Ties go to the group seen first, in document order.
  /// Made once per block and minimum (`RelatedScan`): a block is asked for by each heading and
  /// ancestor that may title it, and again when its posts are read.
  static func cards(in block: Node, minimum: Int, scan: RelatedScan) -> [Node] {
    scan.cards(of: block, minimum: minimum) { findCards(in: block, minimum: minimum, scan: scan) }
  }

  private static func findCards(in block: Node, minimum: Int, scan: RelatedScan) -> [Node] {
    // Whether a node holds one of the block's links: the page's table inside the block, none
    // outside it (`mergingRows` reads the rows beside a block's row).
    func holdsLink(_ node: Node) -> Bool { block.contains(node) && scan.holdsLink(node) }
    let document = block.document
    var best: [Node] = []
    for order in block.order..<block.end where !document.records[order].isText {
      let container = Node(document, order)
      // The children holding a link counted from the table first: most elements have too few
      // to beat the best group, and are passed over without gathering them.
      let count = scan.linkedChildCount(container)
      guard count >= minimum, count >= best.count else { continue }
      var linked: [Node] = []
      linked.reserveCapacity(count)
      for child in container.children where child.isElement && scan.holdsLink(child) { linked.append(child) }
      // No group of these children can beat the best so far: skip the signatures. A group as
      // large inside one of the best's cards may be a row of cards taken for one card (rows of
      // two `<section>` cards): it wins when the rows' cards together outnumber the rows.
      let insideBest =
        linked.count == best.count && best.count >= Thresholds.minimumRelatedCards
        && best.contains { $0.contains(container) }
      guard linked.count >= minimum, linked.count > best.count || insideBest else { continue }
      // Inside a card, its first two linked parts leading to one post (image and title): no row.
      if insideBest, let first = firstLink(linked[0])?.attributeBytes("href"),
        let second = firstLink(linked[1])?.attributeBytes("href"), first.elementsEqual(second)
      {
        continue
      }
      var signatures: [String] = []
      var groups: [String: [Node]] = [:]
      // The items of one list are one kind of card, whatever per-post classes each carries.
      let isList = RelatedRules.listTags.contains(container)
      for child in linked {
        let signature = isList ? child.tag : scan.kind(child)
        if groups[signature] == nil { signatures.append(signature) }
        groups[signature, default: []].append(child)
      }
      if !isList { mergeVariants(&groups, signatures: signatures) }
      for signature in signatures {
        let group = groups[signature]!
        if insideBest {
          // A card's own links (its image, title and "Read more") all lead to its post; a row's
          // cards each lead elsewhere.
          let targets = Set(group.compactMap { firstLink($0)?.attribute("href") })
          guard targets.count == group.count else { continue }
          let merged = mergingRows(group, holdsLink: holdsLink, wrappers: Thresholds.maximumRowWrappers, scan: scan)
          if merged.count > best.count { best = merged }
          continue
        }
        guard group.count > best.count, group.count <= Thresholds.maximumRelatedCards else { continue }
        // Cards carry a title of some length; a menu of one-word links does not. A card's link
        // shows its title or its picture: a row of icon links (share buttons beside each card,
        // "Social Share" over them) is no row of cards.
        if group.allSatisfy({
          let image = $0.firstDescendant(where: { $0.tag == "img" }) != nil
          return ($0.textLength >= RelatedRules.minimumCardChars || image) && ($0.linkTextLength > 0 || image)
        }) {
          best = group
        }
      }
    }
    // Rows each alone in a wrapper of one kind, several in the block (`<div class="contenu"><ul>`
    // three cards, a subscribers' label line, then another such wrapper): one row of cards.
    best = mergingRows(best, holdsLink: holdsLink, wrappers: Thresholds.maximumRowWrappers, scan: scan)
    return best.count >= minimum ? best : []
  }

  /// Whether a link is marked as one to a tag page: `rel="tag"`, or a class whose words name
  /// it a tag (`tag`, `ui-tag`, `post_tag`).
  static func isTagLink(_ link: Node) -> Bool {
    if let rel = link.attribute("rel")?.lowercased(),
      rel.split(separator: " ").contains(Substring(RelatedRules.tagWord))
    {
      return true
    }
    return link.classTokens.contains { token in
      token.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).contains(Substring(RelatedRules.tagWord))
    }
  }

  /// An element's first link with an address: itself or its first such descendant.
  private static func firstLink(_ node: Node) -> Node? {
    node.tagID == anchorID && node.attributeBytes("href") != nil
      ? node : node.firstDescendant { $0.tagID == anchorID && $0.attributeBytes("href") != nil }
  }

  /// A link that leads to another page: not a script (`javascript:history.go(-1)`, "Zurück zur
  /// Übersicht") nor a place on this one.
  static func leadsAway(_ link: Node) -> Bool {
    guard let href = link.attributeBytes("href") else { return false }
    guard let first = href.first else { return true }
    if first == 0x23 { return false }
    return !(href.count >= javascriptScheme.count && zip(href, javascriptScheme).allSatisfy { $0 | 0x20 == $1 })
  }
  private static let javascriptScheme = Array("javascript:".utf8)

  /// A card of a row carrying a modifier class beside the row's (`col rp nomargin` among `col rp`,
  /// `et-last-child` on the last column): each group of a signature also holds the cards whose
  /// class adds tokens to it, in document order. Not when the children are of many kinds: a row
  /// of cards shows a few.
  private static func mergeVariants(_ groups: inout [String: [Node]], signatures: [String]) {
    guard signatures.count > 1, signatures.count <= RelatedRules.maximumCardKinds else { return }
    let tokens = signatures.map { signature -> (tag: Substring, classes: Set<Substring>) in
      let parts = signature.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
      return (parts[0], Set(parts.count > 1 ? parts[1].split(separator: " ") : []))
    }
    var merged: [String: [Node]] = [:]
    for (index, signature) in signatures.enumerated() where !tokens[index].classes.isEmpty {
      var group = groups[signature]!
      for (other, variant) in signatures.enumerated() where other != index {
        guard tokens[other].tag == tokens[index].tag,
          tokens[other].classes.isStrictSuperset(of: tokens[index].classes)
        else { continue }
        group += groups[variant]!
      }
      if group.count > groups[signature]!.count { merged[signature] = group.sorted { $0.order < $1.order } }
    }
    for (signature, group) in merged { groups[signature] = group }
  }

  /// Cards laid out in rows (`td-related-row` > three `td-related-span4`, twice): the cards of
  /// every row of the same kind under the same grid are one group.
  /// With `wrappers`, a row alone in its wrapper (`div.entrada-post > div.row > section` cards)
  /// is read as the wrapper: the rows repeat as the wrappers do.
  private static func mergingRows(
    _ cards: [Node], holdsLink: (Node) -> Bool, wrappers: Int = 0, scan: RelatedScan
  ) -> [Node] {
    guard let row = cards.first?.parent, cards.allSatisfy({ $0.parent === row }) else { return cards }
    var wrapper = row
    var depth = 0
    while let parent = wrapper.parent, depth < wrappers,
      parent.children.count(where: { $0.isElement }) == 1
    {
      wrapper = parent
      depth += 1
    }
    guard let grid = wrapper.parent else { return cards }
    let wrapperKind = scan.kind(wrapper)
    let cardKind = RelatedRules.listTags.contains(row) ? cards[0].tag : scan.kind(cards[0])
    var merged: [Node] = []
    for sibling in grid.children where sibling.isElement && scan.kind(sibling) == wrapperKind {
      // Down the same number of lone wrappers to the row.
      var current = sibling
      for _ in 0..<depth {
        guard let only = current.children.first(where: \.isElement) else { break }
        current = only
      }
      let isList = RelatedRules.listTags.contains(current)
      for child in current.children where child.isElement && holdsLink(child) {
        if (isList ? child.tag : scan.kind(child)) == cardKind { merged.append(child) }
      }
    }
    return merged.count > cards.count && merged.count <= Thresholds.maximumRelatedCards ? merged : cards
  }

  /// A card's class without what varies per post: numbered variants (Jetpack
  /// `jp-relatedposts-post0`, WordPress `post-2841`) and taxonomy classes.
  static func cardClass(_ node: Node) -> String {
    guard let value = node.attribute("class") else { return "" }
    if let ascii = asciiCardClass(value) { return ascii }
    let names = value.lowercased().split(separator: " ").filter { name in
      !name.contains(where: \.isNumber) && !RelatedRules.perPostClassPrefixes.contains { name.hasPrefix($0) }
        && !RelatedRules.positionClasses.contains(String(name))
        && !RelatedRules.positionSuffixes.contains { name.count > $0.count && name.hasSuffix($0) }
    }.map(withoutModifier)
    return Set(names).sorted().joined(separator: " ")
  }

  /// `cardClass` over the bytes of an ASCII class, the usual case: the same tokens, filter
  /// and order (ASCII strings sort by their bytes) without a String per token; it runs for
  /// every child of every element of a candidate block. Nil for non-ASCII values.
  private static func asciiCardClass(_ value: String) -> String? {
    var tokens: [ArraySlice<UInt8>] = []
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.utf8.count)
    for byte in value.utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append(ByteSearch.lower(byte))
    }
    for token in bytes.split(separator: 0x20) {
      if token.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { continue }
      if perPostClassPrefixBytes.contains(where: { token.starts(with: $0) }) { continue }
      if positionClassBytes.contains(where: { token.elementsEqual($0) }) { continue }
      if positionSuffixBytes.contains(where: { token.count > $0.count && token.reversed().starts(with: $0.reversed()) })
      {
        continue
      }
      tokens.append(withoutModifier(token))
    }
    tokens.sort { $0.lexicographicallyPrecedes($1) }
    var joined: [UInt8] = []
    joined.reserveCapacity(bytes.count)
    for (index, token) in tokens.enumerated() {
      // A modifier's block is often there as well (`media--inset media`): once.
      if index > 0, token.elementsEqual(tokens[index - 1]) { continue }
      if index > 0 { joined.append(0x20) }
      joined.append(contentsOf: token)
    }
    return String(decoding: joined, as: UTF8.self)
  }

  /// A BEM class without its modifier (`media--inset` → `media`, `post--is-video` → `post`): cards
  /// of one row set as variants of one block are one kind of card.
  /// The class name before its first BEM `--` modifier; a name opening with `--` is all name (as
  /// the `Substring` form below reads it).
  private static func withoutModifier(_ name: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var index = name.startIndex
    while index + 1 < name.endIndex {
      if name[index] == 0x2D, name[index + 1] == 0x2D { return index == name.startIndex ? name : name[..<index] }
      index += 1
    }
    return name
  }

  /// Whether `text` holds `words` as whole words (a kicker before the title in one `<h1>`), not
  /// inside a longer word: a short title "News" is not shown by a widget's "Newsletter".
  static func holdsWords(_ text: String, _ words: String) -> Bool {
    guard !words.isEmpty else { return false }
    let isWordCharacter = { (character: Character) in character.isLetter || character.isNumber }
    var from = text.startIndex
    while let range = text.range(of: words, range: from..<text.endIndex) {
      let openBefore =
        range.lowerBound == text.startIndex || !isWordCharacter(text[text.index(before: range.lowerBound)])
      let openAfter = range.upperBound == text.endIndex || !isWordCharacter(text[range.upperBound])
      if openBefore && openAfter { return true }
      from = text.index(after: range.lowerBound)
    }
    return false
  }

  private static func withoutModifier(_ name: Substring) -> Substring {
    guard let range = name.range(of: "--"), range.lowerBound != name.startIndex else { return name }
    return name[..<range.lowerBound]
  }

  private static let perPostClassPrefixBytes = RelatedRules.perPostClassPrefixes.map { Array($0.utf8) }
  private static let positionClassBytes = RelatedRules.positionClasses.map { Array($0.utf8) }
  private static let positionSuffixBytes = RelatedRules.positionSuffixes.map { Array($0.utf8) }

  func extract(from context: Context) -> Related? {
    if let run = context.regions.relatedRun { return RelatedExtractor.related(in: run, page: context.page) }
    guard let node = context.regions.related else { return nil }
    if case .some(let read) = context.regions.relatedPosts { return read }
    return RelatedExtractor.related(in: node, page: context.page, scan: RelatedScan(block: node))
  }

  /// A label line's run of linked lines as a block: each line a post, the label its heading.
  static func related(in run: LinkRun, page: Page) -> Related? {
    let titles = articleTitles(page)
    let ownURL = page.baseURL.map { comparable($0.absoluteString) }
    let extractor = RelatedExtractor()
    let posts = run.lines.compactMap { extractor.card(from: $0, page: page) }.filter { post in
      guard let url = post.url else { return false }
      return !titles.contains(Text.lowered(post.title)) && !isOwnPage(comparable(url), ownURL: ownURL)
    }
    guard posts.count >= Thresholds.minimumRelatedCards,
      posts.count(where: { $0.title.split(separator: " ").count <= RelatedRules.maximumTopicWords }) * 2
        <= posts.count
    else { return nil }
    // Links all to other sites are sources or sponsors, not the site's posts.
    if let host = page.baseURL?.host.map(siteName),
      !posts.contains(where: { URL(string: $0.url ?? "")?.host.map(siteName) == host })
    {
      return nil
    }
    return Related(heading: run.heading, posts: posts)
  }

  /// The cards going on after a titled block's row of pictured cards in a plainer look (title
  /// links): the rest of the row when each is a plain card, else one list right after the
  /// row, a wrapper of it or the block itself (a `<section>` of small cards after the block of
  /// big ones). Nothing else between them: a line there ("Most read") names another block.
  static func continuation(of cards: [Node], in block: Node) -> [Node] {
    guard cards.count >= Thresholds.minimumRelatedCards, let last = cards.last, var node = last.parent,
      block.contains(last)
    else { return [] }
    if let rest = following(last) { return rest.allSatisfy(isPlainCard) ? rest : [] }
    // A list after the row goes on from a row of cards that each show a picture: after a row of
    // bare links (a tab's panel, a list of tags) it is another block.
    guard eachShowsPicture(cards) else { return [] }
    for _ in 0..<RelatedRules.maximumContinuationClimb {
      if let rest = following(node) { return rest[0].isElement ? cardList(in: rest[0]) ?? [] : [] }
      // Up to the block's own siblings, not beyond.
      guard node !== block, let parent = node.parent else { return [] }
      node = parent
    }
    return []
  }

  /// The posts of a block's plainer cards (`continuation`), or none when one of them repeats a
  /// post of the row (another stream of the site's posts follows). A card going on to another
  /// site is a sponsor's link set after the row.
  private static func continued(_ posts: [PostCard], after row: [PostCard], site: String?) -> [PostCard] {
    guard !posts.isEmpty else { return [] }
    let shown = Set(row.compactMap(\.url).map(comparable))
    guard shown.isDisjoint(with: posts.compactMap(\.url).map(comparable)) else { return [] }
    return posts.filter { post in site == nil || post.url.flatMap { URL(string: $0)?.host }.map(siteName) == site }
  }

  /// The siblings right after a card that are cards of its kind (tag and class), each short and
  /// leading to another page; empty for a paragraph, which is prose.
  static func likeSiblings(of card: Node, scan: RelatedScan) -> [Node] {
    guard card.tagID != paragraphID, card.textLength <= RelatedRules.maximumCardChars, let parent = card.parent,
      let index = parent.children.firstIndex(where: { $0 === card })
    else { return [] }
    let kind = scan.kind(card)
    var run: [Node] = []
    for sibling in parent.children[(index + 1)...] where run.count < Thresholds.maximumRelatedCards {
      guard sibling.isElement else {
        if sibling.text.allSatisfy(\.isWhitespace) { continue }
        break
      }
      // A rule or a spacer between two cards.
      if sibling.textLength == 0, sibling.firstDescendant(where: { $0.tagID == anchorID }) == nil { continue }
      guard scan.kind(sibling) == kind, sibling.textLength <= RelatedRules.maximumCardChars,
        sibling.firstDescendant(where: { $0.tagID == anchorID && leadsAway($0) }) != nil
      else { break }
      run.append(sibling)
    }
    return run
  }

  /// An element's following siblings that show text; nil when none does.
  private static func following(_ node: Node) -> [Node]? {
    guard let parent = node.parent, let index = parent.children.firstIndex(where: { $0 === node }) else { return nil }
    let rest = parent.children[(index + 1)...].filter { child in
      child.isElement ? child.textLength > 0 : !child.text.allSatisfy(\.isWhitespace)
    }
    return rest.isEmpty ? nil : rest
  }

  /// The cards of a list going on from a row: down the lone wrappers, the first element with
  /// two children or more that show text, all of them plain cards and no text of its own.
  private static func cardList(in container: Node) -> [Node]? {
    var node = container
    for _ in 0...RelatedRules.maximumContinuationWrapperDepth {
      guard !node.children.contains(where: { !$0.isElement && !$0.text.allSatisfy(\.isWhitespace) }) else {
        return nil
      }
      let shown = node.children.filter { $0.isElement && $0.textLength > 0 }
      if shown.count >= Thresholds.minimumRelatedCards {
        return shown.allSatisfy(isPlainCard) ? shown : nil
      }
      guard shown.count == 1 else { return nil }
      node = shown[0]
    }
    return nil
  }

  /// A short element without a picture whose links lead to one other page, a fair part of its
  /// text: a post's title link with at most a date or a subtitle beside it; not a paragraph of
  /// prose, a row of several posts or a promo's picture teaser.
  private static func isPlainCard(_ node: Node) -> Bool {
    guard node.isElement, node.textLength >= RelatedRules.minimumCardChars,
      node.textLength <= RelatedRules.maximumCardChars, node.tagID != paragraphID || isLinkLine(node),
      Double(node.linkTextLength) >= RelatedRules.minimumContinuationLinkShare * Double(node.textLength),
      node.firstDescendant(where: { RelatedRules.pictureTags.contains($0) }) == nil
    else { return false }
    let links = ([node] + node.descendants { $0.tagID == anchorID }).filter { $0.tagID == anchorID && leadsAway($0) }
    guard let first = links.first?.attributeBytes("href") else { return false }
    return links.allSatisfy { $0.attributeBytes("href")?.elementsEqual(first) ?? false }
  }

  /// The block's heading and posts, or nil when too few of its cards are posts of other pages.
  static func related(in node: Node, page: Page, titles: Set<String>? = nil, scan: RelatedScan) -> Related? {
    let heading = heading(of: node)
    let titled = heading.flatMap(headingRank) != nil
    var row = cards(in: node, minimum: titled ? 1 : Thresholds.minimumRelatedCards, scan: scan)
    // Cards set flat after their heading, with no wrapper of their own (`<h3>Related</h3>` then
    // `<div class="post-item">` three times in the article's column): the block found under the
    // heading is the first card or a part of it, and the card's like siblings are the others.
    // A tab's panel is a block of its own: the next panel belongs to the next tab.
    if titled, row.count <= 1, let heading, !node.contains(heading), !isTab(heading) {
      var first = node
      while let parent = first.parent, !parent.contains(heading) { first = parent }
      let run = likeSiblings(of: first, scan: scan)
      if !run.isEmpty { row = [first] + run }
    }
    // A row under a heading of the site's stream ("Most read") is the stream, whatever holds it.
    if let first = row.first, streamTitled(first) { return nil }
    // Under a heading that names the block, the plainer cards going on after its row are its too.
    let more = titled ? continuation(of: row, in: node) : []
    let cards = row + more
    // An `<h1>` inside the block is a card's title (themes that set every teaser's title in
    // one), not the article's.
    let ownTitles =
      page.elements("h1").contains(where: node.contains)
      ? articleTitles(page, outside: node) : titles ?? articleTitles(page)
    let ownURL = page.baseURL.map { comparable($0.absoluteString) }
    let headingText = heading.map { Text.lowered(Text.clean(Page.rawText($0))) }
    // A card of the page itself (a listicle's own slides, the article's title, its share
    // links) or without a link is not related; nor is the block's own heading link.
    let extractor = RelatedExtractor()
    let site = page.baseURL?.host.map(siteName)
    let shown = row.compactMap { extractor.card(from: $0, page: page) }
    let all = shown + continued(more.compactMap { extractor.card(from: $0, page: page) }, after: shown, site: site)
    // A card titled as the article and leading to it, between other cards, is the article's own
    // entry in a feed of the site's posts ("das könnte Ihnen auch gefallen" listing it among its
    // date neighbours): the block is not tied to the article. (A related block that leads with
    // the page's own card, then its picks, stays: that card is dropped below.)
    if let ownURL, all.count > 2,
      all.dropFirst().dropLast().contains(where: { post in
        ownTitles.contains(Text.lowered(post.title)) && post.url.map(comparable) == ownURL
      })
    {
      return nil
    }
    // Cards without a heading that include the article's own (a slider of the latest posts
    // opening with this one) are the site's stream, not posts picked for the article.
    if !titled,
      all.contains(where: { post in
        ownTitles.contains(Text.lowered(post.title)) || (ownURL != nil && post.url.map(comparable) == ownURL)
      })
    {
      return nil
    }
    let posts = all.filter { post in
      guard let url = post.url else { return false }
      let title = Text.lowered(post.title)
      // A card titled with a bare address is a link dump, not a post.
      if title.hasPrefix("http://") || title.hasPrefix("https://") { return false }
      return !ownTitles.contains(title) && title != headingText && !isOwnPage(comparable(url), ownURL: ownURL)
    }
    guard posts.count >= (titled ? 1 : Thresholds.minimumRelatedCards) else { return nil }
    // Links to topic pages ("Sofortkredit", "Eisspeicher", a tag page) without images or teasers
    // are a menu of the site's sections, not posts: most of their titles are a word or two.
    if posts.allSatisfy({ $0.image == nil && $0.excerpt == nil }),
      posts.count(where: { $0.title.split(separator: " ").count <= RelatedRules.maximumTopicWords }) * 2 > posts.count
    {
      return nil
    }
    // Links each marked as a tag (`rel="tag"`, `<a class="ui-tag">`) under "Ähnliche Themen"
    // lead to the site's topic pages: the article's tags, not posts.
    // A card whose meta line tags it (`<a class="tag">SQL</a>` beside its title link) is a post.
    if cards.allSatisfy({ card in
      let links = ([card] + card.descendants { $0.tagID == anchorID }).filter {
        $0.tagID == anchorID && leadsAway($0)
      }
      return !links.isEmpty && links.allSatisfy(isTagLink)
    }) {
      return nil
    }
    // A lone card is a card (a teaser with its image or title element), not a bare link under
    // the heading.
    if posts.count == 1, cards.allSatisfy({ $0.tag == "a" && $0.elementChildren.isEmpty }) { return nil }
    // Cards that all lead to other sites are sponsored links (Taboola, Outbrain), not the
    // site's related posts.
    if let host = page.baseURL?.host.map(siteName),
      !posts.contains(where: { URL(string: $0.url ?? "")?.host.map(siteName) == host })
    {
      return nil
    }
    let fallback =
      heading
      ?? node.firstDescendant { candidate in
        ContentWalker.headingTags.contains(candidate) && !cards.contains { $0.contains(candidate) }
      } ?? cards.first.flatMap { openingLine(of: node, before: $0) }
    let named = fallback.map { titleUnder(eyebrow: $0) ?? $0 }
    return Related(heading: named.flatMap { Text.nonEmpty(withoutIcon($0) ?? Page.rawText($0)) }, posts: posts)
  }

  /// The block's title when its "related" heading is an eyebrow over it: a heading element of a
  /// higher rank set right after it (`<h3>Related</h3><h2>Read further in the pursuit of
  /// knowledge</h2>`, then the cards) names the block, the lower one only labels it. A heading
  /// of a lower or the same rank after it is a card's title or a section of the block.
  static func titleUnder(eyebrow heading: Node) -> Node? {
    guard let level = headingLevel(heading) else { return nil }
    var next = heading.nextSibling
    while let node = next, !node.isElement, node.text.allSatisfy(\.isWhitespace) { next = node.nextSibling }
    guard let title = next, let titleLevel = headingLevel(title), titleLevel < level, title.textLength > 0,
      title.linkTextLength == 0, title.textLength < RelatedRules.maximumHeadingChars
    else { return nil }
    return title
  }

  /// 1 to 6 for `<h1>` to `<h6>`, nil for any other element.
  private static func headingLevel(_ node: Node) -> Int? {
    guard node.isElement else { return nil }
    let bytes = Array(node.tag.utf8)
    guard bytes.count == 2, bytes[0] == 0x68, bytes[1] >= 0x31, bytes[1] <= 0x36 else { return nil }
    return Int(bytes[1] - 0x30)
  }

  /// The block's first line when it is a short line of its own before the first card, not a
  /// link to another page (`<div class="field-label-above">Artikel zum Thema</div>`, a tab
  /// `<a href="#relatedposts_1"><span>You might also like</span></a>`): the block's name in
  /// words no table knows. A carousel's control ("‹", a slider dot "1", a `<button>`) or an ad
  /// slot's label ("Anzeige") names nothing.
  static func openingLine(of block: Node, before card: Node) -> Node? {
    guard
      let first = block.firstDescendant(where: { node in
        node.isElement && node.textLength > 0 && !node.children.contains { $0.isElement && $0.textLength > 0 }
      }), first.end <= card.order, first.textLength < RelatedRules.maximumHeadingChars,
      first.closest({ $0.tagID == anchorID && leadsAway($0) }) == nil,
      first.closest({ block.contains($0) && isButton($0) }) == nil
    else { return nil }
    let text = Text.clean(Page.rawText(first))
    guard
      text.split(whereSeparator: { !$0.isLetter }).contains(where: {
        $0.count >= Thresholds.minimumBlockNameWordLetters
      }),
      !VocabularyBoilerplate.wholeLines.contains(
        Text.lowered(text).trimmingScalars(in: TrimSets.punctuationAndSpaces))
    else { return nil }
    return first
  }
  private static var buttonID: UInt8 { TagID.button }

  /// Whether an element is a control: a `<button>` or an element given its role.
  static func isButton(_ node: Node) -> Bool {
    node.tagID == buttonID || node.attribute("role").map { $0.lowercased() == "button" } == true
  }

  /// The block's heading: the shortest element inside it that reads as a related heading (one
  /// tab of "Verwandte Artikel | Mehr vom Autor"), else the heading-like line just before it.
  static func heading(of block: Node) -> Node? {
    let candidates = block.descendants { isHeadingLike($0) && headingRank($0) != nil }
    // A word of a longer heading ("Noticias <strong>Relacionadas</strong>") is part of it; a tab
    // of a row ("Verwandte Artikel | Mehr vom Autor") opens the row's text.
    func partOfLonger(_ candidate: Node) -> Bool {
      candidates.contains { outer in
        outer !== candidate && outer.contains(candidate)
          && !Text.clean(Page.rawText(outer)).hasPrefix(Text.clean(Page.rawText(candidate)))
      }
    }
    let inside = candidates.filter { !partOfLonger($0) }.min { $0.textLength < $1.textLength }
    if let inside { return inside }
    var anchor = block
    for _ in 0..<RelatedRules.maximumHeadingClimb {
      guard let parent = anchor.parent, let index = parent.children.firstIndex(where: { $0 === anchor }) else {
        break
      }
      if let previous = parent.children[..<index].last(where: { $0.isElement && $0.textLength > 0 }) {
        let line = [previous] + previous.descendants { $0.isElement }
        // The line just before the block (in wrappers holding only it, or one tab of a row), not
        // a box before it that holds a heading and its own links (a "Related Topics" tag list
        // above a rail of the site's latest stories).
        return line.filter {
          isHeadingLike($0) && headingRank($0) != nil && ($0.textLength == previous.textLength || isTab($0))
        }.min { $0.textLength < $1.textLength }
      }
      anchor = parent
    }
    return nil
  }

  /// The article's own titles (`<h1>`, `og:title`): a card carrying one is the page itself.
  /// `outside`: a block whose own `<h1>` elements are its cards' titles.
  static func articleTitles(_ page: Page, outside block: Node? = nil) -> Set<String> {
    let headlines = page.elements("h1").filter { h1 in block.map { !$0.contains(h1) } ?? true }
    let titles = headlines.map { Page.rawText($0) } + [page.meta["og:title"]].compactMap { $0 }
    return Set(titles.map { Text.lowered(Text.clean($0)) })
  }

  /// A host's last two labels ("www.example.com" → "example.com"): the site a link leads to.
  static func siteName(_ host: String) -> String {
    host.lowercased().split(separator: ".").suffix(2).joined(separator: ".")
  }

  /// A URL without its query, fragment, scheme and trailing slash, to compare a card's link
  /// with the page's (`?share=facebook` on the page's own URL is the page).
  /// Whether a comparable address leads to the article itself or to one of its pages: a long
  /// article split over pages links "/2/", "/3/" under its own address ("Czytaj dalej" over
  /// "Strona 2", "Strona 3"), or `?page=2`, which `comparable` drops.
  static func isOwnPage(_ url: String, ownURL: String?) -> Bool {
    guard let ownURL else { return false }
    if url == ownURL { return true }
    guard url.hasPrefix(ownURL) else { return false }
    let rest = url.utf8.dropFirst(ownURL.utf8.count)
    return rest.first == UInt8(ascii: "/") && rest.count > 1 && rest.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  static func comparable(_ url: String) -> String {
    if let ascii = url.utf8.withContiguousStorageIfAvailable(asciiComparable), let ascii { return ascii }
    var value = String(url.prefix { $0 != "#" && $0 != "?" })
    if let range = value.range(of: "://") { value = String(value[range.upperBound...]) }
    while value.hasSuffix("/") { value.removeLast() }
    return value.lowercased()
  }

  /// `comparable` over the bytes of an ASCII address, the usual case: asked of every card's
  /// link, Foundation's search for "://" and `lowercased()` cost more than the rest of a card.
  /// Nil for other addresses (a Character may join a mark to "#" or "/").
  private static func asciiComparable(_ url: UnsafeBufferPointer<UInt8>) -> String? {
    var end = 0
    while end < url.count {
      let byte = url[end]
      guard byte < 0x80 else { return nil }
      if byte == 0x23 || byte == 0x3F { break }
      end += 1
    }
    for byte in url[end...] where byte >= 0x80 { return nil }
    var start = 0
    var index = 0
    while index + 3 <= end {
      if url[index] == 0x3A, url[index + 1] == 0x2F, url[index + 2] == 0x2F {
        start = index + 3
        break
      }
      index += 1
    }
    while end > start, url[end - 1] == 0x2F { end -= 1 }
    return String(unsafeUninitializedCapacity: end - start) { output in
      for offset in start..<end { output[offset - start] = ByteSearch.lower(url[offset]) }
      return end - start
    }
  }

  fileprivate func card(from card: Node, page: Page) -> PostCard? {
    let heading = RelatedExtractor.titleHeading(of: card)
    let anchors = ([card] + card.descendants { $0.isElement }).filter { $0.tag == "a" && $0.attribute("href") != nil }
    let titleAnchor =
      heading.flatMap { h in h.tag == "a" ? h : (h.firstDescendant { $0.tag == "a" } ?? h.closest { $0.tag == "a" }) }
      ?? anchors.max { $0.textLength < $1.textLength }
    // Without a heading, an element classed as the title (a card that is one `<a>` holding a
    // `card__tag` and a `card__title` span) rather than the whole link's text.
    let titleNode =
      heading
      ?? card.descendants { $0.isElement && $0.textLength > 0 && $0.hasClassToken(RelatedRules.titleToken) }
      .max { $0.textLength < $1.textLength }
      ?? card.descendants { $0.isElement && $0.textLength > 0 && RelatedExtractor.classedTitle($0) }
      .max { $0.textLength < $1.textLength }
    let image = card.firstDescendant { $0.tag == "img" }
    guard
      // A title link holding the post's date (`<a><div>Title</div><time>March 3, 2021</time></a>`)
      // without it.
      let title = titleNode.flatMap({ Text.nonEmpty(RelatedExtractor.titleText($0)) }) ?? titleAnchor.flatMap({
        Text.nonEmpty(RelatedExtractor.withoutTitleMeta($0) ?? RelatedExtractor.withoutKicker($0))
      })
        ?? image?.attribute("alt").flatMap(Text.nonEmpty),
      !RelatedRules.moreLinks.contains(Text.lowered(title))
    else { return nil }
    let url = page.resolveAsWritten(titleAnchor?.attribute("href") ?? anchors.first?.attribute("href"))
    func outsideTitle(_ node: Node) -> Bool {
      !(heading?.contains(node) ?? false) && !(titleNode?.contains(node) ?? false) && !node.contains(titleNode ?? card)
    }
    // The meta line: a byline-like element, else any short element with a date.
    let meta = card.firstDescendant { node in
      node.isElement && node !== heading && outsideTitle(node)
        && node.hasClassToken(in: RelatedRules.metaTokens)
    }
    let metaText = meta.map { RelatedExtractor.spacedText($0) }
    let author = RelatedExtractor.author(in: card, meta: meta, titleURL: url, page: page, outsideTitle: outsideTitle)
    let time = card.firstDescendant { $0.tag == "time" }
    // A numeric date reads in the page's language's order ("07/01/2018" on a French page is January 7).
    let order = DateOrder(page: page)
    func find(_ text: String) -> String? { order.find(in: text) }
    let publishedAt =
      metaText.flatMap(find) ?? time.flatMap { $0.attribute("datetime") }.flatMap { Dates.iso($0) }
      ?? time.flatMap { find(Page.rawText($0)) }
      ?? RelatedExtractor.shortLines(in: card, outsideTitle: outsideTitle).lazy.compactMap(find).first
      ?? RelatedExtractor.shortTexts(in: card, outsideTitle: outsideTitle).lazy.compactMap(find).first
      ?? RelatedExtractor.titleDateLines(in: heading ?? titleNode).lazy.compactMap(find).first
    let commentCount = metaText.flatMap(BylineExtractor.commentCount)
    // The excerpt: an excerpt-class element, else the longest paragraph that is not the title or meta.
    let excerptNode =
      card.firstDescendant { node in
        node.isElement && node.hasClassToken(in: RelatedRules.excerptTokens)
      }
      ?? card.descendants { $0.tag == "p" && !(meta?.contains($0) ?? false) && !(heading?.contains($0) ?? false) }
      .max { $0.textLength < $1.textLength }
    let excerpt = excerptNode.flatMap { Text.nonEmpty(Page.rawText($0)) }.flatMap {
      $0 == title || $0 == metaText ? nil : $0
    }
    return PostCard(
      title: title, url: url, author: author, publishedAt: publishedAt, commentCount: commentCount, excerpt: excerpt,
      image: image.flatMap { Images.image($0, page: page) })
  }

  /// The card's title heading: of several, the one classed as the title, else the first unless
  /// it is a short kicker above a longer heading (`<h3>Sociedad</h3>` above the `<h2>` title, a
  /// topic `<h4>` above the `<h3>`); a subtitle below the title is longer but comes second.
  static func titleHeading(of card: Node) -> Node? {
    // A heading linked to an author's page names the card's author, however long it is
    // (`<h2><a>Title</a></h2>` then `<h5><a href="/author/…">Name</a></h5>`).
    let headings = card.descendants {
      ContentWalker.headingTags.contains($0) && $0.textLength > 0 && !linksToProfile($0)
    }
    guard headings.count > 1 else {
      return headings.first ?? card.firstDescendant { ContentWalker.headingTags.contains($0) }
    }
    if let classed = headings.first(where: { $0.hasClassToken(in: RelatedRules.titleHeadingTokens) }) { return classed }
    let first = headings[0]
    return first.textLength <= RelatedRules.maximumKickerChars && headings[1].textLength > first.textLength
      ? headings[1] : first
  }

  /// Whether a heading's link leads to a person's profile page (`/author/…`, `/autor/…`).
  private static func linksToProfile(_ heading: Node) -> Bool {
    guard let link = heading.firstDescendant(where: { $0.tagID == anchorID }),
      let href = link.attributeBytes("href")
    else { return false }
    return RelatedRules.profilePathMatcher.matches(href)
  }

  /// An element whose class names it the title in one word with something else (`middleTitle`,
  /// `post-title`), not a subtitle.
  static func classedTitle(_ node: Node) -> Bool {
    Evidence.hasCompound(node, RelatedRules.titleStem) && !Evidence.hasCompound(node, RelatedRules.subtitleStem)
  }

  /// A card title's text without a kicker line set off by a line break
  /// (`<small>Einheit der Woche</small><br>Rumpf und Ausdauer`).
  static func titleText(_ node: Node) -> String {
    if let text = withoutTitleMeta(node) { return text }
    if let text = withoutRunInKicker(node) { return text }
    if let text = headlineOverSubtitle(node) { return text }
    guard let br = node.firstDescendant(where: { $0.tag == "br" }), let siblings = br.parent?.children,
      let index = siblings.firstIndex(where: { $0 === br }),
      let kicker = siblings[..<index].last(where: { $0.isElement || !$0.text.allSatisfy(\.isWhitespace) }),
      kicker.isElement, RelatedRules.kickerTags.contains(kicker)
    else { return Page.rawText(node) }
    let text = Text.clean(Page.rawText(node))
    let kickerText = Text.clean(Page.rawText(kicker))
    guard text.hasPrefix(kickerText), text.count > kickerText.count else { return text }
    return String(text.dropFirst(kickerText.count))
  }

  /// A title's text without a kicker run into it with no space between, set off as a line of its
  /// own by the page's style (`<h4><em>Gedenken</em>#WeRemember – …</h4>`, `<a><b>Video</b>Title</a>`):
  /// the text after it opens with a capital, a digit or an opening mark. A word emphasised in the
  /// title has a space or closing punctuation after it ("<em>Dune</em> review", "<em>Dune</em>'s
  /// sequel"); scripts written without spaces have no capitals. Nil when no such kicker opens it.
  static func withoutRunInKicker(_ node: Node) -> String? {
    func parts(_ element: Node) -> [Node] {
      element.children.filter { $0.isElement ? $0.textLength > 0 : !$0.text.allSatisfy(\.isWhitespace) }
    }
    // Down the wrappers holding the whole title (`<a>` in the heading, a `<span>` in the link).
    var container = node
    var shown = parts(container)
    while shown.count == 1, shown[0].isElement {
      container = shown[0]
      shown = parts(container)
    }
    guard shown.count >= 2, shown[0].isElement, RelatedRules.kickerTags.contains(shown[0]),
      shown[0].tagID != timeID, !shown[0].hasClassToken(in: ClassTokens.titleMeta)
    else { return nil }
    let rawKicker = Page.rawText(shown[0])
    let kicker = Text.clean(rawKicker)
    // The raw node right after the kicker: a space there (a blank text node, `&nbsp;`, a line
    // break in pretty-printed markup, an element opening with one) sets the kicker apart as a
    // word of the title (`<span>New</span> <span>York…</span>`).
    let index = shown[0].siblingIndex
    guard index + 1 < container.children.count else { return nil }
    let following = container.children[index + 1]
    guard kicker.count <= RelatedRules.maximumKickerChars, rawKicker.last.map({ !$0.isWhitespace }) == true,
      kicker.filter(\.isLetter).count >= RelatedRules.minimumKickerLetters, kicker.last?.isNumber == false,
      let next = (following.isElement ? Page.rawText(following) : following.text).first, !next.isWhitespace
    else { return nil }
    // Glued words read as one ("<b>Java</b>Script", "<span>New</span>York's"): a kicker only when the
    // title opens with a mark after it, or the kicker names a kind of post or is classed as one.
    guard
      runInOpeningMarks.contains(next)
        || (next.isUppercase
          && (VocabularyPostFormats.wordSet.contains(Text.lowered(kicker))
            || Evidence.hasCompound(shown[0], RelatedRules.kickerStems)))
    else { return nil }
    let text = Text.clean(Page.rawText(node))
    guard text.hasPrefix(kicker), text.count > kicker.count else { return nil }
    return String(text.dropFirst(kicker.count)).trimmingScalars(in: .whitespaces)
  }

  /// Marks a title may open with after a run-in kicker (`#WeRemember`, `»Das radikalisiert«`); not
  /// the straight "'", which is as often an apostrophe ("<em>Dune</em>'s sequel").
  private static let runInOpeningMarks: Set<Character> = [
    "#", "\"", "«", "»", "„", "“", "‘", "‚", "‹", "›", "¿", "¡", "(", "[",
  ]

  /// A title set as two lines that link the same post, a line break between them
  /// (`<a href="/x">Headline</a><br><a href="/x">Subtitle</a>`): the first line is the headline.
  static func headlineOverSubtitle(_ node: Node) -> String? {
    guard let br = node.firstDescendant(where: { $0.tag == "br" }), let siblings = br.parent?.children else {
      return nil
    }
    let index = br.siblingIndex
    func shown(_ candidate: Node) -> Bool {
      candidate.isElement ? candidate.textLength > 0 : !candidate.text.allSatisfy(\.isWhitespace)
    }
    guard let before = siblings[..<index].last(where: shown), let after = siblings[(index + 1)...].first(where: shown),
      before.tagID == anchorID, after.tagID == anchorID, let href = before.attribute("href"),
      after.attribute("href") == href
    else { return nil }
    // A rubric or date line over the headline (`<a>Interview</a><br><a>Why Bees…</a>`,
    // `<a>May 3, 2021</a><br><a>Title</a>`): the second line is the title.
    let first = Text.clean(Page.rawText(before))
    let second = Text.clean(Page.rawText(after))
    if DateOrder(language: nil).find(in: first) != nil
      || ((!first.contains(" ") || VocabularyPostFormats.wordSet.contains(Text.lowered(first)))
        && second.count > first.count)
    {
      return Text.nonEmpty(second)
    }
    return Text.nonEmpty(first)
  }

  /// A title heading's text without the post's date or topic set in it in an element of their
  /// own, nor the words it says to screen readers only (`<span class="sr-only">Internal link</span>`) (`<h2><span>Title</span><time>NOV. 7, 2010</time></h2>`, `<h3><a>Title</a><span
  /// class="c-teaser__category">(Thema: Ehrenamt)</span></h3>`); nil when it holds none.
  static func withoutTitleMeta(_ node: Node) -> String? {
    let meta = node.descendants { part in
      part.isElement && part.textLength > 0 && part.textLength < node.textLength
        && (part.tagID == timeID || part.hasClassToken(in: ClassTokens.titleMeta)
          || part.hasClassToken(in: RelatedRules.screenReaderTokens)
          || isTypeBadge(part, in: node))
    }
    guard !meta.isEmpty else { return nil }
    var output = ""
    func walk(_ current: Node) {
      for child in current.children {
        if child.kind == .text {
          output += child.text
        } else if child.tag == "br" {
          output += " "
        } else if !meta.contains(where: { $0 === child }) {
          walk(child)
        }
      }
    }
    walk(node)
    return Text.nonEmpty(output)
  }
  private static var timeID: UInt8 { TagID.time }

  /// A short badge classed as the post's type that opens or closes the title and names a kind of
  /// post (`<span class="badge">Podcast</span>`, `<span class="type_element">Vidéo</span>`); a
  /// part classed by type style (`type-bold`, `title-type`) that holds title words stays.
  static func isTypeBadge(_ part: Node, in title: Node) -> Bool {
    guard part.textLength <= RelatedRules.maximumKickerChars, part.hasClassToken(in: RelatedRules.titleBadgeTokens)
    else { return false }
    let badge = Text.clean(Page.rawText(part))
    guard VocabularyPostFormats.wordSet.contains(Text.lowered(badge)) else { return false }
    let text = Text.clean(Page.rawText(title))
    return text.count > badge.count && (text.hasPrefix(badge) || text.hasSuffix(badge))
  }

  /// A title link's text without the kicker line it opens with, classed as one
  /// (`<div class="highline">Krankschreibung</div><div>15 Irrtümer …</div>`).
  static func withoutKicker(_ link: Node) -> String {
    guard let kicker = link.firstDescendant(where: { $0.isElement && $0.textLength > 0 }),
      kicker.textLength < link.textLength, Evidence.hasCompound(kicker, RelatedRules.kickerStems)
    else { return withoutRunInKicker(link) ?? Page.rawText(link) }
    let text = Text.clean(Page.rawText(link))
    let kickerText = Text.clean(Page.rawText(kicker))
    guard text.hasPrefix(kickerText) else { return text }
    return String(text.dropFirst(kickerText.count)).trimmingScalars(in: .whitespaces)
  }

  /// The card's author: an author-classed element, a "By …" line, the meta line, or a link to
  /// a profile page whose text is a name.
  private static func author(
    in card: Node, meta: Node?, titleURL: String?, page: Page, outsideTitle: (Node) -> Bool
  ) -> String? {
    let byline = BylineExtractor()
    func name(_ text: String) -> String? {
      let part = byline.namesPart(of: text)
      let people = People.parse(part)
      guard let first = people.first?.name else { return nil }
      // Several authors ("Greta Lindholm und Paula Vierbein", "Jörg Bräutigam, Lucien Marchais"): the
      // line as the card shows it, from the first name to the last.
      if people.count > 1, let last = people.last?.name, let start = part.range(of: first),
        let end = part.range(of: last, options: .backwards), start.lowerBound < end.upperBound
      {
        return Text.clean(String(part[start.lowerBound..<end.upperBound]))
      }
      return first
    }
    if let node = card.firstDescendant(where: { node in
      node.isElement && outsideTitle(node) && node.textLength > 0 && node.textLength <= RelatedRules.maximumMetaChars
        && node.hasClassToken(in: RelatedRules.authorTokens)
    }), let found = name(spacedText(node)) {
      return found
    }
    let prefixes = RelatedRules.bylinePrefixes(language: page.htmlLanguage)
    for line in shortLines(in: card, outsideTitle: outsideTitle)
    where prefixes.contains(where: Text.lowered(line).hasPrefix) {
      if let found = name(line) { return found }
    }
    if let meta, let found = name(spacedText(meta)) { return found }
    if let found = nameAfterDate(in: card, prefixes: prefixes, outsideTitle: outsideTitle).flatMap(name),
      People.parse(found).allSatisfy({
        People.isPlausibleName($0.name) && $0.name.split(separator: " ").count >= RelatedRules.minimumDatedNameWords
      })
    {
      return found
    }
    for anchor in card.descendants(where: { $0.tag == "a" }) where anchor.textLength > 0 && outsideTitle(anchor) {
      guard let href = anchor.attribute("href"), RelatedRules.profilePathMatcher.matches(Array(href.utf8)),
        page.resolveAsWritten(href) != titleURL
      else { continue }
      let text = Text.clean(Page.rawText(anchor))
      if People.isPlausibleName(text) { return text }
    }
    return nil
  }

  /// The date set in a card's title heading in an element of its own (`<h4><b class="teaser__date">
  /// Interview | 01.11.2021</b><strong>Title</strong></h4>`), which the title leaves out: its text.
  /// Each is read in turn: a category set before the date (`<span class="category">Garden</span>
  /// <span class="date">May 3, 2021</span>`) holds none.
  static func titleDateLines(in title: Node?) -> [String] {
    let parts =
      title?.descendants { part in
        part.isElement && part.textLength > 0 && part.textLength <= RelatedRules.maximumMetaChars
          && part.hasClassToken(in: ClassTokens.titleMeta)
      } ?? []
    return parts.map { Page.rawText($0) }
  }

  /// The text after the card's date on the line that shows it, its separator dropped: the author
  /// written after the date (`<time>30.04.2020</time> · by Jane Doe`, `<span class="date">May 3</span>
  /// · <span class="author">Jane Doe</span>`). Only with a cue that it names a person: a byline
  /// word, an author class or a profile link; a bare "May 3 · New York" names a place, a section or
  /// the site as often. Nil without such a line.
  private static func nameAfterDate(in card: Node, prefixes: [String], outsideTitle: (Node) -> Bool) -> String? {
    // A `<time>` first: a date-classed line (`<div class="dateline">`) may hold it and the name.
    let time = card.firstDescendant { $0.tagID == timeID && $0.textLength > 0 && outsideTitle($0) }
    guard
      let date = time
        ?? card.firstDescendant(where: { node in
          node.isElement && node.textLength > 0 && outsideTitle(node) && node.hasClassToken(in: ClassTokens.dateTokens)
        }), let line = date.parent, line !== card, outsideTitle(line),
      line.textLength <= RelatedRules.maximumMetaChars,
      // A card that is one link: its text after the date is the title's.
      line.tagID != anchorID, line.closest({ $0.tagID == anchorID }) == nil
    else { return nil }
    var after = ""
    var classed = false
    for child in line.children[(date.siblingIndex + 1)...] {
      guard !child.isElement || !child.hasClassToken(in: RelatedRules.datedLineTopicTokens) else { return nil }
      if child.isElement,
        child.hasClassToken(in: RelatedRules.authorTokens)
          || (child.tagID == anchorID ? child : child.firstDescendant(where: { $0.tagID == anchorID }))
            .flatMap({ $0.attributeBytes("href") }).map({ RelatedRules.profilePathMatcher.matches($0) }) == true
      {
        classed = true
      }
      // A link to a page that is no profile names the post's topic ("May 3 · <a href="/garden/">Garden</a>").
      if child.isElement,
        let link = child.tagID == anchorID ? child : child.firstDescendant(where: { $0.tagID == anchorID }),
        let href = link.attributeBytes("href"), !RelatedRules.profilePathMatcher.matches(href)
      {
        return nil
      }
      after += child.isElement ? " " + Page.rawText(child) + " " : child.text
    }
    let name = String(Text.clean(after).drop { RelatedRules.dateNameSeparators.contains($0) || $0.isWhitespace })
    let lowered = Text.lowered(name)
    guard classed || prefixes.contains(where: lowered.hasPrefix) else { return nil }
    return Text.nonEmpty(name)
  }

  /// The texts of the card's short leaf elements outside its title: bare `<span>Nov 14, 2023</span>`
  /// dates and `<div class="c-attribution">By …</div>` lines.
  private static func shortLines(in card: Node, outsideTitle: (Node) -> Bool) -> [String] {
    card.descendants { node in
      node.isElement && node.textLength > 0 && node.textLength <= RelatedRules.maximumMetaChars && outsideTitle(node)
        && !node.children.contains { $0.isElement && $0.textLength > 0 }
    }.map { Text.clean(Page.rawText($0)) }
  }

  /// The card's short runs of text outside its title that sit beside elements, not alone in one:
  /// a date written next to the title link (`<li>2019-01-14: <a>…</a></li>`) or after the
  /// author's name (`par <span>Gaston Verlaine</span>, le 14 mai 2009`).
  private static func shortTexts(in card: Node, outsideTitle: (Node) -> Bool) -> [String] {
    card.descendants { node in
      node.kind == .text && node.textLength > 0 && node.textLength <= RelatedRules.maximumMetaChars
        && outsideTitle(node)
    }.map { Text.clean($0.text) }
  }

  /// A node's text with a space at each element boundary: Ghost separates the author and the
  /// date of a card only with HTML comments ("By Jonas Weber<!-- --><time>Nov 2, 2023").
  static func spacedText(_ node: Node) -> String {
    var output = ""
    func walk(_ current: Node) {
      for child in current.children {
        if child.kind == .text {
          output += child.text
        } else {
          output += " "
          walk(child)
          output += " "
        }
      }
    }
    walk(node)
    return Text.clean(output)
  }
}
