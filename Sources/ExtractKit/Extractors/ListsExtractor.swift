import Foundation

/// Bulleted, numbered and definition lists of the main content. Each item is split into a
/// title and its description; the title is found, in order, as a heading leading the item
/// (`<li><h3>`), a paragraph that is all bold (`<li><p><strong>…</strong></p><p>…`), a
/// bold lead (`<li><strong>Title</strong> text` or `<b>Title:</b> text`), or a short
/// "Title: text" lead; `<dt>`/`<dd>` pairs give title and text directly.
struct ListsExtractor: SectionExtractor {
  func extract(from context: Context) -> [ArticleList] {
    context.items.compactMap { item in
      if case .block(.list(let list), _) = item { return list }
      return nil
    }
  }

  static let boldTags: TagSet = ["strong", "b"]
  static let listTags: TagSet = ["ul", "ol", "dl"]

  static func parse(_ node: Node, page: Page, content: Content) -> ArticleList? {
    let items: [ListItem]
    if node.tag == "dl" {
      items = definitionItems(node, page: page, content: content)
    } else {
      // A list written straight inside a list (`<ol><li>…</li><ol>…</ol></ol>`, `<ul><ul>`) belongs to
      // the item before it; with no item before it, its items are this list's.
      var entries: [ListItem] = []
      var textless = 0
      for child in node.children where child.isElement && !content.isMasked(child) {
        if child.tag == "li" {
          if let entry = item(child, page: page, content: content) { entries.append(entry) } else { textless += 1 }
        } else if child.tag == "ul" || child.tag == "ol", let nested = parse(child, page: page, content: content) {
          if entries.isEmpty { entries = nested.items } else { entries[entries.count - 1].lists.append(nested) }
        }
      }
      // Mostly items without text: a strip of gallery thumbnails ("+6" on the last), not a list.
      if textless > entries.count { return nil }
      items = splitColonLeads(entries)
    }
    guard !items.isEmpty else { return nil }
    return ArticleList(ordered: node.tag == "ol", intro: intro(of: node, content: content), items: items)
  }

  private static func item(_ node: Node, page: Page, content: Content) -> ListItem? {
    let nested = node.descendants { child in
      listTags.contains(child) && !content.isMasked(child)
        && !child.ancestors.contains {
          $0 !== node && node.contains($0) && (listTags.contains($0) || content.isMasked($0))
        }
    }
    let lists = nested.compactMap { parse($0, page: page, content: content) }
    let titleNode = title(of: node, nested: nested)
    var skip = Set(nested.map(\.order))
    if let titleNode { skip.insert(titleNode.order) }
    var text = Text.cleanLines(collect(node, skipping: skip, content: content))
    var title = titleNode.map { Text.clean(Page.rawText($0)) }
    if let current = title {
      // "Title:" and "Title –" keep their punctuation out of the title.
      title = Text.clean(current.trimmingCharacters(in: CharacterSet(charactersIn: ":–—-").union(.whitespaces)))
      text = String(text.drop { ":–—-".contains($0) || $0.isWhitespace })
    }
    if title?.isEmpty == true { title = nil }
    guard title != nil || !text.isEmpty || !lists.isEmpty else { return nil }
    return ListItem(title: title, text: text, lists: lists)
  }

  /// Whether a node is the first thing in its `<li>`: a heading there titles the item.
  static func leadsItem(_ node: Node) -> Bool {
    guard let item = node.parent, item.tag == "li" else { return false }
    return item.children.first { $0.isElement || !Text.clean($0.text).isEmpty } === node
  }

  /// The title element of an item, or nil.
  private static func title(of item: Node, nested: [Node]) -> Node? {
    let leading = item.children.filter { $0.isElement || !Text.clean($0.text).isEmpty }
    guard let first = leading.first, first.isElement else { return nil }
    let rest = item.textLength - first.textLength
    func bounded(_ node: Node) -> Bool {
      let text = Text.clean(Page.rawText(node))
      return !text.isEmpty && text.count <= Thresholds.maximumItemTitleChars
        && text.split(separator: " ").count <= Thresholds.maximumItemTitleWords
    }
    // <li><h3>Title</h3><p>…</p></li>
    if ContentWalker.headingTags.contains(first) {
      return bounded(first) && (rest > 0 || !nested.isEmpty) ? first : nil
    }
    // <li><p><strong>Title</strong></p><p>…</p></li>
    if first.tag == "p" || first.tag == "div" {
      let inner = first.children.filter { $0.isElement || !Text.clean($0.text).isEmpty }
      if inner.count == 1, let bold = inner.first, boldTags.contains(bold), bounded(bold),
        rest > 0 || !nested.isEmpty
      {
        return bold
      }
      if let lead = inner.first, boldTags.contains(lead), bounded(lead), inner.count > 1 { return lead }
      return nil
    }
    // <li><strong>Title</strong> text</li>
    if boldTags.contains(first)
      || (first.tag == "a" && first.children.count == 1 && boldTags.contains(first.children[0].tag))
    {
      return bounded(first) && (rest > 0 || !nested.isEmpty) ? first : nil
    }
    return nil
  }

