/// The outline of the main content: its headings in document order, without the title.
struct HeadingsExtractor: SectionExtractor {
  /// A heading this similar to the article's title is the title repeated, not a section.
  static let titleSimilarity = 0.9

  func extract(from context: Context) -> [Heading] {
    context.items.compactMap { item in
      guard case .heading(let heading, _) = item, !HeadingsExtractor.isTitle(heading, context.title) else { return nil }
      return heading
    }
  }

  static func isTitle(_ heading: Heading, _ title: String?) -> Bool {
    guard let title, heading.level <= 2 else { return false }
    return Text.similarity(heading.text, title) >= titleSimilarity
  }
}
