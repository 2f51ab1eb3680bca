import CLibXML2

/// Owns one libxml2 document: the parse the benchmark measures as the floor (`ParseBaseline`).
/// Extraction parses with `HTMLParser` (SAX, no libxml2 tree). This file, `Parser.swift` and
/// `Encoding.swift` are the only code that touches libxml2; what leaves them is Swift values.
final class HTMLDocument {
  private let doc: htmlDocPtr

  /// Deeper elements are attached to their ancestor at this depth, so the Swift walks
  /// that follow cannot run out of stack on pathological nesting.
  static let maximumDepth = 400

  /// Parses `bytes` (already in `encoding`, an iconv name libxml2 understands).
  /// Never touches the network or the file system: no DTD loading, no entities from outside.
  init?(bytes: [UInt8], encoding: String) {
    HTMLDocument.silenceLibXML2
    let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlReadMemory(chars, Int32(buffer.count), nil, encoding, HTMLDocument.options)
      }
    }
    guard let parsed else { return nil }
    doc = parsed
  }

  deinit { xmlFreeDoc(doc) }

  /// libxml2 prints parse errors to stderr unless told otherwise; the variadic generic
  /// handler cannot be set from Swift, the structured one can.
  /// Recover from errors, stay quiet, never touch the network, and parse in the encoding we
  /// decided rather than one a `<meta>` claims.
  static let options = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

  static let silenceLibXML2: Void = {
    xmlSetStructuredErrorFunc(nil) { _, _ in }
  }()

  /// What the parse needs to know of an element name, worked out once per distinct name.
  /// No String in it: copied out of the cache per element, a String would cost a retain and a
  /// release each time.
  struct NameInfo {
    /// The name's position in `NameCache.names`.
    var index: Int32
    var id: UInt8
    var skipped: Bool
    /// `<noscript>` or `<template>`: left out, unless the page shows its text only there.
    var fallback: Bool
    var invisible: Bool
    var isScript: Bool
  }

  /// Element and attribute names by their bytes: a short hash of the bytes and a byte
  /// comparison against the first occurrence (kept alive by the parser context for the whole
  /// parse), so the name's String and its lower-casing are made once per distinct name, not
  /// per element. Bytes rather than pointers: not every name libxml2 passes comes from its
  /// dictionary.
  struct NameCache {
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: 512)
    private var hashes = [UInt32](repeating: 0, count: 512)
    private var values = [NameInfo?](repeating: nil, count: 512)
    private var count = 0
    /// Every name made so far, by `NameInfo.index`; "" first, then "#document".
    private(set) var names: [String] = ["", "#document"]
    static let documentName: Int32 = 1

    mutating func info(_ name: UnsafePointer<xmlChar>?) -> NameInfo {
      guard let name else { return make("") }
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
      let made = make(String(cString: name).lowercased())
      if count * 2 >= keys.count { return made }  // full enough: stop caching, stay correct
      keys[slot] = name
      hashes[slot] = hash
      values[slot] = made
      count += 1
      return made
    }

    private mutating func make(_ tag: String) -> NameInfo {
      names.append(tag)
      // The name's number looked up once, the sets tested by it: each a String hash before.
      let id = TagNames.id(tag)
      return NameInfo(
        index: Int32(names.count - 1), id: id, skipped: HTMLDocument.skippedElements.contains(id: id),
        fallback: HTMLDocument.fallbackElements.contains(id: id),
        invisible: HTMLDocument.invisibleContainers.contains(id: id), isScript: id == HTMLDocument.scriptID)
    }
  }

  private static let skippedElements: TagSet = ["style", "noscript", "template", "object", "embed"]
  /// Skipped elements whose content a page may show instead of its scripted one.
  private static let fallbackElements: TagSet = ["noscript", "template"]
  private static let invisibleContainers: TagSet = ["head", "title", "script", "select", "option", "textarea"]
  private static var scriptID: UInt8 { TagID.script }

}
