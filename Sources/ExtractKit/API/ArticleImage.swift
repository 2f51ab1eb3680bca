import Foundation

/// An image of the article; `src` is absolute when a base URL is known.
public struct ArticleImage: Codable, Equatable, Sendable {
  /// The image's address, absolute when a base URL is known; ``imageURL`` is
  /// the same as a `URL`.
  public var src: String
  /// The image's alternative text.
  public var alt: String?
  /// The width the markup gives, in CSS pixels.
  public var width: Int?
  /// The height the markup gives, in CSS pixels.
  public var height: Int?

  /// Creates an image.
  public init(src: String, alt: String? = nil, width: Int? = nil, height: Int? = nil) {
    self.src = src
    self.alt = alt
    self.width = width
    self.height = height
  }

  enum CodingKeys: String, CodingKey { case src, alt, width, height }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(src, forKey: .src)
    try container.encode(alt, forKey: .alt)
    try container.encode(width, forKey: .width)
    try container.encode(height, forKey: .height)
  }
}

extension ArticleImage {
  /// ``src`` as a `URL`; nil while it is relative (no base URL was known) or malformed.
  public var imageURL: URL? { TypedValues.url(src) }
}
