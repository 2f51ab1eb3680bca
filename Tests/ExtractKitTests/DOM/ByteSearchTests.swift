import Foundation
import Testing

@testable import ExtractKit

/// The byte search behind `String.contains` and `range(of:)` answers as Foundation's search
/// does, and `Text.clean`'s run copy keeps its spacing.
@Suite("Byte search: the same answers as Foundation's string search")
struct ByteSearchTests {
  @Test("ASCII text: found where Foundation finds it, at the same range")
  func asciiRanges() {
    let text = "display: none; visibility:hidden"
    for needle in ["none", "d", "hidden", "display: none; visibility:hidden", ";", "nothing", "hiddenx"] {
      #expect(text.contains(needle) == (text.range(of: needle, options: []) != nil))
      #expect(text.range(of: needle) == text.range(of: needle, options: []))
    }
    #expect("a  b".range(of: " b").map { String("a  b"[$0]) } == " b")
    #expect(!"abc".contains("abcd"))
  }

  @Test("ASCII bytes searched with letters compared without case, as a case-insensitive search finds them")
  func asciiCaseInsensitive() {
    let cases: [(String, String)] = [
      ("data-testid=Author-Name", "author"), ("BYLINE", "byLine"), ("by-line", "byline"), ("@x", "`x"),
      ("au", "author"), ("Ünder Author", "AUTHOR"),
    ]
    for (text, needle) in cases {
      var text = text
      var needle = needle
      let expected = text.range(of: needle, options: .caseInsensitive) != nil
      let bytes = text.withUTF8 { text in needle.withUTF8 { ByteSearch.holdsIgnoringASCIICase(text, $0) } }
      #expect(bytes == expected)
    }
    #expect(
      Array("Author".utf8).withUnsafeBufferPointer { ByteSearch.equalsIgnoringASCIICase($0, Array("aUTHOR".utf8)) })
    #expect(
      !Array("Authors".utf8).withUnsafeBufferPointer { ByteSearch.equalsIgnoringASCIICase($0, Array("author".utf8)) })
    #expect(Array("comment-list".utf8).withUnsafeBufferPointer { ByteSearch.holds($0, Array("t-l".utf8)) })
    #expect(!Array("comment-list".utf8).withUnsafeBufferPointer { ByteSearch.holds($0, Array("T-L".utf8)) })
  }

  @Test("An empty needle is never contained, as Foundation answers")
  func emptyNeedle() {
    #expect(!"abc".contains(""))
    #expect("abc".range(of: "") == nil)
  }

  @Test("A decomposed é is not an e, as in Foundation")
  func decomposedLetter() {
    let text = "cafe\u{301} noir"
    #expect(text.contains("e") == (text.range(of: "e", options: []) != nil))
    #expect(text.contains("café"))
    #expect(text.range(of: "noir") == text.range(of: "noir", options: []))
  }

  @Test("An ASCII needle in text with other characters: the same range as Foundation's, marks and all")
  func asciiNeedleInMixedText() {
    let cases: [(String, String)] = [
      ("Grüße von Anna", "von"), ("“by” Anna", "by"), ("cafe\u{301} x", "cafe"), ("cafe\u{301} x", "caf"),
      ("café cafe", "cafe"), ("by\u{FE0F} and by", "by"), ("1\u{FE0F}\u{20E3} 1", "1"), ("a\u{200C}a", "a"),
      ("a\u{200D}b", "a"), ("a\u{1F3FB} a", "a"), ("\u{212A}m km", "Km"), ("x\u{37E} x;", "x;"), ("`\u{1FEF}", "`"),
      ("a\r\nb é", "\n"), ("a\r\nb é", "a\r"), ("é&amp;", "&"), ("Tom &\u{301} Jerry & co", "&"),
      ("\u{600}a é", "a"), ("a\u{AD}b é", "a"), ("ü", "u"), ("naïve", "i"), ("Ω by", "by"), ("😀x", "x"),
      ("x😀", "x"), ("x\u{E0020}", "x"), ("é", "é "), ("Ärger", "rger"), ("", "a"),
    ]
    for (text, needle) in cases {
      #expect(text.range(of: needle) == text.range(of: needle, options: []), "\(text.debugDescription) \(needle)")
      #expect(text.contains(needle) == (text.range(of: needle, options: []) != nil))
    }
  }

  @Test("A search from a match's end finds the next match where Foundation's ranged search does")
  func rangedSearch() {
    for text in [
      "by Anna by Ben", "von Grüße von Jörg", "by\u{301} by", "é by", "by", "\u{212A}by by", "rédigé par par",
    ] {
      for needle in ["by", "von", "par", "rédigé par", "é"] {
        var start = text.startIndex
        while start <= text.endIndex {
          #expect(
            text.range(of: needle, from: start) == text.range(of: needle, options: [], range: start..<text.endIndex),
            "\(text) \(needle)")
          guard start < text.endIndex else { break }
          start = text.index(after: start)
        }
      }
    }
  }

  @Test("Every scalar taken to start a character does so in Foundation's search, a mark after it or not")
  func startsCharacterScalars() {
    var mismatches: [String] = []
    for value in UInt32(0x80)...0x1FFFF where ByteSearch.startsCharacter(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in ["xa\(scalar)z", "xa\(scalar)\u{301}", "a\(scalar)"]
      where text.range(of: "a") != text.range(of: "a", options: []) {
        mismatches.append(String(value, radix: 16))
      }
    }
    #expect(mismatches.isEmpty)
    #expect(
      !ByteSearch.startsCharacter(0x301) && !ByteSearch.startsCharacter(0x200C) && !ByteSearch.startsCharacter(0xFE0F))
  }

  @Test("Random mixes of letters, marks, joiners and decomposing characters: the same answers as Foundation")
  func mixedTextFuzz() {
    let alphabet: [String] = [
      "a", "b", "K", ";", "`", " ", "\r", "\n", "&", "é", "e\u{301}", "\u{301}", "\u{308}", "\u{200C}", "\u{200D}",
      "\u{FE0F}", "\u{20E3}", "\u{212A}", "\u{37E}", "\u{1FEF}", "😀", "\u{1F3FB}", "\u{1F1E6}", "\u{1100}",
      "\u{1161}", "\u{AC00}", "\u{600}", "\u{903}", "\u{AD}", "\u{A0}", "’", "ж", "\u{CBF}", "\u{E0020}", "—", "ά",
      "\u{1F71}", "Ω", "\u{2126}", "ü", "·", "\u{387}",
    ]
    let needles = [
      "a", "b", "ab", "a ", "K", ";", "`", "\n", "\r\n", "&", "ba", "a&b", " b", "é", "é ", "’", "ж", "—", "\u{AC00}",
      "a—", "😀", "\u{A0}",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var mismatches: [String] = []
    for _ in 0..<20_000 {
      let text = (0..<next(9)).map { _ in alphabet[next(alphabet.count)] }.joined()
      let needle = needles[next(needles.count)]
      if text.range(of: needle) != text.range(of: needle, options: []) { mismatches.append(text.debugDescription) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test("A needle outside ASCII in text outside ASCII: the same range as Foundation's, twins and marks and all")
  func plainNeedleInPlainText() {
    let cases: [(String, String)] = [
      ("Anna • Ben", "•"), ("Anna · Ben", " · "), ("Grüße – von", " – "), ("Ärger » Post", "»"),
      ("publicité", "publicité"),
      ("publicite\u{301}", "publicité"), ("ά ά", "ά"), ("\u{1F71} ά", "ά"), ("ά", "\u{1F71}"), ("Ω \u{2126}", "Ω"),
      ("\u{2126}", "Ω"), ("Å \u{212B}", "\u{212B}"), ("가", "가"), ("\u{1100}\u{1161} 가", "가"), ("ü\u{301}", "ü"),
      ("“Zitat”", "”"), ("üü", "üü"), ("x·", "\u{387}"), ("Straße", "ß"), ("ё", "е"), ("😀😀", "😀"), ("é", "🙂"),
    ]
    for (text, needle) in cases {
      #expect(text.range(of: needle) == text.range(of: needle, options: []), "\(text.debugDescription) \(needle)")
      #expect(text.contains(needle) == (text.range(of: needle, options: []) != nil))
    }
  }

  @Test("Every plain scalar is found where Foundation finds it, alone and after a letter")
  func plainScalars() {
    var mismatches: [String] = []
    for value in UInt32(0x80)...0x1FFFF where ByteSearch.startsCharacter(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let needle = String(scalar)
      for text in ["é\(scalar)b", "é\(scalar)\(scalar)", "ä"]
      where text.range(of: needle) != text.range(of: needle, options: []) {
        mismatches.append(String(value, radix: 16))
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  @Test("A separator outside ASCII is absent from ASCII text, as Foundation answers")
  func nonASCIINeedleInASCIIText() {
    let text = "Jane Doe - Staff Writer; OK"
    for needle in ["•", "·", " — ", " – ", "»", "Doe·"] {
      #expect(!text.contains(needle))
      #expect(text.range(of: needle) == nil)
      #expect(text.range(of: needle, options: []) == nil)
    }
    // The three characters whose decomposition is ASCII still go to Foundation.
    func decomposesToASCII(_ needle: String) -> Bool {
      Array(needle.utf8).withUnsafeBufferPointer { ByteSearch.ASCIIDecomposing.allASCII($0) }
    }
    #expect(decomposesToASCII("\u{212A}\u{37E}\u{1FEF}"))
    #expect(!decomposesToASCII("K•"))
    #expect(text.contains("\u{212A}") == (text.range(of: "\u{212A}", options: []) != nil))
    #expect(text.contains("\u{37E}") == (text.range(of: "\u{37E}", options: []) != nil))
  }

  @Test("A piece of a URL is found in an image source")
  func substringNeedle() {
    let file = "https://example.com/img/photo.jpg?w=800".split(separator: "/").last!.split(separator: "?").first!
    #expect("/uploads/photo.jpg".contains(file))
    #expect(!"/uploads/other.jpg".contains(file))
  }

  @Test("A newline is found by byte in a paragraph's text")
  func byteTest() {
    #expect(ByteSearch.contains("1. Mix\n2. Bake", byte: 0x0A))
    #expect(!ByteSearch.contains("1. Mix 2. Bake", byte: 0x0A))
  }

  @Test("Runs of printable ASCII keep one space between them, none at the ends")
  func cleanRuns() {
    #expect(Text.clean("  Hello,\t\n world!\u{A0} Ünïcode\u{200B}s  ") == "Hello, world! Ünïcodes")
    #expect(Text.cleanLines("One\u{1E}  two \u{1E}\u{1E} three") == "One\ntwo\nthree")
  }

  @Test(
    "A clean text comes back as it is; one clean up to a double space, an edge space or a no-break space is cleaned from there"
  )
  func cleanOpening() {
    #expect(Text.clean("Grüße aus “Köln” – heute") == "Grüße aus “Köln” – heute")
    #expect(Text.clean("One two  three") == "One two three")
    #expect(Text.clean("One two ") == "One two")
    #expect(Text.clean(" One") == "One")
    #expect(Text.clean("Zwei\u{A0}Wörter\tund\u{200B}mehr") == "Zwei Wörter undmehr")
    #expect(Text.cleanLines("Erste Zeile\u{1E}zweite") == "Erste Zeile\nzweite")
    #expect(Text.clean("") == "")
  }
}
