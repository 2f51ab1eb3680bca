import Foundation

/// The count search's tests over bytes in place, asked of every short element of a page: each
/// rejects an element from its text's or attribute's bytes before any String is built, and
/// answers as the String test it stands for does.
extension CommentCount {
  /// Whether a tooltip's last word is a comment noun ("Number of comments"), read from the end
  /// of its bytes while they are ASCII: an ASCII letter or digit is a word's, any other ASCII
  /// byte a separator, as `split` on letters and numbers reads them. A label whose last word or
  /// what follows it is not ASCII is split as a String.
  static func endsWithCountNoun(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = label.count
    while end > 0 {
      let byte = label[end - 1]
      if byte >= 0x80 { return endsWithCountNounSplit(label) }
      if isASCIIWordByte(byte) { break }
      end -= 1
    }
    // No word at all.
    guard end > 0 else { return false }
    var start = end - 1
    while start > 0 {
      let byte = label[start - 1]
      if byte >= 0x80 { return endsWithCountNounSplit(label) }
      if !isASCIIWordByte(byte) { break }
      start -= 1
    }
    let length = end - start
    guard length < asciiCountNouns.count else { return false }
    // The nouns of its length, compared case-folded in place: no String of the word.
    return asciiCountNouns[length].contains { noun in
      (0..<length).allSatisfy { ByteSearch.lower(label[start + $0]) == noun[$0] }
    }
  }

  /// The ASCII comment nouns by their length in bytes (the others never equal an ASCII word).
  private static let asciiCountNouns: [[[UInt8]]] = {
    let nouns = Patterns.commentWords.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
    let longest = nouns.map(\.count).max() ?? 0
    return (0...longest).map { length in nouns.filter { $0.count == length } }
  }()

  /// `endsWithCountNoun` over the label as a String: lower-cased, split on what is no letter or number.
  private static func endsWithCountNounSplit(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
    let text = String(decoding: label, as: UTF8.self)
    guard let last = text.lowercased().split(whereSeparator: { !$0.isLetterOrNumber }).last else {
      return false
    }
    return Patterns.commentWords.contains(String(last))
  }

