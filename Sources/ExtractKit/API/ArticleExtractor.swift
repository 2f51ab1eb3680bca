import Foundation

/// The library's entry point: one HTML page in, one ``Article`` out.
///
/// ```swift
/// let article = try ArticleExtractor().extract(html: data, options: ExtractOptions(url: pageURL))
/// let json = try ArticleExtractor.json(article, pretty: true)
/// ```
///
/// An extractor holds no state and is `Sendable`: share one between tasks, or make one
/// per call, it costs nothing.
public struct ArticleExtractor: Sendable {
  /// Creates an extractor. It holds no state: one can serve any number of tasks.
  public init() {}

  /// Extracts the article of one page given as bytes, in whatever encoding the page
  /// declares (or `options.encoding`). Throws ``ExtractError`` only for unusable input
  /// (empty, not HTML, over the limits); a page that lacks a part is not an error.
  /// The bytes are consumed: when the caller keeps no copy, they are freed once parsed.
  public func extract(html bytes: consuming [UInt8], options: ExtractOptions = ExtractOptions()) throws -> Article {
    try Pipeline.run(bytes: consume bytes, options: options)
  }

  /// Extracts the article of one page given as `Data`.
  public func extract(html data: Data, options: ExtractOptions = ExtractOptions()) throws -> Article {
    try extract(html: [UInt8](data), options: options)
  }

  /// Extracts the article of a page given as text. The page is read as UTF-8
  /// (what a `String` holds) unless `options.encoding` says otherwise.
  public func extract(html string: String, options: ExtractOptions = ExtractOptions()) throws -> Article {
    var options = options
    if options.encoding == nil { options.encoding = "utf-8" }
    return try extract(html: Array(string.utf8), options: options)
  }

  /// The article as JSON in the contract's key order: indented, or on one line. Written
  /// field by field (`JSONWriter`), the same bytes `OrderedJSONEncoder` makes of it.
  public static func json(_ article: Article, pretty: Bool = true) throws -> Data {
    Data(JSONWriter.write(article, pretty: pretty))
  }

  /// Loads the language classifier's fingerprints, which extraction otherwise loads on the
  /// first page whose text needs them (about 5 ms): the command loads them on a thread of
  /// their own while a batch's first pages are parsed.
  package static func loadLanguageClassifier() { LanguageDetector.loadClassifier() }

  /// `json(_:pretty:)` as bytes, for the command: no `Data` copy of a page's whole output.
  package static func jsonBytes(_ article: Article, pretty: Bool) -> [UInt8] {
    JSONWriter.write(article, pretty: pretty)
  }

  /// `json(_:pretty:)` handed to `sink` in pieces of about `chunkBytes`, for the command: the
  /// record is written as it is made, never held whole. Throws what `sink` throws.
  package static func streamJSON(
    _ article: Article, pretty: Bool, chunkBytes: Int? = nil, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    try JSONWriter.stream(
      article, pretty: pretty, chunkBytes: chunkBytes ?? JSONWriter.streamedChunkBytes, to: sink)
  }
}
