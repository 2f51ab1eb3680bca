/// Attributes whose values no code of extract reads, emptied (`name=""`) before libxml2 parses
/// the page, by the pass that removes scripts' and styles' text (`RawTextEliding`,
/// `PreScan.checkEliding`): libxml2 2.9 decodes an attribute value a character at a time
/// (`xmlNextChar`), and on real pages these values are kilobytes per icon and widget.
/// Only quoted values are emptied (an unquoted one emptied would let libxml2 read the next
/// attribute as its value); the attribute itself stays, so every element keeps the same
/// attributes in the same order, only these values are "".
///
/// Each is safe because nothing asks for it: every attribute the code reads is asked for by
/// its name (`Node.attribute`, `attributeBytes`, the one-pass readers of `class`, `id`, `role`,
/// `style`, `hidden`, `aria-hidden`, `itemprop`, `property`, `rel`, `data-testid`), and no
/// reader walks all of an element's attributes by value. Besides `d`, `on…` and `data-…`, the
/// names of `exactNames`.
enum UnreadAttributes {
  /// `d`: an SVG `<path>`'s drawing commands (inline icons in menus, share bars and buttons,
  /// often kilobytes each); no extractor reads SVG geometry.
  static let exactName = "d"
  /// `on…`: event handlers' JavaScript (`onclick`, `onload`, `onerror`); no name of the code
  /// read starts with "on", and a name needs a byte after it (`on` alone is not matched).
  static let handlerPrefix = "on"
  /// `data-…`: scripts' state, tracking and widget configuration (JSON in `data-props`,
  /// `data-settings`), except the names read below.
  static let dataPrefix = "data-"
  /// The `data-` attributes the code reads, taken from the constants that read them: lazy
  /// image sources (`Images.sourceAttributes`, also `ContentWalker`'s lazy-image test), code
  /// languages (`CodeLanguage.attributes`), and `data-testid` (`BylineExtractor`'s author test).
  /// A new `data-` name read anywhere must be added here (`UnreadAttributeTests` checks the
  /// sources' literals).
  static let readDataNames: [String] =
    Images.sourceAttributes.filter { $0.hasPrefix(dataPrefix) } + CodeLanguage.attributes + ["data-testid"]

  /// Presentation and markup-language attributes no code reads, often long on real pages: form
  /// and list `value`s, namespace declarations (`xmlns`, `xmlns:xlink`), link `target`s, old
  /// layout (`align`, `bgcolor`), SVG geometry besides `d` (`viewbox`, `points`, `xlink:href`),
  /// responsive-image lists other than `srcset` (`sizes`, `imagesrcset`), microdata types
  /// (`itemtype`) and inline frames' documents (`srcdoc`). None is written in the sources as a
  /// name (`UnreadAttributeTests` checks); `isUnreadExactName` matches exactly these.
  static let exactNames = [
    "value", "xmlns", "align", "sizes", "target", "points", "srcdoc", "viewbox", "bgcolor", "itemtype",
    "xlink:href", "xmlns:xlink", "imagesrcset",
  ]

  /// Whether the `length` name bytes at `from` are one of `exactNames`, letters case aside (a
  /// name byte or-ed with 0x20 equals a lower-case letter only when it is that letter in either
  /// case; ":" stays as it is).
  @inline(__always)
  static func isUnreadExactName(_ base: UnsafePointer<UInt8>, from: Int, length: Int) -> Bool {
    @inline(__always) func named(_ name: StaticString) -> Bool {
      let bytes = name.utf8Start
      for offset in 0..<length where base[from + offset] | 0x20 != bytes[offset] { return false }
      return true
    }
    switch length {
    case 5: return named("value") || named("xmlns") || named("align") || named("sizes")
    case 6: return named("target") || named("points") || named("srcdoc")
    case 7: return named("viewbox") || named("bgcolor")
    case 8: return named("itemtype")
    case 10: return named("xlink:href")
    case 11: return named("xmlns:xlink") || named("imagesrcset")
    default: return false
    }
  }

  /// `readDataNames` as lower-case bytes, for `isUnread`.
  static let readDataBytes: [[UInt8]] = readDataNames.map { Array($0.utf8) }

  /// Whether the attribute named by the `length` bytes at `from` (name bytes as libxml2 reads
  /// them: ASCII letters, digits, "_", ":", ".", "-"; it lower-cases the letters) is unread.
  /// `readData` is `readDataBytes`, read once by the caller.
  @inline(__always)
  static func isUnread(_ base: UnsafePointer<UInt8>, from: Int, length: Int, readData: [[UInt8]]) -> Bool {
    let first = base[from] | 0x20
    if first == 0x6F {  // "o"
      return length >= 3 && base[from + 1] | 0x20 == 0x6E  // "n"
    }
    guard first == 0x64 else { return isUnreadExactName(base, from: from, length: length) }  // "d"
    if length == 1 { return true }
    // "data-": no other name byte or-ed with 0x20 gives these (0x0D, a carriage return, is no
    // name byte).
    guard length > 5, base[from + 1] | 0x20 == 0x61, base[from + 2] | 0x20 == 0x74, base[from + 3] | 0x20 == 0x61,
      base[from + 4] == 0x2D
    else { return false }
    for name in readData where name.count == length {
      var same = true
      for offset in 5..<length where base[from + offset] | 0x20 != name[offset] {
        same = false
        break
      }
      if same { return false }
    }
    return true
  }
}
