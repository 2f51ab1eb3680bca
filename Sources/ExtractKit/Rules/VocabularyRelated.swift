/// More headings of related-post blocks, per language, met on real pages beyond the first
/// tables of `SectionVocabulary` ("More to explore" over a blog's cards, "articles
/// correspondants" over a radio's): lower-cased, matched as the opening of a short heading.
/// Kept to phrases that say the posts go with this article; a bare "recommended" or "popular"
/// names the site's picks, and so does "What to read next" over a portal's endless feed.
enum VocabularyRelated {
  static let english = [
    "more to explore", "people also read", "readers also liked", "readers also read",
    "more stories like this", "more articles like this", "related reading", "you may also want to see",
  ]
  static let german = [
    "passende artikel", "passende beiträge", "themenverwandte artikel", "verwandte inhalte", "ähnliche inhalte",
    "das könnte sie ebenfalls interessieren", "das könnte dich ebenfalls interessieren", "mehr dazu",
    "auch spannend", "ebenfalls spannend", "dazu passend",
  ]
  static let french = [
    "articles correspondants", "articles recommandés", "suggestions de lecture", "dans la même thématique",
    "ceci pourrait vous intéresser", "ces contenus pourraient vous intéresser", "à consulter aussi",
    "a consulter aussi", "vous allez aimer",
  ]
  static let spanish = [
    "artículos recomendados", "te sugerimos", "más noticias relacionadas", "lo que te puede interesar",
    "también te podría interesar", "otras noticias que te pueden interesar",
  ]
  static let italian = [
    "articoli che potrebbero interessarti", "ti può interessare", "potrebbe interessarti anche",
    "altri articoli correlati", "notizie simili",
  ]
  static let portuguese = [
    "artigos recomendados", "notícias semelhantes", "você pode gostar também", "talvez você goste",
    "também pode interessar",
  ]
  static let dutch = [
    "anderen lazen ook", "misschien interessant voor jou", "meer nieuws over ", "gerelateerde verhalen",
    "vergelijkbaar nieuws",
  ]
  static let polish = ["polecane artykuły", "warto przeczytać", "podobne materiały", "powiązane materiały"]

  static let headings = english + german + french + spanish + italian + portuguese + dutch + polish
}
