import Testing

@testable import ExtractKit

/// Unusable input is refused with a typed `ExtractError` whose `kind` names the reason; a page that
/// parses but lacks sections is not an error.
@Suite("Errors: empty, whitespace, binary, no markup, too large, unknown encoding")
struct ErrorsTests {
  private func error(_ bytes: [UInt8], options: ExtractOptions = ExtractOptions()) -> ExtractError? {
    do {
      _ = try ArticleExtractor().extract(html: bytes, options: options)
      return nil
    } catch {
      return error as? ExtractError
    }
  }

  @Test("no bytes at all is .empty")
  func empty() {
    let error = error([])
    #expect(error == .empty)
    #expect(error?.kind == "empty")
  }

  @Test("only spaces, tabs and newlines is .empty")
  func whitespaceOnly() {
    #expect(error(Array("  \n\t \r\n  ".utf8)) == .empty)
  }

  @Test("PNG bytes are .notHTML and say they look like a PNG image")
  func png() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    let error = error(png)
    #expect(error == .notHTML(reason: "looks like a PNG image"))
    #expect(error?.kind == "not-html")
  }

  @Test("a PDF is .notHTML")
  func pdf() {
    #expect(error(Array("%PDF-1.4\n<</Type /Catalog>>".utf8)) == .notHTML(reason: "looks like a PDF document"))
  }

  @Test("bytes full of control characters are binary data, not HTML")
  func controlBytes() {
    let bytes: [UInt8] = Array("<html>".utf8) + [UInt8](repeating: 0x01, count: 64) + Array("</html>".utf8)
    #expect(error(bytes) == .notHTML(reason: "binary data"))
  }

  @Test("text without a single tag is not a page")
  func noMarkup() {
    #expect(error(Array("just some plain text without any markup at all".utf8)) == .notHTML(reason: "no markup"))
  }

  @Test("input over the size limit is .tooLarge with its size and the limit, before anything else is checked")
  func tooLarge() {
    let page = Array(TestPage.html(TestPage.paragraphs(4)).utf8)
    let error = error(page, options: ExtractOptions(maximumInputBytes: 1_000))
    #expect(error == .tooLarge(bytes: page.count, limit: 1_000))
    #expect(error?.kind == "too-large")
    #expect(
      self.error(Array(String(repeating: " ", count: 2_000).utf8), options: ExtractOptions(maximumInputBytes: 1_000))
        == .tooLarge(bytes: 2_000, limit: 1_000))
  }

  @Test("an --encoding that no decoder knows is .unknownEncoding with the name given")
  func unknownEncoding() {
    let error = error(Array(TestPage.html(TestPage.paragraphs(4)).utf8), options: ExtractOptions(encoding: "klingon"))
    #expect(error == .unknownEncoding("klingon"))
    #expect(error?.kind == "unknown-encoding")
  }

  @Test("a tiny fragment is not an error: it gives an article with a warning")
  func fragmentIsNoError() throws {
    let article = try ArticleExtractor().extract(html: "<p>hi</p>")
    #expect(article.text == "hi")
    #expect(
      article.warnings == [
        "no main content found",
        "article text is very short: 1 word; the page shows only 2 characters of text outside scripts",
      ])
  }

  @Test("each kind has its one-line description")
  func descriptions() {
    #expect(ExtractError.empty.description == "the input is empty")
    #expect(ExtractError.notHTML(reason: "binary data").description == "the input is not HTML (binary data)")
    #expect(ExtractError.tooLarge(bytes: 10, limit: 5).description == "the input is 10 bytes, over the limit of 5")
    #expect(ExtractError.unknownEncoding("klingon").description == "unknown encoding 'klingon'")
  }
}
