import Foundation

/// The outline of the main content: its headings in document order, without the title.
struct HeadingsExtractor: SectionExtractor {
  /// A heading this similar to the article's title is the title repeated, not a section.
  static let titleSimilarity = 0.9

  func extract(from context: Context) -> [Heading] {
    var headings: [Heading] = []
    for (index, item) in context.items.enumerated() {
      switch item {
      case .heading(let heading, _) where index != context.titleItem:
        headings.append(heading)
      case .block(.list, let node):
        // A list of features under pictures (`<li><a><img></a><h2>WebIDE</h2><p>…`): the list is one
        // block, its items' headings are still the outline's. A heading leading its item
        // (`<li><h3>Title</h3><p>…`) is the item's title instead.
        headings += Self.listHeadings(node, content: context.content)
      default:
        continue
      }
    }
    return headings
  }

  /// The headings inside a list's items, masked parts left out.
  static func listHeadings(_ list: Node, content: Content) -> [Heading] {
    var headings: [Heading] = []
    func walk(_ node: Node) {
      for child in node.children where child.isElement && !content.isMasked(child) {
        if ContentWalker.headingTags.contains(child.tag) {
          if ListsExtractor.leadsItem(child) { continue }
          if let text = Text.nonEmpty(Page.rawText(child)) {
            let level = Int(String(child.tag.last!))!
            headings.append(Heading(level: level, text: text, id: child.attribute("id").flatMap(Text.nonEmpty)))
          }
        } else {
          walk(child)
        }
      }
    }
    walk(list)
    return headings
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
