import Foundation

extension PreScan {
  /// `check` and `RawTextEliding.elide` in one pass over the page, for valid UTF-8 that
  /// libxml2 reads as it is: the answer is theirs, byte for byte,
  /// `(check(page), elide(&page, recording: check(page)))`, as is any error `check` throws.
  /// Each read the page's bytes on its own (text with `memchr`, every start tag's attributes);
  /// together they were 5% of an extraction's instructions.
  ///
  /// The two read tags a little differently (`RawTextEliding` exactly as libxml2 does, `check`
  /// more loosely, counting what libxml2 would pay). Here a tag is read once where both readings
  /// provably agree: names of `[A-Za-z0-9_:-]`, attributes `name`, `name=value`, `name="value"`,
  /// `name='value'` apart by blanks, ending in `>` or `/>`; end tags, comments ending in `-->`,
  /// doctypes and processing instructions without a `<` inside. At the first tag outside that
  /// common ground the rest of the page is handed to both passes as they are, each from that
  /// `<` with what it had counted and removed so far (`handOver`): exact, and rare on real pages.
  static func checkEliding(_ page: inout [UInt8], maximumElements: Int) throws -> (
    mayHoldFallbacks: Bool, removed: RawTextEliding.Removed
  ) {
    let (fallbacks, cuts) = try page.withUnsafeBufferPointer { buffer -> (Bool, [RawTextEliding.Cut]) in
      guard let base = buffer.baseAddress else { return (false, []) }
      var joint = JointPass(base: base, count: buffer.count, maximumElements: maximumElements)
      defer { joint.scanner.open.release() }
      try joint.run()
      return (joint.scanner.sawFallback, joint.eliding.cuts)
    }
    return (fallbacks, RawTextEliding.cut(&page, cuts, recording: fallbacks))
  }

