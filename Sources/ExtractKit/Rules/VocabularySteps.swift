/// Words that make a numbered list a procedure, one table per language. Phrases are matched
/// as whole words in the lower-cased text ("comment faire" in a French heading, never
/// "comments" in an English one).
enum VocabularySteps {
  /// Words of a title or heading over a procedure: "How to Use a Foam Roller", "Method",
  /// "Step-by-step", "How we test a restore", a task's "Lifecycle".
  static let englishTitleWords = [
    "how to", "how do", "how we", "steps", "step by step", "instructions", "directions", "method",
    "using", "guide", "tutorial", "recipe", "procedure", "to use", "exercise", "routine", "technique",
    "lifecycle", "workflow",
  ]
  /// "Anleitung", "Schritt für Schritt", "Zubereitung", "So geht's", "So beantragen Sie …".
  static let germanTitleWords = [
    "anleitung", "schritt für schritt", "schritte", "zubereitung", "so geht", "so gehen sie vor", "so beantragen",
    "so funktioniert", "wie man", "vorgehensweise", "rezept",
  ]
  /// "Comment faire", "Étapes", "Préparation", "Mode d'emploi".
  static let frenchTitleWords = [
    "comment faire", "étapes", "étape par étape", "préparation", "mode d'emploi", "instructions", "recette",
    "marche à suivre",
  ]
  /// "Cómo hacer", "Pasos", "Preparación", "Paso a paso".
  /// Recipe cards' "Elaboración" too.
  static let spanishTitleWords = [
    "cómo", "pasos", "paso a paso", "preparación", "instrucciones", "receta", "elaboración",
  ]
  /// "Come fare", "Passaggi", "Procedimento", "Preparazione".
  static let italianTitleWords = [
    "come fare", "passaggi", "passo dopo passo", "procedimento", "preparazione", "istruzioni", "ricetta",
  ]
  /// "Como fazer", "Passo a passo", "Modo de preparo".
  static let portugueseTitleWords = [
    "como fazer", "passo a passo", "modo de preparo", "modo de fazer", "preparação", "instruções", "receita",
  ]
  /// "Stappenplan", "Zo doe je het", "Bereiding", recipe cards' "Bereidingswijze" and "Werkwijze".
  static let dutchTitleWords = [
    "stappenplan", "stap voor stap", "stappen", "zo doe je", "bereiding", "bereidingswijze", "werkwijze",
    "instructies",
  ]
  /// "Krok po kroku", "Przygotowanie", "Instrukcja", "Sposób przygotowania", "Wykonanie".
  static let polishTitleWords = [
    "krok po kroku", "przygotowanie", "instrukcja", "sposób przygotowania", "przepis", "wykonanie",
    "sposób wykonania",
  ]
  /// Hungarian recipe pages: "elkészítése" (its preparation), "lépésről lépésre".
  static let hungarianTitleWords = ["elkészítése", "elkészítés", "lépésről lépésre"]

