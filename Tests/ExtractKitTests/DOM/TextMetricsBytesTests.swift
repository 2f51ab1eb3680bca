import Testing

@testable import ExtractKit

/// The eight-bytes-at-a-time `visibleLength` counts what the byte loop counts.
@Suite("TextMetrics: visible length over bytes, word at a time")
struct TextMetricsBytesTests {
  /// The byte loop, through a sequence that is not a buffer.
  static func byteLoop(_ text: [UInt8]) -> Int { TextMetrics.visibleLength(text.lazy.map { $0 }) }

  static func words(_ text: [UInt8]) -> Int { text.withUnsafeBufferPointer { TextMetrics.visibleLength($0) } }

  @Test("Spaces leading, trailing and in runs across eight-byte words")
  func knownTexts() {
    let cases: [(String, Int)] = [
      ("", 0), ("        ", 0), ("abcdefgh", 8), ("  ab cd   efgh  ijklmnop ", 19),
      ("        x", 1), ("x        y", 3), ("abcdefg  hijklmn", 15), ("a\tb\nc\r\nd  e\u{0C}f", 11),
      ("Grüße aus Köln, sagt er.", 24), ("\u{1}abcdefg hij", 12),
    ]
    for (text, expected) in cases {
      #expect(Self.words(Array(text.utf8)) == expected, "\(text.debugDescription)")
      #expect(Self.byteLoop(Array(text.utf8)) == expected, "\(text.debugDescription)")
    }
  }

  @Test("Random prose-like bytes, mostly printable ASCII and spaces: the eight-byte path, the byte loop's count")
  func randomProse() {
    // Printable ASCII and the space nearly always, a control or UTF-8 byte now and then: most
    // eight-byte words take the word-at-a-time path.
    let rare: [UInt8] = [0x09, 0x0A, 0x0D, 0x0C, 0x01, 0x7F, 0xC3, 0xA9, 0xE2, 0x80]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var words = 0
    var fast = 0
    for length in 0..<200 {
      for _ in 0..<20 {
        var text: [UInt8] = []
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          let pick = Int(state >> 33)
          switch pick % 100 {
          case 0..<2: text.append(rare[(pick / 100) % rare.count])
          case 2..<20: text.append(0x20)
          default: text.append(UInt8(0x21 + (pick / 100) % 94))
          }
        }
        for start in stride(from: 0, to: text.count - 7, by: 8) {
          words += 1
          if text[start..<start + 8].allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { fast += 1 }
        }
        #expect(Self.words(text) == Self.byteLoop(text))
      }
    }
    // Most words are all printable ASCII or spaces: the path the test is for is taken.
    #expect(fast * 2 > words)
  }

  @Test("Random bytes of spaces, controls, ASCII and UTF-8: the byte loop's count")
  func randomTexts() {
    let alphabet: [UInt8] = [
      0x20, 0x20, 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x01, 0x1F, 0x21, 0x41, 0x7A, 0x7F, 0xC3, 0xA9, 0xE2, 0x80,
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for length in 0..<200 {
      for _ in 0..<20 {
        var text: [UInt8] = []
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          text.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        #expect(Self.words(text) == Self.byteLoop(text))
      }
    }
  }
}
