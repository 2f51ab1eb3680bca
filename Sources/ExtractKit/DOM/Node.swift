#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The parsed page, flat: one record per node in document order, linked by indices, the
/// text and attribute values as byte ranges of one buffer. Built once from libxml2's SAX
/// events (`DOM/Parser.swift`) and freed all at once with its last reference: no object per
/// node, no array of children per node, no String until one is asked for.
final class Document {
  /// One node's facts. Indices are positions in `records` (-1 for none); a subtree covers
  /// `index..<end`; children are `childList[childStart..<childStart + childCount]`.
  struct Record {
    var parent: Int32
    var childStart: Int32 = 0
    var childCount: Int32 = 0
    var siblingIndex: Int32
    var end: Int32 = 0
    var textLength: Int32 = 0
    var linkTextLength: Int32 = 0
    /// A text node's text, `bytes[spanStart..<spanStart + spanCount]`, or an element's
    /// attributes, `attributes[spanStart..<spanStart + spanCount]`: one pair of fields for
    /// both, as a node is one or the other (8 bytes a node less of the document's memory).
    var spanStart: Int32 = 0
    var spanCount: Int32 = 0
    /// The element's lower-case name: `names[name]`.
    var name: Int32
    var depth: UInt16
    var tagID: UInt8
    var isText: Bool
  }

  /// One attribute: its lower-case name (`names[name]`) and its value's bytes.
  struct Attribute {
    var name: Int32
    var valueStart: Int32
    var valueCount: Int32
  }

  // Unsafe buffers rather than arrays, allocated once and freed in `deinit`: nodes reach
  // the document through an unowned(unsafe) reference, and an array read through it is
  // retained and released around every access.
  let records: UnsafeMutableBufferPointer<Record>
  let childList: UnsafeMutableBufferPointer<Int32>
  let attributes: UnsafeMutableBufferPointer<Attribute>
  /// Text and attribute values, UTF-8 (repaired where the source was not).
  let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Element and attribute names, lower-case; `names[0]` is "".
  let names: UnsafeMutableBufferPointer<String>
  /// `names[i].utf8.count`: most names an attribute is looked up by differ in length, and
  /// a length compares for less than a String.
  let nameLengths: UnsafeMutableBufferPointer<Int>
  /// Whether `names[i]` is "class" or "id": asked of every attribute of most elements.
  private let classOrIDNames: UnsafeMutableBufferPointer<Bool>
  /// Values made on demand, kept for the next reader: a text node's String, an element's
  /// class/id bytes and tokens. Held apart from the nodes: a node's slot is 0 (nothing made
  /// yet), `noClassOrID` (an element without `class` or `id`), or its entry's index in
  /// `texts` (a text node) or `classes` (an element). Three optionals per node cost 32 bytes
  /// a node, 1.4 MB of a 1.9 MB page's peak, for values most nodes are never asked for.
  private let slots: UnsafeMutablePointer<Int32>
  // Reached through pointers, not stored `var`s: each read of a class's `var` is checked for
  // exclusive access at run time, and these are read for most elements by several extractors.
  private let texts = UnsafeMutablePointer<Entries<String>>.allocate(capacity: 1)
  private let classes = UnsafeMutablePointer<Entries<ClassValues>>.allocate(capacity: 1)
  /// The bytes of the class/id values made so far (`ClassValues.classAndID` points into it).
  private let classBytes = UnsafeMutablePointer<ByteArena>.allocate(capacity: 1)
  private static let noClassOrID: Int32 = -1
  /// The word lists of `classCues`, read once per document rather than per element.
  private let cueTable = ClassCueTable.shared
  /// Texts at most this long are not kept: a String of up to 15 UTF-8 bytes is made without
  /// an allocation, for less than a kept one costs.
  private static let smallStringBytes = 15

