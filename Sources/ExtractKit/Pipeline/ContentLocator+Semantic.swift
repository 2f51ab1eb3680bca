/// The semantic containers' scan over the document's records: which elements are marked as the
/// body (`itemprop="articleBody"`, `<article>`, `<main>`, `role="main"`, a body class word),
/// answered from records and bytes, the boilerplate subtrees passed over whole.
extension ContentLocator {
  /// What each of the document's names is to the scan, by name index: names are compared as
  /// numbers, not Strings, per attribute (a name may have several indices).
  private enum SemanticAttribute: UInt8 { case other, itemprop, role, classOrID }

  private static func semanticAttributeKinds(_ document: Document) -> [SemanticAttribute] {
    document.nameKinds(["id": .classOrID, "role": .role, "class": .classOrID, "itemprop": .itemprop], other: .other)
  }

  /// The elements, in document order, marked as the body and outside every `unlikely` subtree:
  /// an element below a boilerplate root is never a candidate, so the subtree is skipped, not
  /// tested element by element. The first `itemprop` and `role` of an element are read, as
  /// `Node.attribute` reads them; an element without `class` or `id` has no class words.
  static func semanticCandidates(in page: Page, unlikely: [Bool]) -> [Node] {
    let document = page.tree.document
    let kinds = semanticAttributeKinds(document)
    // Read once, not per element (each static is a guarded global).
    let tags = semanticTags
    let records = document.records
    var candidates: [Node] = []
    var index = 0
    while index < records.count {
      let record = records[index]
      if record.isText {
        index += 1
        continue
      }
      if unlikely[index] {
        index = max(Int(record.end), index + 1)
        continue
      }
      var isSemantic = tags.contains(id: record.tagID)
      if !isSemantic && record.spanCount > 0 {
        var itemprop: Document.Attribute?
        var role: Document.Attribute?
        var classOrID = false
        for position in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
          let attribute = document.attributes[position]
          switch kinds[Int(attribute.name)] {
          case .other: break
          case .itemprop: if itemprop == nil { itemprop = attribute }
          case .role: if role == nil { role = attribute }
          case .classOrID: classOrID = true
          }
        }
        isSemantic =
          (itemprop.map { lowerCases(document, $0, to: "articlebody") } ?? false)
          || (role.map { lowerCases(document, $0, to: "main") } ?? false)
          || (classOrID && Node(document, index).hasClassCue(.body))
      }
      if isSemantic { candidates.append(Node(document, index)) }
      index += 1
    }
    return candidates
  }

  /// Whether an attribute's value lower-cases to `lowered` (ASCII, lower-case, no "k"), as
  /// `Node.attribute(_:lowerCasesTo:)` answers.
  private static func lowerCases(_ document: Document, _ attribute: Document.Attribute, to lowered: StaticString)
    -> Bool
  {
    let count = lowered.utf8CodeUnitCount
    guard Int(attribute.valueCount) == count else { return false }
    let start = Int(attribute.valueStart)
    let target = UnsafeBufferPointer(start: lowered.utf8Start, count: count)
    for offset in 0..<count where ByteSearch.lower(document.bytes[start + offset]) != target[offset] { return false }
    return true
  }
}
