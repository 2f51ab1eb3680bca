import Foundation

/// Byte-level filters of the byline's locating passes: each answers, from an element's records
/// and bytes, whether the String test it stands before could pass, so most elements of a page
/// are rejected without a String made, lower-cased or split.
extension BylineExtractor {
  /// What each of the document's names is to `isAuthorMarkup`, by name index: names are
  /// compared as numbers, not Strings, per attribute. A name may have several indices (the
  /// parser lower-cases names it keys by their source spelling).
  enum AuthorAttribute: UInt8 { case other, itemprop, rel, testID, classOrID }

  static func authorAttributeKinds(_ document: Document) -> [AuthorAttribute] {
    document.nameKinds(
      ["id": .classOrID, "rel": .rel, "class": .classOrID, "itemprop": .itemprop, "data-testid": .testID],
      other: .other)
  }

  private static var metaTag: UInt8 { TagID.meta }
  private static var linkTag: UInt8 { TagID.link }

  /// The page's elements, `<meta>` and `<link>` aside, that `isAuthorMarkup` accepts, in
  /// document order. An element without attributes is never author markup, and one without
  /// `class` or `id` has no class words to match: both are passed over from their records.
  static func authorMarkupElements(in page: Page) -> [Node] {
    let document = page.tree.document
    let kinds = authorAttributeKinds(document)
    // Read once, not per element (each static is a guarded global).
    let (meta, link) = (metaTag, linkTag)
    var result: [Node] = []
    for index in 0..<document.records.count {
      let record = document.records[index]
      guard !record.isText, record.spanCount > 0, record.tagID != meta, record.tagID != link else { continue }
      // The first attribute of each name, as `Node.attribute` reads it.
      var itemprop: Document.Attribute?
      var rel: Document.Attribute?
      var testID: Document.Attribute?
      var classOrID = false
      for position in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
        let attribute = document.attributes[position]
        switch kinds[Int(attribute.name)] {
        case .other: break
        case .itemprop: if itemprop == nil { itemprop = attribute }
        case .rel: if rel == nil { rel = attribute }
        case .testID: if testID == nil { testID = attribute }
        case .classOrID: classOrID = true
        }
      }
      guard itemprop != nil || rel != nil || testID != nil || classOrID else { continue }
      let node = Node(document, index)
      let accepted: Bool
      if itemprop == nil && rel == nil && testID == nil {
        accepted = node.hasClassCue(.byline)
      } else if let byBytes = authorAttributesAnswer(document, itemprop: itemprop, rel: rel, testID: testID) {
        accepted = byBytes || (classOrID && node.hasClassCue(.byline))
      } else {
        accepted = isAuthorMarkup(node)
      }
      if accepted { result.append(node) }
    }
    return result
  }

  /// `isAuthorMarkup`'s attribute tests over ASCII values' bytes: whether `itemprop` is "author",
  /// a space-separated `rel` token is, or `data-testid` holds "author" or "byline", case aside.
  /// nil when a value is not ASCII (the Strings then answer: a space followed by a combining mark
  /// is no separator, and only they compare characters so).
  private static func authorAttributesAnswer(
    _ document: Document, itemprop: Document.Attribute?, rel: Document.Attribute?, testID: Document.Attribute?
  ) -> Bool? {
    func bytes(_ attribute: Document.Attribute) -> UnsafeBufferPointer<UInt8> {
      let start = Int(attribute.valueStart)
      return UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(attribute.valueCount)])
    }
    var found = false
    for attribute in [itemprop, rel, testID] {
      guard let attribute else { continue }
      guard ByteSearch.isASCII(bytes(attribute)) else { return nil }
    }
    if let itemprop, ByteSearch.equalsIgnoringASCIICase(bytes(itemprop), author) { found = true }
    if !found, let rel {
      let value = bytes(rel)
      var start = 0
      for index in 0...value.count where index == value.count || value[index] == 0x20 {
        if ByteSearch.equalsIgnoringASCIICase(UnsafeBufferPointer(rebasing: value[start..<index]), author) {
          found = true
          break
        }
        start = index + 1
      }
    }
    if !found, let testID {
      let value = bytes(testID)
      found = testIDWords.contains { ByteSearch.holdsIgnoringASCIICase(value, $0) }
    }
    return found
  }

  private static let author = Array(ClassTokens.authorMarkupValue.utf8)
  private static let testIDWords = ClassTokens.authorTestIDWords.map { Array($0.utf8) }
}

