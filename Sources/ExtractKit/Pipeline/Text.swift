/// String clean-up every output string goes through: whitespace (including no-break and
/// other Unicode spaces) collapsed to one space and trimmed, zero-width characters and
/// soft hyphens removed. Hand-written over Unicode scalars: Foundation's regex and
/// `components(separatedBy:)` cost far more on the hot path.
enum Text {
  static func clean(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
        continue  // zero-width and soft hyphen: invisible, and they split words for search
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
        0x205F, 0x3000:
        pendingSpace = !output.isEmpty
      default:
        if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { continue }  // controls
        if pendingSpace {
          output.append(" ")
          pendingSpace = false
        }
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// `clean`, then nil for an empty result.
  static func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    let cleaned = clean(text)
    return cleaned.isEmpty ? nil : cleaned
  }

  /// Decodes the HTML entities that leak into JSON-LD and meta values ("Tom &amp; Jerry").
  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var output = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
        output.append(character)
        index = text.index(after: index)
        continue
      }
      let name = text[text.index(after: index)..<semicolon]
      if let decoded = entity(String(name)) {
        output.unicodeScalars.append(decoded)
        index = text.index(after: semicolon)
      } else {
        output.append(character)
        index = text.index(after: index)
      }
    }
    return output
  }

  private static let namedEntities: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ndash": 0x2013,
    "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026,
    "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "eacute": 0xE9, "egrave": 0xE8, "uuml": 0xFC, "ouml": 0xF6,
    "auml": 0xE4, "szlig": 0xDF, "ccedil": 0xE7, "aacute": 0xE1, "iacute": 0xED, "oacute": 0xF3, "uacute": 0xFA,
    "ntilde": 0xF1,
  ]

  private static func entity(_ name: String) -> Unicode.Scalar? {
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap(validEntity)
    }
    if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).flatMap(validEntity) }
    return namedEntities[name].flatMap(Unicode.Scalar.init)
  }

  private static func validEntity(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    scalar.value == 0 ? nil : scalar
  }

  /// Lower-cased words of a string, for comparisons that ignore punctuation and case.
  static func words(_ text: String) -> [Substring] {
    text.lowercased().split { !($0.isLetter || $0.isNumber) }
  }

  /// Word-bag similarity (F1 of shared words), 0…1.
  static func similarity(_ a: String, _ b: String) -> Double {
    let left = words(a)
    let right = words(b)
    guard !left.isEmpty, !right.isEmpty else { return 0 }
    var counts: [Substring: Int] = [:]
    for word in left { counts[word, default: 0] += 1 }
    var shared = 0
    for word in right where counts[word, default: 0] > 0 {
      counts[word]! -= 1
      shared += 1
    }
    let precision = Double(shared) / Double(right.count)
    let recall = Double(shared) / Double(left.count)
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}