  /// A title that asks how to do something in the languages that say it with "how" and an
  /// infinitive, no "to" between ("Comment préparer le gâteau", "Come preparare la torta", "Como
  /// preparar o bolo", "Jak upiec ciasto"): the how-word opens the title (or its part after a colon),
  /// and the next word, in lower case, ends like the language's infinitives ("Comment Pierre a …",
  /// "Come Here" name someone or something). `languages`: the page languages the rule is read in
  /// ("come", "comment" are English words too); `skip`: a word that may stand between ("Comment bien
  /// choisir", "Comment se débarrasser"); `excluded`: words ending like an infinitive that are none
  /// ("Comment votre cerveau …", "Jak widać" 'as one sees'); `verbs`: infinitives the endings miss
  /// (Polish "piec", "móc": a bare "-c" ends nouns, "noc", "pomoc").
  struct HowInfinitive {
    let languages: Set<String>
    let how: Set<Substring>
    let endings: [String]
    let skip: Set<Substring>
    let excluded: Set<Substring>
    var verbs: Set<Substring> = []
  }
  static let frenchHowInfinitive = HowInfinitive(
    languages: ["fr"], how: ["comment"], endings: ["er", "ir", "re"], skip: ["bien", "mieux", "se", "s"],
    excluded: ["votre", "notre"])
  static let italianHowInfinitive = HowInfinitive(
    languages: ["it"], how: ["come"], endings: ["are", "ere", "ire", "rre"], skip: ["meglio"], excluded: [])
  /// Spanish and Portuguese alike ("Cómo preparar", "Como fazer"; Spanish "cómo" names a procedure
  /// anywhere already, written without its accent it needs the infinitive).
  static let iberianHowInfinitive = HowInfinitive(
    languages: ["es", "pt", "gl"], how: ["como", "cómo"], endings: ["ar", "er", "ir", "ír", "ôr"],
    skip: ["bien", "bem"], excluded: [])
  static let polishHowInfinitive = HowInfinitive(
    languages: ["pl"], how: ["jak"], endings: ["ć"], skip: ["najlepiej", "szybko", "się"],
    excluded: ["widać", "słychać"], verbs: ["piec", "upiec", "móc", "pomóc", "biec", "strzec"])
  static let howInfinitives = [frenchHowInfinitive, italianHowInfinitive, iberianHowInfinitive, polishHowInfinitive]

  /// German and Dutch ask it with "so"/"wie" and "zo"/"hoe", the verb, then the reader as its subject
  /// ("So backen Sie den Kuchen", "Zo bak je een cake", "Hoe maak je …"): the how-word opens the
  /// title and the pronoun is its third word; after "wie"/"hoe" a pronoun of `secondPronouns` may
  /// come second, the verb last ("Wie Sie den Kuchen backen", "Hoe u een cake bakt"; "Wie du siehst",
  /// "Hoe men vroeger leefde" say what one sees or did). `polite`: pronouns read in their written case
  /// (German "Sie" addresses the reader, "sie" is she or they); the others are lower-cased.
  struct HowPronoun {
    let languages: Set<String>
    let how: Set<Substring>
    let howSecond: Set<Substring>
    let secondPronouns: Set<Substring>
    let pronouns: Set<Substring>
    let polite: Set<Substring>
  }
  static let germanHowPronoun = HowPronoun(
    languages: ["de"], how: ["so", "wie"], howSecond: ["wie"], secondPronouns: [], pronouns: ["du", "ihr"],
    polite: ["Sie"])
  static let dutchHowPronoun = HowPronoun(
    languages: ["nl"], how: ["zo", "hoe"], howSecond: ["hoe"], secondPronouns: ["u", "je", "jij"],
    pronouns: ["je", "jij", "jullie", "u"], polite: [])
  static let howPronouns = [germanHowPronoun, dutchHowPronoun]

  /// Whether a rule for `languages` is read on a page in `language` (unknown: every rule).
  static func applies(_ languages: Set<String>, to language: String?) -> Bool {
    guard let language, let code = language.lowercased().split(separator: "-").first else { return true }
    return languages.contains(String(code))
  }

