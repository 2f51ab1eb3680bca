import Foundation

/// A link of the article body: the anchor's text and its absolute `http(s)` URL.
public struct Link: Codable, Equatable, Sendable {
  /// The anchor's text.
  public var text: String
  /// The absolute `http(s)` URL; ``destination`` is the same as a `URL`.
  public var url: String

  /// Creates a link.
  public init(text: String, url: String) {
    self.text = text
    self.url = url
  }

  enum CodingKeys: String, CodingKey { case text, url }

  /// Encodes the keys in the contract's order.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(url, forKey: .url)
  }
}

extension Link {
  /// ``url`` as a `URL`.
  public var destination: URL? { TypedValues.url(url) }
}
