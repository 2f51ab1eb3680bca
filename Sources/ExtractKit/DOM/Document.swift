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
    var names = NameCache()
    // Iterative walk over libxml2's own child and sibling links: the page decides the
    // depth, not our stack, and no per-element array of children is built.
    var depth = 0
    var hiddenDepth = 0  // >0 inside <head>, <title> and the like: text there is not visible
    var open: [(opened: Bool, invisible: Bool)] = []  // per entered element
    var current: xmlNodePtr? = top
    while let node = current {
      var descend: xmlNodePtr?
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let name = names.info(node.pointee.name)
        if name.skipped { break }
        elements += 1
        if elements > maximumElements { throw ExtractError.tooComplex(elements: elements, limit: maximumElements) }
        var attributes = HTMLDocument.attributes(of: node, names: &names)
        if name.isScript {
          let type = attributes.first { $0.name == "type" }?.value.lowercased() ?? ""
          guard type.contains("ld+json") else { break }
          attributes = [("type", type)]
        }
        let opens = depth < HTMLDocument.maximumDepth
        if opens {
          builder.open(tag: name.tag, attributes: attributes)
          depth += 1
        }
        if name.invisible { hiddenDepth += 1 }
        if let first = node.pointee.children {
          open.append((opens, name.invisible))
          descend = first
        } else {
          if opens {
            builder.close()
            depth -= 1
          }
          if name.invisible { hiddenDepth -= 1 }
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content {
          builder.text(String(cString: content), countsAsVisible: hiddenDepth == 0)
        }
      default:
        break
      }
      if let descend {
        current = descend
        continue
      }
      // Done with `node` and its subtree: move to the next sibling, closing finished parents.
      var next = node
      current = nil
      while true {
        if next == top { break }
        if let sibling = next.pointee.next {
          current = sibling
          break
        }
        guard let parent = next.pointee.parent else { break }
        let state = open.removeLast()
        if state.opened {
          builder.close()
          depth -= 1
        }
        if state.invisible { hiddenDepth -= 1 }
        next = parent
      }
    }
    return builder.finish()
  }

  /// What the walk needs to know of an element name, worked out once per distinct name.
  struct NameInfo {
    var tag: String
    var skipped: Bool
    var invisible: Bool
    var isScript: Bool
  }

  /// Element and attribute names by their bytes. libxml2 2.9's HTML parser gives every node
  /// its own copy of the name, so the pointer does not identify it; a short hash of the bytes
  /// and a byte comparison against the first occurrence (alive as long as the document) do.
  /// The String and its lower-casing are then made once per distinct name, not per element.
  struct NameCache {
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: 512)
    private var hashes = [UInt32](repeating: 0, count: 512)
    private var values = [NameInfo?](repeating: nil, count: 512)
    private var count = 0

    mutating func info(_ name: UnsafePointer<xmlChar>?) -> NameInfo {
      guard let name else { return NameCache.make("") }
      var hash: UInt32 = 2_166_136_261  // FNV-1a
      var cursor = name
      while cursor.pointee != 0 {
        hash = (hash ^ UInt32(cursor.pointee)) &* 16_777_619
        cursor += 1
      }
      let mask = keys.count - 1
      var slot = Int(hash) & mask
      while let key = keys[slot] {
        if hashes[slot] == hash && xmlStrEqual(key, name) != 0 { return values[slot]! }
        slot = (slot + 1) & mask
      }
      let made = NameCache.make(String(cString: name).lowercased())
      if count * 2 >= keys.count { return made }  // full enough: stop caching, stay correct
      keys[slot] = name
      hashes[slot] = hash
      values[slot] = made
      count += 1
      return made
    }

    private static func make(_ tag: String) -> NameInfo {
      NameInfo(
        tag: tag, skipped: HTMLDocument.skippedElements.contains(tag),
        invisible: HTMLDocument.invisibleContainers.contains(tag), isScript: tag == "script")
    }
  }

  private static let skippedElements: Set<String> = ["style", "noscript", "template", "object", "embed"]
  private static let invisibleContainers: Set<String> = ["head", "title", "script", "select", "option", "textarea"]

  private static func attributes(of node: xmlNodePtr, names: inout NameCache) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    var attribute = node.pointee.properties
    guard attribute != nil else { return result }
    var count = 0
    while let current = attribute {
      count += 1
      attribute = current.pointee.next
    }
    result.reserveCapacity(count)
    attribute = node.pointee.properties
    while let current = attribute {
      if let name = current.pointee.name {
        var value = ""
        var child = current.pointee.children
        if let only = child, only.pointee.next == nil {
          // The usual case, one text child: no appending.
          if let content = only.pointee.content { value = String(cString: content) }
        } else {
          while let text = child {
            if let content = text.pointee.content { value += String(cString: content) }
            child = text.pointee.next
          }
        }
        result.append((names.info(name).tag, value))
      }
      attribute = current.pointee.next
    }
    return result
  }
}
