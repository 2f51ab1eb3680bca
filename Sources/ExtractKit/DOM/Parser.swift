import CLibXML2
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses a page straight into a `Tree` through libxml2's SAX interface: the HTML parser
/// (tag soup repair, implied and auto-closed elements, entities) is libxml2's, but the tree
/// is built once, ours, instead of libxml2 building its own and us copying it. Building and
/// freeing libxml2's tree was a fifth of an extraction.
///
/// What the copy used to leave out is left out here: comments, styles and the like, scripts
/// other than JSON-LD, anything outside the root element. A JSON-LD script stays an empty
/// element; its text goes to `Tree.jsonLDScripts`, never into the tree, where a script in the
/// body (a list's or a picture's structured data beside the text) would read as text.
/// Adjacent text callbacks make one text node, as libxml2's tree builder merges them; a
/// comment between two texts keeps them apart, as the tree kept them.
enum HTMLParser {
  /// `validUTF8`: the bytes are known to be valid UTF-8 (else, when UTF-8, they are checked).
  /// The bytes are consumed: held by no one else, they are freed once libxml2 has its copy,
  /// before the parse, unless `mayHoldFallbacks` (the page has a `<noscript>` or `<template>`
  /// tag, `PreScan.check`): then they are kept for a second parse.
  /// The content of `<noscript>` and `<template>` is left out, unless it holds more visible
  /// text than the rest of the page (at least `Thresholds.minimumFallbackChars`): then the page
  /// is parsed again with it kept (`Tree.keptFallbacks`). That catches an article served only
  /// as a no-script fallback, and a `<noscript>` whose end tag libxml2 ignores (it opened a
  /// `<div>`, and `</noscript>` may not close a `<div>`), which swallows the rest of the page.
  /// The text of scripts and styles left out is removed before libxml2 reads the page
  /// (`RawTextEliding`), unless `elidingRawText` is false, or done already: `elided` is then
  /// what was removed (`PreScan.checkEliding`, for a page that `readsAsItIs`).
  static func tree(
    bytes: consuming [UInt8], encoding: String, validUTF8: Bool = false, maximumElements: Int,
    mayHoldFallbacks: Bool = true, keepingFallbacks: Bool = false, elidingRawText: Bool = true,
    elided: RawTextEliding.Removed? = nil
  ) throws -> Tree {
    HTMLDocument.silenceLibXML2
    let named = namedEncoding(bytes, encoding: encoding, validUTF8: validUTF8)
    // The tree's buffers are sized by the whole page, as before the removal: smaller, they
    // grew past it on pages of little script (a copy at twice the size).
    let expectedBytes = bytes.count
    // Only bytes libxml2 reads as they are, valid UTF-8: a conversion could stop at a bad byte
    // inside a removed text. The removed texts are kept while a second parse may need the page.
    let removed =
      elided
      ?? (named == nil && elidingRawText
        ? RawTextEliding.elide(&bytes, recording: mayHoldFallbacks && !keepingFallbacks) : RawTextEliding.Removed())
    guard let context = htmlNewParserCtxt() else { throw ExtractError.unparsable }
    // The state lives behind a pointer the callbacks share: a struct reached through a pointer
    // is mutated without the exclusivity checks every store into a class's property costs.
    let state = UnsafeMutablePointer<SAXTreeBuilder>.allocate(capacity: 1)
    state.initialize(
      to: SAXTreeBuilder(
        context: context, maximumElements: maximumElements, expectedBytes: expectedBytes,
        keepingFallbacks: keepingFallbacks, checksUTF8: named != nil))
    defer {
      state.pointee.release()
      state.deinitialize(count: 1)
      state.deallocate()
    }
    context.pointee._private = UnsafeMutableRawPointer(state)
    state.pointee.removedStarts = removed.starts
    state.pointee.removedLengths = removed.lengths
    let input = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          xmlParserInputBufferCreateMem($0, Int32(buffer.count), XML_CHAR_ENCODING_NONE)
        }
      }
    }
    // The parser reads its own copy: ours is a page's size of the parse's peak memory. A page
    // with fallback elements keeps it, for the second parse below.
    let kept = mayHoldFallbacks && !keepingFallbacks ? bytes : []
    bytes = []
    if let input { parse(input, encoding: named, in: context, with: handler) }
    // Freed before the document is made: the parser's copy of the page (and a converted copy
    // of a page in another encoding).
    htmlFreeParserCtxt(context)
    if let elements = state.pointee.exceeded {
      throw ExtractError.tooComplex(elements: elements, limit: maximumElements)
    }
    let fallbackText = state.pointee.fallbackText
    let removedFallbackText = state.pointee.removedFallbackText
    var tree = state.pointee.finish()
    if keepingFallbacks {
      tree.keptFallbacks = true
    } else if !kept.isEmpty {
      let textLength = tree.root.textLength
      let keeps = { (text: Int) in text >= Thresholds.minimumFallbackChars && text > textLength }
      if keeps(fallbackText) {
        return try self.tree(
          bytes: kept, encoding: encoding, validUTF8: validUTF8, maximumElements: maximumElements,
          keepingFallbacks: true)
      }
      if removedFallbackText > 0 && keeps(fallbackText + removedFallbackText) {
        // Removed text inside the fallbacks may have decided: parse the page as it was.
        return try self.tree(
          bytes: removed.restored(kept), encoding: encoding, validUTF8: validUTF8, maximumElements: maximumElements,
          elidingRawText: false)
      }
    }
    return tree
  }

  /// Containers and blocks whose neighbouring whitespace is layout. Not `pre` (its whitespace
  /// is text), nor images and other replaced elements, which sit in running text.
  static let layoutTags: TagSet = [
    "html", "head", "body", "title", "meta", "link", "p", "div", "section", "article", "main", "header", "footer",
    "nav", "aside", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "table", "caption", "thead", "tbody",
    "tfoot", "tr", "td", "th", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "address", "details",
    "form", "fieldset",
  ]
  /// Not a tag number: what `flushText` is told when the text's parent closes.
  static let closingTag: UInt8 = 255

  /// The parse with callbacks that do nothing, for `ParseBaseline.tokenize`.
  static func tokenize(bytes: [UInt8], encoding: String) {
    HTMLDocument.silenceLibXML2
    guard let context = htmlNewParserCtxt() else { return }
    defer { htmlFreeParserCtxt(context) }
    parse(bytes, encoding: encoding, in: context, with: silentHandler)
  }

  /// Whether libxml2 reads the page's bytes as they are (no encoding named to it): valid UTF-8.
  /// Only such a page has its scripts' and styles' text removed (`RawTextEliding`).
  static func readsAsItIs(_ bytes: [UInt8], encoding: String, validUTF8: Bool) -> Bool {
    namedEncoding(bytes, encoding: encoding, validUTF8: validUTF8) == nil
  }

  /// The encoding to name to libxml2. Valid UTF-8 is parsed without naming one: named,
  /// libxml2 runs the page through its UTF-8 "conversion", a copy that grows to twice the page
  /// (the peak of an extraction's memory) and a pass over every byte. `startDocument` then says
  /// the bytes are UTF-8, as the conversion would have. Invalid UTF-8 keeps the name: without
  /// one, libxml2 would switch to Latin-1 at the first bad byte.
  private static func namedEncoding(_ bytes: [UInt8], encoding: String, validUTF8: Bool) -> String? {
    guard encoding == "UTF-8" else { return encoding }
    if validUTF8 { return nil }
    return bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } ? nil : encoding
  }

  /// Runs libxml2's HTML parser over `bytes` with `handler`'s callbacks.
  private static func parse(
    _ bytes: [UInt8], encoding: String, in context: htmlParserCtxtPtr, with handler: htmlSAXHandler
  ) {
    context.pointee.sax.pointee = handler
    let named = namedEncoding(bytes, encoding: encoding, validUTF8: false)
    let document = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, named, HTMLDocument.options)
      }
    }
    if let document { xmlFreeDoc(document) }  // none is built without a startDocument handler
  }

  /// `htmlCtxtReadMemory` over an input buffer made beforehand (so the caller's bytes can go
  /// before the parse). The steps are `htmlCtxtReadMemory`'s and `htmlDoRead`'s (libxml2 2.9);
  /// the buffer is the parser's from here.
  private static func parse(
    _ input: xmlParserInputBufferPtr, encoding: String?, in context: htmlParserCtxtPtr, with handler: htmlSAXHandler
  ) {
    xmlInitParser()
    htmlCtxtReset(context)
    context.pointee.sax.pointee = handler
    guard let stream = xmlNewIOInputStream(context, input, XML_CHAR_ENCODING_NONE) else {
      xmlFreeParserInputBuffer(input)
      return
    }
    inputPush(context, stream)
    htmlCtxtUseOptions(context, HTMLDocument.options)
    context.pointee.html = 1
    if let encoding, let converter = xmlFindCharEncodingHandler(encoding) {
      xmlSwitchToEncoding(context, converter)
      // libxml2's allocator is the C library's (`xmlFree` is `free`; its variable cannot be
      // read from Swift 6 code).
      if let previous = context.pointee.input.pointee.encoding { free(UnsafeMutableRawPointer(mutating: previous)) }
      context.pointee.input.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
    }
    htmlParseDocument(context)
    if let document = context.pointee.myDoc {
      context.pointee.myDoc = nil
      xmlFreeDoc(document)  // none is built without a startDocument handler
    }
  }

  nonisolated(unsafe) private static let silentHandler: htmlSAXHandler = {
    var handler = htmlSAXHandler()
    handler.initialized = 1
    handler.startDocument = readsUTF8
    return handler
  }()

  /// Called before the first character is read: without it, a parse whose encoding was not
  /// named guesses one at the first non-ASCII byte (a `<meta>`'s, else Latin-1). With an
  /// encoding named, libxml2 has already set the same.
  private static let readsUTF8: @convention(c) (UnsafeMutableRawPointer?) -> Void = { context in
    context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
  }

  private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTreeBuilder> {
    let parser = context!.assumingMemoryBound(to: xmlParserCtxt.self)
    return parser.pointee._private.assumingMemoryBound(to: SAXTreeBuilder.self)
  }

  // Written once, then only copied into each parser context.
  nonisolated(unsafe) private static let handler: htmlSAXHandler = {
    var handler = htmlSAXHandler()
    handler.initialized = 1  // SAX1 callbacks, as the HTML parser calls them
    handler.startDocument = readsUTF8
    handler.startElement = { context, name, attributes in
      builder(context).pointee.start(name, attributes)
    }
    handler.endElement = { context, _ in builder(context).pointee.end() }
    handler.characters = { context, bytes, length in
      builder(context).pointee.characters(bytes, length, cdata: false)
    }
    handler.cdataBlock = { context, bytes, length in
      builder(context).pointee.characters(bytes, length, cdata: true)
    }
    handler.comment = { context, _ in builder(context).pointee.otherEvent() }
    handler.processingInstruction = { context, _, _ in builder(context).pointee.otherEvent() }
    // Whitespace the parser calls ignorable is dropped, as libxml2's tree builder drops it.
    handler.ignorableWhitespace = { _, _, _ in }
    return handler
  }()
}

