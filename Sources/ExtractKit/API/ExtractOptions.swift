/// How to read a page.
public struct ExtractOptions: Equatable, Sendable {
  /// The page's URL: the base for relative links when the page has no `<base href>`.
  public var url: String?
  /// A character encoding that overrides what the page declares (e.g. "windows-1252").
  public var encoding: String?
  /// The charset the page was served with (HTTP `Content-Type`, e.g. from a WARC record):
  /// used, like a `<meta charset>`, only when the bytes agree with it.
  public var charsetHint: String?
  /// The file the page came from, reported in `source.path`.
  public var path: String?
  /// Larger inputs are refused with `ExtractError.tooLarge` rather than cut silently.
  public var maximumInputBytes: Int

  /// 64 MiB: well above the largest real article pages (a few MB), well below memory trouble.
  public static let defaultMaximumInputBytes = 64 << 20

  public init(
    url: String? = nil, encoding: String? = nil, path: String? = nil,
    maximumInputBytes: Int = ExtractOptions.defaultMaximumInputBytes, charsetHint: String? = nil
  ) {
    self.charsetHint = charsetHint
    self.url = url
    self.encoding = encoding
    self.path = path
    self.maximumInputBytes = maximumInputBytes
  }
}
