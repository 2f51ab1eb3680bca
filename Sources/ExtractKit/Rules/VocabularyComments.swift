/// Words of comment counts and comment-section titles, one table per language.
enum VocabularyComments {
  /// "0 Comments", "5 thoughts on “…”", "One reply", "459 Reviews" (a recipe's review count).
  static let english: Set<String> = [
    "comment", "comments", "responses", "replies", "thought", "thoughts", "reply", "response", "reviews",
  ]
  /// "2 Kommentare", "3 Gedanken zu “…”", "91 Ergänzungen" (a blog's name for its comments), "Antworten".
  static let german: Set<String> = ["kommentar", "kommentare", "gedanken", "ergänzungen", "antworten"]
  /// "61 commentaires", "Vos réactions (11)", "3 réponses".
  static let french: Set<String> = ["commentaire", "commentaires", "réactions", "réponses"]
  /// "1 comentario", "12 comentarios", "respuestas".
  static let spanish: Set<String> = ["comentario", "comentarios", "respuestas"]
  /// "4 commenti", "risposte".
  static let italian: Set<String> = ["commento", "commenti", "risposte"]
  /// "3 comentários".
  static let portuguese: Set<String> = ["comentário", "comentários"]
  /// "7 reacties".
  static let dutch: Set<String> = ["reactie", "reacties"]
  /// "Komentarze", "93 komentarzy", "1 komentarz".
  static let polish: Set<String> = ["komentarz", "komentarze", "komentarzy"]

  /// "留言(42)" (messages), "评论(3)" / "評論(3)" (comments), in simplified and traditional script.
  /// Byline count nouns only: short titles are split into words after an ASCII stem test.
  static let chinese: Set<String> = ["留言", "评论", "評論"]

  /// Words before which a number in a byline is the comment count ("0 Comments", "2 Kommentare"),
  /// or after which it stands in parentheses ("Kommentare (3)", "留言(42)").
  static let countNouns: Set<String> = Set<String>([
    "comment", "comments", "responses", "replies", "kommentar", "kommentare", "commentaire", "commentaires",
    "comentario", "comentarios", "commento", "commenti", "comentário", "comentários", "reactie", "reacties",
    "komentarz", "komentarze", "komentarzy",
  ]).union(chinese)
  /// Every language's words, for short comment titles, links and buttons only.
  static let titleWords: Set<String> = english.union(german).union(french).union(spanish).union(italian)
    .union(portuguese).union(dutch).union(polish)

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

  /// Titles of a comment form above or below the thread (WordPress "Leave a Reply", its German
  /// "Schreibe einen Kommentar", "Hinterlasse einen Kommentar"), per language.
  static let replyFormTitles: [String] = [
    "leave a reply", "leave a comment", "schreibe einen kommentar", "hinterlasse einen kommentar",
    "laisser un commentaire", "deja un comentario", "lascia un commento", "deixe um comentário",
    "laat een reactie achter", "dodaj komentarz",
  ]
}