  /// Whether a title opens by asking how to do something (`howInfinitives`, `howPronouns`) in the
  /// page's `language` (nil: any), as a whole or after a colon or dash ("Apfelkuchen: So backen Sie …",
  /// "Apfelkuchen - so backen Sie ihn"). Weak evidence alone: callers want the items to read as
  /// actions too (`StepsExtractor.readAsActions`).
  static func asksHowTo(_ text: String, language: String? = nil) -> Bool {
    let parts = text.replacingOccurrences(of: " - ", with: "|").split(whereSeparator: { ":–—|".contains($0) })
    for part in parts {
      // The words as written ("Sie", "Pierre") and lower-cased.
      let shown = Array(part.split { !$0.isLetter && !$0.isNumber }.prefix(4))
      let words = shown.map { Substring($0.lowercased()) }
      guard words.count >= 2 else { continue }
      for rule in howInfinitives where rule.how.contains(words[0]) && applies(rule.languages, to: language) {
        let index = rule.skip.contains(words[1]) && words.count > 2 ? 2 : 1
        let verb = words[index]
        guard shown[index].first?.isUppercase != true, !rule.excluded.contains(verb) else { continue }
        if rule.verbs.contains(verb) || (verb.count > 2 && rule.endings.contains(where: { verb.hasSuffix($0) })) {
          return true
        }
      }
      // "Wie Sie …", "Hoe u …"; "So backen Sie …", "Hoe maak je …" (not "So wie du bist").
      for rule in howPronouns where rule.how.contains(words[0]) && applies(rule.languages, to: language) {
        if rule.howSecond.contains(words[0]),
          rule.polite.contains(shown[1]) || rule.secondPronouns.contains(words[1])
        {
          return true
        }
        if words.count > 2, !rule.how.contains(words[1]),
          rule.polite.contains(shown[2]) || rule.pronouns.contains(words[2])
        {
          return true
        }
      }
    }
    return false
  }

  static let titleWords: [[Substring]] = phrases(
    englishTitleWords + germanTitleWords + frenchTitleWords + spanishTitleWords + italianTitleWords
      + portugueseTitleWords + dutchTitleWords + polishTitleWords + hungarianTitleWords)

  /// Lead-in lines that announce a procedure before its list: "Here is how I did it:", "Work in
  /// this order:", "The water department recommends these steps:", "You might:", German
  /// "… geht so vor:", "wie folgt:", French "procédez comme suit :".
  static let englishIntroWords = [
    "here is how", "here's how", "these steps", "this order", "you might", "you can", "you should", "you need to",
    "whole setup", "proceed",
  ]
  static let germanIntroWords = ["so vor", "folgende schritte", "diese schritte"]
  static let frenchIntroWords = ["voici comment", "ces étapes", "procédez", "suivez"]
  static let spanishIntroWords = ["siguientes pasos", "estos pasos", "así es como", "sigue"]
  static let italianIntroWords = ["questi passaggi", "ecco come", "segui"]
  static let portugueseIntroWords = ["seguintes passos", "estes passos", "veja como", "siga"]
  static let dutchIntroWords = ["deze stappen", "zo doe je"]
  static let polishIntroWords = ["oto jak", "te kroki"]

  static let introWords: [[Substring]] = phrases(
    englishIntroWords + germanIntroWords + frenchIntroWords + spanishIntroWords + italianIntroWords
      + portugueseIntroWords + dutchIntroWords + polishIntroWords)

  /// Lead-ins that announce any list, not only a procedure: "The old editor used them as follows:",
  /// "Each iteration does the following:", "wie folgt:", "comme suit :".
  /// They make a list steps only when its items read as actions (`actionWords`).
  static let neutralIntroWords =
    [
      "the following", "as follows", "wie folgt", "folgendermaßen", "comme suit", "como sigue",
      "come segue", "como segue", "als volgt", "w następujący sposób",
    ]

  /// A lead-in announcing an algorithm ("The initial placement uses a simple greedy algorithm:"):
  /// its numbered list is the algorithm's steps when they read as actions ("Loop over the cells …").
  /// The word must end the lead-in's clause, as what it announces ("What the ranking algorithm
  /// rewards:" announces its rewards).
  static let algorithmWords: Set<Substring> = [
    "algorithm", "algorithmus", "algorithme", "algoritmo", "algoritme", "algorytm",
  ]
  /// German and Dutch put a subordinate clause's verb last ("… wie der Algorithmus vorgeht:",
  /// "… hoe het algoritme werkt:"): one word may follow these.
  static let verbLastAlgorithmWords: Set<Substring> = ["algorithmus", "algoritme"]
  /// Words opening a purpose clause after the word ("… uses a greedy algorithm to create a
  /// placement:", "um …", "pour …"): the announcing clause ended at the algorithm.
  static let purposeWords: Set<Substring> = ["to", "um", "pour", "para", "per", "om", "aby", "żeby"]

