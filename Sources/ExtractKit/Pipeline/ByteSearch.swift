import Foundation

/// Substring and byte tests over a String's UTF-8 bytes in place. Foundation's
/// `contains(_:)` goes through `NSString` (the text copied out as UTF-16, then searched): for
/// the short tests asked of many texts it cost more than the work around them.
extension String {
  /// Whether `other` occurs in the string, as Foundation's `contains` answers it. When both are
  /// ASCII a byte search gives the same answer (no ASCII character combines with another or is
  /// written another way), and so it does for ASCII `other` in most other text
  /// (`ByteSearch.mixedOffset`); the rest, and an empty `other`, still goes to Foundation, which
  /// compares canonically equivalent characters as equal.
  func contains(_ other: String) -> Bool {
    switch ByteSearch.asciiOffset(of: other, in: self) {
    case .found: return true
    case .absent: return false
    case .notASCII: return foundationRange(self, of: other) != nil
    }
  }

  /// `contains(_: String)` for a piece of another string ("…/photo.jpg?w=800" split at "/").
  func contains(_ other: Substring) -> Bool { contains(String(other)) }

  /// The first range of `other` in the string, as Foundation's `range(of:)` without options
  /// finds it: by bytes where `contains` searches bytes, else by Foundation.
  func range(of other: String) -> Range<String.Index>? {
    switch ByteSearch.asciiOffset(of: other, in: self) {
    case .found(let offset):
      let start = utf8.index(startIndex, offsetBy: offset)
      return start..<utf8.index(start, offsetBy: other.utf8.count)
    case .absent: return nil
    case .notASCII: return foundationRange(self, of: other)
    }
  }
}

extension String {
  /// The first range of `other` from `start` on, as Foundation's `range(of:options:range:)`
  /// finds it in `start..<endIndex`. By bytes as `range(of:)` searches them when `start` opens
  /// the text or follows an ASCII byte (so that it starts a character); else by Foundation.
  func range(of other: String, from start: String.Index) -> Range<String.Index>? {
    var text = self
    var needle = other
    let offset = text.utf8.distance(from: text.startIndex, to: start)
    let answer = text.withUTF8 { bytes in
      guard offset == 0 || (offset < bytes.count && bytes[offset - 1] < 0x80) else { return ByteSearch.Answer.notASCII }
      return needle.withUTF8 { ByteSearch.asciiOffset(of: $0, in: UnsafeBufferPointer(rebasing: bytes[offset...])) }
    }
    switch answer {
    case .found(let found):
      let lower = utf8.index(startIndex, offsetBy: offset + found)
      return lower..<utf8.index(lower, offsetBy: other.utf8.count)
    case .absent: return nil
    case .notASCII: return self.range(of: other, options: [], range: start..<endIndex)
    }
  }
}

/// Foundation's own search (options given, so not the methods above), which they defer to
/// outside ASCII.
private func foundationRange(_ text: String, of other: String) -> Range<String.Index>? {
  text.range(of: other, options: [])
}

enum ByteSearch {
  /// An ASCII capital letter's lower-case byte; every other byte as it is (UTF-8's multi-byte
  /// sequences never hold bytes in A–Z, so folding byte by byte is safe).
  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  enum Answer {
    case found(Int)
    case absent
    /// One of the two is not ASCII (or the pattern is empty): Foundation must answer.
    case notASCII
  }

  /// The byte offset of `pattern`'s first occurrence in `text` when both are ASCII.
  static func asciiOffset(of pattern: String, in text: String) -> Answer {
    var haystack = text
    var needle = pattern
    return haystack.withUTF8 { text in needle.withUTF8 { asciiOffset(of: $0, in: text) } }
  }

  /// `asciiOffset` over UTF-8 bytes.
  static func asciiOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Answer {
    guard !pattern.isEmpty, let textBase = text.baseAddress, let patternBase = pattern.baseAddress else {
      return .notASCII
    }
    // A separator such as "•" or " – " asked of an ASCII text: Foundation finds a match only
    // when the two are canonically equivalent, and an ASCII text is equivalent only to ASCII
    // and the three characters that decompose to it (`ASCIIDecomposing`).
    guard isASCII(pattern) else {
      if isASCII(text) { return ASCIIDecomposing.allASCII(pattern) ? .notASCII : .absent }
      return plainOffset(of: pattern, in: text)
    }
    // Marks and decomposing characters only lengthen a text's bytes.
    if pattern.count > text.count { return .absent }
    guard isASCII(text) else { return mixedOffset(of: pattern, in: text) }
    return find(patternBase, pattern.count, in: textBase, text.count).map(Answer.found) ?? .absent
  }

