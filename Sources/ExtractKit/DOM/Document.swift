import CLibXML2

/// Owns one libxml2 document. This file and `Encoding.swift` are the only code that
/// touches libxml2; what leaves them is a `Tree` of Swift objects.
final class HTMLDocument {
  private let doc: htmlDocPtr

  /// Deeper elements are attached to their ancestor at this depth, so the Swift walks
  /// that follow cannot run out of stack on pathological nesting.
  static let maximumDepth = 400

  /// Parses `bytes` (already in `encoding`, an iconv name libxml2 understands).
  /// Never touches the network or the file system: no DTD loading, no entities from outside.
  init?(bytes: [UInt8], encoding: String) {
    HTMLDocument.silenceLibXML2
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
    let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlReadMemory(chars, Int32(buffer.count), nil, encoding, options)
      }
    }
    guard let parsed else { return nil }
    doc = parsed
  }

  deinit { xmlFreeDoc(doc) }

  /// libxml2 prints parse errors to stderr unless told otherwise; the variadic generic
  /// handler cannot be set from Swift, the structured one can.
  private static let silenceLibXML2: Void = {
    xmlSetStructuredErrorFunc(nil) { _, _ in }
  }()

  /// Copies the document into a `Tree`. Scripts other than JSON-LD, styles and comments
  /// are left out: nothing downstream reads them.
  /// Stops with `ExtractError.tooComplex` after `maximumElements` elements.
  func tree(maximumElements: Int = .max) throws -> Tree {
    var builder = TreeBuilder()
    var elements = 0
    guard let top = xmlDocGetRootElement(doc) else { return builder.finish() }
    // Iterative walk: the page decides the depth, not our stack.
    var stack: [(node: xmlNodePtr, opened: Bool)] = [(top, false)]
    var depth = 0
    var hiddenDepth = 0  // >0 inside <head>, <title> and the like: text there is not visible
    var openedTags: [Bool] = []  // per pushed element: did it open a builder node?
    while let (node, opened) = stack.popLast() {
      if opened {
        let didOpen = openedTags.removeLast()
        if didOpen {
          builder.close()
          depth -= 1
        }
        if HTMLDocument.invisibleContainers.contains(HTMLDocument.name(of: node)) { hiddenDepth -= 1 }
        continue
      }
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let tag = HTMLDocument.name(of: node)
        if HTMLDocument.skippedElements.contains(tag) { continue }
        elements += 1
        if elements > maximumElements { throw ExtractError.tooComplex(elements: elements, limit: maximumElements) }
        var attributes = HTMLDocument.attributes(of: node)
        if tag == "script" {
          let type = attributes.first { $0.name == "type" }?.value.lowercased() ?? ""
          guard type.contains("ld+json") else { continue }
          attributes = [("type", type)]
        }
        let opens = depth < HTMLDocument.maximumDepth
        if opens {
          builder.open(tag: tag, attributes: attributes)
          depth += 1
        }
        openedTags.append(opens)
        if HTMLDocument.invisibleContainers.contains(tag) { hiddenDepth += 1 }
        stack.append((node, true))
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
          children.append(current)
          child = current.pointee.next
        }
        for current in children.reversed() { stack.append((current, false)) }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content {
          builder.text(String(cString: content), countsAsVisible: hiddenDepth == 0)
        }
      default:
        continue
      }
    }
    return builder.finish()
  }

  private static let skippedElements: Set<String> = ["style", "noscript", "template", "object", "embed"]
  private static let invisibleContainers: Set<String> = ["head", "title", "script", "select", "option", "textarea"]

  private static func name(of node: xmlNodePtr) -> String {
    guard let name = node.pointee.name else { return "" }
    return String(cString: name).lowercased()
  }

  private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      if let name = current.pointee.name {
        var value = ""
        var child = current.pointee.children
        while let text = child {
          if let content = text.pointee.content { value += String(cString: content) }
          child = text.pointee.next
        }
        result.append((String(cString: name).lowercased(), value))
      }
      attribute = current.pointee.next
    }
    return result
  }
}
