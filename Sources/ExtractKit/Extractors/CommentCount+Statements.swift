/// The comment count's last search: a short line that states the count in words, as a comment
/// section shows it when it has no title with a number ("Derzeit sind keine Kommentare
/// vorhanden.", "Non ci sono commenti", "Be the first to comment"), or a label and its number
/// ("Kommentare insgesamt: <b>0</b>", "Comments: 3").
extension CommentCount {
  /// The count a text that passed `mayStateCount` states in words.
  static func statedCount(_ node: Node, excluding isElsewhere: (Node) -> Bool) -> Int? {
    let text = Text.clean(node.text)
    // The first sentence states it ("Non ci sono commenti. Sii il primo a commentare!").
    let sentence = text.firstIndex(where: { ".!?".contains($0) }).map { String(text[...$0]) } ?? text
    let words = Text.words(sentence, limit: CommentCountRules.maximumStatementWords + 1)
    guard words.count <= CommentCountRules.maximumStatementWords,
      let count = statedZero(words) ?? labelledCount(text, words: words, node: node),
      let parent = node.parent, !isElsewhere(parent)
    else { return nil }
    return count
  }

  /// 0 when the words say there is no comment: a zero word right before the comment noun ("No
  /// comments yet", "Keine Kommentare vorhanden"), a negation a few words before it ("Non ci sono
  /// commenti", "Il n'y a pas encore de commentaires", no number between), or a prompt to write
  /// the first one that ends the line ("Be the first to comment", "Schreiben Sie den ersten Kommentar").
  static func statedZero(_ words: [Substring]) -> Int? {
    guard
      let index = words.firstIndex(where: {
        Patterns.commentWords.contains(String($0)) || VocabularyComments.promptVerbSet.contains(String($0))
      })
    else { return nil }
    let before = words[max(0, index - CommentCountRules.negationReach)..<index]
    if before.contains(where: { $0.allSatisfy(\.isNumber) }) { return nil }
    if words[(index + 1)...].contains(where: { VocabularyComments.closedWordSet.contains(String($0)) }) { return nil }
    if index > 0, VocabularyComments.refusals.contains(words[index - 1] + " " + words[index]) { return nil }
    if index > 0, VocabularyComments.zeroWordSet.contains(String(words[index - 1])) { return 0 }
    if before.contains(where: { VocabularyComments.negationSet.contains(String($0)) }) { return 0 }
    if index == words.count - 1, before.contains(where: { VocabularyComments.firstWordSet.contains(String($0)) }) {
      return 0
    }
    return nil
  }

  /// The number after a comment label and its colon ("Comments: 3"), in the same text or alone
  /// in the element right after it ("Kommentare insgesamt: <b>0</b>").
  static func labelledCount(_ text: String, words: [Substring], node: Node) -> Int? {
    guard let first = words.first, Patterns.commentWords.contains(String(first)) else { return nil }
    var label = Substring(text)
    var after = Substring("")
    var cursor = node
    if let colon = text.lastIndex(of: ":") {
      label = text[..<colon]
      after = text[text.index(after: colon)...]
    } else if let next = visibleSibling(after: node), !next.isElement, Text.clean(next.text).hasPrefix(":") {
      // "Kommentare insgesamt<!-- -->: <b>0</b>": a template's comment splits the label from its colon.
      after = Substring(Text.clean(next.text).dropFirst())
      cursor = next
    } else {
      return nil
    }
    let labelWords = Text.words(String(label))
    guard labelWords.count <= CommentCountRules.maximumLabelWords, labelWords.first == first else { return nil }
    let value = after.trimmingCharacters(in: .whitespaces)
    if !value.isEmpty { return bareNumber(value) }
    guard let next = visibleSibling(after: cursor), next.isElement,
      next.textLength <= CommentCountRules.maximumCountDigits
    else { return nil }
    return bareNumber(Text.clean(Page.rawText(next)))
  }

  /// The next sibling with visible text, or an element.
  private static func visibleSibling(after node: Node) -> Node? {
    var next = node.nextSibling
    while let sibling = next, !sibling.isElement, sibling.textLength == 0 { next = sibling.nextSibling }
    return next
  }

  /// A text that is a number of at most `maximumCountDigits` digits, as a number.
  private static func bareNumber(_ text: String) -> Int? {
    guard !text.isEmpty, text.utf8.count <= CommentCountRules.maximumCountDigits,
      text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return nil }
    return Int(text)
  }
}
