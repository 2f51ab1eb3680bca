/// Every link of the article body, in document order: the anchors of the items the text is
/// made of (the title heading left out, masked boilerplate never reached), each with its
/// text and its absolute `http(s)` URL. An anchor around an image alone takes the image's
/// alt text. Links that resolve to no `http(s)` URL (`mailto:`, `javascript:`, in-page
/// `#fragment`s, relative ones without a base URL) are left out.
struct LinksExtractor: SectionExtractor {
  func extract(from context: Context) -> [Link] {
    var links: [Link] = []
    var last = -1  // the order of the last anchor taken: a figure's inner items repeat its anchors
    var runs = context.runs.reader()
    func take(_ node: Node) {
      if node.tag == "a" {
        guard node.order > last else { return }
        last = node.order
        if let link = link(node, page: context.page) { links.append(link) }
        return
      }
      for child in node.children where child.isElement && !context.content.isMasked(child) { take(child) }
    }
    for (index, item) in context.items.enumerated() where index != context.titleItem {
      if case .block(.paragraph, let node) = item, let pieces = runs.next(node) {
        for case .node(let piece) in pieces where piece.isElement { take(piece) }
      } else {
        take(item.node)
      }
    }
    return links
  }

  private func link(_ anchor: Node, page: Page) -> Link? {
    guard let url = page.resolve(anchor.attribute("href")), LinksExtractor.isWeb(url) else { return nil }
    var text = Text.clean(Page.blockText(anchor))
    if text.isEmpty, let image = anchor.firstDescendant(where: { $0.tag == "img" }) {
      text = image.attribute("alt").map(Text.clean) ?? ""
    }
    return Link(text: text, url: url)
  }

  /// Whether a resolved URL is absolute `http` or `https` (`resolve` keeps a relative
  /// reference as it is when the page has no base URL).
  static func isWeb(_ url: String) -> Bool {
    Text.lowercasedHasPrefix(url, "http://") || Text.lowercasedHasPrefix(url, "https://")
  }
}
