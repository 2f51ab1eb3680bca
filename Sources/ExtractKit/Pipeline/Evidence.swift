/// What a node's tag, class, id, role and style say about it.
enum Evidence {
  static let chromeTags: TagSet = [
    "nav", "aside", "footer", "button", "select", "dialog", "menu", "iframe", "svg", "input", "textarea",
  ]
  static let chromeRoles: Set<String> = [
    "navigation", "complementary", "banner", "contentinfo", "dialog", "alert", "alertdialog", "menu", "menubar",
    "search", "toolbar",
  ]
  /// `chromeRoles` for a test on an attribute's bytes.
  private static let chromeRoleWords = LowerCaseWords(chromeRoles)
  /// Tags the content locator never masks: they hold the page, not a widget in it.
  static let structuralTags: TagSet = ["#document", "html", "body", "main"]

  /// The lower-cased class and id, space-joined.
  static func classAndID(_ node: Node) -> String { String(decoding: node.classAndID, as: UTF8.self) }

  static func tokens(_ node: Node) -> [String] { node.isElement ? node.classTokens : [] }

  /// Whether class or id contains one of the matcher's compounds.
  static func hasCompound(_ node: Node, _ matcher: CompoundMatcher) -> Bool {
    let value = node.classAndID
    return value.count > 1 && matcher.matches(value)
  }

  static func isHidden(_ node: Node) -> Bool {
    if node.attributeBytes("hidden") != nil { return true }
    // The style's bytes in place: asked of most elements, a String of every style cost more
    // than the test.
    guard let style = node.attributeBytes("style") else { return false }
    return styleHides(style)
  }

  /// Whether a `style` value hides its element.
  static func styleHides(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
    if let ascii = asciiStyleHides(style) { return ascii }
    let filtered = String(decoding: style, as: UTF8.self).lowercased().filter { $0 != " " }
    return filtered.contains("display:none") || filtered.contains("visibility:hidden")
  }

  /// `isHidden`'s style test over the bytes of an ASCII style (lower-cased, spaces dropped),
  /// nil for other styles: filtering Characters of long inline styles was a hot spot.
  /// The style is read in place, spaces skipped as they come: a filtered copy per styled
  /// element was an allocation for a test that nearly always fails.
  private static func asciiStyleHides(_ style: UnsafeBufferPointer<UInt8>) -> Bool? {
    for byte in style where byte >= 0x80 { return nil }
    return hidingStyles.contains { occurs($0, inLowerCasedSpacesSkipped: style) }
  }

  private static let hidingStyles: [[UInt8]] = [Array("display:none".utf8), Array("visibility:hidden".utf8)]

  /// Whether `needle` (lower-case, no space) occurs in `style` lower-cased with its spaces dropped.
  private static func occurs(_ needle: [UInt8], inLowerCasedSpacesSkipped style: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = style.count
    for start in 0..<count where ByteSearch.lower(style[start]) == needle[0] {
      var matched = 1
      var index = start + 1
      while matched < needle.count && index < count {
        let byte = style[index]
        index += 1
        if byte == 0x20 { continue }
        guard ByteSearch.lower(byte) == needle[matched] else { break }
        matched += 1
      }
      if matched == needle.count { return true }
    }
    return false
  }

  /// What marks a node as boilerplate, strongest first.
  enum BoilerplateEvidence {
    /// Hidden by the `hidden` attribute or an inline style: not shown, whatever it holds.
    case hidden
    /// A chrome tag or role, a form, a "Read more:" insert.
    case markup
    /// A boilerplate word in its class or id.
    case classWords
  }

  /// Site chrome and widgets: navigation, footers, share bars, comment threads, menus, forms.
  /// `pageText` guards against masking a wrapper that holds most of the page.
  static func boilerplateEvidence(_ node: Node, pageText: Int) -> BoilerplateEvidence? {
    guard node.isElement, !structuralTags.contains(node) else { return nil }
    // `isHidden`'s attributes and those below, read in one pass over the element's attributes.
    let state = StateAttributes(node)
    if state.hidden || state.style.map(styleHides) == true { return .hidden }
    // aria-hidden hides icons and off-screen menus, but also whole pages behind an open modal
    // (seen on Yahoo): it counts only for elements that are not most of the page.
    if state.ariaHiddenIsTrue && node.textLength * 2 < pageText { return .hidden }
    if chromeTags.contains(node) {
      // An FAQ accordion's toggle holds the question as a heading (`<button><h3>Which arm…?</h3>`),
      // or is held by it, as the WAI-ARIA accordion pattern writes it (`<h3><button>FAQ</button></h3>`).
      return node.tagID == TagID.button
        && (node.parent.map { ContentWalker.headingTags.contains($0) && node.textLength * 2 > $0.textLength } == true
          || node.firstDescendant(where: { ContentWalker.headingTags.contains($0) }) != nil)
        ? nil : .markup
    }
    if let role = state.role, chromeRoleWords.contains(lowerCasing: role) { return .markup }
    // Whole-page ASP.NET forms are not widgets.
    if node.tagID == TagID.form && node.textLength < 2_000 { return .markup }
    if isInsert(node) { return .markup }
    if node.tagID == TagID.article { return nil }
    guard node.hasClassCue(.boilerplate) else { return nil }
    if node.hasClassCue(.body) { return nil }
    if isHeadingAnchor(node) { return nil }
    // A wrapper holding most of the page ("site-inner has-sidebar") is not a widget in it; a list
    // is never such a wrapper (a gallery's 50 captions in `<ul class="legends">` outweigh the story).
    return pageText == 0 || node.textLength * 2 < pageText || node.tagID == TagID.ul || node.tagID == TagID.ol
      ? .classWords : nil
  }

