import Foundation
import Testing

/// `source.warc` against WARC files written by Python's `warcio` (the writer Common Crawl's
/// tools use): the offset and length of each record must be the ones warcio's own reader
/// reports, and the bytes there must be the record. `.ci/run` installs warcio and sets
/// EXTRACT_REQUIRE_VALIDATOR=1, so in CI a missing warcio fails instead of skipping.
@Suite("source.warc against warcio")
struct WARCOriginTests {
  static var hasWarcio: Bool {
    (try? Runner.run(["python3", "-c", "import warcio"], executable: "/usr/bin/env").status) == 0
  }

  /// Writes `name` with warcio (gzip per record or plain) and prints, one a line, each
  /// response record's id, offset and length as warcio's reader gives them.
  static let writer = #"""
    import sys, io
    from warcio.warcwriter import WARCWriter
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.archiveiterator import ArchiveIterator
    name, gzip = sys.argv[1], sys.argv[2] == "gz"
    with open(name, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(name, {"software": "extract-tests"}))
        for n in range(3):
            body = ("<html><head><title>Story %d</title></head><body><article><h1>Story %d</h1>" % (n, n)
                    + "<p>The gardener waters the beds early and writes down what grew well this week.</p>" * 8
                    + "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            uri = "https://garden.example/story-%d" % n
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    with open(name, "rb") as stream:
        iterator = ArchiveIterator(stream)
        for record in iterator:
            if record.rec_type == "response":
                record.content_stream().read()
                rid = record.rec_headers.get_header("WARC-Record-ID")
                print(rid, iterator.get_record_offset(), iterator.get_record_length())
    """#

  @Test("offset and length of each record are warcio's, plain and gzipped", arguments: ["gz", "plain"])
  func offsets(_ compression: String) throws {
    guard Self.hasWarcio else {
      let required = ProcessInfo.processInfo.environment["EXTRACT_REQUIRE_VALIDATOR"] == "1"
      #expect(!required, "warcio is required (pip install warcio)")
      return
    }
    let folder = try Crawl.folder("warcio")
    let name = compression == "gz" ? "crawl.warc.gz" : "crawl.warc"
    let python = try Runner.run(
      ["python3", "-c", Self.writer, name, compression], in: folder, executable: "/usr/bin/env")
    #expect(python.status == 0, "\(python.stderr)")
    let expected = python.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    #expect(expected.count == 3)

    let result = try Runner.run(["-q", name], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let origins = result.records.compactMap { ($0["source"] as? [String: Any])?["warc"] as? [String: Any] }
    #expect(origins.count == 3)
    let file = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    for (origin, want) in zip(origins, expected) {
      #expect(origin["recordId"] as? String == want[0])
      #expect(origin["offset"] as? Int == Int(want[1]))
      #expect(origin["length"] as? Int == Int(want[2]))
      #expect(origin["filename"] as? String == name)
      #expect((origin["date"] as? String)?.isEmpty == false)
      // The bytes there are the record, whole: one gzip member, or the plain record.
      let offset = origin["offset"] as? Int ?? 0
      let length = origin["length"] as? Int ?? 0
      guard offset >= 0, length > 0, offset + length <= file.count else {
        Issue.record("offset \(offset) length \(length) outside the file")
        continue
      }
      var slice = Array(file[offset..<(offset + length)])
      if compression == "gz" { slice = try Crawl.gunzip(slice) }
      let text = String(decoding: slice, as: UTF8.self)
      #expect(text.hasPrefix("WARC/1."))
      #expect(text.contains(want[0]))
      // A gzip member holds the blank lines after the record; a plain record ends with its block.
      #expect(text.hasSuffix(compression == "gz" ? "</html>\r\n\r\n" : "</html>"))
    }
  }
}
