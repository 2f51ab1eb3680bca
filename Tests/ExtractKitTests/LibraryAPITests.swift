import ExtractKit
import Foundation
import Testing

/// The library as a Swift program uses it: errors it can print, typed values beside the
/// contract's strings, and crawls read as async sequences of pages.
@Suite("library API")
struct LibraryAPITests {
  static let page = """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Beans | Garden Notes</title>
    <meta property="article:published_time" content="2024-05-01T09:30:00-04:00">
    <meta property="article:modified_time" content="2024-05-03">
    </head><body><main><article><h1>Beans</h1>
    <p>The beans climb the poles by June, and the gardener ties them in with soft twine so the wind cannot pull them loose again.</p>
    <p>Pick them young, every other day, and read <a href="/guides/picking">the picking guide</a> for the rest of it all.</p>
    <img src="/img/beans.jpg" alt="Beans on poles" width="800" height="600">
    <p>A third paragraph keeps the article long enough to be the main content of this page, as real ones are.</p>
    </article></main></body></html>
    """

  @Test("ExtractError is a LocalizedError: localizedDescription is the reason, not Foundation's sentence")
  func localizedError() {
    #expect(throws: ExtractError.empty) { try ArticleExtractor().extract(html: "") }
    do {
      _ = try ArticleExtractor().extract(html: "   ")
      Issue.record("an empty page must throw")
    } catch {
      #expect(error.localizedDescription == "the input is empty")
      #expect(String(describing: error) == "the input is empty")
    }
    let tooLarge = ExtractError.tooLarge(bytes: 10, limit: 5)
    #expect(tooLarge.localizedDescription == "the input is 10 bytes, over the limit of 5")
    #expect(tooLarge.errorDescription == tooLarge.description)
  }

  @Test("publishedAt and modifiedAt read as Dates: a date-time with its zone, a date alone at midnight UTC")
  func dates() throws {
    let article = try ArticleExtractor().extract(
      html: Self.page, options: ExtractOptions(url: "https://garden.example/beans"))
    #expect(article.publishedAt == "2024-05-01T09:30:00-04:00")
    #expect(article.publishedDate == Date(timeIntervalSince1970: 1_714_570_200))
    #expect(article.modifiedAt == "2024-05-03")
    #expect(article.modifiedDate == Date(timeIntervalSince1970: 1_714_694_400))
  }

  @Test("every contract date form reads as a Date; malformed ones are nil")
  func dateForms() {
    func date(_ text: String?) -> Date? { Byline(raw: "", authors: [], publishedAt: text).publishedDate }
    #expect(date("2019-08-13") == Date(timeIntervalSince1970: 1_565_654_400))
    #expect(date("2019-08-13T09:00:00Z") == Date(timeIntervalSince1970: 1_565_686_800))
    #expect(date("2019-08-13T09:00:00") == Date(timeIntervalSince1970: 1_565_686_800))
    #expect(date("2019-08-13T09:00:00.500+02:00") == Date(timeIntervalSince1970: 1_565_679_600.5))
    #expect(date("2019-08-13T09:00:00-04:00") == Date(timeIntervalSince1970: 1_565_701_200))
    #expect(PostCard(title: "t", publishedAt: "2024-02-28").publishedDate == Date(timeIntervalSince1970: 1_709_078_400))
    for bad in ["2019-02-30", "August 13, 2019", "2019-08-13T9:00", "2019-08-13T09:00:00+2", "", nil] {
      #expect(date(bad) == nil, "\(bad ?? "nil")")
    }
  }

