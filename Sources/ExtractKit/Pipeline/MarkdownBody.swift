/// The article body as Markdown, read off the same items as the text (the title heading and
/// masked boilerplate left out) but from their markup, so links, emphasis and code spans
/// survive: headings, paragraphs (a `<br>` a hard line break), quotes, fenced code with the
/// language the page names, lists with their nesting, GFM tables and images. The hero image
/// is left out here: `MarkdownRenderer` shows it once, under the title.
struct MarkdownBody {
  let context: Context
  let heroSource: String?
  /// The headings the outline keeps: any other heading item (a dek, a byline line, the comment
  /// section's title) is a paragraph here as in `sections`, and a repeat is left out.
  var outline: HeadingsExtractor.Outline?

  func render() -> String {
    var blocks: [String] = []
    var runs = context.runs.reader()
    for (index, item) in context.items.enumerated() where index != context.titleItem {
      switch item {
      case .heading(let heading, let node):
        if let outline, !outline.kept.contains(index) {
          if outline.repeats.contains(index) { continue }
          var inline = inlineRenderer()
          inline.children(of: node)
          blocks.append(nonEmpty(inline.result()) ?? InlineMarkdown.escaped(heading.text, place: .running))
          continue
        }
        var inline = inlineRenderer(place: .heading)
        inline.children(of: node)
        let text = nonEmpty(inline.result()) ?? InlineMarkdown.escaped(heading.text, place: .heading)
        blocks.append(MarkdownBody.headingMarker(heading.level) + " " + text)
      case .block(let block, let node):
        if let markdown = render(block, node: node, runs: &runs) { blocks.append(markdown) }
      }
    }
    return blocks.joined(separator: "\n\n")
  }

  /// `##` for a level-2 heading; the `#` of level 1 is the title's alone.
  static func headingMarker(_ level: Int) -> String {
    String(repeating: "#", count: min(6, max(2, level)))
  }

  private func inlineRenderer(place: InlineMarkdown.Place = .running, listItem: Bool = false) -> InlineMarkdown {
    InlineMarkdown(page: context.page, content: context.content, place: place, listItem: listItem)
  }

  private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

  private func render(_ block: Block, node: Node, runs: inout Runs.Reader) -> String? {
    switch block {
    case .paragraph(let text):
      var inline = inlineRenderer()
      if let pieces = runs.next(node) {
        inline.pieces(pieces)
      } else if node.tag == "figcaption" {
        // A caption's parts (text, credit) are often adjacent elements: a space between them, as in the text.
        for child in node.children {
          if child.isElement && ContentWalker.captionPartTags.contains(child) { inline.space() }
          inline.node(child)
        }
      } else {
        inline.children(of: node)
      }
      return nonEmpty(inline.result()) ?? InlineMarkdown.escaped(text)
    case .quote(let text):
      var inline = inlineRenderer()
      inline.children(of: node)
      let markdown = nonEmpty(inline.result()) ?? InlineMarkdown.escaped(text)
      return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
    case .code(let text):
      return MarkdownBody.fenced(text, language: node.tag == "pre" ? CodeLanguage.of(node) : nil)
    case .image(let image):
      return image.src == heroSource ? nil : MarkdownBody.image(image)
    case .list(let list):
      if node.tag == "ul" || node.tag == "ol" {
        let lines = listLines(node, indent: "")
        if !lines.isEmpty { return lines.joined(separator: "\n") }
      }
      return MarkdownBody.listLines(list, indent: "").joined(separator: "\n")
    case .table(let rows):
      return MarkdownBody.table(tableCells(node) ?? rows.map { $0.map { InlineMarkdown.escaped($0, place: .cell) } })
    }
  }

  // MARK: lists

  /// A `<ul>` or `<ol>` from its items' markup; a list written straight inside it belongs to
  /// the item before it, as in `ListsExtractor`.
  private func listLines(_ list: Node, indent: String) -> [String] {
    let ordered = list.tag == "ol"
    var number = ordered ? list.attribute("start").flatMap { Int($0.trimmingASCIIWhitespace()) } ?? 1 : 1
    var lines: [String] = []
    var itemIndent = indent + "  "
    for child in list.children where child.isElement && !context.content.isMasked(child) {
      if child.tag == "ul" || child.tag == "ol" {
        lines += listLines(child, indent: lines.isEmpty ? indent : itemIndent)
        continue
      }
      guard child.tag == "li" else { continue }
      var inline = inlineRenderer(listItem: true)
      inline.children(of: child)
      let text = inline.result()
      var nested: [String] = []
      let marker = ordered ? "\(number)." : "-"
      itemIndent = indent + String(repeating: " ", count: marker.count + 1)
      for list in inline.nestedLists { nested += listLines(list, indent: itemIndent) }
      guard !text.isEmpty || !nested.isEmpty else { continue }
      let textLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      lines.append(indent + marker + (text.isEmpty ? "" : " " + textLines[0]))
      for line in textLines.dropFirst() { lines.append(itemIndent + line) }
      lines += nested
      number += 1
    }
    return lines
  }

  /// A list from the model alone (a `<dl>`, or a list whose markup gave nothing): a title in bold.
  static func listLines(_ list: ArticleList, indent: String) -> [String] {
    var lines: [String] = []
    for (index, item) in list.items.enumerated() {
      let marker = list.ordered ? "\(index + 1)." : "-"
      let itemIndent = indent + String(repeating: " ", count: marker.count + 1)
      var text = InlineMarkdown.escaped(item.text)
      if let title = item.title {
        text = "**" + InlineMarkdown.escaped(title) + "**" + (text.isEmpty ? "" : " " + text)
      }
      let textLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      lines.append(indent + marker + (text.isEmpty ? "" : " " + textLines[0]))
      for line in textLines.dropFirst() { lines.append(itemIndent + line) }
      for nested in item.lists { lines += listLines(nested, indent: itemIndent) }
    }
    return lines
  }

  // MARK: tables, code, images

  /// A data table's cells from their markup, rows without text left out as in the JSON.
  private func tableCells(_ table: Node) -> [[String]]? {
    guard table.tag == "table" else { return nil }
    var rows: [[String]] = []
    for row in table.descendants(where: { $0.tag == "tr" }) where !context.content.isMasked(row) {
      let cells = row.elementChildren.filter { $0.tag == "td" || $0.tag == "th" }.map { cell -> String in
        var inline = inlineRenderer(place: .cell)
        inline.children(of: cell)
        return inline.result()
      }
      if !cells.allSatisfy(\.isEmpty) { rows.append(cells) }
    }
    return rows.isEmpty ? nil : rows
  }

  /// A GFM table: the first row is the header (GFM requires one), short rows padded.
  static func table(_ rows: [[String]]) -> String {
    let width = rows.map(\.count).max() ?? 0
    func line(_ cells: [String]) -> String {
      let padded = cells + Array(repeating: "", count: width - cells.count)
      return "| " + padded.joined(separator: " | ") + " |"
    }
    let separator = "|" + String(repeating: " --- |", count: width)
    return ([line(rows[0]), separator] + rows.dropFirst().map(line)).joined(separator: "\n")
  }

  /// A fenced code block: a fence longer than any backtick run inside, the language as info string.
  static func fenced(_ code: String, language: String?) -> String {
    var longest = 0
    var run = 0
    for character in code {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return fence + (language ?? "") + "\n" + code + "\n" + fence
  }

  static func image(_ image: ArticleImage) -> String {
    "![" + InlineMarkdown.escaped(image.alt ?? "", place: .label) + "](" + InlineMarkdown.destination(image.src) + ")"
  }
}
