/// Words readers see on the typed sections of an article (related-post blocks) as named
/// tables per language. Every phrase is lower-cased and
/// matched as the start of a short heading ("Ähnliche Beiträge", "Das könnte Sie auch
/// interessieren:").
enum SectionVocabulary {
  // MARK: related-post headings

  /// Headings that say the cards below are tied to this article ("Related posts", "Similar
  /// articles"): a block under one of them wins over any other card block of the page.
  static let relatedEnglish = [
    "related", "you may also like", "you might also like", "you may also enjoy", "you might also enjoy",
    "similar articles", "similar posts", "similar stories", "more like this", "try these next", "also in",
    "more on this", "further reading", "read next", "more on ",
  ]
  static let relatedGerman = [
    "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte dir auch gefallen",
    "das könnte ihnen auch gefallen", "dir könnte auch gefallen", "ihnen könnte auch gefallen",
    "könnte sie auch interessieren", "könnte dich auch interessieren", "ähnliche beiträge", "ähnliche artikel",
    "ähnliche rezepte", "ähnliche themen", "verwandte artikel", "verwandte beiträge", "verwandte themen",
    "mehr zum thema", "zum thema", "passend dazu", "passend zum thema", "dies passt zum thema", "lesen sie auch",
    "lies auch", "empfohlene beiträge", "empfohlene artikel", "beliebte beiträge zum thema", "auch interessant",
    "weitere beiträge zu diesem artikel", "weitere artikel zum thema", "weitere beiträge zum thema", "mehr zu ",
    "mehr über ", "weitere empfehlungen", "erfahre mehr",
  ]
  static let relatedFrench = [
    "à lire aussi", "a lire aussi", "lire aussi", "sur le même thème", "sur le meme theme", "articles en relation",
    "en relation", "articles liés", "articles similaires", "pour approfondir", "la rédaction vous conseille",
    "vous aimerez aussi", "vous aimerez peut-être", "vous pourriez aussi aimer", "dans la même rubrique",
    "voir aussi", "sur le même sujet",
  ]
  static let relatedSpanish = [
    "te puede interesar", "también te puede interesar", "noticias relacionadas", "artículos relacionados",
    "entradas relacionadas", "publicaciones relacionadas", "relacionado", "lee también", "lea también",
    "te recomendamos", "te podría interesar", "más de ",
  ]
  static let relatedItalian = [
    "articoli correlati", "post correlati", "potrebbe interessarti", "ti potrebbe interessare",
    "potrebbero interessarti", "leggi anche", "correlati", "ti potrebbe piacere",
  ]
  static let relatedPortuguese = [
    "recomendamos para você", "leia também", "veja também", "artigos relacionados", "posts relacionados",
    "notícias relacionadas", "você também pode gostar", "relacionados", "relacionadas",
  ]
  static let relatedDutch = [
    "gerelateerde artikelen", "gerelateerd", "lees ook", "ook interessant", "misschien ook interessant",
    "dit vind je misschien ook leuk", "meer over ", "vergelijkbare artikelen",
  ]
  static let relatedPolish = [
    "podobne przepisy", "podobne artykuły", "czytaj także", "czytaj też", "zobacz także", "zobacz też",
    "powiązane artykuły", "może cię zainteresować", "polecamy",
  ]
  static let relatedFinnish = ["lue aiheesta lisää", "lue myös", "aiheesta muualla"]
  /// Bengali news sites: "more news from this section".
  static let relatedBengali = ["এই বিভাগের আরো খবর", "আরো খবর", "আরও খবর", "সম্পর্কিত খবর"]

  static let relatedHeadings: [String] =
    relatedEnglish + relatedGerman + relatedFrench + relatedSpanish + relatedItalian + relatedPortuguese
    + relatedDutch + relatedPolish + relatedFinnish + relatedBengali

  /// Weaker headings: a block of more posts from the site or its section ("More from", "Weitere
  /// Artikel"), taken only when no block says it is related.
  static let moreHeadings = [
    "more from", "more stories", "more articles", "read more", "keep reading", "more in", "recommended",
    "weitere artikel",
    "weitere beiträge", "mehr aus", "plus d'articles", "más artículos", "altri articoli",
    "mais artigos", "meer artikelen", "więcej",
  ]

  /// Headings of boxes that are not related posts even though they hold cards of posts: the
  /// author's other work ("More by", "Mehr vom Autor") belongs to the bio, not the article.
  static let authorStreamHeadings = [
    "more by ", "read more articles by", "more articles by", "articles by", "more from this author",
    "more from the author", "other posts by", "mehr vom autor",
    "mehr von der autorin", "weitere artikel von", "weitere beiträge von", "plus d'articles de", "más de este autor",
    "altri articoli di", "meer van",
  ]

  /// Whether `text` (any case) opens with one of `phrases`.
  static func opens(_ text: String, with phrases: [String]) -> Bool {
    let lowered = Text.straightApostrophes(Text.clean(text).lowercased())
    return phrases.contains { lowered.hasPrefix($0) }
  }
}

extension SectionVocabulary {
  /// "Über Creeny", "About Jane", "À propos de Marie": a bio box's name line says whom it is about.
  static let bioNamePrefixes = [
    "about", "über", "à propos de", "a propos de", "sobre", "acerca de", "su", "over", "o",
  ]
}
