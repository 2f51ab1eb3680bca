import ExtractKit
import Foundation

/// `--input jsonl`: one JSON object a line, `{"url": …, "html": …}` or `{"path": …}`, one
/// record a line out, in order. Each record is written as soon as its page is done, so a
/// program can keep one `extract` process open and stream pages through it.
extension Batch {
  /// A request line's bytes may exceed the page limit this many times: JSON encoders escape
  /// a non-ASCII or control character as `\uXXXX`, six bytes for as few as one.
  static let requestLineFactor = 6

  func produceRequests(path: String?, runner: OrderedRunner<Produced>) {
    let file = path ?? "<stdin>"
    let reader: LineReader
    do {
      reader = try LineReader(path: path, limit: settings.maximumInputBytes * Self.requestLineFactor + 4096)
    } catch {
      let record = ErrorRecord(source: .init(path: path), kind: "unreadable", message: Messages.reason(error))
      submit(runner) { Produced(outcome: .failure(record), display: file, destination: nil) }
      return
    }
    var number = 0
    while shouldContinue {
      let line: LineReader.Line?
      do {
        line = try reader.next()
      } catch {
        let record = ErrorRecord(source: .init(path: path), kind: "unreadable", message: Messages.reason(error))
        submit(runner) { Produced(outcome: .failure(record), display: file, destination: nil) }
        return
      }
      guard let line else { return }
      number += 1
      progress.expectMore(1)
      let display = "\(file) line \(number)"
      let request: PageRequest
      switch line {
      case .tooLong(let bytes):
        let error = ExtractError.tooLarge(bytes: bytes, limit: settings.maximumInputBytes)
        let record = ErrorRecord(source: .init(path: path), kind: error.kind, message: "line \(number): \(error)")
        submit(runner) { Produced(outcome: .failure(record), display: display, destination: nil) }
        continue
      case .text(let bytes):
        // Blank lines (a keep-alive, a trailing newline) get no record.
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        do {
          request = try PageRequest(json: bytes)
        } catch {
          let record = ErrorRecord(
            source: .init(path: path), kind: "bad-request", message: "line \(number): \(error)")
          submit(runner) { Produced(outcome: .failure(record), display: display, destination: nil) }
          continue
        }
      }
      switch request.page {
      case .html(let html):
        // The page arrives as JSON text, already decoded: its bytes are UTF-8 whatever it declares.
        let options = options(path: nil, url: request.url, encoding: "utf-8")
        let origin = ErrorRecord.Origin(path: nil, url: request.url)
        let bytes = Array(html.utf8)
        submit(runner) {
          Produced(outcome: Work.bytes(bytes, options: options, origin: origin), display: display, destination: nil)
        }
      case .path(let page):
        var options = options(path: page, url: request.url)
        if let encoding = request.encoding { options.encoding = encoding }
        submit(runner) {
          Produced(outcome: Work.file(path: page, options: options), display: display, destination: nil)
        }
      }
    }
  }
}

/// One line of `--input jsonl`.
struct PageRequest {
  enum Page {
    case html(String)
    case path(String)
  }

  var page: Page
  var url: String?
  var encoding: String?

  struct Invalid: Error, CustomStringConvertible {
    let description: String
  }

  init(json: [UInt8]) throws {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(json))
    } catch {
      throw Invalid(description: "not JSON; send one object a line, {\"url\": …, \"html\": …} or {\"path\": …}")
    }
    guard let fields = object as? [String: Any] else {
      throw Invalid(description: "not a JSON object; send {\"url\": …, \"html\": …} or {\"path\": …}")
    }
    func string(_ key: String) throws -> String? {
      guard let value = fields[key], !(value is NSNull) else { return nil }
      guard let text = value as? String else { throw Invalid(description: "\"\(key)\" must be a string") }
      return text
    }
    url = try string("url")
    encoding = try string("encoding")
    if let url, URL(string: url)?.scheme == nil {
      throw Invalid(description: "\"url\" needs an absolute URL such as https://example.com/post, not '\(url)'")
    }
    switch (try string("html"), try string("path")) {
    case (let html?, nil): page = .html(html)
    case (nil, let path?): page = .path(path)
    case (.some, .some): throw Invalid(description: "give \"html\" or \"path\", not both")
    case (nil, nil): throw Invalid(description: "no \"html\" or \"path\"; send {\"url\": …, \"html\": …}")
    }
  }
}

/// Lines of a file or of standard input, each returned as soon as its newline arrives (a
/// program driving `extract` waits for each answer before it sends the next line).
final class LineReader {
  enum Line {
    case text([UInt8])
    /// A line longer than the limit, passed over without being held; its length.
    case tooLong(Int)
  }

  private let descriptor: Int32
  private let owned: Bool
  private let limit: Int
  private var buffer: [UInt8] = []
  private var position = 0
  private var ended = false

  static let chunk = 64 << 10

  init(path: String?, limit: Int) throws {
    if let path {
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
      owned = true
    } else {
      descriptor = 0
      owned = false
    }
    self.limit = limit
  }

  deinit {
    if owned { close(descriptor) }
  }

  /// The next line without its newline (and CR); nil at the end.
  func next() throws -> Line? {
    var scanned = position
    var skipped = 0
    while true {
      if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
        defer { compact(upTo: newline + 1) }
        if skipped > 0 { return .tooLong(skipped + newline - position) }
        var end = newline
        if end > position && buffer[end - 1] == 0x0D { end -= 1 }
        return .text(Array(buffer[position..<end]))
      }
      if buffer.count - position > limit {
        // Too long to keep: drop what is held, remember how much, find the newline.
        skipped += buffer.count - position
        compact(upTo: buffer.count)
      }
      scanned = buffer.count
      let more = ended ? false : try fill()
      if !more {
        ended = true
        if skipped > 0 {
          skipped += buffer.count - position
          compact(upTo: buffer.count)
          return .tooLong(skipped)
        }
        guard position < buffer.count else { return nil }
        let line = Array(buffer[position...])
        compact(upTo: buffer.count)
        return .text(line)
      }
    }
  }

  private func compact(upTo index: Int) {
    position = index
    if position == buffer.count {
      buffer.removeAll(keepingCapacity: buffer.count <= Self.chunk * 4)
      position = 0
    } else if position > Self.chunk {
      buffer.removeFirst(position)
      position = 0
    }
  }

  /// Reads what is available (blocking until something is); false at the end.
  private func fill() throws -> Bool {
    var chunk = [UInt8](repeating: 0, count: Self.chunk)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[..<count])
        return true
      }
      if count == 0 { return false }
      if errno == EINTR { continue }
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
  }
}