  /// Where `checkEliding` handed the page over to the two passes (nil when it read it all): for tests.
  static func jointReadingStops(_ page: [UInt8]) -> Int? {
    page.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return nil }
      var joint = JointPass(base: base, count: buffer.count, maximumElements: .max)
      defer { joint.scanner.open.release() }
      try? joint.run()
      return joint.handedOver
    }
  }

  /// A byte's classes, one bit each, for the joint reading's loops.
  enum ByteClass {
    /// Begins a name to libxml2 (`RawTextEliding`): an ASCII letter, "_", ":", ".".
    static let nameStart: UInt8 = 1
    /// Continues a name to libxml2: those, digits and "-".
    static let nameByte: UInt8 = 2
    /// Continues a tag name to `Scanner.name`: letters, digits, "-", ":", "_" (not ".").
    static let scanName: UInt8 = 4
    /// A blank inside a tag (`RawTextEliding.isBlank`).
    static let blank: UInt8 = 8

    /// Never freed: one table for the process, only read.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
      let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
      for byte in 0..<256 {
        let value = UInt8(byte)
        var bits: UInt8 = 0
        let letter = (value | 0x20) &- 0x61 < 26
        let digit = value &- 0x30 < 10
        if letter || value == 0x5F || value == 0x3A || value == 0x2E { bits |= nameStart | nameByte }
        if digit || value == 0x2D { bits |= nameByte }
        if letter || digit || value == 0x2D || value == 0x3A || value == 0x5F { bits |= scanName }
        if RawTextEliding.isBlank(value) { bits |= blank }
        table[byte] = bits
      }
      return UnsafePointer(table)
    }()

    /// The end of the run of name bytes from `from` (`nameByte`, or `scanName` when `dot` is
    /// false), up to `count`: eight bytes a step while eight are left (`nonNameBytes`), then a
    /// byte at a time by `classes` (`table`). Names are short, but a byte loop cost some ten
    /// instructions a byte.
    @inline(__always)
    static func nameEnd(
      _ base: UnsafePointer<UInt8>, from: Int, count: Int, dot: Bool, classes: UnsafePointer<UInt8>
    ) -> Int {
      var index = from
      while index &+ 8 <= count {
        let others = nonNameBytes(
          UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)), dot: dot)
        if others != 0 { return index &+ others.trailingZeroBitCount >> 3 }
        index &+= 8
      }
      let bit = dot ? nameByte : scanName
      while index < count && classes[Int(base[index])] & bit != 0 { index &+= 1 }
      return index
    }

    /// The first eight bytes of the name of `length` bytes at `from`, lower-cased, in one word
    /// (`PreScan.packed`): one load where eight bytes are left.
    @inline(__always)
    static func packed(_ base: UnsafePointer<UInt8>, from: Int, length: Int, count: Int) -> UInt64 {
      if from &+ 8 <= count {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
        return (word | 0x2020_2020_2020_2020) & (length >= 8 ? ~0 : (1 << (8 * UInt64(length))) &- 1)
      }
      var value: UInt64 = 0
      for offset in 0..<min(length, 8) { value |= UInt64(base[from + offset] | 0x20) << (8 * UInt64(offset)) }
      return value
    }

    /// The high bit of each byte of `word` that is no name byte: not an ASCII letter, digit,
    /// "-", ":", "_" (or "." when `dot`). Each class is a range, tested in all eight bytes at
    /// once on their low seven bits (no carry crosses a byte); a byte of 0x80 or more is none.
    @inline(__always)
    static func nonNameBytes(_ word: UInt64, dot: Bool) -> UInt64 {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let high: UInt64 = 0x8080_8080_8080_8080
      let ascii = word & ~high
      // The high bit set where `lowest <= byte <= highest`.
      @inline(__always) func within(_ bytes: UInt64, _ lowest: UInt64, _ highest: UInt64) -> UInt64 {
        (bytes &+ (0x80 - lowest) &* ones) & ~(bytes &+ (0x7F - highest) &* ones)
      }
      let letters = within(ascii | 0x20 &* ones, 0x61, 0x7A)
      let digitsColon = within(ascii, 0x30, 0x3A)
      let dashDot = within(ascii, 0x2D, dot ? 0x2E : 0x2D)
      let underscore = within(ascii, 0x5F, 0x5F)
      return (~(letters | digitsColon | dashDot | underscore) | word) & high
    }
  }

  private struct JointPass {
    var scanner: Scanner
    var eliding: RawTextEliding.Pass
    let base: UnsafePointer<UInt8>
    let count: Int
    let classes = ByteClass.table
    var handedOver: Int?

    /// The packed names of the two raw-text elements.
    static let script = PreScan.packed("script")
    static let style = PreScan.packed("style")

    init(base: UnsafePointer<UInt8>, count: Int, maximumElements: Int) {
      self.base = base
      self.count = count
      scanner = Scanner(base: base, count: count, maximumElements: maximumElements, budget: PreScan.maximumWork)
      eliding = RawTextEliding.Pass(base: base, count: count)
    }

    @inline(__always) func isBlank(_ byte: UInt8) -> Bool { classes[Int(byte)] & ByteClass.blank != 0 }

    /// The rest of the page from the `<` at `start`, read by each pass on its own.
    mutating func handOver(_ start: Int) throws {
      handedOver = start
      eliding.run(from: start)
      scanner.index = start
      try scanner.run()
    }

    mutating func run() throws {
      var index = 0
      while true {
        let start = scanner.find(0x3C, from: index)
        guard start + 1 < count else { return }
        let next = base[start + 1]
        if (next | 0x20) &- 0x61 < 26 {
          // A tag handed over is read again by `RawTextEliding`: its emptied values are undone.
          let mark = eliding.cuts.count
          guard let after = try startTag(start) else {
            eliding.cuts.removeSubrange(mark...)
            return try handOver(start)
          }
          index = after
        } else if next == 0x2F {
          // "</" and a name: both read an end tag to the next ">".
          guard start + 2 < count, classes[Int(base[start + 2])] & ByteClass.nameStart != 0 else {
            return try handOver(start)
          }
          scanner.index = start + 2
          try scanner.endTag()
          index = scanner.index + 1
        } else if next == 0x21 {
          if start + 3 < count, base[start + 2] == 0x2D, base[start + 3] == 0x2D {
            // A comment: `Scanner` also ends one at `<!-->` and `<!--->`, and not at `--!>`.
            if start + 4 < count && base[start + 4] == 0x3E { return try handOver(start) }
            if start + 5 < count && base[start + 4] == 0x2D && base[start + 5] == 0x3E { return try handOver(start) }
            guard let after = eliding.commentEnd(start), base[after - 2] == 0x2D else { return try handOver(start) }
            index = after
          } else if eliding.matches(RawTextEliding.doctype, at: start + 1) {
            // Holding no "<" (else nil), it is text to `Scanner`, which finds the next "<" after it.
            guard let after = eliding.doctypeEnd(start) else { return try handOver(start) }
            index = after
          } else {
            index = start + 1
          }
        } else if next == 0x3F {
          // A processing instruction: to the next ">", which `Scanner` reads as text: the same
          // when no "<" comes first.
          guard start + 2 < count, base[start + 2] < 0x80 else { return try handOver(start) }
          let first = base[start + 2]
          if (first | 0x20) &- 0x61 < 26 || first == 0x5F || first == 0x3A {
            let end = scanner.find(0x3E, from: start + 2)
            if memchr(base + start + 2, 0x3C, end - start - 2) != nil { return try handOver(start) }
            index = end + 1
          } else {
            index = start + 1
          }
        } else {
          index = start + 1
        }
      }
    }

    /// Reads the start tag at `start` (a letter follows its `<`) both ways, and a script's or
    /// style's text after it. Returns where reading goes on, nil (having changed nothing) where
    /// the two readings may part.
    mutating func startTag(_ start: Int) throws -> Int? {
      let base = self.base
      let count = self.count
      var index = ByteClass.nameEnd(base, from: start + 1, count: count, dot: false, classes: classes)
      let nameLength = index - start - 1
      // libxml2's name goes on past "." (`Scanner`'s does not), and is cut at 100 bytes.
      if nameLength >= RawTextEliding.maximumNameLength || (index < count && base[index] == 0x2E) { return nil }
      let tag = ByteClass.packed(base, from: start + 1, length: nameLength, count: count)
      var attributes = 0
      var lastVisible: UInt8 = 0
      var selfClosing = false
      while true {
        while index < count && isBlank(base[index]) { index += 1 }
        guard index < count else { return nil }
        let byte = base[index]
        if byte == 0x3E { break }
        if byte == 0x2F {
          guard index + 1 < count, base[index + 1] == 0x3E else { return nil }
          selfClosing = true
          lastVisible = byte
          index += 1
          break
        }
        guard classes[Int(byte)] & ByteClass.nameStart != 0 else { return nil }
        // An attribute's name: one token to `Scanner` when a blank, "=", "/" or ">" ends it.
        let nameStart = index
        index = ByteClass.nameEnd(base, from: index + 1, count: count, dot: true, classes: classes)
        guard index < count, index - nameStart < RawTextEliding.maximumNameLength else { return nil }
        let after = base[index]
        guard isBlank(after) || after == 0x3D || after == 0x3E || after == 0x2F else { return nil }
        let nameLength = index - nameStart
        attributes += 1
        lastVisible = base[index - 1]
        while index < count && isBlank(base[index]) { index += 1 }
        guard index < count else { return nil }
        guard base[index] == 0x3D else { continue }
        index += 1
        while index < count && isBlank(base[index]) { index += 1 }
        guard index < count else { return nil }
        let first = base[index]
        if first == 0x22 || first == 0x27 {
          let close = scanner.find(first, from: index + 1)
          guard close < count else { return nil }
          eliding.emptyIfUnread(nameStart: nameStart, nameLength: nameLength, index + 1, close)
          index = close + 1
          lastVisible = first
        } else {
          // An unquoted value runs to a blank or ">" for libxml2; `Scanner` reads tokens in it
          // apart by "/" and "=", each after the first an attribute unless it follows "=".
          var expectValue = true
          var inToken = false
          while index < count {
            let byte = base[index]
            if isBlank(byte) || byte == 0x3E { break }
            if byte == 0x3D {
              expectValue = true
              inToken = false
            } else if byte == 0x2F {
              inToken = false
            } else if !inToken {
              // After "=", `Scanner` reads a quote as opening a quoted value.
              if expectValue && (byte == 0x22 || byte == 0x27) { return nil }
              inToken = true
              if expectValue { expectValue = false } else { attributes += 1 }
            }
            index += 1
          }
          guard index < count, !expectValue else { return nil }
          lastVisible = base[index - 1]
        }
      }
      // `index` is at the tag's ">".
      let raw = (nameLength == 6 && tag == Self.script) || (nameLength == 5 && tag == Self.style)
      let selfClosed = lastVisible == 0x2F
      guard raw && !selfClosing else {
        if raw && selfClosed != selfClosing { return nil }
        _ = try scanner.opened(tag, attributes: attributes, selfClosed: selfClosed)
        return index + 1
      }
      // Both skip the text to its own end tag's "<" (where `Scanner`'s `skipRawText` stops
      // too): a text `RawTextEliding` would not follow, or one running to the page's end, is
      // handed over.
      if selfClosed { return nil }
      let name = nameLength == 6 ? RawTextEliding.script : RawTextEliding.style
      guard let end = eliding.rawTextEnd(name, tagEnd: index), end < count else { return nil }
      // A script or style not self-closed is always opened (neither is void).
      let opened = try scanner.opened(tag, attributes: attributes, selfClosed: false)
      assert(opened)
      if nameLength == 5 || !eliding.mayBeJSONLD(start, index) { eliding.remove(index + 1, end, tagEnd: index) }
      return end
    }
  }
}
