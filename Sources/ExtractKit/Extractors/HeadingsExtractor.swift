import Foundation

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
      return Text.similarity(heading.text, title) >= titleSimilarity || isTitleHead(heading.text, of: title)
    }
  }

  /// Whether the title is the heading followed by a separator and a tail ("Post Title - Author
  /// Name (nick)", "Post Title | Blog"): the page shows the title without the `<title>`'s tail.
  static func isTitleHead(_ heading: String, of title: String) -> Bool {
    let head = heading.lowercased()
    let whole = title.lowercased()
    guard Text.words(head).count >= Thresholds.minimumTitleHeadWords, whole.hasPrefix(head) else { return false }
    let rest = whole.dropFirst(head.count).drop { $0 == " " }
    return TitleExtractor.separators.contains { rest.hasPrefix($0.trimmingCharacters(in: .whitespaces)) }
  }
}
