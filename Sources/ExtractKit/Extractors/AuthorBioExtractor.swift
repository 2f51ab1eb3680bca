/// The "about the author" box. Locating: bio classes of author-box plugins and themes,
/// then an "About the author" heading's container. Parsing: the name from a name element
/// or heading (else the photo's alt), credentials split off, the bio from its paragraphs.
struct AuthorBioExtractor: SectionExtractor {
  static func locate(in page: Page, excluding related: Node?) -> Node? {
    func bounded(_ node: Node) -> Bool {
      node.textLength >= Thresholds.minimumBioChars && node.textLength <= Thresholds.maximumBioChars + 200
        && related?.contains(node) != true && node.tag != "body" && node.tag != "html"
    }
    // Outermost element carrying a bio class: inner ones are its parts (`author-bio__name`).
    for node in page.tree.nodes where node.isElement && Evidence.hasCompound(node, ClassTokens.authorBioMatcher) {
      if node.ancestors.contains(where: { Evidence.hasCompound($0, ClassTokens.authorBioMatcher) && bounded($0) }) {
        continue
      }
      if bounded(node) { return node }
    }
    for heading in page.tree.nodes where ContentWalker.headingTags.contains(heading.tag) {
      let text = Text.clean(Page.rawText(heading)).lowercased()
      guard Patterns.bioHeadings.contains(where: { text.hasPrefix($0) }), let parent = heading.parent, bounded(parent)
      else { continue }
      return parent
    }
    return nil
  }

  func extract(from context: Context) -> AuthorBio? {
    let page = context.page
    guard let node = context.regions.authorBio else { return nil }
    let nameNode =
      node.firstDescendant { $0.isElement && Evidence.tokens($0).contains("name") }
      ?? node.firstDescendant {
        ($0.tag == "h2" || $0.tag == "h3" || $0.tag == "h4" || $0.tag == "h5" || $0.tag == "strong" || $0.tag == "b")
          && !Patterns.bioHeadings.contains(where: Text.clean(Page.rawText($0)).lowercased().hasPrefix)
      }
    let image = node.firstDescendant { $0.tag == "img" }
    var rawName = nameNode.map { Text.clean(Page.rawText($0)) } ?? image?.attribute("alt").map(Text.clean) ?? ""
    rawName = People.stripPrefix(rawName)
    let (name, credentials) = People.nameAndCredentials(rawName)
    guard !name.isEmpty else { return nil }
    var paragraphs = node.descendants { $0.tag == "p" && !(nameNode?.contains($0) ?? false) }
      .map { Text.clean(Page.rawText($0)) }.filter { !$0.isEmpty }
    if paragraphs.isEmpty {
      var text = Text.clean(Page.rawText(node))
      if let nameText = nameNode.map({ Text.clean(Page.rawText($0)) }), let range = text.range(of: nameText) {
        text.removeSubrange(range)
      }
      paragraphs = [Text.clean(text)]
    }
    let bio = paragraphs.joined(separator: " ")
    guard bio.count >= Thresholds.minimumBioChars else { return nil }
    var url: String?
    var links: [String] = []
    for anchor in node.descendants(where: { $0.tag == "a" }) {
      guard let href = page.resolve(anchor.attribute("href")) else { continue }
      let text = Text.clean(Page.rawText(anchor))
      if url == nil && (href.contains("/author") || href.contains("/authors/") || Text.similarity(text, name) > 0.8) {
        url = href
      } else if !links.contains(href) && href != url {
        links.append(href)
      }
    }
    return AuthorBio(
      name: name, credentials: credentials, bio: bio, image: image.flatMap { Images.image($0, page: page) }, url: url,
      links: links)
  }
}
