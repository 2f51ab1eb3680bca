/// The article's lead image. Strategies in order: the first large image between the title
/// and the body's first paragraph (it carries the alt text and real size), then the
/// structured-data image (JSON-LD `image`, `og:image`, `twitter:image`).
struct HeroImageExtractor: SectionExtractor {
  /// How many blocks into the body the hero may still appear (themes put it first in the body).
  static let maximumLeadingBlocks = 2

  func extract(from context: Context) -> ArticleImage? {
    let (page, content, regions, metadata, items) = (
      context.page, context.content, context.regions, context.metadata, context.items
    )
    let title = page.elements("h1").first { $0.closest { Evidence.chromeTags.contains($0) } == nil }
    // The body proper: a lead or dek the locator put in front of it may sit above the picture.
    let bodyStart = content.roots.first(where: { $0 !== content.lead })?.order ?? 0
    // Between the title and the body.
    if let title, title.end <= bodyStart {  // not when the body sits inside the title (broken markup)
      for node in page.tree.nodes[title.end..<bodyStart] where node.tag == "img" {
        if let image = candidate(node, page: page, regions: regions) { return sized(image, like: metadata.image) }
      }
    }
    // Early in the body: among its first blocks (the title heading, when the body holds it,
    // does not count: themes put the hero right after it).
    var blocks = 0
    for (index, item) in items.enumerated() where index != context.titleItem {
      guard case .block(let block, _) = item else { continue }
      if case .image(let image) = block, (image.width ?? Thresholds.minimumHeroWidth) >= Thresholds.minimumHeroWidth {
        return image
      }
      blocks += 1
      if blocks > HeroImageExtractor.maximumLeadingBlocks { break }
    }
    if var image = metadata.image {
      // The same picture in the page supplies the alt text.
      if image.alt == nil, let file = image.src.split(separator: "/").last?.split(separator: "?").first,
        let node = page.elements("img").first(where: { ($0.attribute("src") ?? "").contains(file) })
      {
        image.alt = node.attribute("alt").flatMap(Text.nonEmpty)
      }
      return image
    }
    return nil
  }

  /// The page's picture without a written size takes the size structured data gives the same
  /// URL (`og:image:width` for the `<figure>` under the title); another rendition of the same file
  /// (a resized or cropped URL) has a size of its own.
  private func sized(_ image: ArticleImage, like structured: ArticleImage?) -> ArticleImage {
    guard image.width == nil && image.height == nil, let structured,
      structured.width != nil || structured.height != nil, structured.src == image.src
    else { return image }
    var sized = image
    (sized.width, sized.height) = (structured.width, structured.height)
    return sized
  }

  private func candidate(_ node: Node, page: Page, regions: Regions) -> ArticleImage? {
    guard !regions.contains(node),
      !node.ancestors.contains(where: { regions.contains($0) || page.isBoilerplate($0) }),
      let image = Images.image(node, page: page),
      (image.width ?? Thresholds.minimumHeroWidth) >= Thresholds.minimumHeroWidth
    else { return nil }
    return image
  }
}
