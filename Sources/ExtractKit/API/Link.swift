/// A link of the article body: the anchor's text and its absolute `http(s)` URL.
public struct Link: Codable, Equatable, Sendable {
  public var text: String
  public var url: String

  public init(text: String, url: String) {
    self.text = text
    self.url = url
  }

  enum CodingKeys: String, CodingKey { case text, url }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(url, forKey: .url)
  }
}
