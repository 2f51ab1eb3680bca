import Foundation

/// The shared context every extractor reads: the page parsed once, and the facts of the
/// `<head>` and JSON-LD gathered in the same pass.
final class Page {
  let tree: Tree
  let options: ExtractOptions
  let source: Source
  /// `<meta>` values by lower-cased `name`, `property` or `itemprop` (dots read as colons), first one wins.
  let meta: [String: String]
  /// Every value of the `listedMetaKeys` in document order (Dublin Core repeats `DC.Creator`
  /// once per author), where `meta` keeps the first; by the attribute naming the key ("name",
  /// "property", "itemprop"), as a page writing one author in both syntaxes repeats no author.
  let metaLists: [String: [String: [String]]]
  /// Meta keys a page may repeat, one value per author.
  static let listedMetaKeys: Set<String> = ["dc:creator", "dcterms:creator", "dcterm:creator", "author"]
  /// `<link rel=…>` hrefs by lower-cased rel token.
  let links: [String: String]
  let titleTag: String?
  let htmlLanguage: String?
  /// JSON-LD objects, `@graph` members and array entries flattened.
  let jsonLD: [[String: Any]]
  /// The base for relative URLs: `<base href>`, else the caller's URL, else the canonical link.
  let baseURL: URL?
  var warnings: [String] = []
  /// Elements of the `indexedTags` by tag number, in document order, filled in the prepare pass.
  private let elementsByTag: [[Node]]
  /// The tags extractors look up page-wide.
  static let indexedTags: TagSet = ["body", "h1", "h2", "img", "article"]
  /// The tags this pass reads facts from.
  private static let headTags: TagSet = ["meta", "link", "title", "html", "base"]

  init(tree: Tree, options: ExtractOptions, bytes: Int, encoding: String) {
    self.tree = tree
    self.options = options
    boilerplateCache = .allocate(capacity: tree.nodes.count)
    boilerplateCache.initialize(repeating: -1)
    var meta: [String: String] = [:]
    var propertyKeys = Set<String>()
    var metaLists: [String: [String: [String]]] = [:]
    var links: [String: String] = [:]
    var title: String?
    var language: String?
    var base: String?
    var byTag = [[Node]](repeating: [], count: 256)
    let indexedTags = Page.indexedTags
    let headTags = Page.headTags  // read once, not per node
    for node in tree.nodes where node.isElement {
      if indexedTags.contains(node) { byTag[Int(node.tagID)].append(node) }
      guard headTags.contains(node) else { continue }
      switch node.tag {
      case "meta":
        guard let content = node.attribute("content") else { continue }
        // `property="dc:title og:title"` names several keys; "dc.title" and "dc:title" are one key.
        // A `property` (RDFa, OpenGraph) wins over a `name` for the same key.
        for key in ["property", "name", "itemprop", "http-equiv"] {
          for name in Page.spaceSeparated((node.attribute(key) ?? "").lowercased()) {
            let normalized = name.utf8.contains(UInt8(ascii: ".")) ? Page.colonized(name) : name
            if key != "http-equiv", Page.listedMetaKeys.contains(normalized) {
              metaLists[key, default: [:]][normalized, default: []].append(content)
            }
            if key == "property" {
              if propertyKeys.insert(normalized).inserted { meta[normalized] = content }
            } else if meta[normalized] == nil {
              meta[normalized] = content
            }
          }
        }
      case "link":
        guard let href = node.attribute("href"), let rel = node.attribute("rel") else { continue }
        for token in Page.spaceSeparated(rel.lowercased()) where links[token] == nil {
          links[token] = href
        }
      case "title":
        if title == nil, node.closest({ $0.tag == "svg" }) == nil { title = Page.rawText(node) }
      case "html":
        if language == nil { language = node.attribute("lang") ?? node.attribute("xml:lang") }
      case "base":
        if base == nil { base = node.attribute("href") }
      default:
        continue
      }
    }
    self.meta = meta
    self.metaLists = metaLists
    self.links = links
    self.titleTag = Text.nonEmpty(title)
    self.htmlLanguage = Text.nonEmpty(language)
    self.elementsByTag = byTag
    bodyTextLength = (byTag[Int(TagNames.id("body"))].first ?? tree.root).textLength
    let structured = JSONLD.read(tree.jsonLDScripts)
    self.jsonLD = structured.objects
    self.warnings = structured.warnings

    // Every URL the output names is http(s): a javascript:, data: or file: URL given by the
    // caller, a WARC-Target-URI or a canonical link is no URL of the page, and as a base it
    // would turn every relative link into one no reader can follow.
    let given = options.url.flatMap { URL(string: $0.trimmingASCIIWhitespace()) }.flatMap(Page.web)
    let canonical = links["canonical"].flatMap { URL(string: $0.trimmingASCIIWhitespace(), relativeTo: given) }
      .flatMap { Page.web($0.absoluteURL) }
    var resolvedBase = given ?? canonical
    if let base, let url = URL(string: base.trimmingASCIIWhitespace(), relativeTo: resolvedBase)?.absoluteURL,
      let web = Page.web(url)
    {
      resolvedBase = web
    }
    self.baseURL = resolvedBase
    self.source = Source(
      path: options.path, url: given?.absoluteString ?? resolvedBase?.absoluteString,
      canonicalUrl: canonical?.absoluteString,
      bytes: bytes, encoding: encoding)
  }

