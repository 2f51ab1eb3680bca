/// Author-bio box words per language: the headings and labels that title an "about the author"
/// box, lower-cased, apostrophes straight.
enum VocabularyBios {
  /// Openings of a bio box's heading or label: a heading that opens with one titles the box
  /// ("About the author", "Über die Autorin", "À propos de l'auteur: Jane Doe"). "bio:" labels a
  /// profile card's bio line ("<strong>Bio:</strong> I write things."); German "Zur Person" titles
  /// a Drupal box and "Wer hat das geschrieben?" a widget.
  static let headings: [String: [String]] = [
    "en": [
      "about the author", "about author", "written by", "author bio", "meet the author", "who wrote this", "bio:",
      "about the writer", "about the contributor", "about the columnist",
    ],
    "de": [
      "über die autorin", "über den autor", "über die autoren", "über die autorinnen", "über den verfasser",
      "über die verfasserin", "zur autorin", "zum autor", "zur person", "autoreninfo", "autorinfo",
      "wer hat das geschrieben",
    ],
    "fr": [
      "à propos de l'auteur", "à propos de l'autrice", "à propos de l'auteure", "a propos de l'auteur",
      "a propos de l'autrice", "a propos de l'auteure",
    ],
    "es": ["sobre el autor", "sobre la autora", "sobre los autores", "acerca del autor", "acerca de la autora"],
    "pt": ["sobre o autor", "sobre a autora", "sobre os autores"],
    "it": ["sull'autore", "sull'autrice", "sugli autori", "informazioni sull'autore"],
    "nl": ["over de auteur", "over de schrijver", "over de schrijfster", "over de auteurs"],
    "pl": ["o autorze", "o autorce", "o autorach"],
    "cs": ["o autorovi", "o autorce"],
    "ru": ["об авторе", "об авторах"],
    "uk": ["про автора", "про авторку"],
    "sv": ["om författaren", "om skribenten", "om artikelförfattaren"],
    "da": ["om forfatteren", "om skribenten"],
    "no": ["om forfatteren", "om skribenten"],
    "fi": ["tietoa kirjoittajasta", "kirjoittajasta"],
    "hu": ["a szerzőről"],
    "ro": ["despre autor", "despre autoare"],
    "tr": ["yazar hakkında"],
    "ja": ["著者について", "この記事を書いた人", "筆者について"],
    "zh": ["关于作者", "關於作者", "作者简介", "作者簡介"],
  ]

  /// Headings that title a bio box only as the heading's whole text ("<h4>Die Autorin</h4>" over
  /// the box): as an opening they start a sentence or a section ("Der Autor des Romans …").
  static let wholeHeadings: [String: [String]] = [
    "en": ["the author", "author"],
    // "Autor:innen", "Autor*innen": the gender-inclusive plural over a box of several writers.
    "de": [
      "der autor", "die autorin", "die autoren", "autor", "autorin", "autoren", "autor:innen", "autor*innen",
      "autorinnen",
    ],
    "fr": ["l'auteur", "l'autrice", "l'auteure"],
    "es": ["el autor", "la autora"],
    "pt": ["o autor", "a autora"],
    "it": ["l'autore", "l'autrice"],
    "nl": ["de auteur", "de schrijver"],
    "ru": ["автор"],
    "sv": ["författaren"],
    "da": ["forfatteren"],
  ]

  /// All openings, longest first: a label is stripped by the longest that fits ("über die
  /// autorinnen" before "über die autorin").
  static let headingList: [String] = {
    // Each opening's count read once: counting characters in every comparison cost 2 M instructions at start-up.
    let counted: [(count: Int, opening: String)] = Set(headings.values.flatMap { $0 }).map { ($0.count, $0) }
    return counted.sorted { $0.count != $1.count ? $0.count > $1.count : $0.opening < $1.opening }.map(\.opening)
  }()
  static let wholeHeadingSet: Set<String> = Set(wholeHeadings.values.flatMap { $0 })

  /// Bio headings that, as a line or bold lead over prose, are a byline instead ("Written by
  /// Jane Doe"): they title a bio only as a heading.
  static let bylineHeadings: Set<String> = ["written by"]
}