  @inline(__always) private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  /// Whether a title element's cleaned text may give a count (`titleCount` or
  /// `unspacedTitleCount`), from its text nodes' bytes: one of `titleStems` among its ASCII
  /// letters (folded as `mayHoldTitleWord` folds them), or a "(" and the lead byte of an
  /// unspaced comment noun's first character. The letters are gathered as `Text.clean` leaves
  /// them: the controls and invisible characters it drops are dropped, whitespace and other
  /// characters separate words.
  static func mayHoldTitleCount(_ node: Node) -> Bool {
    let document = node.document
    var total = 0
    for index in (node.order + 1)..<node.end where document.records[index].isText {
      total += Int(document.records[index].spanCount)
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(total, 1)) { letters in
      var written = 0
      var parenthesis = false
      var ideograph = false
      for index in (node.order + 1)..<node.end where document.records[index].isText {
        // The document's bytes in place, not a `Node` a text (each a retain of the document).
        let record = document.records[index]
        let bytes = UnsafeBufferPointer(
          rebasing: document.bytes[Int(record.spanStart)..<Int(record.spanStart + record.spanCount)])
        var offset = 0
        while offset < bytes.count {
          let byte = bytes[offset]
          if byte < 0x80 {
            offset += 1
            if byte > 0x20 && byte != 0x7F {
              if byte == 0x28 { parenthesis = true }
              letters[written] = ByteSearch.lower(byte)
              written += 1
            } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0x1E {
              letters[written] = 0x20
              written += 1
              // A run of indentation as one space (no stem holds one): eight bytes at a time.
              while offset + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
                guard word == 0x2020_2020_2020_2020 || word == 0x0909_0909_0909_0909 else { break }
                offset += 8
              }
            }
            continue
          }
          // A text holding an unspaced comment noun holds the lead byte of its first character.
          if unspacedNounLeads[Int(byte)] || (byte >= compatibilityLeadFloor && compatibleNounLeads[Int(byte)]) {
            ideograph = true
          }
          let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          guard offset + length <= bytes.count else { return true }
          // A Cyrillic letter as its lower-case bytes: the Russian stems are matched on them.
          if byte == 0xD0 || byte == 0xD1 {
            let (lead, second) = foldedCyrillic(byte, bytes[offset + 1])
            letters[written] = lead
            letters[written + 1] = second
            written += 2
            offset += 2
            continue
          }
          if !cleanDrops(bytes, at: offset) {
            letters[written] = 0x80
            written += 1
          }
          offset += length
        }
      }
      if parenthesis && ideograph { return true }
      return titleStems.matches(UnsafeBufferPointer(rebasing: letters[0..<written]))
    }
  }

  /// `mayHoldTitleCount` of the last text read, kept by its first and last text nodes that are
  /// not blank: a heading and the link that holds all its text (`<h3><a>…</a></h3>`) read the
  /// same text, scanned once. Blank text nodes (whitespace only) add only spaces before or after
  /// the text, which no stem holds.
  struct TitleScan {
    private var first = -1
    private var last = -1
    private var answer = false

    mutating func mayHoldTitleCount(_ node: Node) -> Bool {
      let document = node.document
      var first = node.order + 1
      while first < node.end && !TitleScan.holdsWords(document, first) { first += 1 }
      var last = node.end - 1
      while last > first && !TitleScan.holdsWords(document, last) { last -= 1 }
      guard first < node.end else { return CommentCount.mayHoldTitleCount(node) }
      if first == self.first && last == self.last { return answer }
      answer = CommentCount.mayHoldTitleCount(node)
      self.first = first
      self.last = last
      return answer
    }

    /// Whether a record is a text node with a byte that is not ASCII whitespace.
    @inline(__always) private static func holdsWords(_ document: Document, _ index: Int) -> Bool {
      let record = document.records[index]
      guard record.isText else { return false }
      let start = Int(record.spanStart)
      for offset in start..<start + Int(record.spanCount) {
        let byte = document.bytes[offset]
        if byte != 0x20 && !(byte >= 0x09 && byte <= 0x0D) { return true }
      }
      return false
    }
  }

  /// By lead byte, whether a character written from it may open one of the unspaced comment
  /// nouns (`VocabularyComments.chinese`): each noun's first character.
  private static let unspacedNounLeads: [Bool] = {
    var leads = [Bool](repeating: false, count: 256)
    for first in nounFirsts { if let lead = String(first).utf8.first { leads[Int(lead)] = true } }
    return leads
  }()

  /// The first characters of the unspaced comment nouns.
  private static let nounFirsts = Set(VocabularyComments.chinese.compactMap(\.unicodeScalars.first))

  /// The lowest lead byte of a CJK compatibility ideograph (U+F900…U+FAFF lead with 0xEF,
  /// U+2F800…U+2FA1F with 0xF0): below it `compatibleNounLeads` is never read.
  private static let compatibilityLeadFloor: UInt8 = 0xEF

  /// By lead byte, whether a CJK compatibility ideograph written from it decomposes to a noun's
  /// first character (the only characters canonically equivalent to a unified ideograph, which
  /// `unspacedTitleCount`'s search finds as it). Apart from `unspacedNounLeads` and made on first
  /// use: most pages' titles hold no byte from `compatibilityLeadFloor` up, and decomposing the
  /// ideographs cost more than a page's whole count search. Decomposed in one string: each
  /// ideograph decomposes to one unified ideograph (of combining class 0, never reordered), so the
  /// decomposition holds one scalar for each, in order; one by one when it does not.
  private static let compatibleNounLeads: [Bool] = {
    let ideographs = (Array(0xF900...0xFAFF) + Array(0x2F800...0x2FA1F)).compactMap(Unicode.Scalar.init)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: ideographs)
    var decomposed = Array(String(view).decomposedStringWithCanonicalMapping.unicodeScalars)
    if decomposed.count != ideographs.count {
      decomposed = ideographs.map { String($0).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? $0 }
    }
    var leads = [Bool](repeating: false, count: 256)
    for (ideograph, target) in zip(ideographs, decomposed) where nounFirsts.contains(target) {
      if let lead = String(ideograph).utf8.first { leads[Int(lead)] = true }
    }
    return leads
  }()

  /// Whether `Text.clean` drops the character at `offset` (a soft hyphen, a C1 control, a
  /// zero-width space or joiner, a word joiner, a byte-order mark), joining the text around it.
  @inline(__always) private static func cleanDrops(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    switch bytes[offset] {
    case 0xC2:
      let second = bytes[offset + 1]
      return second != 0x85 && second != 0xA0 && (second == 0xAD || second < 0xA0)
    case 0xE2:
      let second = bytes[offset + 1]
      let third = bytes[offset + 2]
      return (second == 0x80 && third >= 0x8B && third <= 0x8D) || (second == 0x81 && third == 0xA0)
    case 0xEF:
      return bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF
    default:
      return false
    }
  }

  /// The comment list's class names as bytes: a list's class value holds one of them.
  static let commentListMarkers = VocabularyComments.commentListClasses.map { Array($0.utf8) }

  /// Whether an id names a comment section: an ASCII id lower-cased byte by byte in a buffer on
  /// the stack; any other through `lowercased()` (a few letters outside ASCII lower-case to it).
  static func idNamesCommentSection(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
    guard ByteSearch.isASCII(id) else {
      return VocabularyComments.sectionIDMatcher.matches(
        Array(String(decoding: id, as: UTF8.self).lowercased().utf8))
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(id.count, 1)) { lowered in
      for offset in 0..<id.count { lowered[offset] = ByteSearch.lower(id[offset]) }
      return VocabularyComments.sectionIDMatcher.matches(UnsafeBufferPointer(rebasing: lowered[0..<id.count]))
    }
  }
}

