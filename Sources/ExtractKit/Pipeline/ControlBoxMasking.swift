/// Boxes inside the located body built around a field the reader fills in (`ControlBoxes`): a
/// text field, a menu or a text area, with the short heading and pitch around it. The story's own
/// text never asks the reader to type: its tables, lists and code carry no fields, and a box
/// holding any of them is not climbed into.
enum ControlBoxMasking {
  /// The fields: a typed `<input>`, a `<select>` menu, a `<textarea>`.
  static let fieldTags: TagSet = ["input", "select", "textarea"]
  /// Blocks of the story a field's box never holds.
  private static let storyBlockTags: TagSet = ["table", "pre", "ol", "ul", "dl", "blockquote", "figure", "article"]

  /// Whether `node` is a field the reader fills in.
  static func isField(_ node: Node) -> Bool {
    guard fieldTags.contains(node) else { return false }
    guard node.tag == "input", let type = node.attribute("type") else { return true }
    return !ControlBoxes.ignoredInputTypes.contains(type.lowercased())
  }

  /// Whether `node` is a field or a `<form>` (often masked as chrome before its fields are reached),
  /// told apart in `mask`: one tag test an element of the body.
  static func mayHoldField(_ node: Node) -> Bool {
    node.tagID == TagID.form || fieldTags.contains(node)
  }

  /// Masks the box of each field in `fields`, found below `root`: the highest ancestor (below the
  /// root) that stays short, a small share of the body, free of the story's blocks, and not the
  /// page's prose.
  static func mask(_ fields: [Node], root: Node, page: Page, into masked: inout Set<Int>) {
    let rootLength = root.textLength
    let limit = min(
      ControlBoxes.maximumBoxBytes, Int(ControlBoxes.maximumShareOfBody * Double(rootLength)))
    for field in fields {
      if field.tagID == TagID.form {
        guard field.firstDescendant(where: isField) != nil else { continue }
      } else if !isField(field) {
        continue
      }
      var box: Node?
      var node = field
      for _ in 0..<ControlBoxes.levels {
        guard let parent = node.parent, parent.order > root.order, parent.order < root.end else { break }
        if parent.textLength > limit || storyBlockTags.contains(parent)
          || parent.firstDescendant(where: { storyBlockTags.contains($0) }) != nil
        {
          break
        }
        node = parent
        if parent.textLength > 0 { box = parent }
      }
      guard let box, !page.holdsMostProse(box) else { continue }
      masked.insert(box.order)
    }
  }
}
