/// Where the article came from and how its bytes were read.
public struct Source: Codable, Equatable, Sendable {
  /// The file the page was read from; nil for standard input or in-memory pages.
  public var path: String?
  /// The page's URL as given by the caller, `<base href>` or the canonical link.
  public var url: String?
  public var canonicalUrl: String?
  public var bytes: Int
  /// The character encoding the page was read in, e.g. "utf-8", "windows-1252".
  public var encoding: String

  public init(path: String? = nil, url: String? = nil, canonicalUrl: String? = nil, bytes: Int, encoding: String) {
    self.path = path
    self.url = url
    self.canonicalUrl = canonicalUrl
    self.bytes = bytes
    self.encoding = encoding
  }

  enum CodingKeys: String, CodingKey { case path, url, canonicalUrl, bytes, encoding }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(url, forKey: .url)
    try container.encode(canonicalUrl, forKey: .canonicalUrl)
    try container.encode(bytes, forKey: .bytes)
    try container.encode(encoding, forKey: .encoding)
  }
}
