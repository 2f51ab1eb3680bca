import Foundation

/// Builds crawl-shaped inputs for the batch tests: folders of pages, gzipped pages and WARC
/// files written record by record, each record its own gzip member as crawlers write them.
enum Crawl {
  static func folder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ bytes: [UInt8], to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// gzip through the system's `gzip`, so the reader is tested against a compressor it
  /// shares no code with.
  static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c", "-n"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let writer = Thread {
      try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let compressed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](compressed)
  }

  /// gunzip through the system's `gzip`: every member of `bytes`, which must be whole.
  static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let folder = try Crawl.folder("gunzip")
    let file = folder.appendingPathComponent("data.gz")
    try write(bytes, to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-d", "-c", file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
  }

  /// A small article page with its own title and paragraphs, links absolute.
  static func page(title: String, words: String = "steady", extra: String = "") -> String {
    let paragraph = { (n: Int) in
      "<p>Paragraph \(n) of \(title): the \(words) gardener waters the beds early, checks the soil by hand, and writes down what grew well this week so next season starts from notes rather than memory.</p>"
    }
    return """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title) | Garden Notes</title></head>
      <body><header><nav><a href="https://garden.example/">Home</a> <a href="https://garden.example/shop">Shop</a></nav></header>
      <main><article><h1>\(title)</h1>\((1...5).map(paragraph).joined())\(extra)
      <h2>What to do next</h2><ul><li><strong>Mulch:</strong> keep the roots cool in summer.</li><li><strong>Prune:</strong> cut back after flowering.</li></ul>
      </article></main><footer><p>© Garden Notes. All rights reserved.</p></footer></body></html>
      """
  }

  /// One WARC record, headers and block, with the two CR LF pairs that end it.
  static func warcRecord(type: String, id: String, uri: String?, contentType: String, block: [UInt8]) -> [UInt8] {
    var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\n"
    header += "WARC-Date: 2024-05-01T10:00:00Z\r\n"
    if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
    header += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
    return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
  }

  static func httpResponse(
    _ body: [UInt8], headers: [String] = ["Content-Type: text/html; charset=utf-8"], status: String = "200 OK"
  )
    -> [UInt8]
  {
    Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
  }

  /// `Transfer-Encoding: chunked` framing, in chunks of `size` bytes.
  static func chunked(_ body: [UInt8], size: Int = 700) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < body.count {
      let end = min(body.count, index + size)
      output += Array((String(end - index, radix: 16) + "\r\n").utf8) + body[index..<end] + Array("\r\n".utf8)
      index = end
    }
    return output + Array("0\r\n\r\n".utf8)
  }

  static func uuid(_ n: Int) -> String { String(format: "00000000-0000-4000-8000-%012d", n) }
}
