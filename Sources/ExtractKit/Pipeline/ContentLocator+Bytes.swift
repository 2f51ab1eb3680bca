/// Byte tests the content locator asks of every element, read in place: a String made and
/// lower-cased per element for a test that nearly always fails cost more than the rest of it.
extension Node {
  /// Whether the element's `name` attribute (its first) opens with `byte`, an ASCII symbol, as
  /// `attribute(name)?.hasPrefix(String(byte))` answers: no other character is written as or
  /// canonically equivalent to an ASCII symbol, and one ASCII byte after it starts a new
  /// character. Before a byte of another script (a combining mark may join the symbol), the
  /// String answers.
  func attribute(opensWith name: String, _ byte: UInt8) -> Bool {
    guard let value = attributeBytes(name), value.first == byte else { return false }
    if value.count > 1 && value[1] >= 0x80 {
      return String(decoding: value, as: UTF8.self).hasPrefix(String(decoding: [byte], as: UTF8.self))
    }
    return true
  }

  /// Whether the element's `name` attribute (its first) lower-cased opens with `prefix`, ASCII,
  /// lower-case and free of "k", as `attribute(name)?.lowercased().hasPrefix(prefix)` answers
  /// (see `attribute(_:lowerCasesTo:)`); before a byte of another script the String answers.
  func attribute(_ name: String, lowerCasedOpensWith prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    let target = UnsafeBufferPointer(start: prefix.utf8Start, count: count)
    assert(Self.isFoldable(target), "a prefix must be ASCII, lower-case and free of \"k\"")
    guard let value = attributeBytes(name), value.count >= count else { return false }
    for index in 0..<count where ByteSearch.lower(value[index]) != target[index] { return false }
    if value.count > count && value[count] >= 0x80 {
      return String(decoding: value, as: UTF8.self).lowercased().hasPrefix(
        String(decoding: target, as: UTF8.self))
    }
    return true
  }

  /// Whether the element's `name` attribute (its first) lower-cases to `lowered`, an ASCII
  /// lower-case word with no "k": compared by bytes, ASCII letters folded. No other character
  /// lower-cases to an ASCII letter but the Kelvin sign (to "k"), and no other text is
  /// canonically equivalent to an ASCII word, so this answers as
  /// `attribute(name)?.lowercased() == lowered` does.
  func attribute(_ name: String, lowerCasesTo lowered: StaticString) -> Bool {
    let target = UnsafeBufferPointer(start: lowered.utf8Start, count: lowered.utf8CodeUnitCount)
    assert(Self.isFoldable(target), "a word must be ASCII, lower-case and free of \"k\"")
    guard let value = attributeBytes(name), value.count == target.count else { return false }
    for index in 0..<value.count where ByteSearch.lower(value[index]) != target[index] { return false }
    return true
  }

  /// Whether bytes compare safely with ASCII folding: ASCII, no upper-case letter, no "k" (the
  /// Kelvin sign lower-cases to it). Checked in debug builds only: the callers pass literals.
  static func isFoldable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) && $0 != UInt8(ascii: "k") }
  }
}

/// ASCII words, lower-case and free of "k" (see `Node.attribute(_:lowerCasesTo:)`), as bytes
/// grouped for a test by an attribute's bytes.
struct LowerCaseWords {
  private let words: [[UInt8]]

  init(_ words: Set<String>) {
    precondition(words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "k") } })
    self.words = words.map { Array($0.utf8) }
  }

  /// Whether `value` lower-cases to one of the words: byte by byte, ASCII letters folded, as
  /// `words.contains(String(decoding: value, as: UTF8.self).lowercased())` answers.
  func contains(lowerCasing value: UnsafeBufferPointer<UInt8>) -> Bool {
    words.contains { word in
      guard word.count == value.count else { return false }
      for index in 0..<word.count where ByteSearch.lower(value[index]) != word[index] { return false }
      return true
    }
  }
}
