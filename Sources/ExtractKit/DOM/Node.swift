/// One node of the parsed page, copied out of libxml2's tree in a single walk.
///
/// The rest of the pipeline works on these plain Swift objects, so no C pointer ever
/// leaves `DOM/`. Facts several extractors need (text length, link text length,
/// document order, subtree extent) are computed once, while the tree is built.
final class Node {
  enum Kind: UInt8 { case element, text }

  let kind: Kind
  /// Lower-case tag name for elements, "" for text.
  let tag: String
  /// Attributes in source order; names lower-case.
  let attributes: [(name: String, value: String)]
  /// The text of a text node, raw (whitespace not yet collapsed).
  let text: String
  private(set) var children: [Node] = []
  unowned(safe) private(set) var parent: Node?
  /// Pre-order position in the document; a subtree covers `order..<end`.
  let order: Int
  fileprivate(set) var end: Int = 0
  /// Visible characters below this node, whitespace runs counted once.
  fileprivate(set) var textLength: Int = 0
  /// Of `textLength`, the characters inside `<a>`.
  fileprivate(set) var linkTextLength: Int = 0

  init(kind: Kind, tag: String, attributes: [(name: String, value: String)], text: String, order: Int) {
    self.kind = kind
    self.tag = tag
    self.attributes = attributes
    self.text = text
    self.order = order
  }

  /// `class` and `id` lower-cased and space-joined, as bytes: read for every element by
  /// several extractors, so computed once.
  private(set) lazy var classAndID: [UInt8] = {
    var bytes: [UInt8] = []
    for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
      if !bytes.isEmpty { bytes.append(0x20) }
      // Over the contiguous bytes when there are: iterating String.UTF8View costs more per byte.
      let value = attribute.value
      let limit = Thresholds.maximumClassIDBytes
      let done = value.utf8.withContiguousStorageIfAvailable { value in
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
    for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
      let value = attribute.value
      let limit = Thresholds.maximumClassIDBytes
      let done = value.utf8.withContiguousStorageIfAvailable { Node.appendTokens(of: $0.prefix(limit), to: &tokens) }
      if done == nil { Node.appendTokens(of: value.utf8.prefix(limit), to: &tokens) }
    }
    return tokens
  }()

  /// The tokens of one class or id value, appended. Bytes, not Characters: ASCII letters and
  /// digits, and any non-ASCII byte, make tokens. Written as a loop over the value's bytes with
  /// one lower-cased buffer: the closure-based version was a hot spot, run for most elements.
  private static func appendTokens<Bytes: Sequence<UInt8>>(of value: Bytes, to tokens: inout [String]) {
    var current: [UInt8] = []
    current.reserveCapacity(32)
    var previousLower = false
    var camel = false  // within a piece that starts lower-case: "shareTools", not "CtxtMenu"
    for byte in value {
      let upper = byte >= 0x41 && byte <= 0x5A
      let lower = byte >= 0x61 && byte <= 0x7A
      guard upper || lower || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 else {
        if !current.isEmpty {
          tokens.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
        previousLower = false
        continue
      }
      if current.isEmpty && !previousLower { camel = lower }
      if upper && previousLower && camel && !current.isEmpty {
        tokens.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
      current.append(upper ? byte | 0x20 : byte)
      previousLower = lower
    }
    if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
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

  func elements(_ tags: Set<String>) -> [Node] {
    descendants { $0.isElement && tags.contains($0.tag) }
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

  fileprivate func append(_ child: Node) {
    child.parent = self
    children.append(child)
  }
}

/// The parsed page: its root node and every node in document order.
struct Tree {
  let root: Node
  let nodes: [Node]
}

/// Builds a `Tree` one node at a time in document order; `DOM/Document.swift` drives it.
struct TreeBuilder {
  private(set) var nodes: [Node] = []
  private var stack: [Node] = []
  private var linkDepth = 0

  init() {
    let root = Node(kind: .element, tag: "#document", attributes: [], text: "", order: 0)
    nodes.append(root)
    stack.append(root)
  }

  mutating func open(tag: String, attributes: [(name: String, value: String)]) {
    let node = Node(kind: .element, tag: tag, attributes: attributes, text: "", order: nodes.count)
    stack[stack.count - 1].append(node)
    nodes.append(node)
    stack.append(node)
    if tag == "a" { linkDepth += 1 }
  }

  mutating func close() {
    let node = stack.removeLast()
    node.end = nodes.count
    if node.tag == "a" { linkDepth -= 1 }
    if let parent = stack.last {
      parent.textLength += node.textLength
      parent.linkTextLength += node.linkTextLength
    }
  }

  mutating func text(_ value: String, countsAsVisible: Bool) {
    let node = Node(kind: .text, tag: "", attributes: [], text: value, order: nodes.count)
    node.end = nodes.count + 1
    if countsAsVisible {
      node.textLength = TextMetrics.visibleLength(value)
      if linkDepth > 0 { node.linkTextLength = node.textLength }
    }
    stack[stack.count - 1].append(node)
    nodes.append(node)
    stack[stack.count - 1].textLength += node.textLength
    stack[stack.count - 1].linkTextLength += node.linkTextLength
  }

  mutating func finish() -> Tree {
    while stack.count > 1 { close() }
    let root = stack[0]
    root.end = nodes.count
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
