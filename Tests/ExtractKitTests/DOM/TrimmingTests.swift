import Foundation
import Testing

@testable import ExtractKit

/// `trimmingScalars(in:)` gives what Foundation's `trimmingCharacters(in:)` gives.
@Suite("Trimming: the same text as Foundation's trimming")
struct TrimmingTests {
  static let sets: [CharacterSet] = [
    .whitespaces, .whitespacesAndNewlines, .punctuationCharacters, TrimSets.titleSeparators,
    TrimSets.kickerSeparators, TrimSets.labelEnds, TrimSets.nameQuotes, TrimSets.listSeparators,
    TrimSets.numberSeparators, TrimSets.punctuationAndSpaces, TrimSets.comma,
  ]

  @Test("Labels, titles and marks at the ends: the same text as Foundation's")
  func trickyTexts() {
    let texts = [
      "", " ", "  Autor: ", "Autor:", " :Anna: ", "„Redaktion“", "(dpa)", "Step 1: –", " \u{A0}Grüße\u{2003}",
      "\u{301} x \u{301}", " e\u{301} ", "\u{10100}x\u{10100}", "😀 x 😀", " «Name» ", "MD,", ",,", "\t\nx\n\t",
      "– Title —", "· Kicker | Title ·", "1.", "x\u{200B}", "\u{FEFF}x", "\u{85}x\u{2028}",
    ]
    for set in Self.sets {
      for text in texts {
        #expect(text.trimmingScalars(in: set) == text.trimmingCharacters(in: set), "\(text.debugDescription)")
        let piece = text[...]
        #expect(piece.trimmingScalars(in: set) == piece.trimmingCharacters(in: set))
        #expect(
          Array(text.trimmingScalars(in: set).unicodeScalars) == Array(text.trimmingCharacters(in: set).unicodeScalars))
      }
    }
  }

  @Test("Every scalar of the Basic Multilingual Plane at both ends, and punctuation beyond it")
  func everyScalar() {
    var mismatches: [String] = []
    let values = Array(UInt32(0)...0xFFFF) + [0x10100, 0x1039F, 0x1F600, 0x1F3FB, 0xE0020]
    for set in [CharacterSet.whitespacesAndNewlines, TrimSets.punctuationAndSpaces] {
      for value in values {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let text = "\(scalar)x\(scalar)"
        if Array(text.trimmingScalars(in: set).unicodeScalars) != Array(text.trimmingCharacters(in: set).unicodeScalars)
        {
          mismatches.append(String(value, radix: 16))
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }
}
