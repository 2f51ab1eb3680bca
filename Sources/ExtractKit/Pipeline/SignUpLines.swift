import Foundation

/// The site's call to sign up for its newsletter, set as a short line among or under the story's
/// paragraphs: its last thing a link to the newsletter's page, its words a call to sign up
/// (`VocabularyBoilerplate.signUpCalls`). A story's sentence that mentions or links a newsletter
/// says no call, or goes on after its link.
extension ContentWalker {
  /// The indices of `items` that are such calls; none when the body holds more of them than
  /// `SignUpLines.maximumPerBody` (a story listing newsletters).
  static func signUpLines(_ items: [Item]) -> Set<Int> {
    var found: Set<Int> = []
    for (index, item) in items.enumerated() {
      guard case .block(.paragraph(let text), let node) = item, isSignUpLine(text, node) else { continue }
      found.insert(index)
      if found.count > SignUpLines.maximumPerBody { return [] }
    }
    return found
  }

  /// Whether a paragraph is a call to sign up ending with a link to a newsletter page.
  static func isSignUpLine(_ text: String, _ node: Node) -> Bool {
    guard node.linkTextLength > 0, text.utf8.count <= SignUpLines.maximumBytes,
      let link = node.elements(["a"]).last, pointsToNewsletter(link), endsWith(link, in: node)
    else { return false }
    let lowered = Text.straightApostrophes(text.lowercased())
    return VocabularyBoilerplate.signUpCalls.contains { lowered.contains($0) }
  }

  /// Whether a link's address or title names a newsletter.
  private static func pointsToNewsletter(_ link: Node) -> Bool {
    for name in ["href", "title"] {
      guard let value = link.attribute(name)?.lowercased() else { continue }
      if VocabularyBoilerplate.newsletterTargets.contains(where: { value.contains($0) }) { return true }
    }
    return false
  }

  /// Whether nothing but a few marks (".]", "!") follows the link inside the paragraph's element.
  private static func endsWith(_ link: Node, in node: Node) -> Bool {
    var trailing = 0
    for index in link.end..<node.end {
      let after = Node(node.document, index)
      guard after.kind == .text else { continue }
      for character in after.text where !character.isWhitespace {
        if character.isLetter || character.isNumber { return false }
        trailing += 1
        if trailing > SignUpLines.maximumTrailingChars { return false }
      }
    }
    return true
  }
}