  /// Whether the class and id evidence is only an id made of the words of the heading the node
  /// opens: docutils and static-site generators name a section after its heading
  /// (`<div class="section" id="working-on-a-single-branch"><h2>Working on a single
  /// branch</h2>`), which says nothing about a widget.
  static func isHeadingAnchor(_ node: Node) -> Bool {
    guard let id = node.attribute("id"),
      let heading = node.children.first(where: { $0.isElement }),
      ContentWalker.headingTags.contains(heading)
    else { return false }
    let idWords = Text.words(id)
    guard idWords.count >= Thresholds.minimumHeadingAnchorWords,
      Text.words(Page.rawText(heading)).starts(with: idWords),
      !(node.attribute("class").map(ClassTokens.tokens) ?? []).contains(where: {
        ClassTokens.boilerplate.contains($0)
      })
    else { return false }
    return true
  }

  static let insertTags: TagSet = ["p", "div", "aside", "section"]

  /// A "Read more: <a>…</a>" / "Lesen Sie auch: <a>…</a>" insert between the paragraphs of a
  /// story: short, mostly one link, led by a label from `Patterns.insertLabels`.
  static func isInsert(_ node: Node) -> Bool {
    guard insertTags.contains(node), node.textLength > 0, node.textLength <= Thresholds.maximumInsertChars,
      node.linkDensity >= Thresholds.minimumInsertLinkShare,
      // The label ends at a colon: most short link blocks (menus, tag lists) have none, and this
      // test spares them building and cleaning their text.
      Page.rawTextContains(node, byte: UInt8(ascii: ":"))
    else { return false }
    // Only the label is lower-cased: `lowercased()` maps each scalar on its own and never makes
    // or joins a colon, so the colon and the label before it are those of the lower-cased text.
    let text = Text.clean(Page.rawText(node))
    guard let colon = text.firstIndex(of: ":") else { return false }
    let label = text[..<colon].lowercased().trimmingScalars(in: .whitespaces)
    return Patterns.insertLabels.contains(label)
  }

  /// Readability's class weight: +25 for positive evidence, −25 for negative.
  static func classWeight(_ node: Node) -> Double {
    var weight = 0.0
    if node.hasClassCue(.negative) { weight -= 25 }
    if node.hasClassCue(.positive) { weight += 25 }
    return weight
  }
}

/// Finds any of a list of substrings in a short byte string with one pass over it: at each
/// position only the substrings starting with that byte are compared. Written by hand: no
/// package in reach has a multi-pattern matcher, and Foundation's search is the slowest part
/// of the pipeline when called per element. The needles sit in one flat byte array, grouped by
/// their first byte, so the per-position test is two loads: nested arrays cost a retain each.
struct CompoundMatcher: Sendable {
  /// All needles' bytes, grouped by first byte.
  private let bytes: [UInt8]
  /// Start and end in `bytes` of each needle, in the same order.
  private let needles: [(start: Int, end: Int)]
  /// Needles with first byte `b` are `needles[firstIndex[b]..<firstIndex[b + 1]]`.
  private let firstIndex: [Int]
  private let shortest: Int
  /// One bit per pair of leading bytes of some needle (a needle of one byte sets its whole
  /// row): most positions of a class name fail this test and compare nothing.
  private let pairs: [UInt64]
  /// Wu and Manber's skip table, by a hash of two bytes: how far the window (`shortest` bytes)
  /// may move when its last two bytes are that pair, 0 when they may end some needle's first
  /// `shortest` bytes. A pair no needle holds moves the window most of its length, so a long
  /// class value is read a few bytes in every `shortest`, not byte by byte. Empty when the
  /// shortest needle is under `minimumSkipWindow` bytes (no skip to gain).
  private let shifts: [UInt8]
  /// Below this window the skip table gains nothing over the pair test.
  private static let minimumSkipWindow = 3
  private static let shiftTableSize = 4096

  private static func shiftSlot(_ first: UInt8, _ second: UInt8) -> Int {
    (Int(first) << 4 ^ Int(second)) & (shiftTableSize - 1)
  }

