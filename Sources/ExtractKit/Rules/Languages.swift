/// What tells languages apart where n-gram guessing is weak, and how sure a guess must be.
enum Languages {
  /// Where libexttextcat (Debian's libexttextcat-dev / libexttextcat-data) keeps its fingerprints.
  static let fingerprintFolder = "/usr/share/libexttextcat/"
  static let fingerprintConfiguration = "fpdb.conf"
  /// The fingerprints compared: the languages of the web's articles, not all 160 of the
  /// package (each costs a comparison per page; Fulfulde or Tok Pisin articles are rare, and
  /// their text still gets the nearest of these). Chinese, Japanese and Korean go by script.
  static let fingerprints = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr-Latn", "sr-Cyrl", "bs", "ru", "uk",
    "be", "bg", "mk", "ro", "hu", "fi", "et", "lv", "lt", "sv", "da", "nb", "nn", "is", "tr", "el", "he", "ar",
    "fa", "ur", "hi", "bn", "ta", "te", "mr", "th", "vi", "id", "ms", "tl", "ca", "eu", "gl", "cy", "ga", "sq",
    "af", "sw", "la", "eo", "ka", "hy", "az", "kk",
  ]
  /// How much of the text is read: n-gram profiles settle within a few hundred bytes, and the
  /// guesser's time grows with the sample.
  static let sampleBytes = 1000
  /// Shorter texts get no guess (menus, captions, a title alone).
  static let minimumCharacters = 120
  /// The same for text in Chinese, Japanese or Korean script, which says more per character.
  static let minimumCJKCharacters = 30
  /// A page's own language tag is replaced only by a guess from at least this much text, when
  /// the guesser names one language alone (not a list of close candidates).
  /// (Chinese, Japanese and Korean text contradicts from `minimumCJKCharacters * 4` characters.)
  static let minimumCharactersToContradict = 400

  /// Guesses that never replace a declared language: "lorem ipsum" placeholder text, which
  /// templates and test pages fill in, reads as Latin, and no article page is in Latin.
  static let neverContradicting: Set<String> = ["la"]

  /// Letters Ukrainian writes and Russian does not (і, ї, є, ґ), and the reverse (ы, э, ъ, ё):
  /// n-gram profiles of the two are close, these letters are not.
  static let ukrainianLetters: Set<Character> = ["і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"]
  static let russianLetters: Set<Character> = ["ы", "э", "ъ", "ё", "Ы", "Э", "Ъ", "Ё"]

  /// Of the letters read, the share in one script that makes a CJK text that language:
  /// Hangul is Korean; kana (with or without kanji) Japanese; Han without kana Chinese.
  static let minimumHangulShare = 0.3
  static let minimumKanaShare = 0.1
  static let minimumHanShare = 0.5
}

extension Languages {
  /// A declared language is kept without the n-gram classifier when at least this share of the
  /// sample's words are its common function words (`VocabularyStopwords`): running text of
  /// any of these languages is a fifth or more function words; another language's text has few.
  static let minimumStopwordShare = 0.2
  /// ... and its function words outnumber each other table's by this factor (close neighbours
  /// such as Spanish and Portuguese share many: then the classifier decides).
  static let stopwordMargin = 2.0
  /// Fewer words than this in the sample (a CJK text, a list of names) are not confirmed by words.
  static let minimumWordsToConfirm = 30
}
