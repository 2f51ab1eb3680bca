/// One step of a procedure, numbered from 1.
public struct Step: Codable, Equatable, Sendable {
  /// The step's number, from 1.
  public var position: Int
  /// What to do.
  public var text: String

  /// Creates a step.
  public init(position: Int, text: String) {
    self.position = position
    self.text = text
  }
}