/// The state of one SAX parse: `TreeBuilder` plus what the callbacks need to decide.
private struct SAXTreeBuilder {
  private let context: htmlParserCtxtPtr
  private let maximumElements: Int
  private var builder: TreeBuilder
  private var names = HTMLDocument.NameCache()
  private var elements = 0
  private(set) var exceeded: Int?
  /// 0 before the root element, 1 inside it, 2 after it.
  private var rootState = 0
  /// >0 inside a left-out element (style, a script that is not JSON-LD): its depth below it.
  private var skipDepth = 0
  /// Inside a JSON-LD script that is the innermost open element: its place in `open` plus one
  /// (0 elsewhere). Its text goes to `scriptText`, not to the tree.
  private var scriptLevel = 0
  private var scriptText: [UInt8] = []
  /// The texts of the JSON-LD scripts closed so far (`Tree.jsonLDScripts`).
  private var scripts: [String] = []
  /// The script just started was self-closed (`<script …/>`): libxml2 ends it there, where a
  /// browser reads on to `</script>`.
  private var closesSelf = false
  /// Right after a self-closed script: text read before any other event, up to a `</script>`
  /// (which libxml2 drops, no script being open), is that script's code, not the page's text.
  private var afterSelfClosedScript = false
  /// Whether `<noscript>` and `<template>` are kept rather than left out.
  private let keepsFallbacks: Bool
  /// Whether the left-out element is a `<noscript>` or `<template>`.
  private var skippingFallback = false
  /// Visible characters left out inside elements within `<noscript>` and `<template>` (outside `<head>`).
  private(set) var fallbackText = 0
  /// Where libxml2 stands at the start tags whose text `RawTextEliding` removed, and the
  /// lengths removed: a removed text inside the fallbacks would have counted in `fallbackText`.
  var removedStarts: [Int] = []
  var removedLengths: [Int] = []
  private var removedIndex = 0
  /// At most the visible characters the removed texts would have added to `fallbackText`.
  private(set) var removedFallbackText = 0
  private var depth = 0
  private var hiddenDepth = 0  // >0 inside <head>, <title> and the like: text there is not visible
  /// Per element reported open, innermost last: `openedBit` when it was opened in the tree,
  /// `invisibleBit` when it hides its text. A buffer of ours: an array of pairs cost a
  /// uniqueness check and a bounds check per push and pop, twice an element.
  private var open = GrowableBuffer<UInt8>(capacity: 64)
  private static let openedBit: UInt8 = 1
  private static let invisibleBit: UInt8 = 2
  /// The pending text node's bytes: a buffer of ours, as an array's append through the builder's
  /// pointer cost several times the copy, once per text callback.
  private var text = GrowableBuffer<UInt8>(capacity: 4096)
  private var textIsCDATA = false
  /// `HTMLParser.layoutTags`, read once: a static is a lazy global checked at every read, and
  /// the test runs per text node (as bits tested in place: `TagSet.contains` was a call).
  private let layoutTags = TagBits(HTMLParser.layoutTags)

