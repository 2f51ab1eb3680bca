import ExtractKit
import Foundation

/// The command's messages on standard error: one line each, `extract: WHERE: what`, with
/// what to do when the command has an option for it.
enum Messages {
  /// WHERE for a failure writing to standard output.
  static let standardOutput = "standard output"

  /// What to do about an error record's kind, when an option of the command helps.
  static let hints: [String: String] = [
    "too-large": "raise --max-input-bytes to read it",
    "too-complex": "raise --max-elements to read it",
    "unknown-encoding": "give --encoding a name such as utf-8 or windows-1252",
  ]

  /// An error record's message with its hint.
  static func withHint(_ message: String, kind: String) -> String {
    guard let hint = hints[kind] else { return message }
    return message + "; " + hint
  }

  /// A place inside a file (a WARC record's URL or id): "crawl.warc https://…", or the
  /// file alone when the record has neither.
  static func place(_ file: String, _ detail: String?) -> String {
    guard let detail, !detail.isEmpty else { return file }
    return file + " " + detail
  }

  /// A system error's reason, without Foundation's sentence around it.
  static func reason(_ error: Error) -> String {
    let error = error as NSError
    // On Linux the underlying error is stored as a Swift error, not an NSError.
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? Error {
      let posix = underlying as NSError
      if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
    }
    return error.localizedDescription
  }
}

extension Output {
  /// One record as an element of the JSON array `--format json` writes for several pages:
  /// without its newline, and indented one level when pretty. (JSON strings hold no raw
  /// newline, so every newline in the record is between tokens.)
  static func arrayElement(_ bytes: [UInt8], pretty: Bool) -> [UInt8] {
    var record = bytes
    if record.last == UInt8(ascii: "\n") { record.removeLast() }
    guard pretty else { return record }
    var indented: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: " ")]
    indented.reserveCapacity(record.count + record.count / 8)
    for byte in record {
      indented.append(byte)
      if byte == UInt8(ascii: "\n") { indented.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
    }
    return indented
  }
}
