import Foundation
import Testing

/// `extract` over a crawl: folders, gzip, WARC, JSON Lines, `--output-dir`, formats and
/// interruption, run end to end on trees the tests build.
@Suite("extract over a crawl")
struct BatchTests {
  /// A crawl tree: nested folders, a gzipped page, an extension-less page, an empty file, a
  /// binary file named .html, a windows-1252 page, files that are not pages, and a WARC
  /// file with HTML, non-HTML, redirect and truncated records.
  struct Tree {
    let root: URL
    /// The records `extract site crawl.warc.gz` must give, in order: a path or URL each.
    let expected: [String]

    static let p1 = "https://news.example/2024/05/first-story"
    static let p2 = "https://news.example/2024/05/second-story"
    static let p3 = "https://news.example/2024/05/cut-story"

    init() throws {
      root = try Crawl.folder("tree")
      let site = root.appendingPathComponent("site")
      try Crawl.write(
        Array(Crawl.page(title: "Home of the garden").utf8), to: site.appendingPathComponent("index.html"))
      try Crawl.write(
        Array(Crawl.page(title: "Tomatoes in May").utf8), to: site.appendingPathComponent("blog/2024/tomatoes.html"))
      try Crawl.write(
        try Crawl.gzip(Array(Crawl.page(title: "Archived roses").utf8)),
        to: site.appendingPathComponent("blog/archived.html.gz"))
      try Crawl.write(Array(Crawl.page(title: "About us").utf8), to: site.appendingPathComponent("about"))
      try Crawl.write([], to: site.appendingPathComponent("empty.html"))
      try Crawl.write(
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
        to: site.appendingPathComponent("logo.html"))
      let latin = Crawl.page(title: "Café crème", words: "naïve").replacingOccurrences(
        of: "<meta charset=\"utf-8\">", with: "")
      try Crawl.write([UInt8](latin.data(using: .isoLatin1)!), to: site.appendingPathComponent("latin.html"))
      try Crawl.write(Array("shopping list".utf8), to: site.appendingPathComponent("notes.txt"))
      try Crawl.write(Array(Crawl.page(title: "Hidden").utf8), to: site.appendingPathComponent(".cache/hidden.html"))

      let story = Array(Crawl.page(title: "First story").utf8)
      let second = Array(Crawl.page(title: "Second story").utf8)
      var warc: [UInt8] = []
      let records: [[UInt8]] = [
        Crawl.warcRecord(
          type: "warcinfo", id: Crawl.uuid(0), uri: nil, contentType: "application/warc-fields",
          block: Array("software: extract-tests\r\n".utf8)),
        Crawl.warcRecord(
          type: "request", id: Crawl.uuid(1), uri: Self.p1, contentType: "application/http; msgtype=request",
          block: Array("GET /2024/05/first-story HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8)),
        Crawl.warcRecord(
          type: "response", id: Crawl.uuid(2), uri: Self.p1, contentType: "application/http; msgtype=response",
          block: Crawl.httpResponse(story)),
        Crawl.warcRecord(
          type: "response", id: Crawl.uuid(3), uri: "https://news.example/logo.png",
          contentType: "application/http; msgtype=response",
          block: Crawl.httpResponse([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], headers: ["Content-Type: image/png"])),
        Crawl.warcRecord(
          type: "response", id: Crawl.uuid(4), uri: "https://news.example/old",
          contentType: "application/http; msgtype=response",
          block: Crawl.httpResponse(
            Array("<html><body>Moved</body></html>".utf8), headers: ["Location: /new", "Content-Type: text/html"],
            status: "301 Moved Permanently")),
        Crawl.warcRecord(
          type: "response", id: Crawl.uuid(5), uri: Self.p2, contentType: "application/http; msgtype=response",
          block: Crawl.httpResponse(
            Crawl.chunked(try Crawl.gzip(second)),
            headers: ["Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"])),
      ]
      for record in records { warc += try Crawl.gzip(record) }
      // The last record is cut short, as a crawl killed mid-write leaves it.
      let cut = Crawl.warcRecord(
        type: "response", id: Crawl.uuid(6), uri: Self.p3, contentType: "application/http; msgtype=response",
        block: Crawl.httpResponse(story))
      warc += try Crawl.gzip(Array(cut.prefix(900)))
      try Crawl.write(warc, to: root.appendingPathComponent("crawl.warc.gz"))

      expected = [
        "site/about", "site/blog/2024/tomatoes.html", "site/blog/archived.html.gz", "site/empty.html",
        "site/index.html", "site/latin.html", "site/logo.html", Self.p1, Self.p2, Self.p3,
      ]
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  static func origin(_ record: [String: Any]) -> String? {
    let source = record["source"] as? [String: Any]
    return (source?["url"] as? String) ?? (source?["path"] as? String)
  }

  static func errorKind(_ record: [String: Any]) -> String? {
    (record["error"] as? [String: Any])?["kind"] as? String
  }

  @Test("a crawl tree gives exactly one record per page, in input order, with failures as error records")
  func crawlTree() throws {
    let tree = try Tree()
    defer { tree.remove() }
    let result = try Runner.run(["site", "crawl.warc.gz", "--jobs", "2"], in: tree.root)
    let records = result.records
    #expect(result.stdout.split(separator: "\n").count == tree.expected.count)
    #expect(records.map { Self.origin($0) ?? "?" } == tree.expected)
    #expect(records.map(Self.errorKind) == [nil, nil, nil, "empty", nil, nil, "not-html", nil, nil, "warc"])
    #expect(records[0]["title"] as? String == "About us")
    #expect(records[2]["title"] as? String == "Archived roses")
    let latin = records[5]
    #expect((latin["source"] as? [String: Any])?["encoding"] as? String == "windows-1252")
    #expect(latin["title"] as? String == "Café crème")
    #expect((latin["text"] as? String)?.contains("the naïve gardener") == true)
    #expect(records[7]["title"] as? String == "First story")
    #expect(records[8]["title"] as? String == "Second story")
    #expect(((records[9]["error"] as? [String: Any])?["message"] as? String)?.contains("truncated") == true)
    // Failures are also named on standard error, and the exit code says some failed.
    #expect(result.status == 65)
    #expect(result.stderr.contains("site/empty.html: the input is empty"))
    #expect(result.stderr.contains("site/logo.html: the input is not HTML"))
    #expect(result.stderr.hasSuffix("\n"))
    #expect(result.stderr.split(separator: "\n").last?.hasPrefix("extract: 10 pages, 3 failed, ") == true)
    #expect(!result.stderr.contains("\r"), "no progress line when standard error is not a terminal")
  }

  /// The article of a page, without `source.path` (which names where it was read from).
  static func article(_ json: String) throws -> NSDictionary {
    let line = json.split(separator: "\n").first.map(String.init) ?? ""
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    var dictionary = object
    var source = dictionary["source"] as? [String: Any] ?? [:]
    source.removeValue(forKey: "path")
    dictionary["source"] = source
    return dictionary as NSDictionary
  }

  @Test("a page comes out identical from a file, a .gz and a WARC record")
  func sameArticleEverywhere() throws {
    let folder = try Crawl.folder("same")
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = try Data(contentsOf: URL(fileURLWithPath: Runner.sample))
    let url = "https://shop.example/blogs/resources/lower-back"
    try Crawl.write(try Crawl.gzip([UInt8](html)), to: folder.appendingPathComponent("page.html.gz"))
    let warc = Crawl.warcRecord(
      type: "response", id: Crawl.uuid(9), uri: url, contentType: "application/http; msgtype=response",
      block: Crawl.httpResponse(
        Crawl.chunked(try Crawl.gzip([UInt8](html))),
        headers: ["Content-Type: text/html; charset=UTF-8", "Content-Encoding: gzip", "Transfer-Encoding: chunked"]))
    try Crawl.write(try Crawl.gzip(warc), to: folder.appendingPathComponent("one.warc.gz"))

    let fromFile = try Runner.run([Runner.sample, "--url", url, "--compact"])
    let fromGzip = try Runner.run(["page.html.gz", "--url", url, "--compact"], in: folder)
    let fromWARC = try Runner.run(["one.warc.gz", "-q"], in: folder)
    #expect(fromFile.status == 0 && fromGzip.status == 0 && fromWARC.status == 0)
    let expected = try Self.article(fromFile.stdout)
    #expect(try Self.article(fromGzip.stdout) == expected)
    // The WARC record's article says where the record sits; otherwise it is the same.
    let fromRecord = try Self.article(fromWARC.stdout).mutableCopy() as! NSMutableDictionary
    var source = fromRecord["source"] as? [String: Any] ?? [:]
    let origin = source.removeValue(forKey: "warc") as? [String: Any]
    source["warc"] = NSNull()
    fromRecord["source"] = source
    #expect(fromRecord == expected)
    #expect(source["url"] as? String == url)
    #expect(origin?["recordId"] as? String == "<urn:uuid:\(Crawl.uuid(9))>")
    #expect(origin?["offset"] as? Int == 0)
    #expect(origin?["length"] as? Int == (try Crawl.gzip(warc)).count)
  }

  @Test("--warc - reads a WARC stream on standard input and writes JSON Lines")
  func warcOnStandardInput() throws {
    let tree = try Tree()
    defer { tree.remove() }
    let warc = try Data(contentsOf: tree.root.appendingPathComponent("crawl.warc.gz"))
    let result = try Runner.run(["--warc", "-", "--quiet"], stdin: warc)
    #expect(result.records.map { Self.origin($0) ?? "?" } == [Tree.p1, Tree.p2, Tree.p3])
    #expect(result.status == 65)
    #expect(result.stderr.split(separator: "\n").count == 1, "only the truncated record's line with --quiet")
  }

  @Test("--files-from reads the paths to extract, one a line")
  func filesFrom() throws {
    let tree = try Tree()
    defer { tree.remove() }
    try Data("# pages\nsite/index.html\n\nsite/blog/2024/tomatoes.html\n".utf8).write(
      to: tree.root.appendingPathComponent("list.txt"))
    let result = try Runner.run(["--files-from", "list.txt", "-q"], in: tree.root)
    #expect(result.status == 0)
    #expect(result.records.map { $0["title"] as? String } == ["Home of the garden", "Tomatoes in May"])
  }

  @Test("--output-dir mirrors input paths, skips pages already written, and --force redoes them")
  func outputDirectoryResume() throws {
    let tree = try Tree()
    defer { tree.remove() }
    let first = try Runner.run(["site", "crawl.warc.gz", "--output-dir", "out", "-q"], in: tree.root)
    #expect(first.status == 65)
    #expect(first.stdout.isEmpty)
    let out = tree.root.appendingPathComponent("out")
    let written = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }
      .sorted()
    #expect(
      written == [
        "crawl/\(Crawl.uuid(2)).json", "crawl/\(Crawl.uuid(5)).json", "crawl/\(Crawl.uuid(6)).json",
        "site/about.json", "site/blog/2024/tomatoes.json", "site/blog/archived.json", "site/empty.json",
        "site/index.json", "site/latin.json", "site/logo.json",
      ])
    let index = out.appendingPathComponent("site/index.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: index)) as? [String: Any]
    #expect(object?["title"] as? String == "Home of the garden")
    let indented = try Runner.text(index)
    #expect(indented.hasPrefix("{\n  \"schemaVersion\": 2,"))

    // A second run finds every output in place and extracts nothing.
    try Data("kept".utf8).write(to: index)
    let second = try Runner.run(["site", "crawl.warc.gz", "--output-dir", "out"], in: tree.root)
    #expect(second.status == 0)
    #expect(try Runner.text(index) == "kept")
    #expect(second.stderr.contains("0 pages, 0 failed, 10 skipped (output exists)"))

    let forced = try Runner.run(["site", "--output-dir", "out", "--force", "-q"], in: tree.root)
    #expect(forced.status == 65)
    #expect(try Runner.text(index).hasPrefix("{\n  \"schemaVersion\": 2,"))
  }

  @Test("--output-dir never writes outside its folder, whatever the paths and record ids hold")
  func outputDirectoryStaysInside() throws {
    let folder = try Crawl.folder("inside")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outside = folder.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    let page = Array(Crawl.page(title: "Escape attempt").utf8)
    var warc = Crawl.warcRecord(
      type: "response", id: "x", uri: "https://evil.example/", contentType: "application/http; msgtype=response",
      block: Crawl.httpResponse(page))
    // A record id written to climb out of the folder.
    warc = Array(
      String(decoding: warc, as: UTF8.self).replacingOccurrences(of: "<urn:uuid:x>", with: "../../../outside/pwned")
        .utf8)
    try Crawl.write(warc, to: folder.appendingPathComponent("evil.warc"))
    try Crawl.write(page, to: folder.appendingPathComponent("site/deep/page.html"))
    // A symbolic link inside the output folder that points outside it.
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("site"), withDestinationURL: outside)

    let result = try Runner.run(
      [
        "evil.warc", "site/deep/page.html", "../\(folder.lastPathComponent)/site/deep/page.html", "--output-dir", "out",
        "-q",
      ],
      in: folder)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    let written = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }
      .sorted()
    let hashed = try #require(written.first { $0.hasPrefix("evil/") })
    #expect(written == [hashed, "page.json"])
    #expect(!hashed.contains("..") && !hashed.contains("pwned"))
    // The page whose output would pass through the link is refused, and the run says so.
    #expect(result.stderr.contains("site/deep/page.html: cannot write the output"))
    #expect(result.status == 74)
  }

