/// Tuning constants of the outline (headings and sections).
enum OutlineRules {
  /// Words from which a heading right under the title's heading, above the body's first paragraph,
  /// is the story's dek (a standfirst sentence set in an `<h2>`/`<h3>`) rather than its first
  /// section: section headings opening a body run shorter.
  static let minimumDekWords = 10
  /// The lowest rank a dek is set at: an `<h2>` or `<h3>` under the title. A smaller heading there
  /// is a theme's subtitle that Readability keeps as a heading; it stays one.
  static let maximumDekLevel = 3
  /// Words of one name in a byline line set as a heading ("Von Anna Beispiel", "By Jo Q. Public"):
  /// a first and last name, a middle name or initial, a particle.
  static let minimumBylineNameWords = 2
  static let maximumBylineNameWords = 4
  /// Bytes of a byline line set as a heading: two or three names with their joiners.
  static let maximumBylineHeadingBytes = 90
  /// Characters of a teaser card (a title, a date, a blurb of a few sentences and a "Read more"
  /// link to another page) at most: a longer box with such a link is a section ending in a link.
  static let maximumTeaserCardChars = 600
  /// A sign-up form's box (its call, the email field, a consent line, the message shown once sent:
  /// "Sign-up Successful!") holds at most this many characters; a section of the article holding
  /// an example form runs longer.
  static let maximumSignUpBoxChars = 600
  /// Nodes of such a box at most: a short box of many empty elements is searched no further.
  static let maximumSignUpBoxNodes = 400
  /// A heading below a sign-up form heads at most this many bytes of paragraphs in its box: the
  /// message shown once sent ("Welcome to …!", "Check your inbox to confirm."), not a section's text.
  static let maximumSignUpMessageBytes = 80
  /// Characters a box must hold besides its heading for the heading to title the box once the
  /// cleaning took all the rest out (three rows of a shop box: "Shop 49,99 € Bei Amazon ansehen"): a
  /// section heading beside a share link or an anchor mark ("#") in its own header keeps its place.
  static let minimumCleanedBoxChars = 60
  /// What a reader plays in a box (a video's title over its player and its channel links heads it).
  static let playedTags: TagSet = ["iframe", "video", "embed", "object", "audio"]
  /// What a text field's `name`, `id` or `autocomplete` holds when it asks for an email address.
  static let emailFieldName = "email"
  /// How a dek set as a heading ends when no title heading is in the body to place it by: a
  /// statement's full stop. Section headings carry none.
  static let dekEndings: Set<Character> = ["."]
  /// Class names that hide an element from sight and leave it to screen readers (WordPress
  /// `screen-reader-text`, Bootstrap `sr-only`/`visually-hidden`, Drupal `element-invisible`,
  /// Foundation `show-for-sr`): a heading so classed ("Article content", "Reader Interactions") is
  /// no section a reader sees. Whole class names, not tokens: `reader-title` is another thing.
  static let screenReaderClasses: Set<String> = [
    "screen-reader-text", "screen-reader-only", "sr-only", "sr-only-focusable", "visually-hidden",
    "visuallyhidden", "element-invisible", "assistive-text", "hidden-visually", "show-for-sr", "a11y-hidden",
    "u-visually-hidden", "is-visually-hidden",
  ]
  /// Wrappers deep a heading's text may sit in a screen-reader-only element (`<h2><span
  /// class="sr-only">…</span></h2>`).
  static let maximumScreenReaderDepth = 3
  /// Marks a rating or feedback box prints under its question ("Rate this recipe" over ★★★★★, "Was
  /// this helpful?" over 👍 👎): stars, thumbs, hearts. A line of these alone, spaces aside, is no
  /// text; a separator ("* * *"), a pointer ("👇", "⬇️") or a score ("4/5", digits) is not among them.
  static let ratingMarks: Set<Unicode.Scalar> = [
    "\u{2605}", "\u{2606}", "\u{2B50}", "\u{2729}", "\u{272A}", "\u{272B}", "\u{272C}", "\u{272D}",
    "\u{272E}", "\u{272F}", "\u{2730}", "\u{1F31F}", "\u{2BE8}", "\u{2BEA}", "\u{1F44D}", "\u{1F44E}",
    "\u{2665}", "\u{2661}", "\u{2764}", "\u{1F90D}", "\u{1F5A4}", "\u{1F494}", "\u{1F4AF}",
  ]
  /// Scalars that only dress a mark (the emoji and text variation selectors, skin tones): `❤️`, `👍🏽`.
  static let markModifiers: ClosedRange<UInt32> = 0x1F3FB...0x1F3FF
  static let markSelectors: Set<Unicode.Scalar> = ["\u{FE0E}", "\u{FE0F}"]
  /// Words a paragraph of a list item outside the item's link holds for it to be the item's prose
  /// (a listicle's description under its linked title): a product tile's price line ("12,90 €") and
  /// buy button run shorter.
  static let minimumCardProseWords = 6
  /// Arrows closing a "Read more »" link.
  static let readOnArrows: Set<Character> = ["»", "›", ">", "→"]
}
