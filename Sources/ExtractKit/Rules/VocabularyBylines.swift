/// Byline words per language: what introduces the author's name inside a byline line, and
/// words a byline holds that are never a name.
enum VocabularyBylines {
  /// Words before the author's name anywhere in a byline line ("Posted on 8. März 2020 by
  /// Sunderberry", "Veröffentlicht am 9. März 2018 von quirlo", "… // Autor: n0va7 // …",
  /// "… | Video Text & Fotos: Milan Dostel" crediting text and photos to one person),
  /// lower-cased, each followed by a space or a colon. Longest first within a language.
  static let innerPrefixes: [String: [String]] = [
    "en": ["written by", "posted by", "by", "author:", "text:", "text & photos:", "words & photos:"],
    "de": [
      "text & fotos:", "text und fotos:", "verfasst von", "geschrieben von", "von", "autor:", "autorin:", "autoren:",
      "autoren", "text:", "redaktion:",
    ],
    "fr": ["rédigé par", "par", "auteur :", "auteur:", "auteure:", "texte :", "texte:"],
    "es": ["escrito por", "por", "autor:", "autora:"],
    // "di" inside a line only as `labelledInnerPrefixes` allows ("Articolo di Mario Rossi", not
    // "La storia di Roma").
    // "A cura di Mario Rossi": edited or compiled by, the credit an Italian article signs with;
    // only where `lineStartInnerPrefixes` allows.
    "it": ["a cura di", "scritto da", "autore:", "autrice:", "di"],
    "nl": ["geschreven door", "door", "auteur:"],
    "pt": ["escrito por", "por", "autor:", "autora:"],
    // "Autor: Anna", "Autorka: Anna".
    // WordPress's "Napisane przez Jan", "Dodane przez Jan" (the label makes "przez" a byline's).
    "pl": ["autor:", "autorka:", "napisane przez", "dodane przez"],
    // Czech "Autor: Jan Novák", "Autorka: Jana Nováková".
    "cs": ["autor:", "autorka:"],
    "sv": ["skriven av", "skrivet av", "författare:"],
    "no": ["skrevet av", "forfatter:"],
    "da": ["skrevet af", "forfatter:"],
    // "Автор: Иван".
    "ru": ["автор:"],
  ]
  /// All inner prefixes, longest first so "written by" is found before "by".
  static let innerPrefixList: [String] = Array(Set(innerPrefixes.values.flatMap { $0 })).sorted {
    $0.count != $1.count ? $0.count > $1.count : $0 < $1
  }

  /// One-word "by"s that are everyday prepositions too ("Ett av årets…", "Przez lata…", "Он стал
  /// автором…"), read only in WordPress's dated form: after a date or a publication label on the
  /// same line ("Publicerat 12 mars 2024 av Anna", "Udgivet … af Mette", "Opublikowano 12 marca
  /// 2024 przez Jan", "Запись опубликована 12 марта 2024 автором Иван") and before a capital.
  static let datedInnerPrefixes: [String: [String]] = [
    "pl": ["przez"], "sv": ["av"], "no": ["av"], "da": ["af"], "ru": ["автором"],
  ]
  static let datedInnerPrefixSet: Set<String> = Set(datedInnerPrefixes.values.flatMap { $0 })