  @Test("--format text prints the title and the clean article text, markdown the article as Markdown")
  func textAndMarkdown() throws {
    let json = try Runner.run([Runner.sample, "--compact"])
    let article = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let text = try Runner.run([Runner.sample, "--format", "text"])
    #expect(text.status == 0)
    let title = article["title"] as? String ?? ""
    #expect(text.stdout == title + "\n\n" + (article["text"] as? String ?? "") + "\n")

    let markdown = try Runner.run([Runner.sample, "--format", "markdown"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("---\ntitle: \"How Massage Can Help Your Lower Back Pain\"\n"))
    #expect(
      markdown.stdout.contains(
        "---\n\n# How Massage Can Help Your Lower Back Pain\n\n*By Patty Weasler, RN · 2019-08-13*"))
    #expect(markdown.stdout.contains("\n## What is the Best Type of Massage for Lower Back Pain?\n"))
    #expect(markdown.stdout.contains("\n- **Deep Tissue Massage** This form of massage"))
    #expect(markdown.stdout.contains("\n  1. Sit down on a mat and place the roller behind your lower back.\n"))
    #expect(!markdown.stdout.contains("Free shipping"))

    // Several pages: text records apart by a form feed line, Markdown ones headed by their source.
    let tree = try Tree()
    defer { tree.remove() }
    let texts = try Runner.run(["site/index.html", "site/about", "--format", "text", "-q"], in: tree.root)
    #expect(texts.stdout.components(separatedBy: "\u{0C}\n").count == 2)
    let markdowns = try Runner.run(["site/index.html", "site/about", "--format", "markdown", "-q"], in: tree.root)
    #expect(markdowns.stdout.hasPrefix("<!-- source: site/index.html -->\n---\ntitle: \"Home of the garden\"\n"))
    #expect(markdowns.stdout.contains("\n<!-- source: site/about -->\n---\ntitle: \"About us\"\n"))
    #expect(markdowns.stdout.contains("---\n\n# About us\n"))
  }

