/// What a batch writes for a page that could not be extracted, in the same stream as the
/// articles: where it came from and why. `error.kind` is `ExtractError.kind`, an
/// `InputError.kind`, or "warc" for a WARC record that could not be read.
public struct ErrorRecord: Codable, Equatable, Sendable {
  /// The page's origin, as far as it is known before extraction.
  public struct Origin: Codable, Equatable, Sendable {
    /// The file, or the WARC file the record is in; nil for standard input.
    public var path: String?
    /// The page's URL (`WARC-Target-URI`, or `--url`).
    public var url: String?
    /// The `WARC-Record-ID` of a page read from a WARC file.
    public var warcRecordId: String?

    /// Creates an origin.
    public init(path: String? = nil, url: String? = nil, warcRecordId: String? = nil) {
      self.path = path
      self.url = url
      self.warcRecordId = warcRecordId
    }

    enum CodingKeys: String, CodingKey { case path, url, warcRecordId }

    /// Encodes every key in the contract's order, `null` included.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
      try container.encode(url, forKey: .url)
      try container.encode(warcRecordId, forKey: .warcRecordId)
    }
  }

  /// Why the page has no article.
  public struct Failure: Codable, Equatable, Sendable {
    /// The machine-readable reason: ``ExtractError/kind``, "unreadable", "bad-gzip",
    /// "warc" or "bad-request".
    public var kind: String
    /// The reason in words.
    public var message: String

    /// Creates a failure.
    public init(kind: String, message: String) {
      self.kind = kind
      self.message = message
    }
  }

  /// The contract version, as in ``Article/schemaVersion``.
  public var schemaVersion: Int
  /// Where the page came from.
  public var source: Origin
  /// Why it has no article.
  public var error: Failure

  /// Creates an error record for the current schema version.
  public init(source: Origin, kind: String, message: String) {
    self.schemaVersion = Article.currentSchemaVersion
    self.source = source
    self.error = Failure(kind: kind, message: message)
  }
}
