import Foundation
import Testing

@testable import ExtractKit

/// `Text.words` read over its scalar table gives the words the Character split of the
/// lower-cased String gives.
@Suite("Text words: the scalar table's words are the Character split's")
struct TextWordsTests {
  /// The words as the Character path makes them: the String lower-cased, split at every
  /// character neither a letter nor a number.
  private static func characterWords(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  @Test("Every scalar the table handles, alone, inside a word and between words")
  func everyHandledScalar() {
    var handled = 0
    for value in Array(UInt32(0x80)..<0x530) + Array(UInt32(0x2000)...0x206F) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let single = String(Character(scalar))
      for text in [single, "ab\(single)cd", "Ab \(single) Éf", "\(single)\(single)x"] {
        if let words = Text.tableWords(text, limit: Int.max) {
          handled += 1
          #expect(words.map(String.init) == Self.characterWords(text), "U+\(String(value, radix: 16))")
        }
      }
    }
    #expect(handled > 3000)
  }

  @Test("Text in other scripts and joined characters goes to the Character path")
  func otherTextFallsBack() {
    for text in ["e\u{301}t\u{E9}", "日本語", "a\u{200D}b", "\u{130}stanbul", "한국어", "🇩🇪 flag"] {
      #expect(Text.tableWords(text, limit: Int.max) == nil)
      #expect(Text.words(text).map(String.init) == Self.characterWords(text))
    }
  }

  @Test("German, Polish, Greek and Cyrillic lines: the same words, the limit kept")
  func languages() {
    let lines = [
      "Über die Straße – „Grüße“ aus Köln, 3½ Jahre später…", "Zażółć gęślą jaźń: ŁÓDŹ 2023",
      "ΟΔΟΣ Αθηνών — «Καλημέρα» κόσμε", "Привет, МИР! Ёлка\r\nи ещё", "Ǆemal ǅ ǆ ĳ Ĳ ſ ß",
    ]
    for line in lines {
      #expect(Text.tableWords(line, limit: Int.max) != nil)
      #expect(Text.words(line).map(String.init) == Self.characterWords(line))
      #expect(Text.words(line, limit: 3).map(String.init) == Array(Self.characterWords(line).prefix(3)))
    }
  }
}
