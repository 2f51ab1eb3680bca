/// Words that tell a list item's bold lead is no title, one table per language: the units of a
/// recipe's or a shopping list's amounts ("<li><b>200 g</b> Mehl</li>", "<b>2 cups</b> flour") and an
/// interview's turn words ("<b>Frage:</b> …", "<b>Antwort:</b> …"). Matched as whole words, lower-cased.
enum VocabularyLists {
  /// Units of measure an amount is given in ("2 cups", "1 tbsp", "3 cloves", "1 can").
  static let englishUnits = [
    "cup", "cups", "tbsp", "tbs", "tsp", "tablespoon", "tablespoons", "teaspoon", "teaspoons", "oz", "ounce",
    "ounces", "lb", "lbs", "pound", "pounds", "pinch", "pinches", "clove", "cloves", "can", "cans", "slice",
    "slices", "handful", "pint", "pints", "quart", "quarts", "gallon", "gallons", "stick", "sticks", "inch",
    "inches", "dash", "fl", "of",
  ]
  /// "2 EL", "1 TL", "1 Prise", "2 Tassen", "1 Päckchen", "3 Zehen", "1 Bund".
  static let germanUnits = [
    "el", "tl", "msp", "prise", "prisen", "tasse", "tassen", "becher", "päckchen", "pck", "pkg", "stück", "stk",
    "liter", "dose", "dosen", "scheibe", "scheiben", "zehe", "zehen", "bund", "handvoll", "esslöffel",
    "teelöffel", "gramm",
  ]
  /// "2 c. à soupe", "1 cuillère à café", "1 pincée", "2 gousses", "1 tasse".
  static let frenchUnits = [
    "c", "à", "soupe", "café", "cs", "cc", "cuillère", "cuillères", "pincée", "pincées", "gousse", "gousses",
    "tasse", "tasses", "boîte", "boîtes", "tranche", "tranches", "sachet", "sachets", "de", "d'",
  ]
  /// "2 tazas", "1 cucharada", "1 cucharadita", "1 pizca", "2 dientes", "1 lata".
  static let spanishUnits = [
    "taza", "tazas", "cucharada", "cucharadas", "cucharadita", "cucharaditas", "pizca", "diente", "dientes",
    "lata", "latas", "rebanada", "rebanadas", "sobre", "de",
  ]
  /// "2 cucchiai", "1 cucchiaino", "1 pizzico", "2 spicchi", "1 tazza", "1 bicchiere".
  static let italianUnits = [
    "cucchiaio", "cucchiai", "cucchiaino", "cucchiaini", "pizzico", "spicchio", "spicchi", "tazza", "tazze",
    "bicchiere", "bicchieri", "bustina", "fetta", "fette", "di",
  ]
  /// "2 xícaras", "1 colher de sopa", "1 pitada", "2 dentes", "1 lata".
  static let portugueseUnits = [
    "xícara", "xícaras", "chávena", "chávenas", "colher", "colheres", "sopa", "chá", "pitada", "dente", "dentes",
    "lata", "latas", "fatia", "fatias", "de",
  ]
  /// "2 el", "1 tl", "1 kopje", "1 snufje", "2 teentjes", "1 blik".
  static let dutchUnits = [
    "eetlepel", "eetlepels", "theelepel", "theelepels", "kopje", "kopjes", "snufje", "teen", "teentjes", "blik",
    "blikje", "plak", "plakken", "zakje",
  ]
  /// "2 łyżki", "1 łyżeczka", "1 szklanka", "1 szczypta", "2 ząbki", "1 opakowanie".
  static let polishUnits = [
    "łyżka", "łyżki", "łyżek", "łyżeczka", "łyżeczki", "łyżeczek", "szklanka", "szklanki", "szklanek",
    "szczypta", "ząbek", "ząbki", "ząbków", "opakowanie", "plaster", "plastry", "dag",
  ]
  /// The metric and other symbols every language writes alike ("200 g", "500 ml", "1,5 kg", "2 cm").
  static let symbolUnits = ["g", "kg", "mg", "dag", "ml", "cl", "dl", "l", "mm", "cm", "m", "km", "%"]

  /// Every unit word of every language, read as a whole lower-cased word without its full stop.
  static let units: Set<String> = Set(
    englishUnits + germanUnits + frenchUnits + spanishUnits + italianUnits + portugueseUnits + dutchUnits
      + polishUnits + symbolUnits)