  /// `asciiOffset` for an ASCII pattern in a text that holds other characters too. Foundation
  /// matches where the bytes match, unless the match's last character goes on with a combining
  /// mark ("e" is not in "e\u{301}"), and where one of `ASCIIDecomposing` stands for its ASCII
  /// character. So a byte match followed by ASCII, by nothing or by a `startsCharacter` scalar
  /// is Foundation's first match, no byte match means none, and anything else (a mark after the
  /// match, a decomposing character in the text) goes to Foundation.
  static func mixedOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Answer {
    guard let patternBase = pattern.baseAddress, let textBase = text.baseAddress else { return .notASCII }
    if ASCIIDecomposing.occurs(in: text) { return .notASCII }
    guard let offset = find(patternBase, pattern.count, in: textBase, text.count) else { return .absent }
    let end = offset + pattern.count
    if end == text.count || text[end] < 0x80 { return .found(offset) }
    var iterator = text[end...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let next) = decoder.decode(&iterator), startsCharacter(next.value) else {
      return .notASCII
    }
    return .found(offset)
  }

  /// `asciiOffset` for a pattern and a text that both hold characters outside ASCII ("•" or
  /// " – " in a byline, "publicité" in a heading). When neither holds a scalar that is not
  /// `isPlain`, every character is one scalar, equivalent to no other plain scalar or sequence,
  /// so Foundation matches exactly where the bytes do; else Foundation answers.
  static func plainOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Answer {
    guard let patternBase = pattern.baseAddress, let textBase = text.baseAddress, isPlain(pattern), isPlain(text)
    else { return .notASCII }
    if pattern.count > text.count { return .absent }
    return find(patternBase, pattern.count, in: textBase, text.count).map(Answer.found) ?? .absent
  }

