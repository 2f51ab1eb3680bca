/// Words of comment counts and comment-section titles, one table per language.
enum VocabularyComments {
  /// "0 Comments", "5 thoughts on “…”", "One reply", "459 Reviews" (a recipe's review count).
  static let english: Set<String> = [
    "comment", "comments", "responses", "replies", "thought", "thoughts", "reply", "response", "reviews",
  ]
  /// "2 Kommentare", "3 Gedanken zu “…”", "91 Ergänzungen" (a blog's name for its comments), "Antworten";
  /// WordPress's singular titles "Ein Gedanke zu „…“", "Eine Antwort auf „…“".
  static let german: Set<String> = [
    "kommentar", "kommentare", "gedanken", "ergänzungen", "antworten", "gedanke", "antwort",
  ]
  /// "61 commentaires", "Vos réactions (11)", "3 réponses"; WordPress's "2 réflexions sur « … »",
  /// "Une réponse à « … »", "1 réaction".
  static let french: Set<String> = [
    "commentaire", "commentaires", "réactions", "réponses", "réaction", "réponse", "réflexion", "réflexions",
  ]
  /// "1 comentario", "12 comentarios", "respuestas", WordPress's "Una respuesta a «…»".
  static let spanish: Set<String> = ["comentario", "comentarios", "respuestas", "respuesta"]
  /// "4 commenti", "risposte", WordPress's "Una risposta a “…”", "3 pensieri su “…”".
  static let italian: Set<String> = ["commento", "commenti", "risposte", "risposta", "pensiero", "pensieri"]
  /// "3 comentários", WordPress's "Uma resposta para “…”".
  static let portuguese: Set<String> = ["comentário", "comentários", "resposta", "respostas"]
  /// "7 reacties", WordPress's "Eén reactie op “…”", "3 gedachten over “…”".
  static let dutch: Set<String> = ["reactie", "reacties", "gedachte", "gedachten"]
  /// Nouns that count comments only in a title ending in a colon: Blogger's Dutch "4 opmerkingen:",
  /// "1 opmerking:", "Geen opmerkingen:" (its post-footer link and the title over the thread).
  /// Elsewhere "opmerkingen" are remarks ("3 opmerkingen over het beleid").
  static let colonTitleWords: Set<String> = ["opmerking", "opmerkingen"]
  /// "Komentarze", "93 komentarzy", "1 komentarz", WordPress's "3 odpowiedzi na „…”".
  static let polish: Set<String> = ["komentarz", "komentarze", "komentarzy", "odpowiedź", "odpowiedzi"]
  /// Swedish, Danish and Norwegian "3 kommentarer" ("kommentar" is the German singular's spelling).
  static let scandinavian: Set<String> = ["kommentarer"]
  /// Czech "3 komentáře", "12 komentářů", "1 komentář".
  static let czech: Set<String> = ["komentář", "komentáře", "komentářů"]
  /// Russian "1 комментарий", "3 комментария", "5 комментариев", "Комментарии (3)": the noun's
  /// case follows the number.
  static let russian: Set<String> = ["комментарий", "комментария", "комментариев", "комментарии"]
  /// Russian "Обсуждение (12)" (discussion): a comment-section title only with the count after
  /// it (`countAfterOnly`).
  static let russianDiscussion: Set<String> = ["обсуждение", "обсуждения"]
  /// "Diskussion (12)", "Discussion (12)", "Discusión (12)", "Dyskusja (12)": a news site's title
  /// over its comments, per language; a comment-section title only with the count after it
  /// (`countAfterOnly`), like Russian "Обсуждение (12)".
  static let discussion: [String: [String]] = [
    "en": ["discussion"], "de": ["diskussion"], "fr": ["discussion"], "es": ["discusión"], "it": ["discussione"],
    "pt": ["discussão"], "nl": ["discussie"], "pl": ["dyskusja"],
  ]
  static let discussionSet: Set<String> = Set(discussion.values.flatMap { $0 })
  /// Title words a number before does not count: it numbers the section ("4. Обсуждение", "5.
  /// Discussion", the discussion of a paper); only "Обсуждение (12)" counts comments.
  static let countAfterOnly: Set<String> = russianDiscussion.union(discussionSet)

