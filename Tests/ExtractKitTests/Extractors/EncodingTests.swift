import Foundation
import Testing

@testable import ExtractKit

/// The character encoding: byte-order mark, `--encoding`, a declared charset the bytes agree with,
/// UTF-8 when valid, else windows-1252; reported in `source.encoding`, never mojibake.
@Suite("Encoding: BOM, override, lying declarations, undeclared windows-1252, never mojibake")
struct EncodingTests {
  private static let headline = "Café Crème Brûlée at Home"
  private static let sentence = "Crème brûlée — “the burnt cream” — costs €5, naïve and très simple."

  /// A page whose title and first paragraph hold accented letters, dashes, curly quotes and the euro sign.
  private func page(charset: String?) -> String {
    let body = """
      <article><h1>\(Self.headline)</h1><p>\(Self.sentence)</p>\(TestPage.paragraphs(4, about: "desserts"))</article>
      """
    let meta = charset.map { "<meta charset=\"\($0)\">" } ?? ""
    return TestPage.html(body, title: Self.headline + " | Example Site")
      .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: meta)
  }

  private func windows1252(_ text: String) -> [UInt8] { Array(text.data(using: .windowsCP1252)!) }

  private func extract(_ bytes: [UInt8], encoding: String? = nil) throws -> Article {
    try ArticleExtractor().extract(html: bytes, options: ExtractOptions(encoding: encoding))
  }

  private func expectReadable(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(article.title == Self.headline, sourceLocation: sourceLocation)
    #expect(article.text.hasPrefix(Self.sentence + "\n\n"), sourceLocation: sourceLocation)
    #expect(!article.text.contains("Ã") && !article.text.contains("â€"), sourceLocation: sourceLocation)
  }

  @Test("a UTF-8 byte-order mark is read as UTF-8 and left out of the text")
  func utf8BOM() throws {
    let article = try extract([0xEF, 0xBB, 0xBF] + Array(page(charset: nil).utf8))
    #expect(article.source.encoding == "utf-8")
    expectReadable(article)
    #expect(article.text.unicodeScalars.first != "\u{FEFF}")
  }

  @Test("a UTF-16LE byte-order mark is read as UTF-16")
  func utf16BOM() throws {
    let article = try extract([0xFF, 0xFE] + Array(page(charset: nil).data(using: .utf16LittleEndian)!))
    #expect(article.source.encoding == "utf-16le")
    expectReadable(article)
  }

  @Test("windows-1252 bytes without any declaration are detected and reported")
  func undeclaredWindows1252() throws {
    let article = try extract(windows1252(page(charset: nil)))
    #expect(article.source.encoding == "windows-1252")
    expectReadable(article)
    #expect(article.warnings.isEmpty)
  }

  @Test("a page declaring utf-8 whose bytes are windows-1252 is read as windows-1252, with a warning")
  func lyingUTF8Declaration() throws {
    let article = try extract(windows1252(page(charset: "utf-8")))
    #expect(article.source.encoding == "windows-1252")
    expectReadable(article)
    #expect(article.warnings == ["declared utf-8 but the bytes are not; read as windows-1252"])
  }

  /// A UTF-8 page with a footer saved in latin-1: one stray byte (0xA9, "©") among many
  /// well-formed accented letters.
  private func utf8WithStrayByte(charset: String?) -> [UInt8] {
    let accents = "<p>Pâte à choux, crème pâtissière, glaçage: déjà vu, très élégant, über süß.</p>"
    let html = page(charset: charset).replacingOccurrences(
      of: "</article>", with: accents + "</article><footer>STRAY Example Bakery</footer>")
    var bytes = Array(html.utf8)
    let marker = Array("STRAY".utf8)
    let at = (0...(bytes.count - marker.count)).first { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }!
    bytes.replaceSubrange(at..<(at + marker.count), with: [0xA9])
    return bytes
  }

  @Test("a UTF-8 page with a stray latin-1 byte is read as UTF-8, the stray byte as windows-1252")
  func utf8WithStrayLatin1Byte() throws {
    for charset in ["utf-8", nil] {
      let bytes = utf8WithStrayByte(charset: charset)
      let article = try extract(bytes)
      #expect(article.source.encoding == "utf-8")
      expectReadable(article)
      #expect(article.text.contains("Pâte à choux, crème pâtissière"))
      #expect(article.warnings == ["read as utf-8, with 1 stray non-UTF-8 bytes as windows-1252"])
      let decided = EncodingSniffer.decide(bytes, override: nil)
      #expect(String(decoding: decided.bytes, as: UTF8.self).contains("© Example Bakery"))
    }
  }

  @Test("a page declaring windows-1252 whose bytes are UTF-8 (re-saved by an editor) is read as UTF-8")
  func lyingWindows1252Declaration() throws {
    let article = try extract(Array(page(charset: "windows-1252").utf8))
    #expect(article.source.encoding == "utf-8")
    expectReadable(article)
    #expect(article.warnings == ["declared windows-1252 but the bytes are UTF-8; read as utf-8"])
  }

  @Test("an iso-8859-1 declaration is read as windows-1252, so curly quotes and the euro sign survive")
  func latin1IsWindows1252() throws {
    let html = page(charset: nil).replacingOccurrences(
      of: "<head>", with: "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
    let article = try extract(windows1252(html))
    #expect(article.source.encoding == "windows-1252")
    expectReadable(article)
  }

  @Test("the --encoding override wins over the page's declaration")
  func override() throws {
    let article = try extract(windows1252(page(charset: "utf-8")), encoding: "windows-1252")
    #expect(article.source.encoding == "windows-1252")
    expectReadable(article)
    #expect(article.warnings.isEmpty)
  }

  @Test("a Shift_JIS page declared in a http-equiv meta is decoded")
  func shiftJIS() throws {
    let sentence = "日本の庭園は長い歴史を持ち、季節ごとに違う景色を見せてくれます。"
    let paragraphs = (1...4).map { "<p>\(String(repeating: sentence, count: 6))\($0)</p>" }.joined()
    let html = """
      <!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">\
      <title>日本の庭園の歴史と楽しみ方</title></head><body><article>\
      <h1>日本の庭園の歴史と楽しみ方</h1>\(paragraphs)\
      </article></body></html>
      """
    let article = try extract(Array(html.data(using: .shiftJIS)!))
    #expect(article.source.encoding == "shift_jis")
    #expect(article.title == "日本の庭園の歴史と楽しみ方")
    #expect(article.language == "ja")
    #expect(article.text.hasPrefix(String(repeating: sentence, count: 6) + "1\n\n"))
  }
}

