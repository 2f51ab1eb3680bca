/// Words of a title that name no subject: question words, possessives, quantifiers and the
/// generic words of listicle and how-to titles ("What your … says", "Warum Sie mehr …",
/// "Tips for …"). Two titles sharing one of them share no subject, so the test of whether an
/// "Up next" block's cards are on the article's subject (`RelatedExtractor.sharesSubject`) leaves
/// them out. One table per language, written by hand.
enum VocabularySubjectless {
  static let english = [
    "what", "when", "where", "which", "while", "your", "yours", "their", "these", "those", "there", "about",
    "after", "before", "every", "other", "first", "really", "should", "could", "would", "things", "thing",
    "best", "more", "most", "guide", "tips", "ideas", "ways", "reasons", "know", "need", "make", "makes",
    "why", "how", "everything", "ultimate", "complete", "simple", "easy", "great", "little",
  ]
  static let german = [
    "mehr", "warum", "wenn", "dass", "diese", "dieser", "dieses", "ihre", "ihren", "ihrem", "ihrer", "deine",
    "deinen", "unsere", "welche", "welcher", "wieso", "weshalb", "alles", "immer", "sollten", "sollte", "können",
    "müssen", "tipps", "ideen", "gründe", "besten", "beste", "wissen", "einfach", "richtig", "wirklich", "schon",
    "jetzt", "heute", "neue", "neuen", "ratgeber",
  ]
  static let french = [
    "votre", "notre", "leurs", "pourquoi", "quand", "comment", "quelle", "quelles", "quels", "quoi",
    "toute", "toutes", "tous", "tout", "cette", "faire", "savoir", "conseils", "idées", "astuces", "raisons",
    "meilleurs", "meilleures", "meilleur", "guide", "choses", "vraiment", "avant", "après", "encore", "simple",
  ]
  static let spanish = [
    "cómo", "porque", "porqué", "cuándo", "dónde", "cuáles", "nuestro", "nuestra", "todos", "todas", "todo",
    "mejores", "mejor", "consejos", "ideas", "razones", "trucos", "guía", "cosas", "saber", "hacer", "antes",
    "después", "estos", "estas", "realmente", "siempre", "ahora",
  ]
  static let italian = [
    "perché", "quando", "quale", "quali", "dove", "tutto", "tutti", "tutte", "come", "consigli", "idee",
    "motivi", "migliori", "migliore", "guida", "cose", "sapere", "fare", "vostro", "vostra", "nostro", "nostra",
    "questi", "queste", "prima", "dopo", "davvero", "sempre", "trucchi",
  ]
  static let portuguese = [
    "você", "vocês", "porque", "porquê", "quando", "como", "onde", "quais", "todos", "todas", "tudo", "dicas",
    "ideias", "motivos", "razões", "melhores", "melhor", "guia", "coisas", "saber", "fazer", "nosso", "nossa",
    "estes", "estas", "antes", "depois", "sempre", "agora", "truques",
  ]
  static let dutch = [
    "waarom", "wanneer", "welke", "jouw", "jullie", "onze", "hun", "deze", "alles", "altijd", "tips", "ideeën",
    "redenen", "beste", "gids", "dingen", "weten", "maken", "moet", "moeten", "kunnen", "echt", "eerst", "voordat",
    "nieuwe",
  ]
  static let polish = [
    "dlaczego", "jakie", "jaki", "jaka", "kiedy", "gdzie", "który", "która", "które", "twoje", "twoja", "twój",
    "nasze", "nasza", "wszystko", "wszystkie", "porady", "pomysły", "powody", "najlepsze", "najlepszy",
    "poradnik", "rzeczy", "wiedzieć", "zrobić", "trzeba", "warto", "przed", "zawsze", "teraz", "naprawdę",
  ]
  static let all = Set(english + german + french + spanish + italian + portuguese + dutch + polish)
}
