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

  @Test("Text outside ASCII goes to Foundation: a decomposed é is not an e")
  func decomposedLetter() {
    let text = "cafe\u{301} noir"
    #expect(text.contains("e") == (text.range(of: "e", options: []) != nil))
    #expect(text.contains("café"))
    #expect(text.range(of: "noir") == text.range(of: "noir", options: []))
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
