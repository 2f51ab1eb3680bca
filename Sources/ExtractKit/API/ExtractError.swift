import Foundation

/// Why a page could not be extracted at all. A page that parses but lacks a section is
/// not an error: that section is `null` or `[]`.
public enum ExtractError: LocalizedError, Equatable, Sendable, CustomStringConvertible {
  /// The input has no bytes, or only whitespace.
  case empty
  /// The input is not HTML (binary data, an image, a PDF …); `reason` says what it looks like.
  case notHTML(reason: String)
  /// The input exceeds `ExtractOptions.maximumInputBytes`.
  case tooLarge(bytes: Int, limit: Int)
  /// An `--encoding` override libxml2 cannot read.
  case unknownEncoding(String)
  /// libxml2 could not set up a parse.
  case unparsable
  /// The page has more elements than `ExtractOptions.maximumElements`: a bound on the work
  /// one page may cost, so no page can hang a batch.
  case tooComplex(elements: Int, limit: Int)
  /// The page's markup would cost the parser far more than its size suggests (a tag with
  /// tens of thousands of attributes, end tags that match nothing under a deep stack):
  /// refused before parsing; `reason` says which cost.
  case tooComplexMarkup(String)

  /// A short machine-readable name, used in error records.
  public var kind: String {
    switch self {
    case .empty: return "empty"
    case .notHTML: return "not-html"
    case .tooLarge: return "too-large"
    case .unknownEncoding: return "unknown-encoding"
    case .unparsable: return "unparsable"
    case .tooComplex, .tooComplexMarkup: return "too-complex"
    }
  }

  /// The reason in words, e.g. "the input is empty".
  public var description: String {
    switch self {
    case .empty: return "the input is empty"
    case .notHTML(let reason): return "the input is not HTML (\(reason))"
    case .tooLarge(let bytes, let limit): return "the input is \(bytes) bytes, over the limit of \(limit)"
    case .unknownEncoding(let name): return "unknown encoding '\(name)'"
    case .unparsable: return "libxml2 could not parse the input"
    case .tooComplexMarkup(let reason): return "the page is too complex to parse: \(reason)"
    case .tooComplex(let elements, let limit):
      return "the page has more than \(elements - 1) elements, over the limit of \(limit)"
    }
  }

  /// The same as ``description``, so `localizedDescription` gives the reason too.
  public var errorDescription: String? { description }
}

extension InputError: LocalizedError {
  /// The same as `description`, so `localizedDescription` gives the reason.
  package var errorDescription: String? { description }
}
