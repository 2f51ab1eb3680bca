import Foundation

/// The first bytes a heading must open with for one of a set of phrases to match it, tested on
/// the text's bytes in place before its opening is read: the related and bio extractors ask
/// every heading-like element of a page (most say "Share", "Menu", a date or a name), and
/// reading the opening (an array, for text with a non-ASCII letter a String cleaned and folded)
/// cost more than all the rest of the test. Hand-written: no library filters UTF-8 prefixes
/// under this reading.
struct PhraseOpenings: Sendable {
  /// How many bytes of the opening are read: six tell "more from" from "moreover", and the
  /// headings left over are nearly all the tables'.
  private static let width = 6
  /// `key` of the first `width` bytes of every phrase (of all its bytes when it is shorter), sorted.
  private let keys: [UInt64]
  /// Bit `n` set when some phrase is `n` bytes long, `n` below `width`.
  private let shortLengths: Int

  init(_ tables: [SectionVocabulary.Phrases]) {
    self.init(phrases: tables.flatMap(\.all))
  }

  init(phrases: [String]) {
    // Collected, sorted, then deduplicated: a Set hashed each key at ~800 instructions.
    var keys: [UInt64] = []
    keys.reserveCapacity(phrases.count * 2)
    var shortLengths = 0
    func add(_ bytes: some Collection<UInt8>) {
      guard !bytes.isEmpty else { return }
      if bytes.count < PhraseOpenings.width { shortLengths |= 1 << bytes.count }
      keys.append(PhraseOpenings.key(bytes))
    }
    for phrase in phrases {
      let opening = phrase.utf8.prefix(PhraseOpenings.width)
      add(opening)
      // Decomposed too: a heading written with a combining accent ("e" and U+0301) opens with
      // the phrase under `hasPrefix`, which compares canonically equivalent text as equal.
      if !opening.allSatisfy({ $0 < 0x80 }) {
        add(Array(phrase.decomposedStringWithCanonicalMapping.utf8.prefix(PhraseOpenings.width)))
      }
    }
    keys.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(keys.count)
    for key in keys where unique.last != key { unique.append(key) }
    self.keys = unique
    self.shortLengths = shortLengths
  }

  /// A prefix's bytes and length packed in one word: the length, then the bytes in order.
  private static func key(_ bytes: some Collection<UInt8>) -> UInt64 {
    var packed: UInt64 = 0
    for (index, byte) in bytes.enumerated() { packed |= UInt64(byte) << shift(index) }
    return key(packed, length: bytes.count)
  }

  /// Where byte `index` of an opening sits in a packed word: the first byte highest.
  @inline(__always) private static func shift(_ index: Int) -> UInt64 { UInt64(8 * (width - 1 - index)) }

  /// The key of the first `length` bytes of `packed`.
  private static func key(_ packed: UInt64, length: Int) -> UInt64 {
    let mask: UInt64 = (1 << UInt64(8 * width)) - (1 << UInt64(8 * (width - length)))
    return UInt64(length) << UInt64(8 * width) | packed & mask
  }

