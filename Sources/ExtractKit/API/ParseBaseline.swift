/// The floor every extraction is measured against: libxml2 parsing a page with the same
/// options `extract` uses, and nothing else. Public for the benchmark (`Benchmarks/`).
public enum ParseBaseline {
  /// Parses `bytes` as UTF-8 HTML and frees the document; returns whether a document came back.
  @discardableResult
  public static func parse(_ bytes: [UInt8]) -> Bool {
    HTMLDocument(bytes: bytes, encoding: "UTF-8") != nil
  }
}