  @Test("links and images read as URLs; a relative src is nil")
  func urls() throws {
    let article = try ArticleExtractor().extract(
      html: Self.page, options: ExtractOptions(url: "https://garden.example/beans"))
    let link = Link(text: "the picking guide", url: "https://garden.example/guides/picking")
    #expect(link.destination == URL(string: "https://garden.example/guides/picking"))
    #expect(article.heroImage?.imageURL == URL(string: "https://garden.example/img/beans.jpg"))
    #expect(article.source.pageURL == URL(string: "https://garden.example/beans"))
    #expect(ArticleImage(src: "/img/a.jpg").imageURL == nil)
    #expect(Person(name: "A", url: "https://garden.example/a").profile == URL(string: "https://garden.example/a"))
    let bio = AuthorBio(name: "A", bio: "b", url: nil, links: ["https://x.example/a", "not a url"])
    #expect(bio.linkURLs == [URL(string: "https://x.example/a")!])
    #expect(
      PostCard(title: "t", url: "https://garden.example/p").destination == URL(string: "https://garden.example/p"))
  }

  @Test("a String page is read as UTF-8 whatever its meta charset declares")
  func stringIsUTF8() throws {
    let html = Self.page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"windows-1252\">")
      .replacingOccurrences(of: "Beans", with: "Café crème")
    let article = try ArticleExtractor().extract(html: html)
    #expect(article.title == "Café crème")
    #expect(article.source.encoding == "utf-8")
    #expect(article.warnings.isEmpty)
  }

  @Test("one extractor serves many tasks at once with the same result as one at a time")
  func concurrentUse() async throws {
    let extractor = ArticleExtractor()
    let expected = try extractor.extract(html: Self.page)
    let results = try await withThrowingTaskGroup(of: Article.self) { group in
      for _ in 0..<8 { group.addTask { try extractor.extract(html: Self.page) } }
      var all: [Article] = []
      for try await article in group { all.append(article) }
      return all
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == expected })
  }

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("extract-lib-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ bytes: [UInt8], _ url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  static func warcRecord(id: Int, uri: String, block: [UInt8], type: String = "response") -> [UInt8] {
    let header =
      "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n"
      + "WARC-Target-URI: \(uri)\r\nContent-Type: application/http; msgtype=response\r\n"
      + "Content-Length: \(block.count)\r\n\r\n"
    return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
  }

  static func http(_ body: String) -> [UInt8] {
    Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\(body)".utf8)
  }

  @Test(
    "WARCPages yields each HTML record as a page with its URL and record id; a failed record is a page with a read error"
  )
  func warcPages() async throws {
    let folder = try Self.folder()
    let file = folder.appendingPathComponent("crawl.warc")
    let peas = Self.page.replacingOccurrences(of: "Beans", with: "Peas")
    let oversized = String(repeating: "x", count: 6000)
    try Self.write(
      Self.warcRecord(id: 1, uri: "https://garden.example/beans", block: Self.http(Self.page))
        + Self.warcRecord(id: 2, uri: "https://garden.example/big", block: Self.http(oversized))
        + Self.warcRecord(id: 3, uri: "https://garden.example/peas", block: Self.http(peas)), file)
    var pages: [CrawledPage] = []
    for try await page in WARCPages(url: file, options: ExtractOptions(maximumInputBytes: 5000)) { pages.append(page) }
    #expect(
      pages.map(\.url) == ["https://garden.example/beans", "https://garden.example/big", "https://garden.example/peas"])
    #expect(pages.map(\.warcRecordID) == ["<urn:uuid:1>", "<urn:uuid:2>", "<urn:uuid:3>"])
    #expect(try pages[0].extract().title == "Beans")
    #expect(
      try pages[0].extract().heroImage?.src == "https://garden.example/img/beans.jpg", "the record's URL is the base")
    #expect(pages[1].readError?.kind == "warc")
    #expect(throws: PageReadError.self) { try pages[1].extract() }
    guard case .failure(let record) = pages[1].result() else {
      Issue.record("the oversized record must fail")
      return
    }
    #expect(record.source.warcRecordId == "<urn:uuid:2>")
    #expect(record.localizedDescription == record.error.message)
    #expect(record.error.message.hasPrefix("the record is "))
    #expect(try pages[2].extract().title == "Peas")
    // Where each article sat in the file, as a CDX index gives it: its bytes start a record.
    let origin = try #require(try pages[2].extract().source.warc)
    #expect(origin.recordId == "<urn:uuid:3>" && origin.filename == "crawl.warc")
    let bytes = try Data(contentsOf: file)
    #expect(origin.offset > 0 && origin.offset + origin.length <= bytes.count)
    #expect(String(decoding: bytes[origin.offset..<(origin.offset + 8)], as: UTF8.self) == "WARC/1.1")
  }

  @Test("WARCPages over a missing file throws when iterated")
  func warcMissing() async {
    await #expect(throws: (any Error).self) {
      for try await _ in WARCPages(url: URL(fileURLWithPath: "/nonexistent/crawl.warc")) {}
    }
  }

  @Test(
    "FolderPages walks pages in sorted order: nested, gzipped, extension-less; hidden, WARC and other files skipped")
  func folderPages() async throws {
    let root = try Self.folder()
    try Self.write(Array(Self.page.utf8), root.appendingPathComponent("b/beans.html"))
    try Self.write(
      Array("<!DOCTYPE html>\(Self.page.replacingOccurrences(of: "Beans", with: "Index"))".utf8),
      root.appendingPathComponent("index"))
    try Self.write(Array(Self.page.utf8), root.appendingPathComponent(".cache/hidden.html"))
    try Self.write(Array("notes".utf8), root.appendingPathComponent("a/notes.txt"))
    try Self.write(Array("WARC/1.1\r\n".utf8), root.appendingPathComponent("a/crawl.warc"))
    try Self.write([], root.appendingPathComponent("a/empty.html"))
    try Self.write(Array(repeating: UInt8(ascii: "x"), count: 9000), root.appendingPathComponent("c/huge.htm"))
    var pages: [CrawledPage] = []
    for try await page in FolderPages(url: root, options: ExtractOptions(maximumInputBytes: 8000)) {
      pages.append(page)
    }
    let names = pages.map { String($0.path.dropFirst(root.path.count + 1)) }
    #expect(names == ["a/empty.html", "b/beans.html", "c/huge.htm", "index"])
    #expect(throws: ExtractError.empty) { try pages[0].extract() }
    #expect(try pages[1].extract().title == "Beans")
    #expect(try pages[1].extract().source.path == pages[1].path)
    #expect(pages[2].readError?.kind == "too-large")
    #expect(try pages[3].extract().title == "Index")
  }
}
