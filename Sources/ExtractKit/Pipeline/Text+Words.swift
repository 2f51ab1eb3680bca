/// `Text.words` over the scalars of text in the Latin, Greek and Cyrillic letters and the
/// general punctuation, where each scalar is a character of its own: splitting by Character
/// and lower-casing through the whole String's scalars cost most of the lead and title tests
/// on pages in other languages than English.
extension Text {
  /// Per scalar value below `WordScalars.limit` (and in the general punctuation, offset): its
  /// lower-case scalar and whether that is a letter or a number, from the standard library's
  /// own answers; 0 where the scalar is not one handled here.
  enum WordScalars {
    static let limit: UInt32 = 0x530
    static let punctuation: ClosedRange<UInt32> = 0x2000...0x206F
    /// Bit 31: a letter or number. Low bits: the lower-case scalar's value. Written out
    /// (`Text.wordScalarEntries`): deriving it cost each process 2.9 M instructions at start-up.
    static let table = Text.wordScalarEntries

    /// The table derived from the standard library's answers (a test checks it equals `table`).
    static func derived() -> [UInt32] {
      var table = [UInt32](repeating: 0, count: Int(limit) + punctuation.count)
      func handled(_ value: UInt32) -> Bool {
        // Combining marks (U+0300–U+036F, the Cyrillic U+0483–U+0489) join the character before
        // them; the zero-width joiners join their neighbours.
        guard value < limit || punctuation.contains(value), value != 0x200C, value != 0x200D,
          let scalar = Unicode.Scalar(value)
        else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
      }
      for value in Array(0..<limit) + Array(punctuation) where handled(value) {
        let lowered = Unicode.Scalar(value)!.properties.lowercaseMapping.unicodeScalars
        guard lowered.count == 1, let scalar = lowered.first, handled(scalar.value) else { continue }
        let character = Character(scalar)
        let isWord: UInt32 = character.isLetter || character.isNumber ? 1 << 31 : 0
        table[slot(value)!] = scalar.value | isWord
      }
      return table
    }

    @inline(__always) static func slot(_ value: UInt32) -> Int? {
      if value < limit { return Int(value) }
      if punctuation.contains(value) { return Int(limit + value - punctuation.lowerBound) }
      return nil
    }
  }

  /// `words(text, limit:)` when every scalar of the text is in `WordScalars`' table (each then
  /// a character of its own, a carriage return before a line feed aside, both no word's);
  /// nil at the first other scalar.
  static func tableWords(_ text: String, limit: Int) -> [Substring]? {
    let table = WordScalars.table
    var lowered: [UInt8] = []
    lowered.reserveCapacity(text.utf8.count)
    var ranges: [Range<Int>] = []
    var start = -1
    for scalar in text.unicodeScalars {
      guard let slot = WordScalars.slot(scalar.value) else { return nil }
      let entry = table[slot]
      guard entry != 0 else { return nil }
      if entry & (1 << 31) != 0 {
        if start < 0 { start = lowered.count }
      } else if start >= 0 {
        ranges.append(start..<lowered.count)
        start = -1
        if ranges.count == limit { break }
      }
      // The lower-case scalar's UTF-8 bytes (every one in the table is below U+10000).
      let value = entry & 0x1F_FFFF
      if value < 0x80 {
        lowered.append(UInt8(value))
      } else if value < 0x800 {
        lowered.append(UInt8(0xC0 | value >> 6))
        lowered.append(UInt8(0x80 | value & 0x3F))
      } else {
        lowered.append(UInt8(0xE0 | value >> 12))
        lowered.append(UInt8(0x80 | (value >> 6) & 0x3F))
        lowered.append(UInt8(0x80 | value & 0x3F))
      }
    }
    if start >= 0 && ranges.count < limit { ranges.append(start..<lowered.count) }
    return substrings(of: lowered, at: ranges)
  }
}
