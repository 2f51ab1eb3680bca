import Foundation

/// `trimmingCharacters(in:)` without the trip through `NSString`: Foundation copies the whole
/// text out as UTF-16 to look at its two ends, which cost tens of thousands of instructions a
/// call on the short labels and titles trimmed per node.
extension Substring {
  /// The text without the scalars of `set` at either end, as Foundation's
  /// `trimmingCharacters(in:)` gives it. Foundation tests UTF-16 units, so a scalar outside the
  /// Basic Multilingual Plane at an end (which it does not trim where a scalar test would)
  /// sends the text to Foundation; every other scalar is tested as it is.
  package func trimmingScalars(in set: CharacterSet) -> String {
    let scalars = unicodeScalars
    var lower = scalars.startIndex
    var upper = scalars.endIndex
    while lower < upper {
      let scalar = scalars[lower]
      if scalar.value > 0xFFFF { return trimmingCharacters(in: set) }
      guard set.contains(scalar) else { break }
      scalars.formIndex(after: &lower)
    }
    while lower < upper {
      let before = scalars.index(before: upper)
      let scalar = scalars[before]
      if scalar.value > 0xFFFF { return trimmingCharacters(in: set) }
      guard set.contains(scalar) else { break }
      upper = before
    }
    return String(scalars[lower..<upper])
  }
}

extension String {
  /// `Substring.trimmingScalars(in:)` of the whole text.
  package func trimmingScalars(in set: CharacterSet) -> String { self[...].trimmingScalars(in: set) }
}

/// Sets trimmed per node, built once: a `CharacterSet` built per call cost more than the
/// trimming.
enum TrimSets {
  /// A colon or dash after a bold list-item title ("Step one: …", "Rome – …"), and spaces.
  static let titleSeparators = CharacterSet(charactersIn: ":–—-").union(.whitespaces)
  /// The separator between a heading's kicker and its title ("Update | …", "News · …"), and spaces.
  static let kickerSeparators = CharacterSet(charactersIn: ":-–—|· ").union(.whitespaces)
  /// The space and colon around a field label ("Autor:").
  static let labelEnds: CharacterSet = [" ", ":"]
  /// Brackets and quotation marks around a credited name ("(dpa)", "„Redaktion“").
  static let nameQuotes = CharacterSet(charactersIn: "()\"„“”«»")
  /// Separators left at the ends of a names part ("Anna, ").
  static let listSeparators = CharacterSet(charactersIn: " ,;:")
  /// The colon or period after a step's number ("1.", "2:"), and spaces.
  static let numberSeparators = CharacterSet(charactersIn: ":.").union(.whitespaces)
  /// Punctuation and spaces around a label.
  static let punctuationAndSpaces = CharacterSet.punctuationCharacters.union(.whitespaces)
  /// The comma after a credential ("MD,").
  static let comma: CharacterSet = [","]
}
