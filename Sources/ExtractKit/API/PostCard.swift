import Foundation

/// One card of a related-posts block.
public struct PostCard: Codable, Equatable, Sendable {
  /// The linked post's title.
  public var title: String
  /// The post's absolute URL; ``destination`` is the same as a `URL`.
  public var url: String?
  /// The post's author, when the card names one.
  public var author: String?
  /// The post's date, ISO 8601; ``publishedDate`` is the same as a `Date`.
  public var publishedAt: String?
  /// The number of comments the card shows.
  public var commentCount: Int?
  /// The card's teaser text.
  public var excerpt: String?
  /// The card's thumbnail.
  public var image: ArticleImage?

  /// Creates a card.
  public init(
    title: String, url: String? = nil, author: String? = nil, publishedAt: String? = nil, commentCount: Int? = nil,
    excerpt: String? = nil, image: ArticleImage? = nil
  ) {
    self.title = title
    self.url = url
    self.author = author
    self.publishedAt = publishedAt
    self.commentCount = commentCount
    self.excerpt = excerpt
    self.image = image
  }

  enum CodingKeys: String, CodingKey { case title, url, author, publishedAt, commentCount, excerpt, image }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(url, forKey: .url)
    try container.encode(author, forKey: .author)
    try container.encode(publishedAt, forKey: .publishedAt)
    try container.encode(commentCount, forKey: .commentCount)
    try container.encode(excerpt, forKey: .excerpt)
    try container.encode(image, forKey: .image)
  }
}

extension PostCard {
  /// ``publishedAt`` as a `Date`: a date alone is midnight UTC, a time without a zone is UTC.
  public var publishedDate: Date? { TypedValues.date(publishedAt) }
  /// ``url`` as a `URL`.
  public var destination: URL? { TypedValues.url(url) }
}
