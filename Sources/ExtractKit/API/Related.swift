/// The "Also in …", "Related posts", "You may also like" block.
public struct Related: Codable, Equatable, Sendable {
  /// The block's heading, e.g. "Also in Resources".
  public var heading: String?
  /// The cards, in page order.
  public var posts: [PostCard]

  /// Creates a related-posts block.
  public init(heading: String? = nil, posts: [PostCard]) {
    self.heading = heading
    self.posts = posts
  }

  enum CodingKeys: String, CodingKey { case heading, posts }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(heading, forKey: .heading)
    try container.encode(posts, forKey: .posts)
  }
}
