/// One extracted article: the JSON contract of `docs/output-contract.md`, schema version 2.
///
/// Every property is always encoded (`null`, `[]` or `""` when the page has nothing for
/// it), in the order declared here, so the output's shape never depends on the page.
public struct Article: Codable, Equatable, Sendable {
  public static let currentSchemaVersion = 2

  public var schemaVersion: Int
  public var source: Source
  public var title: String?
  public var description: String?
  public var siteName: String?
  public var language: String?
  public var publishedAt: String?
  public var modifiedAt: String?
  public var byline: Byline?
  public var heroImage: ArticleImage?
  public var headings: [Heading]
  public var sections: [ArticleSection]
  public var lists: [ArticleList]
  public var steps: [StepGroup]
  public var authorBio: AuthorBio?
  public var related: Related?
  /// Every link of the article body, in document order: absolute, `http(s)` only.
  public var links: [Link]
  public var text: String
  public var warnings: [String]
  /// The body as Markdown with the page's inline markup (links, emphasis, code spans), made
  /// when the article is extracted, for `MarkdownRenderer`. Not part of the JSON contract:
  /// an article decoded from JSON has none, and equality ignores it.
  public internal(set) var markdownBody: String?

  public init(
    schemaVersion: Int = Article.currentSchemaVersion, source: Source, title: String? = nil,
    description: String? = nil, siteName: String? = nil, language: String? = nil, publishedAt: String? = nil,
    modifiedAt: String? = nil, byline: Byline? = nil, heroImage: ArticleImage? = nil, headings: [Heading] = [],
    sections: [ArticleSection] = [], lists: [ArticleList] = [], steps: [StepGroup] = [], authorBio: AuthorBio? = nil,
    related: Related? = nil, links: [Link] = [], text: String = "", warnings: [String] = []
  ) {
    self.schemaVersion = schemaVersion
    self.source = source
    self.title = title
    self.description = description
    self.siteName = siteName
    self.language = language
    self.publishedAt = publishedAt
    self.modifiedAt = modifiedAt
    self.byline = byline
    self.heroImage = heroImage
    self.headings = headings
    self.sections = sections
    self.lists = lists
    self.steps = steps
    self.authorBio = authorBio
    self.related = related
    self.links = links
    self.text = text
    self.warnings = warnings
  }

  /// Equal when every field of the JSON contract is.
  public static func == (left: Article, right: Article) -> Bool {
    left.schemaVersion == right.schemaVersion && left.source == right.source && left.title == right.title
      && left.description == right.description && left.siteName == right.siteName
      && left.language == right.language && left.publishedAt == right.publishedAt
      && left.modifiedAt == right.modifiedAt && left.byline == right.byline && left.heroImage == right.heroImage
      && left.headings == right.headings && left.sections == right.sections && left.lists == right.lists
      && left.steps == right.steps && left.authorBio == right.authorBio && left.related == right.related
      && left.links == right.links && left.text == right.text && left.warnings == right.warnings
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, source, title, description, siteName, language, publishedAt, modifiedAt, byline
    case heroImage, headings, sections, lists, steps, authorBio, related, links, text, warnings
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(source, forKey: .source)
    try container.encode(title, forKey: .title)
    try container.encode(description, forKey: .description)
    try container.encode(siteName, forKey: .siteName)
    try container.encode(language, forKey: .language)
    try container.encode(publishedAt, forKey: .publishedAt)
    try container.encode(modifiedAt, forKey: .modifiedAt)
    try container.encode(byline, forKey: .byline)
    try container.encode(heroImage, forKey: .heroImage)
    try container.encode(headings, forKey: .headings)
    try container.encode(sections, forKey: .sections)
    try container.encode(lists, forKey: .lists)
    try container.encode(steps, forKey: .steps)
    try container.encode(authorBio, forKey: .authorBio)
    try container.encode(related, forKey: .related)
    try container.encode(links, forKey: .links)
    try container.encode(text, forKey: .text)
    try container.encode(warnings, forKey: .warnings)
  }
}