  /// An element's class/id values made so far.
  private struct ClassValues {
    /// In `classBytes`: an array per element was an allocation, and a retain and a release
    /// for every read, asked of most elements by several extractors.
    var classAndID: UnsafeBufferPointer<UInt8>?
    var classTokens: [String]?
    /// `ClassCueTable` bits, 0 until made (`classCues`): 8 bytes per element with a class or id.
    var cues: UInt64 = 0
  }

  /// Bytes handed out in blocks that never move (a value stays valid while the document
  /// lives, as a node's other bytes do), all freed with the document.
  private struct ByteArena {
    private var blocks: [UnsafeMutablePointer<UInt8>] = []
    private var next: UnsafeMutablePointer<UInt8>?
    private var left = 0
    /// Most pages' class and id values fit in one or two blocks of this size.
    private static let blockBytes = 16_384

    /// Room for `count` bytes.
    mutating func allocate(_ count: Int) -> UnsafeMutablePointer<UInt8> {
      if count > left || next == nil {
        let size = Swift.max(ByteArena.blockBytes, count)
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        blocks.append(block)
        next = block
        left = size
      }
      let start = next!
      next = start + count
      left -= count
      return start
    }

    func deallocate() {
      for block in blocks { block.deallocate() }
    }
  }

  /// Values appended one by one, reached by index from 1 (a slot's 0 is none); grown by
  /// doubling, freed with the document.
  private struct Entries<Value> {
    private(set) var base: UnsafeMutablePointer<Value>
    private var count = 1
    private var capacity = 64

    init() {
      base = .allocate(capacity: capacity)
    }

    /// Appends a value; returns its index.
    mutating func append(_ value: Value) -> Int32 {
      if count == capacity {
        let larger = UnsafeMutablePointer<Value>.allocate(capacity: capacity * 2)
        (larger + 1).moveInitialize(from: base + 1, count: count - 1)
        base.deallocate()
        base = larger
        capacity *= 2
      }
      (base + count).initialize(to: value)
      count += 1
      return Int32(count - 1)
    }

    func deallocate() {
      (base + 1).deinitialize(count: count - 1)
      base.deallocate()
    }
  }

