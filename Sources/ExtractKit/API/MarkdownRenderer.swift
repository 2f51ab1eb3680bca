/// The article as Markdown, for LLM and search pipelines: the title, a byline line, the hero
/// image, then the sections with their headings, paragraphs, lists (item titles in bold),
/// quotes, code, tables and images. Boilerplate never reaches it: it renders the `Article`.
public enum MarkdownRenderer {
  /// The article as Markdown text.
  public static func render(_ article: Article) -> String {
    var blocks: [String] = []
    if let title = article.title { blocks.append("# " + escape(title)) }
    if let byline = article.byline {
      var parts: [String] = []
      let names = byline.authors.map { ([$0.name] + $0.credentials).joined(separator: ", ") }
      if !names.isEmpty { parts.append("By " + names.joined(separator: " and ")) }
      if let date = byline.publishedAt ?? article.publishedAt { parts.append(date) }
      if !parts.isEmpty { blocks.append("*" + escape(parts.joined(separator: " · ")) + "*") }
    }
    if let hero = article.heroImage { blocks.append(image(hero)) }
    for section in article.sections { render(section, into: &blocks) }
    if let bio = article.authorBio {
      blocks.append("## About the author")
      blocks.append("**" + escape(([bio.name] + bio.credentials).joined(separator: ", ")) + "** " + escape(bio.bio))
    }
    if let related = article.related, !related.posts.isEmpty {
      blocks.append("## " + escape(related.heading ?? "Related"))
      blocks.append(
        related.posts.map { post in
          let title = post.url.map { "[\(escape(post.title))](\($0))" } ?? escape(post.title)
          return "- " + title
        }.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func render(_ section: ArticleSection, into blocks: inout [String]) {
    if let heading = section.heading {
      blocks.append(String(repeating: "#", count: min(6, max(2, heading.level))) + " " + escape(heading.text))
    }
    for block in section.blocks {
      switch block {
      case .paragraph(let text): blocks.append(escape(text))
      case .quote(let text): blocks.append("> " + escape(text))
      case .code(let text): blocks.append("```\n" + text + "\n```")
      case .image(let value): blocks.append(image(value))
      case .list(let list):
        if let intro = list.intro, blocks.last != escape(intro) { blocks.append(escape(intro)) }
        blocks.append(lines(list, depth: 0).joined(separator: "\n"))
      case .table(let rows):
        guard let first = rows.first else { continue }
        let width = rows.map(\.count).max() ?? first.count
        func row(_ cells: [String]) -> String {
          let padded = cells + Array(repeating: "", count: width - cells.count)
          return "| " + padded.map { escape($0).replacingPipes() }.joined(separator: " | ") + " |"
        }
        let separator = "|" + String(repeating: " --- |", count: width)
        blocks.append(([row(first), separator] + rows.dropFirst().map(row)).joined(separator: "\n"))
      }
    }
    for child in section.sections { render(child, into: &blocks) }
  }

  private static func lines(_ list: ArticleList, depth: Int) -> [String] {
    var output: [String] = []
    let indent = String(repeating: "   ", count: depth)
    for (index, item) in list.items.enumerated() {
      let marker = list.ordered ? "\(index + 1)." : "-"
      var text = escape(item.text)
      if let title = item.title { text = "**" + escape(title) + "**" + (text.isEmpty ? "" : " — " + text) }
      output.append(indent + marker + " " + text)
      for nested in item.lists { output += lines(nested, depth: depth + 1) }
    }
    return output
  }

  private static func image(_ image: ArticleImage) -> String {
    "![" + escape(image.alt ?? "") + "](" + image.src + ")"
  }

  /// Escapes the characters that would start Markdown syntax inside running text.
  static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.count)
    for character in text {
      if "\\`*_[]<>".contains(character) { output.append("\\") }
      output.append(character)
    }
    // A line starting with "#", "-", "+" or "1." would become a heading or a list.
    if let first = output.first, "#+-".contains(first) { output.insert("\\", at: output.startIndex) }
    return output
  }
}

extension String {
  fileprivate func replacingPipes() -> String {
    var output = ""
    for character in self {
      if character == "|" { output.append("\\") }
      output.append(character)
    }
    return output
  }
}
