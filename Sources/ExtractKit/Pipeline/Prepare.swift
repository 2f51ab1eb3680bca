import Foundation

/// Phase 1: from bytes to a `Page`: refuse unusable input, decide the encoding, parse once.
enum Prepare {
  /// How many leading bytes are inspected to tell HTML from binary data.
  static let sniffBytes = 1024
  /// Share of control bytes (other than tab, newline, form feed, carriage return) above which
  /// the input is binary, not text.
  static let maximumControlShare = 0.05

  /// The bytes are consumed: held by no one else, they are freed once parsed, before the
  /// extraction that follows (they were a page's size of its peak memory).
  static func page(bytes: consuming [UInt8], options: ExtractOptions) throws -> Page {
    let count = bytes.count
    let (tree, decision) = try parse(consume bytes, options: options)
    let page = Page(tree: tree, options: options, bytes: count, encoding: decision.reported)
    if let warning = decision.warning { page.warnings.append(warning) }
    if tree.keptFallbacks { page.warnings.append(fallbackWarning) }
    return page
  }

  /// Said when the page's text is read from `<noscript>` or `<template>` (see `HTMLParser.tree`).
  static let fallbackWarning = "text read from <noscript> or <template>: the page shows little text outside them"

  /// The page's tree and the encoding decided; the bytes, and their decoded copy, end here.
  private static func parse(
    _ bytes: consuming [UInt8], options: ExtractOptions
  ) throws -> (Tree, (reported: String, warning: String?)) {
    guard bytes.count <= options.maximumInputBytes else {
      throw ExtractError.tooLarge(bytes: bytes.count, limit: options.maximumInputBytes)
    }
    guard bytes.contains(where: { !isSpace($0) }) else { throw ExtractError.empty }
    if let override = options.encoding, EncodingSniffer.canonical(override) == nil {
      throw ExtractError.unknownEncoding(override)
    }
    try refuseBinary(bytes)
    var decision = EncodingSniffer.decide(bytes, override: options.encoding, hint: options.charsetHint)
    // The decision holds the page (or its UTF-8 copy) alone from here, and hands it to the
    // parser, which frees it once libxml2 has its copy.
    _ = consume bytes
    // libxml2 2.9 ends the document at a NUL byte in 8-bit input; HTML ignores them.
    if !decision.parseAs.hasPrefix("UTF-16"), containsNUL(decision.bytes) { decision.bytes.removeAll { $0 == 0 } }
    var page = decision.bytes
    decision.bytes = []
    let tree: Tree
    if HTMLParser.readsAsItIs(page, encoding: decision.parseAs, validUTF8: decision.validUTF8) {
      // One pass for the cost check and the removal of scripts' and styles' text.
      let (mayHoldFallbacks, removed) = try PreScan.checkEliding(&page, maximumElements: options.maximumElements)
      tree = try HTMLParser.tree(
        bytes: consume page, encoding: decision.parseAs, validUTF8: true, maximumElements: options.maximumElements,
        mayHoldFallbacks: mayHoldFallbacks, elided: removed)
    } else {
      let mayHoldFallbacks = try PreScan.check(
        page, encoding: decision.parseAs, maximumElements: options.maximumElements)
      tree = try HTMLParser.tree(
        bytes: consume page, encoding: decision.parseAs, validUTF8: decision.validUTF8,
        maximumElements: options.maximumElements, mayHoldFallbacks: mayHoldFallbacks)
    }
    guard tree.nodes.count > 1 else { throw ExtractError.notHTML(reason: "no elements") }
    return (tree, (decision.reported, decision.warning))
  }

  /// libc's `memchr`: a vectorized scan, where a Swift loop over the page's bytes was one of
  /// the largest costs of the prepare phase.
  private static func containsNUL(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// Known binary signatures, then a share of control bytes: HTML is text.
  static func refuseBinary(_ bytes: [UInt8]) throws {
    let signatures: [(String, [UInt8])] = [
      ("a PNG image", [0x89, 0x50, 0x4E, 0x47]), ("a JPEG image", [0xFF, 0xD8, 0xFF]),
      ("a GIF image", Array("GIF8".utf8)), ("a PDF document", Array("%PDF".utf8)),
      ("a ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("gzip data", [0x1F, 0x8B]),
      ("a WebP or RIFF file", Array("RIFF".utf8)), ("an ELF binary", [0x7F, 0x45, 0x4C, 0x46]),
    ]
    for (name, signature) in signatures where bytes.starts(with: signature) {
      throw ExtractError.notHTML(reason: "looks like \(name)")
    }
    let head = bytes.prefix(sniffBytes)
    let utf16 =
      bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      || EncodingSniffer.utf16WithoutBOM(bytes) != nil
    if !utf16 {
      let controls = head.filter { $0 < 0x20 && !isSpace($0) }.count
      if Double(controls) > Double(head.count) * maximumControlShare {
        throw ExtractError.notHTML(reason: "binary data")
      }
    }
    // Text without a single tag is not a page.
    let hasTag = utf16 || bytes.prefix(64 * 1024).contains(UInt8(ascii: "<"))
    if !hasTag { throw ExtractError.notHTML(reason: "no markup") }
  }
}