  private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
    _ = buffer.initialize(from: array)
    return buffer
  }

  /// Takes the builder's buffers as they are (no copy; they are freed with `free`).
  init(
    records: UnsafeMutableBufferPointer<Record>, childList: UnsafeMutableBufferPointer<Int32>,
    attributes: UnsafeMutableBufferPointer<Attribute>, bytes: UnsafeMutableBufferPointer<UInt8>, names: [String]
  ) {
    let count = records.count
    self.records = records
    self.childList = childList
    self.attributes = attributes
    self.bytes = bytes
    self.names = Document.copy(names)
    nameLengths = Document.copy(names.map(\.utf8.count))
    classOrIDNames = Document.copy(names.map { $0 == "class" || $0 == "id" })
    slots = .allocate(capacity: count)
    slots.initialize(repeating: 0, count: count)
    texts.initialize(to: Entries())
    classes.initialize(to: Entries())
    classBytes.initialize(to: ByteArena())
  }

  deinit {
    texts.pointee.deallocate()
    classes.pointee.deallocate()
    classBytes.pointee.deallocate()
    texts.deinitialize(count: 1)
    classes.deinitialize(count: 1)
    classBytes.deinitialize(count: 1)
    texts.deallocate()
    classes.deallocate()
    classBytes.deallocate()
    slots.deallocate()
    nameLengths.deallocate()
    classOrIDNames.deallocate()
    free(records.baseAddress)
    free(childList.baseAddress)
    free(attributes.baseAddress)
    free(bytes.baseAddress)
    _ = names.deinitialize()
    names.deallocate()
  }

  func string(_ start: Int32, _ count: Int32) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(start + count)]), as: UTF8.self)
  }

  func text(_ index: Int) -> String {
    let record = records[index]
    guard record.isText else { return "" }
    guard record.spanCount > Document.smallStringBytes else { return string(record.spanStart, record.spanCount) }
    let slot = slots[index]
    if slot > 0 { return texts.pointee.base[Int(slot)] }
    let text = string(record.spanStart, record.spanCount)
    slots[index] = texts.pointee.append(text)
    return text
  }

  /// `class` and `id` lower-cased and space-joined, read in place (valid while the document lives).
  func classAndID(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    guard let slot = classSlot(index) else { return UnsafeBufferPointer(start: nil, count: 0) }
    if let value = classes.pointee.base[Int(slot)].classAndID { return value }
    let value = makeClassAndID(index)
    classes.pointee.base[Int(slot)].classAndID = value
    return value
  }

  func classTokens(_ index: Int) -> [String] {
    guard let slot = classSlot(index) else { return [] }
    if let value = classes.pointee.base[Int(slot)].classTokens { return value }
    let value = makeClassTokens(index)
    classes.pointee.base[Int(slot)].classTokens = value
    return value
  }

  /// The `ClassCueTable` bits of an element: its class and id matched once against every list
  /// of the table, for the extractors that ask them of most elements. 0 for text and for
  /// elements without `class` or `id`.
  func classCues(_ index: Int) -> UInt64 {
    guard let slot = classSlot(index) else { return 0 }
    let cues = classes.pointee.base[Int(slot)].cues
    if cues != 0 { return cues }
    let made = makeClassCues(index, table: cueTable)
    classes.pointee.base[Int(slot)].cues = made
    return made
  }

  /// An element's entry in `classes`, made if it has none; nil for text and for an element
  /// without `class` or `id` (whose values are empty). Inlined: asked some 2,500 times a page,
  /// nearly always of an element already looked at, where the call cost as much as the answer.
  @inline(__always)
  private func classSlot(_ index: Int) -> Int32? {
    // A text node's slot is its entry in `texts`.
    guard !records[index].isText else { return nil }
    let slot = slots[index]
    if slot != 0 { return slot > 0 ? slot : nil }
    return makeClassSlot(index)
  }

  /// `classSlot` of an element asked for the first time.
  private func makeClassSlot(_ index: Int) -> Int32? {
    guard hasClassOrID(index) else {
      slots[index] = Document.noClassOrID
      return nil
    }
    let made = classes.pointee.append(ClassValues())
    slots[index] = made
    return made
  }

  private func hasClassOrID(_ index: Int) -> Bool {
    classAndIDAttributes(index).contains { isClassOrID($0) }
  }

  /// The attributes named `class` or `id`, in source order.
  func classAndIDAttributes(_ index: Int) -> Slice<UnsafeMutableBufferPointer<Attribute>> {
    let record = records[index]
    guard !record.isText else { return attributes[0..<0] }
    return attributes[Int(record.spanStart)..<Int(record.spanStart + record.spanCount)]
  }

  func isClassOrID(_ attribute: Attribute) -> Bool { classOrIDNames[Int(attribute.name)] }

  /// `class` and `id` lower-cased and space-joined, as bytes, written into `classBytes`.
  private func makeClassAndID(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let limit = Thresholds.maximumClassIDBytes
    var capacity = 0
    for attribute in classAndIDAttributes(index) where isClassOrID(attribute) {
      capacity += min(Int(attribute.valueCount), limit) + 1
    }
    guard capacity > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
    // Written in place: appended byte by byte, each byte paid a capacity test, for every
    // element with a class or id.
    let bytes = UnsafeBufferPointer(self.bytes)
    let output = classBytes.pointee.allocate(capacity)
    var written = 0
    for attribute in classAndIDAttributes(index) where isClassOrID(attribute) {
      if written > 0 {
        output[written] = 0x20
        written += 1
      }
      let start = Int(attribute.valueStart)
      for offset in start..<start + min(Int(attribute.valueCount), limit) {
        let byte = bytes[offset]
        output[written] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        written += 1
      }
    }
    return UnsafeBufferPointer(start: output, count: written)
  }

  /// Read from the attributes, not from `classAndID`: that would make and keep an array per
  /// element that most elements are never asked for.
  private func makeClassTokens(_ index: Int) -> [String] {
    var length = 0
    for attribute in classAndIDAttributes(index) where isClassOrID(attribute) {
      length += min(Int(attribute.valueCount), Thresholds.maximumClassIDBytes)
    }
    guard length > 0 else { return [] }
    var tokens: [String] = []
    tokens.reserveCapacity(length / 4 + 2)  // one allocation for most values
    for attribute in classAndIDAttributes(index) where isClassOrID(attribute) {
      let start = Int(attribute.valueStart)
      let value = UnsafeBufferPointer(
        rebasing: bytes[start..<start + min(Int(attribute.valueCount), Thresholds.maximumClassIDBytes)])
      Document.appendTokens(of: value, to: &tokens)
    }
    return tokens
  }

  /// The tokens of one class or id value, appended. Bytes, not Characters: ASCII letters and
  /// digits, and any non-ASCII byte, make tokens. Each token copied lower-cased straight into
  /// its String: per-token buffers and closures made this a hot spot, run for most elements.
  private static func appendTokens(of value: UnsafeBufferPointer<UInt8>, to tokens: inout [String]) {
    forEachToken(of: value) { start, end in
      tokens.append(
        String(unsafeUninitializedCapacity: end - start) { output in
          for index in start..<end {
            let byte = value[index]
            output[index - start] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          }
          return end - start
        })
    }
  }

  /// Where each token of one class or id value starts and ends (`value[start..<end]`), in
  /// order: one pass that marks the tokens' bounds, shared by `classTokens` and `classCues` so
  /// both split alike. ASCII letters and digits, and any non-ASCII byte, make tokens;
  /// camelCase pieces are tokens too.
  @inline(__always)
  static func forEachToken(of value: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int) -> Void) {
    var start = -1  // the current token's first byte, -1 between tokens
    var previousLower = false
    var camel = false  // within a piece that starts lower-case: "shareTools", not "CtxtMenu"
    for index in 0..<value.count {
      let byte = value[index]
      let upper = byte >= 0x41 && byte <= 0x5A
      let lower = byte >= 0x61 && byte <= 0x7A
      guard upper || lower || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 else {
        if start >= 0 {
          body(start, index)
          start = -1
        }
        previousLower = false
        continue
      }
      if start < 0 {
        if !previousLower { camel = lower }
        start = index
      } else if upper && previousLower && camel {
        body(start, index)
        start = index
      }
      previousLower = lower
    }
    if start >= 0 { body(start, value.count) }
  }
}

