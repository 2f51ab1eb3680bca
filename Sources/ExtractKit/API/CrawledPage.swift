import Foundation

/// One page read from a crawl by ``WARCPages`` or ``FolderPages``: its bytes and where
/// they came from, ready to extract.
///
/// ```swift
/// for try await page in WARCPages(url: crawl) {
///   do {
///     let article = try page.extract()
///     print(article.title ?? "-", page.url ?? "")
///   } catch {
///     print(page.url ?? "", error.localizedDescription)
///   }
/// }
/// ```
public struct CrawledPage: Sendable {
  /// The page's bytes: the HTTP body of a WARC record with chunked transfer and
  /// gzip/deflate undone, or a file's contents with gzip undone. Empty when ``readError``
  /// is set.
  public var html: [UInt8]
  /// The file the page came from: the page's own file, or the WARC file holding it.
  public var path: String
  /// The page's URL: a WARC record's `WARC-Target-URI`; nil for a page file.
  public var url: String?
  /// The `WARC-Record-ID` of a page read from a WARC file.
  public var warcRecordID: String?
  /// The `WARC-Date` of a page read from a WARC file.
  public var warcDate: String?
  /// Where a page read from a WARC file sat in it (record id, date, file name, offset and
  /// length as a CDX index gives them); ``extract(with:)`` puts it in `source.warc`.
  public var warc: WARCOrigin?
  /// Why the page could not be read (a truncated record, a bad gzip file, a record over
  /// the size limit); ``extract(with:)`` throws it.
  public var readError: PageReadError?
  /// The options ``extract(with:)`` uses: the sequence's, with this page's URL, path and
  /// HTTP charset filled in.
  public var options: ExtractOptions

  /// Creates a page; the sequences make them.
  public init(
    html: [UInt8], path: String, url: String? = nil, warcRecordID: String? = nil, warcDate: String? = nil,
    readError: PageReadError? = nil, options: ExtractOptions, warc: WARCOrigin? = nil
  ) {
    self.html = html
    self.path = path
    self.url = url
    self.warcRecordID = warcRecordID
    self.warcDate = warcDate
    self.readError = readError
    self.options = options
    self.warc = warc
  }

  /// The page's article. Throws ``readError`` for a page that could not be read, and
  /// ``ExtractError`` for one that is not a usable HTML page.
  public func extract(with extractor: ArticleExtractor = ArticleExtractor()) throws -> Article {
    if let readError { throw readError }
    var article = try extractor.extract(html: html, options: options)
    article.source.warc = warc
    return article
  }

  /// The record the command writes for this page: the article, or an ``ErrorRecord``
  /// saying why there is none. Never throws.
  public func result(with extractor: ArticleExtractor = ArticleExtractor()) -> Result<Article, ErrorRecord> {
    do {
      return .success(try extract(with: extractor))
    } catch {
      let origin = ErrorRecord.Origin(path: path, url: url ?? options.url, warcRecordId: warcRecordID)
      switch error {
      case let error as PageReadError:
        return .failure(ErrorRecord(source: origin, kind: error.kind, message: error.message))
      case let error as ExtractError:
        return .failure(ErrorRecord(source: origin, kind: error.kind, message: error.description))
      default: return .failure(ErrorRecord(source: origin, kind: "unreadable", message: error.localizedDescription))
      }
    }
  }
}

/// Why a page of a crawl could not be read, before any extraction.
public struct PageReadError: LocalizedError, Equatable, Sendable, CustomStringConvertible {
  /// The machine-readable reason, as in error records: "warc" (a WARC record that cannot be
  /// read), "unreadable", "bad-gzip" or "too-large".
  public var kind: String
  /// The reason in words.
  public var message: String

  /// Creates a read error.
  public init(kind: String, message: String) {
    self.kind = kind
    self.message = message
  }

  /// The same as ``message``.
  public var description: String { message }
  /// The same as ``message``, so `localizedDescription` gives the reason.
  public var errorDescription: String? { message }
}

/// An ``ErrorRecord`` is an error too, so ``CrawledPage/result(with:)`` fits `Result` and a
/// record can be thrown on.
extension ErrorRecord: LocalizedError {
  /// The record's message, so `localizedDescription` gives the reason.
  public var errorDescription: String? { error.message }
}
