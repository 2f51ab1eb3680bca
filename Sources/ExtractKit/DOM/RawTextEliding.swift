import Foundation

/// Removes, before libxml2 sees the page, the text of every `<script>` and `<style>` the parser
/// would leave out: a third of real pages' bytes, which libxml2 2.9 decodes one character at a
/// time (`htmlParseScript`) only for `HTMLParser` to drop. Start and end tags stay, so every
/// parser event but those texts is the same. The same reading of start tags empties the quoted
/// values of the attributes nothing reads (`UnreadAttributes`: SVG paths, event handlers,
/// unread `data-` attributes), which libxml2 would decode a character at a time.
///
/// The pass follows libxml2 2.9.14's own reading of the bytes (checked against the library on
/// this machine): text to the next `<`; a start tag needs an ASCII letter after it, and its
/// attributes end at the first `>` outside a quoted value, a quote opening a value only after
/// `name =`; an end tag runs to the next `>`; a comment ends at the first `-->` or `--!>`
/// after `<!--`; a doctype or a processing instruction ends at its `>`. Raw text runs from the
/// start tag's `>` to the first `</` followed by the element's name in any case. Wherever the
/// page leaves that common ground (a comment that never ends, raw text opening with a tag, an
/// end tag `</scripts>`, a doctype holding `<`), the pass stops and leaves the rest as it was:
/// what it removed before is still exact.
///
/// Only for valid UTF-8 as libxml2 reads it unconverted (`HTMLParser.tree`): no byte of a
/// multi-byte character is below 0x80, so `</script` is the same bytes in every character.
enum RawTextEliding {
  /// What a pass removed, for `HTMLParser.tree`: where each text was, and its bytes, so that
  /// the page can be made again when texts inside `<noscript>` or `<template>` may decide
  /// whether those are kept (`SAXTreeBuilder.fallbackText` counts their text).
  struct Removed {
    /// Per removed text: the position of its start tag's `>` in the shortened page (where
    /// libxml2 stands when it reports that start tag), ascending.
    var starts: [Int] = []
    /// Per removed text: where it begins in the shortened page, and its bytes in `bytes`.
    var offsets: [Int] = []
    var lengths: [Int] = []
    var bytes: [UInt8] = []

    /// The page as it was before the pass, from the shortened page, but for the values of
    /// `UnreadAttributes`, which stay empty (nothing reads them).
    func restored(_ shortened: [UInt8]) -> [UInt8] {
      var page: [UInt8] = []
      page.reserveCapacity(shortened.count + bytes.count)
      var from = 0
      var removedFrom = 0
      for (offset, length) in zip(offsets, lengths) {
        page.append(contentsOf: shortened[from..<offset])
        page.append(contentsOf: bytes[removedFrom..<(removedFrom + length)])
        from = offset
        removedFrom += length
      }
      page.append(contentsOf: shortened[from...])
      return page
    }
  }

  /// Shortens `page` in place. With `recording`, the removed texts are kept in the answer (see
  /// `Removed`): a page without `<noscript>` or `<template>` need not keep them.
  static func elide(_ page: inout [UInt8], recording: Bool) -> Removed {
    let cuts = page.withUnsafeBufferPointer { buffer -> [Cut] in
      guard let base = buffer.baseAddress else { return [] }
      var pass = Pass(base: base, count: buffer.count)
      pass.run(from: 0)
      return pass.cuts
    }
    return cut(&page, cuts, recording: recording)
  }

  /// A text the pass removes: its start tag's `>`, and its bounds in the page. An unread
  /// attribute's value (`UnreadAttributes`) has no `tagEnd` (-1): it is not recorded in
  /// `Removed`, whose texts are the scripts' and styles' that the fallbacks' count may need.
  struct Cut {
    let tagEnd: Int
    let start: Int
    let end: Int

    /// Whether it is a script's or style's text (not an attribute's value).
    var isRawText: Bool { tagEnd >= 0 }
  }

