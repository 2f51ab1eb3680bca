import Foundation

/// The article body: one or more root nodes (a top candidate and the siblings that belong
/// with it) and the nodes inside them that are boilerplate.
struct Content {
  var roots: [Node]
  /// Orders of masked nodes; a node is masked when it or an ancestor is listed.
  var masked: Set<Int>
  /// Whether a main content was found (else the body is used and a warning given).
  var found: Bool
  /// The lead or dek the locator put in front of the body (`roots[0]`), read as a paragraph
  /// whatever its tag.
  var lead: Node? = nil

  func isMasked(_ node: Node) -> Bool { masked.contains(node.order) }
}

/// Phase 2b: finds the article body. Strategies in order: semantic containers
/// (`itemprop=articleBody`, body classes, `<article>`, `<main>`) holding most of the
/// page's paragraph text; then Readability-style paragraph scoring with sibling merging;
/// then the whole body.
enum ContentLocator {
  /// The body as the first attempt finds it, unless its masks took out most of the page's prose
  /// (a theme's "widget" or "hidden" word on the article's own wrapper): then a second attempt
  /// that reads markup only, not class words, and cleans nothing conditionally, if it keeps more;
  /// and when that is still short, a third that weighs no class words either (Readability's
  /// retries drop its flags one by one), if it keeps more again.
  static func locate(in page: Page, regions: Regions) -> Content {
    var best = attempt(in: page, regions: regions, readingClasses: true, weighingClasses: true)
    var kept = keptLength(best, page: page)
    for weighingClasses in [true, false] {
      guard kept < Thresholds.retryContentChars,
        Double(kept) < Thresholds.retryShareOfProse * Double(page.totalProse)
      else { return best }
      let retry = attempt(in: page, regions: regions, readingClasses: false, weighingClasses: weighingClasses)
      let retryKept = keptLength(retry, page: page)
      if retryKept > kept { (best, kept) = (retry, retryKept) }
    }
    return best
  }

  /// Visible characters of the body's roots outside their masked parts.
  static func keptLength(_ content: Content, page: Page) -> Int {
    let nodes = page.tree.nodes
    var length = 0
    for root in content.roots {
      var index = root.order
      while index < root.end {
        let node = nodes[index]
        if content.masked.contains(node.order) {
          index = node.end
          continue
        }
        if node.kind == .text { length += node.textLength }
        index += 1
      }
    }
    return length
  }

  private static func attempt(
    in page: Page, regions: Regions, readingClasses: Bool, weighingClasses: Bool
  ) -> Content {
    let isBoilerplate = readingClasses ? page.isBoilerplate : page.isChrome
    let body = page.elements("body").first ?? page.tree.root
    let nodes = page.tree.nodes
    // One pass: which subtrees are boilerplate, and the scored paragraph text at each order.
    var unlikely = [Bool](repeating: false, count: nodes.count + 1)
    var paragraphLength = [Int](repeating: 0, count: nodes.count + 1)
    var skipUntil = 0
    var paragraphs: [(node: Node, length: Int)] = []
    var wholes: [Node] = []
    for node in nodes where node.order >= skipUntil {
      guard node.isElement else { continue }
      if regions.contains(node) || isBoilerplate(node) {
        unlikely[node.order] = true
        skipUntil = node.end
        continue
      }
      let length = paragraphTextLength(node)
      if length >= Thresholds.minimumParagraphChars {
        paragraphLength[node.order] = length
        paragraphs.append((node, length))
      }
      // Readability also scores sections and subheadings by their whole text: a story cut into
      // `<section>`s deep below its container still lifts that container.
      if scoredWholeTags.contains(node), node.textLength >= Thresholds.minimumParagraphChars {
        wholes.append(node)
      }
    }
    var cumulative = [Int](repeating: 0, count: nodes.count + 1)
    for index in 0..<nodes.count { cumulative[index + 1] = cumulative[index] + paragraphLength[index] }
    let paragraphText = { (node: Node) in cumulative[node.end] - cumulative[node.order] }
    let total = cumulative[nodes.count]

    var roots: [Node]
    var found = true
    if let semantic = semanticContainer(page: page, total: total, paragraphText: paragraphText, unlikely: unlikely) {
      roots = [semantic]
      // Inside the container, the scored candidate and its siblings, when they keep nearly all of
      // its paragraph text, are the body without the container's header and interstitial headings.
      if let scored = scoredCandidate(
        paragraphs: paragraphs, wholes: wholes, body: body, weighingClasses: weighingClasses),
        scored.allSatisfy({ $0 !== semantic && semantic.contains($0) }),
        Double(scored.reduce(0) { $0 + paragraphText($1) })
          >= Thresholds.scoredShareOfContainer * Double(paragraphText(semantic))
      {
        roots = scored
      }
    } else if let scored = scoredCandidate(
      paragraphs: paragraphs, wholes: wholes, body: body, weighingClasses: weighingClasses)
    {
      roots = scored
    } else {
      roots = [body]
      found = false
    }
    if roots.reduce(0, { $0 + $1.textLength }) < Thresholds.minimumContentChars
      && !(roots.count == 1 && roots[0] === body)
    {
      roots = [body]
      found = false
    }
    // A side column or an appeal joined as a sibling box (`<div class="col_left">` story,
    // `<div class="col_right">` teasers) is not the article's, however it scored.
    if readingClasses, roots.count > 1 {
      let whole = roots.reduce(0) { $0 + $1.textLength }
      let kept = roots.filter { !isBoxBesideStory($0, within: whole, page: page) }
      if !kept.isEmpty { roots = kept }
    }
    var lead: Node?
    if found, let first = roots.first, first !== body {
      lead =
        leadBlock(before: first, page: page, regions: regions, isBoilerplate: isBoilerplate)
        ?? dekAfterTitle(before: first, page: page, regions: regions, isBoilerplate: isBoilerplate)
      if let lead { roots.insert(lead, at: 0) }
    }
    var masked = Set<Int>()
    for root in roots {
      mask(root, page: page, regions: regions, isBoilerplate: isBoilerplate, cleaning: readingClasses, into: &masked)
    }
    return Content(roots: roots, masked: masked, found: found && total > 0, lead: lead)
  }

