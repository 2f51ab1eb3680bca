/// Openings tested against one lower-cased text, as `all.first { text.hasPrefix($0) }` answers:
/// a name line of a bio box is tested against every bio heading and name prefix, and calling
/// `hasPrefix` (Characters compared under canonical equivalence) for each cost ~700
/// instructions. Only the openings that may match are asked:
/// - An ASCII text opens with an ASCII opening exactly when its bytes start with the opening's
///   (`hasPrefix` compares two ASCII strings' bytes), so only those with its first byte are
///   compared; no other opening opens it, as no character outside ASCII is canonically
///   equivalent to ASCII but three that decompose to it (`ByteSearch.ASCIIDecomposing`),
///   openings with which are left to `hasPrefix`.
/// - Any other text opens only with openings whose first character equals its first one
///   (`hasPrefix` compares character by character), found by a hash of that character.
struct BioOpenings: Sendable {
  let all: [String]
  /// Every opening's bytes, one after another: `flat[ranges[index]]`.
  private let flat: [UInt8]
  private let ranges: [Range<Int>]
  /// Whether an opening is compared by bytes against an ASCII text: ASCII without a carriage
  /// return (`hasPrefix` does not end a match between "\r" and "\n").
  private let bytewise: [Bool]
  /// By an ASCII text's first byte, the openings that may open it, in the table's order.
  private let asciiCandidates: [[Int]]
  /// By any other text's first character, the openings that may open it, in the table's order.
  private let characterCandidates: [Character: [Int]]
  /// The openings that may open any text (an empty one), in the table's order.
  private let anyCandidates: [Int]

  init(_ openings: [String]) {
    all = openings
    var flat: [UInt8] = []
    var ranges: [Range<Int>] = []
    for opening in openings {
      let start = flat.count
      flat.append(contentsOf: opening.utf8)
      ranges.append(start..<flat.count)
    }
    self.flat = flat
    self.ranges = ranges
    let bytewise = openings.map { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
    self.bytewise = bytewise
    let empty = openings.indices.filter { openings[$0].isEmpty }
    anyCandidates = empty
    // The rest that an ASCII text may open with: all their characters decompose to ASCII.
    let asciiLike = openings.indices.filter { index in
      !bytewise[index]
        && Array(openings[index].utf8).withUnsafeBufferPointer { ByteSearch.ASCIIDecomposing.allASCII($0) }
    }
    asciiCandidates = (0..<128).map { byte in
      openings.indices.filter { index in
        (bytewise[index] && openings[index].utf8.first == UInt8(byte)) || asciiLike.contains(index)
      }
    }
    var byFirst: [Character: [Int]] = [:]
    for (index, opening) in openings.enumerated() {
      if let first = opening.first { byFirst[first, default: []].append(index) }
    }
    characterCandidates = byFirst.mapValues { ($0 + empty).sorted() }
  }

  /// The first opening (in the table's order) that `text` opens with.
  func first(in text: String) -> String? {
    var copy = text
    // nil: not ASCII, asked of `hasPrefix` below.
    let asciiAnswer: Int?? = copy.withUTF8 { bytes -> Int?? in
      guard ByteSearch.isASCII(bytes) else { return nil }
      let candidates = bytes.first.map { asciiCandidates[Int($0)] } ?? asciiCandidates[0]
      return flat.withUnsafeBufferPointer { flat -> Int? in
        for index in candidates {
          if bytewise[index] {
            let range = ranges[index]
            if range.count <= bytes.count && (0..<range.count).allSatisfy({ bytes[$0] == flat[range.lowerBound + $0] })
            {
              return index
            }
          } else if text.hasPrefix(all[index]) {
            return index
          }
        }
        return nil
      }
    }
    if let asciiAnswer { return asciiAnswer.map { all[$0] } }
    let candidates = text.first.flatMap { characterCandidates[$0] } ?? anyCandidates
    return candidates.first { text.hasPrefix(all[$0]) }.map { all[$0] }
  }
}

/// The first bytes of a table's phrases, to tell from an element's text bytes, before its
/// opening is read as `SectionVocabulary.Opening` reads it (or its text cleaned and
/// lower-cased), that it opens with none of them: most headings and short bold lines of a page
/// are no bio heading. Answers "may open" unless the first `width` bytes the opening is made
/// of (`Text.clean`'s, ASCII letters lower-cased) are ASCII, as is the character after them,
/// and no phrase starts with them. Such an opening's first characters are those bytes, each
/// one character, which only a phrase with the same first bytes opens (no character outside
/// ASCII is canonically equivalent to ASCII but three, and a table holding one of those is
/// always answered "may open").
struct OpeningPrefixes: Sendable {
  /// Four bytes: a phrase's packed opening fits one `UInt32`. Longer phrases are compared on
  /// their first four bytes only; a pass is a "may open", checked in full after.
  static let width = 4
  /// The first `width` bytes of each ASCII-led phrase at least that long, packed.
  private let prefixes: Set<UInt32>
  /// The phrases shorter than `width`, as bytes.
  private let short: [[UInt8]]
  private let alwaysMay: Bool

  init(_ phrases: [String]) {
    var prefixes: Set<UInt32> = []
    var short: [[UInt8]] = []
    for phrase in phrases {
      let bytes = Array(phrase.utf8)
      if bytes.count < OpeningPrefixes.width {
        short.append(bytes)
      } else {
        prefixes.insert(OpeningPrefixes.pack(bytes[0..<OpeningPrefixes.width]))
      }
    }
    self.prefixes = prefixes
    self.short = short
    alwaysMay = phrases.contains { phrase in
      phrase.isEmpty || phrase.unicodeScalars.contains { ByteSearch.ASCIIDecomposing.scalars.contains($0.value) }
    }
  }

  private static func pack(_ bytes: some Collection<UInt8>) -> UInt32 {
    var value: UInt32 = 0
    for (offset, byte) in bytes.enumerated() { value |= UInt32(byte) << (8 * UInt32(offset)) }
    return value
  }

  /// Whether the node's text may open with one of the phrases.
  func mayOpen(_ node: Node) -> Bool {
    if alwaysMay { return true }
    let document = node.document
    let range = node.isElement ? (node.order + 1)..<node.end : node.order..<(node.order + 1)
    var packed: UInt32 = 0
    var count = 0
    var pendingSpace = false
    for index in range {
      let record = document.records[index]
      guard record.isText else { continue }
      for offset in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
        let byte = document.bytes[offset]
        // Not ASCII before the opening and the character after it are known.
        if byte >= 0x80 { return true }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0x1E {
          // After a full opening, a space ends its last character.
          if count == OpeningPrefixes.width { return decide(packed, count) }
          pendingSpace = count > 0
          continue
        }
        if byte < 0x20 || byte == 0x7F { continue }  // dropped as `Text.clean` drops them
        if count == OpeningPrefixes.width { return decide(packed, count) }
        if pendingSpace {
          packed |= 0x20 << (8 * UInt32(count))
          count += 1
          pendingSpace = false
          if count == OpeningPrefixes.width { return decide(packed, count) }
        }
        packed |= UInt32(ByteSearch.lower(byte)) << (8 * UInt32(count))
        count += 1
      }
    }
    return decide(packed, count)
  }

  private func decide(_ packed: UInt32, _ count: Int) -> Bool {
    if count == OpeningPrefixes.width && prefixes.contains(packed) { return true }
    return short.contains { phrase in
      phrase.count <= count && phrase.enumerated().allSatisfy { UInt32($1) == (packed >> (8 * UInt32($0))) & 0xFF }
    }
  }
}
