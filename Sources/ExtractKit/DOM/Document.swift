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

  /// Element and attribute names by their pointer, then by their bytes: libxml2's HTML parser
  /// hands over its names from the parser context's dictionary, one pointer per distinct name
  /// kept alive (and unchanged) for the whole parse, so a pointer seen before is the same name.
  /// A pointer not seen before is looked up by a short hash of its bytes and a byte comparison
  /// against the first occurrence: not every name libxml2 passes need come from its
  /// dictionary. The name's String and its lower-casing are made once per distinct name, not
  /// per element.
  struct NameCache {
    /// One slot of the pointer table: the key beside its value (two arrays cost two bounds
    /// checks and an optional's unwrapping per look-up, twice an element).
    private struct Entry {
      var key: UnsafePointer<xmlChar>?
      var info: NameInfo
    }
    private var entries = [Entry](
      repeating: Entry(
        key: nil, info: NameInfo(index: 0, id: 0, skipped: false, fallback: false, invisible: false, isScript: false)),
      count: 1024)
    private var entryCount = 0
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: 512)
    private var hashes = [UInt32](repeating: 0, count: 512)
    private var values = [NameInfo?](repeating: nil, count: 512)
    private var count = 0
    /// Every name made so far, by `NameInfo.index`; "" first, then "#document".
    private(set) var names: [String] = ["", "#document"]
    static let documentName: Int32 = 1

    @inline(__always)
    mutating func info(_ name: UnsafePointer<xmlChar>?) -> NameInfo {
      guard let name else { return make("") }
      // A multiplicative hash of the address, its top bits the slot (1024 slots: ten bits).
      let mixed = UInt(bitPattern: name) &* 0x9E37_79B9_7F4A_7C15
      var slot = Int(truncatingIfNeeded: mixed >> (UInt.bitWidth - 10))
      while let key = entries[slot].key {
        if key == name { return entries[slot].info }
        slot = (slot + 1) & (entries.count - 1)
      }
      let found = byBytes(name)
      // Full enough: stop adding pointers (the byte table still answers).
      if entryCount * 2 < entries.count {
        entries[slot] = Entry(key: name, info: found)
        entryCount += 1
      }
      return found
    }

    private mutating func byBytes(_ name: UnsafePointer<xmlChar>) -> NameInfo {
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
