import Foundation

/// JSON-LD blocks to a flat list of objects: arrays and `@graph` members unpacked.
enum JSONLD {
  /// Nesting deeper than this is not an article description but a page built to hurt parsers.
  static let maximumDepth = 64

  static func objects(_ script: String) -> [[String: Any]] {
    var trimmed = script.trimmingASCIIWhitespace()
    // CMSs wrap JSON-LD in CDATA or HTML comments to protect it from old parsers.
    for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")] where trimmed.hasPrefix(open) {
      trimmed = String(trimmed.dropFirst(open.count))
      if trimmed.hasSuffix(close) { trimmed = String(trimmed.dropLast(close.count)) }
    }
    guard nestingDepth(trimmed) <= maximumDepth, let data = trimmed.data(using: .utf8),
      let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return [] }
    var result: [[String: Any]] = []
    func collect(_ value: Any) {
      if let array = value as? [Any] {
        array.forEach(collect)
      } else if let object = value as? [String: Any] {
        result.append(object)
        if let graph = object["@graph"] { collect(graph) }
      }
    }
    collect(value)
    return result
  }

  private static func nestingDepth(_ text: String) -> Int {
    var depth = 0
    var deepest = 0
    var inString = false
    var escaped = false
    for byte in text.utf8 {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        deepest = max(deepest, depth)
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      default: break
      }
    }
    return deepest
  }

  static func types(_ object: [String: Any]) -> [String] {
    if let type = object["@type"] as? String { return [type] }
    return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
  }

  /// Types whose object describes the article itself.
  static let articleTypes: Set<String> = [
    "Article", "BlogPosting", "NewsArticle", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    "LiveBlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
    "MedicalWebPage", "WebPage", "Recipe", "HowTo", "Review", "MedicalScholarlyArticle", "HealthTopicContent",
  ]

  /// A string out of a value that may be a string, an object with `name`/`@value`/`url`, or a list of them.
  static func string(_ value: Any?, key: String = "name") -> String? {
    switch value {
    case let string as String: return Text.nonEmpty(Text.decodeEntities(string))
    case let number as NSNumber: return number.stringValue
    case let object as [String: Any]: return string(object[key] ?? object["@value"])
    case let array as [Any]: return array.lazy.compactMap { string($0, key: key) }.first
    default: return nil
    }
  }
}
