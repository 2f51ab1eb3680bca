/// The main content split at its headings and nested by level: an `h3` after an `h2` is a
/// section of that `h2`'s section. Content before the first heading is a section without one.
struct SectionsExtractor: SectionExtractor {
  func extract(from context: Context) -> [ArticleSection] {
    extract(from: context, outline: HeadingsExtractor().outline(from: context))
  }

  /// The sections open at the outline's headings alone: a heading the outline leaves out (a dek, a
  /// byline line, the comment section's title, a repeat of the title) heads no section; its words
  /// stay, as a paragraph, where the text has them.
  func extract(from context: Context, outline: HeadingsExtractor.Outline) -> [ArticleSection] {
    var top: [ArticleSection] = []
    // The open path of sections, outermost first.
    var stack: [ArticleSection] = []
    func closeLast() {
      let closed = stack.removeLast()
      if stack.isEmpty { top.append(closed) } else { stack[stack.count - 1].sections.append(closed) }
    }
    func append(_ block: Block) {
      if stack.isEmpty { stack.append(ArticleSection(heading: nil)) }
      stack[stack.count - 1].blocks.append(block)
    }
    for (index, item) in context.items.enumerated() {
      switch item {
      case .heading(let heading, _):
        if index == context.titleItem { continue }
        guard outline.kept.contains(index) else {
          if !outline.repeats.contains(index) { append(.paragraph(heading.text)) }
          continue
        }
        while let last = stack.last, (last.heading?.level ?? 0) >= heading.level { closeLast() }
        stack.append(ArticleSection(heading: heading))
      case .block(let block, _):
        append(block)
      }
    }
    while !stack.isEmpty { closeLast() }
    return top
  }
}
