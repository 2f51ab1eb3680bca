/// One card of a related-posts block.
public struct PostCard: Codable, Equatable, Sendable {
  public var title: String
  public var url: String?
  public var author: String?
  public var publishedAt: String?
  public var commentCount: Int?
  public var excerpt: String?
  public var image: ArticleImage?

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