extension CommentCount {
  /// Whether an ASCII digit's byte is followed by the first byte of one of
  /// `digitGroupSeparators` (".", ",", "'", U+00A0, U+202F): `joiningDigitGroups` removes no
  /// separator of a text without one, and its copy character by character is skipped.
  static func holdsDigitBeforeSeparator(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count > 1 else { return false }
      for index in 0..<(bytes.count - 1) where bytes[index] >= 0x30 && bytes[index] <= 0x39 {
        switch bytes[index + 1] {
        case 0x2E, 0x2C, 0x27, 0xC2, 0xE2: return true
        default: continue
        }
      }
      return false
    }
  }
}

extension CommentCount {
  /// Whether a text node may state the count, from its record and bytes alone: short, and
  /// holding a comment noun's stem. Asked of every text by `inCountLine`'s walk.
  @inline(__always) static func mayStateCount(_ document: Document, _ order: Int) -> Bool {
    let record = document.records[order]
    guard record.textLength <= CommentCountRules.maximumStatementChars,
      record.spanCount <= CommentCountRules.maximumStatementBytes
    else { return false }
    let start = Int(record.spanStart)
    return holdsNounStem(UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(record.spanCount)]))
  }

  /// Whether a text's bytes, ASCII letters folded, hold "mment" or "oment" (comment, Kommentar,
  /// commentaire, comentario, komentář, commenter, skomentować), "repl" (replies) or "resp"/"reac"
  /// (responses, reacties), "pmerk" (Dutch opmerkingen): every noun and prompt verb of a statement
  /// holds one. Each stem holds
  /// an "e": only the bytes around an "e" are compared, with no copy.
  private static func holdsNounStem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 4 else { return false }
    @inline(__always) func at(_ offset: Int) -> UInt8 { bytes[offset] | 0x20 }
    // An "e" with a byte before it and two after it (an ASCII letter or'ed with 0x20 is its lower case).
    for index in 1..<(bytes.count - 2) where at(index) == 0x65 {
      let next = at(index + 1)
      let second = at(index + 2)
      switch at(index - 1) {
      case 0x72:  // "r": "repl", "resp", "reac".
        if (next == 0x70 && second == 0x6C) || (next == 0x73 && second == 0x70) || (next == 0x61 && second == 0x63) {
          return true
        }
      case 0x6D:  // "m": "mment", "oment", "pmerk".
        if index >= 2, next == 0x6E, second == 0x74, at(index - 2) == 0x6D || at(index - 2) == 0x6F { return true }
        if index >= 2, next == 0x72, second == 0x6B, at(index - 2) == 0x70 { return true }
      default: continue
      }
    }
    return false
  }
}