  /// One-word "by"s that are also a preposition and a name particle in a language whose dates
  /// need no word before the name (Italian "da" and "di": "da Milano", "La storia di Roma",
  /// "Leonardo da Vinci"; Portuguese and Spanish "da"/"de" are "of" in every date, "12 de março
  /// de 2024", so they get none). Read on a page of any language (the set is flattened, like
  /// `innerPrefixes`), before a capital and only where `BylineExtractor.isLabelledByline` allows:
  /// after a publication label opening the line or its part ("Pubblicato da Mario Rossi",
  /// Blogger's "Postato da", "Articolo di Mario Rossi"), after such a label and a date's digits
  /// ("Pubblicato il 12 marzo 2024 da Mario Rossi"), right after a separator ("Cronaca | di Mario
  /// Rossi", "12 marzo 2024 - di Mario Rossi"), after a date alone ("12 marzo 2024 di Mario
  /// Rossi", a theme's date and byline spans in one line), or anywhere in byline markup after no
  /// capitalised word ("Data: 12 marzo 2024 di Mario Rossi" in `.byline`).
  static let labelledInnerPrefixes: [String: [String]] = ["it": ["da", "di"]]
  static let labelledInnerPrefixSet: Set<String> = Set(labelledInnerPrefixes.values.flatMap { $0 })
  /// Inner prefixes that credit the author only opening the line, after a separator or in byline
  /// markup (where `BylineExtractor.isLabelledByline` accepts Italian "di"): "A cura di Mario
  /// Rossi", "Cronaca · a cura di …"; inside a sentence they credit an exhibition's or a book's
  /// editor ("La mostra, a cura di Vittorio Sgarbi, apre …").
  static let lineStartInnerPrefixes: [String: [String]] = ["it": ["a cura di"]]
  static let lineStartInnerPrefixSet: Set<String> = Set(lineStartInnerPrefixes.values.flatMap { $0 })
  /// The `labelledInnerPrefixes` that after a date name a place as often as a person ("12 marzo
  /// 2024 da Milano", a dateline): a date alone makes them a byline's only in byline markup.
  static let placeInnerPrefixes: [String: [String]] = ["it": ["da"]]
  static let placeInnerPrefixSet: Set<String> = Set(placeInnerPrefixes.values.flatMap { $0 })
  /// The publication labels that make a `labelledInnerPrefixes` word a byline's, per language.
  static let publicationLabels: [String: [String]] = [
    "it": [
      "pubblicato", "pubblicata", "postato", "postata", "inserito", "inserita", "scritto", "scritta", "redatto",
      "creato", "inviato", "articolo", "testo", "post",
      // An update's label over its editor ("Aggiornato il 12 marzo 2024 da Mario Rossi").
      "aggiornato", "aggiornata",
    ]
  ]
  static let publicationLabelSet: Set<String> = Set(publicationLabels.values.flatMap { $0 })
  /// Words a date line holds beside its numbers, month and weekday names, per language: the time's
  /// "at" ("12 marzo 2024 alle 10:30 da …", "ore 10:30").
  static let dateLineWords: [String: [String]] = ["it": ["alle", "ore"]]
  static let dateLineWordSet: Set<String> = Set(dateLineWords.values.flatMap { $0 })
  /// Words naming a picture that a credit sets before its "by"-word ("Portrait by Jane Doe",
  /// "Foto von …", "Photo par …", "Foto di …"): that person made the picture, not the article
  /// (`BylineExtractor.isPictureCredit`). Lower-cased, per language.
  static let pictureCredits: [String: [String]] = [
    "en": [
      "photo", "photos", "photograph", "photographs", "photography", "portrait", "picture", "pictures", "image",
      "images", "illustration", "illustrations",
    ],
    "de": ["foto", "fotos", "bild", "bilder", "illustration", "illustrationen", "porträt"],
    "fr": ["photo", "photos", "photographie", "photographies", "image", "illustration", "illustrations", "portrait"],
    "es": ["foto", "fotos", "fotografía", "fotografías", "imagen", "ilustración", "ilustraciones", "retrato"],
    "it": ["foto", "fotografia", "fotografie", "immagine", "illustrazione", "illustrazioni", "ritratto"],
    "pt": ["foto", "fotos", "fotografia", "fotografias", "imagem", "ilustração", "ilustrações", "retrato"],
    "nl": ["foto", "foto's", "afbeelding", "illustratie", "illustraties", "portret"],
    "pl": ["zdjęcie", "zdjęcia", "fot", "ilustracja", "ilustracje"],
  ]
  static let pictureCreditSet: Set<String> = Set(pictureCredits.values.flatMap { $0 })

  /// Labels a plain meta line opens with before its date and "by"-word ("Posted on March 12, 2024
  /// by …", "Veröffentlicht am 12. März 2024 von …", "Publié le … par …", "Opublikowano … przez
  /// …"), lower-cased, per language: `BylineExtractor.isLabelledDate`. Not "released" ("Released
  /// March 2024 by Sony Music" names a label, not a writer).
  static let datedLineLabels: [String: [String]] = [
    "en": ["posted", "published", "first published", "written"],
    "de": ["veröffentlicht", "gepostet", "geschrieben", "erstellt", "eingestellt", "verfasst", "publiziert"],
    "fr": ["publié", "posté", "écrit", "rédigé", "mis en ligne"],
    "es": ["publicado", "escrito", "redactado"],
    "it": ["pubblicato", "pubblicata", "scritto", "scritta", "postato", "inserito"],
    "pt": ["publicado", "postado", "escrito"],
    "nl": ["gepubliceerd", "geplaatst", "geschreven"],
    "pl": ["opublikowano", "dodano", "napisano"],
  ]
  /// All dated-line labels, longest first ("first published" before "published").
  static let datedLineLabelList: [String] = Array(Set(datedLineLabels.values.flatMap { $0 })).sorted {
    $0.count != $1.count ? $0.count > $1.count : $0 < $1
  }