  /// Question words: a lead-in asking what or why ("Why engineers pick this algorithm:") lists
  /// reasons or properties, not the algorithm's steps.
  static let englishInterrogativeWords = ["what", "why", "which", "who"]
  static let germanInterrogativeWords = ["was", "warum", "wieso", "weshalb", "welche", "welcher", "welches"]
  static let frenchInterrogativeWords = ["pourquoi", "quoi", "quel", "quelle", "quels", "quelles"]
  static let spanishInterrogativeWords = ["qué", "cuál", "cuáles", "porqué"]
  static let italianInterrogativeWords = ["perché", "cosa", "quale", "quali"]
  static let portugueseInterrogativeWords = ["porquê", "quais", "qual"]
  static let dutchInterrogativeWords = ["waarom", "wat", "welke"]
  static let polishInterrogativeWords = ["dlaczego", "co", "jaki", "jaka", "jakie"]

  static let interrogativeWords: Set<Substring> = Set(
    (englishInterrogativeWords + germanInterrogativeWords + frenchInterrogativeWords + spanishInterrogativeWords
      + italianInterrogativeWords + portugueseInterrogativeWords + dutchInterrogativeWords
      + polishInterrogativeWords).map { Substring($0) })

  static let neutralIntros: [[Substring]] = phrases(neutralIntroWords)

  /// Lead-ins that say how something works, ending the lead-in ("The algorithm works like this:",
  /// "Der Algorithmus funktioniert so:", "Le principe fonctionne ainsi :", "El método funciona así:",
  /// "Il metodo funziona così:", "O processo funciona assim:", "Het algoritme werkt zo:",
  /// "Algorytm działa tak:"). Like the neutral lead-ins they make a list steps only when its items
  /// read as actions: a contents list or an outline under "Der Aufbau funktioniert so:" names parts.
  static let englishWorkingIntroWords = ["works like this", "works as follows", "work like this"]
  static let germanWorkingIntroWords = ["funktioniert so", "funktioniert das so", "funktionieren so", "geht das so"]
  static let frenchWorkingIntroWords = ["fonctionne ainsi", "fonctionne comme ceci", "fonctionne comme ça"]
  static let spanishWorkingIntroWords = ["funciona así", "funciona de esta manera", "funciona de este modo"]
  static let italianWorkingIntroWords = ["funziona così", "funziona in questo modo"]
  static let portugueseWorkingIntroWords = ["funciona assim", "funciona desta forma", "funciona dessa forma"]
  static let dutchWorkingIntroWords = ["werkt zo", "werkt als volgt", "werkt op deze manier"]
  static let polishWorkingIntroWords = ["działa tak", "działa następująco", "działa w ten sposób"]

  static let workingIntros: [[Substring]] = phrases(
    englishWorkingIntroWords + germanWorkingIntroWords + frenchWorkingIntroWords + spanishWorkingIntroWords
      + italianWorkingIntroWords + portugueseWorkingIntroWords + dutchWorkingIntroWords + polishWorkingIntroWords)

  /// Whether `text`'s words end with one of `phrases` ("… funktioniert so:", not "… funktioniert so
  /// gut, dass …").
  static func endsWith(_ text: String, _ phrases: [[Substring]]) -> Bool {
    let words = Text.words(text)
    return phrases.contains { !$0.isEmpty && words.count >= $0.count && words.suffix($0.count).elementsEqual($0) }
  }

