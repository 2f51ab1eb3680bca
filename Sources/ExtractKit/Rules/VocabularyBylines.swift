/// Byline words per language: what introduces the author's name inside a byline line, and
/// words a byline holds that are never a name.
enum VocabularyBylines {
  /// Words before the author's name anywhere in a byline line ("Posted on 21. Juli 2019 by
  /// Realiberry", "Veröffentlicht am 12. Juni 2017 von gizzmo", "… // Autor: c1ph4 // …"),
  /// lower-cased, each followed by a space or a colon. Longest first within a language.
  static let innerPrefixes: [String: [String]] = [
    "en": ["written by", "posted by", "by", "author:", "text:"],
    "de": ["verfasst von", "geschrieben von", "von", "autor:", "autorin:", "text:", "redaktion:"],
    "fr": ["rédigé par", "par", "auteur :", "auteur:", "auteure:"],
    "es": ["escrito por", "por", "autor:", "autora:"],
    "it": ["scritto da", "autore:", "autrice:", "di"],
    "nl": ["geschreven door", "door", "auteur:"],
    "pt": ["escrito por", "autor:"],
  ]
  /// All inner prefixes, longest first so "written by" is found before "by".
  static let innerPrefixList: [String] = Array(Set(innerPrefixes.values.flatMap { $0 })).sorted {
    $0.count != $1.count ? $0.count > $1.count : $0 < $1
  }

  /// Words that byline markup wraps on their own and that read as a capitalised name but are
  /// labels: "Von" in `<span class="author-by">Von</span>`, "Post author", "Datum",
  /// "Veröffentlicht", weekdays before a date ("Donnerstag, 4. November").
  static let labelWords: Set<String> = [
    "by", "von", "par", "por", "door", "post", "posted", "author", "autor", "autorin", "auteur", "autore",
    "datum", "date", "veröffentlicht", "published", "publié", "publicado", "pubblicato", "gepubliceerd",
    "rebloggt", "reblogged", "actualizado", "updated", "aktualisiert", "mehr", "more", "text", "redaktion:",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  ]

  /// Words after the name that end it: the date's or category's introduction ("… von X in
  /// Rubrik: …", "Eingestellt von X um 21:11", "by X at 10:52", "par X le 3 mai").
  static let stopWords: Set<String> = [
    "on", "updated", "published", "am", "um", "at", "le", "el", "il", "op", "in", "im", "dans",
  ]

  /// Words before "von" in a German byline that are labels, not a given name ("Gespeichert von
  /// rasos", "Beitrag von r23"); before any other capitalised word "von" is a name particle
  /// ("Walter von Aachen").
  static let germanVonLabels: Set<String> = [
    "eingestellt", "gespeichert", "veröffentlicht", "geschrieben", "verfasst", "beitrag", "erstellt", "gepostet",
    "artikel", "bericht", "foto", "fotos", "text", "kommentar", "video", "interview", "podcast",
  ]
  /// Inner prefixes that are also name particles ("Walter von Aachen", "Leonardo di Caprio").
  static let particlePrefixes: Set<String> = ["von", "di", "door"]

  /// A user handle written after an explicit "by"/"von"/"Autor:" ("gizzmo", "c1ph4",
  /// "freeman1984") is at most this long.
  static let maximumHandleChars = 40
}
