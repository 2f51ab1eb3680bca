/// The main content as plain text: one block a paragraph, heading, list item, quote, code
/// block or table row, joined by blank lines. Picture captions and credits are left out.
struct TextExtractor: SectionExtractor {
  /// Written into one String reserved once (an upper bound of its length), a list's text
  /// through one scratch String: the blocks joined at the end, each list's text made whole,
  /// and the text regrown by doubling were all held at once, the peak of a page's memory.
  func extract(from context: Context) -> String {
    // A heading that ends the body has nothing of the article under it: it labels a box that was
    // cut ("Neueste Artikel" over a teaser grid, "Das könnte dich auch interessieren").
    var items = context.items[...]
    while case .heading = items.last, items.count > 1 { items = items.dropLast() }
    var capacity = 0
    for item in items {
      switch item {
      case .heading(let heading, _): capacity += heading.text.utf8.count + 2
      case .block(let block, _): capacity += TextExtractor.maximumLength(block) + 2
      }
    }
    var text = ""
    text.reserveCapacity(capacity)
    var scratch = ""
    var first = true
    func add(_ block: String) {
      if !first { text += "\n\n" }
      text += block
      first = false
    }
    for (index, item) in items.enumerated() {
      switch item {
      case .heading(let heading, let node):
        // A heading classed as a caption ("figure__caption") is the picture's title, not the text's.
        if index != context.titleItem && !node.hasClassCue(.caption) { add(heading.text) }
      case .block(let block, let node):
        if ContentWalker.isCaption(node) { continue }
        if case .list(let list) = block {
          scratch.removeAll(keepingCapacity: true)
          Assemble.appendListText(list, to: &scratch)
          if !scratch.isEmpty { add(scratch) }
        } else if let blockText = Assemble.plainText(block), !blockText.isEmpty {
          add(blockText)
        }
      }
    }
    return text
  }

  /// At least the length of the block's plain text (`Assemble.plainText`), in UTF-8 bytes.
  private static func maximumLength(_ block: Block) -> Int {
    switch block {
    case .paragraph(let text), .quote(let text), .code(let text): return text.utf8.count
    case .image: return 0
    case .table(let rows): return rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
    case .list(let list): return maximumLength(list)
    }
  }

  private static func maximumLength(_ list: ArticleList) -> Int {
    list.items.reduce(0) { length, item in
      length + (item.title?.utf8.count ?? 0) + item.text.utf8.count + 2
        + item.lists.reduce(0) { $0 + maximumLength($1) + 1 }
    }
  }
}
