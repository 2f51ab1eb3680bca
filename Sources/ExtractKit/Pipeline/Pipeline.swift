/// One section extractor: a short pipeline from the shared context to one part of the
/// article. Each tries its strategies in a fixed order (structured data, specific markup,
/// generic heuristics) and keeps the first result that passes its bounds.
protocol SectionExtractor {
  associatedtype Output
  func extract(from context: Context) -> Output
}

/// What every section extractor reads: the page parsed once, its metadata, the located
/// regions and body, and the body walked once into headings and blocks.
struct Context {
  let page: Page
  let metadata: Metadata
  let regions: Regions
  let content: Content
  let items: [ContentWalker.Item]
  /// The pieces of the items' paragraphs made of loose text (see `Runs`).
  let runs: Runs
  let title: String?
  /// The index in `items` of the heading that shows the article's title, if the body repeats it.
  let titleItem: Int?

  init(
    page: Page, metadata: Metadata, regions: Regions, content: Content, items: [ContentWalker.Item],
    runs: Runs = Runs(), title: String?
  ) {
    self.page = page
    self.runs = runs
    self.metadata = metadata
    self.regions = regions
    self.content = content
    self.items = items
    self.title = title
    self.titleItem = HeadingsExtractor.titleItem(in: items, title: title, page: page)
  }
}

/// The phases, in order: prepare (refuse unusable input, decide the encoding, parse once,
/// gather head facts), locate (the byline, bio and related regions, then the article body
/// with its boilerplate masked), extract (each section extractor), assemble (one `Article`).
enum Pipeline {
  static func run(bytes: consuming [UInt8], options: ExtractOptions) throws -> Article {
    let page = try Prepare.page(bytes: consume bytes, options: options)
    let metadata = MetadataExtractor().extract(from: page)
    // The title first: the related blocks are told from header menus by where it is shown.
    let title = TitleExtractor().extract(from: page, metadata: metadata)
    let regions = Regions.locate(in: page, authors: metadata.authors, title: title)
    let content = ContentLocator.locate(in: page, regions: regions)
    let walker = ContentWalker(page: page, content: content, siteName: metadata.siteName)
    let items = walker.items()
    let context = Context(
      page: page, metadata: metadata, regions: regions, content: content, items: items, runs: walker.runs,
      title: title)
    // Nodes reach their document without a reference count: the page holds it to the end.
    return withExtendedLifetime(page) { Assemble.article(context) }
  }
}
