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

  static let authorStreamPhrases = Phrases(authorStreamHeadings)
  static let relatedPhrases = Phrases(relatedHeadings)
  static let morePhrases = Phrases(moreHeadings)
  /// How many bytes of a heading the tables can read: the longest phrase and the byte after it.
  static let headingReach = [authorStreamPhrases, relatedPhrases, morePhrases].map(\.longest).max()! + 1

  /// A phrase table compiled once: the ASCII phrases' bytes by their first byte. Every heading-like
  /// element of a page is tested, so a test is a few byte compares, not Foundation over each phrase.
  struct Phrases: Sendable {
    let all: [String]
    let asciiByFirstByte: [[[UInt8]]]
    let longest: Int

    init(_ phrases: [String]) {
      all = phrases
      var buckets = [[[UInt8]]](repeating: [], count: 128)
      for phrase in phrases where phrase.utf8.allSatisfy({ $0 < 0x80 }) {
        let bytes = Array(phrase.utf8)
        if let first = bytes.first { buckets[Int(first)].append(bytes) }
      }
      asciiByFirstByte = buckets
      longest = phrases.map(\.utf8.count).max() ?? 0
    }
  }

  /// A heading's text (any case, as written) cleaned and lower-cased once, to test against
  /// several tables.
  /// Its opening is read as bytes when the first `reach` bytes are ASCII (the usual case):
  /// lower-casing, clean-up and prefix tests are then byte operations, and a phrase with a
  /// non-ASCII letter cannot open it. Otherwise the whole text goes through `Text.clean`,
  /// `lowercased()` and `hasPrefix`.
  struct Opening {
    private var ascii: [UInt8] = []
    private var lowered: String?

    init(_ text: String, reach: Int = SectionVocabulary.headingReach) {
      // `Text.clean` over ASCII bytes: whitespace runs one space, controls dropped, trimmed.
      var bytes: [UInt8] = []
      bytes.reserveCapacity(reach)
      var pendingSpace = false
      for byte in text.utf8 {
        if bytes.count >= reach { break }
        guard byte < 0x80 else {
          lowered = Text.straightApostrophes(Text.clean(text).lowercased())
          return
        }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0x1E {
          pendingSpace = !bytes.isEmpty
          continue
        }
        if byte < 0x20 || byte == 0x7F { continue }
        if pendingSpace {
          bytes.append(0x20)
          pendingSpace = false
          if bytes.count >= reach { break }
        }
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
      ascii = bytes
    }

    /// Whether the text opens with one of `phrases`.
    func opens(_ phrases: Phrases) -> Bool {
      if let lowered { return phrases.all.contains { lowered.hasPrefix($0) } }
      guard let first = ascii.first else { return false }
      return phrases.asciiByFirstByte[Int(first)].contains { phrase in
        phrase.count <= ascii.count && ascii.starts(with: phrase)
      }
    }
  }
}

extension SectionVocabulary {
  /// "Über Creeny", "About Jane", "À propos de Marie": a bio box's name line says whom it is about.
  static let bioNamePrefixes = [
    "about", "über", "à propos de", "a propos de", "sobre", "acerca de", "su", "over", "o",
  ]
}