  init(_ compounds: [String]) {
    let sorted = compounds.filter { !$0.isEmpty }.map { Array($0.utf8) }.sorted {
      ($0[0], $0.count) < ($1[0], $1.count)
    }
    var bytes: [UInt8] = []
    var needles: [(start: Int, end: Int)] = []
    var firstIndex = [Int](repeating: 0, count: 257)
    for needle in sorted {
      needles.append((bytes.count, bytes.count + needle.count))
      bytes.append(contentsOf: needle)
      firstIndex[Int(needle[0]) + 1] += 1
    }
    for index in 1...256 { firstIndex[index] += firstIndex[index - 1] }
    var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
    for needle in sorted {
      let seconds = needle.count > 1 ? [Int(needle[1])] : Array(0..<256)
      for second in seconds {
        let pair = Int(needle[0]) << 8 | second
        pairs[pair >> 6] |= 1 << UInt64(pair & 63)
      }
    }
    self.pairs = pairs
    self.bytes = bytes
    self.needles = needles
    self.firstIndex = firstIndex
    let shortest = sorted.map(\.count).min() ?? Int.max
    self.shortest = shortest
    if shortest >= CompoundMatcher.minimumSkipWindow && shortest < Int.max {
      var shifts = [UInt8](repeating: UInt8(min(shortest - 1, 255)), count: CompoundMatcher.shiftTableSize)
      for needle in sorted {
        for offset in 0...(shortest - 2) {
          let slot = CompoundMatcher.shiftSlot(needle[offset], needle[offset + 1])
          shifts[slot] = min(shifts[slot], UInt8(min(shortest - 2 - offset, 255)))
        }
      }
      self.shifts = shifts
    } else {
      self.shifts = []
    }
  }

  /// Whether `needle` occurs in `haystack`: the one-needle case, without building a matcher.
  static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
    haystack.withUnsafeBufferPointer { contains($0, needle) }
  }

  /// `contains` over bytes in place (an element's class and id in the document).
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
    if let found = needle.utf8.withContiguousStorageIfAvailable({ contains(haystack, $0) }) { return found }
    return Array(needle.utf8).withUnsafeBufferPointer { contains(haystack, $0) }
  }

  private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
    var start = 0
    while start + needle.count <= bytes.count {
      if bytes[start] == first {
        var offset = 1
        while offset < needle.count && bytes[start + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      start += 1
    }
    return false
  }

  func matches(_ haystack: [UInt8]) -> Bool {
    guard haystack.count >= shortest else { return false }
    return haystack.withUnsafeBufferPointer { matches($0) }
  }

  /// `matches` over bytes in place (an attribute's value in the document), without a copy.
  func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.count >= shortest else { return false }
    if !shifts.isEmpty { return skippingMatches(text) }
    return bytes.withUnsafeBufferPointer { bytes in
      needles.withUnsafeBufferPointer { needles in
        firstIndex.withUnsafeBufferPointer { firstIndex in
          pairs.withUnsafeBufferPointer { pairs in
            for start in 0...(text.count - shortest) {
              let first = Int(text[start])
              if start + 1 < text.count {
                let pair = first << 8 | Int(text[start + 1])
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
              }
              if CompoundMatcher.needle(at: start, in: text, bytes: bytes, needles: needles, firstIndex: firstIndex) {
                return true
              }
            }
            return false
          }
        }
      }
    }
  }

  /// Whether a needle opening with `text[start]` stands at `start`: the needles are grouped by
  /// first byte and sorted by length. Shared by the pair test and the skip table.
  @inline(__always)
  private static func needle(
    at start: Int, in text: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>,
    needles: UnsafeBufferPointer<(start: Int, end: Int)>, firstIndex: UnsafeBufferPointer<Int>
  ) -> Bool {
    let first = Int(text[start])
    var index = firstIndex[first]
    let last = firstIndex[first + 1]
    while index < last {
      let needle = needles[index]
      index += 1
      let length = needle.end - needle.start
      guard start + length <= text.count else { return false }  // sorted by length: the rest are longer
      var offset = 1
      while offset < length && text[start + offset] == bytes[needle.start + offset] { offset += 1 }
      if offset == length { return true }
    }
    return false
  }

  /// `matches` with the skip table: the window's end moves by the shift of its last two bytes,
  /// and only a window whose end may close a needle's first `shortest` bytes is compared, as
  /// `matches` compares a position (every needle starting with its first byte).
  private func skippingMatches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      needles.withUnsafeBufferPointer { needles in
        firstIndex.withUnsafeBufferPointer { firstIndex in
          shifts.withUnsafeBufferPointer { shifts in
            let window = shortest
            var end = window - 1
            while end < text.count {
              let shift = shifts[CompoundMatcher.shiftSlot(text[end - 1], text[end])]
              if shift != 0 {
                end += Int(shift)
                continue
              }
              let start = end - window + 1
              if CompoundMatcher.needle(at: start, in: text, bytes: bytes, needles: needles, firstIndex: firstIndex) {
                return true
              }
              end += 1
            }
            return false
          }
        }
      }
    }
  }
}
