/// A heading of the main content (`<h1>`…`<h6>`); `id` is its anchor when it has one.
public struct Heading: Codable, Equatable, Sendable {
  public var level: Int
  public var text: String
  public var id: String?

  public init(level: Int, text: String, id: String? = nil) {
    self.level = level
    self.text = text
    self.id = id
  }

  enum CodingKeys: String, CodingKey { case level, text, id }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(level, forKey: .level)
    try container.encode(text, forKey: .text)
    try container.encode(id, forKey: .id)
  }
}
