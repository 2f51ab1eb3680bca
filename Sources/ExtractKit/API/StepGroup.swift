/// A numbered procedure; `title` says what it is for.
public struct StepGroup: Codable, Equatable, Sendable {
  public var title: String?
  public var steps: [Step]

  public init(title: String? = nil, steps: [Step]) {
    self.title = title
    self.steps = steps
  }

  enum CodingKeys: String, CodingKey { case title, steps }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(steps, forKey: .steps)
  }
}
