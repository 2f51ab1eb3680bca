import Foundation
import Testing

@testable import ExtractKit

/// `JSONWriter` writes the article field by field; `OrderedJSONEncoder` through `Encodable`.
/// They must give the same bytes: a field added to the model but not to the writer fails here.
@Suite("JSON writer: the same bytes as the Encodable encoder")
struct JSONWriterTests {
  /// An article with every optional filled and every kind of block, so each member of each
  /// model type is written at least once.
  static let full = Article(
    source: Source(
      path: "a/b.html", url: "https://example.com/a", canonicalUrl: "https://example.com/c", bytes: 1234,
      encoding: "UTF-8",
      warc: WARCOrigin(recordId: "<urn:uuid:1>", date: "2024-01-02T03:04:05Z", filename: "x.warc", offset: 7, length: 9)
    ),
    title: "Title \"quoted\"", description: "Line\nbreak\ttab \\ slash \u{1}", siteName: "Site", language: "en",
    publishedAt: "2024-01-02", modifiedAt: "2024-01-03",
    byline: Byline(
      raw: "By Ana Lima", authors: [Person(name: "Ana Lima", credentials: ["MD"], url: "https://example.com/ana")],
      publishedAt: "2024-01-02", commentCount: 3),
    heroImage: ArticleImage(src: "https://example.com/i.jpg", alt: "An image", width: 640, height: 480),
    headings: [Heading(level: 2, text: "Section", id: "s1"), Heading(level: 3, text: "Sub")],
    sections: [
      ArticleSection(
        heading: Heading(level: 2, text: "Section", id: "s1"),
        blocks: [
          .paragraph("Para"), .list(ArticleList(ordered: true, intro: "Steps:", items: [ListItem(text: "one")])),
          .image(ArticleImage(src: "https://example.com/j.png")), .quote("Quote"), .code("let x = 1"),
          .table([["a", "b"], ["c", "d"]]),
        ],
        sections: [ArticleSection(heading: nil, blocks: [], sections: [])])
    ],
    lists: [
      ArticleList(
        ordered: false, intro: nil,
        items: [
          ListItem(
            title: "Lead", text: "Text", lists: [ArticleList(ordered: false, items: [ListItem(text: "nested")])])
        ])
    ],
    steps: [StepGroup(title: "Method", steps: [Step(position: 1, text: "Mix")]), StepGroup(steps: [])],
    authorBio: AuthorBio(
      name: "Ana Lima", credentials: ["MD", "PhD"], bio: "Writes.",
      image: ArticleImage(src: "https://example.com/a.jpg"),
      url: "https://example.com/ana", links: ["https://example.com/x"]),
    related: Related(
      heading: "More",
      posts: [
        PostCard(
          title: "Post", url: "https://example.com/p", author: "Bo", publishedAt: "2024-02-02", commentCount: 1,
          excerpt: "Ex", image: ArticleImage(src: "https://example.com/p.jpg"))
      ]),
    links: [Link(text: "A link", url: "https://example.com/l")], text: "Para\n\nQuote", warnings: ["a warning"])

  private func same(_ article: Article) throws {
    for pretty in [true, false] {
      let written = JSONWriter.write(article, pretty: pretty)
      let encoded = try OrderedJSONEncoder(pretty: pretty).encode(article)
      #expect(String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }
  }

  /// The record handed on in pieces of `chunkBytes`, joined.
  private func streamed(_ article: Article, pretty: Bool, chunkBytes: Int) throws -> [UInt8] {
    var joined: [UInt8] = []
    try JSONWriter.stream(article, pretty: pretty, chunkBytes: chunkBytes) { joined.append(contentsOf: $0) }
    return joined
  }

  @Test("streamed in pieces, a text cut across its escapes: the same bytes as written whole")
  func streamedInPieces() throws {
    for pretty in [true, false] {
      let whole = JSONWriter.write(JSONWriterTests.full, pretty: pretty)
      for chunkBytes in [1, 3, 7, 64, 1 << 16] {
        let joined = try streamed(JSONWriterTests.full, pretty: pretty, chunkBytes: chunkBytes)
        #expect(String(decoding: joined, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
      }
    }
  }

  @Test("escapes found eight bytes at a time: each escaped byte at every offset, and bytes just above the escaped ones")
  func escapesAtEveryOffset() {
    // The byte-by-byte rule the word test must agree with.
    func reference(_ bytes: [UInt8]) -> [UInt8] {
      var output: [UInt8] = []
      for byte in bytes {
        switch byte {
        case 0x22: output += Array("\\\"".utf8)
        case 0x5C: output += Array("\\\\".utf8)
        case 0x0A: output += Array("\\n".utf8)
        case 0x0D: output += Array("\\r".utf8)
        case 0x09: output += Array("\\t".utf8)
        case 0..<0x20: output += Array(String(format: "\\u%04x", byte).utf8)
        default: output.append(byte)
        }
      }
      return output
    }
    for special: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xFF] {
      for offset in 0..<20 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
        bytes[offset] = special
        var output: [UInt8] = []
        bytes.withUnsafeBufferPointer { JSONStream.appendEscaped($0, to: &output) }
        #expect(output == reference(bytes), "byte \(special) at \(offset)")
      }
    }
  }

  @Test("a sink that throws: the error comes back, and the sink is not called again")
  func streamedSinkError() throws {
    struct Refused: Error {}
    var calls = 0
    #expect(throws: Refused.self) {
      try JSONWriter.stream(JSONWriterTests.full, pretty: true, chunkBytes: 16) { _ in
        calls += 1
        throw Refused()
      }
    }
    #expect(calls == 1)
  }

  @Test("every field filled: the same bytes, indented and compact")
  func fullArticle() throws {
    try same(JSONWriterTests.full)
  }

  @Test("an empty article (nulls and empty arrays): the same bytes")
  func emptyArticle() throws {
    try same(Article(source: Source(bytes: 0, encoding: "UTF-8")))
  }

  @Test("every sample and fixture page's article: the same bytes")
  func pages() throws {
    let folders = [Paths.samples, Paths.package.appendingPathComponent("Tests/Fixtures/pages")]
    var count = 0
    for folder in folders {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".html") {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        try same(try ArticleExtractor().extract(html: bytes))
        count += 1
      }
    }
    #expect(count > 5)
  }
}
