/// The main content between one heading and the next of the same or a higher level.
/// Content before the first heading is a section whose `heading` is nil.
public struct ArticleSection: Codable, Equatable, Sendable {
  /// The heading that opens the section; nil for the content before the first one.
  public var heading: Heading?
  /// The section's own content, in document order.
  public var blocks: [Block]
  /// The sections under lower-level headings inside this one.
  public var sections: [ArticleSection]

  /// Creates a section.
  public init(heading: Heading?, blocks: [Block] = [], sections: [ArticleSection] = []) {
    self.heading = heading
    self.blocks = blocks
    self.sections = sections
  }

  enum CodingKeys: String, CodingKey { case heading, blocks, sections }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(heading, forKey: .heading)
    try container.encode(blocks, forKey: .blocks)
    try container.encode(sections, forKey: .sections)
  }
}