  /// `checksUTF8`: whether the texts and values libxml2 hands over may be invalid UTF-8 (the
  /// page was not valid UTF-8 parsed unconverted; `TreeBuilder.checksUTF8`).
  init(
    context: htmlParserCtxtPtr, maximumElements: Int, expectedBytes: Int, keepingFallbacks: Bool, checksUTF8: Bool
  ) {
    self.context = context
    keepsFallbacks = keepingFallbacks
    self.maximumElements = maximumElements
    builder = TreeBuilder(
      rootName: HTMLDocument.NameCache.documentName, expectedBytes: expectedBytes, checksUTF8: checksUTF8)
  }

  mutating func start(_ name: UnsafePointer<xmlChar>?, _ attributeList: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
  {
    afterSelfClosedScript = false
    guard rootState < 2 else {
      flushText()
      return
    }
    // Looked up once: it names the element the pending text precedes, and the element.
    let looked = skipDepth == 0 ? names.info(name) : nil
    if !text.isEmpty {
      flushText(before: looked?.id ?? 0)
    }
    guard let info = looked else {
      if skippingFallback, hiddenDepth == 0, rootState == 1, removedIndex < removedStarts.count {
        countRemovedText()
      }
      skipDepth += 1
      return
    }
    if info.skipped, !(keepsFallbacks && info.fallback) {
      skipDepth = 1
      skippingFallback = info.fallback
      return
    }
    elements += 1
    if elements > maximumElements {
      exceeded = elements
      xmlStopParser(context)
      return
    }
    rootState = 1
    let firstAttribute = builder.attributeCount
    addAttributes(attributeList)
    if info.isScript {
      closesSelf = atSelfClosingEnd()
      // Only JSON-LD is kept, with its `type` lower-cased as its only attribute.
      let type = scriptType(attributeList)
      builder.truncateAttributes(to: firstAttribute)
      // A byte search for an ASCII type (a Character search cost more than the rest of the
      // element's start); one with other characters, where a combining mark may follow, by Characters.
      let bytes = Array(type.utf8)
      let isJSONLD =
        bytes.allSatisfy { $0 < 0x80 } ? CompoundMatcher.contains(bytes, "ld+json") : type.contains("ld+json")
      guard isJSONLD else {
        skipDepth = 1
        skippingFallback = false
        return
      }
      let typeName = names.info("type").index
      var value = type
      value.withUTF8 { builder.addAttribute(name: typeName, value: $0) }
    }
    let opens = depth < HTMLDocument.maximumDepth
    if opens {
      builder.open(name: info.index, tagID: info.id, firstAttribute: firstAttribute)
      depth += 1
    } else {
      builder.truncateAttributes(to: firstAttribute)
    }
    if info.invisible { hiddenDepth += 1 }
    open.append((opens ? Self.openedBit : 0) | (info.invisible ? Self.invisibleBit : 0))
    if info.isScript {
      finishScript()
      scriptLevel = open.count
    }
  }

  /// Keeps the text of the JSON-LD script being read, if any.
  private mutating func finishScript() {
    guard scriptLevel != 0 else { return }
    // The tree's text ended at a NUL byte (a C string): so does the script's.
    let end = scriptText.firstIndex(of: 0) ?? scriptText.count
    scripts.append(String(decoding: scriptText[..<end], as: UTF8.self))
    scriptText.removeAll(keepingCapacity: true)
    scriptLevel = 0
  }

  /// Adds to `removedFallbackText` the length of the text removed after this start tag, if
  /// any: found by libxml2's position, at the start tag's `>`. Positions only grow.
  private mutating func countRemovedText() {
    guard let input = context.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur else { return }
    let position = Int(input.pointee.consumed) + base.distance(to: cur)
    while removedIndex < removedStarts.count && removedStarts[removedIndex] < position { removedIndex += 1 }
    if removedIndex < removedStarts.count && removedStarts[removedIndex] == position {
      // Each visible character counted stands for at least one byte.
      removedFallbackText += removedLengths[removedIndex]
      removedIndex += 1
    }
  }

  mutating func end() {
    flushText(before: HTMLParser.closingTag)
    afterSelfClosedScript = closesSelf
    closesSelf = false
    guard rootState == 1 else { return }
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    guard !open.isEmpty else { return }
    if open.count == scriptLevel { finishScript() }
    let state = open[open.count - 1]
    open.truncate(to: open.count - 1)
    if state & Self.openedBit != 0 {
      builder.close()
      depth -= 1
    }
    if state & Self.invisibleBit != 0 { hiddenDepth -= 1 }
    if open.isEmpty { rootState = 2 }
  }

  mutating func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32, cdata: Bool) {
    guard rootState == 1, let bytes, length > 0 else { return }
    guard skipDepth == 0 else {
      // Only text inside an element of the fallback: a saved page may hold a `<noscript>`'s
      // content as escaped markup (`&lt;img …&gt;`), its direct text, which no reader sees.
      if skippingFallback, skipDepth > 1, hiddenDepth == 0 {
        fallbackText += TextMetrics.visibleLength(UnsafeBufferPointer(start: bytes, count: Int(length)))
      }
      return
    }
    if scriptLevel != 0 && scriptLevel == open.count {
      scriptText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
      return
    }
    if cdata != textIsCDATA {
      flushText()
      textIsCDATA = cdata
    }
    text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
    // The text began at the script's end (the script's start flushed the text before it).
    if afterSelfClosedScript && atScriptEndTag() {
      text.truncate(to: 0)
      afterSelfClosedScript = false
    }
  }

