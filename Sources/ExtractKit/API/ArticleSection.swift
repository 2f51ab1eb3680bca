/// The main content between one heading and the next of the same or a higher level.
/// Content before the first heading is a section whose `heading` is nil.
public struct ArticleSection: Codable, Equatable, Sendable {
  public var heading: Heading?
  public var blocks: [Block]
  public var sections: [ArticleSection]

  public init(heading: Heading?, blocks: [Block] = [], sections: [ArticleSection] = []) {
    self.heading = heading
    self.blocks = blocks
    self.sections = sections
  }

  enum CodingKeys: String, CodingKey { case heading, blocks, sections }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(heading, forKey: .heading)
    try container.encode(blocks, forKey: .blocks)
    try container.encode(sections, forKey: .sections)
  }
}
