import Testing

@testable import ExtractKit

/// `Text.lowered` gives, byte for byte, what `lowercased()` gives.
@Suite("Text lowered: the same bytes as lowercased()")
struct TextLoweredTests {
  @Test("Every scalar, alone and between ASCII and accented letters")
  func everyScalar() {
    var checked = 0
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let single = String(scalar)
      #expect(Array(Text.lowered(single).utf8) == Array(single.lowercased().utf8), "U+\(String(value, radix: 16))")
      if value < 0x3000 {
        let mixed = "Ab\(single)ÉÇ\(single)x"
        #expect(Array(Text.lowered(mixed).utf8) == Array(mixed.lowercased().utf8), "U+\(String(value, radix: 16))")
      }
      checked += 1
    }
    #expect(checked > 1_100_000)
  }

  @Test("Texts and substrings in several scripts")
  func texts() {
    let texts = [
      "", "Plain ASCII Text", "Schreibe einen Kommentar: ÄÖÜ ẞ", "İSTANBUL ıI", "ОСТАВИТЬ Комментарий Ѐ",
      "ΣΟΦΊΑ ΟΔΌΣ", "Ǆemal ǅ", "e\u{301}TÉ \u{212A}elvin \u{2126}", "日本語のテキスト ＡＢＣ",
    ]
    for text in texts {
      #expect(Array(Text.lowered(text).utf8) == Array(text.lowercased().utf8), "\(text)")
      let tail = text.dropFirst(min(2, text.count))
      #expect(Array(Text.lowered(tail).utf8) == Array(tail.lowercased().utf8), "\(tail)")
    }
    #expect(Text.lowered("Schreibe einen KOMMENTAR") == "schreibe einen kommentar")
    #expect(Text.lowered("ÜBER UNS") == "über uns")
  }
}
