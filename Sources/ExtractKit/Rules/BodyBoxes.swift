/// Class and id words of boxes inside a located body that are not the article's: a column set
/// beside the story's column in the same wrapper, and an appeal for money set after the text.
/// Layout and appeal words of themes and CMSs (right column, side column, donate), no site's name.
enum BodyBoxes {
  /// Whole tokens of a side column (`div.colAside`, `div.rightCol`, `div.sidecol`, a grid's
  /// `div.col-4.aside`): the column of teasers and ads beside the article's own column.
  static let sideColumnTokens: TokenSet = [
    "aside", "rightcol", "rightcolumn", "colright", "colaside", "sidecol", "sidecolumn",
  ]
  /// The same spelt as two words (`div.col_right`, `div.right-column`, Blogger's
  /// `div.column-right-outer`).
  static let sideColumnMatcher = CompoundMatcher([
    "col-right", "col_right", "right-col", "right_col", "column-right", "column_right",
  ])
  /// A box asking readers for money (`div.donation-teaser`, `div.donate`, German
  /// `div.spendenbox`/`section.Beitrag-Spende`, Portuguese `div.apoie-box`): the site's appeal after
  /// or inside the text, not the story.
  static let appealMatcher = CompoundMatcher(["donat", "spenden", "apoie"])
  static let appealTokens: TokenSet = ["spende"]
  /// Every word above as a substring, for one cheap pass over a box's class and id before the
  /// exact tests.
  static let anyMatcher = CompoundMatcher([
    "aside", "rightcol", "colright", "sidecol", "col-right", "col_right", "right-col", "right_col", "column-right",
    "column_right", "donat", "spende", "apoie",
  ])
}

/// Lengths of the body's own short lines.
enum BodyLines {
  /// A reading-time line (`VocabularyBoilerplate.readingTimes`) is at most this many UTF-8 bytes: a
  /// dateline with it ("wtorek, 08:40 Ten tekst przeczytasz w 4 minuty") fits, a sentence about
  /// reading does not.
  static let maximumReadingTimeLineBytes = 64
  /// …and at most this many words: "The reading time of the series is about 3 hours." is prose.
  static let maximumReadingTimeLineWords = 8
}

/// Sizes of the site's call to sign up for its newsletter, a short line set among or under the
/// story's paragraphs that ends with a link to the newsletter's page ("[What you need to know: Get
/// … in your inbox.]", "Nichts Neues verpassen! - Newsletter abonnieren").
enum SignUpLines {
  /// The line is at most this many UTF-8 bytes: a call with one sentence of pitch before it (~200), not a
  /// paragraph of the story.
  static let maximumBytes = 320
  /// After its link at most this many visible characters, none a letter or digit (".]", "!").
  static let maximumTrailingChars = 3
  /// A call only at the line's opening ("Abonnieren Sie jetzt den Newsletter: <url>") has at most
  /// this many words before its link; a story's sentence opening with "Sign up …" has more.
  static let maximumWordsBeforeLink = 8
  /// A body with more such lines than this is a story listing newsletters to sign up for: they stay.
  static let maximumPerBody = 2
}
