/// Markup names around an article's title.
enum VocabularyTitles {
  /// Class words of a kicker inside the `<h1>` before the title proper: German news'
  /// "roofline"/"Dachzeile", "topline", "toptitle", "kicker", "overline", "eyebrow", a
  /// "topic-label", a forum thread's prefix "label", a section link ("entry-section").
  static let kickerCompounds = [
    "roofline", "dachzeile", "topline", "toptitle", "kicker", "overline", "eyebrow", "topic-label", "label",
    "entry-section", "supertitle", "overtitle", "rubric",
  ]
  static let kickerMatcher = CompoundMatcher(kickerCompounds)
  /// A site's own name in a `<title>` segment is at least this long when matched against the
  /// host's name ("umweltbundesamt" of www.umweltbundesamt.de, "python" of wiki.python.org).
  static let minimumHostLabelChars = 4
}