  /// Removes `cuts` (in page order, apart) from `page`, moving what stays to the front. The
  /// pass only reads the page, so `PreScan.checkEliding` decides `recording` once it has read
  /// the whole page (whether it holds a `<noscript>` or `<template>`).
  static func cut(_ page: inout [UInt8], _ cuts: [Cut], recording: Bool) -> Removed {
    guard !cuts.isEmpty else { return Removed() }
    var removed = Removed()
    if recording {
      removed.starts.reserveCapacity(cuts.count)
      removed.offsets.reserveCapacity(cuts.count)
      removed.lengths.reserveCapacity(cuts.count)
      removed.bytes.reserveCapacity(cuts.reduce(0) { $0 + $1.end - $1.start })
    }
    let newCount = page.withUnsafeMutableBufferPointer { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      // Bytes before `pending` are settled: `written` of them are in place at the front.
      var pending = 0
      var written = 0
      for cut in cuts {
        if cut.start > pending {
          if written != pending { memmove(base + written, base + pending, cut.start - pending) }
          written += cut.start - pending
        }
        if recording && cut.isRawText {
          removed.starts.append(written - (cut.start - cut.tagEnd))
          removed.offsets.append(written)
          removed.lengths.append(cut.end - cut.start)
          removed.bytes.append(contentsOf: UnsafeBufferPointer(start: base + cut.start, count: cut.end - cut.start))
        }
        pending = cut.end
      }
      if buffer.count > pending {
        if written != pending { memmove(base + written, base + pending, buffer.count - pending) }
        written += buffer.count - pending
      }
      return written
    }
    if newCount < page.count { page.removeLast(page.count - newCount) }
    return removed
  }

  /// "script" and "style", lower-case, as raw-text element names.
  static let script = Array("script".utf8)
  static let style = Array("style".utf8)
  static let doctype = Array("!doctype".utf8)
  /// libxml2 2.9's `HTML_PARSER_BUFFER_SIZE`: a tag or attribute name this long is cut there.
  static let maximumNameLength = 100
  /// libxml2's `IS_BLANK_CH`: inside a tag, form feed and vertical tab are not blanks to
  /// libxml2 2.9.14 (probed with its SAX API: `<a\fhref="x>y">` ends at `x>`).
  static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
  /// A byte that continues an HTML name as libxml2 reads one (`htmlParseHTMLName`).
  static func isNameByte(_ byte: UInt8) -> Bool { Pass.isNameChar(byte) }
  /// Start tags that close a script or style when its text begins with them (their names'
  /// beginnings, as libxml2 may read a shorter name than the pass).
  private static let closers = ["noscript", "body", "frameset"].map { Array($0.utf8) }

  /// The pass: reads the page, and lists the texts to remove (`cuts`).
  struct Pass {
    let base: UnsafePointer<UInt8>
    let count: Int
    var cuts: [Cut] = []
    /// `UnreadAttributes.readDataBytes`, read once: a static is a guarded global.
    let readData = UnreadAttributes.readDataBytes

