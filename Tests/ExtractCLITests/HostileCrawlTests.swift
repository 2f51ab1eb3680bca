import Foundation
import Testing

/// `extract` against a hostile crawl and a hostile system: endless standard input, WARC files
/// that would fill memory, names that carry escapes, a process limit, a size limit, a closed
/// pipe, a full disk. Each run is a child process, so time and memory are its own.
@Suite("extract against a hostile crawl")
struct HostileCrawlTests {
  /// A run under `/usr/bin/time`, killed after `seconds`: its result and peak memory (KiB).
  static func measured(
    _ arguments: [String], stdin: String = "/dev/null", seconds: Int = 120, in folder: URL = Runner.package
  ) throws -> (Runner.Result, Int) {
    let scratch = try Crawl.folder("measured")
    let rss = scratch.appendingPathComponent("rss").path
    let quoted = ([Runner.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let script =
      "exec /usr/bin/time -f %M -o '\(rss)' timeout -s KILL \(seconds) \(quoted.joined(separator: " ")) < '\(stdin)'"
    let result = try Runner.run(["-c", script], in: folder, executable: "/bin/sh")
    let peak = Int((try? Runner.text(URL(fileURLWithPath: rss)))?.split(separator: "\n").last ?? "") ?? 0
    return (result, peak)
  }

  static func page(_ title: String) -> [UInt8] { Array(Crawl.page(title: title).utf8) }

  @Test("endless standard input stops at --max-input-bytes: one page, --files-from -")
  func endlessStandardInput() throws {
    let (page, pageRSS) = try Self.measured(["-", "--max-input-bytes", "10000000"], stdin: "/dev/zero", seconds: 60)
    #expect(page.status == 65)
    #expect(page.stderr.contains("over the limit of 10000000"))
    #expect(pageRSS < 200_000, "peak \(pageRSS) KiB")
    let (list, listRSS) = try Self.measured(["--files-from", "-"], stdin: "/dev/zero", seconds: 60)
    #expect(list.status == 64)
    #expect(list.stderr.contains("the list is over"))
    #expect(listRSS < 300_000, "peak \(listRSS) KiB")
  }

  @Test("WARC records wait for a slow page within a byte budget, and are freed once extracted")
  func warcMemoryIsFlat() throws {
    let folder = try Crawl.folder("warc-memory")
    // A page slow to extract first, then 40 records of 4 MiB each (gzip makes them tiny).
    let slow = Array(
      ("<html><body><article><h1>Slow</h1>" + String(repeating: "<p>a <b>b</b> <i>c</i></p>", count: 30_000)
        + "</article></body></html>").utf8)
    let first = try Crawl.gzip(
      Crawl.warcRecord(
        type: "response", id: Crawl.uuid(0), uri: "https://big.example/slow",
        contentType: "application/http; msgtype=response", block: Crawl.httpResponse(slow)))
    var warc = first
    let big = [UInt8](repeating: 0x01, count: 4 << 20)
    for number in 1...40 {
      warc += try Crawl.gzip(
        Crawl.warcRecord(
          type: "response", id: Crawl.uuid(number), uri: "https://big.example/\(number)",
          contentType: "application/http; msgtype=response", block: Crawl.httpResponse(big)))
    }
    let alone = folder.appendingPathComponent("slow.warc.gz")
    let file = folder.appendingPathComponent("big.warc.gz")
    try Crawl.write(first, to: alone)
    try Crawl.write(warc, to: file)
    let (_, slowPeak) = try Self.measured(["-j", "1", "-q", alone.path])
    let (result, peak) = try Self.measured(["-j", "1", "-q", file.path])
    #expect(result.status == 65)
    #expect(result.records.count == 41)
    // Before the budget: 16 bodies queued behind the slow page and every body kept until the
    // end (160 MiB and more above the slow page alone). Now: 16 MiB of bodies, plus the one
    // being read and its copy.
    #expect(peak - slowPeak < 45_000, "peak \(peak) KiB, the slow page alone \(slowPeak) KiB")
  }

  @Test("a Markdown source line cannot be closed by the file name")
  func markdownSourceLine() throws {
    let folder = try Crawl.folder("markdown")
    let name = "a ---> <script>x</script> --!> b.html"
    try Crawl.write(Self.page("Closing"), to: folder.appendingPathComponent(name))
    try Crawl.write(Self.page("Plain"), to: folder.appendingPathComponent("my-page.html"))
    let result = try Runner.run(["--format", "markdown", "-q", "."], in: folder)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("<!--") }
    #expect(
      lines == [
        "<!-- source: ./a %2D%2D%2D%3E %3Cscript%3Ex%3C/script%3E %2D%2D!%3E b.html -->",
        "<!-- source: ./my-page.html -->",
      ])
    for line in lines { #expect(line.components(separatedBy: "-->").count == 2, "one comment end: \(line)") }
  }

  @Test("fewer threads than --jobs (a process limit) still finishes every page", .enabled(if: getuid() == 0))
  func processLimit() throws {
    let folder = try Crawl.folder("nproc")
    for number in 1...5 {
      try Crawl.write(Self.page("Page \(number)"), to: folder.appendingPathComponent("p\(number).html"))
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    for limit in [1, 2, 3] {
      // As "nobody", so the limit counts only this run's threads.
      let result = try Runner.run(
        [
          "-s", "KILL", "60", "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "prlimit",
          "--nproc=\(limit)", "--", Runner.binary.path, "-j", "8", ".",
        ], in: folder, executable: "/usr/bin/timeout")
      #expect(result.status == 0, "limit \(limit): \(result.stderr)")
      #expect(result.records.count == 5, "limit \(limit)")
    }
  }
}

/// The smaller hostile cases: names, pipes, limits and disks.
@Suite("extract against hostile names and systems")
struct HostileSystemTests {
  static func folder(_ name: String, pages: [String]) throws -> URL {
    let folder = try Crawl.folder(name)
    for page in pages { try Crawl.write(HostileCrawlTests.page(page), to: folder.appendingPathComponent(page)) }
    return folder
  }

  @Test("a file name that is not UTF-8 gets an error record, not silence")
  func nonUTF8Name() throws {
    let folder = try Self.folder("latin1-name", pages: ["a.html"])
    let name = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".html".utf8) + [0]
    let descriptor = name.withUnsafeBufferPointer {
      open($0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) { $0 }, O_CREAT | O_WRONLY, 0o644)
    }
    #expect(descriptor >= 0)
    close(descriptor)
    let result = try Runner.run(["-q", "."], in: folder)
    #expect(result.status == 65)
    #expect(result.records.count == 2)
    let failure = result.records.first { $0["error"] != nil }?["error"] as? [String: Any]
    #expect(failure?["message"] as? String == "the file name is not UTF-8")
  }