  /// Words that write a zero count before the comment noun, per language: "No comments",
  /// "Keine Kommentare", "Aucun commentaire", "Sin comentarios", "Nessun commento", "Nenhum
  /// comentário", "Sem comentários", "Geen reacties", "Brak komentarzy", "Ingen kommentarer" (Swedish,
  /// Danish and Norwegian alike), Czech "Žádné komentáře", Russian "Нет комментариев".
  /// Not a number word for one in the Romance languages: "un"/"um" is the article of a prompt
  /// ("Laisser un commentaire", "Deixe um comentário").
  static let zeroWords: [String: [String]] = [
    "en": ["no"], "de": ["keine", "kein"], "fr": ["aucun", "aucune"], "es": ["sin", "ningún"], "it": ["nessun"],
    "pt": ["nenhum", "sem"], "nl": ["geen"], "pl": ["brak"], "sv": ["ingen", "inga"], "cs": ["žádné", "žádný"],
    "ru": ["нет"],
  ]
  /// Negations one word before a zero count's verb: "No hay comentarios", "Pas de commentaires",
  /// "Ainda não há comentários" (the noun two words after the negation).
  static let negations: [String: [String]] = ["es": ["no"], "fr": ["pas"], "pt": ["não"], "it": ["non"]]
  /// Words for one that open a comment title, per language: WordPress's "One thought on “…”",
  /// "Ein Gedanke zu", "Une réflexion sur", "Un comentario en", "Una risposta a", "Um comentário
  /// em", "Eén reactie op", "Jeden komentarz do". Only as the title's first word: after a verb the
  /// same word is a prompt's article ("Laisser un commentaire", "Deja un comentario").
  static let oneWords: [String: [String]] = [
    "en": ["one"], "de": ["ein", "eine"], "fr": ["un", "une"], "es": ["un", "una"], "it": ["un", "uno", "una"],
    "pt": ["um", "uma"], "nl": ["één", "eén", "een"], "pl": ["jeden", "jedna"], "ru": ["один", "одна"],
  ]
  static let oneWordSet = Set(oneWords.values.joined())
  /// Every language's zero words, and those with the negations, as one set each.
  static let zeroWordSet = Set(zeroWords.values.joined())
  static let negationSet = Set(negations.values.joined()).union(zeroWordSet)
  /// Words for "first" in a prompt to write the first comment, per language: "Be the first to
  /// comment", "Schreiben Sie den ersten Kommentar", "Soyez le premier à commenter", "Sé el primero
  /// en comentar", "Sii il primo a commentare", "Seja o primeiro a comentar", "Schrijf de eerste
  /// reactie", "Dodaj pierwszy komentarz".
  static let firstWords: [String: [String]] = [
    "en": ["first"], "de": ["ersten", "erste", "erster"], "fr": ["premier", "première"],
    "es": ["primero", "primera", "primer"], "it": ["primo", "prima"], "pt": ["primeiro", "primeira"],
    "nl": ["eerste"], "pl": ["pierwszy", "pierwsza"],
  ]
  static let firstWordSet = Set(firstWords.values.joined())
  /// The verb such a prompt ends with, per language: "commenter", "comentar", "commentare",
  /// "kommentieren", "skomentować".
  static let promptVerbs: [String: [String]] = [
    "de": ["kommentieren"], "fr": ["commenter"], "es": ["comentar"], "it": ["commentare"], "pt": ["comentar"],
    "pl": ["skomentować"],
  ]
  static let promptVerbSet = Set(promptVerbs.values.joined())
  /// A zero word and a singular noun that refuse to comment rather than count ("No comment.",
  /// "Kein Kommentar vorhanden." in a review left without text).
  static let refusals: Set<String> = ["no comment", "kein kommentar"]
  /// Words after the noun that say comments are closed, not that there are none ("Leider sind
  /// keine Kommentare möglich.", "No comments allowed"), per language.
  static let closedWords: [String: [String]] = [
    "en": ["allowed", "possible", "permitted", "closed"], "de": ["möglich", "erlaubt", "geschlossen"],
    "fr": ["possibles", "autorisés", "fermés"], "es": ["permitidos", "cerrados"], "it": ["consentiti", "chiusi"],
    "pt": ["permitidos", "fechados"], "nl": ["mogelijk", "toegestaan", "gesloten"],
  ]
  static let closedWordSet = Set(closedWords.values.joined())

  /// "留言(42)" (messages), "评论(3)" / "評論(3)" (comments), in simplified and traditional script.
  /// Byline count nouns only: short titles are split into words after an ASCII stem test.
  static let chinese: Set<String> = ["留言", "评论", "評論"]

  /// Words before which a number in a byline is the comment count ("0 Comments", "2 Kommentare"),
  /// or after which it stands in parentheses ("Kommentare (3)", "留言(42)").
  static let countNouns: Set<String> = Set<String>([
    "comment", "comments", "responses", "replies", "kommentar", "kommentare", "commentaire", "commentaires",
    "comentario", "comentarios", "commento", "commenti", "comentário", "comentários", "reactie", "reacties",
    "komentarz", "komentarze", "komentarzy",
  ]).union(chinese).union(scandinavian).union(czech).union(russian)
  /// Every language's words, for short comment titles, links and buttons only.
  static let titleWords: Set<String> = english.union(german).union(french).union(spanish).union(italian)
    .union(portuguese).union(dutch).union(polish).union(scandinavian).union(czech).union(russian)
    .union(russianDiscussion).union(discussionSet)