  /// Labels that credit someone with another part of the article than its text, lower-cased, per
  /// language: a translation ("Übersetzung: Jane Doe", "Traduction : …", "Translated by …"); with
  /// `pictureCredits` they open a meta line that names no author ("Foto: Jane Doe") and end a
  /// name ("Von Lena Vogel Übersetzung Jane Doe").
  static let otherRoleCredits: [String: [String]] = [
    "en": ["translation", "translated", "translator"],
    "de": ["übersetzung", "übersetzt", "übersetzer", "übersetzerin"],
    "fr": ["traduction", "traduit", "traducteur", "traductrice"],
    "es": ["traducción", "traducido", "traductor", "traductora"],
    "it": ["traduzione", "tradotto", "traduttore", "traduttrice"],
    "pt": ["tradução", "traduzido", "tradutor", "tradutora"],
    "nl": ["vertaling", "vertaald", "vertaler"],
    "pl": ["tłumaczenie", "przekład", "tłumacz", "tłumaczka"],
  ]
  static let otherRoleCreditSet: Set<String> = translationCreditSet.union(pictureCreditSet)
  /// Participles of a review credit before the "by"-word, lower-cased, per language: a health or
  /// finance site names its checker beside the writer, often first ("Medically reviewed by B —
  /// Written by A", "Fachlich geprüft von B", "Revisado por B"); the checker did not write it.
  static let reviewCredits: [String: [String]] = [
    "en": ["reviewed", "fact-checked", "checked", "verified"],
    "de": ["geprüft", "überprüft", "faktengeprüft"],
    "fr": ["relu", "relue", "vérifié", "vérifiée", "validé", "validée"],
    "es": ["revisado", "revisada", "verificado", "verificada"],
    "it": ["revisionato", "revisionata", "verificato", "verificata"],
    // Not "revista": also the noun "magazine" ("Por Anna Berger, revista Exame").
    "pt": ["revisado", "revisada", "revisto", "verificado", "verificada"],
    "nl": ["gecontroleerd", "beoordeeld", "nagekeken"],
    "pl": ["sprawdzone", "zweryfikowane", "zrecenzowane"],
  ]
  static let reviewCreditSet: Set<String> = Set(reviewCredits.values.flatMap { $0 })
  /// Conjunctions that join two credits of one person ("Written and reviewed by Jane Roe",
  /// "Geschrieben und geprüft von …", "Rédigé et vérifié par …", "Escrito y revisado por …"),
  /// lower-cased, per language: a review or translation participle after one shares the
  /// writer's "by"-word, which then names the author.
  static let creditConjunctions: [String: [String]] = [
    "en": ["and", "&"],
    "de": ["und", "&"],
    "fr": ["et", "&"],
    "es": ["y", "e", "&"],
    "it": ["e", "ed", "&"],
    "pt": ["e", "&"],
    "nl": ["en", "&"],
    "pl": ["i", "oraz", "&"],
  ]
  static let creditConjunctionSet: Set<String> = Set(creditConjunctions.values.flatMap { $0 })
  /// The translation credits alone: a meta line they open names no author ("Übersetzung: Jane
  /// Doe", "Translated by Jane Doe"). A picture label is not enough ("Bild: Jane Doe" in a post's
  /// meta line is as often its author's own credit).
  static let translationCreditSet: Set<String> = Set(otherRoleCredits.values.flatMap { $0 })

  /// Words a theme's date sets around its numbers before the "by"-word of a meta line ("On
  /// 6/13/2018 by …", "am 20.09.2020 um 15:49 Uhr von …", "le 3 mai 2019 à 10h par …", "14 de junio
  /// de 2019 por …"), lower-cased, per language: `BylineExtractor.isDateOnly`.
  static let datePrepositions: [String: [String]] = [
    "en": ["on", "at", "am", "pm"],
    "de": ["am", "um", "uhr"],
    "fr": ["le", "à", "h"],
    "es": ["el", "de", "a", "las"],
    "it": ["il", "alle", "ore"],
    "pt": ["em", "de", "às"],
    "nl": ["op", "om", "uur"],
    "pl": ["dnia", "o", "godz"],
  ]
  static let datePrepositionSet: Set<String> = Set(datePrepositions.values.flatMap { $0 })

  /// Words that byline markup wraps on their own and that read as a capitalised name but are
  /// labels: "Von" in `<span class="author-by">Von</span>`, "Post author", "Datum",
  /// "Veröffentlicht", weekdays before a date ("Donnerstag, 4. November").
  static let labelWords: Set<String> = Set<String>([
    "by", "von", "par", "por", "door", "post", "posted", "author", "autor", "autorin", "auteur", "autore",
    "datum", "date", "veröffentlicht", "published", "publié", "publicado", "pubblicato", "gepubliceerd",
    "rebloggt", "reblogged", "actualizado", "updated", "aktualisiert", "mehr", "more", "text", "redaktion:",
    // The same labels in Polish, Czech, Swedish, Danish, Norwegian and Russian ("Opublikowano",
    // "Publikováno", "Publicerat", "Udgivet", "Publisert", "Опубликовано").
    "opublikowano", "autorka", "publikováno", "publicerat", "publicerad", "udgivet", "publiceret", "publisert",
    "опубликовано", "автор",
    // Italian update labels ("Aggiornato il 12 marzo 2024"), never a name.
    "aggiornato", "aggiornata",
  ]).union(weekdays)

  /// Weekdays, lower-cased, in the languages whose bylines set one before a date ("Donnerstag,
  /// 4. November"), never a name. Not Italian or Dutch: "Domenica" is also a first name.
  static let weekdays: Set<String> = Set(
    ["de", "en", "fr", "es"].flatMap { VocabularyDates.weekdays[$0] ?? [] })

  /// Words after the name that end it: the date's or category's introduction ("… von X in
  /// Rubrik: …", "Eingestellt von X um 21:11", "by X at 10:52", "par X le 3 mai", Italian "Pubblicato
  /// da X alle 10:30").
  static let stopWords: Set<String> = [
    "on", "updated", "published", "am", "um", "at", "le", "el", "il", "op", "in", "im", "dans", "alle",
    // Portuguese "Publicado por Rita Carvalho em 12 de março", Polish "… przez Jan Nowak dnia 12.03.2024".
    "em", "dnia",
  ]

