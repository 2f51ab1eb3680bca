/// The HTTP response inside a WARC `response` record: status line, headers, then the body
/// as it went over the wire. Only successful HTML responses are pages.
enum HTTPPayload {
  enum Result: Equatable {
    /// Not an article page: a redirect, an error status, an image, a script.
    case notPage
    case failure(String)
    case page(body: [UInt8], charset: String?)
  }

  /// Media types whose body is an HTML page.
  static let htmlTypes = ["text/html", "application/xhtml+xml"]

  static func parse(_ block: [UInt8], limit: Int) -> Result {
    guard let headerEnd = endOfHeaders(block) else { return .failure("the HTTP response has no end of headers") }
    let lines = split(lines: block[..<headerEnd.start])
    guard let statusLine = lines.first, statusLine.starts(with: Array("HTTP/".utf8)) else {
      return .failure("the record holds no HTTP response")
    }
    let statusParts = String(decoding: statusLine, as: UTF8.self).split(separator: " ")
    guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
      return .failure("the HTTP status line is malformed")
    }
    // Redirects, errors and "not modified" carry no article.
    guard (200..<300).contains(status), status != 204 else { return .notPage }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
      let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingASCIIWhitespace()
      headers[name] = headers[name].map { $0 + ", " + value } ?? value
    }
    var body = Array(block[headerEnd.end...])
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
      // Some crawlers store the body already de-chunked but keep the header; keep it then.
      if let dechunked = dechunk(body) { body = dechunked }
    }
    let contentType = headers["content-type"] ?? ""
    let encodings = (headers["content-encoding"] ?? "").lowercased().split(separator: ",")
      .map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty && $0 != "identity" }
    for encoding in encodings.reversed() {
      do {
        switch encoding {
        case "gzip", "x-gzip":
          // Crawlers sometimes store the body decoded but keep the header: only undo real gzip.
          if Gzip.isCompressed(body) { body = try Gzip.decompress(body, limit: limit) }
        case "deflate":
          body = try Gzip.inflate(body, limit: limit)
        case "br":
          body = try Brotli.decompress(body, limit: limit)
        case "zstd":
          body = try Zstd.decompress(body, limit: limit)
        default:
          return .failure("the content encoding '\(encoding)' is not supported")
        }
      } catch {
        return .failure("the \(encoding) body cannot be decoded: \(error)")
      }
    }
    guard isHTML(contentType: contentType.lowercased(), body: body) else { return .notPage }
    return .page(body: body, charset: charset(contentType: contentType))
  }

  /// HTML by its declared type; with no type, by what the body starts with.
  static func isHTML(contentType: String, body: [UInt8]) -> Bool {
    let type = contentType.split(separator: ";").first.map { String($0).trimmingASCIIWhitespace() } ?? ""
    if !type.isEmpty { return htmlTypes.contains(type) }
    return sniffsAsHTML(body)
  }

  /// What HTML pages start with, within their first bytes (after a BOM, space or comments).
  static let htmlStarts = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"]
  static let sniffWindow = 1024

  static func sniffsAsHTML(_ body: [UInt8]) -> Bool {
    let head = String(decoding: body.prefix(sniffWindow), as: UTF8.self).lowercased()
    return htmlStarts.contains { head.contains($0) }
  }

  /// `charset=` of a `Content-Type` value.
  static func charset(contentType: String) -> String? {
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, String(pair[0]).trimmingASCIIWhitespace().lowercased() == "charset" else { continue }
      let value = String(pair[1]).trimmingASCIIWhitespace().filter { $0 != "\"" && $0 != "'" }
      return value.isEmpty ? nil : value
    }
    return nil
  }

  private static func endOfHeaders(_ block: [UInt8]) -> (start: Int, end: Int)? {
    var index = 0
    while index < block.count {
      if block[index] == 0x0A {
        if index + 1 < block.count, block[index + 1] == 0x0A { return (index, index + 2) }
        if index + 2 < block.count, block[index + 1] == 0x0D, block[index + 2] == 0x0A { return (index, index + 3) }
      }
      index += 1
    }
    return nil
  }

  private static func split(lines: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    lines.split(separator: 0x0A, omittingEmptySubsequences: true).map { line in
      line.last == 0x0D ? line.dropLast() : line
    }
  }

  /// Undoes `Transfer-Encoding: chunked`; nil when the body is not chunked after all.
  static func dechunk(_ body: [UInt8]) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(body.count)
    var index = 0
    while index < body.count {
      guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { return nil }
      let sizeText =
        String(decoding: body[index..<lineEnd], as: UTF8.self)
        .split(separator: ";").first.map { String($0).trimmingASCIIWhitespace() } ?? ""
      guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
      index = lineEnd + 1
      if size == 0 { return output }
      // A cut last chunk keeps what arrived: the page is still worth extracting. The size
      // is the input's word: compared with what is left, never added to an index.
      let end = size > body.count - index ? body.count : index + size
      output.append(contentsOf: body[index..<end])
      index = end
      if index < body.count, body[index] == 0x0D { index += 1 }
      if index < body.count, body[index] == 0x0A { index += 1 }
    }
    return output
  }
}
