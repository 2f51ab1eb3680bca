/// The outline of the main content: its headings in document order, without the title.
struct HeadingsExtractor: SectionExtractor {
  /// A heading this similar to the article's title is the title repeated, not a section.
  static let titleSimilarity = 0.9

  func extract(from context: Context) -> [Heading] {
    context.items.enumerated().compactMap { index, item in
      guard case .heading(let heading, _) = item, index != context.titleItem else { return nil }
      return heading
    }
  }

  /// The heading that shows the title: the first of the top two levels that reads like it.
  static func titleItem(in items: [ContentWalker.Item], title: String?) -> Int? {
    guard let title else { return nil }
    return items.firstIndex { item in
      guard case .heading(let heading, _) = item, heading.level <= 2 else { return false }
      return Text.similarity(heading.text, title) >= titleSimilarity
    }
  }
}
