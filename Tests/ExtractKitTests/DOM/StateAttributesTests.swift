import Testing

@testable import ExtractKit

/// `StateAttributes` (one pass over an element's attributes) finds what the lookups by name find.
@Suite("State attributes: one pass, the first of each name")
struct StateAttributesTests {
  private func withElements(_ html: String, _ body: ([Node]) throws -> Void) throws {
    let tree = try HTMLParser.tree(bytes: Array("<body>\(html)</body>".utf8), encoding: "UTF-8", maximumElements: .max)
    try withExtendedLifetime(tree) { try body(tree.nodes.filter { $0.tag == "div" }) }
  }

  private func string(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
    bytes.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test("aria-hidden in capitals is true, as the lower-casing lookup answers")
  func ariaHiddenUppercase() throws {
    try withElements(#"<div aria-hidden="TRUE">x</div><div aria-hidden="True ">x</div><div>x</div>"#) { divs in
      try #require(divs.count == 3)
      #expect(divs.map { StateAttributes($0).ariaHiddenIsTrue } == [true, false, false])
      for div in divs {
        #expect(StateAttributes(div).ariaHiddenIsTrue == div.attribute("aria-hidden", lowerCasesTo: "true"))
      }
    }
  }

  @Test("Of duplicate attributes the first wins, as attributeBytes finds it")
  func duplicatesFirstWins() throws {
    let html = """
      <div style="display:none" style="color:red" role="main" role="banner" aria-hidden="false" \
      aria-hidden="true">x</div>
      """
    try withElements(html) { divs in
      try #require(divs.count == 1)
      let state = StateAttributes(divs[0])
      #expect(string(state.style) == "display:none")
      #expect(string(state.role) == "main")
      #expect(string(state.ariaHidden) == "false")
      #expect(!state.ariaHiddenIsTrue)
      #expect(string(state.style) == string(divs[0].attributeBytes("style")))
      #expect(string(state.role) == string(divs[0].attributeBytes("role")))
      #expect(string(state.ariaHidden) == string(divs[0].attributeBytes("aria-hidden")))
    }
  }

  @Test("hidden together with style: both found, in either order")
  func hiddenWithStyle() throws {
    let html = #"<div hidden style="color:red">x</div><div style="display:block" HIDDEN>x</div><div style="x">x</div>"#
    try withElements(html) { divs in
      try #require(divs.count == 3)
      let states = divs.map(StateAttributes.init)
      #expect(states.map(\.hidden) == [true, true, false])
      #expect(states.map { string($0.style) } == ["color:red", "display:block", "x"])
      #expect(states.allSatisfy { $0.role == nil && $0.ariaHidden == nil })
    }
  }
}
