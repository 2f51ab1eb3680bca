import Foundation

/// Where the article came from and how its bytes were read.
public struct Source: Codable, Equatable, Sendable {
  /// The file the page was read from; nil for standard input or in-memory pages.
  public var path: String?
  /// The page's URL as given by the caller, `<base href>` or the canonical link.
  public var url: String?
  /// The page's `<link rel="canonical">`, absolute; ``canonicalURL`` is the
  /// same as a `URL`.
  public var canonicalUrl: String?
  /// The page's size in bytes, after gzip is undone.
  public var bytes: Int
  /// The character encoding the page was read in, e.g. "utf-8", "windows-1252".
  public var encoding: String
  /// Where the page sat in a WARC file; nil for a page not read from one.
  public var warc: WARCOrigin?

  /// Creates a source.
  public init(
    path: String? = nil, url: String? = nil, canonicalUrl: String? = nil, bytes: Int, encoding: String,
    warc: WARCOrigin? = nil
  ) {
    self.path = path
    self.url = url
    self.canonicalUrl = canonicalUrl
    self.bytes = bytes
    self.encoding = encoding
    self.warc = warc
  }

  enum CodingKeys: String, CodingKey { case path, url, canonicalUrl, bytes, encoding, warc }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(url, forKey: .url)
    try container.encode(canonicalUrl, forKey: .canonicalUrl)
    try container.encode(bytes, forKey: .bytes)
    try container.encode(encoding, forKey: .encoding)
    try container.encode(warc, forKey: .warc)
  }
}

/// The WARC record a page came from, as a crawl index (CDX) gives it: join output back to
/// the crawl by `filename`, `offset` and `length`.
public struct WARCOrigin: Codable, Equatable, Sendable {
  /// `WARC-Record-ID`, e.g. `<urn:uuid:…>`.
  public var recordId: String
  /// `WARC-Date`, as the record gives it.
  public var date: String?
  /// The WARC file's name.
  public var filename: String?
  /// The record's first byte in the file (of its gzip member in a `.warc.gz`).
  public var offset: Int
  /// The record's bytes in the file (its gzip member in a `.warc.gz`).
  public var length: Int

  /// Creates a WARC origin.
  public init(recordId: String, date: String? = nil, filename: String? = nil, offset: Int, length: Int) {
    self.recordId = recordId
    self.date = date
    self.filename = filename
    self.offset = offset
    self.length = length
  }

  enum CodingKeys: String, CodingKey { case recordId, date, filename, offset, length }

  /// Encodes every key in the contract's order, `null` included.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(recordId, forKey: .recordId)
    try container.encode(date, forKey: .date)
    try container.encode(filename, forKey: .filename)
    try container.encode(offset, forKey: .offset)
    try container.encode(length, forKey: .length)
  }
}

extension Source {
  /// ``url`` as a `URL`.
  public var pageURL: URL? { TypedValues.url(url) }
  /// ``canonicalUrl`` as a `URL`.
  public var canonicalURL: URL? { TypedValues.url(canonicalUrl) }
}