  @Test("hostile pages in a batch each give one record and leave the other pages intact")
  func hostileBatch() throws {
    let folder = try Crawl.folder("hostile")
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = Array(Crawl.page(title: "Good page").utf8)
    let hostile: [(String, [UInt8])] = [
      ("a-empty.html", []),
      ("b-binary.html", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A] + [UInt8](repeating: 0, count: 4000)),
      ("c-deep.html", Array(("<html><body>" + String(repeating: "<div>", count: 100_000) + "deep").utf8)),
      (
        "d-invalid-utf8.html",
        Array("<html><body><p>".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0xF0, 0x28] + Array("</p>".utf8)
      ),
      (
        "e-entities.html",
        Array(("<html><body><p>" + String(repeating: "&#99999999999;&#0;&#xD800;", count: 5000)).utf8)
      ),
      ("f-truncated.html", Array(good.prefix(good.count / 3))),
      (
        "g-utf16.html",
        [0xFF, 0xFE] + Array(Crawl.page(title: "Wide").utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      ),
      ("h-good.html", good),
    ]
    for (name, bytes) in hostile { try Crawl.write(bytes, to: folder.appendingPathComponent(name)) }
    let batch = try Runner.run([".", "-q", "--jobs", "2"], in: folder)
    let records = batch.records
    #expect(records.count == hostile.count)
    #expect(records.map { ($0["source"] as? [String: Any])?["path"] as? String } == hostile.map { "./" + $0.0 })
    #expect(records.map(Self.errorKind) == ["empty", "not-html", nil, nil, nil, nil, nil, nil])
    #expect(records[6]["title"] as? String == "Wide")
    // The good page comes out exactly as it does alone.
    let alone = try Runner.run(["h-good.html", "--compact"], in: folder)
    var expected = try #require(try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any])
    var last = records[7]
    for index in [0, 1] {
      var source = (index == 0 ? expected : last)["source"] as? [String: Any] ?? [:]
      source.removeValue(forKey: "path")
      if index == 0 { expected["source"] = source } else { last["source"] = source }
    }
    #expect(last as NSDictionary == expected as NSDictionary)
  }

  @Test("an interrupted run stops cleanly and keeps every finished record whole")
  func interruption() throws {
    let folder = try Crawl.folder("interrupt")
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = try Data(contentsOf: URL(fileURLWithPath: Runner.sample))
    for number in 0..<400 {
      try html.write(to: folder.appendingPathComponent(String(format: "page-%03d.html", number)))
    }
    let started = try Runner.start([folder.path, "--jobs", "1"])
    // Wait for some records, then interrupt as Ctrl-C would.
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      let lines = (try? Runner.text(started.stdout))?.split(separator: "\n").count ?? 0
      if lines >= 3 { break }
      Thread.sleep(forTimeInterval: 0.02)
    }
    kill(started.process.processIdentifier, SIGINT)
    let result = started.wait()
    #expect(result.status == 130)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count >= 3 && lines.count < 400)
    #expect(result.stdout.hasSuffix("}\n"))
    #expect(result.records.count == lines.count, "every line is a whole JSON record")
    #expect(result.stderr.contains("\(lines.count) pages, 0 failed"))
    #expect(result.stderr.contains("interrupted by SIGINT"))
  }
}