  /// Tags of a lead paragraph set apart above the body; a heading only when classed as the lead
  /// (`h2.article-lead`, `h2.entry-summary`): themes set the dek in a heading's type.
  private static let leadTags: TagSet = ["p", "div", "section", "span", "h2", "h3", "h4"]
  /// Ancestors the lead is not looked for in: the page itself. A `<main>` is read (a story's
  /// `<header>` with its lead beside the `<article>` holding the body).
  private static let leadBoundaryTags: TagSet = ["#document", "html", "body"]

  /// The story's lead paragraph, classed as one ("teaser-text", "entry-excerpt", `p.lead`), that
  /// sits above the body's first root in a header or box of its own within a few ancestors: the
  /// nearest one, or nil. Only the part of each ancestor before the body is read, so the search
  /// reads each node once.
  private static func leadBlock(
    before first: Node, page: Page, regions: Regions, isBoilerplate: (Node) -> Bool
  ) -> Node? {
    let nodes = page.tree.nodes
    var inner = first
    var opening = OpeningWords()
    for _ in 0..<Thresholds.leadAncestorLevels {
      guard let ancestor = inner.parent, !leadBoundaryTags.contains(ancestor) else { return nil }
      var lead: Node?
      var index = ancestor.order + 1
      while index < inner.order {
        let node = nodes[index]
        guard node.isElement else {
          index += 1
          continue
        }
        if regions.contains(node) || isBoilerplate(node) {
          index = node.end
          continue
        }
        if leadTags.contains(node), node.hasClassToken(in: ClassTokens.lead),
          isLead(node, body: first, opening: &opening)
        {
          lead = node
          index = node.end
          continue
        }
        index += 1
      }
      if let lead { return lead }
      inner = ancestor
    }
    return nil
  }

  /// Subtrees a dek is never looked for in: a picture's caption, a list or table of links, a form.
  private static let dekSkippedTags: TagSet = ["figure", "figcaption", "ul", "ol", "table", "form", "picture"]

  /// The story's dek when nothing marks it: the first block of prose between the title heading
  /// and the body (`<hgroup><h1>Title</h1><h2>One sentence on the story…</h2></hgroup>`, a hero's
  /// `<h1>` over a `<p>`, an `<article>`'s `<h2>` under its `<h1>`), read when the `<h1>` before
  /// the body spells the page's title. Bylines, dates and share bars between them are regions,
  /// boilerplate or too short to read as prose.
  private static func dekAfterTitle(
    before first: Node, page: Page, regions: Regions, isBoilerplate: (Node) -> Bool
  ) -> Node? {
    guard let (heading, titles) = titleHeading(before: first, page: page) else { return nil }
    let nodes = page.tree.nodes
    var index = heading.end
    while index < first.order {
      let node = nodes[index]
      guard node.isElement else {
        index += 1
        continue
      }
      if regions.contains(node) || isBoilerplate(node) || dekSkippedTags.contains(node)
        || node.hasClassCue(.caption)
      {
        index = node.end
        continue
      }
      if node.end > first.order {  // an ancestor of the body: its part before the body is read
        index += 1
        continue
      }
      if leadTags.contains(node), node.textLength >= Thresholds.minimumLeadChars,
        node.firstDescendant(where: { paragraphBlockTags.contains($0) }) == nil
      {
        // A dateline or a reading time before the dek is passed over, and so is the title said again
        // (`h2.entry-title` under the `<h1>`); prose that is no lead ends the search.
        let text = Text.lowered(Text.clean(Page.rawText(node)))
        guard Text.words(text, limit: Thresholds.minimumDekWords).count >= Thresholds.minimumDekWords,
          !titles.contains(where: { $0.contains(text) })
        else {
          index = node.end
          continue
        }
        var opening = OpeningWords()
        return isLead(node, body: first, opening: &opening) ? node : nil
      }
      index += 1
    }
    return nil
  }