  /// Words before "von" in a German byline that are labels, not a given name ("Gespeichert von
  /// gartenfee", "Beitrag von r23"); before any other capitalised word "von" is a name particle
  /// ("Konrad von Ebersheim").
  static let germanVonLabels: Set<String> = Set<String>([
    "eingestellt", "gespeichert", "veröffentlicht", "geschrieben", "verfasst", "beitrag", "erstellt", "gepostet",
    "artikel", "bericht", "foto", "fotos", "text", "kommentar", "video", "interview", "podcast",
  ]).union(germanNamesOnlyVonLabels)
  /// Labels before a `particlePrefixes` word that make it a byline's, not a surname's particle,
  /// lower-cased, per language: German "Geschrieben von …" (`germanVonLabels`), Dutch WordPress
  /// meta lines "Geplaatst door Bram de Jong op …", "Gepost door …", "Ingezonden door …".
  static let particlePrefixLabels: [String: [String]] = [
    "de": Array(germanVonLabels),
    "nl": ["geplaatst", "gepost", "gepubliceerd", "geschreven", "ingezonden", "artikel", "tekst", "bijdrage"],
  ]
  static let particlePrefixLabelSet: Set<String> = Set(particlePrefixLabels.values.flatMap { $0 })

  /// A CMS's labelled meta line ("Hinzugefügt von: Jane Doe", "Publiziert von Jane Doe") and a news
  /// site's genre over its writer ("Ein Gastbeitrag von Anna Berger", "Eine Analyse von …"), whose
  /// words open ordinary sentences too ("Eingereicht von der Fraktion …", "Eine Analyse von
  /// Greenpeace kommt zu …", "Die Kolumne von Anna Berger erschien …"): a "von" after them is a
  /// byline's only when names alone follow (`BylineExtractor.isNamesOnlyTail`).
  static let germanNamesOnlyVonLabels: Set<String> = [
    "hinzugefügt", "publiziert", "eingesandt", "eingereicht",
    "gastbeitrag", "gastkommentar", "analyse", "kolumne", "reportage", "essay",
  ]
  /// Articles a blogger's nickname is signed with ("Eingestellt von der Zaunkönig"), lower-cased,
  /// per language: the name is the word after it.
  static let nicknameArticlesByLanguage: [String: [String]] = ["de": ["der", "die", "das"]]
  static let nicknameArticles: Set<String> = Set(nicknameArticlesByLanguage.values.flatMap { $0 })

  /// Name particles of surnames, lower-cased, per language: written in capitals ("Aurélie LE
  /// GALL", "Karim EL HADDAD", "Jan OP DE BEECK") they are part of the name, not a capitalised
  /// `stopWords` label ending it.
  static let nameParticles: [String: [String]] = [
    "de": ["von", "vom", "zu", "der"],
    "fr": ["le", "la", "de", "du", "des"],
    "es": ["el", "la", "de", "del", "los", "las"],
    "it": ["di", "da", "del", "della", "lo", "la", "il"],
    "pt": ["da", "de", "do", "dos", "das"],
    "nl": ["van", "de", "den", "der", "op", "ten", "ter", "te"],
    "ar": ["el", "al", "bin", "ibn"],
  ]
  static let nameParticleSet: Set<String> = Set(nameParticles.values.flatMap { $0 })

  /// Roles a byline writes beside the name, lower-cased, per language: after a comma ("Par Jeanne
  /// Dupont, journaliste", "Por Ana Gil, periodista") they are no second author; before the name
  /// ("Von Redakteurin Lena Vogel", "Par la journaliste …") they are not part of it. English roles
  /// are `Patterns.roleWords`.
  static let roles: [String: [String]] = [
    "de": [
      "redakteurin", "journalist", "journalistin", "reporterin", "korrespondent", "korrespondentin", "kolumnist",
      "kolumnistin", "chefredakteur", "chefredakteurin", "fotograf", "fotografin", "gastautor", "gastautorin",
    ],
    "fr": [
      "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur", "chroniqueuse",
      "envoyé", "envoyée", "photographe", "reporter", "reportrice",
    ],
    "es": [
      "periodista", "redactor", "redactora", "corresponsal", "columnista", "colaborador", "colaboradora", "enviado",
      "enviada", "fotógrafo", "fotógrafa", "reportero", "reportera", "cronista",
    ],
    "it": [
      "giornalista", "redattore", "redattrice", "corrispondente", "inviato", "inviata", "editorialista",
      "collaboratore", "collaboratrice", "fotografo", "fotografa", "cronista",
    ],
    "pt": [
      "jornalista", "repórter", "redator", "redatora", "correspondente", "colunista", "colaborador", "colaboradora",
      "cronista",
    ],
    "nl": ["redacteur", "redactrice", "verslaggever", "verslaggeefster", "columnist", "fotograaf"],
    "pl": [
      "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "korespondent", "korespondentka", "felietonista",
      "felietonistka", "reporterka", "publicysta", "publicystka", "fotoreporter", "fotoreporterka",
    ],
  ]
  static let roleSet: Set<String> = Set(roles.values.flatMap { $0 })

  /// Inner prefixes that are also name particles ("Konrad von Ebersheim", "Leonardo di Caprio").
  static let particlePrefixes: Set<String> = ["von", "di", "door"]

