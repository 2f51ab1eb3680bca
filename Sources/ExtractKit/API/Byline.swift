import Foundation

/// The line under the title naming who wrote the article and when.
public struct Byline: Codable, Equatable, Sendable {
  /// The byline as the page shows it, whitespace collapsed.
  public var raw: String
  /// The people named, in the order given.
  public var authors: [Person]
  /// ISO 8601 date (or date-time) the byline gives.
  public var publishedAt: String?
  /// The number of comments the byline shows ("12 Comments").
  public var commentCount: Int?

  /// Creates a byline.
  public init(raw: String, authors: [Person], publishedAt: String? = nil, commentCount: Int? = nil) {
    self.raw = raw
    self.authors = authors
    self.publishedAt = publishedAt
    self.commentCount = commentCount
  }

  enum CodingKeys: String, CodingKey { case raw, authors, publishedAt, commentCount }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(raw, forKey: .raw)
    try container.encode(authors, forKey: .authors)
    try container.encode(publishedAt, forKey: .publishedAt)
    try container.encode(commentCount, forKey: .commentCount)
  }
}

extension Byline {
  /// ``publishedAt`` as a `Date`: a date alone is midnight UTC, a time without a zone is UTC.
  public var publishedDate: Date? { TypedValues.date(publishedAt) }
}
