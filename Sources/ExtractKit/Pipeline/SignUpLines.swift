import Foundation

/// The site's call to sign up for its newsletter, set as a short line among or under the story's
/// paragraphs: its last thing a link to the newsletter's page, the call
/// (`VocabularyBoilerplate.signUpCalls`) in that link's words or the line's opening words. A story's
/// sentence that links a newsletter reports in its own words ("… used the form to sign up for the
/// city's newsletter"), or goes on after its link.
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
    guard node.linkTextLength > 0, text.utf8.count <= SignUpLines.maximumBytes, let link = lastLink(in: node),
      pointsToNewsletter(link), endsWith(link, in: node)
    else { return false }
    let words = Text.straightApostrophes(Page.rawText(link).lowercased())
    if VocabularyBoilerplate.signUpCalls.contains(where: { words.contains($0) }) { return true }
    // The line's opening words ("+++ Abonnieren Sie jetzt den Newsletter: <link>"), past marks and
    // spaces, with only a few words before the link: a story's sentence that opens with "Sign up
    // sheets …" and ends with a newsletter link is prose.
    let line = Text.straightApostrophes(text.lowercased()).drop { !$0.isLetter }
    guard VocabularyBoilerplate.signUpCalls.contains(where: { line.hasPrefix($0) }) else { return false }
    let before = line.utf8.count - Text.straightApostrophes(words).utf8.count
    let lead = String(decoding: line.utf8.prefix(max(0, before)), as: UTF8.self)
    let leadWords = lead.split(whereSeparator: \.isWhitespace).count
    return leadWords <= SignUpLines.maximumWordsBeforeLink
  }

  /// The last `<a>` inside `node`, walked back from its end.
  private static func lastLink(in node: Node) -> Node? {
    var index = node.end - 1
    while index > node.order {
      let candidate = Node(node.document, index)
      if candidate.isElement, candidate.tagID == TagID.a { return candidate }
      index -= 1
    }
    return nil
  }

  /// Whether a link's address has a newsletter's name as a whole path segment (`/newsletter`,
  /// `/newsletters/today`, `/infolettre?id=2`), not inside an article's slug or a host name, or its
  /// title names one.
  private static func pointsToNewsletter(_ link: Node) -> Bool {
    if let href = link.attribute("href")?.lowercased(),
      VocabularyBoilerplate.newsletterTargets.contains(where: { isPathSegment($0, of: href) })
    {
      return true
    }
    guard let title = link.attribute("title")?.lowercased() else { return false }
    return VocabularyBoilerplate.newsletterTargets.contains { title.contains($0) }
  }

  /// Whether `name` (or its plural in "s") stands in `href` after a "/" and before "/", "?", "#" or
  /// the end.
  private static func isPathSegment(_ name: String, of href: String) -> Bool {
    let bytes = Array(href.utf8)
    let target = Array(name.utf8)
    guard bytes.count >= target.count + 1 else { return false }
    var start = 1
    while start + target.count <= bytes.count {
      defer { start += 1 }
      guard bytes[start - 1] == UInt8(ascii: "/"), bytes[start..<(start + target.count)].elementsEqual(target)
      else { continue }
      var after = start + target.count
      if after < bytes.count, bytes[after] == UInt8(ascii: "s") { after += 1 }
      if after == bytes.count || [UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[after]) {
        return true
      }
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
