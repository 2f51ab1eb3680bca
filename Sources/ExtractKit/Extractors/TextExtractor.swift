/// The main content as plain text: one block a paragraph, heading, list item, quote, code
/// block or table row, joined by blank lines. Picture captions and credits are left out.
struct TextExtractor: SectionExtractor {
  func extract(from context: Context) -> String {
    var blocks: [String] = []
    // A heading that ends the body has nothing of the article under it: it labels a box that was
    // cut ("Neueste Artikel" over a teaser grid, "Das könnte dich auch interessieren").
    var items = context.items[...]
    while case .heading = items.last, items.count > 1 { items = items.dropLast() }
    for (index, item) in items.enumerated() {
      switch item {
      case .heading(let heading, let node):
        // A heading classed as a caption ("figure__caption") is the picture's title, not the text's.
        if index != context.titleItem && !node.hasClassToken(in: ClassTokens.caption) { blocks.append(heading.text) }
      case .block(let block, let node):
        if ContentWalker.isCaption(node) { continue }
        if let text = Assemble.plainText(block), !text.isEmpty { blocks.append(text) }
      }
    }
    return blocks.joined(separator: "\n\n")
  }
}
