/// One block of a section, tagged by `type` in JSON.
public enum Block: Codable, Equatable, Sendable {
  /// A paragraph's text; a `<br>` in it is one "\n".
  case paragraph(String)
  /// A list (also in ``Article/lists``).
  case list(ArticleList)
  /// An image of the content.
  case image(ArticleImage)
  /// A block quote's text.
  case quote(String)
  /// A `<pre>` block's text, verbatim: line breaks and indentation kept.
  case code(String)
  /// A table's cells, row by row.
  case table([[String]])

  enum CodingKeys: String, CodingKey { case type, text, list, image, rows }

  /// Decodes a block from its `type`-tagged JSON.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "paragraph": self = .paragraph(try container.decode(String.self, forKey: .text))
    case "list": self = .list(try container.decode(ArticleList.self, forKey: .list))
    case "image": self = .image(try container.decode(ArticleImage.self, forKey: .image))
    case "quote": self = .quote(try container.decode(String.self, forKey: .text))
    case "code": self = .code(try container.decode(String.self, forKey: .text))
    case "table": self = .table(try container.decode([[String]].self, forKey: .rows))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown block type \(type)")
    }
  }

  /// Encodes the block as `{"type": …}` with its one payload key.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .paragraph(let text):
      try container.encode("paragraph", forKey: .type)
      try container.encode(text, forKey: .text)
    case .list(let list):
      try container.encode("list", forKey: .type)
      try container.encode(list, forKey: .list)
    case .image(let image):
      try container.encode("image", forKey: .type)
      try container.encode(image, forKey: .image)
    case .quote(let text):
      try container.encode("quote", forKey: .type)
      try container.encode(text, forKey: .text)
    case .code(let text):
      try container.encode("code", forKey: .type)
      try container.encode(text, forKey: .text)
    case .table(let rows):
      try container.encode("table", forKey: .type)
      try container.encode(rows, forKey: .rows)
    }
  }
}
