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
}
