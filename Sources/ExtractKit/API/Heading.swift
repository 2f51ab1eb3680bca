/// A heading of the main content (`<h1>`…`<h6>`); `id` is its anchor when it has one.
public struct Heading: Codable, Equatable, Sendable {
  /// The heading's level, 1 to 6 (`<h2>` is 2).
  public var level: Int
  /// The heading's text.
  public var text: String
  /// The heading's anchor (its `id`, or the `id` of an anchor inside it).
  public var id: String?

  /// Creates a heading.
  public init(level: Int, text: String, id: String? = nil) {
    self.level = level
    self.text = text
    self.id = id
  }

  enum CodingKeys: String, CodingKey { case level, text, id }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(level, forKey: .level)
    try container.encode(text, forKey: .text)
    try container.encode(id, forKey: .id)
  }
}