/// One node of the parsed page: a position in its `Document`. A value of two words that
/// costs no reference counting: the document is held by the `Tree` (and the `Page`), which
/// outlive every node the pipeline handles. Two nodes are equal when they are the same node.
struct Node: Hashable {
  enum Kind: UInt8 { case element, text }

  unowned(unsafe) let document: Document
  /// Pre-order position in the document; a subtree covers `order..<end`.
  let order: Int

  init(_ document: Document, _ order: Int) {
    self.document = document
    self.order = order
  }

  /// `body(document)`, the document handed over as a guaranteed reference. A local strong copy
  /// of `document` (`let document = node.document`, or a call through it) is retained and
  /// released around any call the optimiser cannot see into: an atomic increment and decrement
  /// of the one shared object, for most elements by several extractors' scans. The document
  /// outlives every node (the `Tree` and the `Page` hold it), so the count is not needed.
  @inline(__always)
  func withDocument<Result>(_ body: (Document) -> Result) -> Result {
    Unmanaged.passUnretained(document)._withUnsafeGuaranteedRef(body)
  }

  static func == (lhs: Node, rhs: Node) -> Bool { lhs.order == rhs.order && lhs.document === rhs.document }
  func hash(into hasher: inout Hasher) { hasher.combine(order) }

  private var record: Document.Record { document.records[order] }