  /// `value.split(separator: " ")`, as Strings: over the bytes when the value is ASCII (the names
  /// of every `<meta>`), where a Character is a byte; splitting by Character cost a fifth of the
  /// page's set-up.
  static func spaceSeparated(_ value: String) -> [String] {
    guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return value.split(separator: " ").map(String.init) }
    return value.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
  }

  /// A meta name's dots written as colons ("dc.title" → "dc:title"): byte by byte when it is
  /// ASCII, by Foundation otherwise.
  static func colonized(_ name: String) -> String {
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.replacingOccurrences(of: ".", with: ":") }
    return String(decoding: name.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ":") : $0 }, as: UTF8.self)
  }

  func elements(_ tag: String) -> [Node] {
    if Page.indexedTags.contains(tag) { return elementsByTag[Int(TagNames.id(tag))] }
    return tree.nodes.filter { $0.isElement && $0.tag == tag }
  }

  /// The page's visible text length: the yardstick of `Evidence.isBoilerplate`.
  let bodyTextLength: Int
  /// Per node: -1 not yet asked, else 0 or 1. A buffer, not an array `var`: each read of a
  /// class's `var` is checked for exclusive access at run time, and this is read for most nodes.
  private let boilerplateCache: UnsafeMutableBufferPointer<Int8>

  deinit {
    boilerplateCache.deallocate()
    proseTable.pointee?.deallocate()
    proseTable.deallocate()
  }

  /// `Evidence.isBoilerplate`, computed once a node: the locator, the byline and the hero all ask.
  func isBoilerplate(_ node: Node) -> Bool {
    let cached = boilerplateCache[node.order]
    if cached >= 0 { return cached == 1 }
    let value = isBoilerplate(node, readingClasses: true)
    boilerplateCache[node.order] = value ? 1 : 0
    return value
  }

  /// Site chrome by markup alone (tags, roles, hidden styles, forms, inserts), class words not
  /// read: the test of the locator's second attempt, when class words masked the article.
  func isChrome(_ node: Node) -> Bool { isBoilerplate(node, readingClasses: false) }

  /// The evidence, weighed against what the node holds: a wrapper of the article is not boilerplate.
  private func isBoilerplate(_ node: Node, readingClasses: Bool) -> Bool {
    switch Evidence.boilerplateEvidence(node, pageText: bodyTextLength) {
    case nil: return false
    case .hidden: return true
    case .markup: return !holdsArticle(node) && !holdsProse(node, share: Thresholds.wholePageShareOfProse)
    case .classWords: return readingClasses && !holdsArticle(node) && !holdsMostProse(node)
    }
  }

  /// Paragraph characters (`ContentLocator.paragraphTextLength`) summed in document order: entry
  /// `i` is the prose of the nodes before order `i`, so a subtree's prose is one subtraction.
  /// Made on first use, behind a pointer: a lazy array `var` was retained, released and checked
  /// for exclusive access on every read, asked for most elements. Int, not Int32: nested cells
  /// count their text once per level, so the sum is not bounded by the page's size.
  private let proseTable: UnsafeMutablePointer<UnsafeMutableBufferPointer<Int>?> = {
    let table = UnsafeMutablePointer<UnsafeMutableBufferPointer<Int>?>.allocate(capacity: 1)
    table.initialize(to: nil)
    return table
  }()

  private var proseSums: UnsafeMutableBufferPointer<Int> {
    if let sums = proseTable.pointee { return sums }
    let count = tree.nodes.count
    let sums = UnsafeMutableBufferPointer<Int>.allocate(capacity: count + 1)
    sums[0] = 0
    for index in 0..<count {
      let node = tree.nodes[index]
      let length = node.isElement ? ContentLocator.paragraphTextLength(node) : 0
      sums[index + 1] = sums[index] + (length >= Thresholds.minimumParagraphChars ? length : 0)
    }
    proseTable.pointee = sums
    return sums
  }

  /// The paragraph characters below a node (itself included).
  func prose(_ node: Node) -> Int {
    let sums = proseSums
    return sums[node.end] - sums[node.order]
  }

  /// The paragraph characters of the whole page.
  var totalProse: Int { proseSums[tree.nodes.count] }

  /// Whether a node holds most of the page's prose: the article's own wrapper, whatever layout
  /// word its class carries (Elementor's "elementor-widget-wrap", Blogger's "widget Blog", a
  /// "sharing container" beside the text). A comment thread
  /// or a cookie notice can outweigh a short story and is never read as the article.
  func holdsMostProse(_ node: Node) -> Bool { holdsProse(node, share: Thresholds.articleShareOfProse) }

  /// Whether a class word naming a side column or other posts ("sidebar", "popular") makes this
  /// node one: not on `<body>` or `<html>`, whose classes describe the layout ("has-sidebar",
  /// "sidebar-right"), nor on a wrapper holding most of the page's prose (the article's column).
  func namesSideColumn(_ node: Node, _ tokens: TokenSet) -> Bool {
    node.hasClassToken(in: tokens) && !Evidence.structuralTags.contains(node) && !holdsMostProse(node)
  }

  /// Whether a node holds `share` of the page's prose and is not a comment thread or the like.
  /// A list never wraps the article: a gallery's 50 captions in `<ul class="legends">` outweigh the story.
  func holdsProse(_ node: Node, share: Double) -> Bool {
    guard node.tagID != TagID.ul && node.tagID != TagID.ol else { return false }
    let total = totalProse
    guard total > 0, Double(prose(node)) >= share * Double(total) else { return false }
    return !node.hasClassCue(.neverArticle)
  }

  /// Whether a node holds the article: a heading `<h1>` and an `<article>` of some length. A
  /// story opened as a modal over a news front page (Yahoo's "render-target-modal") is the page.
  private func holdsArticle(_ node: Node) -> Bool {
    // By binary search in the document-ordered lists: asked of every ancestor of every
    // heading, a scan of all the page's `<h1>`s each time grew with the square of the page.
    let headings = elements("h1")
    let heading = Page.firstIndex(in: headings, atOrAfter: node.order)
    guard heading < headings.count, headings[heading].order < node.end else { return false }
    let articles = elements("article")
    var article = Page.firstIndex(in: articles, atOrAfter: node.order)
    while article < articles.count, articles[article].order < node.end {
      if articles[article].textLength >= Thresholds.minimumArticleChars { return true }
      article += 1
    }
    return false
  }

  /// The index of the first of `nodes` (in document order) at or after `order`.
  private static func firstIndex(in nodes: [Node], atOrAfter order: Int) -> Int {
    var low = 0
    var high = nodes.count
    while low < high {
      let middle = (low + high) / 2
      if nodes[middle].order < order { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// `url` when it is an absolute http(s) URL with a host, else nil.
  static func web(_ url: URL) -> URL? {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false
    else { return nil }
    return url
  }

  /// An absolute http(s) URL for an href or src, or nil for `javascript:`, `data:` and the like.
  func resolve(_ reference: String?) -> String? {
    guard let reference = reference?.trimmingASCIIWhitespace(), !reference.isEmpty else { return nil }
    // The head alone lower-cased: a long reference (an image's `data:` URI) is not copied.
    if Text.lowercasedHasPrefix(reference, "javascript:") || Text.lowercasedHasPrefix(reference, "data:")
      || Text.lowercasedHasPrefix(reference, "vbscript:") || Text.lowercasedHasPrefix(reference, "mailto:")
      || Text.lowercasedHasPrefix(reference, "tel:") || Text.lowercasedHasPrefix(reference, "#")
    {
      return nil
    }
    // Most links are absolute, or relative to the site's root: Foundation resolved them for some
    // 8,000 instructions each, to what a concatenation gives.
    if let kind = Page.plainReference(reference) {
      if baseURL == nil { return reference }  // as Foundation gives it without a base
      if let base = basePrefixes {
        switch kind {
        case .absolute: return reference
        case .rootRelative: return base.root + reference
        case .protocolRelative: return base.scheme + ":" + reference
        }
      }
    }
    if let url = URL(string: reference, relativeTo: baseURL)?.absoluteURL {
      if let scheme = url.scheme?.lowercased() {
        return scheme == "http" || scheme == "https" ? url.absoluteString : nil
      }
      return reference  // no base known: keep the reference as the page gives it
    }
    return nil
  }

  /// `resolve`, with the letters the reference writes raw left raw: a card's link as its page
  /// writes it (`href="/news/røiseland-königin"` gives `…/news/røiseland-königin`, where
  /// Foundation gives `r%C3%B8iseland-k%C3%B6nigin`). Only escapes of non-ASCII bytes are
  /// undone, and only when every escape in the result is one Foundation made of the reference's
  /// raw letters: when the reference wrote an escape of its own (a `%20`, `%2F`, an escaped
  /// letter), or the part of the base URL it is resolved against holds one (a relative `href`
  /// under `/n%C3%A6ws/`), the URL is left as `resolve` gives it.
  func resolveAsWritten(_ reference: String?) -> String? {
    guard let resolved = resolve(reference), let reference = reference?.trimmingASCIIWhitespace() else {
      return nil
    }
    var raw = false
    for byte in reference.utf8 {
      if byte == 0x25 { return resolved }
      if byte >= 0x80 { raw = true }
    }
    guard raw, !baseEscapes(into: reference) else { return resolved }
    return Page.unescapingNonASCII(resolved)
  }

  /// Whether the part of the base URL a reference is resolved against holds a `%` escape: none
  /// of it for an absolute or protocol-relative reference, the scheme and authority for a
  /// root-relative one, the whole base for a relative path, query or fragment.
  private func baseEscapes(into reference: String) -> Bool {
    guard let base = baseURL else { return false }
    if Text.lowercasedHasPrefix(reference, "http://") || Text.lowercasedHasPrefix(reference, "https://")
      || reference.hasPrefix("//")
    {
      return false
    }
    if reference.hasPrefix("/") { return basePrefixes?.root.contains("%") ?? true }
    return base.absoluteString.contains("%")
  }

  /// `url` with each `%XX` escape of a byte at or above 0x80 decoded, when the bytes so decoded
  /// are valid UTF-8; else `url` as it is.
  static func unescapingNonASCII(_ url: String) -> String {
    func hex(_ byte: UInt8) -> UInt8? {
      switch byte {
      case 0x30...0x39: byte - 0x30
      case 0x41...0x46: byte - 0x41 + 10
      case 0x61...0x66: byte - 0x61 + 10
      default: nil
      }
    }
    let bytes = Array(url.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x25, index + 2 < bytes.count, let high = hex(bytes[index + 1]),
        let low = hex(bytes[index + 2]),
        high >= 8
      {
        output.append(high << 4 | low)
        index += 3
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return String(validating: output, as: UTF8.self) ?? url
  }

  /// A reference whose resolution is a concatenation: one of `PlainReference`, then only printable
  /// ASCII that needs no percent-encoding (no "%", quotes, angle brackets, backslash, braces,
  /// brackets, caret, backtick or bar), at most one "#", and no "/." (a dot segment Foundation
  /// would remove). Held to Foundation's answers on the 210,000 such links of the corpora, against
  /// bases with and without a path, a port or a user, and without a base.
  enum PlainReference {
    /// "http://" or "https://", then a host of lower-case letters, digits, dots and hyphens (no
    /// user, no port): given back as it is.
    case absolute
    /// "/path": the base's scheme and authority before it.
    case rootRelative
    /// "//host/path", the host as in `absolute`: the base's scheme before it.
    case protocolRelative
  }

  static func plainReference(_ reference: String) -> PlainReference? {
    var reference = reference
    return reference.withUTF8 { bytes in
      let count = bytes.count
      func opens(_ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard length <= count else { return false }
        for offset in 0..<length where bytes[offset] != prefix.utf8Start[offset] { return false }
        return true
      }
      var index: Int
      let kind: PlainReference
      if opens("https://") {
        (index, kind) = (8, .absolute)
      } else if opens("http://") {
        (index, kind) = (7, .absolute)
      } else if opens("//") {
        (index, kind) = (2, .protocolRelative)
      } else if opens("/") {
        (index, kind) = (0, .rootRelative)
      } else {
        return nil
      }
      if kind != .rootRelative {
        let hostStart = index
        while index < count {
          let byte = bytes[index]
          guard byte &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2E || byte == 0x2D else { break }
          index += 1
        }
        guard index > hostStart else { return nil }
        if index < count {
          let byte = bytes[index]
          guard byte == 0x2F || byte == 0x3F || byte == 0x23 else { return nil }  // "/", "?", "#"
        }
      }
      var previous: UInt8 = 0
      var fragment = false
      while index < count {
        let byte = bytes[index]
        guard byte > 0x20, byte < 0x7F else { return nil }
        switch byte {
        case 0x22, 0x25, 0x3C, 0x3E, 0x5B, 0x5C, 0x5D, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return nil
        case 0x2E where previous == 0x2F: return nil
        case 0x23:
          if fragment { return nil }
          fragment = true
        default: break
        }
        previous = byte
        index += 1
      }
      return kind
    }
  }

  /// The base's scheme and authority as Foundation writes them ("https://www.example.com"), and its
  /// scheme, lower-cased: what a `PlainReference` is resolved with. Nil without a base.
  private lazy var basePrefixes: (root: String, scheme: String)? = {
    guard let base = baseURL, let scheme = base.scheme?.lowercased(),
      let root = URL(string: "/", relativeTo: base)?.absoluteURL.absoluteString, root.hasSuffix("/")
    else { return nil }
    return (String(root.dropLast()), scheme)
  }()

  /// Whether the text below a node holds `byte` (an ASCII byte), without building the text.
  /// The text nodes' bytes are read in place: a String per text node, made and kept for a test
  /// asked of most short blocks, cost more than the test.
  static func rawTextContains(_ node: Node, byte: UInt8) -> Bool {
    let document = node.document
    for index in node.order..<node.end where document.records[index].isText {
      if Node(document, index).textBytes.contains(byte) { return true }
    }
    return false
  }

  /// How many times `byte` (an ASCII byte) occurs in the text below a node.
  static func rawTextCount(_ node: Node, byte: UInt8) -> Int {
    let document = node.document
    var count = 0
    for index in node.order..<node.end where document.records[index].isText {
      for value in Node(document, index).textBytes where value == byte { count += 1 }
    }
    return count
  }

  /// The text below a node with a space where a block element starts and ends, so a box of
  /// blocks reads "About the author Jane Doe is …" whether or not the source puts whitespace
  /// between `</h4>` and `<div>`.
  static func blockText(_ node: Node) -> String { text(node, spacingBlocks: true) }

  /// The text below a node as written, without clean-up.
  static func rawText(_ node: Node) -> String { text(node, spacingBlocks: false) }

  private static func text(_ node: Node, spacingBlocks: Bool) -> String {
    if node.kind == .text { return node.text }
    // The text nodes' bytes gathered straight from the document into one buffer: a String per
    // text node, made and appended one at a time, cost several times more. Each text is valid
    // UTF-8, so the bytes are the concatenated Strings' bytes.
    let document = node.document
    var length = 0
    for index in (node.order + 1)..<node.end {
      let record = document.records[index]
      if record.isText { length += Int(record.spanCount) } else if spacingBlocks { length += 2 }
    }
    // Written straight into the String's storage: gathered in an array first, each text cost
    // a second allocation and copy.
    return String(unsafeUninitializedCapacity: length) { output in
      var written = 0
      func walk(_ current: Node) {
        for child in current.children {
          if child.kind == .text {
            let bytes = child.textBytes
            if let source = bytes.baseAddress, let target = output.baseAddress {
              (target + written).update(from: source, count: bytes.count)
              written += bytes.count
            }
          } else if spacingBlocks && ContentWalker.blockTags.contains(child) {
            output[written] = 0x20
            written += 1
            walk(child)
            output[written] = 0x20
            written += 1
          } else {
            walk(child)
          }
        }
      }
      walk(node)
      return written
    }
  }
}