    init(base: UnsafePointer<UInt8>, count: Int) {
      self.base = base
      self.count = count
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    static func isBlank(_ byte: UInt8) -> Bool { RawTextEliding.isBlank(byte) }
    /// The first character of an HTML name as libxml2 reads one (`htmlParseHTMLName`).
    static func isNameStart(_ byte: UInt8) -> Bool {
      isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }
    static func isNameChar(_ byte: UInt8) -> Bool { isNameStart(byte) || (byte &- 0x30) < 10 || byte == 0x2D }

    /// The next `byte` at or after `from`, or `count`.
    func find(_ byte: UInt8, from: Int) -> Int {
      guard from < count, let found = memchr(base + from, Int32(byte), count - from) else { return count }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Removes `start..<end`, the text of a raw-text element whose start tag ends at `tagEnd`.
    mutating func remove(_ start: Int, _ end: Int, tagEnd: Int) {
      guard end > start else { return }
      cuts.append(Cut(tagEnd: tagEnd, start: start, end: end))
    }

    /// Empties the quoted value `start..<end` (inside its quotes) of the attribute whose name
    /// is the `nameLength` bytes at `nameStart`, when nothing reads it (`UnreadAttributes`).
    @inline(__always)
    mutating func emptyIfUnread(nameStart: Int, nameLength: Int, _ start: Int, _ end: Int) {
      guard end > start, UnreadAttributes.isUnread(base, from: nameStart, length: nameLength, readData: readData)
      else { return }
      cuts.append(Cut(tagEnd: -1, start: start, end: end))
    }

    /// Whether the bytes at `at` are `name` in any case.
    func matches(_ name: [UInt8], at: Int) -> Bool {
      guard at + name.count <= count else { return false }
      for (offset, letter) in name.enumerated() where base[at + offset] | 0x20 != letter { return false }
      return true
    }

    /// Reads from `index`, where the page's text goes on (0, or where `PreScan.checkEliding`
    /// hands over), to its end or where the pass stops.
    mutating func run(from start: Int) {
      var index = start
      while true {
        index = find(0x3C, from: index)  // "<"
        guard index + 1 < count else { return }
        let next = base[index + 1]
        if Self.isLetter(next) {
          guard let after = startTag(index) else { return }
          index = after
        } else if next == 0x2F {  // "</": an end tag when a name follows, else "</" is dropped
          if index + 2 < count, Self.isNameStart(base[index + 2]) {
            index = find(0x3E, from: index + 2) + 1
          } else {
            index += 2
          }
        } else if next == 0x21 {  // "<!"
          if index + 3 < count, base[index + 2] == 0x2D, base[index + 3] == 0x2D {
            guard let after = commentEnd(index) else { return }
            index = after
          } else if matches(RawTextEliding.doctype, at: index + 1) {
            guard let after = doctypeEnd(index) else { return }
            index = after
          } else {
            index += 1  // "<" read as text
          }
        } else if next == 0x3F {  // "<?": a processing instruction when a name follows
          guard index + 2 < count else { return }
          let first = base[index + 2]
          if first >= 0x80 { return }  // a name or not, by Unicode tables: not followed here
          if Self.isLetter(first) || first == 0x5F || first == 0x3A {
            index = find(0x3E, from: index + 2) + 1
          } else {
            index += 2
          }
        } else {
          index += 1
        }
      }
    }

    /// Past a comment from its `<!--` at `start`: the first `-->` or `--!>` whose dashes
    /// follow the opening ones. Nil when it never ends (libxml2 then drops the rest).
    func commentEnd(_ start: Int) -> Int? {
      var index = start + 4
      while true {
        index = find(0x3E, from: index)
        guard index < count else { return nil }
        if index - 2 >= start + 4, base[index - 1] == 0x2D, base[index - 2] == 0x2D { return index + 1 }
        if index - 3 >= start + 4, base[index - 1] == 0x21, base[index - 2] == 0x2D, base[index - 3] == 0x2D {
          return index + 1
        }
        index += 1
      }
    }

    /// Past a doctype from its `<` at `start`: the first `>` outside quotes. Nil when a `<`
    /// comes first (a quoted literal may hold one: not followed) or it never ends. libxml2
    /// may stop reading it sooner; what it leaves is text without a `<`, as good as skipped.
    func doctypeEnd(_ start: Int) -> Int? {
      var index = start + 2
      var quote: UInt8 = 0
      while index < count {
        let byte = base[index]
        if byte == 0x3C { return nil }
        if quote != 0 {
          if byte == quote { quote = 0 }
        } else if byte == 0x22 || byte == 0x27 {
          quote = byte
        } else if byte == 0x3E {
          return index + 1
        }
        index += 1
      }
      return nil
    }

    /// Reads the start tag at `start` (an ASCII letter follows its `<`) as libxml2's
    /// `htmlParseStartTag` does, and a script's or style's text after it. Returns where reading
    /// goes on, nil to stop the pass.
    mutating func startTag(_ start: Int) -> Int? {
      var index = start + 1
      while index < count && Self.isNameChar(base[index]) { index += 1 }
      let nameLength = index - start - 1
      // libxml2 cuts a name at `HTML_PARSER_BUFFER_SIZE` bytes and reads the rest as a bogus
      // attribute, where a quote opens no value: not followed, so such a name stops the pass.
      if nameLength >= RawTextEliding.maximumNameLength { return nil }
      let raw: [UInt8]?
      if nameLength == 6 && matches(RawTextEliding.script, at: start + 1) {
        raw = RawTextEliding.script
      } else if nameLength == 5 && matches(RawTextEliding.style, at: start + 1) {
        raw = RawTextEliding.style
      } else {
        raw = nil
      }
      // The attributes: a name, then optionally `=` and a value; anything else is skipped to
      // the next blank or the tag's end.
      var selfClosing = false
      while true {
        while index < count && Self.isBlank(base[index]) { index += 1 }
        guard index < count else { return nil }  // never ends: libxml2 drops the element
        let byte = base[index]
        if byte == 0x3E { break }
        if byte == 0x2F && index + 1 < count && base[index + 1] == 0x3E {
          selfClosing = true
          index += 1
          break
        }
        if Self.isNameStart(byte) {
          let nameStart = index
          while index < count && Self.isNameChar(base[index]) { index += 1 }
          if index - nameStart >= RawTextEliding.maximumNameLength { return nil }
          let nameLength = index - nameStart
          while index < count && Self.isBlank(base[index]) { index += 1 }
          guard index < count, base[index] == 0x3D else { continue }  // no value
          index += 1
          while index < count && Self.isBlank(base[index]) { index += 1 }
          guard index < count else { return nil }
          let first = base[index]
          if first == 0x22 || first == 0x27 {
            let close = find(first, from: index + 1)
            if close < count { emptyIfUnread(nameStart: nameStart, nameLength: nameLength, index + 1, close) }
            index = close + 1
          } else {
            while index < count && !Self.isBlank(base[index]) && base[index] != 0x3E { index += 1 }
          }
        } else {
          while index < count && !Self.isBlank(base[index]) && base[index] != 0x3E
            && !(base[index] == 0x2F && index + 1 < count && base[index + 1] == 0x3E)
          {
            index += 1
          }
        }
      }
      guard let raw, !selfClosing else { return index + 1 }
      return rawText(raw, tagStart: start, tagEnd: index)
    }

    /// A script's or style's text after its start tag (`>` at `tagEnd`), removed unless a
    /// script's tag may make it JSON-LD; returns where reading goes on past its end tag.
    mutating func rawText(_ name: [UInt8], tagStart: Int, tagEnd: Int) -> Int? {
      guard let end = rawTextEnd(name, tagEnd: tagEnd) else { return nil }
      if name.count == 5 || !mayBeJSONLD(tagStart, tagEnd) { remove(tagEnd + 1, end, tagEnd: tagEnd) }
      guard end < count else { return nil }
      return find(0x3E, from: end + 2 + name.count) + 1
    }

    /// Where a script's or style's text after its start tag (`>` at `tagEnd`) ends: the `<` of
    /// its end tag, or `count` when it runs to the page's end. Nil where the pass stops.
    func rawTextEnd(_ name: [UInt8], tagEnd: Int) -> Int? {
      let start = tagEnd + 1
      guard start < count else { return nil }
      if base[start] == 0x3C, start + 1 < count {
        // libxml2 reads a tag there before it reads raw text: an end tag other than the element's
        // own may close it, and so may a start tag libxml2 lets close it (`htmlCheckAutoClose`):
        // tried on this machine for every HTML element, `<noscript>` closes a script, `<body>`
        // and `<frameset>` a style; others stay text.
        if base[start + 1] == 0x2F && !isEndTag(name, at: start) { return nil }
        for closer in RawTextEliding.closers where matches(closer, at: start + 1) { return nil }
      }
      var end = start
      while true {
        end = find(0x3C, from: end)
        if end >= count { break }
        if end + 1 < count, base[end + 1] == 0x2F, matches(name, at: end + 2) { break }
        end += 1
      }
      // The end tag must be the element's own: `</scripts>` is read as another end tag, and
      // raw text goes on after it.
      if end < count && !isEndTag(name, at: end) { return nil }
      return end
    }

    /// Whether `</name` at `at` ends in a character that cannot continue the name.
    func isEndTag(_ name: [UInt8], at: Int) -> Bool {
      guard at + 1 < count, base[at] == 0x3C, base[at + 1] == 0x2F, matches(name, at: at + 2) else { return false }
      let after = at + 2 + name.count
      return after >= count || !Self.isNameChar(base[after])
    }

    /// A script start tag whose `type` could read as JSON-LD to `SAXTreeBuilder` (lower-cased,
    /// it contains "ld+json"): it holds "json" in any case, an entity, or a non-ASCII byte.
    func mayBeJSONLD(_ start: Int, _ end: Int) -> Bool {
      var index = start
      while index < end {
        let byte = base[index]
        if byte >= 0x80 || byte == 0x26 { return true }
        if byte | 0x20 == 0x6A, index + 3 < end, base[index + 1] | 0x20 == 0x73, base[index + 2] | 0x20 == 0x6F,
          base[index + 3] | 0x20 == 0x6E
        {
          return true
        }
        index += 1
      }
      return false
    }
  }
}
