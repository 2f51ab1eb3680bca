/// Titles of boxes inside a located body that head no section of the article, as named tables
/// per language: a table of contents' own title, a disclosure note's. Lower-cased.
enum VocabularyOutline {
  // MARK: tables of contents

  /// The title a table of contents shows over its links to the page's sections (a wiki's
  /// "Contents", a TOC plugin's "Inhaltsverzeichnis"): the whole heading, a trailing ":" aside.
  static let contentsEnglish = [
    "contents", "table of contents", "on this page", "in this article", "article contents", "page contents",
    "jump to", "toc", "table of content",
  ]
  static let contentsGerman = [
    "inhalt", "inhalte", "inhaltsverzeichnis", "inhaltsübersicht", "seiteninhalt", "auf dieser seite",
    "in diesem artikel", "in diesem beitrag",
  ]
  static let contentsFrench = [
    "sommaire", "table des matières", "contenu", "au sommaire", "dans cet article", "sommaire de l'article",
  ]
  static let contentsSpanish = [
    "índice", "contenido", "contenidos", "tabla de contenidos", "tabla de contenido", "índice de contenidos",
    "índice de contenido", "en este artículo",
  ]
  static let contentsItalian = [
    "indice", "sommario", "contenuti", "indice dei contenuti", "indice degli argomenti", "in questo articolo",
  ]
  static let contentsPortuguese = [
    "conteúdo", "conteúdos", "sumário", "índice", "índice de conteúdos", "tabela de conteúdos", "neste artigo",
  ]
  static let contentsDutch = ["inhoud", "inhoudsopgave", "inhoudstafel", "in dit artikel"]
  static let contentsPolish = ["spis treści"]
  static let contentsCzech = ["obsah"]
  static let contentsFinnish = ["sisällys", "sisällysluettelo"]

  static let contentsTitles: Set<String> = Set(
    contentsEnglish + contentsGerman + contentsFrench + contentsSpanish + contentsItalian + contentsPortuguese
      + contentsDutch + contentsPolish + contentsCzech + contentsFinnish)

  // MARK: disclosure notes

  /// Words of the title of an author's disclosure note set under a story ("Conflict of interest",
  /// "Interessenbindung des Autors"): a note about the writer, not a section.
  static let disclosureEnglish = ["conflict of interest", "conflicts of interest", "disclosure statement"]
  static let disclosureGerman = ["interessenbindung", "interessenkonflikt"]
  static let disclosureFrench = ["conflit d'intérêts", "conflits d'intérêts"]

  static let disclosureWords = disclosureEnglish + disclosureGerman + disclosureFrench

  // MARK: teaser cards

  /// A teaser card's link to the rest of another page's text ("Read more", "Weiterlesen"), the
  /// whole link text, lower-cased, trailing dots and arrows aside. Verbs of reading only: a product
  /// page's feature box ends in "Learn more" and is a section of the page.
  static let readOnEnglish = ["read more", "continue reading", "read the full story", "read full article"]
  static let readOnGerman = ["mehr lesen", "weiterlesen", "weiter lesen", "artikel lesen"]
  static let readOnFrench = ["lire la suite", "lire plus", "lire l'article"]
  static let readOnSpanish = ["leer más", "seguir leyendo", "leer artículo"]
  static let readOnItalian = ["leggi tutto", "leggi di più", "continua a leggere", "leggi l'articolo"]
  static let readOnPortuguese = ["leia mais", "ler mais", "continue lendo", "continuar lendo"]
  static let readOnDutch = ["lees meer", "lees verder", "verder lezen"]
  static let readOnPolish = ["czytaj dalej", "czytaj więcej"]

  static let readOnLinks: Set<String> = Set(
    readOnEnglish + readOnGerman + readOnFrench + readOnSpanish + readOnItalian + readOnPortuguese + readOnDutch
      + readOnPolish)

  // MARK: sign-up forms

