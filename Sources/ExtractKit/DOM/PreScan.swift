import Foundation

/// A byte pass over the page before libxml2 sees it, bounding the work of libxml2 2.9's two
/// quadratic paths: a start tag's attributes are checked for duplicates against every
/// earlier attribute of the tag (n² / 2 comparisons: 100,000 attributes took 30 s), and an
/// end tag that matches no open element is looked for through the whole stack of open ones
/// (open elements × unmatched end tags: 150,000 of each took minutes). The pass counts both
/// costs as libxml2 would pay them, rounding up, and refuses the page with `too-complex` when
/// they pass a budget no real page comes near. End tags also count toward the element limit.
///
/// Text between tags is skipped with `memchr`; only the bytes inside tags are looked at. The
/// pass is 2% of an extraction's instructions (callgrind, readability corpus); the tag lists
/// are arrays, as comparing a few words costs less than hashing one.
enum PreScan {
  /// Comparisons libxml2 may spend on attribute duplicates and end-tag searches: about a
  /// third of a second. The 719 pages of the evaluation corpora cost at most 52,000.
  static let maximumWork = 50_000_000
  /// Open elements an end tag is matched against before it counts as unmatched (and pays
  /// the whole stack): misnested real markup closes within a few levels.
  static let matchDepth = 16
  /// Elements that never have content, so never stay open.
  static let voidElements: [UInt64] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "basefont", "frame", "isindex", "keygen",
  ].map(packed)
  /// Elements a start tag of the same name closes (`<p>` after an open `<p>`, `<li>` after
  /// `<li>`), as libxml2's auto-close does: old markup leaves them unclosed by the thousand.
  static let selfClosingSiblings: [UInt64] = [
    "p", "li", "option", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
  ].map(packed)
  /// Elements whose content is raw text up to their end tag, as libxml2 reads them.
  static let rawText: [UInt64] = ["script", "style"].map(packed)

  /// Elements whose content the parser leaves out unless the page's text is there
  /// (`HTMLParser.tree`); "noscript" and "template" are eight bytes, whole in a packed word.
  static let fallbackElements: [UInt64] = ["noscript", "template"].map(packed)

  /// A filter over the four lists above: bit `slot(tag)` of the 256 set for every name they
  /// hold. Most start tags (`div`, `span`, `a`) miss it and are answered without a list search,
  /// which cost a tenth of the pass.
  static let listedSlots: [UInt64] = {
    var slots = [UInt64](repeating: 0, count: 4)
    for tag in voidElements + selfClosingSiblings + rawText + fallbackElements {
      let slot = PreScan.slot(tag)
      slots[slot >> 6] |= 1 << UInt64(slot & 63)
    }
    return slots
  }()

  /// A packed name's place in `listedSlots`: the top byte of a multiplicative hash.
  @inline(__always) static func slot(_ tag: UInt64) -> Int {
    Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) >> 56)
  }

  /// Throws `ExtractError.tooComplexMarkup` when the page would cost libxml2 more than the
  /// budget, or `tooComplex` when it has more end tags or open elements than `maximumElements`.
  /// Returns whether the page has a `<noscript>` or `<template>` start tag (`fallbackElements`).
  @discardableResult
  static func check(_ bytes: [UInt8], encoding: String, maximumElements: Int) throws -> Bool {
    if encoding.uppercased().hasPrefix("UTF-16") {
      // libxml2 reads UTF-16 as UTF-8 after converting it: scan what it will scan.
      let bigEndian = encoding.uppercased().hasSuffix("BE")
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      for offset in stride(from: 0, to: bytes.count - 1, by: 2) {
        let (high, low) = bigEndian ? (bytes[offset], bytes[offset + 1]) : (bytes[offset + 1], bytes[offset])
        units.append(UInt16(high) << 8 | UInt16(low))
      }
      return try check(
        Array(String(decoding: units, as: UTF16.self).utf8), encoding: "UTF-8", maximumElements: maximumElements)
    }
    return try bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      var scanner = Scanner(base: base, count: buffer.count, maximumElements: maximumElements, budget: maximumWork)
      defer { scanner.open.release() }
      try scanner.run()
      return scanner.sawFallback
    }
  }

  /// The work the page would cost libxml2 as the pass counts it (for tests and tuning).
  static func work(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var scanner = Scanner(base: base, count: buffer.count, maximumElements: .max, budget: .max)
      defer { scanner.open.release() }
      try? scanner.run()
      return scanner.work
    }
  }

  /// Up to the first eight bytes of a tag name, lower-cased, in one word.
  static func packed(_ name: String) -> UInt64 {
    var value: UInt64 = 0
    for (index, byte) in name.utf8.prefix(8).enumerated() { value |= UInt64(byte | 0x20) << (8 * UInt64(index)) }
    return value
  }

  /// libxml2's cost as the pass counts it; `checkEliding` drives it tag by tag, and hands the
  /// rest of a page to `run` where its reading and `RawTextEliding`'s may part.
  struct Scanner {
    let base: UnsafePointer<UInt8>
    let count: Int
    let maximumElements: Int
    let budget: Int
    var index = 0
    var work = 0
    var endTags = 0
    /// The open elements' packed names, innermost last: a buffer of ours, as an array's
    /// `removeLast(_:)` and uniqueness checks cost a tenth of the pass, once an end tag.
    var open = GrowableBuffer<UInt64>(capacity: 256)
    var sawFallback = false
    // The lists, read once: each is a guarded global, and a start tag asks up to four.
    let listedSlots = PreScan.listedSlots
    let voidElements = PreScan.voidElements
    let selfClosingSiblings = PreScan.selfClosingSiblings
    let rawText = PreScan.rawText
    let fallbackElements = PreScan.fallbackElements
    let classes = ByteClass.table

    init(base: UnsafePointer<UInt8>, count: Int, maximumElements: Int, budget: Int) {
      self.budget = budget
      self.base = base
      self.count = count
      self.maximumElements = maximumElements
    }

    /// Whether `tag` may be in one of the lists (never false when it is).
    @inline(__always) func mayBeListed(_ tag: UInt64) -> Bool {
      let slot = PreScan.slot(tag)
      return listedSlots[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    /// Whether a byte ends an attribute's name or unquoted value in `startTag`: a blank
    /// (`isSpace`), "/", "=" or ">", as bits of one word (all are below 0x40).
    @inline(__always) static func endsToken(_ byte: UInt8) -> Bool {
      byte < 0x40 && (0x6000_8001_0000_2600 as UInt64) >> UInt64(byte) & 1 != 0
    }
    /// libxml2's `IS_BLANK_CH`, shared with `RawTextEliding`: form feed is no blank in a tag.
    static func isSpace(_ byte: UInt8) -> Bool { RawTextEliding.isBlank(byte) }

    /// The next `byte` at or after `from`, or `count`.
    func find(_ byte: UInt8, from: Int) -> Int {
      guard from < count, let found = memchr(base + from, Int32(byte), count - from) else { return count }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// A tag name from `index`: letters, digits and the like, packed; `index` after it.
    mutating func name() -> UInt64 {
      let start = index
      index = ByteClass.nameEnd(base, from: start, count: count, dot: false, classes: classes)
      return ByteClass.packed(base, from: start, length: index - start, count: count)
    }

    mutating func spend(_ amount: Int) throws {
      work = work &+ amount
      if work > budget {
        throw ExtractError.tooComplexMarkup("its tags would cost the parser more than \(PreScan.maximumWork) steps")
      }
    }

    mutating func run() throws {
      while true {
        index = find(0x3C, from: index) + 1  // past "<"
        guard index < count else { return }
        let next = base[index]
        if next == 0x2F {
          index += 1
          try endTag()
        } else if Self.isLetter(next) {
          try startTag()
        } else if next == 0x21, index + 2 < count, base[index + 1] == 0x2D, base[index + 2] == 0x2D {
          skipComment()
        }
      }
    }

    mutating func skipComment() {
      index += 3
      while index < count {
        index = find(0x3E, from: index)
        if index >= count { return }
        index += 1
        if base[index - 2] == 0x2D && base[index - 3] == 0x2D { return }
      }
    }

    mutating func endTag() throws {
      let tag = name()
      index = find(0x3E, from: index)
      guard tag != 0 else { return }
      endTags += 1
      if endTags > maximumElements { throw ExtractError.tooComplex(elements: endTags, limit: maximumElements) }
      var depth = open.count - 1
      let floor = max(0, open.count - PreScan.matchDepth)
      while depth >= floor && open[depth] != tag { depth -= 1 }
      if depth >= floor {
        try spend(open.count - depth)
        open.truncate(to: depth)
      } else {
        try spend(open.count + 1)
      }
    }

    mutating func startTag() throws {
      let tag = name()
      var attributes = 0
      var inToken = false
      var expectValue = false
      var lastVisible: UInt8 = 0
      while index < count {
        let byte = base[index]
        if byte == 0x3E { break }
        // A quote opens a quoted value only right after "=": elsewhere it is a character of
        // a name or an unquoted value, as libxml2 reads it (`content=“x"` is one value).
        if expectValue && (byte == 0x22 || byte == 0x27) {
          index = find(byte, from: index + 1) + 1
          inToken = false
          expectValue = false
          lastVisible = byte
          continue
        }
        index += 1
        if Self.isSpace(byte) {
          inToken = false
          continue
        }
        lastVisible = byte
        if byte == 0x3D {
          expectValue = true
          inToken = false
        } else if byte == 0x2F {
          inToken = false
        } else if !inToken {
          inToken = true
          if expectValue { expectValue = false } else { attributes += 1 }
          // The rest of the name or unquoted value at once: up to a blank, "=", "/" or ">",
          // the only bytes that change what the loop above does inside a token.
          while index < count && !Self.endsToken(base[index]) { index += 1 }
          lastVisible = base[index - 1]
        }
      }
      if try opened(tag, attributes: attributes, selfClosed: lastVisible == 0x2F) { skipRawText(tag) }
    }

    /// What a start tag named `tag` costs and opens, once read: `attributes` names and
    /// unquoted values as `startTag` counts them, `selfClosed` when its last visible byte is
    /// "/". Returns whether it opened a script or style, whose text is to be skipped.
    mutating func opened(_ tag: UInt64, attributes: Int, selfClosed: Bool) throws -> Bool {
      if attributes > 1 { try spend(attributes * (attributes - 1) / 2) }
      let listed = mayBeListed(tag)
      if listed && !sawFallback && fallbackElements.contains(tag) { sawFallback = true }
      if selfClosed || (listed && voidElements.contains(tag)) { return false }
      if listed, open.count > 0, open[open.count - 1] == tag, selfClosingSiblings.contains(tag) { return false }
      open.append(tag)
      if open.count > maximumElements { throw ExtractError.tooComplex(elements: open.count, limit: maximumElements) }
      return listed && rawText.contains(tag)
    }

    /// Past a script's or style's text, to its end tag's "<".
    mutating func skipRawText(_ tag: UInt64) {
      while true {
        index = find(0x3C, from: index)
        guard index + 1 < count else { return }
        if base[index + 1] == 0x2F {
          let start = index
          index += 2
          if name() == tag {
            index = start
            return
          }
        } else {
          index += 1
        }
      }
    }
  }
}
