/// Related-post cards ("Also in …", "Related posts", "You may also like").
/// Locating: related classes (Jetpack, YARPP, theme blocks), then a heading with a related
/// phrase and its container. Parsing: the repeated child structure is the card; each card
/// gives its title (heading, else longest link), link, author, date, comment count,
/// excerpt and image.
struct RelatedExtractor: SectionExtractor {
  static func locate(in page: Page) -> Node? {
    for node in page.tree.nodes where node.isElement && isRelatedContainer(node) {
      if node.ancestors.contains(where: isRelatedContainer) || inSidebar(node, page: page) { continue }
      if isCardBlock(node) { return node }
    }
    for heading in page.tree.nodes where heading.isElement && isHeadingLike(heading) && isRelatedHeading(heading) {
      if inSidebar(heading, page: page) { continue }
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

  /// A heading element, or a short element styled as one (Squarespace's summary block writes
  /// its "Keep Reading" as `<div class="summary-heading"><span>`).
  static func isHeadingLike(_ node: Node) -> Bool {
    if ContentWalker.headingTags.contains(node) { return true }
    guard node.tag == "div" || node.tag == "span" || node.tag == "p", node.textLength > 0,
      node.textLength < maximumHeadingChars
    else { return false }
    return node.hasClassToken(in: headingTokens)
  }

  static let maximumHeadingChars = 60
  /// Class tokens of an element that titles a block.
  static let headingTokens: TokenSet = ["heading", "headline", "header", "title"]

  /// Related posts belong to the article: a block in the site's sidebar (`<aside>`, a
  /// `sidebar` column, `role=complementary`) outside any `<article>` is a site-wide widget
  /// ("Popular Posts", "Recent Posts"), whatever its heading says.
  static func inSidebar(_ node: Node, page: Page) -> Bool {
    for ancestor in node.ancestors {
      if ancestor.tag == "article" { return false }
      if ancestor.tag == "aside" || ancestor.attribute("role")?.lowercased() == "complementary"
        || page.namesSideColumn(ancestor, ClassTokens.sidebar)
      {
        return !ancestor.ancestors.contains { $0.tag == "article" }
      }
    }
    return false
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
    // Each token and compound below holds one of these stems: most elements have none.
    guard Evidence.hasCompound(node, relatedStems) else { return false }
    let tokens = node.classTokens
    return tokens.contains("related") || tokens.contains("relatedposts") || tokens.contains("yarpp")
      || Evidence.hasCompound(node, ClassTokens.relatedMatcher)
  }

  private static let relatedStems = CompoundMatcher(["related", "yarpp"] + ClassTokens.relatedCompounds)

  private static func isRelatedHeading(_ node: Node) -> Bool {
    let text = Text.clean(Page.rawText(node)).lowercased()
    return text.count < 60 && Patterns.relatedHeadings.contains { text.hasPrefix($0) }
  }

  /// The repeated card structure: the element with the most children of one tag and class
  /// that each hold a link. Ties go to the group seen first, in document order.
  static func cards(in block: Node) -> [Node] {
    let elements = [block] + block.descendants(where: { $0.isElement })
    // The block's links in document order, gathered once: whether a child holds one is then a
    // binary search over its extent, not a walk of its subtree for every child of every element.
    let links = elements.filter { $0.tag == "a" && $0.attribute("href") != nil }.map(\.order)
    func holdsLink(_ node: Node) -> Bool {
      var low = 0
      var high = links.count
      while low < high {
        let middle = (low + high) / 2
        if links[middle] < node.order { low = middle + 1 } else { high = middle }
      }
      return low < links.count && links[low] < node.end
    }
    var best: [Node] = []
    for container in elements {
      var linked: [Node] = []
      for child in container.children where child.isElement && holdsLink(child) { linked.append(child) }
      // No group of these children can beat the best so far: skip the signatures.
      guard linked.count >= Thresholds.minimumRelatedCards, linked.count > best.count else { continue }
      var signatures: [String] = []
      var groups: [String: [Node]] = [:]
      for child in linked {
        let signature = child.tag + "." + cardClass(child)
        if groups[signature] == nil { signatures.append(signature) }
        groups[signature, default: []].append(child)
      }
      for signature in signatures {
        let group = groups[signature]!
        guard group.count > best.count, group.count <= Thresholds.maximumRelatedCards else { continue }
        // Cards carry a title of some length; a menu of one-word links does not.
        if group.allSatisfy({ $0.textLength >= 10 || $0.firstDescendant(where: { $0.tag == "img" }) != nil }) {
          best = group
        }
      }
    }
    return best.count >= Thresholds.minimumRelatedCards ? best : []
  }

  /// Class-name prefixes that differ from card to card by what the post is filed under
  /// (Ghost and WordPress `tag-engineering`, `category-news`, `format-video`).
  static let perPostClassPrefixes = ["tag-", "category-", "cat-", "format-", "topic-", "section-", "author-"]

  /// A card's class without what varies per post: numbered variants (Jetpack
  /// `jp-relatedposts-post0`, WordPress `post-2841`) and taxonomy classes.
  static func cardClass(_ node: Node) -> String {
    guard let value = node.attribute("class") else { return "" }
    if let ascii = asciiCardClass(value) { return ascii }
    return value.lowercased().split(separator: " ").filter { name in
      !name.contains(where: \.isNumber) && !perPostClassPrefixes.contains { name.hasPrefix($0) }
    }.sorted().joined(separator: " ")
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
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    for token in bytes.split(separator: 0x20) {
      if token.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { continue }
      if perPostClassPrefixBytes.contains(where: { token.starts(with: $0) }) { continue }
      tokens.append(token)
    }
    tokens.sort { $0.lexicographicallyPrecedes($1) }
    var joined: [UInt8] = []
    joined.reserveCapacity(bytes.count)
    for (index, token) in tokens.enumerated() {
      if index > 0 { joined.append(0x20) }
      joined.append(contentsOf: token)
    }
    return String(decoding: joined, as: UTF8.self)
  }

  private static let perPostClassPrefixBytes = perPostClassPrefixes.map { Array($0.utf8) }

  func extract(from context: Context) -> Related? {
    let page = context.page
    guard let node = context.regions.related else { return nil }
    let cards = RelatedExtractor.cards(in: node)
    let heading =
      node.firstDescendant { RelatedExtractor.isHeadingLike($0) && RelatedExtractor.isRelatedHeading($0) }
      ?? node.firstDescendant { candidate in
        ContentWalker.headingTags.contains(candidate) && !cards.contains { $0.contains(candidate) }
      }
    let posts = cards.compactMap { card(from: $0, page: page) }
    guard posts.count >= Thresholds.minimumRelatedCards else { return nil }
    return Related(heading: heading.flatMap { Text.nonEmpty(Page.rawText($0)) }, posts: posts)
  }

  private static let excerptTokens: TokenSet = [
    "excerpt", "summary", "description", "dek", "teaser", "snippet", "desc",
  ]
  private static let metaTokens: TokenSet = ["meta", "byline", "author", "date", "time", "posted"]
  private static let moreLinks: Set<String> = [
    "read more", "continue reading", "more", "read", "learn more", "weiterlesen", "lire la suite", "leer más",
  ]

  /// Paths of author profile pages: a card's link to one of them names the author
  /// (WordPress `/author/`, news `/people/`, Medium `/@name`, Squarespace `?author=`).
  static let profilePathMarkers = ["/author/", "/authors/", "/people/", "/profile/", "/@", "?author=", "/staff/"]
  /// A card's date or byline line is short.
  static let maximumMetaChars = 80

  private func card(from card: Node, page: Page) -> PostCard? {
    let heading = card.firstDescendant { ContentWalker.headingTags.contains($0) }
    let anchors = ([card] + card.descendants { $0.isElement }).filter { $0.tag == "a" && $0.attribute("href") != nil }
    let titleAnchor =
      heading.flatMap { h in h.tag == "a" ? h : (h.firstDescendant { $0.tag == "a" } ?? h.closest { $0.tag == "a" }) }
      ?? anchors.max { $0.textLength < $1.textLength }
    // Without a heading, an element classed as the title (a card that is one `<a>` holding a
    // `card__tag` and a `card__title` span) rather than the whole link's text.
    let titleNode =
      heading
      ?? card.descendants { $0.isElement && $0.textLength > 0 && $0.hasClassToken("title") }
      .max { $0.textLength < $1.textLength }
    let image = card.firstDescendant { $0.tag == "img" }
    guard
      let title = titleNode.flatMap({ Text.nonEmpty(Page.rawText($0)) }) ?? titleAnchor.flatMap({
        Text.nonEmpty(Page.rawText($0))
      })
        ?? image?.attribute("alt").flatMap(Text.nonEmpty),
      !RelatedExtractor.moreLinks.contains(title.lowercased())
    else { return nil }
    let url = page.resolve(titleAnchor?.attribute("href") ?? anchors.first?.attribute("href"))
    func outsideTitle(_ node: Node) -> Bool {
      !(heading?.contains(node) ?? false) && !(titleNode?.contains(node) ?? false) && !node.contains(titleNode ?? card)
    }
    // The meta line: a byline-like element, else any short element with a date.
    let meta = card.firstDescendant { node in
      node.isElement && node !== heading && outsideTitle(node)
        && node.hasClassToken(in: RelatedExtractor.metaTokens)
    }
    let metaText = meta.map { RelatedExtractor.spacedText($0) }
    let author = RelatedExtractor.author(in: card, meta: meta, titleURL: url, page: page, outsideTitle: outsideTitle)
    let time = card.firstDescendant { $0.tag == "time" }
    let publishedAt =
      metaText.flatMap { Dates.find(in: $0) } ?? time.flatMap { $0.attribute("datetime") }.flatMap { Dates.iso($0) }
      ?? time.flatMap { Dates.find(in: Page.rawText($0)) }
      ?? RelatedExtractor.shortLines(in: card, outsideTitle: outsideTitle).lazy.compactMap { Dates.find(in: $0) }.first
    let commentCount = metaText.flatMap(BylineExtractor.commentCount)
    // The excerpt: an excerpt-class element, else the longest paragraph that is not the title or meta.
    let excerptNode =
      card.firstDescendant { node in
        node.isElement && node.hasClassToken(in: RelatedExtractor.excerptTokens)
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

  /// The card's author: an author-classed element, a "By …" line, the meta line, or a link to
  /// a profile page whose text is a name.
  private static func author(
    in card: Node, meta: Node?, titleURL: String?, page: Page, outsideTitle: (Node) -> Bool
  ) -> String? {
    let byline = BylineExtractor()
    func name(_ text: String) -> String? { People.parse(byline.namesPart(of: text)).first?.name }
    if let node = card.firstDescendant(where: { node in
      node.isElement && outsideTitle(node) && node.textLength > 0 && node.textLength <= maximumMetaChars
        && (node.hasClassToken("author") || node.hasClassToken("byline"))
    }), let found = name(spacedText(node)) {
      return found
    }
    for line in shortLines(in: card, outsideTitle: outsideTitle) where line.lowercased().hasPrefix("by ") {
      if let found = name(line) { return found }
    }
    if let meta, let found = name(spacedText(meta)) { return found }
    for anchor in card.descendants(where: { $0.tag == "a" }) where anchor.textLength > 0 && outsideTitle(anchor) {
      guard let href = anchor.attribute("href"), page.resolve(href) != titleURL,
        profilePathMarkers.contains(where: { href.contains($0) })
      else { continue }
      let text = Text.clean(Page.rawText(anchor))
      if People.isPlausibleName(text) { return text }
    }
    return nil
  }

  /// The texts of the card's short leaf elements outside its title: bare `<span>Nov 14, 2023</span>`
  /// dates and `<div class="c-attribution">By …</div>` lines.
  private static func shortLines(in card: Node, outsideTitle: (Node) -> Bool) -> [String] {
    card.descendants { node in
      node.isElement && node.textLength > 0 && node.textLength <= maximumMetaChars && outsideTitle(node)
        && !node.children.contains { $0.isElement && $0.textLength > 0 }
    }.map { Text.clean(Page.rawText($0)) }
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