  /// The last `<h1>` before the body, when its text is the page's title (`og:title`, else the
  /// `<title>`, is it, or holds it when it is a few words long): a logo or a teaser's `<h1>` is no
  /// title, and what follows it no dek. A blog's name in its `<h1>` is part of the `<title>`
  /// ("Blog Name: Post Title") but not of `og:title`. With it, the titles, cleaned and lower-cased.
  private static func titleHeading(before first: Node, page: Page) -> (Node, [String])? {
    let headings = page.elements("h1")
    guard let heading = headings.last(where: { $0.end <= first.order }) else { return nil }
    let text = Text.lowered(Text.clean(Page.rawText(heading)))
    guard !text.isEmpty, let title = page.meta["og:title"] ?? page.titleTag else { return nil }
    let titles = [Text.lowered(Text.clean(Text.decodeEntities(title)))]
    let long = Text.words(text, limit: Thresholds.minimumTitleHeadWords).count >= Thresholds.minimumTitleHeadWords
    return titles.contains(where: { $0 == text || (long && $0.contains(text)) }) ? (heading, titles) : nil
  }

  /// Whether a lead-classed block reads as the lead: prose of a paragraph's length, no heading,
  /// few links, and not the body's first paragraph said again (a summary of the same words).
  /// `opening`: the words of the body's first paragraph, read on the first call for this body and
  /// kept for the next candidates (a lead-classed block per ancestor level read them again each).
  private static func isLead(_ node: Node, body: Node, opening: inout OpeningWords) -> Bool {
    guard node.textLength >= Thresholds.minimumLeadChars, node.textLength <= Thresholds.maximumLeadChars,
      node.linkDensity <= Thresholds.maximumLeadLinkDensity,
      node.firstDescendant(where: { ContentWalker.headingTags.contains($0) }) == nil
    else { return false }
    guard let paragraphWords = opening.words(of: body) else { return true }
    let leadWords = Text.words(Page.rawText(node))
    let repeated = leadWords.filter { paragraphWords.contains($0) }.count
    return Double(repeated) < Thresholds.leadRepeatShare * Double(leadWords.count)
  }

  /// The words of a body's first paragraph with text, read once: nil when it has none.
  private struct OpeningWords {
    private var read: Set<Substring>??

    mutating func words(of body: Node) -> Set<Substring>? {
      if let read { return read }
      let words = body.firstDescendant(where: { $0.tag == "p" && $0.textLength > 0 }).map {
        Set(Text.words(Page.rawText($0)))
      }
      read = .some(words)
      return words
    }
  }

  /// Characters a node contributes as a paragraph: a `<p>`-like block's text, or the text
  /// written directly in a `<div>` (old pages put paragraphs between `<br>`s).
  static func paragraphTextLength(_ node: Node) -> Int {
    // By tag number: asked of every element of the page, a String comparison per case cost more
    // than the sum.
    switch node.tagID {
    case TagID.p, TagID.pre, TagID.blockquote, TagID.td, TagID.dd:
      return node.textLength - node.linkTextLength / 2
    case TagID.div, TagID.section, TagID.article, TagID.span, TagID.font, TagID.center, TagID.main:
      var direct = 0
      for child in node.children where child.kind == .text || ContentWalker.inlineTags.contains(child) {
        if child.tagID != TagID.a { direct += child.textLength }
      }
      return direct
    default:
      return 0
    }
  }

  /// Readability's blocks that keep a `<div>` from being read as one paragraph.
  private static let paragraphBlockTags: TagSet = [
    "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "figure",
  ]

  /// Whether a `<div>`'s text is split into paragraphs: block children, or `<br><br>` (Readability
  /// turns a run of breaks into a paragraph boundary before scoring).
  private static func holdsParagraphs(_ node: Node) -> Bool {
    var lastWasBreak = false
    for child in node.children {
      if child.kind == .text {
        // Read in place: a String of the text was made (and kept) for this test alone.
        if child.textBytes.contains(where: { $0 > 0x20 }) { lastWasBreak = false }
        continue
      }
      guard child.isElement else { continue }
      if paragraphBlockTags.contains(child) { return true }
      if child.tagID == TagID.br {
        if lastWasBreak { return true }
        lastWasBreak = true
      } else {
        lastWasBreak = false
      }
    }
    return false
  }

  static let semanticTags: TagSet = ["article", "main"]
  /// Readability's scored tags beyond paragraphs (`DEFAULT_TAGS_TO_SCORE`), scored by their whole text.
  private static let scoredWholeTags: TagSet = ["section", "h2", "h3", "h4", "h5", "h6"]

