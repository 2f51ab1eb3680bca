import Testing

@testable import ExtractKit

/// The shared class/id cue bits answer every list as its own test does: a token list as
/// `hasClassToken(in:)`, a compound list as `CompoundMatcher.matches` over `classAndID`.
@Suite("Class cues: the same answers as each list's own test")
struct ClassCueTests {
  /// Class values built from every cue's words, in the forms pages write them: alone, in
  /// upper case, joined to other words by hyphens, underscores or camelCase, glued to a prefix
  /// or suffix, cut short, and with non-ASCII letters (one canonically equal to ASCII's "K").
  private static let values: [String] = {
    var words: [String] = []
    for cue in ClassCue.allCases {
      switch cue.rule {
      case .token(let set): words += set.tokens.sorted()
      case .compound(let list): words += list
      }
    }
    var values = [
      "", " ", "a", "x y", "shareTools", "CtxtMenu_Attached", "flyOutMenu", "caf\u{E9}-author", "\u{212A}omment",
      "cafe\u{301} bio", "AUTHOR-BIO", "author-bioX", "post-Author_box", "entry-content entry-meta", "Related-Posts",
    ]
    for word in words {
      let capitalized = word.prefix(1).uppercased() + word.dropFirst()
      values += [
        word, word.uppercased(), "x-\(word)", "\(word)-x", "x\(word)", "\(word)x", "pre\(capitalized)",
        "\(word)Part", "\(capitalized)Part", "a \(word) b", "\(word.dropLast())", "\(word)_\(word)",
        "\(word)\u{E9}", "\u{E9}-\(word)",
      ]
    }
    return values
  }()

  /// One `<div>` per value, the value as its class and (every other one) as its id too.
  private func withElements(_ body: ([Node]) throws -> Void) throws {
    let html = Self.values.enumerated().map { index, value in
      let escaped = value.replacingOccurrences(of: "\"", with: "&quot;")
      return index % 2 == 0
        ? #"<div class="\#(escaped)">x</div>"# : #"<div class="\#(escaped)" id="i-\#(escaped)">x</div>"#
    }.joined()
    let tree = try HTMLParser.tree(bytes: Array("<body>\(html)</body>".utf8), encoding: "UTF-8", maximumElements: .max)
    try withExtendedLifetime(tree) {
      let divs = tree.nodes.filter { $0.tag == "div" }
      try #require(divs.count == Self.values.count)
      // The text nodes and the body too: no class, no cue.
      try body(divs + tree.nodes.filter { $0.tag != "div" })
    }
  }

  @Test("A token cue answers as hasClassToken(in:)")
  func tokenCues() throws {
    try withElements { nodes in
      for cue in ClassCue.allCases {
        guard case .token(let set) = cue.rule else { continue }
        for node in nodes {
          #expect(node.hasClassCue(cue) == node.hasClassToken(in: set), "\(cue) \(node.classTokens)")
        }
      }
    }
  }

  @Test("A compound cue answers as its CompoundMatcher over the class and id")
  func compoundCues() throws {
    try withElements { nodes in
      for cue in ClassCue.allCases {
        guard case .compound(let list) = cue.rule else { continue }
        let matcher = CompoundMatcher(list)
        for node in nodes {
          #expect(
            node.hasClassCue(cue) == Evidence.hasCompound(node, matcher),
            "\(cue) \(String(decoding: node.classAndID, as: UTF8.self))")
        }
      }
    }
  }

  @Test("An element's cues are made once and kept")
  func cuesKept() throws {
    let tree = try HTMLParser.tree(
      bytes: Array(#"<body><div class="author-bio">x</div><p>y</p></body>"#.utf8), encoding: "UTF-8",
      maximumElements: .max)
    try withExtendedLifetime(tree) {
      let div = try #require(tree.nodes.first { $0.tag == "div" })
      let paragraph = try #require(tree.nodes.first { $0.tag == "p" })
      #expect(div.hasClassCue(.authorBio))
      #expect(div.hasClassCue(.authorBio))
      #expect(div.hasClassCue(.byline))  // "author" is a byline compound
      #expect(!div.hasClassCue(.commentCount))
      #expect(tree.document.classCues(paragraph.order) == 0)
    }
  }
}