  var kind: Kind { record.isText ? .text : .element }
  var isElement: Bool { !record.isText }
  /// Lower-case tag name for elements, "" for text.
  var tag: String { document.names[Int(record.name)] }
  /// `TagNames.id(tag)`, for `TagSet` tests; 0 for text and unknown names.
  var tagID: UInt8 { record.tagID }
  /// The text of a text node, raw (whitespace not yet collapsed); "" for elements.
  var text: String { withDocument { $0.text(order) } }
  var end: Int { Int(record.end) }
  /// The position among the parent's `children`: siblings are reached without a search.
  var siblingIndex: Int { Int(record.siblingIndex) }
  /// How many elements enclose this node (0 for the document).
  var depth: Int { Int(record.depth) }
  /// Visible characters below this node, whitespace runs counted once.
  var textLength: Int { Int(record.textLength) }
  /// Of `textLength`, the characters inside `<a>`.
  var linkTextLength: Int { Int(record.linkTextLength) }

  var parent: Node? {
    let parent = record.parent
    return parent < 0 ? nil : Node(document, Int(parent))
  }

  var children: Children {
    let record = self.record
    return Children(document: document, start: Int(record.childStart), count: Int(record.childCount))
  }

  /// The node after this one under the same parent.
  /// Read from the parent's child list: a field for it cost 4 bytes a node, and few ask.
  var nextSibling: Node? {
    let record = self.record
    guard record.parent >= 0 else { return nil }
    let parent = document.records[Int(record.parent)]
    let next = Int(record.siblingIndex) + 1
    guard next < Int(parent.childCount) else { return nil }
    return Node(document, Int(document.childList[Int(parent.childStart) + next]))
  }

  /// A node's children in order, read from the document's child list without copying.
  struct Children: RandomAccessCollection {
    unowned(unsafe) let document: Document
    let start: Int
    let count: Int
    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> Node {
      precondition(position >= 0 && position < count, "Node.Children: index out of range")
      return Node(document, Int(document.childList[start + position]))
    }
  }

  /// Attributes in source order; names lower-case. The values of `UnreadAttributes` are empty
  /// (the pre-scan empties them before parsing), so no extractor may read them through this.
  var attributes: [(name: String, value: String)] {
    let record = self.record
    guard !record.isText else { return [] }
    return document.attributes[Int(record.spanStart)..<Int(record.spanStart + record.spanCount)].map {
      (document.names[Int($0.name)], document.string($0.valueStart, $0.valueCount))
    }
  }

  func attribute(_ name: String) -> String? {
    guard let attribute = attributeRecord(name) else { return nil }
    return document.string(attribute.valueStart, attribute.valueCount)
  }

