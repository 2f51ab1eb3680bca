/// A bulleted or numbered list of the main content.
public struct ArticleList: Codable, Equatable, Sendable {
  /// Whether the list is numbered (`<ol>`).
  public var ordered: Bool
  /// The lead-in line before the list, e.g. "Popular types of massage include:".
  public var intro: String?
  /// The list's items, in order.
  public var items: [ListItem]

  /// Creates a list.
  public init(ordered: Bool, intro: String? = nil, items: [ListItem]) {
    self.ordered = ordered
    self.intro = intro
    self.items = items
  }

  enum CodingKeys: String, CodingKey { case ordered, intro, items }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(ordered, forKey: .ordered)
    try container.encode(intro, forKey: .intro)
    try container.encode(items, forKey: .items)
  }
}
