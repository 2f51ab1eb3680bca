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
  /// Pages with more elements are refused with `ExtractError.tooComplex`: the bound on the
  /// work of one page (every phase is linear in the elements and the bytes).
  public var maximumElements: Int
  /// Whether to keep the body's Markdown (links, emphasis, code spans) for `MarkdownRenderer`
  /// in `Article.markdownBody`. Off by default: it re-reads the body's markup, which costs
  /// about a third of the extraction; off, Markdown is rendered from the plain `sections`.
  public var markdown: Bool

  /// 64 MiB: well above the largest real article pages (a few MB), well below memory trouble.
  public static let defaultMaximumInputBytes = 64 << 20
  /// 500,000: real article pages have a few thousand elements, the largest (long wiki
  /// pages, 50 MB archives of paragraphs) a few hundred thousand.
  public static let defaultMaximumElements = 500_000

  /// Options for one page; every one has a default.
  public init(
    url: String? = nil, encoding: String? = nil, path: String? = nil,
    maximumInputBytes: Int = ExtractOptions.defaultMaximumInputBytes, charsetHint: String? = nil,
    maximumElements: Int = ExtractOptions.defaultMaximumElements, markdown: Bool = false
  ) {
    self.markdown = markdown
    self.maximumElements = maximumElements
    self.charsetHint = charsetHint
    self.url = url
    self.encoding = encoding
    self.path = path
    self.maximumInputBytes = maximumInputBytes
  }
}
