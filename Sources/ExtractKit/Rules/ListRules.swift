/// Tuning of the lists written without list markup (runs of bold-led paragraphs): what a run of
/// titled items is, as against a story's run-in sub-headings.
enum ListRules {
  /// A run whose every title stands over one paragraph of prose at least this long is a story
  /// divided into sections under run-in bold sub-headings (`<p><strong>The early years</strong><br>`
  /// and a paragraph of several sentences), not a list: an item's description is shorter.
  static let minimumSectionParagraphChars = 400

  /// An entry's number opening its title has this many digits at most: a listicle of a few hundred
  /// jokes or tips numbers them up to "317." (a year, "2022.", is no entry's number).
  static let maximumEntryNumberDigits = 3

  /// An accordion's answer panel is read this many wrappers deep for its first paragraph
  /// (`<div class="accordion-content"><div class="inner"><p>…`).
  static let maximumPanelWrapperDepth = 4

  /// A list whose bold-led items are this share of its items or fewer (one in three: "<b>Tip:</b>"
  /// on two of eight bullets) has emphasis, not titles: titled lists title most of their items.
  static let strayTitleShare = 3

  /// Question marks of the scripts we meet (Latin, full-width CJK, Arabic): an interviewer's
  /// lines end in one, a schedule's or a list's items rarely do.
  static let questionMarks: Set<Unicode.Scalar> = ["?", "\u{FF1F}", "\u{061F}"]
  /// Closing quotes and brackets that may follow a question's mark ("…, Mira?\u{201D}").
  static let trailingQuotes: Set<Unicode.Scalar> = ["\"", "'", ")", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{00AB}"]

  /// Class tokens that set a span in bold by a utility framework's convention (Tailwind's
  /// `font-bold`/`font-semibold`, Bootstrap's `fw-bold`/`fw-semibold`, a theme's `bold`):
  /// `<li><span class="font-semibold">Title:</span> text</li>` is a bold lead as `<strong>` is.
  static let boldClassTokens: Set<String> = [
    "bold", "font-bold", "font-semibold", "font-extrabold", "fw-bold", "fw-semibold", "fw-bolder", "text-bold",
  ]

  /// A `font-weight` this heavy or more is bold (CSS's `bold` is 700, `600` is semibold): a pasted
  /// editor's `<span style="font-weight: 700;">Title:</span>` (a Google Docs paste sets every run's
  /// weight, 400 for plain text).
  static let minimumBoldWeight = 600

  /// Characters a lead mark before an item's bold title may have (`<li>✅ <strong>Title:</strong>`,
  /// "👉", "➤", "★"): a decoration, not part of the title, a few characters at most.
  static let maximumLeadMarkCharacters = 3

  /// A standalone bold line ending in a colon with this many words or more, opening with an
  /// announcing word (`VocabularyLists.announcingOpeners`), is a sentence that announces what
  /// follows ("<b>Das müssen Hausbesitzer jetzt wissen:</b>", "<b>Here is what changes for
  /// tenants:</b>"), a story's run-in sub-heading, not an item's title ("<b>Kosten:</b>").
  static let minimumAnnouncementWords = 5
}