  /// Whether every scalar of the UTF-8 bytes is ASCII or `startsCharacter` and none is the
  /// canonical twin of another (GREEK TONOS forms of Greek Extended, OHM SIGN, KELVIN SIGN,
  /// ANGSTROM SIGN, the angle brackets U+2329/U+232A, GREEK QUESTION MARK and ANO TELEIA, which
  /// Foundation finds as the letter or sign they decompose to).
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        let value = scalar.value
        if value < 0x80 { continue }
        guard startsCharacter(value) else { return false }
        switch value {
        case 0x0374, 0x037E, 0x0387, 0x1F71...0x1F7D, 0x1FBB...0x1FFD, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A:
          return false
        default: continue
        }
      case .emptyInput: return true
      case .error: return false
      }
    }
  }

  /// Whether a scalar outside ASCII always starts a character of its own in Foundation's
  /// search, whatever stands before it: the letters, punctuation and symbols web text is made
  /// of. A range here holds no combining mark, variation selector, emoji modifier or joiner
  /// (ByteSearchTests checks every scalar of them against Foundation); a scalar outside them
  /// is left to Foundation.
  @inline(__always) static func startsCharacter(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x00A0...0x02FF,  // Latin-1 letters and signs, Latin Extended-A and -B, IPA, modifier letters
      0x0370...0x0482, 0x048A...0x058F,  // Greek, Cyrillic, Armenian
      0x05D0...0x05FF, 0x0620...0x064A,  // Hebrew and Arabic letters
      0x1E00...0x1FFF,  // Latin Extended Additional, Greek Extended
      0x2010...0x205E,  // dashes, quotation marks, bullets, ellipsis, primes
      0x2070...0x20CF,  // superscripts, subscripts, currency signs
      0x2100...0x2BFF,  // letter-like signs, number forms, arrows, mathematical and other symbols
      0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF,  // CJK punctuation, kana, ideographs
      0xAC00...0xD7A3,  // Hangul syllables
      0xFF01...0xFF9D,  // full-width and half-width forms
      0x1F000...0x1F3FA, 0x1F400...0x1FAFF:  // emoji and pictographs, not their skin-tone modifiers
      return true
    default: return false
    }
  }

  /// The characters outside ASCII whose canonical decomposition is ASCII (Unicode 14; decompositions are stable): no
  /// other character, nor a string holding one, can be canonically equivalent to ASCII text.
  enum ASCIIDecomposing {
    /// GREEK QUESTION MARK (";"), GREEK VARIA ("`"), KELVIN SIGN ("K").
    static let scalars: Set<UInt32> = [0x037E, 0x1FEF, 0x212A]

    /// Whether the UTF-8 bytes hold one of `scalars` (CD BE, E1 BF AF, E2 84 AA), read byte by
    /// byte: no table per search.
    static func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
      let count = text.count
      for index in 0..<count where text[index] >= 0xCD {
        switch text[index] {
        case 0xCD: if index + 1 < count, text[index + 1] == 0xBE { return true }
        case 0xE1: if index + 2 < count, text[index + 1] == 0xBF, text[index + 2] == 0xAF { return true }
        case 0xE2: if index + 2 < count, text[index + 1] == 0x84, text[index + 2] == 0xAA { return true }
        default: break
        }
      }
      return false
    }

    /// Whether every character of the UTF-8 bytes decomposes to ASCII.
    static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      while case .scalarValue(let scalar) = decoder.decode(&iterator) {
        if scalar.value >= 0x80 && !scalars.contains(scalar.value) { return false }
      }
      return true
    }
  }

  /// Whether every byte is below 0x80: eight bytes at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    while index + 8 <= count {
      if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      index += 8
    }
    while index < count {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  /// Where the `patternCount` bytes at `pattern` first occur in the `textCount` bytes at
  /// `text`: `memchr` to each candidate first byte, then `memcmp` of the rest.
  static func find(
    _ pattern: UnsafePointer<UInt8>, _ patternCount: Int, in text: UnsafePointer<UInt8>, _ textCount: Int
  ) -> Int? {
    let first = Int32(pattern.pointee)
    let last = textCount - patternCount  // the last offset a match can start at
    var start = 0
    while start <= last {
      guard let found = memchr(text + start, first, last - start + 1) else { return nil }
      let offset = text.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if patternCount == 1 || memcmp(text + offset + 1, pattern + 1, patternCount - 1) == 0 { return offset }
      start = offset + 1
    }
    return nil
  }

  /// Whether `text` holds the bytes of `pattern` (an empty pattern is held).
  static func holds(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let patternBase = pattern.baseAddress, !pattern.isEmpty else { return true }
    guard let textBase = text.baseAddress, pattern.count <= text.count else { return false }
    return find(patternBase, pattern.count, in: textBase, text.count) != nil
  }

  /// `holds` of a pattern kept as an array (a table's word).
  static func holds(_ text: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    pattern.withUnsafeBufferPointer { holds(text, $0) }
  }

  /// Whether `text` holds `pattern` with ASCII letters compared without case, every other byte
  /// as it is (an empty pattern is held). For ASCII text this is a case-insensitive search; a
  /// letter outside ASCII is not folded.
  static func holdsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard let first = pattern.first else { return true }
    guard pattern.count <= text.count else { return false }
    let lowerFirst = lower(first)
    // Setting bit 0x20 lower-cases an ASCII capital, and only a letter's byte becomes a letter.
    let letter = lowerFirst >= 0x61 && lowerFirst <= 0x7A
    for start in 0...(text.count - pattern.count) {
      let byte = text[start]
      guard letter ? byte | 0x20 == lowerFirst : byte == first else { continue }
      var index = 1
      while index < pattern.count && lower(text[start + index]) == lower(pattern[index]) { index += 1 }
      if index == pattern.count { return true }
    }
    return false
  }

  /// `holdsIgnoringASCIICase` of a pattern kept as an array (a table's word).
  static func holdsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    pattern.withUnsafeBufferPointer { holdsIgnoringASCIICase(text, $0) }
  }

  /// Whether `text` and `pattern` are the same bytes with ASCII letters compared without case.
  static func equalsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard text.count == pattern.count else { return false }
    for index in 0..<pattern.count where lower(text[index]) != lower(pattern[index]) { return false }
    return true
  }

  /// Whether the text's UTF-8 holds the byte sequence `pattern` (not empty).
  static func contains(_ text: String, bytes pattern: [UInt8]) -> Bool {
    var text = text
    return text.withUTF8 { text in
      pattern.withUnsafeBufferPointer { pattern in
        guard let textBase = text.baseAddress, let patternBase = pattern.baseAddress, pattern.count <= text.count
        else { return false }
        return find(patternBase, pattern.count, in: textBase, text.count) != nil
      }
    }
  }

  /// Whether the text's UTF-8 holds `byte`: `memchr` over the contiguous bytes, where walking
  /// `String.UTF8View` byte by byte cost several times more.
  static func contains(_ text: String, byte: UInt8) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    }
    return found ?? text.utf8.contains(byte)
  }
}