  /// Verbs a procedure's item opens with, in the form a how-to addresses the reader ("Remove
  /// the lid", "Öffnen Sie …", "Ouvrez …", "Abra …"), lower-cased: an explanatory list under a
  /// neutral lead-in opens with its subjects instead ("The client …", "Users …").
  static let englishActionWords = [
    "add", "apply", "ask", "bake", "boil", "bring", "build", "buy", "calculate", "call", "check", "choose", "chop",
    "clean", "click", "close", "combine", "compute", "configure", "connect", "consider", "copy", "cover", "create",
    "cut", "define", "delete", "do", "download", "drag", "drain", "edit", "enable", "enter", "fill", "find", "fold",
    "follow", "gather", "go", "heat", "insert", "install", "keep", "let", "loop", "make", "measure", "mix", "move",
    "open", "pick", "place", "plant", "pour", "prepare", "preheat", "press", "put", "read", "record", "remove",
    "repeat", "replace", "restart", "return", "run", "save", "select", "send", "serve", "set", "start", "stir",
    "take", "tap", "turn", "type", "update", "use", "visit", "wait", "wash", "write",
  ]
  /// German: the polite imperative's verb ("Öffnen Sie") is caught by `politeImperativeWords`;
  /// the familiar imperatives a recipe or blog uses are listed.
  static let germanActionWords = [
    "füge", "gib", "klicke", "mische", "nimm", "öffne", "rühre", "schneide", "lege", "wähle", "gehe", "stelle",
  ]
  static let frenchActionWords = [
    "ajoutez", "allez", "choisissez", "cliquez", "coupez", "faites", "mettez", "mélangez", "ouvrez", "placez",
    "prenez", "sélectionnez", "versez", "ajouter", "couper", "mélanger", "mettre", "verser", "ouvrir",
  ]
  static let spanishActionWords = [
    "abre", "abra", "añade", "añadir", "agrega", "agregue", "corta", "corte", "haz", "haga", "mezcla", "mezcle",
    "pon", "ponga", "selecciona", "seleccione", "coloca", "coloque",
  ]
  static let italianActionWords = [
    "aggiungi", "aggiungere", "apri", "clicca", "metti", "mescola", "mescolare", "prendi", "seleziona", "taglia",
    "tagliare", "versa", "versare",
  ]
  static let portugueseActionWords = [
    "abra", "acrescente", "adicione", "clique", "coloque", "corte", "escolha", "misture", "selecione", "junte",
  ]
  static let dutchActionWords = [
    "doe", "klik", "kies", "meng", "neem", "open", "selecteer", "snijd", "voeg", "zet", "ga", "leg",
  ]
  static let polishActionWords = [
    "dodaj", "kliknij", "otwórz", "pokrój", "wybierz", "wymieszaj", "włóż", "wlej", "przejdź", "zrób",
  ]

  static let actionWords: Set<Substring> = Set(
    (englishActionWords + germanActionWords + frenchActionWords + spanishActionWords + italianActionWords
      + portugueseActionWords + dutchActionWords + polishActionWords).map { Substring($0) })

  /// The pronoun after a polite imperative, second word of the item: German "Öffnen Sie …".
  static let politeImperativeWords: Set<Substring> = ["sie"]

  /// The word before a step's number ("Step 3:", "Schritt 3", "Étape 3", "Paso 3", "Passo 3",
  /// "Stap 3", "Krok 3"), lower-cased.
  static let stepWords: Set<String> = [
    "step", "schritt", "étape", "etape", "paso", "passo", "stap", "krok", "lépés",
  ]

  private static func phrases(_ list: [String]) -> [[Substring]] {
    list.map { Text.words($0) }
  }

  /// Whether `text` holds one of `phrases` as consecutive whole words.
  static func mentions(_ text: String, _ phrases: [[Substring]]) -> Bool {
    let words = Text.words(text)
    guard !words.isEmpty else { return false }
    for phrase in phrases where !phrase.isEmpty && phrase.count <= words.count {
      for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
        if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
      }
    }
    return false
  }
}