  /// A user handle written after an explicit "by"/"von"/"Autor:" ("quirlo", "n0va7",
  /// "meadow1987") is at most this long.
  static let maximumHandleChars = 40

  /// Yoast writes the author into its Twitter card as `twitter:label1` "Written by" and
  /// `twitter:data1` the name; the label follows the site's language.
  static let twitterAuthorLabels: Set<String> = [
    "written by", "verfasst von", "geschrieben von", "écrit par", "rédigé par", "escrito por", "scritto da",
    "geschreven door", "door", "napisane przez", "autor", "auteur", "autore", "skriven av", "skrevet af",
    "skrevet av", "автор",
  ]
  /// How many `twitter:labelN`/`twitter:dataN` pairs a card carries (Yoast writes two).
  static let twitterLabelSlots = 4

  /// Words after a name that end it even when capitalised: a date's label ("Von Sportwelt
  /// Publiziert 05/03/2021") or another role's ("Written by A Edited by B", "Text von A
  /// Illustration von B").
  static let endingWords: Set<String> = Set<String>([
    "published", "updated", "edited", "illustration", "illustrations", "illustrationen", "fotos", "foto", "photos",
    "photographs", "publiziert",
    "veröffentlicht", "aktualisiert", "publié", "publicado",
    "pubblicato", "gepubliceerd", "opublikowano", "publikováno", "publicerat", "udgivet", "publisert", "опубликовано",
  ]).union(otherRoleCredits.values.flatMap { $0 }).union(reviewCreditSet)
  /// Words that make an author string a staff or desk account, no one's name ("Redaktion",
  /// "Our Foreign Staff", "PETA-Team", "La rédaction"), lower-cased, per language; matched as
  /// whole words or hyphenated parts. labels.md: "`[]` for a staff account".
  static let staffWords: [String: [String]] = [
    "en": ["staff", "team", "newsroom", "desk", "editors"],
    "de": ["redaktion", "onlineredaktion", "team"],
    "fr": ["rédaction", "redaction", "équipe"],
    "es": ["redacción", "redaccion", "equipo"],
    "it": ["redazione"],
    "nl": ["redactie"],
    "pt": ["redação", "redacao", "equipe"],
    "pl": ["redakcja", "zespół"],
  ]
  static let staffWordSet: Set<String> = Set(staffWords.values.flatMap { $0 })

  /// Words that make an author string an organisation, no one's name: legal forms ("GmbH",
  /// "e.V.", "Inc."), institutions ("Foundation", "Ministerium", "Amt") and a newsroom's name
  /// ("Example News", "Beispiel Online", "Red." for the desk), lower-cased, per language;
  /// matched as whole words. labels.md: an organisation alone gives `[]`.
  static let organizationWords: [String: [String]] = [
    "en": [
      "inc.", "inc", "ltd", "ltd.", "llc", "plc", "corp.", "foundation", "ministry", "department", "institute",
      "university", "association", "news", "online",
    ],
    "de": [
      "gmbh", "ggmbh", "ag", "kg", "e.v.", "e.v", "ministerium", "amt", "verband", "stiftung", "institut",
      "verein", "verlag", "zeitung", "nachrichten", "magazin", "online", "red.",
    ],
    "fr": ["sarl", "fondation", "ministère", "institut", "association", "rédac."],
    "es": ["s.a.", "s.l.", "fundación", "ministerio", "instituto", "asociación", "noticias"],
    "it": ["s.p.a.", "s.r.l.", "fondazione", "ministero", "istituto", "associazione", "notizie"],
    "nl": ["b.v.", "n.v.", "stichting", "ministerie", "vereniging", "nieuws"],
    "pl": ["sp.", "fundacja", "ministerstwo", "instytut", "stowarzyszenie"],
  ]
  static let organizationWordSet: Set<String> = Set(organizationWords.values.flatMap { $0 })

  /// Countries an organisation's imprint in `<meta name=author>` ends with ("Example GmbH,
  /// Neustadt, Germany"), or people name as where they write from, lower-cased, per language:
  /// an address, never a person's name.
  static let imprintCountries: [String: [String]] = [
    "en": [
      "germany", "austria", "switzerland", "france", "italy", "spain", "netherlands", "poland", "usa", "u.s.a.",
      "united states", "uk", "united kingdom", "canada", "australia",
    ],
    "de": ["deutschland", "österreich", "schweiz", "frankreich", "italien", "spanien", "niederlande", "polen"],
    "fr": ["allemagne", "autriche", "suisse", "italie", "espagne", "pays-bas", "pologne", "belgique"],
    "es": ["alemania", "españa", "francia", "italia", "méxico", "argentina", "estados unidos"],
    "it": ["germania", "svizzera", "francia", "italia", "spagna"],
    "nl": ["duitsland", "nederland", "belgië", "frankrijk"],
    "pt": ["alemanha", "brasil", "portugal", "espanha", "frança"],
    "pl": ["niemcy", "polska", "szwajcaria"],
  ]
  static let imprintCountrySet: Set<String> = Set(imprintCountries.values.flatMap { $0 })