  /// Whether the node's text may open with one of the phrases (`SectionVocabulary.Opening`
  /// then `opens`): false only when the opening's first bytes, read as the opening reads them
  /// (`Text.clean`: whitespace runs one space, controls and invisible characters dropped; then
  /// lower case, "’" as "'"), open no phrase. A character before them whose reading this does
  /// not know (a letter with an accent, which the tables may write decomposed; a bidi mark,
  /// which only one of the opening's readings drops) leaves the answer to the opening.
  func mayOpen(_ node: Node) -> Bool {
    // The document as a guaranteed reference (`Node.withDocument`): a strong local of it cost a
    // retain and a release per node. Nil: an opening the bytes cannot tell.
    let read: Opening? = node.withDocument { document in
      var opening = Opening()
      let range = node.isElement ? (node.order + 1)..<node.end : node.order..<(node.order + 1)
      scan: for index in range {
        let record = document.records[index]
        guard record.isText else { continue }
        let start = Int(record.spanStart)
        switch opening.read(UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(record.spanCount)])) {
        case .more: continue
        case .full: break scan
        case .unknown: return nil
        }
      }
      return opening
    }
    guard let read else { return true }
    return opens(read)
  }

  /// `mayOpen` of a text: whether its opening as `Text.clean`, `lowercased()` and
  /// `Text.straightApostrophes` read it may open with one of the phrases.
  func mayOpen(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var opening = Opening()
      if case .unknown = opening.read(bytes) { return true }
      return opens(opening)
    }
  }

  /// Whether the opening's bytes are those of a phrase, or open with a shorter one.
  private func opens(_ opening: Opening) -> Bool {
    let count = opening.count
    if count == PhraseOpenings.width, contains(PhraseOpenings.key(opening.packed, length: count)) { return true }
    // A phrase shorter than the bytes read opens the text when it is their start.
    for length in stride(from: 1, through: min(count, PhraseOpenings.width - 1), by: 1)
    where shortLengths & 1 << length != 0 && contains(PhraseOpenings.key(opening.packed, length: length)) {
      return true
    }
    return false
  }

  /// The opening's first bytes as they are read, packed as `key` packs them.
  private struct Opening {
    var packed: UInt64 = 0
    var count = 0
    var pendingSpace = false

    /// A space: one before the next byte, none at the start.
    mutating func space() { pendingSpace = count > 0 }

    enum Step { case more, full, unknown }

    /// Reads one text's bytes (valid UTF-8) after those read before: `full` once `width` bytes
    /// are read, `unknown` at a character whose reading this does not know.
    @inline(__always) mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Step {
      var offset = 0
      let end = bytes.count
      while offset < end {
        let byte = bytes[offset]
        if byte < 0x80 {
          offset += 1
          if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0x1E {
            space()
            // The rest of a run of indentation eight bytes at a time: it reads as one space.
            while offset + 8 <= end {
              let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
              guard word == 0x2020_2020_2020_2020 || word == 0x0909_0909_0909_0909 else { break }
              offset += 8
            }
          } else if byte >= 0x20 && byte != 0x7F, add(ByteSearch.lower(byte)) {
            return .full
          }
          continue
        }
        // A text node is valid UTF-8: the scalar's bytes are all in this span.
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard length < 4, offset + length <= end else { return .unknown }
        var value = UInt32(byte & (length == 2 ? 0x1F : 0x0F))
        for next in 1..<length { value = value << 6 | UInt32(bytes[offset + next] & 0x3F) }
        offset += length
        switch PhraseOpenings.reading(value) {
        case .space: space()
        case .dropped: continue
        case .unknown: return .unknown
        case .visible(let lower):
          // Its UTF-8: one to three bytes (`reading` knows no scalar above U+FFFF).
          let full =
            lower < 0x80
            ? add(UInt8(lower))
            : lower < 0x800
              ? add(UInt8(0xC0 | lower >> 6)) || add(UInt8(0x80 | lower & 0x3F))
              : add(UInt8(0xE0 | lower >> 12)) || add(UInt8(0x80 | lower >> 6 & 0x3F))
                || add(UInt8(0x80 | lower & 0x3F))
          if full { return .full }
        }
      }
      return .more
    }

    /// Appends one byte; true once `width` bytes are read.
    mutating func add(_ byte: UInt8) -> Bool {
      if pendingSpace {
        pendingSpace = false
        packed |= 0x20 << PhraseOpenings.shift(count)
        count += 1
        if count == PhraseOpenings.width { return true }
      }
      packed |= UInt64(byte) << PhraseOpenings.shift(count)
      count += 1
      return count == PhraseOpenings.width
    }
  }

  private enum Reading {
    /// A space of `Text.clean`: one space between words, none at the start.
    case space
    /// A character `Text.clean` drops (zero-width, soft hyphen, C1 controls).
    case dropped
    /// A character read as written, or lower-cased (`lowercased()` and `folded` agree).
    case visible(UInt32)
    /// A character this does not read: a letter with an accent (decomposed, it would open
    /// another table entry), a bidi mark, a script not listed.
    case unknown
  }

  /// How the opening reads a scalar above ASCII. The visible ones listed have one lower case
  /// (or none) and no canonical decomposition, so every reading of the opening writes them so:
  /// Latin-1 signs, Cyrillic (but "й"), punctuation, currency signs, box drawing and shapes
  /// ("►"), CJK, and the private use area of icon fonts (a share button's glyph).
  private static func reading(_ value: UInt32) -> Reading {
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: .space
    case 0x80...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: .dropped
    case 0x2019: .visible(0x27)
    case 0x410...0x418, 0x41A...0x42F: .visible(value + 0x20)
    case 0xA1...0xBF, 0xD7, 0xF7, 0x430...0x438, 0x43A...0x44F, 0x2010...0x2027, 0x2030...0x205E,
      0x20A0...0x20C0, 0x2500...0x25FF, 0x3001...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xE000...0xF8FF:
      .visible(value)
    default: .unknown
    }
  }

  private func contains(_ key: UInt64) -> Bool {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key
  }
}
