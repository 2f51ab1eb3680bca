/// Tuning of the comment count's last search, for pages whose count is shown on an element no
/// class, heading or link names: a meta row's `<li><i class="icon"></i> 5 Kommentare</li>`, a
/// comment section's `<div><h3>2 Stimmen:</h3></div>`, a `<a href="#comments">4</a>` bubble.
enum CommentCountRules {
  /// A count line is a number and one word ("12 Kommentare", "1.204 comments"), with a
  /// template's spaces: longer texts are sentences or cards, never read.
  static let maximumCountLineChars = 32
  /// The count line's words: the number and the noun.
  static let countLineWords = 2
  /// A comment-section title of a word for one and its noun alone ("Un commentaire"): with a
  /// third word it is a heading of the article unless it quotes the post.
  static let oneTitleWords = 2
  /// A comment button's words read for "all, number, comment word" ("Ver todos os 11
  /// comentários", "Zobacz wszystkie 23 komentarze"): a button's label is short.
  static let maximumAllWordTitleWords = 6
  /// Quotation marks around the post's title in a comment-section title ("Ein Gedanke zu „…“",
  /// "Une réflexion sur « … »", "One response to “…”"): with one, a title opening with a word for
  /// one is a count.
  static let titleQuotes: Set<Unicode.Scalar> = [
    "\u{201C}", "\u{201D}", "\u{201E}", "\u{AB}", "\u{BB}", "\"", "\u{2018}", "\u{201A}", "\u{2039}", "\u{203A}",
  ]
  /// Separators between the fields of a post's meta line ("Juni 2019 | 0 Kommentare", "· 3
  /// comments"), as UTF-8: "|", "/", "·", "•", "–", "—".
  static let fieldSeparators: [[UInt8]] = ["|", "/", "\u{B7}", "\u{2022}", "\u{2013}", "\u{2014}"].map {
    Array($0.utf8)
  }
  /// A count's digits at most (a meta line's "| 12345 comments"; longer numbers are not counts).
  static let maximumCountDigits = 6
  /// A line stating the count in words ("Derzeit sind keine Kommentare vorhanden.", "Be the first
  /// to comment", "Kommentare insgesamt: 0") is short: longer texts are the article's sentences.
  static let maximumStatementChars = 80
  /// The same line's bytes at most (its characters up to four bytes each).
  static let maximumStatementBytes = 320
  /// The words of a statement's first sentence at most ("Il n'y a pas encore de commentaires").
  static let maximumStatementWords = 10
  /// How many words before the comment noun a negation may stand ("Non ci sono commenti").
  static let negationReach = 4
  /// The words of a count's label at most ("Kommentare insgesamt", "Comments").
  static let maximumLabelWords = 3
  /// A teaser card of another post is short: its headline, a kicker or date and its comment
  /// counter (`<div><h2>9 gins to try</h2><div class="comment-counts">58</div></div>`). A box
  /// around a count holding a headline within this many characters is such a card.
  static let maximumCardChars = 300
  /// A teaser card's headline has this many words at least ("9 gins worth a detour"): a label
  /// ("Lesezeit:") or a counter ("193") heading a box of the post's meta row is no headline.
  static let minimumHeadlineWords = 3
}