  /// A comment or a processing instruction: it ends the pending text.
  mutating func otherEvent() {
    afterSelfClosedScript = false
    flushText()
  }

  /// Whether libxml2 stands at a start tag's `/>` (it reports the start tag before reading it).
  private func atSelfClosingEnd() -> Bool {
    guard let input = context.pointee.input, let cur = input.pointee.cur, let end = input.pointee.end,
      cur.distance(to: end) >= 2
    else { return false }
    return cur[0] == 0x2F && cur[1] == 0x3E
  }

  /// Whether libxml2 stands at `</script` (any case) not followed by a name character.
  private func atScriptEndTag() -> Bool {
    guard let input = context.pointee.input, let cur = input.pointee.cur, let end = input.pointee.end else {
      return false
    }
    let available = cur.distance(to: end)
    guard available >= 8, cur[0] == 0x3C, cur[1] == 0x2F else { return false }
    for (offset, letter) in "script".utf8.enumerated() where cur[2 + offset] | 0x20 != letter { return false }
    return available == 8 || !RawTextEliding.isNameByte(cur[8])
  }

  /// Ends the current text node. `next` is the tag number of the element that starts right
  /// after it, `HTMLParser.closingTag` when its parent closes, 0 for anything else.
  mutating func flushText(before next: UInt8 = 0) {
    guard !text.isEmpty else { return }
    if next != 0, isLayoutWhitespace(before: next) {
      text.truncate(to: 0)
      return
    }
    // The tree's text ended at a NUL byte (a C string): so does ours. Found with `memchr`: a
    // byte loop over every text of the page cost more than the rest of the flush.
    let buffer = text.buffer
    let end: Int
    if let base = buffer.baseAddress, let nul = memchr(base, 0, buffer.count) {
      end = base.distance(to: nul.assumingMemoryBound(to: UInt8.self))
    } else {
      end = buffer.count
    }
    if end > 0 {
      let visible = hiddenDepth == 0
      builder.text(UnsafeBufferPointer(rebasing: buffer[..<end]), countsAsVisible: visible)
    }
    text.truncate(to: 0)
  }