  /// The attribute named `name`, if the element has one: a length test before the name test,
  /// as most names asked for differ in length.
  private func attributeRecord(_ name: String) -> Document.Attribute? {
    let record = self.record
    guard !record.isText, record.spanCount > 0 else { return nil }
    let length = name.utf8.count
    // `withDocument`: a strong local of the document cost a retain and a release per lookup,
    // asked several times of most elements.
    return withDocument { document in
      for index in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
        let attribute = document.attributes[index]
        if document.nameLengths[Int(attribute.name)] == length && document.names[Int(attribute.name)] == name {
          return attribute
        }
      }
      return nil
    }
  }

  /// `attribute(name)`'s bytes, read in place (valid while the document lives, as the node is):
  /// for tests asked of most elements, which need no String of the value.
  func attributeBytes(_ name: String) -> UnsafeBufferPointer<UInt8>? {
    guard let attribute = attributeRecord(name) else { return nil }
    let start = Int(attribute.valueStart)
    return UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(attribute.valueCount)])
  }

  /// `class` and `id` lower-cased and space-joined, as bytes: read for every element by
  /// several extractors, so computed once, and read in place (valid while the document lives,
  /// as the node is).
  var classAndID: UnsafeBufferPointer<UInt8> { withDocument { $0.classAndID(order) } }

  /// The alphanumeric pieces of `class` and `id` ("article-comments" → "article", "comments"),
  /// camelCase split too ("shareTools" → "share", "tools"; "flyOutMenu" → "fly", "out", "menu"),
  /// but not PascalCase names of widgets' own parts ("CtxtMenu_Attached" of MathJax's formulas).
  var classTokens: [String] { withDocument { $0.classTokens(order) } }

  var elementChildren: [Node] { children.filter(\.isElement) }

  /// `true` when `other` is this node or lies below it.
  func contains(_ other: Node) -> Bool { other.order >= order && other.order < end }

  /// Link density as Readability defines it: link characters over all characters.
  var linkDensity: Double { textLength == 0 ? 0 : Double(linkTextLength) / Double(textLength) }

  /// All descendants (not self) in document order: the records after this one, up to its end.
  func descendants(where predicate: (Node) -> Bool) -> [Node] {
    var result: [Node] = []
    for index in (order + 1)..<end {
      let node = Node(document, index)
      if predicate(node) { result.append(node) }
    }
    return result
  }

  func elements(_ tags: TagSet) -> [Node] {
    descendants { tags.contains($0) }
  }

  func firstDescendant(where predicate: (Node) -> Bool) -> Node? {
    for index in (order + 1)..<end {
      let node = Node(document, index)
      if predicate(node) { return node }
    }
    return nil
  }

  /// The first descendant matching, among the first `budget` descendants only: a bounded look.
  func firstDescendant(where predicate: (Node) -> Bool, budget: Int) -> Node? {
    for index in (order + 1)..<min(end, order + 1 + budget) {
      let node = Node(document, index)
      if predicate(node) { return node }
    }
    return nil
  }

  /// The enclosing nodes, innermost first. A concrete sequence over the records' parent
  /// indices: asked for every node by several extractors, a type-erased lazy sequence cost a
  /// boxed iterator and dynamic calls per step.
  var ancestors: Ancestors { Ancestors(document: document, start: Int(record.parent)) }

  struct Ancestors: Sequence, IteratorProtocol {
    unowned(unsafe) let document: Document
    /// The next ancestor's order, -1 past the root.
    private var upcoming: Int

    init(document: Document, start: Int) {
      self.document = document
      self.upcoming = start
    }

    mutating func next() -> Node? {
      guard upcoming >= 0 else { return nil }
      let node = Node(document, upcoming)
      upcoming = Int(document.records[upcoming].parent)
      return node
    }
  }

  /// The bytes of a text node's text, read in place (valid while the document lives, as the
  /// node is); empty for elements. For scans that need no String of the text.
  var textBytes: UnsafeBufferPointer<UInt8> {
    let record = self.record
    guard record.isText else { return UnsafeBufferPointer(start: nil, count: 0) }
    let start = Int(record.spanStart)
    return UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(record.spanCount)])
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

/// Node identity, as `===` read when nodes were objects: the same node of the same document.
func === (lhs: Node?, rhs: Node?) -> Bool { lhs == rhs }
func !== (lhs: Node?, rhs: Node?) -> Bool { lhs != rhs }

/// The parsed page: its root node and every node in document order. Holds the document.
struct Tree {
  let document: Document
  /// Parsed with `<noscript>` and `<template>` kept: the page's text is there (`HTMLParser.tree`).
  var keptFallbacks = false
  /// The texts of the JSON-LD scripts, in document order. They are not in the tree: a script in
  /// the body would be read as a paragraph by every reader of text (`HTMLParser.tree`).
  var jsonLDScripts: [String] = []
  var root: Node { Node(document, 0) }
  var nodes: Nodes { Nodes(document: document) }

  /// Every node of a document, in document order.
  struct Nodes: RandomAccessCollection {
    unowned(unsafe) let document: Document
    var startIndex: Int { 0 }
    var endIndex: Int { document.records.count }
    subscript(position: Int) -> Node {
      precondition(position >= 0 && position < endIndex, "Tree.Nodes: index out of range")
      return Node(document, position)
    }
  }
}

