/// The main content split at its headings and nested by level: an `h3` after an `h2` is a
/// section of that `h2`'s section. Content before the first heading is a section without one.
struct SectionsExtractor: SectionExtractor {
  func extract(from context: Context) -> [ArticleSection] {
    var top: [ArticleSection] = []
    // The open path of sections, outermost first.
    var stack: [ArticleSection] = []
    func closeLast() {
      let closed = stack.removeLast()
      if stack.isEmpty { top.append(closed) } else { stack[stack.count - 1].sections.append(closed) }
    }
    for (index, item) in context.items.enumerated() {
      switch item {
      case .heading(let heading, _):
        if index == context.titleItem { continue }
        while let last = stack.last, (last.heading?.level ?? 0) >= heading.level { closeLast() }
        stack.append(ArticleSection(heading: heading))
      case .block(let block, _):
        if stack.isEmpty { stack.append(ArticleSection(heading: nil)) }
        stack[stack.count - 1].blocks.append(block)
      }
    }
    while !stack.isEmpty { closeLast() }
    return top
  }
}
