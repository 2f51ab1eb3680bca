/// A page made of cards (a blog's index, a category or search page): a run of linked headings,
/// each over a short excerpt and a meta line, and nothing else. It holds no article, and its
/// cards are not one: the body, its outline and its lists are left empty, with a warning.
enum Listing {
  /// The number of cards when `items` are a listing's, else nil.
  static func cards(in items: [ContentWalker.Item]) -> Int? {
    var headings = 0
    var cards = 0
    var blocks = 0
    var numbered = 0
    for item in items {
      switch item {
      case .heading(let heading, let node):
        headings += 1
        if opens(heading.text, with: numbered + 1) { numbered += 1 }
        // `<h3><a href="/posts/7">Post title</a></h3>`: the heading is all link.
        if node.textLength > 0, Double(node.linkTextLength) >= Double(node.textLength) * Thresholds.cardHeadingLinkShare
        {
          cards += 1
        }
      case .block(.image, _): continue
      case .block:
        blocks += 1
      }
    }
    guard cards >= Thresholds.minimumListingCards, Double(cards) >= Double(headings) * Thresholds.listingCardShare,
      blocks <= cards * Thresholds.maximumBlocksPerCard,
      Double(numbered) < Double(cards) * Thresholds.listicleNumberedShare
    else { return nil }
    // The paragraphs' characters only now: counting them walks every character, and most pages
    // fail the tests above.
    var blockChars = 0
    for case .block(.paragraph(let text), _) in items { blockChars += text.count }
    return blockChars <= blocks * Thresholds.maximumCardExcerptChars ? cards : nil
  }

  /// Whether a heading opens with `number` and a list mark ("1. ", "2) ", "3: ").
  static func opens(_ text: String, with number: Int) -> Bool {
    let digits = String(number)
    guard text.hasPrefix(digits) else { return false }
    let mark = text.utf8.dropFirst(digits.utf8.count).first
    return mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") || mark == UInt8(ascii: ":")
  }

  static func warning(_ cards: Int) -> String { "the page is a listing of \(cards) cards, not an article" }
}
