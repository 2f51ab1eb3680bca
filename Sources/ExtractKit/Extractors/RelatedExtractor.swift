/// Related-post cards ("Also in …", "Related posts", "You may also like").
/// Locating: related classes (Jetpack, YARPP, theme blocks), then a heading with a related
/// phrase and its container. Parsing: the repeated child structure is the card; each card
/// gives its title (heading, else longest link), link, author, date, comment count,
/// excerpt and image.
struct RelatedExtractor: SectionExtractor {
  static func locate(in page: Page) -> Node? {
    for node in page.tree.nodes where node.isElement && isRelatedContainer(node) {
      if node.ancestors.contains(where: isRelatedContainer) { continue }
      if isCardBlock(node) { return node }
    }
    for heading in page.tree.nodes where ContentWalker.headingTags.contains(heading.tag) && isRelatedHeading(heading) {
      var container = heading.parent
      // The heading may sit in a header of its own: climb until cards are in reach.
      for _ in 0..<3 {
        guard let current = container, current.tag != "body" else { break }
        if isCardBlock(current) { return current }
        container = current.parent
      }
    }
    return nil
  }

  /// A related block is mostly its cards: a container where cards are a small part is the
  /// article (or the page) that happens to hold a "Related" heading.
  private static func isCardBlock(_ node: Node) -> Bool {
    let cards = cards(in: node)
    guard cards.count >= Thresholds.minimumRelatedCards else { return false }
    let cardText = cards.reduce(0) { $0 + $1.textLength }
    return Double(cardText) >= Thresholds.relatedCardShare * Double(node.textLength)
  }

  private static func isRelatedContainer(_ node: Node) -> Bool {
    guard node.tag != "body", node.tag != "html", node.tag != "a" else { return false }
    guard node.classAndID.count > 1 else { return false }
    let tokens = node.classTokens
    return tokens.contains("related") || tokens.contains("relatedposts") || tokens.contains("yarpp")
      || Evidence.hasCompound(node, ClassTokens.relatedMatcher)
  }

  private static func isRelatedHeading(_ node: Node) -> Bool {
    let text = Text.clean(Page.rawText(node)).lowercased()
    return text.count < 60 && Patterns.relatedHeadings.contains { text.hasPrefix($0) }
  }

  /// The repeated card structure: the element with the most children of one tag and class
  /// that each hold a link.
  static func cards(in block: Node) -> [Node] {
    var best: [Node] = []
    for container in [block] + block.descendants(where: { $0.isElement }) {
      var groups: [String: [Node]] = [:]
      for child in container.elementChildren {
        guard
          child.tag == "a"
            ? child.attribute("href") != nil
            : child.firstDescendant(where: { $0.tag == "a" && $0.attribute("href") != nil }) != nil
        else { continue }
        let signature = child.tag + "." + (child.attribute("class") ?? "")
        groups[signature, default: []].append(child)
      }
      for group in groups.values where group.count > best.count && group.count <= Thresholds.maximumRelatedCards {
        // Cards carry a title of some length; a menu of one-word links does not.
        if group.allSatisfy({ $0.textLength >= 10 || $0.firstDescendant(where: { $0.tag == "img" }) != nil }) {
          best = group
        }
      }
    }
    return best.count >= Thresholds.minimumRelatedCards ? best : []
  }

  func extract(from context: Context) -> Related? {
    let page = context.page
    guard let node = context.regions.related else { return nil }
    let heading =
      node.firstDescendant { ContentWalker.headingTags.contains($0.tag) && RelatedExtractor.isRelatedHeading($0) }
      ?? node.firstDescendant { candidate in
        ContentWalker.headingTags.contains(candidate.tag)
          && !RelatedExtractor.cards(in: node).contains { $0.contains(candidate) }
      }
    let posts = RelatedExtractor.cards(in: node).compactMap { card(from: $0, page: page) }
    guard posts.count >= Thresholds.minimumRelatedCards else { return nil }
    return Related(heading: heading.flatMap { Text.nonEmpty(Page.rawText($0)) }, posts: posts)
  }

  private static let excerptTokens: Set<String> = [
    "excerpt", "summary", "description", "dek", "teaser", "snippet", "desc",
  ]
  private static let metaTokens: Set<String> = ["meta", "byline", "author", "date", "time", "posted"]
  private static let moreLinks: Set<String> = [
    "read more", "continue reading", "more", "read", "learn more", "weiterlesen", "lire la suite", "leer más",
  ]

  private func card(from card: Node, page: Page) -> PostCard? {
    let heading = card.firstDescendant { ContentWalker.headingTags.contains($0.tag) }
    let anchors = ([card] + card.descendants { $0.isElement }).filter { $0.tag == "a" && $0.attribute("href") != nil }
    let titleAnchor =
      heading.flatMap { h in h.tag == "a" ? h : (h.firstDescendant { $0.tag == "a" } ?? h.closest { $0.tag == "a" }) }
      ?? anchors.max { $0.textLength < $1.textLength }
    let image = card.firstDescendant { $0.tag == "img" }
    guard
      let title = heading.flatMap({ Text.nonEmpty(Page.rawText($0)) }) ?? titleAnchor.flatMap({
        Text.nonEmpty(Page.rawText($0))
      })
        ?? image?.attribute("alt").flatMap(Text.nonEmpty),
      !RelatedExtractor.moreLinks.contains(title.lowercased())
    else { return nil }
    let url = page.resolve(titleAnchor?.attribute("href") ?? anchors.first?.attribute("href"))
    // The meta line: a byline-like element, else any short element with a date.
    let meta = card.firstDescendant { node in
      node.isElement && node !== heading
        && Evidence.tokens(node).contains { RelatedExtractor.metaTokens.contains($0) }
    }
    let metaText = meta.map { Text.clean(Page.rawText($0)) }
    var author: String?
    if let metaText {
      let byline = BylineExtractor()
      author = People.parse(byline.namesPart(of: metaText)).first?.name
    }
    let time = card.firstDescendant { $0.tag == "time" }
    let publishedAt =
      metaText.flatMap { Dates.find(in: $0) } ?? time.flatMap { $0.attribute("datetime") }.flatMap { Dates.iso($0) }
      ?? time.flatMap { Dates.find(in: Page.rawText($0)) }
    let commentCount = metaText.flatMap(BylineExtractor.commentCount)
    // The excerpt: an excerpt-class element, else the longest paragraph that is not the title or meta.
    let excerptNode =
      card.firstDescendant { node in
        node.isElement && Evidence.tokens(node).contains { RelatedExtractor.excerptTokens.contains($0) }
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
}
