/// One step of a procedure, numbered from 1.
public struct Step: Codable, Equatable, Sendable {
  public var position: Int
  public var text: String

  public init(position: Int, text: String) {
    self.position = position
    self.text = text
  }
}