  /// Ids of a page's comment section in several languages: "comments", "comentarios",
  /// "kommentare", "komentarze", "reacties", "respond", "disqus_thread".
  static let sectionIDCompounds = ["comment", "coment", "komment", "koment", "reactie", "respond", "disqus"]
  static let sectionIDMatcher = CompoundMatcher(sectionIDCompounds)
  /// Count widgets named for replies: Kinja's `<span id="js_reply-count">146</span>` bubble.
  static let countWidgetCompounds = ["reply-count", "replycount", "reply_count"]
  static let countWidgetMatcher = CompoundMatcher(countWidgetCompounds)
  /// Class names of WordPress's comment list (`wp_list_comments` in an `<ol class="comment-list">`,
  /// "commentlist" in older themes), whose items are counted when no title gives the count.
  static let commentListClasses: Set<String> = ["comment-list", "commentlist"]
  /// Class names of that list's items that are one comment each (trackbacks and pingbacks too).
  static let commentItemClasses: Set<String> = ["comment", "pingback", "trackback"]
  /// Years a date writes next to a label-then-count ("November 2021 Kommentare 0"); a number in
  /// this range before a comment word followed by a number is the date's, not the count.
  static let years = 1990...2100
  /// Punctuation inside a date or a time ("2024-03-14", "14/03", "9:14"): a number right after it
  /// and another number is the date's part, not a count of the comment word that follows.
  static let dateJoints: Set<Character> = ["-", "/", ".", ":"]
  /// Words for "all" right before a button's count ("View all 37 comments", "Alle 12 Kommentare
  /// anzeigen", "Voir les 9 commentaires", "Ver los 15 comentarios", "Mostra tutti i 6 commenti",
  /// "Ver todos os 11 comentários", "Bekijk alle 14 reacties", "Zobacz wszystkie 23 komentarze"),
  /// per language, looked up in the page's own: several are plain articles elsewhere ("les",
  /// "los", "os"; Polish "i" is "and"). Read only as "all-word, number, comment word" on a button,
  /// a link to the comment section or inside it (`CommentCount.allWordCount`).
  static let allWords: [String: Set<String>] = [
    "en": ["all"], "de": ["alle", "allen"], "fr": ["les", "tous"], "es": ["los", "todos"], "it": ["i", "tutti"],
    "pt": ["os", "todos"], "nl": ["alle"], "pl": ["wszystkie", "wszystkich"],
  ]
  /// Verbs of a button that shows or reads the comments, set between the comment word and its
  /// bracketed count ("Kommentare anzeigen (12)", "Comments show (3)", "Commentaires afficher (4)",
  /// "Comentarios ver (5)", "Commenti visualizza (2)", "Reacties bekijken (7)", "Komentarze pokaż
  /// (9)"); any other word there is a heading's own ("Comments policy (2021)").
  static let showVerbs: [String: [String]] = [
    "en": ["show", "view", "read", "load", "open", "see"],
    "de": ["anzeigen", "lesen", "ansehen", "einblenden", "laden", "öffnen"],
    "fr": ["afficher", "voir", "lire", "charger", "ouvrir"],
    "es": ["ver", "mostrar", "leer", "cargar", "abrir"],
    "it": ["mostra", "visualizza", "vedi", "leggi", "carica", "apri"],
    "pt": ["ver", "mostrar", "exibir", "ler", "carregar", "abrir"],
    "nl": ["weergeven", "bekijk", "bekijken", "tonen", "toon", "lezen", "lees", "laden", "openen"],
    "pl": ["pokaż", "zobacz", "czytaj", "wyświetl", "załaduj", "otwórz"],
  ]
  static let showVerbSet = Set(showVerbs.values.joined())
  /// Separators a meta line sets between its fields ("3. März 2021 · Kommentar schreiben"): a
  /// number before one is another field's, not a count of the comment word after it. A
  /// parenthesis is none ("(3) Comments").
  static let fieldSeparators: Set<Character> = ["·", "|", "•", "–", "—", "/", ","]

  /// Titles of a comment form above or below the thread (WordPress "Leave a Reply", its German
  /// "Schreibe einen Kommentar", "Hinterlasse einen Kommentar", Spanish "Deja una respuesta",
  /// Dutch "Geef een reactie", Russian "Добавить комментарий"), per language.
  static let replyFormTitles: [String] = [
    "leave a reply", "leave a comment", "schreibe einen kommentar", "hinterlasse einen kommentar",
    "laisser un commentaire", "laisser une réponse", "deja un comentario", "deja una respuesta",
    "lascia un commento", "deixe um comentário", "deixe uma resposta", "laat een reactie achter",
    "geef een reactie", "dodaj komentarz", "napsat komentář", "lämna ett svar", "lämna en kommentar",
    "skriv en kommentar", "добавить комментарий", "оставить комментарий", "оставьте комментарий",
  ]
}