/// Builds a `Document` one node at a time in document order; `DOM/Parser.swift` drives it.
/// An open element's children and text lengths are gathered on a stack and written to its
/// record once, when it closes.
struct TreeBuilder {
  // Sized from the page: a node per 32 bytes of markup, text and attribute values up to
  // the page's own size. Capacity never written costs no memory.
  private var records: GrowableBuffer<Document.Record>
  private var childList: GrowableBuffer<Int32>
  private var attributes: GrowableBuffer<Document.Attribute>
  private var bytes: GrowableBuffer<UInt8>
  /// An open element: its index, where its children start in `pending`, its text so far.
  private struct Open {
    var index: Int32
    var firstPending: Int
    var textLength: Int
    var linkTextLength: Int
  }
  /// The open elements, innermost last. Growable buffers, not arrays: an array's slice, its
  /// `removeLast` and its uniqueness checks cost more than the rest of `close`, once a node.
  private var stack = GrowableBuffer<Open>(capacity: 64)
  /// Children of the open elements, innermost last.
  private var pending = GrowableBuffer<Int32>(capacity: 256)
  private var linkDepth = 0
  private static var anchorID: UInt8 { TagID.a }
  /// Whether appended bytes are checked (and repaired) as UTF-8. Not when libxml2 reads valid
  /// UTF-8 unconverted (`HTMLParser.tree`): then all it hands over is whole characters of the
  /// page or characters it encodes itself (references, entities), and the check, once per
  /// text and attribute value, was a pass over every byte already checked in the page.
  private let checksUTF8: Bool

  /// `rootName`: the index of "#document" in the names the document will be given.
  /// `checksUTF8`: see `checksUTF8`.
  init(rootName: Int32, expectedBytes: Int = 0, checksUTF8: Bool = true) {
    self.checksUTF8 = checksUTF8
    records = GrowableBuffer(capacity: expectedBytes / 32 + 16)
    childList = GrowableBuffer(capacity: expectedBytes / 32 + 16)
    attributes = GrowableBuffer(capacity: expectedBytes / 64 + 16)
    bytes = GrowableBuffer(capacity: expectedBytes + 16)
    let root = Document.Record(
      parent: -1, siblingIndex: 0, name: rootName, depth: 0, tagID: TagNames.id("#document"), isText: false)
    records.append(root)
    stack.append(Open(index: 0, firstPending: 0, textLength: 0, linkTextLength: 0))
  }

  /// The tag number of the open element, and of its last child so far (0 for text, or none).
  var openTagID: UInt8 { records[Int(stack[stack.count - 1].index)].tagID }
  var lastChildTagID: UInt8? {
    let top = stack[stack.count - 1]
    guard pending.count > top.firstPending else { return nil }
    return records[Int(pending[pending.count - 1])].tagID
  }

  /// Appends bytes to the buffer, repaired to valid UTF-8 as `String(decoding:)` repairs them
  /// (when `checksUTF8`); returns their range.
  mutating func append(_ value: UnsafeBufferPointer<UInt8>) -> (start: Int32, count: Int32) {
    let start = bytes.count
    if !checksUTF8 || UTF8Check.isValid(value) {
      bytes.append(contentsOf: value)
    } else {
      var repaired = String(decoding: value, as: UTF8.self)
      repaired.withUTF8 { bytes.append(contentsOf: $0) }
    }
    return (Int32(start), Int32(bytes.count - start))
  }

  mutating func addAttribute(name: Int32, value: UnsafeBufferPointer<UInt8>) {
    let (start, count) = append(value)
    attributes.append(Document.Attribute(name: name, valueStart: start, valueCount: count))
  }

  var attributeCount: Int { attributes.count }

  /// Drops the attributes from `count` on (those of an element left out).
  mutating func truncateAttributes(to count: Int) { attributes.truncate(to: count) }

