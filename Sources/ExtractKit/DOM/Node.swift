/// One node of the parsed page, built from libxml2's SAX events as the parser reports them.
///
/// The rest of the pipeline works on these plain Swift objects, so no C pointer ever
/// leaves `DOM/`. Facts several extractors need (text length, link text length,
/// document order, subtree extent) are computed once, while the tree is built.
final class Node {
  enum Kind: UInt8 { case element, text }

  let kind: Kind
  /// Lower-case tag name for elements, "" for text.
  let tag: String
  /// `TagNames.id(tag)`, for `TagSet` tests; 0 for text and unknown names.
  let tagID: UInt8
  /// Attributes in source order; names lower-case.
  let attributes: [(name: String, value: String)]
  /// The text of a text node, raw (whitespace not yet collapsed).
  let text: String
  fileprivate(set) var children: [Node] = []
  // The tree's `nodes` array keeps every node alive as long as any of them is in use.
  unowned(safe) let parent: Node?
  /// Pre-order position in the document; a subtree covers `order..<end`.
  let order: Int
  /// The position among the parent's `children`: siblings are reached without a search.
  let siblingIndex: Int
  fileprivate(set) var end: Int = 0
  /// Visible characters below this node, whitespace runs counted once.
  fileprivate(set) var textLength: Int = 0
  /// Of `textLength`, the characters inside `<a>`.
  fileprivate(set) var linkTextLength: Int = 0

  init(
    kind: Kind, tag: String, tagID: UInt8 = 0, attributes: [(name: String, value: String)], text: String, order: Int,
    parent: Node?, siblingIndex: Int = 0,
    end: Int = 0, textLength: Int = 0, linkTextLength: Int = 0
  ) {
    self.kind = kind
    self.end = end
    self.textLength = textLength
    self.linkTextLength = linkTextLength
    self.tag = tag
    self.tagID = tagID
    self.attributes = attributes
    self.text = text
    self.order = order
    self.parent = parent
    self.siblingIndex = siblingIndex
  }

  /// `class` and `id` lower-cased and space-joined, as bytes: read for every element by
  /// several extractors, so computed once.
  private(set) lazy var classAndID: [UInt8] = {
    var bytes: [UInt8] = []
    let limit = Thresholds.maximumClassIDBytes
    var capacity = 0
    for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
      capacity += min(attribute.value.utf8.count, limit) + 1
    }
    guard capacity > 0 else { return bytes }
    bytes.reserveCapacity(capacity)
    for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
      if !bytes.isEmpty { bytes.append(0x20) }
      // Over the contiguous bytes when there are: iterating String.UTF8View costs more per byte.
      let value = attribute.value
      let done: Void? = value.utf8.withContiguousStorageIfAvailable { value in
        for byte in value.prefix(limit) { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
      }
      if done == nil {
        for byte in value.utf8.prefix(limit) { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
      }
    }
    return bytes
  }()

  /// The alphanumeric pieces of `class` and `id` ("article-comments" → "article", "comments"),
  /// camelCase split too ("shareTools" → "share", "tools"; "flyOutMenu" → "fly", "out", "menu"),
  /// but not PascalCase names of widgets' own parts ("CtxtMenu_Attached" of MathJax's formulas).
  private(set) lazy var classTokens: [String] = {
    guard !classAndID.isEmpty else { return [] }
    var tokens: [String] = []
    tokens.reserveCapacity(classAndID.count / 4 + 2)  // one allocation for most values
    for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
      var value = attribute.value
      let limit = Thresholds.maximumClassIDBytes
      value.withUTF8 { Node.appendTokens(of: UnsafeBufferPointer(rebasing: $0.prefix(limit)), to: &tokens) }
    }
    return tokens
  }()

  /// The tokens of one class or id value, appended. Bytes, not Characters: ASCII letters and
  /// digits, and any non-ASCII byte, make tokens. One pass that marks where each token starts
  /// and ends, each token then copied lower-cased straight into its String: per-token buffers
  /// and closures made this a hot spot, run for most elements.
  private static func appendTokens(of value: UnsafeBufferPointer<UInt8>, to tokens: inout [String]) {
    var start = -1  // the current token's first byte, -1 between tokens
    var previousLower = false
    var camel = false  // within a piece that starts lower-case: "shareTools", not "CtxtMenu"
    func emit(_ end: Int) {
      let range = start..<end
      tokens.append(
        String(unsafeUninitializedCapacity: range.count) { output in
          for (offset, index) in range.enumerated() {
            let byte = value[index]
            output[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          }
          return range.count
        })
    }
    for index in 0..<value.count {
      let byte = value[index]
      let upper = byte >= 0x41 && byte <= 0x5A
      let lower = byte >= 0x61 && byte <= 0x7A
      guard upper || lower || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 else {
        if start >= 0 {
          emit(index)
          start = -1
        }
        previousLower = false
        continue
      }
      if start < 0 {
        if !previousLower { camel = lower }
        start = index
      } else if upper && previousLower && camel {
        emit(index)
        start = index
      }
      previousLower = lower
    }
    if start >= 0 { emit(value.count) }
  }

  var isElement: Bool { kind == .element }

  func attribute(_ name: String) -> String? {
    for attribute in attributes where attribute.name == name { return attribute.value }
    return nil
  }

  var elementChildren: [Node] { children.filter(\.isElement) }

  /// `true` when `other` is this node or lies below it.
  func contains(_ other: Node) -> Bool { other.order >= order && other.order < end }

  /// Link density as Readability defines it: link characters over all characters.
  var linkDensity: Double { textLength == 0 ? 0 : Double(linkTextLength) / Double(textLength) }

  /// All descendants (not self) in document order.
  func descendants(where predicate: (Node) -> Bool) -> [Node] {
    var result: [Node] = []
    Node.collect(self, predicate, into: &result)
    return result
  }

  /// The walk of `descendants`, with the result passed along instead of captured: a nested
  /// function capturing it boxed the array and checked exclusive access on every append.
  private static func collect(_ node: Node, _ predicate: (Node) -> Bool, into result: inout [Node]) {
    for child in node.children {
      if predicate(child) { result.append(child) }
      collect(child, predicate, into: &result)
    }
  }

  func elements(_ tags: TagSet) -> [Node] {
    descendants { tags.contains($0) }
  }

  func firstDescendant(where predicate: (Node) -> Bool) -> Node? {
    for child in children {
      if predicate(child) { return child }
      if let found = child.firstDescendant(where: predicate) { return found }
    }
    return nil
  }

  var ancestors: AnySequence<Node> {
    AnySequence(sequence(first: parent) { $0?.parent }.lazy.compactMap { $0 })
  }

  func closest(_ predicate: (Node) -> Bool) -> Node? {
    var node: Node? = self
    while let current = node {
      if predicate(current) { return current }
      node = current.parent
    }
    return nil
  }
}

