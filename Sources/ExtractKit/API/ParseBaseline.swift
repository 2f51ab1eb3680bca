/// The floor every extraction is measured against: libxml2 parsing a page with the same
/// options `extract` uses, and nothing else. Package-wide for the benchmark (`Benchmarks/`).
package enum ParseBaseline {
  /// Parses `bytes` as UTF-8 HTML into libxml2's own tree and frees it (`htmlReadMemory`, the
  /// floor the speed targets are stated against); returns whether a document came back.
  @discardableResult
  package static func parse(_ bytes: [UInt8]) -> Bool {
    HTMLDocument(bytes: bytes, encoding: "UTF-8") != nil
  }

  /// libxml2's HTML parser alone, with SAX callbacks that do nothing: the part of every
  /// extraction no work of ours can remove (extraction parses through SAX, not into a tree).
  package static func tokenize(_ bytes: [UInt8]) {
    HTMLParser.tokenize(bytes: bytes, encoding: "UTF-8")
  }
}
