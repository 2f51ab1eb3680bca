import Foundation
import Testing

@testable import ExtractKit

/// Garbage a crawl really holds, generated here: every case must come out as a valid
/// article or a typed error, within a time bound, with no file or script reaching the output.
@Suite("Hostile input")
struct HostileInputTests {
  enum Expected: Sendable {
    case article
    case error(String)
    /// Either is acceptable; the point is no crash, no hang, nothing unsafe in the output.
    case either
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let expected: Expected
    let make: @Sendable () -> [UInt8]
    var testDescription: String { name }
  }

  /// CPU seconds any one case may take in a debug build (release builds are about ten times
  /// faster; AddressSanitizer builds about three times slower, so they get four times as long). CPU time of the extracting thread, not wall time, so a loaded machine or cases
  /// running side by side do not make the bound flaky.
  static let timeBound = Sanitizers.addressSanitizer ? 160.0 : 40.0

  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  static let paragraph =
    "<p>The quick brown fox jumps over the lazy dog near the river bank, and the dog does not mind at all today.</p>\n"
  static let body = String(repeating: paragraph, count: 6)
  static let page =
    "<!DOCTYPE html><html><head><title>Hostile</title></head><body><article><h1>Hostile</h1>\(body)</article></body></html>"

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// A deterministic generator, so a failing case is the same bytes on every run.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 33)
    }
  }

  static let cases: [Case] = [
    Case(name: "empty file", expected: .error("empty")) { [] },
    Case(name: "whitespace only", expected: .error("empty")) { bytes(" \n\t\r\n   ") },
    Case(name: "PNG image", expected: .error("not-html")) {
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 5000)
    },
    Case(name: "PDF document", expected: .error("not-html")) {
      bytes("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    },
    Case(name: "random bytes", expected: .error("not-html")) {
      var generator = Generator(state: 42)
      return (0..<100_000).map { _ in generator.next() }
    },
    Case(name: "NUL bytes inside HTML", expected: .article) {
      bytes(page).enumerated().flatMap { $0.offset % 97 == 0 ? [0, $0.element] : [$0.element] }
    },
    Case(name: "100,000-deep nesting", expected: .article) {
      bytes(
        "<html><body>" + String(repeating: "<div>", count: 100_000) + body + String(repeating: "</div>", count: 100_000)
      )
    },
    Case(name: "100,000 unclosed inline elements", expected: .either) {
      bytes("<html><body>" + String(repeating: "<b><i><span>", count: 33_000) + body)
    },
    Case(name: "5,000 nested tables", expected: .either) {
      bytes(
        "<html><body>" + String(repeating: "<table><tr><td>", count: 5000) + body
          + String(repeating: "</td></tr></table>", count: 5000))
    },
    Case(name: "a 50 MB page", expected: .article) {
      let repeated = String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count)
      return bytes(
        "<html><head><title>Big</title></head><body><article><h1>Big</h1>" + repeated + "</article></body></html>")
    },
    Case(name: "a million tiny elements", expected: .error("too-complex")) {
      bytes(
        "<html><body><article>" + String(repeating: "<i>x</i>", count: 1_000_000) + body + "</article></body></html>")
    },
    Case(name: "an enormous attribute", expected: .article) {
      bytes(
        "<html><body><div class=\"" + String(repeating: "a ", count: 5_000_000) + "\"><h1>Hostile</h1>" + body
          + "</div></body></html>")
    },
    Case(name: "an enormous text node", expected: .article) {
      bytes("<html><body><p>" + String(repeating: "word ", count: 4_000_000) + "</p></body></html>")
    },
    Case(name: "malformed and huge numeric entities", expected: .article) {
      bytes(
        "<html><body><article><h1>E</h1><p>"
          + String(repeating: "&#99999999999; &#x110000; &#0; &#xD800; &amp &#; &#x; & ", count: 10_000)
          + "</p>" + body + "</article></body></html>")
    },
    Case(name: "invalid UTF-8", expected: .article) {
      bytes("<html><body><article><h1>Bad bytes</h1>") + [
        0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE,
      ]
        + bytes(body + "</article></body></html>")
    },
    Case(name: "script-only page", expected: .either) {
      bytes(
        "<html><head><script>" + String(repeating: "var a = 1;\n", count: 10_000)
          + "</script></head><body><script>document.write('x')</script></body></html>")
    },
    Case(name: "frameset", expected: .either) {
      bytes(
        "<html><head><title>Frames</title></head><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"javascript:alert(1)\"></frameset></html>"
      )
    },
    Case(name: "JSON-LD that is invalid", expected: .article) {
      bytes(
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": </script></head><body><article><h1>Hostile</h1>\(body)</article></body></html>"
      )
    },
    Case(name: "JSON-LD nested 100,000 deep", expected: .article) {
      bytes(
        "<html><head><script type=\"application/ld+json\">" + String(repeating: "[{\"a\":", count: 50_000) + "1"
          + String(repeating: "}]", count: 50_000)
          + "</script></head><body><article><h1>Hostile</h1>\(body)</article></body></html>")
    },
    Case(name: "enormous JSON-LD", expected: .article) {
      bytes(
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Huge\",\"articleBody\":\""
          + String(repeating: "x", count: 20_000_000)
          + "\"}</script></head><body><article><h1>Huge</h1>\(body)</article></body></html>")
    },
  ]

  static func outcome(_ bytes: [UInt8], options: ExtractOptions = ExtractOptions()) -> (
    Result<Article, ExtractError>, Double
  ) {
    let start = threadCPUSeconds()
    let result: Result<Article, ExtractError>
    do {
      result = .success(try ArticleExtractor().extract(html: bytes, options: options))
    } catch let error as ExtractError {
      result = .failure(error)
    } catch {
      Issue.record("an error that is not an ExtractError: \(error)")
      result = .failure(.unparsable)
    }
    return (result, threadCPUSeconds() - start)
  }

  @Test("every hostile case gives an article or a typed error in bounded time", arguments: cases)
  func hostile(_ testCase: Case) throws {
    let (result, seconds) = Self.outcome(testCase.make())
    #expect(seconds < Self.timeBound, "\(testCase.name) took \(seconds) s")
    switch (result, testCase.expected) {
    case (.success(let article), .article), (.success(let article), .either):
      let json = try ArticleExtractor.json(article, pretty: false)
      #expect(try JSONDecoder().decode(Article.self, from: json) == article, "the JSON round-trips")
      #expect(!String(decoding: json, as: UTF8.self).lowercased().contains("javascript:"))
    case (.failure(let error), .error(let kind)):
      #expect(error.kind == kind)
      #expect(!error.description.contains("\n"), "one line")
    case (.failure, .either):
      break
    case (.success, .error(let kind)):
      Issue.record("\(testCase.name): expected a \(kind) error, got an article")
    case (.failure(let error), .article):
      Issue.record("\(testCase.name): expected an article, got \(error)")
    }
  }

  @Test("HTML cut at many points still comes out as an article or a typed error")
  func truncations() throws {
    let page = try [UInt8](Data(contentsOf: Paths.samples.appendingPathComponent("lower-back-massage.html")))
    for cut in stride(from: 1, to: page.count, by: page.count / 60) {
      let (result, seconds) = Self.outcome(Array(page.prefix(cut)))
      #expect(seconds < Self.timeBound)
      if case .success(let article) = result {
        let json = try ArticleExtractor.json(article, pretty: false)
        #expect(try JSONDecoder().decode(Article.self, from: json) == article)
      }
    }
  }

  @Test("UTF-16 pages read right with and without a byte-order mark")
  func utf16() throws {
    let text =
      "<html><head><title>Überschrift</title></head><body><article><h1>Überschrift</h1>\(Self.body)<p>Grüße aus Köln.</p></article></body></html>"
    for (bom, units, name) in [
      ([UInt8]([0xFF, 0xFE]), Array(text.utf16), "utf-16le"), ([UInt8]([0xFE, 0xFF]), Array(text.utf16), "utf-16be"),
      ([], Array(text.utf16), "utf-16le"), ([], Array(text.utf16), "utf-16be"),
    ] {
      let big = name == "utf-16be"
      let bytes =
        bom + units.flatMap { big ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      let article = try ArticleExtractor().extract(html: bytes)
      #expect(article.source.encoding == name)
      #expect(article.title == "Überschrift")
      #expect(article.text.contains("Grüße aus Köln."))
    }
  }

  @Test("windows-1252 without a declaration, Shift_JIS and GB2312 declared, and a lying charset read right")
  func legacyEncodings() throws {
    let latin = "<html><body><article><h1>Café crème</h1>\(Self.body)<p>Déjà vu — “quoted”.</p></article></body></html>"
    var cp1252 = [UInt8]()
    for scalar in latin.unicodeScalars {
      switch scalar.value {
      case 0x2014: cp1252.append(0x97)
      case 0x201C: cp1252.append(0x93)
      case 0x201D: cp1252.append(0x94)
      default: cp1252.append(UInt8(scalar.value))
      }
    }
    let western = try ArticleExtractor().extract(html: cp1252)
    #expect(western.source.encoding == "windows-1252")
    #expect(western.text.contains("Déjà vu — “quoted”."))

    // 日本語 in Shift_JIS, 中文 in GB2312.
    let japanese =
      Self.bytes("<html><head><meta charset=\"shift_jis\"></head><body><article><h1>")
      + [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA] + Self.bytes("</h1>\(Self.body)</article></body></html>")
    let sjis = try ArticleExtractor().extract(html: japanese)
    #expect(sjis.source.encoding == "shift_jis")
    #expect(sjis.title == "日本語")
    let chinese =
      Self.bytes(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><article><h1>"
      )
      + [0xD6, 0xD0, 0xCE, 0xC4] + Self.bytes("</h1>\(Self.body)</article></body></html>")
    let gb = try ArticleExtractor().extract(html: chinese)
    #expect(gb.title == "中文")

    // Declared gb2312 but saved as UTF-8: read as UTF-8, the rest of the page kept.
    let lying = Self.bytes(
      "<html><head><meta charset=\"gb2312\"></head><body><article><h1>中文标题</h1>\(Self.body)<p>结尾。</p></article></body></html>"
    )
    let read = try ArticleExtractor().extract(html: lying)
    #expect(read.source.encoding == "utf-8")
    #expect(read.text.hasSuffix("结尾。"))
  }

  @Test("XHTML with an external entity never reads a local file or the network")
  func externalEntity() throws {
    let page =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><article><h1>Entity</h1><p>&xxe; &net;</p>\(Self.body)</article></body></html>"
    let article = try ArticleExtractor().extract(html: page)
    let json = String(decoding: try ArticleExtractor.json(article), as: UTF8.self)
    #expect(!json.contains("root:"))
    #expect(article.title == "Entity")
  }

  @Test("javascript: and data: links and <base href> tricks never reach the output")
  func scriptLinks() throws {
    let page = """
      <html><head><base href="javascript:alert(1)//"><meta property="og:image" content="javascript:alert(2)">
      <link rel="canonical" href="javascript:alert(3)"></head><body><article><h1>Links</h1>
      <img src="data:image/png;base64,AAAA" width="900" height="600" alt="inline">
      <p class="byline">By <a rel="author" href="javascript:alert(4)">Jane Roe</a></p>\(Self.body)
      <div class="related-posts"><h3>Related</h3>
      <div class="related-post"><a href="javascript:alert(5)">First related post title here</a></div>
      <div class="related-post"><a href="JaVaScRiPt:alert(6)">Second related post title here</a></div>
      <div class="related-post"><a href="  javascript:alert(7)">Third related post title here</a></div></div>
      </article></body></html>
      """
    let article = try ArticleExtractor().extract(html: page, options: ExtractOptions(url: "https://site.example/a/"))
    let json = String(decoding: try ArticleExtractor.json(article), as: UTF8.self).lowercased()
    #expect(!json.contains("javascript:"))
    #expect(!json.contains("data:image"))
    #expect(article.source.url == "https://site.example/a/")
  }

  @Test("a page over the element limit is refused with too-complex")
  func elementLimit() throws {
    let bytes = Self.bytes(Self.page)
    #expect(throws: ExtractError.tooComplex(elements: 11, limit: 10)) {
      try ArticleExtractor().extract(html: bytes, options: ExtractOptions(maximumElements: 10))
    }
  }

  @Test("a page over the size limit is refused with too-large, not cut")
  func sizeLimit() throws {
    let bytes = Self.bytes(Self.page)
    #expect(throws: ExtractError.tooLarge(bytes: bytes.count, limit: 100)) {
      try ArticleExtractor().extract(html: bytes, options: ExtractOptions(maximumInputBytes: 100))
    }
  }
}