  /// Opens an element whose attributes are `attributes[firstAttribute...]`.
  mutating func open(name: Int32, tagID: UInt8, firstAttribute: Int) {
    let top = stack.count - 1
    let index = Int32(records.count)
    let siblings = pending.count - stack[top].firstPending
    records.append(
      Document.Record(
        parent: stack[top].index, siblingIndex: Int32(siblings), spanStart: Int32(firstAttribute),
        spanCount: Int32(attributes.count - firstAttribute), name: name, depth: UInt16(stack.count),
        tagID: tagID, isText: false))
    pending.append(index)
    stack.append(Open(index: index, firstPending: pending.count, textLength: 0, linkTextLength: 0))
    if tagID == TreeBuilder.anchorID { linkDepth += 1 }
  }

  mutating func close() {
    let open = stack[stack.count - 1]
    stack.truncate(to: stack.count - 1)
    let (index, firstPending, textLength, linkTextLength) = (
      open.index, open.firstPending, open.textLength, open.linkTextLength
    )
    let childStart = childList.count
    childList.append(contentsOf: UnsafeBufferPointer(rebasing: pending.buffer[firstPending...]))
    pending.truncate(to: firstPending)
    records[Int(index)].childStart = Int32(childStart)
    records[Int(index)].childCount = Int32(childList.count - childStart)
    records[Int(index)].end = Int32(records.count)
    records[Int(index)].textLength = Int32(textLength)
    records[Int(index)].linkTextLength = Int32(linkTextLength)
    if records[Int(index)].tagID == TreeBuilder.anchorID { linkDepth -= 1 }
    if !stack.isEmpty {
      stack[stack.count - 1].textLength += textLength
      stack[stack.count - 1].linkTextLength += linkTextLength
    }
  }

  /// A text node of `value` (valid UTF-8).
  mutating func text(_ value: UnsafeBufferPointer<UInt8>, countsAsVisible: Bool) {
    let top = stack.count - 1
    let (start, count) = append(value)
    let length =
      countsAsVisible
      ? TextMetrics.visibleLength(UnsafeBufferPointer(start: bytes.base + Int(start), count: Int(count))) : 0
    let linkLength = linkDepth > 0 ? length : 0
    let index = Int32(records.count)
    records.append(
      Document.Record(
        parent: stack[top].index, siblingIndex: Int32(pending.count - stack[top].firstPending),
        end: index + 1, textLength: Int32(length), linkTextLength: Int32(linkLength), spanStart: start,
        spanCount: count, name: 0, depth: UInt16(stack.count), tagID: 0, isText: true))
    pending.append(index)
    stack[top].textLength += length
    stack[top].linkTextLength += linkLength
  }

  /// The document, given the names (lower-case) that the records' name indices refer to.
  mutating func finish(names: [String]) -> Tree {
    while !stack.isEmpty { close() }
    return Tree(
      document: Document(
        records: records.take(), childList: childList.take(), attributes: attributes.take(), bytes: bytes.take(),
        names: names))
  }

  /// Frees the buffers (what `finish` took is the document's).
  func release() {
    records.release()
    childList.release()
    attributes.release()
    bytes.release()
    stack.release()
    pending.release()
  }
}

/// Whether bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above
/// U+10FFFF): the bytes libxml2 hands over nearly always are, and are kept as they are.
enum UTF8Check {
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return true }
    while index < count {
      // Eight bytes at a time while they are ASCII, as text nearly always is.
      while index + 8 <= count,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < count else { break }
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch byte {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return false
      }
      guard index + length <= count else { return false }
      let second = bytes[index + 1]
      guard second >= low && second <= high else { return false }
      for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
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

  static func visibleLength<Bytes: Sequence<UInt8>>(_ text: Bytes) -> Int {
    var count = 0
    var pendingSpace = false
    for byte in text { step(byte, &count, &pendingSpace) }
    return count
  }
}