  private static func semanticContainer(
    page: Page, total: Int, paragraphText: (Node) -> Int, unlikely: [Bool]
  ) -> Node? {
    guard total > 0 else { return nil }
    // Over records, boilerplate subtrees skipped (`semanticCandidates`): tested per element, the
    // attribute lookups and the class matcher were most of the locator's walk.
    let candidates = semanticCandidates(in: page, unlikely: unlikely)
    // Ranked as Readability ranks candidates, by text less its links: an `<article>` of teaser
    // cards (each intro a link) holds more paragraph text than the story beside it.
    func weight(_ node: Node) -> Double { Double(paragraphText(node)) * (1 - node.linkDensity) }
    guard
      let best = candidates.max(by: { weight($0) < weight($1) || (weight($0) == weight($1) && $0.order < $1.order) }),
      Double(paragraphText(best)) >= Thresholds.semanticShareOfPage * Double(total),
      best.textLength >= Thresholds.minimumContentChars
    else { return nil }
    // The innermost candidate that keeps nearly all of the best one's paragraph text.
    let inner = candidates.filter {
      best.contains($0) && Double(paragraphText($0)) >= Thresholds.innerContainerShare * Double(paragraphText(best))
    }
    return inner.max(by: { $0.order < $1.order }) ?? best
  }

