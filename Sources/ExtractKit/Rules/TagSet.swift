/// Element names as small numbers, so a set of tags is a bit mask and "is this a heading, a
/// block, an inline element?" (asked per node by most phases) is a bit test, not a String hash.
/// Names outside this list (custom elements, typos) get 0 and are in no `TagSet`.
enum TagNames {
  static let all: [String] = [
    "#document", "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
    "big", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup",
    "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
    "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend",
    "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav", "nobr", "noscript", "object", "ol",
    "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s",
    "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strike", "strong",
    "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
    "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
  ]
  private static let ids: [String: UInt8] = Dictionary(
    uniqueKeysWithValues: all.enumerated().map { ($0.element, UInt8($0.offset + 1)) })

  /// The number of a lower-case element name, 0 when it is not in `all`.
  static func id(_ name: String) -> UInt8 { ids[name] ?? 0 }
}

/// A set of element names tested against nodes: four words of bits indexed by `TagNames`.
struct TagSet: ExpressibleByArrayLiteral, Sendable {
  private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  init(arrayLiteral names: String...) {
    for name in names {
      let id = TagNames.id(name)
      precondition(id != 0, "TagSet: \(name) is not in TagNames.all")
      insert(id)
    }
  }

  private mutating func insert(_ id: UInt8) {
    let bit = UInt64(1) << UInt64(id & 63)
    switch id >> 6 {
    case 0: bits.0 |= bit
    case 1: bits.1 |= bit
    case 2: bits.2 |= bit
    default: bits.3 |= bit
    }
  }

  /// Inlined: a few instructions asked some 4,000 times a page, where the call cost more than the test.
  @inline(__always)
  func contains(id: UInt8) -> Bool {
    guard id != 0 else { return false }
    let bit = UInt64(1) << UInt64(id & 63)
    switch id >> 6 {
    case 0: return bits.0 & bit != 0
    case 1: return bits.1 & bit != 0
    case 2: return bits.2 & bit != 0
    default: return bits.3 & bit != 0
    }
  }

  /// Whether the node is an element named in the set.
  @inline(__always)
  func contains(_ node: Node) -> Bool { contains(id: node.tagID) }

  func contains(_ name: String) -> Bool { contains(id: TagNames.id(name)) }
}

/// Tag numbers (`TagNames.id`) of the names the hottest loops compare against, as literals: a
/// `node.tag == "p"` that fails is a call into String comparison, and a `static let` computed by
/// `TagNames.id` is a lazy global checked at every use. `TagSetTests` holds each to `TagNames.id`.
enum TagID {
  static let document: UInt8 = 1
  static let a: UInt8 = 2
  static let abbr: UInt8 = 3
  static let article: UInt8 = 7
  static let aside: UInt8 = 8
  static let blockquote: UInt8 = 15
  static let body: UInt8 = 16
  static let br: UInt8 = 17
  static let button: UInt8 = 18
  static let center: UInt8 = 21
  static let dd: UInt8 = 28
  static let div: UInt8 = 34
  static let embed: UInt8 = 38
  static let figure: UInt8 = 41
  static let font: UInt8 = 42
  static let form: UInt8 = 44
  static let h1: UInt8 = 47
  static let h2: UInt8 = 48
  static let h3: UInt8 = 49
  static let h4: UInt8 = 50
  static let h5: UInt8 = 51
  static let h6: UInt8 = 52
  static let html: UInt8 = 57
  static let i: UInt8 = 58
  static let img: UInt8 = 60
  static let li: UInt8 = 66
  static let link: UInt8 = 67
  static let main: UInt8 = 68
  static let meta: UInt8 = 73
  static let nav: UInt8 = 75
  static let object: UInt8 = 78
  static let ol: UInt8 = 79
  static let p: UInt8 = 83
  static let pre: UInt8 = 86
  static let script: UInt8 = 94
  static let section: UInt8 = 96
  static let span: UInt8 = 101
  static let td: UInt8 = 111
  static let time: UInt8 = 117
  static let ul: UInt8 = 123
}