extension BylineExtractor {
  /// Which ASCII bytes `CharacterSet.punctuationCharacters` holds, asked of Foundation once.
  private static let asciiPunctuation: [Bool] = (0..<128).map {
    CharacterSet.punctuationCharacters.contains(Unicode.Scalar(UInt8($0)))
  }

  /// `word.lowercased().trimmingCharacters(in: .punctuationCharacters)`: over the bytes of an
  /// ASCII word (each byte a scalar), through Foundation for any other.
  static func bareWord(_ word: Substring) -> String {
    let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard ByteSearch.isASCII(bytes) else { return nil }
      var start = 0
      var end = bytes.count
      while start < end && asciiPunctuation[Int(bytes[start])] { start += 1 }
      while end > start && asciiPunctuation[Int(bytes[end - 1])] { end -= 1 }
      return String(unsafeUninitializedCapacity: end - start) { output in
        for index in start..<end { output[index - start] = ByteSearch.lower(bytes[index]) }
        return end - start
      }
    }
    if let ascii, let bare = ascii { return bare }
    return word.lowercased().trimmingScalars(in: .punctuationCharacters)
  }
}

/// The opening of a line as `labelledLine` reads it — `Text.clean(Page.rawText(node))` lower-cased —
/// up to its first visible non-ASCII character: enough of it to tell most lines from every label
/// before their text is built. Cleaned as `Text.clean` cleans (`PublishedDateExtractor.TextScan`'s
/// byte tests).
struct LineOpening {
  /// The opening's bytes, `count` of them.
  private(set) var bytes = SIMD32<UInt8>()
  private(set) var count = 0
  /// The visible non-ASCII character that ended the opening; nil when none did.
  private(set) var stop: Unicode.Scalar?
  /// Whether the text ends where the opening does (no visible character follows it).
  private(set) var complete = false

  /// The opening of the text below `node`, at most `limit` bytes (at most 32).
  init(_ node: Node, limit: Int) {
    let document = node.document
    var pendingSpace = false
    for index in node.order..<node.end where document.records[index].isText {
      let text = Node(document, index).textBytes
      var position = 0
      while position < text.count {
        let byte = text[position]
        if byte < 0x80 {
          position += 1
          // Whitespace (and the line-break mark) makes one space after some text; other
          // controls are dropped.
          if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0x1E {
            pendingSpace = count > 0
            continue
          }
          if byte < 0x20 || byte == 0x7F { continue }
          guard append(byte: ByteSearch.lower(byte), pendingSpace: &pendingSpace, limit: limit) else { return }
          continue
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        switch PublishedDateExtractor.TextScan.cleaning(text, position) {
        case .space: pendingSpace = count > 0
        case .invisible: break
        case .visible:
          if pendingSpace {
            guard count < limit else { return }
            bytes[count] = 0x20
            count += 1
          }
          stop = Unicode.Scalar(PublishedDateExtractor.TextScan.scalarValue(text, position, length))
          return
        }
        position += length
      }
    }
    complete = true
  }

  /// Appends a byte after the pending space; false when the opening is full.
  private mutating func append(byte: UInt8, pendingSpace: inout Bool, limit: Int) -> Bool {
    if pendingSpace {
      guard count < limit else { return false }
      bytes[count] = 0x20
      count += 1
      pendingSpace = false
    }
    guard count < limit else { return false }
    bytes[count] = byte
    count += 1
    return true
  }

  subscript(index: Int) -> UInt8 { bytes[index] }
}

/// The labels `labelledLine` tries, as bytes, for `LineOpening`.
final class LineLabelTable: Sendable {
  struct Entry: Sendable {
    let bytes: [UInt8]
    /// How many of the label's bytes come before its first non-ASCII one.
    let asciiCount: Int
    /// Whether that first non-ASCII character is canonically equivalent to an ASCII one.
    let nonASCIIMayBeASCII: Bool
    /// A line label must be followed by a space unless it ends in a colon; a signature prefix
    /// ends in its space and is tested as a prefix only.
    let needsSpaceAfter: Bool
  }

