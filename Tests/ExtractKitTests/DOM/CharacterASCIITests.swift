import Testing

@testable import ExtractKit

/// The ASCII-first character tests answer as the Unicode property tests they stand for.
@Suite("Character ASCII fast paths: the same answers as the Unicode properties")
struct CharacterASCIITests {
  /// Every ASCII character, "\r\n" (ASCII of two scalars), and non-ASCII letters, digits, marks
  /// and spaces.
  private let characters: [Character] =
    (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + [
      "\r\n", "é", "e\u{301}", "ß", "Ж", "中", "٣", "²", "½", "Ⅻ", "\u{A0}", "\u{2013}", "\u{301}", "ª", "１", "🙂",
    ]

  @Test("isLetterOrNumber is isLetter || isNumber")
  func letterOrNumber() {
    for character in characters {
      #expect(character.isLetterOrNumber == (character.isLetter || character.isNumber), "\(character.unicodeScalars)")
    }
  }

  @Test("isLetterASCIIFirst is isLetter")
  func letter() {
    for character in characters {
      #expect(character.isLetterASCIIFirst == character.isLetter, "\(character.unicodeScalars)")
    }
  }

  @Test("isASCIIDigit is isASCII && isNumber")
  func asciiDigit() {
    for character in characters {
      #expect(character.isASCIIDigit == (character.isASCII && character.isNumber), "\(character.unicodeScalars)")
    }
    #expect(Character("7").isASCIIDigit && !Character("٣").isASCIIDigit && !Character("a").isASCIIDigit)
  }
}
