/// What `MarkdownRenderer` writes besides the article.
public struct MarkdownOptions: Equatable, Sendable {
  /// YAML front matter first: title, url, authors, date, siteName, language, description.
  public var frontMatter: Bool
  /// The author bio box and the related-post cards after the article, each under its own
  /// heading ("About the author", the box's own heading or "Related"). Off: the article alone.
  public var asides: Bool

  /// Options for `MarkdownRenderer.render(_:options:)`; both parts are on by default.
  public init(frontMatter: Bool = true, asides: Bool = true) {
    self.frontMatter = frontMatter
    self.asides = asides
  }
}

/// The article as Markdown (CommonMark with GFM tables), for LLM and search pipelines: YAML
/// front matter, the title, a byline line, the hero image once, then the body with its
/// headings, paragraphs, links, emphasis, lists, quotes, fenced code, tables and images, and
/// after it, apart, the author bio and the related cards. Boilerplate never reaches it.
///
/// The body comes from the page's markup when the article was just extracted (links and
/// emphasis kept); an `Article` decoded from JSON has no markup, and its body is rendered from
/// `sections` as plain text.
public enum MarkdownRenderer {
  /// The article as Markdown text.
  public static func render(_ article: Article, options: MarkdownOptions = MarkdownOptions()) -> String {
    var blocks: [String] = []
    if options.frontMatter, let frontMatter = frontMatter(article) { blocks.append(frontMatter) }
    if let title = article.title { blocks.append("# " + InlineMarkdown.escaped(title, place: .heading)) }
    if let byline = article.byline {
      var parts: [String] = []
      let names = byline.authors.map { ([$0.name] + $0.credentials).joined(separator: ", ") }
      if !names.isEmpty { parts.append("By " + names.joined(separator: " and ")) }
      if let date = byline.publishedAt ?? article.publishedAt { parts.append(date) }
      if !parts.isEmpty { blocks.append("*" + InlineMarkdown.escaped(parts.joined(separator: " · ")) + "*") }
    }
    if let hero = article.heroImage { blocks.append(MarkdownBody.image(hero)) }
    if let body = article.markdownBody {
      if !body.isEmpty { blocks.append(body) }
    } else {
      for section in article.sections { render(section, hero: article.heroImage?.src, into: &blocks) }
    }
    if options.asides { asides(article, into: &blocks) }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// The author bio and the related cards, each under its own heading.
  private static func asides(_ article: Article, into blocks: inout [String]) {
    if let bio = article.authorBio {
      blocks.append("## About the author")
      let name = InlineMarkdown.escaped(([bio.name] + bio.credentials).joined(separator: ", "))
      let linked = bio.url.map {
        "[" + InlineMarkdown.escaped(bio.name, place: .label) + "](" + InlineMarkdown.destination($0) + ")"
      }
      blocks.append("**" + (linked ?? name) + "** " + InlineMarkdown.escaped(bio.bio))
    }
    if let related = article.related, !related.posts.isEmpty {
      blocks.append("## " + InlineMarkdown.escaped(related.heading ?? "Related", place: .heading))
      blocks.append(
        related.posts.map { post in
          let title = InlineMarkdown.escaped(post.title, place: post.url == nil ? .running : .label)
          var line = "- " + (post.url.map { "[\(title)](\(InlineMarkdown.destination($0)))" } ?? title)
          let by = [post.author, post.publishedAt].compactMap { $0 }.joined(separator: ", ")
          if !by.isEmpty { line += " (" + InlineMarkdown.escaped(by) + ")" }
          return line
        }.joined(separator: "\n"))
    }
  }

  /// The body of an article without markup (decoded from JSON): its sections as plain text.
  private static func render(_ section: ArticleSection, hero: String?, into blocks: inout [String]) {
    if let heading = section.heading {
      blocks.append(
        MarkdownBody.headingMarker(heading.level) + " " + InlineMarkdown.escaped(heading.text, place: .heading))
    }
    for block in section.blocks {
      switch block {
      case .paragraph(let text): blocks.append(InlineMarkdown.escaped(text))
      case .quote(let text):
        blocks.append(
          InlineMarkdown.escaped(text).split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
            .joined(separator: "\n"))
      case .code(let text): blocks.append(MarkdownBody.fenced(text, language: nil))
      case .image(let image): if image.src != hero { blocks.append(MarkdownBody.image(image)) }
      case .list(let list): blocks.append(MarkdownBody.listLines(list, indent: "").joined(separator: "\n"))
      case .table(let rows):
        if !rows.isEmpty {
          blocks.append(MarkdownBody.table(rows.map { $0.map { InlineMarkdown.escaped($0, place: .cell) } }))
        }
      }
    }
    for child in section.sections { render(child, hero: hero, into: &blocks) }
  }

  // MARK: front matter

  /// YAML front matter, as Trafilatura's `--with-metadata` writes it: the keys the page has,
  /// strings double-quoted. Nil when the page has none of them.
  static func frontMatter(_ article: Article) -> String? {
    var lines: [String] = []
    func add(_ key: String, _ value: String?) {
      if let value { lines.append(key + ": " + yamlString(value)) }
    }
    add("title", article.title)
    add("url", article.source.canonicalUrl ?? article.source.url)
    let authors = article.byline?.authors.map(\.name) ?? []
    if !authors.isEmpty { lines.append("authors: [" + authors.map(yamlString).joined(separator: ", ") + "]") }
    add("date", article.publishedAt)
    add("siteName", article.siteName)
    add("language", article.language)
    add("description", article.description)
    guard !lines.isEmpty else { return nil }
    return (["---"] + lines + ["---"]).joined(separator: "\n")
  }

  /// A YAML double-quoted scalar: `"` and `\` escaped, and every character YAML does not take
  /// as printable (controls, U+0085, line and paragraph separators, U+FEFF) as an escape.
  static func yamlString(_ value: String) -> String {
    var output = "\""
    for scalar in value.unicodeScalars {
      switch scalar.value {
      case 0x22: output += "\\\""
      case 0x5C: output += "\\\\"
      case 0x0A: output += "\\n"
      case 0x09: output += "\\t"
      case 0...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
        output +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16).uppercased()
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}

/// The article's text as `--format text` prints it: the title, then the body text.
public enum TextRenderer {
  /// The article's title, a blank line, then its clean text (the text alone without a title).
  public static func render(_ article: Article) -> String {
    guard let title = article.title else { return article.text }
    return article.text.isEmpty ? title : title + "\n\n" + article.text
  }
}