  /// An interview's turn words, question then answer, in full ("Frage:"/"Antwort:") and as letters
  /// ("Q:"/"A:", "F:"/"A:"). A letter is a turn only beside its own language's other letter: "A"
  /// alone leads an alphabet's entry as well.
  static let englishTurns = (words: ["question", "answer"], letters: ["q", "a"])
  static let germanTurns = (words: ["frage", "antwort"], letters: ["f", "a"])
  static let frenchTurns = (words: ["question", "réponse"], letters: ["q", "r"])
  static let spanishTurns = (words: ["pregunta", "respuesta"], letters: ["p", "r"])
  static let italianTurns = (words: ["domanda", "risposta"], letters: ["d", "r"])
  static let portugueseTurns = (words: ["pergunta", "resposta"], letters: ["p", "r"])
  static let dutchTurns = (words: ["vraag", "antwoord"], letters: ["v", "a"])
  static let polishTurns = (words: ["pytanie", "odpowiedź"], letters: ["p", "o"])

  static let allTurns = [
    englishTurns, germanTurns, frenchTurns, spanishTurns, italianTurns, portugueseTurns, dutchTurns, polishTurns,
  ]
  /// Every turn word of every language, lower-cased.
  static let turnWords: Set<String> = Set(allTurns.flatMap(\.words))
  /// Each language's pair of turn letters.
  static let turnLetters: [Set<String>] = allTurns.map { Set($0.letters) }
  // MARK: lines that announce what follows

  /// Openings of a bold line that announces the paragraphs under it, a story's run-in sub-heading
  /// ("<b>Das müssen Hausbesitzer jetzt wissen:</b>", "<b>Here is what changes for tenants:</b>",
  /// "<b>Voici ce qui change pour les locataires :</b>"), lower-cased, matched as whole words at the
  /// line's start, after at most one of `announcingConjunctions` ("And this is what …:"). Only words
  /// that open a clause pointing ahead: a question word ("What to pack:", "O que levar:", "Co zabrać:")
  /// names a travel guide's entry as well, and an imperative ("Use the largest pots you can fit:") a tip.
  static let announcingOpeners: [String: [String]] = [
    "en": ["here is", "here are", "here's", "this is what", "this is how", "this is why", "these are the"],
    "de": [
      "das müssen", "das muss", "das musst", "das sollten", "das sollte", "das sollen", "das ist", "das sind",
      "so", "hier ist", "hier sind", "darauf",
    ],
    "fr": ["voici", "voilà", "ce qui", "ce que", "ce qu'", "c'est", "ce sont"],
    "es": ["esto es", "esto son", "estas son", "estos son", "lo que", "así", "aquí está", "aquí están", "he aquí"],
    "it": ["ecco", "ciò che", "quello che", "questo è", "questi sono", "queste sono", "così"],
    "pt": ["eis", "isto é", "estes são", "estas são", "aqui está", "aqui estão", "é isto", "assim"],
    "nl": ["dit is", "dit zijn", "hier is", "hier zijn", "zo", "dat moet", "dit moet"],
    "pl": ["oto", "to", "tak", "tyle"],
  ]

  /// Conjunctions that may come before an announcing opening ("And this is what landlords need:").
  static let announcingConjunctions: [String: [String]] = [
    "en": ["and", "but"], "de": ["und", "aber"], "fr": ["et", "mais"], "es": ["y", "pero"], "it": ["e", "ma"],
    "pt": ["e", "mas"], "nl": ["en", "maar"], "pl": ["i", "a"],
  ]

  /// Whether a line opens with an announcing word of the page's language (none when the language
  /// is not known: "to" opens a Polish announcement and an English title alike).
  static func opensAnnouncing(_ line: String, language: String?) -> Bool {
    guard let code = language?.lowercased().split(separator: "-").first.map(String.init),
      let openers = announcingOpeners[code]
    else { return false }
    var text = Substring(line.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"))
    func opens(with word: String) -> Bool {
      guard text.hasPrefix(word) else { return false }
      let after = text.dropFirst(word.count).first
      return word.hasSuffix("'") || after == nil || !(after!.isLetter || after!.isNumber || after == "'")
    }
    if let conjunction = announcingConjunctions[code]?.first(where: { text.hasPrefix($0 + " ") }) {
      text = text.dropFirst(conjunction.count + 1)
    }
    return openers.contains(where: opens)
  }
}
