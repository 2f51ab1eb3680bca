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
