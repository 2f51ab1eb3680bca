/// Phase 4: runs each section extractor over the shared context and builds the `Article`.
enum Assemble {
  static func article(_ context: Context) -> Article {
    var context = context
    var warnings = context.page.warnings
    // A listing's cards are not an article: its body, outline, lists and byline stay empty.
    let listing = Listing.cards(in: context.items)
    if let cards = listing {
      warnings.append(Listing.warning(cards))
      context = Context(
        page: context.page, metadata: context.metadata, regions: context.regions, content: context.content, items: [],
        title: context.title)
    }
    let metadata = context.metadata
    let byline = listing == nil ? BylineExtractor().extract(from: context) : nil
    if !context.content.found { warnings.append("no main content found") }
    let text = TextExtractor().extract(from: context)
    if let warning = shortTextWarning(text) { warnings.append(warning) }
    let heroImage = HeroImageExtractor().extract(from: context)
    var article = Article(
      source: context.page.source,
      title: context.title,
      description: metadata.description,
      siteName: metadata.siteName,
      language: LanguageDetector.language(declared: metadata.language, text: text),
      publishedAt: PublishedDateExtractor().extract(from: context, byline: byline),
      modifiedAt: metadata.modifiedAt,
      byline: byline,
      heroImage: heroImage,
      headings: HeadingsExtractor().extract(from: context),
      sections: SectionsExtractor().extract(from: context),
      lists: ListsExtractor().extract(from: context),
      steps: StepsExtractor().extract(from: context),
      authorBio: AuthorBioExtractor().extract(from: context, byline: byline),
      related: RelatedExtractor().extract(from: context),
      links: LinksExtractor().extract(from: context),
      text: text,
      warnings: warnings)
    if context.page.options.markdown {
      article.markdownBody = MarkdownBody(context: context, heroSource: heroImage?.src).render()
    }
    return article
  }

  /// Why a page's text is empty or nearly so, for the reader of a batch: "no text found", or
  /// "article text is very short: 12 words" below `Thresholds.minimumContentChars`.
  static func shortTextWarning(_ text: String) -> String? {
    if text.isEmpty { return noTextWarning }
    guard text.count < Thresholds.minimumContentChars else { return nil }
    let words = Text.words(text).count
    return "\(shortTextWarningPrefix) \(words) word\(words == 1 ? "" : "s")"
  }

  static let noTextWarning = "no text found"
  static let shortTextWarningPrefix = "article text is very short:"

  /// A block as plain text: list items one per line (title, then text), table cells tab-separated.
  static func plainText(_ block: Block) -> String? {
    switch block {
    case .paragraph(let text), .quote(let text), .code(let text): return text
    case .image: return nil
    case .table(let rows): return rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    case .list(let list): return listText(list)
    }
  }

  private static func listText(_ list: ArticleList) -> String {
    var lines: [String] = []
    for item in list.items {
      let line = [item.title, item.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
      if !line.isEmpty { lines.append(line) }
      for nested in item.lists { lines.append(listText(nested)) }
    }
    return lines.joined(separator: "\n")
  }
}

extension Article {
  /// Whether the text came out empty or nearly so (a warning says why): batch summaries count these.
  public var hasLittleText: Bool {
    warnings.contains { $0 == Assemble.noTextWarning || $0.hasPrefix(Assemble.shortTextWarningPrefix) }
  }
}
