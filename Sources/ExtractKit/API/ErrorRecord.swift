/// What a batch writes for a page that could not be extracted, in the same stream as the
/// articles: its `source` and why (`error.kind` is `ExtractError.kind`, or "unreadable",
/// "warc" for input-level failures).
public struct ErrorRecord: Codable, Equatable, Sendable {
  public struct Failure: Codable, Equatable, Sendable {
    public var kind: String
    public var message: String

    public init(kind: String, message: String) {
      self.kind = kind
      self.message = message
    }
  }

  public var schemaVersion: Int
  public var source: Source
  public var error: Failure

  public init(source: Source, kind: String, message: String) {
    self.schemaVersion = Article.currentSchemaVersion
    self.source = source
    self.error = Failure(kind: kind, message: message)
  }
}
