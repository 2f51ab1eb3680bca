import Foundation

/// The "about the author" box, apart from the byline.
public struct AuthorBio: Codable, Equatable, Sendable {
  /// The author's name without credentials.
  public var name: String
  /// Degrees and titles after the name.
  public var credentials: [String]
  /// The box's text.
  public var bio: String
  /// The author's photo.
  public var image: ArticleImage?
  /// The author's page, when the box links to one.
  public var url: String?
  /// Other links of the box: social profiles, website.
  public var links: [String]

  /// Creates an author box.
  public init(
    name: String, credentials: [String] = [], bio: String, image: ArticleImage? = nil, url: String? = nil,
    links: [String] = []
  ) {
    self.name = name
    self.credentials = credentials
    self.bio = bio
    self.image = image
    self.url = url
    self.links = links
  }

  enum CodingKeys: String, CodingKey { case name, credentials, bio, image, url, links }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(credentials, forKey: .credentials)
    try container.encode(bio, forKey: .bio)
    try container.encode(image, forKey: .image)
    try container.encode(url, forKey: .url)
    try container.encode(links, forKey: .links)
  }
}

extension AuthorBio {
  /// ``url`` as a `URL`.
  public var profile: URL? { TypedValues.url(url) }
  /// ``links`` as `URL`s (any that is not an absolute URL is left out).
  public var linkURLs: [URL] { links.compactMap { TypedValues.url($0) } }
}
