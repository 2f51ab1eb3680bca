/// String clean-up every output string goes through: whitespace (including no-break and
/// other Unicode spaces) collapsed to one space and trimmed, zero-width characters and
/// soft hyphens removed. Hand-written over UTF-8 bytes: Foundation's regex and
/// `components(separatedBy:)` cost far more on the hot path, and so does appending
/// to a `String.UnicodeScalarView` scalar by scalar.
enum Text {
  /// "’" written as "'", so one pattern matches both ("Auteur de l’article"). Most texts have
  /// no such byte sequence (E2 80 99) and are returned as they are, without Foundation's search
  /// (no other character is canonically equivalent to U+2019). Testing for its first byte alone
  /// sent every text with a dash or a curly double quote to Foundation.
  static func straightApostrophes(_ text: String) -> String {
    guard ByteSearch.contains(text, bytes: rightSingleQuote) else { return text }
    // Replaced byte by byte when each "’" stands alone, followed by ASCII or the end (no combining
    // mark can join it): Foundation's replacement cost some 60,000 instructions a call.
    var text = text
    let replaced: String? = text.withUTF8 { bytes in
      let count = bytes.count
      var index = 0
      while index + 2 < count {
        if bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
          guard index + 3 == count || bytes[index + 3] < 0x80 else { return nil }
          index += 3
        } else {
          index += 1
        }
      }
      return String(unsafeUninitializedCapacity: count) { output in
        var written = 0
        var index = 0
        while index < count {
          if index + 2 < count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
            output[written] = UInt8(ascii: "'")
            index += 3
          } else {
            output[written] = bytes[index]
            index += 1
          }
          written += 1
        }
        return written
      }
    }
    return replaced ?? text.replacingOccurrences(of: "’", with: "'")
  }
  private static let rightSingleQuote: [UInt8] = [0xE2, 0x80, 0x99]

  /// Where a `<br>` was, in text collected for a paragraph, quote, list item or table cell:
  /// `cleanLines` turns it into one "\n", `clean` into a space. A control character (U+001E,
  /// record separator) that `clean` dropped anyway, so no visible text is ever mistaken for it.
  static let lineBreak = "\u{1E}"
  private static let lineBreakByte: UInt8 = 0x1E

  static func clean(_ text: String) -> String { cleaned(text, breaks: false) }

  /// `clean` keeping the page's line breaks: each `lineBreak` mark becomes one "\n" (a run of
  /// them, with the whitespace around, one), none at the start or the end, lines trimmed.
  static func cleanLines(_ text: String) -> String { cleaned(text, breaks: true) }

  /// A text already clean (most texts cleaned again, and many short ones the page wrote plainly)
  /// is returned as it is: a new String cost an allocation and a UTF-8 validation of its bytes.
  /// Otherwise its clean opening is copied and the rest cleaned after it.
  private static func cleaned(_ text: String, breaks: Bool) -> String {
    var text = text
    let result: String? = text.withUTF8 { input in
      let opening = cleanOpening(input)
      guard opening < input.count else { return nil }
      return String(unsafeUninitializedCapacity: input.count) { output in
        if opening > 0, let source = input.baseAddress, let target = output.baseAddress {
          target.update(from: source, count: opening)
        }
        return clean(input, into: output, breaks: breaks, from: opening)
      }
    }
    return result ?? text
  }

  /// How many bytes open the text that `clean` would copy as they are, ending after a visible
  /// character (or 0): visible characters with single spaces between them. The whole count
  /// when the text is already clean.
  private static func cleanOpening(_ input: UnsafeBufferPointer<UInt8>) -> Int {
    var index = 0
    var opening = 0
    let count = input.count
    while index < count {
      let byte = input[index]
      if byte &- 0x21 < 0x5E {
        index += 1
        opening = index
        continue
      }
      if byte == 0x20 {
        // One space after a visible character; a second one, or one at the start, is cleaned.
        guard opening == index, index > 0 else { break }
        index += 1
        continue
      }
      if byte < 0x80 { break }  // other whitespace, controls, the line break mark
      let (kind, length) = scalarKind(input, at: index)
      guard kind == .visible else { break }
      index += length
      opening = index
    }
    return opening
  }

  /// `cleanLines`, then nil for an empty result.
  static func nonEmptyLines(_ text: String) -> String? {
    let cleaned = cleanLines(text)
    return cleaned.isEmpty ? nil : cleaned
  }

  /// A `<pre>` block's text as the page shows it: line breaks, indentation and tabs kept,
  /// "\r\n" and "\r" read as "\n", no-break spaces as spaces (code indented with `&nbsp;`),
  /// zero-width characters, soft hyphens and other controls removed; leading blank lines and
  /// the trailing newline (with any whitespace after the last visible character) dropped.
  static func code(_ text: String) -> String {
    // Over the UTF-8 bytes, each scalar decoded in place and written as bytes: appending
    // scalars one by one to a String cost several times more. No scalar grows: the output
    // fits in the input's length.
    var input = text
    var result = input.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { output in
        var written = 0
        var index = 0
        var previousCR = false
        while index < bytes.count {
          let lead = bytes[index]
          let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          var value = UInt32(lead)
          switch length {
          case 2: value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
          case 3:
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
          case 4:
            value =
              UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
              | UInt32(bytes[index + 3] & 0x3F)
          default: break
          }
          switch value {
          case 0x0D:
            output[written] = 0x0A
            written += 1
          case 0x0A:
            if !previousCR {
              output[written] = 0x0A
              written += 1
            }
          case 0x09:
            output[written] = 0x09
            written += 1
          case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            output[written] = 0x20
            written += 1
          case 0...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: break
          default:
            for offset in 0..<length { output[written + offset] = bytes[index + offset] }
            written += length
          }
          previousCR = value == 0x0D
          index += length
        }
        return written
      }
    }
    while let last = result.last, last.isWhitespace { result.removeLast() }
    // Leading blank lines (the newline after `<pre>` that parsers keep, an empty first line).
    while let newline = result.firstIndex(of: "\n"), result[..<newline].allSatisfy(\.isWhitespace) {
      result.removeSubrange(...newline)
    }
    return result
  }

  /// The bytes of `clean`: one pass over valid UTF-8, writing at most as many bytes as it
  /// reads. Only the lead bytes C2, E1, E2, E3 and EF can start one of the special scalars;
  /// every other sequence is copied as it is.
  /// `from`: the length of the clean opening (`cleanOpening`), already in `output`.
  private static func clean(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, breaks: Bool, from: Int = 0
  ) -> Int {
    var written = from
    var pendingSpace = false
    var pendingBreak = false
    var index = from
    let count = input.count
    // The separator owed before the next visible byte: a line break wins over a space.
    @inline(__always) func writePending() {
      if pendingBreak {
        output[written] = 0x0A
        written += 1
      } else if pendingSpace {
        output[written] = 0x20
        written += 1
      }
      pendingBreak = false
      pendingSpace = false
    }
    while index < count {
      let byte = input[index]
      if byte &- 0x21 < 0x5E {
        // A run of printable ASCII (most of any text) is copied as it is, after the pending space.
        writePending()
        repeat {
          output[written] = input[index]
          written += 1
          index += 1
        } while index < count && input[index] &- 0x21 < 0x5E
        continue
      }
      if byte < 0x80 {
        index += 1
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          pendingSpace = written > 0
          // The rest of the run (a page's indentation between tags) in a loop of its own.
          while index < count && (input[index] == 0x20 || input[index] &- 0x09 < 5) { index += 1 }
          continue
        }
        if byte == lineBreakByte {
          if breaks { pendingBreak = written > 0 } else { pendingSpace = written > 0 }
          continue
        }
        if byte < 0x20 || byte == 0x7F { continue }  // controls
        writePending()
        output[written] = byte
        written += 1
        continue
      }
      let (kind, length) = scalarKind(input, at: index)
      switch kind {
      case .invisible:
        break  // zero-width, soft hyphen, controls: invisible, and they split words for search
      case .space:
        pendingSpace = written > 0
      case .visible:
        writePending()
        for offset in 0..<length { output[written + offset] = input[index + offset] }
        written += length
      }
      index += length
    }
    return written
  }

  /// What the non-ASCII scalar at `index` is to `clean`, and its length in bytes. Only the lead
  /// bytes C2, E1, E2, E3 and EF can start one of the special scalars.
  @inline(__always)
  private static func scalarKind(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> (ScalarKind, Int) {
    let byte = input[index]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    var kind = ScalarKind.visible
    switch byte {
    case 0xC2:
      let second = input[index + 1]
      if second == 0x85 || second == 0xA0 {
        kind = .space
      } else if second == 0xAD {
        kind = .invisible  // soft hyphen
      } else if second < 0xA0 {
        kind = .invisible  // C1 controls
      }
    case 0xE1:
      if input[index + 1] == 0x9A && input[index + 2] == 0x80 { kind = .space }  // U+1680
    case 0xE2:
      let second = input[index + 1]
      let third = input[index + 2]
      if second == 0x80 {
        switch third {
        case 0x80...0x8A, 0xA8, 0xA9, 0xAF: kind = .space  // U+2000–200A, 2028, 2029, 202F
        case 0x8B...0x8D: kind = .invisible  // U+200B–200D
        default: break
        }
      } else if second == 0x81 {
        if third == 0x9F { kind = .space }  // U+205F
        if third == 0xA0 { kind = .invisible }  // U+2060
      }
    case 0xE3:
      if input[index + 1] == 0x80 && input[index + 2] == 0x80 { kind = .space }  // U+3000
    case 0xEF:
      if input[index + 1] == 0xBB && input[index + 2] == 0xBF { kind = .invisible }  // U+FEFF
    default:
      break
    }
    return (kind, length)
  }

  private enum ScalarKind { case visible, space, invisible }

  /// `clean`, then nil for an empty result.
  static func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    let cleaned = clean(text)
    return cleaned.isEmpty ? nil : cleaned
  }

  /// The text of a metadata value that holds markup (a CMS writing the author's profile link into
  /// JSON-LD: `<a href="/experts/jane-doe">Jane Doe</a>`): tags removed, entities decoded.
  static func withoutMarkup(_ text: String) -> String {
    guard text.contains("<"), text.contains(">") else { return text }
    var output = ""
    var inTag = false
    for character in text {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
        output.append(" ")
      } else if !inTag {
        output.append(character)
      }
    }
    return clean(decodeEntities(output))
  }

  /// Decodes the HTML entities that leak into JSON-LD and meta values ("Tom &amp; Jerry").
  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var output = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
        output.append(character)
        index = text.index(after: index)
        continue
      }
      let name = text[text.index(after: index)..<semicolon]
      if let decoded = entity(String(name)) {
        output.unicodeScalars.append(decoded)
        index = text.index(after: semicolon)
      } else {
        output.append(character)
        index = text.index(after: index)
      }
    }
    return output
  }

  private static let namedEntities: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ndash": 0x2013,
    "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026,
    "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "eacute": 0xE9, "egrave": 0xE8, "uuml": 0xFC, "ouml": 0xF6,
    "auml": 0xE4, "szlig": 0xDF, "ccedil": 0xE7, "aacute": 0xE1, "iacute": 0xED, "oacute": 0xF3, "uacute": 0xFA,
    "ntilde": 0xF1,
  ]

  private static func entity(_ name: String) -> Unicode.Scalar? {
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap(validEntity)
    }
    if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).flatMap(validEntity) }
    return namedEntities[name].flatMap(Unicode.Scalar.init)
  }

  private static func validEntity(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    scalar.value == 0 ? nil : scalar
  }

  /// `text.lowercased().hasPrefix(prefix)` for a lower-case ASCII `prefix`, reading only the
  /// first bytes of an ASCII start instead of lower-casing a whole paragraph. An ASCII byte
  /// after the prefix ends its last Character; any other start takes the general path.
  static func lowercasedHasPrefix<S: StringProtocol>(_ text: S, _ prefix: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    for expected in prefix.utf8 {
      guard let byte = bytes.next(), byte < 0x80 else { return lowercasedHead(text, prefix) }
      if ByteSearch.lower(byte) != expected { return false }
    }
    guard let next = bytes.next() else { return true }
    return next < 0x80 ? true : lowercasedHead(text, prefix)
  }

  /// `text.lowercased().hasPrefix(prefix)` reading only the head of `text`: lower-casing maps
  /// character by character, so one character more than the prefix decides it, and a long
  /// paragraph that opens with a curly quote is not lower-cased whole.
  private static func lowercasedHead<S: StringProtocol>(_ text: S, _ prefix: String) -> Bool {
    String(text.prefix(prefix.count + 1)).lowercased().hasPrefix(prefix)
  }

  /// `text.hasPrefix(prefix)`, decided on the bytes where they decide it: equal bytes followed
  /// by an ASCII byte (a Character of its own after anything but "\r") are a prefix; a first
  /// difference between two ASCII bytes is none (an ASCII character is canonically equivalent
  /// only to itself). Anything else takes `hasPrefix`, whose Character by Character comparison
  /// of a text outside ASCII cost some 650 instructions a call, for each phrase of a list.
  static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    var last: UInt8 = 0
    for expected in prefix.utf8 {
      // A text that ends within the prefix's bytes holds fewer scalars than the prefix: no match.
      guard let byte = bytes.next() else { return false }
      if byte != expected { return byte < 0x80 && expected < 0x80 ? false : text.hasPrefix(prefix) }
      last = byte
    }
    guard let next = bytes.next() else { return true }
    return next < 0x80 && last != 0x0D ? true : text.hasPrefix(prefix)
  }

  /// `text.split(separator: "\n").map(String.init)`, cut at the line feed bytes: a line feed is
  /// a Character of its own unless a carriage return precedes it ("\r\n" is one Character, which
  /// the Character split does not cut), so a text holding one takes the Character split.
  /// Iterating the Characters of every paragraph with a line break was most of the steps' scan.
  static func lines(_ text: String) -> [String] {
    guard !ByteSearch.contains(text, byte: 0x0D) else { return text.split(separator: "\n").map(String.init) }
    return text.utf8.split(separator: 0x0A).map { String(text[$0.startIndex..<$0.endIndex]) }
  }

  /// How many times `byte` (an ASCII byte) occurs in `text`: a loop over its contiguous bytes,
  /// several times cheaper than `reduce` over the UTF-8 view (run for every text node scored).
  static func count(_ byte: UInt8, in text: String) -> Int {
    let counted = text.utf8.withContiguousStorageIfAvailable { bytes in
      var count = 0
      for value in bytes where value == byte { count += 1 }
      return count
    }
    return counted ?? text.utf8.reduce(0) { $0 + ($1 == byte ? 1 : 0) }
  }

  /// The index of the first ":" character, found over the bytes (a colon is one ASCII byte);
  /// a colon that a combining mark joins into another character is passed over, as the
  /// Character search passes it over.
  static func firstColon(_ text: String) -> String.Index? {
    var start = text.startIndex
    while let index = text.utf8[start...].firstIndex(of: UInt8(ascii: ":")) {
      if text[index] == ":" { return index }
      start = text.utf8.index(after: index)
    }
    return nil
  }

  /// Lower-cased words of a string, for comparisons that ignore punctuation and case.
  static func words(_ text: String) -> [Substring] {
    // ASCII text over its bytes: the same words, without a Character walk per letter.
    if let ascii = asciiWords(text, limit: Int.max) { return ascii }
    if let words = tableWords(text, limit: Int.max) { return words }
    return text.lowercased().split { !$0.isLetterOrNumber }
  }

  /// The first `limit` of `words(text)`, without splitting the rest of a long text.
  static func words(_ text: String, limit: Int) -> [Substring] {
    if let ascii = asciiWords(text, limit: limit) { return ascii }
    if let words = tableWords(text, limit: limit) { return words }
    let lowered = text.lowercased()
    var words: [Substring] = []
    var start: String.Index?
    var index = lowered.startIndex
    while index < lowered.endIndex {
      let character = lowered[index]
      if character.isLetter || character.isNumber {
        if start == nil { start = index }
      } else if let first = start {
        words.append(lowered[first..<index])
        start = nil
        if words.count == limit { return words }
      }
      index = lowered.index(after: index)
    }
    if let first = start, words.count < limit { words.append(lowered[first...]) }
    return words
  }

  /// The words at `ranges` of the lower-cased bytes, as substrings of one String: the byte paths
  /// of `words` build the text once and slice it.
  static func substrings(of lowered: [UInt8], at ranges: [Range<Int>]) -> [Substring] {
    let string = String(decoding: lowered, as: UTF8.self)
    let utf8 = string.utf8
    return ranges.map { range in
      string[
        utf8.index(
          utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }
  }

  /// `words(text, limit:)` over bytes while the text read is ASCII (letters and digits are
  /// then A–Z, a–z, 0–9, and every other byte ends a word); nil at the first other byte.
  private static func asciiWords(_ text: String, limit: Int) -> [Substring]? {
    var lowered: [UInt8] = []
    var ranges: [Range<Int>] = []
    var start = -1
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      let lower = ByteSearch.lower(byte)
      if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
        if start < 0 { start = lowered.count }
      } else if start >= 0 {
        ranges.append(start..<lowered.count)
        start = -1
        if ranges.count == limit { break }
      }
      lowered.append(lower)
    }
    if start >= 0 && ranges.count < limit { ranges.append(start..<lowered.count) }
    return substrings(of: lowered, at: ranges)
  }

  /// Word-bag similarity (F1 of shared words), 0…1.
  static func similarity(_ a: String, _ b: String) -> Double { similarity(a, toWords: words(b)) }

  /// `similarity(a, b)` given `words(b)`: for a caller that weighs many strings against one.
  static func similarity(_ a: String, toWords right: [Substring]) -> Double {
    let left = words(a)
    guard !left.isEmpty, !right.isEmpty else { return 0 }
    var counts: [Substring: Int] = [:]
    for word in left { counts[word, default: 0] += 1 }
    var shared = 0
    for word in right where counts[word, default: 0] > 0 {
      counts[word]! -= 1
      shared += 1
    }
    let precision = Double(shared) / Double(right.count)
    let recall = Double(shared) / Double(left.count)
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}
