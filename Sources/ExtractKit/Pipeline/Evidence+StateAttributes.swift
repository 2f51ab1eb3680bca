/// The attributes `Evidence.boilerplateEvidence` reads of every element of the page (`hidden`,
/// `style`, `aria-hidden`, `role`), found in one pass over the element's attributes: a lookup per
/// name walked its attribute list four times, for most elements to find none of them. Each is
/// the first attribute of its name, as `Node.attributeBytes` finds it.
struct StateAttributes {
  var hidden = false
  var style: UnsafeBufferPointer<UInt8>?
  var ariaHidden: UnsafeBufferPointer<UInt8>?
  var role: UnsafeBufferPointer<UInt8>?

  /// The document taken as a guaranteed reference (`Node.withDocument`): a strong local of it
  /// cost a retain and a release per element.
  init(_ node: Node) {
    self = node.withDocument { StateAttributes(node.order, in: $0) }
  }

  private init(_ order: Int, in document: Document) {
    let record = document.records[order]
    guard !record.isText, record.spanCount > 0 else { return }
    let attributes = document.attributes
    let nameLengths = document.nameLengths
    func value(_ attribute: Document.Attribute) -> UnsafeBufferPointer<UInt8> {
      let start = Int(attribute.valueStart)
      return UnsafeBufferPointer(rebasing: document.bytes[start..<start + Int(attribute.valueCount)])
    }
    // The name's length first: most attributes (`class`, `href`, `src`) differ from these in it.
    for index in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
      let attribute = attributes[index]
      let name = Int(attribute.name)
      switch nameLengths[name] {
      case 4:
        if role == nil && document.names[name] == "role" { role = value(attribute) }
      case 5:
        if style == nil && document.names[name] == "style" { style = value(attribute) }
      case 6:
        if !hidden && document.names[name] == "hidden" { hidden = true }
      case 11:
        if ariaHidden == nil && document.names[name] == "aria-hidden" { ariaHidden = value(attribute) }
      default:
        continue
      }
    }
  }

  /// Whether `aria-hidden` is there and lower-cases to "true", as
  /// `Node.attribute("aria-hidden", lowerCasesTo: "true")` answers.
  var ariaHiddenIsTrue: Bool {
    guard let value = ariaHidden, value.count == 4 else { return false }
    let target: StaticString = "true"
    for index in 0..<4 where ByteSearch.lower(value[index]) != target.utf8Start[index] { return false }
    return true
  }
}
