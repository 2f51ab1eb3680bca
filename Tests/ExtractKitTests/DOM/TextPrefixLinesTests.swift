import Testing

@testable import ExtractKit

/// `Text.hasPrefix` and `Text.lines` answer as `hasPrefix` and the Character split do.
@Suite("Text prefix and lines: the answers of the Character comparisons")
struct TextPrefixLinesTests {
  static let texts = [
    "", "a", "ab", "abc", "abc def", "abcé", "abce\u{301}", "abc\u{301}", "ab\r\ncd", "ab\r", "ab\n\u{301}x",
    "\u{212A}elvin", "kelvin", "caf\u{E9} au lait", "cafe\u{301} au lait", "veröffentlicht am", "werbung: x",
    "\u{37E} x", "; x", "日本語 テキスト", "🇩🇪🇫🇷 flags",
  ]
  static let prefixes = [
    "", "a", "ab", "abc", "abd", "abc ", "abcé", "abce", "abc\u{301}", "ab\r", "ab\r\n", "ab\n", "kelvin",
    "\u{212A}", "café", "cafe\u{301}", "caf", "veröffentlicht", "ver", "werbung:", ";", "\u{37E}", "日本",
    "🇩🇪", "🇩",
  ]

  @Test("Every text against every prefix, accents composed and decomposed, Kelvin, CR LF")
  func hasPrefixMatchesCharacters() {
    for text in Self.texts {
      for prefix in Self.prefixes {
        #expect(
          Text.hasPrefix(text, prefix) == text.hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
      }
    }
    #expect(Text.hasPrefix("cafe\u{301} au lait", "café"))
    #expect(!Text.hasPrefix("abce\u{301}", "abce"))
    #expect(!Text.hasPrefix("ab\r\ncd", "ab\r"))
  }

  @Test("Lines cut at line feeds, empty lines dropped, CR LF as the Character split reads it")
  func linesMatchCharacterSplit() {
    let texts = ["1. One\n2. Two\n\n3. Three\n", "\nA\u{301}\nB", "one\r\ntwo\nthree", "no break", ""]
    for text in texts {
      #expect(Text.lines(text) == text.split(separator: "\n").map(String.init), "\(text.debugDescription)")
    }
    #expect(Text.lines("1. One\n2. Two\n\n3. Three\n") == ["1. One", "2. Two", "3. Three"])
    #expect(Text.lines("one\r\ntwo\nthree") == ["one\r\ntwo", "three"])
  }

  @Test("The declared charset is found in any case and given lower-cased")
  func declaredCharsetAnyCase() {
    let head = #"<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=Windows-1252">"#
    #expect(EncodingSniffer.declaredCharset(Array(head.utf8)) == "windows-1252")
    #expect(EncodingSniffer.declaredCharset(Array(#"<p>charset=utf-8</p>"#.utf8)) == nil)
  }
}
