/// An author: "Patty Weasler, RN" is name "Patty Weasler" with credentials ["RN"].
public struct Person: Codable, Equatable, Sendable {
  public var name: String
  public var credentials: [String]
  public var url: String?

  public init(name: String, credentials: [String] = [], url: String? = nil) {
    self.name = name
    self.credentials = credentials
    self.url = url
  }

  enum CodingKeys: String, CodingKey { case name, credentials, url }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(credentials, forKey: .credentials)
    try container.encode(url, forKey: .url)
  }
}
