import Foundation

/// An author: "Patty Weasler, RN" is name "Patty Weasler" with credentials ["RN"].
public struct Person: Codable, Equatable, Sendable {
  /// The name without credentials: "Patty Weasler".
  public var name: String
  /// Degrees and titles after the name: ["RN"], ["MD", "PhD"].
  public var credentials: [String]
  /// The author's page, when the byline links to one; ``profile`` is the same
  /// as a `URL`.
  public var url: String?

  /// Creates a person.
  public init(name: String, credentials: [String] = [], url: String? = nil) {
    self.name = name
    self.credentials = credentials
    self.url = url
  }

  enum CodingKeys: String, CodingKey { case name, credentials, url }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(credentials, forKey: .credentials)
    try container.encode(url, forKey: .url)
  }
}

extension Person {
  /// ``url`` as a `URL`.
  public var profile: URL? { TypedValues.url(url) }
}