  /// Endings of compounds that name an institution ("Bundesministerium", "Landesverband"),
  /// lower-cased, per language.
  static let organizationCompoundEndings: [String] = [
    // de
    "ministerium", "verband", "stiftung",
  ]

  /// Generic top-level domains a site's address signed as the author ends in ("example.online");
  /// a dotted user name ("jane.doe") ends in none of them.
  static let genericTopLevelDomains: Set<String> = [
    "com", "org", "net", "info", "biz", "online", "news", "blog", "site", "media", "eu", "io", "tv",
  ]

  /// Titles written before a name ("Dr. Sebastian Drüssemann", "Prof. Dr. Anna Roth"): kept as
  /// the person's credentials, not part of the name; lower-cased, with and without their dot.
  static let honorificsByLanguage: [String: [String]] = [
    "en": ["dr.", "dr", "prof.", "prof"],
    "de": ["dr.", "dr", "prof.", "prof", "dipl.-ing.", "mag.", "ing."],
    "fr": ["dr", "dr.", "pr", "pr."],
    "es": ["dr.", "dra.", "prof.", "profa."],
    "it": ["dott.", "dott.ssa", "prof.", "prof.ssa", "ing.", "avv."],
    "pt": ["dr.", "dra.", "prof.", "profa."],
    "nl": ["dr.", "prof.", "drs.", "ir."],
    "pl": ["dr", "dr.", "prof.", "mgr", "inż.", "lek."],
  ]
  static let honorifics: Set<String> = Set(honorificsByLanguage.values.flatMap { $0 })
  /// A German doctorate's field after its title ("Dr. med. Stefan Hartmann", "Dr. rer. nat. …",
  /// "Prof. Dr. med. habil. …"), lower-cased: part of the title, not of the name.
  static let honorificQualifiers: Set<String> = [
    "med.", "rer.", "nat.", "phil.", "jur.", "vet.", "dent.", "habil.", "h.c.", "pol.", "oec.", "techn.",
  ]

  /// Words opening a parenthesis of co-authors after the byline's name ("Par Jeanne Dupont (avec
  /// Paul Martin et Claire Roux)"), lower-cased, per language.
  static let coauthorOpeners: [String: [String]] = [
    "en": ["with"], "de": ["mit"], "fr": ["avec"], "es": ["con"], "it": ["con"], "pt": ["com"], "nl": ["met"],
    "pl": ["z", "ze"],
  ]
  static let coauthorOpenerSet: Set<String> = Set(coauthorOpeners.values.flatMap { $0 })

  /// Author strings CMSs write where no one is named ("No Author" in `<meta name=author>`).
  static let placeholderAuthors: Set<String> = ["no author", "unknown author"]

  /// The last part of a hyphenated role written before the name ("RATGEBER-Online-Experte Falk
  /// Ostermeyer", "STADTBOTE-Korrespondentin Anna Roth"), lower-cased, per language.
  static let roleCompounds: Set<String> = [
    // de
    "experte", "expertin", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "kolumnist",
    "kolumnistin", "reporter", "reporterin", "autor", "autorin", "chefredakteur", "chefredakteurin",
    // en
    "editor", "correspondent", "columnist", "writer", "expert",
  ]

  /// Labels that open a paragraph naming the article's author, wherever it stands ("Text:
  /// Hartwig Wendtler" under the article, "Autoren Ortwin Pfolte und Jutta Merzbach"),
  /// lower-cased; each followed by a space or a colon. Unlike a bare "by", never a caption's.
  static let lineLabels: [String: [String]] = [
    "en": ["posted by", "written by", "by:", "author:", "authors:", "text:", "words:"],
    "de": [
      "text:", "text von", "von:", "autor:", "autorin:", "autoren", "autoren:", "verfasst von", "geschrieben von",
      "gespeichert von", "eingestellt von", "erstellt von", "gepostet von",
    ],
    "fr": ["par :", "par:", "auteur :", "auteur:", "auteurs :", "texte :", "texte:", "rédigé par"],
    "es": ["por:", "autor:", "autora:", "texto:", "escrito por"],
    "it": ["di:", "autore:", "testo:", "scritto da"],
    "nl": ["door:", "auteur:", "tekst:", "geschreven door"],
    "pt": ["por:", "autor:", "texto:", "escrito por"],
    "pl": ["autor:", "autorka:", "tekst:"],
    "cs": ["autor:", "autorka:", "text:"],
    "sv": ["text:", "skriven av", "författare:"],
    "da": ["tekst:", "skrevet af", "forfatter:"],
    "no": ["tekst:", "skrevet av", "forfatter:"],
    // Not Russian "Автор:": a label opening with a non-ASCII letter takes every line opening with
    // one off `LineLabelTable`'s byte test; "Автор:" is an inner prefix, found near the title.
  ]
  /// All line labels, longest first so "autoren:" is tried before "autoren".
  static let lineLabelList: [String] = Array(Set(lineLabels.values.flatMap { $0 })).sorted {
    $0.count != $1.count ? $0.count > $1.count : $0 < $1
  }

