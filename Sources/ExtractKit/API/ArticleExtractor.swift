import Foundation

/// The library's entry point: bytes of one HTML page in, one `Article` out.
///
///     let article = try ArticleExtractor().extract(html: data, options: .init(url: pageURL))
///     let json = try ArticleExtractor.json(article, pretty: true)
public struct ArticleExtractor: Sendable {
  public init() {}

  /// Extracts the article of one page. Throws `ExtractError` only for unusable input.
  public func extract(html bytes: [UInt8], options: ExtractOptions = ExtractOptions()) throws -> Article {
    try Pipeline.run(bytes: bytes, options: options)
  }

  public func extract(html data: Data, options: ExtractOptions = ExtractOptions()) throws -> Article {
    try extract(html: [UInt8](data), options: options)
  }

  public func extract(html string: String, options: ExtractOptions = ExtractOptions()) throws -> Article {
    try extract(html: Array(string.utf8), options: options)
  }

  /// The article as JSON in the contract's key order: indented, or on one line. Written
  /// field by field (`JSONWriter`), the same bytes `OrderedJSONEncoder` makes of it.
  public static func json(_ article: Article, pretty: Bool = true) throws -> Data {
    Data(JSONWriter.write(article, pretty: pretty))
  }
}
