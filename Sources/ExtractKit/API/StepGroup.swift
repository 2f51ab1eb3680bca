/// A numbered procedure; `title` says what it is for.
public struct StepGroup: Codable, Equatable, Sendable {
  /// What the steps are for: "Using a Foam Roller for Lower Back Pain".
  public var title: String?
  /// The steps, in order.
  public var steps: [Step]

  /// Creates a procedure.
  public init(title: String? = nil, steps: [Step]) {
    self.title = title
    self.steps = steps
  }

  enum CodingKeys: String, CodingKey { case title, steps }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(steps, forKey: .steps)
  }
}
