/// Byte tests run before the title's Foundation searches: most separators and site names are
/// not in a given title, and a byte scan says so for a fraction of a search's cost.
extension TitleExtractor {
  /// Whether Foundation's search (which compares canonically equivalent characters as equal) may
  /// find `needle` in `text`: false only when the needle's bytes are not in the text and none of
  /// its characters has another canonically equivalent spelling. Of the separators only "·"
  /// has one (U+0387, the Greek ano teleia, decomposes to it), so a needle with it always may.
  static func mayFind(_ needle: String, in text: String) -> Bool {
    if ByteSearch.contains(needle, byte: 0xC2) && needle.unicodeScalars.contains(where: { $0.value == 0xB7 }) {
      return true
    }
    return ByteSearch.contains(text, bytes: Array(needle.utf8))
  }

  /// Whether a case-insensitive search of `needle` in `text` may find it: false only when both
  /// are ASCII (case folding then keeps ASCII ASCII) and no stretch of the text equals the
  /// needle with ASCII letters compared without case.
  static func mayFindIgnoringCase(_ needle: String, in text: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { text in
      needle.withUTF8 { needle in
        guard !needle.isEmpty, ByteSearch.isASCII(text), ByteSearch.isASCII(needle) else { return true }
        return ByteSearch.holdsIgnoringASCIICase(text, needle)
      }
    }
  }
}