  /// A bare "by" word opening an emphasised signature paragraph ("<p><i>von Daniela Umlen</i></p>"
  /// atop a page without an `h1`), lower-cased with its space, per language.
  static let signaturePrefixes: [String: [String]] = [
    "en": ["by "], "de": ["von "], "fr": ["par "], "es": ["por "], "it": ["di "], "nl": ["door "], "pt": ["por "],
    // Not Swedish/Norwegian "av ", Danish "af ": "Af og til…" and Dutch "Af en toe…" open sentences.
  ]
  static let signaturePrefixList: [String] = Array(Set(signaturePrefixes.values.flatMap { $0 })).sorted()

  /// Path segments of category and tag archives, per language: a byline-classed meta line whose
  /// links all lead there ("WissensTicker" → `/kategorie/wissen/` beside the date) names no one.
  static let taxonomyPaths: [String: [String]] = [
    "en": ["/category/", "/categories/", "/tag/", "/tags/"],
    "de": ["/kategorie/", "/rubrik/", "/schlagwort/"],
    "fr": ["/categorie/", "/rubrique/"],
    "es": ["/categoria/", "/etiqueta/"],
  ]
  static let taxonomyPathList: [String] = Array(Set(taxonomyPaths.values.flatMap { $0 })).sorted()

  /// Openings of a closing note about the article's author that names them only as "the author"
  /// ("<em>Der Autor ist Professor an …</em>" after an op-ed), lower-cased with the verb, per language.
  static let authorNoteOpeners: [String: [String]] = [
    "en": ["the author is ", "the author was ", "the writer is "],
    "de": [
      "der autor ist ", "die autorin ist ", "der autor war ", "die autorin war ", "unser autor ", "unsere autorin ",
    ],
    "fr": ["l'auteur est ", "l'autrice est ", "l'auteure est "],
    "es": ["el autor es ", "la autora es "],
    "it": ["l'autore è ", "l'autrice è "],
    "nl": ["de auteur is "],
    "pt": ["o autor é ", "a autora é "],
    "pl": ["autor jest ", "autorka jest "],
  ]
  static let authorNoteOpenerList: [String] = Array(Set(authorNoteOpeners.values.flatMap { $0 })).sorted()

  /// The verb after a person's name in a closing note that says who they are ("Dana Whitlock is
  /// the Founder …", "Jana Roth ist Redakteurin …"), per language.
  static let noteVerbs: [String: [String]] = [
    "en": ["is", "was", "has", "works", "writes", "teaches", "lives"],
    "de": ["ist", "war", "lebt", "arbeitet", "schreibt", "lehrt"],
    "fr": ["est", "était", "vit", "travaille", "enseigne"],
    "es": ["es", "fue", "vive", "trabaja", "escribe"],
    "it": ["è", "era", "vive", "lavora", "scrive", "insegna"],
    "nl": ["is", "was", "woont", "werkt", "schrijft"],
    "pt": ["é", "foi", "vive", "trabalha", "escreve"],
    "pl": ["jest", "był", "była", "pracuje", "pisze"],
    "cs": ["je", "byl", "byla", "pracuje", "píše", "žije"],
    "sv": ["är", "var", "arbetar", "skriver", "bor"],
    "da": ["er", "var", "arbejder", "skriver", "bor"],
    "no": ["er", "var", "jobber", "arbeider", "skriver", "bor"],
    "ru": ["является", "работает", "пишет", "живёт", "живет"],
  ]
  /// Articles and determiners that open a noun phrase, per language: capitalised words after one
  /// are a subject ("The Conversation is …", "Die Ausstellung ist …"), not a person's name.
  static let determiners: [String: [String]] = [
    "en": ["the", "this", "that", "these", "those", "our", "my", "a", "an"],
    "de": ["der", "die", "das", "ein", "eine", "dieser", "diese", "dieses", "unser", "unsere"],
    "fr": ["le", "la", "les", "l'", "un", "une", "ce", "cette", "notre"],
    "es": ["el", "la", "los", "las", "un", "una", "este", "esta", "nuestro", "nuestra"],
    "it": ["il", "lo", "la", "gli", "le", "un", "una", "questo", "questa"],
    "pt": ["o", "a", "os", "as", "um", "uma", "este", "esta"],
    "nl": ["de", "het", "een", "deze", "dit", "ons", "onze"],
  ]
  static let determinerSet: Set<String> = Set(determiners.values.flatMap { $0 })

  static let noteVerbSet: Set<String> = Set(noteVerbs.values.flatMap { $0 })

  /// Folders of author profile pages, per language: a link into one names its author (WordPress
  /// `/author/`, news `/people/`, Medium `/@name`, Squarespace `?author=`, a German site's `/autor/`).
  static let profileFolders: [String: [String]] = [
    "en": ["/author/", "/authors/", "/people/", "/profile/", "/@", "?author=", "/staff/"],
    // The feminine forms too: a site files its women writers under `/autorin/`, `/autora/`.
    "de": ["/autor/", "/autoren/", "/autorin/", "/autorinnen/"],
    "fr": ["/auteur/", "/auteurs/", "/auteure/", "/autrice/"],
    "es": ["/autor/", "/autores/", "/autora/", "/autoras/"],
    "pt": ["/autor/", "/autores/", "/autora/", "/autoras/"],
    "it": ["/autore/", "/autori/", "/autrice/"],
    "nl": ["/auteur/", "/auteurs/"],
    "pl": ["/autor/", "/autorzy/", "/autorka/"],
  ]
  static let profileFolderList: [String] = Array(Set(profileFolders.values.flatMap { $0 })).sorted()