/// The parsed page: its root node and every node in document order.
struct Tree {
  let root: Node
  let nodes: [Node]
}

/// Builds a `Tree` one node at a time in document order; `DOM/Parser.swift` drives it.
/// An open element's children and text lengths are gathered here and stored in the node once,
/// when it closes: every store into a class's property is an exclusivity-checked access, and
/// doing them per child was a tenth of the tree's cost.
struct TreeBuilder {
  private(set) var nodes: [Node] = []
  private var stack: [(node: Node, children: [Node], textLength: Int, linkTextLength: Int)] = []
  private var linkDepth = 0

  init() {
    let root = Node(
      kind: .element, tag: "#document", tagID: TagNames.id("#document"), attributes: [], text: "", order: 0, parent: nil
    )
    nodes.append(root)
    stack.append((root, [], 0, 0))
  }

  mutating func open(tag: String, tagID: UInt8, attributes: [(name: String, value: String)]) {
    let top = stack.count - 1
    let node = Node(
      kind: .element, tag: tag, tagID: tagID, attributes: attributes, text: "", order: nodes.count,
      parent: stack[top].node, siblingIndex: stack[top].children.count)
    stack[top].children.append(node)
    nodes.append(node)
    stack.append((node, [], 0, 0))
    if tag == "a" { linkDepth += 1 }
  }

  /// The open element and its last child so far, if any.
  var openElement: Node { stack[stack.count - 1].node }
  var lastChild: Node? { stack[stack.count - 1].children.last }

  mutating func close() {
    let (node, children, textLength, linkTextLength) = stack.removeLast()
    node.children = children
    node.end = nodes.count
    node.textLength = textLength
    node.linkTextLength = linkTextLength
    if node.tag == "a" { linkDepth -= 1 }
    if !stack.isEmpty {
      stack[stack.count - 1].textLength += textLength
      stack[stack.count - 1].linkTextLength += linkTextLength
    }
  }

  mutating func text(_ value: String, countsAsVisible: Bool) {
    let top = stack.count - 1
    let length = countsAsVisible ? TextMetrics.visibleLength(value) : 0
    let linkLength = linkDepth > 0 ? length : 0
    let node = Node(
      kind: .text, tag: "", attributes: [], text: value, order: nodes.count, parent: stack[top].node,
      siblingIndex: stack[top].children.count, end: nodes.count + 1, textLength: length, linkTextLength: linkLength)
    stack[top].children.append(node)
    nodes.append(node)
    stack[top].textLength += length
    stack[top].linkTextLength += linkLength
  }

  mutating func finish() -> Tree {
    while stack.count > 1 { close() }
    let root = stack[0].node
    close()
    return Tree(root: root, nodes: nodes)
  }
}

enum TextMetrics {
  /// Characters a reader sees: whitespace runs count as one, leading and trailing ignored.
  static func visibleLength(_ text: String) -> Int {
    // Over the contiguous bytes when the string has them (always, for strings made from
    // libxml2's text): iterating `String.UTF8View` costs several times more per byte.
    if let count = text.utf8.withContiguousStorageIfAvailable({ visibleLength($0) }) { return count }
    return visibleLength(text.utf8)
  }

  private static func visibleLength<Bytes: Sequence<UInt8>>(_ text: Bytes) -> Int {
    var count = 0
    var pendingSpace = false
    for byte in text {
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
        pendingSpace = count > 0
      } else if byte & 0xC0 != 0x80 {  // count scalars, not UTF-8 continuation bytes
        if pendingSpace { count += 1 }
        pendingSpace = false
        count += 1
      }
    }
    return count
  }
}
