/// A set of class/id tokens that an element is tested against ("is any of its tokens a
/// boilerplate word?"). A token of an element is a piece of its lower-cased class and id, so
/// an element whose class and id hold none of the set's words as bytes is answered "no"
/// without splitting them into tokens; most elements of a page are.
struct TokenSet: ExpressibleByArrayLiteral, Sendable {
  let tokens: Set<String>
  /// Finds any of `tokens` as a substring: the cheap first test.
  let stems: CompoundMatcher

  init(_ tokens: Set<String>) {
    self.tokens = tokens
    self.stems = CompoundMatcher(Array(tokens))
  }

  init(arrayLiteral tokens: String...) { self.init(Set(tokens)) }

  func contains(_ token: String) -> Bool { tokens.contains(token) }
  func contains(_ token: Substring) -> Bool { tokens.contains(String(token)) }

}

extension Node {
  /// Whether `token` (lower-case) is one of the element's class/id tokens.
  func hasClassToken(_ token: String) -> Bool {
    let value = classAndID
    guard value.count >= token.utf8.count, CompoundMatcher.contains(value, token) else { return false }
    return classTokens.contains(token)
  }

  /// Whether any of the element's class/id tokens is in `set`.
  func hasClassToken(in set: TokenSet) -> Bool {
    let value = classAndID
    guard !value.isEmpty, set.stems.matches(value) else { return false }
    return classTokens.contains { set.tokens.contains($0) }
  }
}
