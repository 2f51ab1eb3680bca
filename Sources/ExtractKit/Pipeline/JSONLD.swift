import Foundation

/// JSON-LD blocks to a flat list of objects: arrays, `@graph` members and a page's
/// `mainEntity` unpacked.
///
/// Bounded: `JSONSerialization` boxes every value of a script (a 63 MB array of numbers takes
/// gigabytes), so a script or a page holding more than an article's description is skipped with a
/// warning before it is parsed, by one cheap pass over its bytes.
enum JSONLD {
  /// Nesting deeper than this is not an article description but a page built to hurt parsers.
  static let maximumDepth = 64
  /// An article's JSON-LD is a few kilobytes (recipes with reviews, a few hundred); a script over a
  /// mebibyte is a data dump or an attack.
  static let maximumScriptBytes = 1 << 20
  /// JSON values (objects, arrays, members) read over all of a page's scripts: a description has
  /// hundreds; `[{},{},…]` in many small scripts is not one.
  static let maximumPageValues = 50_000

  /// The objects of a page's JSON-LD scripts, and a warning for each script left unread.
  static func read(_ scripts: [String]) -> (objects: [[String: Any]], warnings: [String]) {
    var objects: [[String: Any]] = []
    var warnings: [String] = []
    var budget = maximumPageValues
    for script in scripts {
      guard script.utf8.count <= maximumScriptBytes else {
        warnings.append("JSON-LD script of \(script.utf8.count) bytes skipped (over \(maximumScriptBytes))")
        continue
      }
      guard let prepared = prepare(script) else { continue }
      guard prepared.values <= budget else {
        warnings.append("JSON-LD script of \(prepared.values) values skipped (page limit \(maximumPageValues))")
        budget = 0
        continue
      }
      budget -= prepared.values
      objects += parse(prepared.bytes)
    }
    return (objects, warnings)
  }

  /// One script's objects (tests and callers with a single block).
  static func objects(_ script: String) -> [[String: Any]] { read([script]).objects }

  /// The script's bytes ready for `JSONSerialization`, and how many values they hold; nil when
  /// nested too deep. Wrappers dropped; raw control characters inside strings (CMSs paste text
  /// with its tabs and line breaks, which JSON forbids and `JSONSerialization` refuses) turned
  /// into spaces.
  private static func prepare(_ script: String) -> (bytes: [UInt8], values: Int)? {
    var trimmed = script.trimmingASCIIWhitespace()
    // CMSs wrap JSON-LD in CDATA or HTML comments to protect it from old parsers.
    for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")] where trimmed.hasPrefix(open) {
      trimmed = String(trimmed.dropFirst(open.count))
      if trimmed.hasSuffix(close) { trimmed = String(trimmed.dropLast(close.count)) }
    }
    var bytes = Array(trimmed.utf8)
    var depth = 0
    var values = 0
    var inString = false
    var escaped = false
    for index in bytes.indices {
      let byte = bytes[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        } else if byte < 0x20 {
          bytes[index] = UInt8(ascii: " ")
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        values += 1
        if depth > maximumDepth { return nil }
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: ","): values += 1
      default: break
      }
    }
    return (bytes, values)
  }

  /// Keys whose object value is the page's article itself (a `WebPage` whose `mainEntity` is the
  /// `NewsArticle`), unpacked like `@graph` members.
  static let entityKeys = ["@graph", "mainEntity"]

  private static func parse(_ bytes: [UInt8]) -> [[String: Any]] {
    guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
      return []
    }
    var result: [[String: Any]] = []
    func collect(_ value: Any) {
      if let array = value as? [Any] {
        array.forEach(collect)
      } else if let object = value as? [String: Any] {
        result.append(object)
        for key in entityKeys { if let inner = object[key] { collect(inner) } }
      }
    }
    collect(value)
    return result
  }

  static func types(_ object: [String: Any]) -> [String] {
    if let type = object["@type"] as? String { return [type] }
    return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
  }

  /// The page's article object: the first JSON-LD object of an article type with a headline, else
  /// the first of an article type (the one `MetadataExtractor` reads its facts from).
  static func article(in objects: [[String: Any]]) -> [String: Any]? {
    objects.first { !Set(types($0)).isDisjoint(with: articleTypes) && $0["headline"] != nil }
      ?? objects.first { !Set(types($0)).isDisjoint(with: articleTypes) }
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
