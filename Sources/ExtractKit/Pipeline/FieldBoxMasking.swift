/// Boxes inside the located body built around a field the reader fills in (`FieldBoxes`): a text
/// field, a menu or a text area, with the short heading and pitch around it. The story's own text
/// may hold fields too (an exercise's blanks, a quiz, a how-to's calculator), and the climb from a
/// field stops at every sign of it: a field inside a sentence, a list item or table cell, a box
/// holding the article's headings, its lists, tables or code, or questions between its fields.
enum FieldBoxMasking {
  /// The fields: a typed `<input>`, a `<select>` menu, a `<textarea>`.
  static let fieldTags: TagSet = ["input", "select", "textarea"]
  /// Blocks of the story a field's box never holds.
  private static let storyBlockTags: TagSet = ["table", "pre", "ol", "ul", "dl", "blockquote", "figure", "article"]
  /// Items of the story's lists and tables: a field inside one is an exercise's blank.
  private static let storyItemTags: TagSet = ["li", "dd", "dt", "td", "th"]
  /// Elements whose text is the form's own words, not the page's: a label, a menu's options, a button.
  private static let formTextTags: TagSet = [
    "label", "option", "optgroup", "button", "select", "textarea", "legend",
  ]

  private static let inputID = TagNames.id("input")

  /// Whether `node` is a field the reader fills in.
  static func isField(_ node: Node) -> Bool {
    guard fieldTags.contains(node) else { return false }
    guard node.tagID == inputID, let type = node.attribute("type") else { return true }
    return !FieldBoxes.ignoredInputTypes.contains(type.lowercased())
  }

  /// The orders of the field boxes below `root` (not `root` itself): for each field, the highest
  /// ancestor that stays short, a small share of the body, and free of the story's blocks.
  static func boxes(below root: Node) -> [Int] {
    var fields: [Node] = []
    // One byte compared a node: most bodies hold no field at all.
    for order in (root.order + 1)..<max(root.order + 1, root.end) {
      let node = Node(root.document, order)
      if fieldTags.contains(node) { fields.append(node) }
    }
    guard !fields.isEmpty else { return [] }
    let rootLength = root.textLength
    let limit = min(FieldBoxes.maximumBoxChars, Int(FieldBoxes.maximumShareOfBody * Double(rootLength)))
    var rootHeadings: [Int]?
    var boxes: [Int] = []
    fieldLoop: for field in fields where isField(field) {
      if boxes.last.map({ Node(root.document, $0).contains(field) }) == true { continue }
      if isInSentence(field) { continue }
      var box: Node?
      var node = field
      for _ in 0..<FieldBoxes.levels {
        guard let parent = node.parent, parent.order > root.order else { break }
        if storyItemTags.contains(parent) { continue fieldLoop }
        if parent.textLength > limit || storyBlockTags.contains(parent)
          || parent.firstDescendant(where: { storyBlockTags.contains($0) }) != nil
        {
          break
        }
        let headings = headingCounts(parent)
        if headings.contains(where: { $0 > 0 }) {
          if rootHeadings == nil { rootHeadings = headingCounts(root) }
          // A heading whose level the body also uses outside the box is the article's.
          if let rootHeadings, zip(headings, rootHeadings).contains(where: { $0 > 0 && $1 > $0 }) { continue fieldLoop }
        }
        if asksQuestions(parent) { continue fieldLoop }
        node = parent
        if parent.textLength > 0 { box = parent }
      }
      if let box { boxes.append(box.order) }
    }
    return boxes
  }

  /// Whether the field sits inside a sentence: its block (the nearest ancestor that is not
  /// inline) holds text both before and after it (`<p>She <input> to school.</p>`).
  private static func isInSentence(_ field: Node) -> Bool {
    guard let block = field.closest({ $0 != field && !ContentWalker.inlineTags.contains($0) }) else { return false }
    func hasText(_ range: Range<Int>) -> Bool {
      for order in range {
        let node = Node(field.document, order)
        guard node.kind == .text, node.textLength > 0 else { continue }
        if let parent = node.parent, formTextTags.contains(parent) { continue }
        return true
      }
      return false
    }
    return hasText((block.order + 1)..<field.order) && hasText(field.end..<block.end)
  }

  /// Counts of `<h1>`…`<h6>` below `node`.
  private static func headingCounts(_ node: Node) -> [Int] {
    var counts = [Int](repeating: 0, count: 6)
    for order in node.order..<node.end {
      let tag = Node(node.document, order).tagID
      if tag >= TagID.h1 && tag < TagID.h1 + 6 { counts[Int(tag - TagID.h1)] += 1 }
    }
    return counts
  }

  /// Whether the box asks questions its fields answer: between its first and last field, a text
  /// of the page's (not a label's) of `FieldBoxes.minimumQuestionChars` or more that ends with a
  /// question mark, or `FieldBoxes.questionTexts` such texts (a quiz's numbered statements). One
  /// instruction between a form's fields ("Type the digits below") is the form's.
  private static func asksQuestions(_ box: Node) -> Bool {
    var seenField = false
    var pending = 0
    var pendingQuestion = false
    var between = 0
    var order = box.order + 1
    while order < box.end {
      let node = Node(box.document, order)
      if node.isElement && isField(node) {
        if pendingQuestion { return true }
        between += pending
        if between >= FieldBoxes.questionTexts { return true }
        pending = 0
        seenField = true
        order = node.end
        continue
      }
      if seenField, node.kind == .text, node.textLength >= FieldBoxes.minimumQuestionChars,
        let parent = node.parent, !formTextTags.contains(parent)
      {
        pending += 1
        if endsWithQuestionMark(node.textBytes) { pendingQuestion = true }
      }
      order += 1
    }
    return false
  }

  /// Whether the text's last visible character is a question mark (`?`, full-width `？`, Arabic `؟`).
  private static func endsWithQuestionMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = bytes.count
    while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D
    {
      end -= 1
    }
    guard end > 0 else { return false }
    if bytes[end - 1] == UInt8(ascii: "?") { return true }
    if end >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, bytes[end - 1] == 0x9F { return true }
    return end >= 2 && bytes[end - 2] == 0xD8 && bytes[end - 1] == 0x9F
  }
}