  @Test("a WARC record's javascript: target URI is no URL in its error record either")
  func errorRecordURL() throws {
    let folder = try Crawl.folder("error-url")
    let record = Crawl.warcRecord(
      type: "response", id: Crawl.uuid(1), uri: "javascript:alert(1)",
      contentType: "application/http; msgtype=response",
      block: Crawl.httpResponse([1, 2, 3], headers: ["Content-Type: text/html", "Content-Encoding: compress"]))
    try Crawl.write(record, to: folder.appendingPathComponent("bad.warc"))
    let result = try Runner.run(["-q", "bad.warc"], in: folder)
    #expect(result.status == 65)
    let source = result.records.first?["source"] as? [String: Any]
    #expect(source?["url"] is NSNull)
    #expect(source?["warcRecordId"] as? String == "<urn:uuid:\(Crawl.uuid(1))>")
  }

  @Test("--files-from reads a pipe, as <(…) gives it")
  func filesFromPipe() throws {
    let folder = try Self.folder("files-from-pipe", pages: ["a.html", "b.html"])
    let result = try Runner.run(
      ["-c", "exec '\(Runner.binary.path)' -q --files-from <(printf 'a.html\\nb.html\\n')"], in: folder,
      executable: "/bin/bash")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.records.count == 2)
  }

  @Test("a resumed run extracts page.htm added beside page.html: names do not depend on neighbours")
  func resumeWithCollidingNames() throws {
    let folder = try Self.folder("collide", pages: ["page.html"])
    let out = folder.appendingPathComponent("out").path
    #expect(try Runner.run(["-q", "page.html", "--output-dir", out], in: folder).status == 0)
    try Crawl.write(HostileCrawlTests.page("Other page"), to: folder.appendingPathComponent("page.htm"))
    let second = try Runner.run(["-q", "page.htm", "page.html", "--output-dir", out], in: folder)
    #expect(second.status == 0)
    let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(written == ["page.htm.json", "page.html.json", "page.json"])
    let other = try Runner.text(URL(fileURLWithPath: out + "/page.htm.json"))
    #expect(other.contains("\"title\": \"Other page\""))
  }

  @Test("escape sequences in file names reach standard error escaped")
  func escapedNames() throws {
    let folder = try Crawl.folder("escapes")
    try Crawl.write([], to: folder.appendingPathComponent("\u{1B}]0;owned\u{07}\u{1B}[2J.html"))
    try Crawl.write(HostileCrawlTests.page("Fine"), to: folder.appendingPathComponent("fine.html"))
    let result = try Runner.run(["."], in: folder)
    #expect(result.status == 65)
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{07}"))
    #expect(result.stderr.contains("\\x1B]0;owned\\x07\\x1B[2J.html: the input is empty"))
  }

  @Test("a file over the size limit (SIGXFSZ) fails its page and leaves no temporary file")
  func fileSizeLimit() throws {
    let folder = try Self.folder("fsize", pages: ["a.html"])
    let out = folder.appendingPathComponent("out").path
    let result = try Runner.run(
      ["--fsize=1000", "--", Runner.binary.path, "a.html", "--output-dir", out], in: folder,
      executable: "/usr/bin/prlimit")
    #expect(result.status == 74)
    #expect(result.stderr.contains("cannot write the output"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
  }

  @Test("one page into a closed pipe exits 74, not 141")
  func closedPipe() throws {
    let result = try Runner.run(
      ["-c", "'\(Runner.binary.path)' '\(Runner.sample)' | exit 0; echo \"status ${PIPESTATUS[0]}\" >&2"],
      executable: "/bin/bash")
    #expect(result.stderr.contains("status 74"), "\(result.stderr)")
  }

  @Test("a full disk on standard output counts the pages that were not written as failed")
  func fullDisk() throws {
    let folder = try Self.folder("full", pages: ["a.html", "b.html"])
    let result = try Runner.run(
      ["-c", "exec '\(Runner.binary.path)' a.html b.html > /dev/full"], in: folder, executable: "/bin/sh")
    #expect(result.status == 74)
    #expect(result.stderr.contains("No space left on device"))
    #expect(!result.stderr.contains(" 0 failed"), "\(result.stderr)")
  }
}
