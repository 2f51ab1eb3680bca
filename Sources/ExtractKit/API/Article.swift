import Foundation

/// One extracted article: the JSON contract of `docs/output-contract.md`, schema version 2.
///
/// Every property is always encoded (`null`, `[]` or `""` when the page has nothing for
/// it), in the order declared here, so the output's shape never depends on the page.
public struct Article: Codable, Equatable, Sendable {
  /// The `schemaVersion` this library writes; it changes whenever the JSON's shape does.
  public static let currentSchemaVersion = 2

  /// The contract version the article follows (`currentSchemaVersion` for new articles).
  public var schemaVersion: Int
  /// Where the page came from and how its bytes were read.
  public var source: Source
  /// The article's own title, not the `<title>` with " | Site Name".
  public var title: String?
  /// The page's summary, from its meta, Open Graph or JSON-LD description.
  public var description: String?
  /// The site's name, e.g. "Evergreen Living Supply".
  public var siteName: String?
  /// The page's language as a BCP 47 tag, e.g. "en".
  public var language: String?
  /// When the article was published: ISO 8601, "2019-08-13" or a full date-time
  /// when the page gives one. ``publishedDate`` is the same as a `Date`.
  public var publishedAt: String?
  /// When the article was last changed, in the same form as ``publishedAt``.
  public var modifiedAt: String?
  /// The line under the title naming the authors and the date.
  public var byline: Byline?
  /// The article's lead image.
  public var heroImage: ArticleImage?
  /// The outline of the main content in document order, the title excluded.
  public var headings: [Heading]
  /// The main content split at its headings, nested by level.
  public var sections: [ArticleSection]
  /// Every bulleted or numbered list of the main content, in document order.
  public var lists: [ArticleList]
  /// The numbered procedures ("how to" instructions) of the main content.
  public var steps: [StepGroup]
  /// The "about the author" box, apart from the byline.
  public var authorBio: AuthorBio?
  /// The "Also in …", "Related posts" or "You may also like" cards.
  public var related: Related?
  /// Every link of the article body, in document order: absolute, `http(s)` only.
  public var links: [Link]
  /// The main content as plain text, blocks joined by "\n\n".
  public var text: String
  /// What was odd about the page, e.g. "no main content found".
  public var warnings: [String]
  /// The body as Markdown with the page's inline markup (links, emphasis, code spans), made
  /// when the article is extracted, for `MarkdownRenderer`. Not part of the JSON contract:
  /// an article decoded from JSON has none, and equality ignores it.
  public internal(set) var markdownBody: String?

  /// Creates an article; every part but ``source`` defaults to absent or empty.
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

  /// Encodes every key in the contract's order, `null` and `[]` included.
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

extension Article {
  /// ``publishedAt`` as a `Date`: a date alone is midnight UTC, a time without a zone is UTC.
  public var publishedDate: Date? { TypedValues.date(publishedAt) }
  /// ``modifiedAt`` as a `Date`, read like ``publishedDate``.
  public var modifiedDate: Date? { TypedValues.date(modifiedAt) }
}