  /// Whitespace between block elements (`</p>\n<p>`, `<ul>\n  <li>`) is the page's source
  /// layout: it would be a text node of no visible text. Leaving it out makes the tree a third
  /// smaller; whitespace next to inline content, and inside `<pre>`, stays.
  /// Mutating though it only reads: called from `flushText` as a plain method, the whole state
  /// was copied for each call (a `memcpy` per text node).
  private mutating func isLayoutWhitespace(before next: UInt8) -> Bool {
    // The tag tests first: they cost less than reading the text, and most text sits inline.
    guard !textIsCDATA, layoutTags.contains(id: builder.openTagID),
      next == HTMLParser.closingTag || layoutTags.contains(id: next)
    else { return false }
    if let previous = builder.lastChildTagID, !layoutTags.contains(id: previous) { return false }
    return text.buffer.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C })
  }

  mutating func finish() -> Tree {
    flushText()
    finishScript()
    var tree = builder.finish(names: names.names)
    tree.jsonLDScripts = scripts
    return tree
  }

  /// Frees what the builder still holds (all of it when the parse was given up).
  func release() {
    builder.release()
    text.release()
    open.release()
  }

  /// Adds an element's attributes to the document: names through the name cache, values as
  /// their bytes (a missing value reads as empty).
  private mutating func addAttributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
    guard let list else { return }
    var index = 0
    while let name = list[index * 2] {
      let nameIndex = names.info(name).index
      if let value = list[index * 2 + 1] {
        // libc's `strlen` (vectorized) rather than `xmlStrlen`'s byte loop: a call per attribute.
        let length = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
        builder.addAttribute(name: nameIndex, value: UnsafeBufferPointer(start: value, count: length))
      } else {
        builder.addAttribute(name: nameIndex, value: UnsafeBufferPointer(start: nil, count: 0))
      }
      index += 1
    }
  }

  /// A script's first `type` attribute, lower-cased ("" when it has none).
  private mutating func scriptType(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String {
    guard let list else { return "" }
    var index = 0
    while let name = list[index * 2] {
      if names.names[Int(names.info(name).index)] == "type" {
        return list[index * 2 + 1].map { String(cString: $0) }?.lowercased() ?? ""
      }
      index += 1
    }
    return ""
  }
}

/// A `TagSet`'s members as four words of bits, tested inline (tag number 0 is in none, as in
/// `TagSet`).
private struct TagBits {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  init(_ set: TagSet) {
    for id in 1...255 where set.contains(id: UInt8(id)) {
      let bit = UInt64(1) << UInt64(id & 63)
      switch id >> 6 {
      case 0: words.0 |= bit
      case 1: words.1 |= bit
      case 2: words.2 |= bit
      default: words.3 |= bit
      }
    }
  }

  @inline(__always)
  func contains(id: UInt8) -> Bool {
    let bit = UInt64(1) << UInt64(id & 63)
    switch id >> 6 {
    case 0: return words.0 & bit != 0
    case 1: return words.1 & bit != 0
    case 2: return words.2 & bit != 0
    default: return words.3 & bit != 0
    }
  }
}