/// Real sentences of eight languages in ten legacy encodings, without a declaration or with a
/// lying one (`Tests/Fixtures/charset`, built by its `make_pages.py` with iconv): each page's
/// title and paragraphs come out exactly. `Benchmarks/charset_compare.py` runs Python's
/// charset-normalizer on the same pages.
@Suite("Encoding: undeclared and lying legacy-encoded pages")
struct CharsetDetectionTests {
  struct Entry: Decodable, Sendable, CustomTestStringConvertible {
    var page: String
    var encoding: String
    var declared: Bool
    var title: String
    var paragraphs: [String]
    var testDescription: String { page }
  }

  static let folder = Paths.package.appendingPathComponent("Tests/Fixtures/charset")
  static let entries: [Entry] = {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")) else { return [] }
    return (try? JSONDecoder().decode([Entry].self, from: data)) ?? []
  }()

  /// Names that read the same bytes the same way: GB18030 is a superset of GBK.
  static let equivalent: [String: Set<String>] = ["gbk": ["gbk", "gb18030"]]

  @Test("the set covers at least 40 pages and every encoding the issue names")
  func coverage() {
    #expect(Self.entries.count >= 40)
    let encodings = Set(Self.entries.map(\.encoding))
    for name in [
      "windows-1251", "koi8-r", "shift_jis", "euc-jp", "gbk", "big5", "euc-kr", "windows-1250", "iso-8859-2",
    ] {
      #expect(encodings.contains(name), "no page in \(name)")
    }
  }

  @Test("each page's title and paragraphs decode exactly", arguments: entries)
  func decodesRight(entry: Entry) throws {
    let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("pages").appendingPathComponent(entry.page))
    let article = try ArticleExtractor().extract(html: bytes)
    #expect(article.title == entry.title)
    for paragraph in entry.paragraphs {
      #expect(article.text.contains(paragraph), "missing: \(paragraph)")
    }
    #expect((Self.equivalent[entry.encoding] ?? [entry.encoding]).contains(article.source.encoding))
  }
}
