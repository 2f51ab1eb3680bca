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
    var byline = listing == nil ? BylineExtractor().extract(from: context) : nil
    // A listing (an author's archive under its header box) has no article for a bio to close.
    let authorBio = listing == nil ? AuthorBioExtractor().extract(from: context, byline: byline) : nil
    // A post whose only author mark is the about-the-author box under it (a plugin's box,
    // no byline over the post): the box names the author. A closing note in italics names its
    // person inside a sentence ("<em>Dana Whitlock is …</em>"): no byline. Not a staff account's
    // box ("PETA-Team" under the post): that names no one, as in the byline.
    if listing == nil, byline?.authors.isEmpty ?? true, let bio = authorBio,
      !(context.regions.authorBio.map(AuthorBioExtractor.isItalicNote) ?? false),
      !BylineExtractor.namesNoOne(bio.name, siteName: metadata.siteName)
    {
      let person = Person(name: bio.name, credentials: bio.credentials, url: bio.url)
      if var found = byline {
        found.authors = [person]
        byline = found
      } else {
        byline = Byline(raw: "", authors: [person])
      }
    }
    if !context.content.found { warnings.append("no main content found") }
    let text = TextExtractor().extract(from: context)
    if let warning = shortTextWarning(text, pageText: context.page.bodyTextLength) { warnings.append(warning) }
    let heroImage = HeroImageExtractor().extract(from: context)
    // Worked out once: the sections open at the outline's headings.
    let outline = HeadingsExtractor().outline(from: context)
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
      headings: outline.headings,
      sections: SectionsExtractor().extract(from: context, outline: outline),
      lists: ListsExtractor().extract(from: context),
      steps: StepsExtractor().extract(from: context),
      authorBio: authorBio,
      related: RelatedExtractor().extract(from: context),
      links: LinksExtractor().extract(from: context),
      text: text,
      warnings: warnings)
    if context.page.options.markdown {
      article.markdownBody = MarkdownBody(context: context, heroSource: heroImage?.src, outline: outline).render()
    }
    return article
  }

  /// Why a page's text is empty or nearly so, for the reader of a batch: "no text found", or
  /// "article text is very short: 12 words" below `Thresholds.minimumContentChars`, each with
  /// the reason: the page itself shows little text (its scripts would add it), or what it shows
  /// was all taken for navigation and boilerplate.
  static func shortTextWarning(_ text: String, pageText: Int) -> String? {
    // Made only for a page that gets the warning.
    var reason: String {
      pageText < Thresholds.minimumContentChars
        ? "the page shows only \(pageText) characters of text outside scripts"
        : "the page's other text (\(pageText) characters) reads as navigation or boilerplate"
    }
    if text.isEmpty { return "\(noTextWarning): \(reason)" }
    // Counted up to the bar only: counting every Character of a long article cost as much as
    // some extractors.
    let limit = Thresholds.minimumContentChars
    guard text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) == nil else { return nil }
    let words = Text.words(text).count
    return "\(shortTextWarningPrefix) \(words) word\(words == 1 ? "" : "s"); \(reason)"
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
    var text = ""
    appendListText(list, to: &text)
    return text
  }

  /// A list's plain text appended: its lines (an item's title, then its text; each nested
  /// list's text, empty or not) joined by line breaks.
  static func appendListText(_ list: ArticleList, to text: inout String) {
    var first = true
    func startLine() {
      if !first { text += "\n" }
      first = false
    }
    for item in list.items {
      let title = item.title ?? ""
      if !title.isEmpty || !item.text.isEmpty {
        startLine()
        text += title
        if !title.isEmpty && !item.text.isEmpty { text += "\n" }
        text += item.text
      }
      for nested in item.lists {
        startLine()
        appendListText(nested, to: &text)
      }
    }
  }
}

extension Article {
  /// Whether the text came out empty or nearly so (a warning says why): batch summaries count these.
  public var hasLittleText: Bool {
    warnings.contains { $0.hasPrefix(Assemble.noTextWarning) || $0.hasPrefix(Assemble.shortTextWarningPrefix) }
  }
}
