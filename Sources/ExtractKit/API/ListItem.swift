/// One list item: its bold, strong or heading label as `title`, the rest as `text`,
/// and the lists nested in it.
public struct ListItem: Codable, Equatable, Sendable {
  public var title: String?
  public var text: String
  public var lists: [ArticleList]

  public init(title: String? = nil, text: String, lists: [ArticleList] = []) {
    self.title = title
    self.text = text
    self.lists = lists
  }

  enum CodingKeys: String, CodingKey { case title, text, lists }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(text, forKey: .text)
    try container.encode(lists, forKey: .lists)
  }
}