  let entries: [Entry]
  /// The indices of the entries opening with each ASCII byte; `anyFirst` those opening otherwise.
  let byFirst: [[Int]]
  let anyFirst: [Int]
  /// The opening bytes a line is read for: the longest label and the byte after it.
  let window: Int

  static let shared = LineLabelTable()

  private init() {
    var entries: [Entry] = []
    func add(_ label: String, needsSpaceAfter: Bool) {
      let bytes = Array(label.utf8)
      let asciiCount = bytes.firstIndex { $0 >= 0x80 } ?? bytes.count
      let firstNonASCII = label.unicodeScalars.first { !$0.isASCII }
      entries.append(
        Entry(
          bytes: bytes, asciiCount: asciiCount,
          nonASCIIMayBeASCII: firstNonASCII.map(LineLabelTable.becomesASCII) ?? false,
          needsSpaceAfter: needsSpaceAfter))
    }
    for label in VocabularyBylines.lineLabelList { add(label, needsSpaceAfter: !label.hasSuffix(":")) }
    for prefix in VocabularyBylines.signaturePrefixList { add(prefix, needsSpaceAfter: false) }
    var byFirst = [[Int]](repeating: [], count: 128)
    var anyFirst: [Int] = []
    for (index, entry) in entries.enumerated() {
      if entry.asciiCount > 0 { byFirst[Int(entry.bytes[0])].append(index) } else { anyFirst.append(index) }
    }
    self.entries = entries
    self.byFirst = byFirst
    self.anyFirst = anyFirst
    window = min(32, (entries.map(\.bytes.count).max() ?? 0) + 1)
  }

  /// Non-ASCII characters whose lower case or canonical equivalent is ASCII (the date labels' list).
  static func becomesASCII(_ scalar: Unicode.Scalar) -> Bool {
    PublishedDateExtractor.LabelTable.shared.becomesASCII(scalar)
  }

  /// Whether the line whose opening this is may open with some label (as `labelledLine` tests
  /// it, lower-cased, by characters): false only when the bytes rule every label out.
  func mayOpen(_ opening: LineOpening) -> Bool {
    if opening.count == 0 { return entries.indices.contains { mayOpen(opening, entries[$0]) } }
    return byFirst[Int(opening[0])].contains { mayOpen(opening, entries[$0]) }
      || anyFirst.contains { mayOpen(opening, entries[$0]) }
  }

  private func mayOpen(_ opening: LineOpening, _ entry: Entry) -> Bool {
    let compared = min(entry.asciiCount, opening.count)
    for index in 0..<compared where opening[index] != entry.bytes[index] { return false }
    if opening.count < entry.asciiCount {
      // The text ends, or a visible non-ASCII character stands, where the label goes on in
      // ASCII: only a character that turns into ASCII could still match.
      if opening.complete { return false }
      if let stop = opening.stop { return LineLabelTable.becomesASCII(stop) }
      return true
    }
    if entry.asciiCount < entry.bytes.count {
      // A label with a non-ASCII letter ("rédigé par"): an ASCII character of the text standing
      // alone where the label has it (another ASCII byte after it) is no match.
      return entry.nonASCIIMayBeASCII || opening.count <= entry.asciiCount + 1
    }
    let length = entry.bytes.count
    guard entry.needsSpaceAfter else { return true }
    // The character after the label must be a space.
    if opening.count > length { return opening[length] == 0x20 }
    return !opening.complete && opening.stop == nil
  }
}
