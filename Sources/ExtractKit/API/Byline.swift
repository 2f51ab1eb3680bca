/// The line under the title naming who wrote the article and when.
public struct Byline: Codable, Equatable, Sendable {
  /// The byline as the page shows it, whitespace collapsed.
  public var raw: String
  public var authors: [Person]
  /// ISO 8601 date (or date-time) the byline gives.
  public var publishedAt: String?
  public var commentCount: Int?

  public init(raw: String, authors: [Person], publishedAt: String? = nil, commentCount: Int? = nil) {
    self.raw = raw
    self.authors = authors
    self.publishedAt = publishedAt
    self.commentCount = commentCount
  }

  enum CodingKeys: String, CodingKey { case raw, authors, publishedAt, commentCount }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(raw, forKey: .raw)
    try container.encode(authors, forKey: .authors)
    try container.encode(publishedAt, forKey: .publishedAt)
    try container.encode(commentCount, forKey: .commentCount)
  }
}