  /// Readability's scoring: each paragraph scores 1 + commas + one per 100 characters (at most
  /// 3), given in full to its parent, half to its grandparent and a third per level above.
  /// `weighingClasses`: whether class words weigh a candidate (Readability's `FLAG_WEIGHT_CLASSES`,
  /// dropped on its retry): a one-paragraph "intro__text" box's +25 outscores the column of
  /// unclassed paragraphs under it, and the first attempt keeps only the intro.
  private static func scoredCandidate(
    paragraphs: [(node: Node, length: Int)], wholes: [Node], body: Node, weighingClasses: Bool
  ) -> [Node]? {
    // Scores by document order, in an array as large as the part of the page scored: hashing
    // nodes into a dictionary cost more than the scoring. `touched` keeps first-scored order.
    let size = max(paragraphs.map(\.node.end).max() ?? 0, wholes.map(\.end).max() ?? 0)
    var scores = [Double](repeating: 0, count: size)
    var scored = [Bool](repeating: false, count: size)
    var touched: [Node] = []
    func initial(_ node: Node) -> Double {
      var score = weighingClasses ? Evidence.classWeight(node) : 0
      switch node.tag {
      case "div", "article", "section", "main": score += 5
      case "pre", "td", "blockquote": score += 3
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
      case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
      default: break
      }
      return score
    }
    for (node, length) in paragraphs {
      let commas = Page.rawTextCount(node, byte: UInt8(ascii: ","))
      let contentScore = 1 + Double(commas) + min(Double(length) / 100, 3)
      var level = 0
      // A `<div>` of text alone is a paragraph (Readability retags it `<p>`) and scores its parent;
      // one mixing text with blocks holds its text runs as paragraphs and scores itself.
      let holdsBlocks = holdsParagraphs(node)
      var ancestor: Node? = (node.tag == "div" || node.tag == "section") && holdsBlocks ? node : node.parent
      while let current = ancestor, level < 5, current.tag != "#document" {
        if !scored[current.order] {
          scored[current.order] = true
          scores[current.order] = initial(current)
          touched.append(current)
        }
        let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
        scores[current.order] += contentScore / divider
        level += 1
        ancestor = current.parent
      }
    }
    for node in wholes {
      var commas = 0
      for text in node.descendants(where: { $0.kind == .text && $0.textLength > 0 }) {
        for byte in text.textBytes where byte == UInt8(ascii: ",") { commas += 1 }
      }
      let contentScore = 1 + Double(commas) + min(Double(node.textLength) / 100, 3)
      var level = 0
      var ancestor = node.parent
      while let current = ancestor, level < 5, current.tag != "#document" {
        if !scored[current.order] {
          scored[current.order] = true
          scores[current.order] = initial(current)
          touched.append(current)
        }
        scores[current.order] += contentScore / (level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3))
        level += 1
        ancestor = current.parent
      }
    }
    var best: Node?
    var bestScore = -Double.infinity
    for node in touched {
      let final = scores[node.order] * (1 - node.linkDensity)
      scores[node.order] = final
      if final > bestScore || (final == bestScore && node.order < (best?.order ?? .max)) {
        best = node
        bestScore = final
      }
    }
    guard var top = best, top.tag != "body" else { return nil }
    // Readability's common-ancestor rule: when several near-top candidates share an ancestor,
    // the article is that ancestor (how-to pages split their body into one box per step).
    let nearTop = touched.sorted { scores[$0.order] > scores[$1.order] }.prefix(Thresholds.topCandidates)
      .filter { scores[$0.order] >= Thresholds.alternativeCandidateShare * bestScore }.filter { $0 !== top }
    if nearTop.count >= Thresholds.minimumAlternativeCandidates {
      var ancestor = top.parent
      while let current = ancestor, current.tag != "body", current.tag != "#document" {
        if nearTop.filter({ $0 !== current && current.contains($0) }).count >= Thresholds.minimumAlternativeCandidates {
          top = current
          break
        }
        ancestor = current.parent
      }
    }
    // A lone child says nothing about where the article ends: use its parent.
    while let parent = top.parent, parent.tag != "body", parent.elementChildren.count == 1 { top = parent }
    // Readability's climb: a parent scoring higher than the candidate holds more of the article.
    func scoreOf(_ node: Node) -> Double? { node.order < size && scored[node.order] ? scores[node.order] : nil }
    var lastScore = scoreOf(top) ?? bestScore
    var parent = top.parent
    while let current = parent, current.tag != "body", current.tag != "#document" {
      guard let score = scoreOf(current) else {
        parent = current.parent
        continue
      }
      if score < bestScore / 3 { break }
      if score > lastScore {
        top = current
        break
      }
      lastScore = score
      parent = current.parent
    }
    guard let container = top.parent else { return [top] }
    let topScore = scoreOf(top) ?? bestScore
    let threshold = max(10, topScore * Thresholds.siblingScoreShare)
    var roots: [Node] = []
    for sibling in container.elementChildren {
      if sibling === top {
        roots.append(sibling)
        continue
      }
      var append = false
      // Readability's class bonus: a sibling of the same class as the candidate is another box of
      // the same body (a magazine story cut into "acf-content" blocks between full-width figures).
      let sameClass = sibling.attribute("class").map { !$0.isEmpty && $0 == top.attribute("class") } ?? false
      let bonus = sameClass ? topScore * Thresholds.siblingScoreShare : 0
      if let score = scoreOf(sibling), score + bonus >= threshold { append = true }
      if sibling.tag == "p" {
        let length = sibling.textLength
        let density = sibling.linkDensity
        let text = Text.clean(Page.rawText(sibling))
        if length > 80 && density < 0.25 { append = true }
        if length > 0 && length <= 80 && density == 0 && text.hasSuffix(".") { append = true }
      }
      if append { roots.append(sibling) }
    }
    guard roots.count == 1 else { return withHeadingBanners(roots, in: container) }
    return withTwinBoxes(top: top, topScore: topScore, scoreOf: scoreOf) ?? roots
  }

  /// The joined boxes with the boxes of headings alone set between them (`<section
  /// class="band"><div><h2>Stage one</h2><h3>Soak the seeds</h3></div></section>` over the next
  /// box of steps): they title the box after them, though holding no paragraph to score.
  private static func withHeadingBanners(_ roots: [Node], in container: Node) -> [Node] {
    guard let first = roots.first?.order, let last = roots.last?.order else { return roots }
    var kept: [Node] = []
    kept.reserveCapacity(roots.count)
    var next = 0
    for sibling in container.elementChildren where sibling.order >= first && sibling.order <= last {
      if next < roots.count, roots[next] === sibling {
        kept.append(sibling)
        next += 1
      } else if isHeadingBanner(sibling) {
        kept.append(sibling)
      }
    }
    return kept
  }

  /// Whether a box holds headings and nothing else to read: no link, all its text in headings.
  private static func isHeadingBanner(_ node: Node) -> Bool {
    guard node.textLength > 0, node.linkTextLength == 0, node.textLength <= Thresholds.maximumHeadingBannerChars
    else { return false }
    return node.elements(ContentWalker.headingTags).reduce(0) { $0 + $1.textLength } >= node.textLength
  }

  /// The article cut into boxes of one class that are not siblings of the candidate but of one of
  /// its ancestors (a CMS's text modules, `<div class="container-fluid headline-with-text">` each
  /// holding a few paragraphs, set directly under `<body>` between full-width tables and figures):
  /// the ancestor's same-class siblings that score as prose join it, in document order, the
  /// ancestor taking the place of the candidate. Tried only when Readability's sibling rule joined
  /// nothing (where it joined boxes, it decided where the article ends). Nil when no ancestor
  /// within `Thresholds.twinBoxLevels` has such a sibling.
  private static func withTwinBoxes(top: Node, topScore: Double, scoreOf: (Node) -> Double?) -> [Node]? {
    var box = top
    for _ in 0..<Thresholds.twinBoxLevels {
      guard let parent = box.parent, parent.tag != "#document", box.tag != "body" else { return nil }
      if let kind = box.attribute("class"), !kind.isEmpty {
        let boxScore = scoreOf(box) ?? topScore
        let twins = parent.elementChildren.filter { sibling in
          sibling !== box && sibling.tag == box.tag && sibling.attribute("class") == kind
            && (scoreOf(sibling) ?? 0) >= Thresholds.twinBoxScoreShare * boxScore
            && sibling.linkDensity <= Thresholds.maximumTwinBoxLinkDensity
            // A box with its own `<time>` is another dated post of a page listing several
            // (`<div class="grid_8 zero"><time>1. Dezember 2021</time>…`), not more of this one.
            && sibling.firstDescendant(where: { $0.tag == "time" }) == nil
        }
        if !twins.isEmpty { return ([box] + twins).sorted { $0.order < $1.order } }
      }
      box = parent
    }
    return nil
  }

  // Tags compared by id in the per-element walk of `mask`: no String per element.
  private static var listItemID: UInt8 { TagID.li }
  private static var linkID: UInt8 { TagID.a }
  private static var articleID: UInt8 { TagID.article }
  private static var figureID: UInt8 { TagID.figure }

  /// Marks boilerplate inside the article: chrome, the located regions, link-heavy blocks.
  /// An article's `<header>` stays: its title is dropped as the title, its dek is content.
  private static func mask(
    _ root: Node, page: Page, regions: Regions, isBoilerplate: (Node) -> Bool, cleaning: Bool,
    into masked: inout Set<Int>
  ) {
    let rootLength = root.textLength
    // Inside a heading a link is part of its text (Wikipedia's "History[edit]"), and inside a
    // kept list it is the item (a contents entry, a reference): neither is a menu. Inside a link of
    // inline words, a `<span>` around them (a dictionary link's `<a><ruby><span>虐待</span>`) is the
    // link itself; a link around blocks is a card, judged box by box, unless it is a script's
    // `javascript:` link, which leads nowhere and is its text (Readability unwraps those).
    func keepsLinks(_ node: Node) -> Bool {
      ContentWalker.headingTags.contains(node) || node.tagID == listItemID
        || (node.tagID == linkID
          && (node.attribute("href", lowerCasedOpensWith: "javascript:")
            || node.firstDescendant(where: { ContentWalker.blockTags.contains($0) }) == nil))
    }
    var runs = TeaserRuns.Found()
    func walk(_ node: Node, keepLinks: Bool) {
      // The box's teaser cards, read once when it has an `<article>` child.
      var cards: Set<Int>?
      func isTeaserCard(_ child: Node) -> Bool {
        guard child.tagID == articleID else { return false }
        if cards == nil { cards = teaserCards(among: node.children, in: root) }
        return cards?.contains(child.order) ?? false  // a set: a box of 2,000 cards stays linear
      }
      // Rows of cards of other pages among the box's children (`TeaserRuns`), masked after the
      // cleaning, which measures its boxes with them.
      if cleaning { TeaserRuns.collect(among: node, page: page, into: &runs) }
      for child in node.children where child.isElement {
        if regions.contains(child) || isBoilerplate(child) || (!keepLinks && isLinkBlock(child))
          || isHeaderLabel(child) || isTeaserCard(child)
          || (cleaning && isBoxBesideStory(child, within: rootLength, page: page))
        {
          masked.insert(child.order)
          continue
        }
        walk(child, keepLinks: keepLinks || keepsLinks(child))
      }
    }
    walk(root, keepLinks: keepsLinks(root))
    if cleaning {
      ConditionalCleaning.clean(root, masked: &masked)
      masked.formUnion(runs.masked(within: rootLength))
    }
  }

  /// Tags of a side column or an appeal box: every one seen is a `<div>`, `<section>` or `<aside>`.
  /// Testing these alone keeps the class test off the body's paragraphs, links and spans.
  private static let boxBesideStoryTags: TagSet = ["div", "section", "aside"]

  /// Whether a box's class or id names it a column beside the story's or an appeal for money
  /// (`BodyBoxes`), is no picture with its caption, and holds neither half of the body's `whole` text
  /// nor most of the page's prose: a theme's "main-aside-container" or "aside-active" around
  /// the story is its wrapper. One pass of `BodyBoxes.anyMatcher` turns nearly every box away.
  private static func isBoxBesideStory(_ node: Node, within whole: Int, page: Page) -> Bool {
    guard boxBesideStoryTags.contains(node) else { return false }
    let value = node.classAndID
    guard value.count > 3, BodyBoxes.anyMatcher.matches(value),
      BodyBoxes.sideColumnMatcher.matches(value) || BodyBoxes.appealMatcher.matches(value)
        || node.hasClassToken(in: BodyBoxes.sideColumnTokens) || node.hasClassToken(in: BodyBoxes.appealTokens)
    else { return false }
    // A picture floated beside the text (`div.media-aside > figure`) is the article's: all its text is
    // the caption.
    if let figure = node.firstDescendant(where: { $0.tagID == figureID }), figure.textLength >= node.textLength {
      return false
    }
    return node.textLength * 2 < whole && !page.holdsMostProse(node)
  }

  /// The teaser cards among a box's children: short `<article>`s, each with a heading and a link out
  /// to the story it teases, two or more side by side (`<div class="Teasers"><h2>More on …</h2>
  /// <article class="Teaser"><h3>Other story</h3><p>Excerpt</p><a>Read more</a></article>…`, a
  /// news list's `<article class="article-item">`s under "Top stories"). The story is one long
  /// `<article>`, never a run of short ones. When the cards hold most of the body's text the page
  /// is a listing of them (an author's archive), which `Listing` reads off the cards: they stay.
  /// Their orders; empty for almost every box.
  private static func teaserCards(among children: Node.Children, in root: Node) -> Set<Int> {
    var cards: Set<Int> = []
    var length = 0
    for child in children where child.tag == "article" && isTeaserShaped(child) {
      cards.insert(child.order)
      length += child.textLength
    }
    guard cards.count >= Thresholds.minimumTeaserCards,
      Double(length) <= Thresholds.maximumTeaserShareOfBody * Double(root.textLength)
    else { return [] }
    return cards
  }

  /// Whether an `<article>` is shaped as a teaser card: short, with a heading and a link.
  private static func isTeaserShaped(_ node: Node) -> Bool {
    node.textLength > 0 && node.textLength <= Thresholds.maximumTeaserCardChars && node.linkTextLength > 0
      && node.firstDescendant(where: { ContentWalker.headingTags.contains($0) }) != nil
  }

  /// A heading whose class names it a header ("t-list-header", "subheaders"): Readability drops it
  /// as an unlikely candidate, where the article's own headings carry no such class. Its id is
  /// not read: an id names the anchor a section heading is jumped to by
  /// (`<h2 id="recipeIngredients_header">Ingredients</h2>`), not the box it labels.
  private static func isHeaderLabel(_ node: Node) -> Bool {
    guard ContentWalker.headingTags.contains(node), let value = node.attribute("class"), value.utf8.count > 1 else {
      return false
    }
    let lowered = Array(value.lowercased().utf8.prefix(Thresholds.maximumClassIDBytes))
    guard ClassTokens.headerMatcher.matches(lowered) && !ClassTokens.candidateMatcher.matches(lowered) else {
      return false
    }
    return !headsProseSection(node) && !togglesPanel(node) && !opensProseRun(node)
  }

  /// Whether a heading holds the toggle of the panel under it, as the WAI-ARIA accordion pattern
  /// writes an FAQ's question (`<h3 class="accordion-header"><button aria-expanded>Question?</button>
  /// </h3>`, Bootstrap's and Kadence's accordions): a `<button>` child holding most of its text. The
  /// class then names the accordion item's header, and the heading is the question. A table of
  /// contents' toggle ("Inhaltsverzeichnis anzeigen" over an `<ol hidden>` of "#" links) is none:
  /// its panel is the contents' list.
  static func togglesPanel(_ node: Node) -> Bool {
    let toggles = node.children.contains { child in
      child.tagID == TagID.button && child.textLength * 2 > node.textLength
    }
    return toggles && !opensContentsList(node)
  }

  /// Whether the element after a heading is a list of links within the page (`<ol class="toc-list">
  /// <li><a href="#a">…`): every link's target starts with "#", and links make most of its text.
  private static func opensContentsList(_ node: Node) -> Bool {
    var sibling = node.nextSibling
    while let current = sibling, !current.isElement {
      if current.textLength > 0 { return false }
      sibling = current.nextSibling
    }
    guard let panel = sibling, panel.textLength > 0, panel.linkTextLength * 2 > panel.textLength else { return false }
    let links = panel.descendants { $0.tagID == TagID.a }
    return !links.isEmpty && links.allSatisfy { ($0.attribute("href") ?? "").hasPrefix("#") }
  }

  /// Whether a heading opens a run of prose inside a flow of prose: it is not its box's first element
  /// (a box's label stands first in its box, over cards, a form, a summary or a line of pitch and a
  /// button), and the paragraphs right after it, two of them (`Thresholds.minimumHeaderSectionParagraphs`)
  /// or fewer up to the next heading, hold `Thresholds.minimumHeaderSectionChars` of text, mostly not
  /// links (Substack's `<h2 class="header-anchor-post">` among the post's `<p>`s). One paragraph
  /// closing the box is not enough: a shop's "More from the shop" label over a line ends a post so.
  private static func opensProseRun(_ node: Node) -> Bool {
    guard let box = node.parent, followsParagraph(node, in: box) else { return false }
    var count = 0
    var text = 0
    var links = 0
    var sibling = node.nextSibling
    var endsAtHeading = false
    while let current = sibling, count < Thresholds.minimumHeaderSectionParagraphs {
      sibling = current.nextSibling
      guard current.isElement else {
        if current.textLength > 0 { return false }
        continue
      }
      if current.tagID == TagID.p {
        count += 1
        text += current.textLength
        links += current.linkTextLength
        continue
      }
      // The next section's heading ends the run; anything else (a list, a button, a form) is a box's.
      guard ContentWalker.headingTags.contains(current) else { return false }
      endsAtHeading = true
      break
    }
    guard count == Thresholds.minimumHeaderSectionParagraphs || (count > 0 && endsAtHeading) else { return false }
    // A box going on to a button, a line of links alone or a form after its pitch is a call to act.
    if !endsAtHeading, endsInAction(from: sibling) { return false }
    return text >= Thresholds.minimumHeaderSectionChars
      && Double(links) <= Double(text) * Thresholds.maximumHeaderSectionLinkDensity
  }

  /// Whether prose comes before a heading in its box: one of the few elements right before it
  /// (`Thresholds.headerSectionLookBack`) is a paragraph with text, as in a post's flow (Substack).
  /// A box's label comes first, or after an icon or a picture only.
  private static func followsParagraph(_ node: Node, in box: Node) -> Bool {
    let siblings = box.children
    var position = node.siblingIndex - 1
    var seen = 0
    while position >= 0, seen < Thresholds.headerSectionLookBack {
      let current = siblings[position]
      position -= 1
      guard current.isElement else { continue }
      if current.tagID == TagID.p && current.textLength > 0 { return true }
      seen += 1
    }
    return false
  }

  /// Whether the first element from `start` on is an action closing the box: a button, a form, a
  /// link alone or a line all links (`<a class="button">Termin vereinbaren</a>` ending a call to
  /// action's box), with no text after it.
  private static func endsInAction(from start: Node?) -> Bool {
    var sibling = start
    while let current = sibling, !current.isElement {
      if current.textLength > 0 { return false }
      sibling = current.nextSibling
    }
    guard let action = sibling else { return false }
    // A box around a button counts when the button is all it says; a sign-up widget's own line
    // ("Thanks for reading! Subscribe for free…") over its form makes it a part of the post.
    let wrapped = action.firstDescendant(where: { Self.actionTags.contains($0) }, budget: Self.actionLookBudget)
    let acts =
      Self.actionTags.contains(action) || action.tagID == TagID.a
      || (action.textLength > 0 && action.linkTextLength >= action.textLength)
      || (action.tagID != TagID.p && wrapped.map { $0.textLength >= action.textLength } ?? false)
    guard acts else { return false }
    var rest = action.nextSibling
    while let current = rest {
      if current.textLength > 0 { return false }
      rest = current.nextSibling
    }
    return true
  }

  /// Elements that act rather than read: a button, a form and its fields.
  private static let actionTags: TagSet = ["button", "form", "input"]
  /// Nodes looked through for a button in a box of buttons (`div.wp-block-buttons>div>a`).
  private static let actionLookBudget = 24

  /// Whether a heading is its `<header>` element's and that header opens a section of prose: the
  /// box after it holds `Thresholds.minimumHeaderSectionChars` of text, mostly not links (a CMS's
  /// content element, `<header class="frame-header"><h2 class="element-header">…</h2></header><div
  /// class="frame-bodytext"><p>…`). The class then names the heading's place in its header, not a
  /// box's label; a header over cards or a form is followed by links or little text.
  private static func headsProseSection(_ node: Node) -> Bool {
    guard let header = node.parent, header.tag == "header", let section = ContentWalker.boxAfter(header),
      header.parent?.contains(section) ?? false
    else { return false }
    return section.textLength >= Thresholds.minimumHeaderSectionChars
      && section.linkDensity <= Thresholds.maximumHeaderSectionLinkDensity
  }

  /// Lists are left out: a list of links inside the article body is its table of contents,
  /// its sources or its recommendations, which readers (and Readability) keep.
  private static let linkBlockTags: TagSet = ["div", "section", "table", "p", "span"]

  /// Menus, tag clouds and "read more" link lists: mostly link text, not much text.
  static func isLinkBlock(_ node: Node) -> Bool {
    guard linkBlockTags.contains(node), node.textLength > 0 else { return false }
    if node.tag == "p" { return node.linkDensity > 0.9 && node.textLength < 80 && node.children.count == 1 }
    guard node.linkDensity > Thresholds.navigationLinkDensity && node.textLength < Thresholds.navigationMaximumChars
    else { return false }
    // A box around a table of contents (Wikipedia's `div#toc`, a `<details>` contents box: links
    // into the page) or a reference list (links among the citation text) is that list, which is
    // kept; a box of links out to other pages is recirculation.
    // The box's own heading ("Contents", "More ways to customize") is the list's, not prose.
    let headings = node.elements(ContentWalker.headingTags)
    let headingText = headings.reduce(0) { $0 + $1.textLength }
    // In a figure, a box of nothing but a heading whose links are inside it (a gallery slide's
    // `<figure><div class="slide-header"><h2><a href="/gallery/…">1. Title</a></h2></div>`) titles
    // the picture, its link part of its text as inside the heading itself: the outline's own rules
    // judge it, not the menu test. A link around the heading (`<a href><div><h4>Follow us…</h4>
    // <img></div></a>`, a download's `<a><h3>File</h3></a>`) is a button; outside figures such a
    // box is a post's meta line (`<div><h4><a>24. Oktober 2018</a></h4></div>`) or a teaser's title.
    if headingText >= node.textLength, linkTextInside(headings) >= node.linkTextLength,
      node.ancestors.contains(where: { $0.tagID == figureID })
    {
      return false
    }
    let boxText = Double(node.textLength - headingText)
    guard listTextLength(node) >= Int(Thresholds.listShareOfLinkBox * boxText) else { return true }
    let links = node.elements(["a"])
    let inPage = links.filter { $0.attribute("href")?.hasPrefix("#") == true }.count
    return !(inPage * 2 >= links.count || node.linkDensity <= Thresholds.referenceListLinkDensity)
  }

  /// Characters of the links inside `headings` (`<h2><a>…</a></h2>`); a heading's own
  /// `linkTextLength` counts a link around it too.
  private static func linkTextInside(_ headings: [Node]) -> Int {
    headings.reduce(0) { sum, heading in
      sum + heading.descendants(where: { $0.tagID == linkID }).reduce(0) { $0 + $1.textLength }
    }
  }

  /// Characters below a node that lie inside its outermost `<ul>`/`<ol>`s.
  private static func listTextLength(_ node: Node) -> Int {
    var length = 0
    for child in node.children where child.isElement {
      length += child.tag == "ul" || child.tag == "ol" ? child.textLength : listTextLength(child)
    }
    return length
  }
}