  /// Words of a box around an email field that make it a sign-up (a newsletter's form), per language,
  /// lower-cased: a contact, booking or comment form asks for an email address too.
  static let signUpFormEnglish = ["newsletter", "subscribe", "sign up", "sign-up"]
  static let signUpFormGerman = ["newsletter", "abonnieren", "abonniere"]
  static let signUpFormFrench = ["newsletter", "infolettre", "s'inscrire", "inscrivez-vous", "abonnez-vous"]
  static let signUpFormSpanish = ["newsletter", "boletín", "suscríbete", "suscríbase", "suscribirse"]
  static let signUpFormItalian = ["newsletter", "iscriviti", "iscriversi"]
  static let signUpFormPortuguese = ["newsletter", "inscreva-se", "assine", "assinar"]
  static let signUpFormDutch = ["nieuwsbrief", "nieuwsbrieven", "aanmelden", "inschrijven", "schrijf je in"]
  static let signUpFormPolish = ["newsletter", "zapisz się", "subskrybuj"]

  static let signUpFormWords: Set<String> = Set(
    signUpFormEnglish + signUpFormGerman + signUpFormFrench + signUpFormSpanish + signUpFormItalian
      + signUpFormPortuguese + signUpFormDutch + signUpFormPolish)

  /// Sign-up words that count anywhere inside a word: German and Dutch write the sign-up as one word
  /// at either end ("Newsletteranmeldung", "Wochennewsletter", "weeknieuwsbrief"), English adds a
  /// plural ("newsletters"), and no ordinary word holds them. The other words count whole
  /// ("de*sign up*grade" is none).
  static let signUpCompoundParts: Set<String> = ["newsletter", "nieuwsbrief"]

  // MARK: picture galleries

  /// A picture gallery's own label set as a heading over its thumbnails ("Bildergalerie", "Photo
  /// gallery: The new model"), lower-cased: the whole heading, or its opening before ":" or a dash.
  static let galleryEnglish = [
    "gallery", "photo gallery", "image gallery", "picture gallery", "photos", "pictures", "in pictures", "slideshow",
  ]
  static let galleryGerman = [
    "bildergalerie", "fotogalerie", "galerie", "fotostrecke", "bilderstrecke", "bilder", "fotos",
  ]
  static let galleryFrench = [
    "galerie", "galerie photos", "galerie photo", "galerie de photos", "galerie d'images", "photos", "en images",
    "en photos", "diaporama",
  ]
  static let gallerySpanish = [
    "galería", "galería de fotos", "galería de imágenes", "galería fotográfica", "fotogalería", "fotos", "en fotos",
    "en imágenes",
  ]
  static let galleryItalian = [
    "galleria", "galleria fotografica", "galleria di immagini", "fotogallery", "fotogalleria", "foto", "in foto",
  ]
  static let galleryPortuguese = [
    "galeria", "galeria de fotos", "galeria de fotografias", "galeria de imagens", "fotogaleria", "fotos", "em fotos",
    "em imagens",
  ]
  static let galleryDutch = ["fotogalerij", "galerij", "beeldgalerij", "fotoserie", "fotoreeks", "foto's", "in beeld"]
  static let galleryPolish = ["galeria", "galeria zdjęć", "fotogaleria", "fotorelacja", "zdjęcia"]

  static let galleryLabels: Set<String> = Set(
    galleryEnglish + galleryGerman + galleryFrench + gallerySpanish + galleryItalian + galleryPortuguese
      + galleryDutch + galleryPolish)

  // MARK: byline lines

  /// Labels crediting a person with a part of the story, each before a name in a credit line set as
  /// a heading ("Interview: Anna Beispiel Foto: Max Muster"), lower-cased with their colon.
  static let creditEnglish = ["interview:", "photo:", "photos:", "illustration:", "words:"]
  static let creditGerman = ["interview:", "foto:", "fotos:", "illustration:", "text:"]
  static let creditFrench = ["entretien :", "photo :", "photos :", "texte :"]
  static let creditSpanish = ["entrevista:", "foto:", "fotos:", "texto:"]
  static let creditItalian = ["intervista:", "foto:", "testo:"]
  static let creditDutch = ["interview:", "foto:", "tekst:"]

  static let creditLabels: [String] = Array(
    Set(creditEnglish + creditGerman + creditFrench + creditSpanish + creditItalian + creditDutch)
  ).sorted()
}