  /// Labels set in an element of their own before the author's name (`<dt>Auteur</dt><dd>…</dd>`
  /// in a fact list under the title), lower-cased without a colon, per language.
  static let fieldLabels: [String: [String]] = [
    "en": ["author", "authors"],
    "de": ["autor", "autorin", "autoren"],
    "fr": ["auteur", "auteure", "auteurs"],
    "es": ["autor", "autora", "autores"],
    "it": ["autore", "autrice", "autori"],
    "nl": ["auteur", "auteurs"],
    "pl": ["autor", "autorka", "autorzy"],
    "cs": ["autor", "autorka", "autoři"],
    // Not Swedish "Författare", Danish "Forfatter" or Russian "Автор": every label shares the
    // bytes "au" (`BylineExtractor.fieldLabelStem`), the test that spares most elements a String.
  ]
  static let fieldLabelSet: Set<String> = Set(fieldLabels.values.flatMap { $0 })

  /// Marks and words a `<meta name=copyright>` sets around the holder's name ("© 2024 Jane Doe",
  /// "Copyright Beispiel GmbH"), lower-cased, per language: `BylineExtractor.copyrightHolder`.
  static let copyrightMarks: [String: [String]] = [
    "en": ["©", "(c)", "copyright", "by", "all rights reserved"],
    "de": ["urheberrecht", "alle rechte vorbehalten"],
    "fr": ["droits d'auteur", "tous droits réservés"],
    "es": ["derechos de autor", "todos los derechos reservados"],
    "it": ["diritti d'autore", "tutti i diritti riservati"],
    "pt": ["direitos autorais", "todos os direitos reservados"],
    "nl": ["auteursrecht", "alle rechten voorbehouden"],
    "pl": ["prawa autorskie", "wszelkie prawa zastrzeżone"],
  ]
  /// The marks, longest first, so a phrase is taken off before a word inside it.
  static let copyrightMarkList: [String] = Array(Set(copyrightMarks.values.flatMap { $0 })).sorted {
    $0.count != $1.count ? $0.count > $1.count : $0 < $1
  }

  /// Labels that open a post's tag or category line, lower-cased: "Schlagwörter Monster, winter"
  /// in byline-classed post meta is no byline.
  static let taxonomyLabels: [String] = [
    "tags", "tagged", "schlagwörter", "schlagworte", "kategorie", "kategorien", "category", "categories",
    "filed under", "abgelegt unter", "catégories", "catégorie", "étiquettes", "etiquetas", "categorías", "categoria",
    "tag:", "trefwoorden", "tagi", "kategorie:",
  ]

  /// The English article that opens an outlet's name credited after the writers of a syndicated
  /// story ("By Jane Roe, The New York Times", "Tom Berg, The Guardian"), lower-cased: no person's
  /// name opens with it, wherever it stands.
  static let outletArticles: Set<String> = ["the"]
  /// The other languages' articles that open an outlet's name ("Von Anja Roth, Der Spiegel", "Por
  /// Diego Navarro, El País", "Par Julien Moreau, Le Monde", "Por Ana Costa, O Globo"), lower-cased,
  /// per language. They also open surnames and given names ("La Toya Jackson", "Le Thi Hoa", "De
  /// Vries", "La Rosa Giulia"), so only the page's own language's are read, and only for the byline's
  /// last name set off by a comma (`BylineExtractor.isCommaCreditedOutlet`). Not Italian "Lo" or
  /// Portuguese "A": they open given names ("Lo Wei", a one-letter initial).
  static let outletArticlesByLanguage: [String: Set<String>] = [
    "de": ["der", "die", "das"], "fr": ["le", "la", "les"], "es": ["el", "la", "los", "las"], "it": ["il", "la"],
    "pt": ["o", "os"], "nl": ["de", "het"],
  ]
  /// `outletArticlesByLanguage` of a page in `language` ("fr-FR" → "le", "la", "les"); none when the
  /// page declares no language.
  static func localOutletArticles(language: String?) -> Set<String> {
    guard let code = language?.lowercased().split(separator: "-").first.map(String.init) else { return [] }
    return outletArticlesByLanguage[code] ?? []
  }

  /// News agencies, lower-cased: a byline or credit naming only an agency ("AFP 30 avril 2015",
  /// "Reuters Updated: January 16, 2020") is a wire copy without a person, `[]` as for a staff
  /// account. Global, not per language: agencies sign the same way in every language.
  static let newsAgencies: Set<String> = [
    "afp", "agence france-presse", "ap", "associated press", "the associated press", "reuters", "dpa", "apa", "sda",
    "kna", "epd", "ansa", "efe", "pap", "jiji", "jiji press", "kyodo", "xinhua", "belga", "anp", "lusa", "tass",
  ]
  /// The most words a `newsAgencies` entry holds ("the associated press"), for matching the longest.
  static let newsAgencyMaximumWords = newsAgencies.map { $0.split(separator: " ").count }.max() ?? 1
}
