/// The "Also in …", "Related posts", "You may also like" block.
public struct Related: Codable, Equatable, Sendable {
  public var heading: String?
  public var posts: [PostCard]

  public init(heading: String? = nil, posts: [PostCard]) {
    self.heading = heading
    self.posts = posts
  }

  enum CodingKeys: String, CodingKey { case heading, posts }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(heading, forKey: .heading)
    try container.encode(posts, forKey: .posts)
  }
}
