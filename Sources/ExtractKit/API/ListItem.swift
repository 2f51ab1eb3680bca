/// One list item: its bold, strong or heading label as `title`, the rest as `text`,
/// and the lists nested in it.
public struct ListItem: Codable, Equatable, Sendable {
  /// The item's bold, strong or heading label: "Deep Tissue Massage".
  public var title: String?
  /// The rest of the item's text.
  public var text: String
  /// Lists nested in the item.
  public var lists: [ArticleList]

  /// Creates a list item.
  public init(title: String? = nil, text: String, lists: [ArticleList] = []) {
    self.title = title
    self.text = text
    self.lists = lists
  }

  enum CodingKeys: String, CodingKey { case title, text, lists }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(text, forKey: .text)
    try container.encode(lists, forKey: .lists)
  }
}