  /// "Title: description" leads written without markup, decided for the whole list: a plain
  /// "X:" is a title only when the list's untitled items share the pattern ("Time: 10 minutes",
  /// "Difficulty: easy"), not when one step of many happens to hold a colon ("Run a set of sanity
  /// queries: row counts …"). A lone lead must be shorter than its description.
  private static func splitColonLeads(_ items: [ListItem]) -> [ListItem] {
    let untitled = items.indices.filter { items[$0].title == nil && !items[$0].text.isEmpty }
    let splits = untitled.compactMap { index in splitColonLead(items[index].text).map { (index, $0) } }
    guard !splits.isEmpty, splits.count * 2 >= untitled.count,
      splits.count >= 2 || splits.allSatisfy({ $0.1.text.count > $0.1.title.count })
    else { return items }
    var result = items
    for (index, split) in splits {
      result[index].title = split.title
      result[index].text = split.text
    }
    return result
  }

  /// "Title: description" written without markup.
  private static func splitColonLead(_ text: String) -> (title: String, text: String)? {
    guard let colon = Text.firstColon(text) else { return nil }
    let title = Text.clean(String(text[..<colon]))
    let rest = String(text[text.index(after: colon)...].drop(while: \.isWhitespace))
    guard !title.isEmpty, !text[..<colon].contains("\n"), !rest.isEmpty, title.count <= 60,
      title.split(separator: " ").count <= 6,
      !title.contains("."), !rest.hasPrefix("//")
    else { return nil }
    return (title, rest)
  }

  /// `<dl>`: each `<dt>` is a title, the `<dd>`s after it its text.
  private static func definitionItems(_ list: Node, page: Page, content: Content) -> [ListItem] {
    var items: [ListItem] = []
    for child in list.elementChildren.flatMap({ $0.tag == "div" ? $0.elementChildren : [$0] })
    where !content.isMasked(child) {
      let collected = collect(child, skipping: [], content: content)
      let text = child.tag == "dt" ? Text.clean(collected) : Text.cleanLines(collected)
      if child.tag == "dt" {
        items.append(ListItem(title: text.isEmpty ? nil : text, text: ""))
      } else if child.tag == "dd" {
        if items.isEmpty || !items[items.count - 1].text.isEmpty {
          items.append(ListItem(title: nil, text: text))
        } else {
          items[items.count - 1].text = text
        }
      }
    }
    return items.filter { $0.title != nil || !$0.text.isEmpty }
  }

  /// The line leading into a list: the paragraph right before it, when it ends with a colon.
  private static func intro(of list: Node, content: Content) -> String? {
    guard let parent = list.parent else { return nil }
    for previous in parent.children[..<list.siblingIndex].reversed() {
      if previous.kind == .text {
        if Text.clean(previous.text).isEmpty { continue }
        let text = Text.clean(previous.text)
        return text.hasSuffix(":") && text.count <= Thresholds.maximumIntroChars ? text : nil
      }
      guard !content.isMasked(previous), previous.tag != "br" else { continue }
      guard previous.tag == "p" || previous.tag == "div" || previous.tag == "span" || previous.tag == "strong" else {
        return nil
      }
      let text = Text.clean(Page.rawText(previous))
      return text.hasSuffix(":") && text.count <= Thresholds.maximumIntroChars ? text : nil
    }
    return nil
  }

  /// Text below `node`, leaving out the nodes in `skipping` and masked ones; a `<br>` is
  /// `Text.lineBreak`.
  static func collect(_ node: Node, skipping: Set<Int>, content: Content) -> String {
    var output = ""
    func walk(_ current: Node) {
      for child in current.children {
        if child.kind == .text {
          output += child.text
        } else if !skipping.contains(child.order) && !content.isMasked(child) {
          let block = !ContentWalker.inlineTags.contains(child)
          if child.tag == "br" { output += Text.lineBreak } else if block { output += " " }
          walk(child)
          if block { output += " " }
        }
      }
    }
    walk(node)
    return output
  }
}
