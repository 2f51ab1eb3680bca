/// An image of the article; `src` is absolute when a base URL is known.
public struct ArticleImage: Codable, Equatable, Sendable {
  public var src: String
  public var alt: String?
  public var width: Int?
  public var height: Int?

  public init(src: String, alt: String? = nil, width: Int? = nil, height: Int? = nil) {
    self.src = src
    self.alt = alt
    self.width = width
    self.height = height
  }

  enum CodingKeys: String, CodingKey { case src, alt, width, height }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(src, forKey: .src)
    try container.encode(alt, forKey: .alt)
    try container.encode(width, forKey: .width)
    try container.encode(height, forKey: .height)
  }
}
