import Foundation

/// Lines inside a located body that are not the article's, as named tables per language:
/// the labels over recirculation blocks, and the short promotional, paywall, credit and
/// navigation lines that themes print between or after the paragraphs. Lower-cased, apostrophes
/// straight.
enum VocabularyBoilerplate {
  // MARK: labels over recirculation blocks

  /// A heading or a line on its own that is one of these labels the teaser cards, the site's
  /// latest posts or the author's box below it ("Neueste Artikel", "Zobacz również"). Not
  /// "Further reading" or "See also": an encyclopedia's own sections.
  static let recirculationEnglish = [
    "latest articles", "latest posts", "latest news", "latest stories", "recent posts", "recent articles",
    "most popular", "most read", "top stories", "about the author", "you might be interested in",
    "you may also like", "you might also like", "related posts", "related articles", "related stories",
    "more stories", "read next", "related", "related content", "related coverage", "related links",
  ]
  static let recirculationGerman = [
    "neueste artikel", "neueste beiträge", "neuste beiträge", "aktuelle artikel", "aktuelle beiträge",
    "zum weiterlesen", "weiterlesen", "top themen", "top-themen", "meistgelesen", "meistgelesene artikel",
    "beliebte artikel", "beliebte beiträge", "über den autor", "über die autorin", "das könnte sie interessieren",
    "das könnte dich interessieren", "weitere artikel", "weitere beiträge", "mehr zum thema", "lesen sie auch",
    "ähnliche beiträge", "ähnliche artikel", "verwandte artikel", "verwandte beiträge", "auch interessant",
    "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte dir auch gefallen",
    "weitere videos", "mehr videos", "zur person",
  ]
  static let recirculationFrench = [
    "les plus lus", "derniers articles", "à lire aussi", "a lire aussi", "lire aussi", "à lire également",
    "sur le même sujet",
  ]
  static let recirculationSpanish = [
    "lo más leído", "lo mas leido", "últimas noticias", "más noticias", "te puede interesar", "lee también",
    "noticias relacionadas",
  ]
  static let recirculationItalian = ["ultime notizie", "i più letti", "più letti", "leggi anche", "articoli correlati"]
  static let recirculationPortuguese = ["mais lidas", "últimas notícias", "leia também", "veja também"]
  static let recirculationDutch = ["meest gelezen", "laatste nieuws", "lees ook", "gerelateerde artikelen"]
  static let recirculationFinnish = ["lue aiheesta lisää", "lue myös", "uusimmat", "luetuimmat"]
  static let recirculationPolish = [
    "zobacz również", "zobacz także", "zobacz też", "czytaj także", "czytaj też", "najnowsze", "polecamy",
    "najczęściej czytane",
  ]

  /// A heading or line that labels one of the site's boxes set among the article's blocks, a
  /// newsletter sign-up or a press release's press contact, per language: cut like a
  /// recirculation label.
  static let siteBoxEnglish = ["newsletter", "press contact", "media contact", "press contacts", "media contacts"]
  static let siteBoxGerman = ["newsletter", "pressekontakt", "pressekontakte", "newsletter abonnieren"]
  static let siteBoxFrench = ["newsletter", "contact presse", "contacts presse"]
  static let siteBoxSpanish = ["boletín", "contacto de prensa", "contactos de prensa"]
  static let siteBoxItalian = ["newsletter", "contatti stampa", "contatto stampa", "ufficio stampa"]
  static let siteBoxPortuguese = ["newsletter", "contato para imprensa", "assessoria de imprensa"]
  static let siteBoxDutch = ["nieuwsbrief", "perscontact"]
  static let siteBoxPolish = ["newsletter", "kontakt dla mediów", "kontakt dla prasy"]

  /// Openings of a heading over the author's other posts, a name after them ("More from Jane Doe",
  /// "mehr von Max Muster auf example.de"), per language. Not "plus de"/"más de": "more than" too.
  static let authorMoreEnglish = ["more from", "more by", "more articles by", "more stories by", "other articles by"]
  static let authorMoreGerman = ["mehr von", "weitere artikel von", "weitere beiträge von", "mehr artikel von"]
  static let authorMoreFrench = ["plus d'articles de", "autres articles de"]
  static let authorMoreSpanish = ["más artículos de", "otros artículos de"]
  static let authorMoreItalian = ["altri articoli di", "altro da"]
  static let authorMorePortuguese = ["mais artigos de", "outros artigos de"]
  static let authorMoreDutch = ["meer van", "meer artikelen van"]
  static let authorMorePolish = ["więcej od", "inne artykuły autora"]
  static let authorMoreOpenings =
    authorMoreEnglish + authorMoreGerman + authorMoreFrench + authorMoreSpanish + authorMoreItalian
    + authorMorePortuguese + authorMoreDutch + authorMorePolish

  /// Openings of a heading that invites to more of the site's posts on a topic, the topic after
  /// them ("Entdecke weitere Balkonideen", "Discover more recipes"), per language; alone, they are
  /// such a label too ("Zobacz więcej" over a lazily loaded widget). Cut like a recirculation label.
  static let discoverMoreEnglish = ["discover more", "explore more", "see more"]
  static let discoverMoreGerman = ["entdecke weitere", "entdecke mehr", "entdecken sie weitere", "mehr entdecken"]
  static let discoverMoreFrench = ["découvrez d'autres", "découvrez plus de", "voir plus"]
  static let discoverMoreSpanish = ["descubre más", "descubre otros", "descubre otras", "ver más"]
  static let discoverMoreItalian = ["scopri altri", "scopri altre", "scopri di più"]
  static let discoverMorePortuguese = ["descubra mais", "descubra outros", "descubra outras", "ver mais"]
  static let discoverMoreDutch = ["ontdek meer", "ontdek andere", "bekijk meer"]
  static let discoverMorePolish = ["zobacz więcej", "odkryj więcej"]
  static let discoverMoreOpenings =
    discoverMoreEnglish + discoverMoreGerman + discoverMoreFrench + discoverMoreSpanish + discoverMoreItalian
    + discoverMorePortuguese + discoverMoreDutch + discoverMorePolish

  /// Words between a label and the site's own address after it ("Mehr zum Thema auf BEISPIEL.de",
  /// "More stories on example.com"): the label still.
  static let siteTailWords: Set<String> = ["auf", "bei", "on", "at", "sur", "en", "su", "op", "na"]

  static let recirculationLabels: Set<String> = Set(
    recirculationEnglish + recirculationGerman + recirculationFrench + recirculationSpanish + recirculationItalian
      + recirculationPortuguese + recirculationDutch + recirculationPolish + recirculationFinnish + siteBoxEnglish
      + siteBoxGerman + siteBoxFrench + siteBoxSpanish + siteBoxItalian + siteBoxPortuguese + siteBoxDutch
      + siteBoxPolish)

  // MARK: labels of "read this too" inserts

  /// A label that, set before links to other posts inside a paragraph, makes the paragraph an
  /// insert between the article's paragraphs (`<p>Siehe auch<br><a>…</a></p>`). Beyond the
  /// recirculation labels: "see also" and "read more", which as headings open an encyclopedia's
  /// own sections, but written before links in a paragraph point at other posts.
  /// The bare imperatives ("Read:", "Mire:", "Leia:") count only so, before a colon and nothing but
  /// links.
  static let insertEnglish = ["see also", "read more", "read also", "also read", "more on this", "read"]
  static let insertGerman = [
    "siehe auch", "lesen sie hier", "lies auch", "auch lesenswert", "mehr dazu", "lesen sie", "lies",
  ]
  static let insertFrench = ["voir aussi", "lire plus", "lire", "à lire"]
  static let insertSpanish = ["ver también", "lea también", "leer más", "mire", "mira", "vea", "lea", "lee"]
  static let insertItalian = ["vedi anche", "leggi di più", "leggi"]
  static let insertPortuguese = ["veja mais", "leia mais", "veja", "leia"]
  static let insertDutch = ["zie ook", "lees meer", "lees"]
  static let insertPolish = ["czytaj więcej", "czytaj dalej", "przeczytaj też", "przeczytaj także", "czytaj", "zobacz"]

  static let insertLabels: Set<String> = recirculationLabels.union(
    insertEnglish + insertGerman + insertFrench + insertSpanish + insertItalian + insertPortuguese + insertDutch
      + insertPolish)
  static let insertLabelOpenings = FirstBytes(insertLabels)

  // MARK: promotional, paywall, credit and navigation lines

  /// Openings of a short line that is the site talking, not the article: follow and subscribe
  /// calls, paywall notes, app and feedback prompts, affiliate notices, photo credits, tag lines,
  /// "read this too" lines whose link has no colon before it.
  static let lineEnglish = [
    "follow us", "subscribe now", "subscribe to our", "sign up for our", "sign up here", "get the latest news",
    "download our app", "download the app", "to view the full story", "to continue reading",
    "if you're seeing this message", "you can log in for immediate access", "do you want to be informed",
    "give us feedback", "stay up-to-date on our", "this post contains affiliate links",
    "this post contains references to products", "photo credit", "image credit", "photo:", "photos:",
    "image:", "source:", "tags:", "filed under:", "category:", "categories:",
  ]
  static let lineGerman = [
    "werbung.", "werbung:", "*werbung", "anzeige -", "anzeige:", "- anzeige", "* anzeige", "lesen sie hier:",
    "lesen sie auch:", "siehe auch",
    "hier können sie den artikel bewerten", "sie sind aktuell nicht eingeloggt", "sie sind nicht eingeloggt",
    "zurück zur listenansicht", "zurück zur übersicht", "zurück zum newsroom", "keine kommentare",
    "kommentare schreiben", "kommentare insgesamt", "weitere infos unter", "folgen sie uns", "folge uns",
    "abonnieren sie", "unterstütze uns", "quelle:", "foto:", "fotos:", "bild:", "bildquelle:",
    "themen:", "schlagwörter:", "schlagworte:", "bildnachweis", "alle fotos:", "textquelle:",
    "kategorisiert unter:", "folgt uns", "mehr dazu lesen sie hier", "(*) alle mit einem stern gekennzeichneten links",
    "alle mit einem stern gekennzeichneten links",
    "dieser artikel kann links zu anbietern enthalten", "dieser beitrag enthält affiliate-links",
  ]
  static let lineFrench = [
    "crédits photos", "crédit photo", "crédits photo", "photo :", "photos :", "image illustrative",
    "suivez-nous", "abonnez-vous", "à lire aussi", "a lire aussi", "lire aussi", "en vidéo :",
  ]
  static let lineSpanish = ["síguenos", "siguenos", "puedes ver:", "suscríbete", "foto:", "fuente:"]
  static let lineItalian = ["seguici su", "iscriviti alla newsletter", "foto:", "fonte:"]
  static let linePortuguese = ["nos siga", "siga-nos", "foto:"]
  static let lineDutch = ["volg ons", "foto:", "bron:"]
  static let linePolish = [
    "dowiedz się więcej:", "źródło:", "materiał chroniony prawem autorskim", "czytaj więcej:",
  ]

  /// Openings of an affiliate or advertiser disclosure, a paragraph the site sets above or below the
  /// story ("This post contains references to products from one or more of our advertisers. We may
  /// receive compensation …"), per language: the site's note however long it runs.
  static let disclosureEnglish = [
    "this post contains affiliate links", "this post contains references to products",
    "this article contains affiliate links", "this post may contain affiliate links",
    "this article may contain affiliate links",
  ]
  static let disclosureGerman = [
    "dieser beitrag enthält affiliate-links", "dieser artikel enthält affiliate-links",
    "dieser artikel kann links zu anbietern enthalten", "alle mit einem stern gekennzeichneten links",
    "(*) alle mit einem stern gekennzeichneten links",
  ]
  static let disclosureFrench = [
    "cet article contient des liens affiliés", "cet article contient des liens d'affiliation",
  ]
  static let disclosureSpanish = [
    "este artículo contiene enlaces de afiliados", "este post contiene enlaces de afiliados",
  ]
  static let disclosureItalian = [
    "questo articolo contiene link di affiliazione", "questo post contiene link di affiliazione",
  ]
  static let disclosurePortuguese = ["este artigo contém links de afiliados", "este post contém links de afiliados"]
  static let disclosureDutch = ["dit artikel bevat affiliate links", "dit artikel bevat affiliatelinks"]
  static let disclosurePolish = ["ten artykuł zawiera linki afiliacyjne", "ten wpis zawiera linki afiliacyjne"]
  static let disclosures =
    disclosureEnglish + disclosureGerman + disclosureFrench + disclosureSpanish + disclosureItalian
    + disclosurePortuguese + disclosureDutch + disclosurePolish
  static let disclosureOpenings = FirstBytes(disclosures)
  /// The longest disclosure opening, in characters: a paragraph's opening is read to it.
  static let longestDisclosure = disclosures.map(\.count).max() ?? 0

  /// Lines that are the whole paragraph, one of the site's own words between the article's
  /// paragraphs: an ad slot's label ("Advertisement", "Anzeige"), a rating widget's call, a
  /// share bar's label, a back-to-top link. Compared whole (a
  /// trailing colon, arrow or ellipsis aside), never as an opening: "Anzeige erstatten" is prose.
  static let wholeLineEnglish = [
    "advertisement", "advertisements", "sponsored", "rate this post", "share this", "share this article",
    "back to top", "more", "read more",
  ]
  static let wholeLineGerman = [
    "anzeige", "werbung", "zum seitenanfang", "nach oben", "teile mich", "teilen", "artikel teilen", "mehr",
    "beitrag bewerten",
  ]
  static let wholeLineFrench = ["publicité", "partager", "partager cet article", "lire la suite"]
  static let wholeLineSpanish = ["publicidad", "compartir", "leer más"]
  static let wholeLineItalian = ["pubblicità", "condividi", "leggi di più"]
  static let wholeLinePortuguese = ["publicidade", "compartilhe", "leia mais"]
  static let wholeLineDutch = ["advertentie", "delen", "lees meer"]
  static let wholeLinePolish = ["reklama", "udostępnij", "czytaj dalej"]

  static let wholeLines: Set<String> = Set(
    wholeLineEnglish + wholeLineGerman + wholeLineFrench + wholeLineSpanish + wholeLineItalian
      + wholeLinePortuguese + wholeLineDutch + wholeLinePolish)

  /// A teaser's link to the rest of a post, alone on a paragraph of the body ("Mehr lesen …",
  /// "READ FULL ARTICLE", "Continue reading"): a button, never a sentence of the story. Compared
  /// whole like `wholeLines`, but only with the body's paragraphs: a heading or a related block's
  /// name saying "Weiterlesen" or "Lees verder" heads the posts below it and is kept.
  static let readOnEnglish = [
    "read full article", "read the full article", "read full story", "read the full story", "continue reading",
  ]
  static let readOnGerman = ["mehr lesen", "weiterlesen", "ganzen artikel lesen", "zum ganzen artikel"]
  static let readOnFrench = ["lire plus", "lire l'article complet"]
  static let readOnSpanish = ["seguir leyendo", "leer artículo completo"]
  static let readOnItalian = ["continua a leggere", "leggi tutto"]
  static let readOnPortuguese = ["continue lendo", "continuar lendo"]
  static let readOnDutch = ["lees verder", "verder lezen"]
  static let readOnPolish = ["czytaj więcej", "czytaj cały artykuł"]
  static let readOnButtons: Set<String> = Set(
    readOnEnglish + readOnGerman + readOnFrench + readOnSpanish + readOnItalian + readOnPortuguese
      + readOnDutch + readOnPolish)
  static let readOnOpenings = FirstBytes(readOnButtons)
  /// The longest read-on button, in bytes: a longer paragraph is not compared with them.
  static let longestReadOn = readOnButtons.map(\.utf8.count).max() ?? 0

  /// The longest whole line, in bytes: a longer paragraph is not compared with them.
  static let longestWholeLine = wholeLines.map(\.utf8.count).max() ?? 0

  /// A copyright notice inside a closing line, per language: the site's, not the story's.
  static let copyrightEnglish = ["all rights reserved"]
  static let copyrightGerman = ["alle rechte vorbehalten"]
  static let copyrightFrench = ["tous droits réservés"]
  static let copyrightSpanish = ["todos los derechos reservados"]
  static let copyrightItalian = ["tutti i diritti riservati"]
  static let copyrightPortuguese = ["todos os direitos reservados"]
  static let copyrightDutch = ["alle rechten voorbehouden"]
  /// Polish "Wszelkie prawa zastrzeżone" and "Wszystkie prawa zastrzeżone", by their shared end.
  static let copyrightPolish = ["prawa zastrzeżone"]
  static let copyrightNotices =
    copyrightEnglish + copyrightGerman + copyrightFrench + copyrightSpanish + copyrightItalian
    + copyrightPortuguese + copyrightDutch + copyrightPolish

  /// Wordings of the site's note under a story, looked for in one of the body's closing lines
  /// and nowhere else: an opinion disclaimer ("Namentlich gekennzeichnete Beiträge geben die Meinung
  /// des Autors wieder", "The views expressed in this column are those of the author"), a call for
  /// corrections, a blog theme's filing line ("This entry was posted on … and is filed under …",
  /// "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt"). Each entry is a set of
  /// clauses the line must all hold, as whole words: a story reports on views, opinions and authors
  /// in other words ("the powers are those of the authority", "the posts do not necessarily reflect
  /// the views of the company", "the opinions expressed in this chamber").
  static let disclaimerOpenersEnglish = [
    "the views expressed", "the opinions expressed", "the views and opinions expressed",
  ]
  static let disclaimerEnglish: [[String]] =
    ["views", "opinions"].flatMap { noun in
      ["article", "column", "post", "blog", "piece", "op-ed"].map { ["\(noun) expressed in this \($0)"] }
    }
    + disclaimerOpenersEnglish.flatMap { opener in
      ["those of the author", "those of the authors", "do not necessarily reflect"].map { [opener, $0] }
    }
    + [
      ["if you are aware of an inaccuracy"], ["would like to report a correction"],
      ["this entry was posted on", "filed under"],
    ]
  static let disclaimerGerman: [[String]] = [
    ["die meinung des autors wieder"], ["die meinung der autorin wieder"], ["die meinung der autoren wieder"],
    ["einschätzungen der autorin oder des autors"], ["einschätzungen des autors oder der autorin"],
    ["geben nicht unbedingt die meinung der redaktion"], ["geben nicht zwingend die meinung der redaktion"],
    ["der beitrag wurde am", "abgelegt"], ["dieser beitrag wurde am", "abgelegt"],
  ]
  static let disclaimerFrench: [[String]] = [
    ["n'engagent que leur auteur"], ["n'engagent que leurs auteurs"], ["n'engagent que son auteur"],
    ["ne reflètent pas nécessairement l'opinion de la rédaction"], ["les opinions exprimées dans cet article"],
  ]
  static let disclaimerSpanish: [[String]] = [
    ["son responsabilidad exclusiva de su autor"], ["son responsabilidad exclusiva de sus autores"],
    ["las opiniones expresadas", "no reflejan necesariamente"], ["las opiniones expresadas en este artículo"],
  ]
  static let disclaimerItalian: [[String]] = [
    ["le opinioni espresse", "non riflettono necessariamente"], ["le opinioni espresse in questo articolo"],
    ["sono di esclusiva responsabilità dell'autore"],
  ]
  static let disclaimerPortuguese: [[String]] = [
    ["as opiniões expressas", "não refletem necessariamente"], ["as opiniões expressas neste artigo"],
    ["são de responsabilidade exclusiva do autor"],
  ]
  static let disclaimerDutch: [[String]] = [
    ["geven niet noodzakelijk de mening van de redactie"],
    ["weerspiegelen niet noodzakelijk de mening van de redactie"],
  ]
  static let disclaimerPolish: [[String]] = [
    ["nie odzwierciedlają stanowiska redakcji"], ["opinie wyrażone w tym artykule"],
  ]
  static let closingDisclaimers =
    disclaimerEnglish + disclaimerGerman + disclaimerFrench + disclaimerSpanish + disclaimerItalian
    + disclaimerPortuguese + disclaimerDutch + disclaimerPolish
  /// `closingDisclaimers` as words (`Text.words`): each clause is matched on a line's words.
  static let closingDisclaimerWords: [[[Substring]]] = closingDisclaimers.map { $0.map { Text.words($0) } }

  /// Words that open a copyright notice when a year follows them ("Copyright 2023 …", "(c) 2021
  /// …"); alone they are a word of the story ("the copyright claim").
  static let copyrightMarks = ["copyright", "(c)"]
  /// Marks a quotation opens with, in the languages' typesetting (“ " „ « » ‘ ‚ ' 「): a closing
  /// line set in italics that opens with one quotes someone, it is not the site speaking.
  static let openingQuotes: Set<Unicode.Scalar> = [
    "\u{201C}", "\"", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2018}", "\u{201A}", "'", "\u{300C}",
  ]

  /// Words that make a plain closing line naming the site a call to act, per language ("For the
  /// latest stories download the … apps", "Folgt uns", "Suivez-nous", "Síguenos").
  static let callWordsEnglish = [
    "download", "follow", "app", "apps", "newsletter", "newsletters", "subscribe", "subscription", "signup", "join",
  ]
  static let callWordsGerman = [
    "folgen", "folgt", "folge", "abonnieren", "abonniert", "abonniere", "herunterladen", "newsletter", "app",
  ]
  static let callWordsFrench = ["suivez", "abonnez", "téléchargez", "inscrivez", "rejoignez", "newsletter"]
  static let callWordsSpanish = ["síguenos", "suscríbete", "descarga", "descárgate", "suscríbase", "únete", "boletín"]
  static let callWordsItalian = ["seguici", "iscriviti", "scarica", "newsletter"]
  static let callWordsPortuguese = ["siga", "inscreva", "assine", "baixe", "newsletter"]
  static let callWordsDutch = ["volg", "abonneer", "download", "nieuwsbrief"]
  static let callWordsPolish = ["obserwuj", "subskrybuj", "dołącz", "pobierz", "newsletter"]
  static let callWords: Set<String> = Set(
    callWordsEnglish + callWordsGerman + callWordsFrench + callWordsSpanish + callWordsItalian + callWordsPortuguese
      + callWordsDutch + callWordsPolish)
  /// The verbs that send a reader to follow, subscribe or join, per language: on the body's last
  /// line with a link, opening a sentence and addressed to the site (`followAddressees` in the
  /// next words: "Follow us", "Folge uns", "Join our …"), they are the site's whatever it names.
  /// Not "app", "download" or "newsletter": a story's last line links the app, file or newsletter
  /// it is about ("Newsletter publishers told …").
  static let followCallsEnglish = ["follow", "subscribe", "join", "signup"]
  static let followCallsGerman = ["folgen", "folgt", "folge", "abonnieren", "abonniere", "abonniert"]
  static let followCallsFrench = ["suivez", "abonnez", "inscrivez", "rejoignez"]
  static let followCallsSpanish = ["sigue", "siga", "suscríbete", "suscríbase", "únete"]
  static let followCallsItalian = ["segui", "iscriviti", "unisciti"]
  static let followCallsPortuguese = ["siga", "inscreva", "assine", "junte"]
  static let followCallsDutch = ["volg", "abonneer", "word"]
  static let followCallsPolish = ["obserwuj", "subskrybuj", "dołącz"]
  static let followCalls: Set<String> = Set(
    followCallsEnglish + followCallsGerman + followCallsFrench + followCallsSpanish + followCallsItalian
      + followCallsPortuguese + followCallsDutch + followCallsPolish)
  /// Calls that carry their addressee in the word (Spanish "Síguenos", Italian "Seguici").
  static let addressedFollowCalls: Set<String> = ["síguenos", "seguinos", "seguici", "suscríbenos"]
  /// The site as the call's addressee, per language ("us", "our"; "uns", "unser…"; "nous",
  /// "notre"; "nos", "nuestro…"; "ci", "nostro…"; "nos", "nosso…"; "ons", "onze"; "nas", "nasz…"):
  /// "Follow the hearing live", "Join Anna and the team" have none and report.
  static let followAddresseesEnglish = ["us", "our"]
  static let followAddresseesGerman = ["uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"]
  static let followAddresseesFrench = ["nous", "notre", "nos"]
  static let followAddresseesSpanish = ["nos", "nuestro", "nuestra", "nuestros", "nuestras"]
  static let followAddresseesItalian = ["ci", "nostro", "nostra", "nostri", "nostre"]
  static let followAddresseesPortuguese = ["nos", "nosso", "nossa", "nossos", "nossas"]
  static let followAddresseesDutch = ["ons", "onze"]
  static let followAddresseesPolish = ["nas", "nasz", "nasza", "nasze", "naszego", "naszej", "naszym"]
  static let followAddressees: Set<String> = Set(
    followAddresseesEnglish + followAddresseesGerman + followAddresseesFrench + followAddresseesSpanish
      + followAddresseesItalian + followAddresseesPortuguese + followAddresseesDutch + followAddresseesPolish)
  /// How many words after the call its addressee may come ("Abonnieren Sie unseren Newsletter",
  /// "Subscribe to our newsletter").
  static let followAddresseeReach = 3
  /// Calls of several words, per language.
  static let callPhrasesEnglish = ["sign up", "join us"]
  static let callPhrasesGerman = ["melden sie sich", "meldet euch"]
  static let callPhrases = callPhrasesEnglish + callPhrasesGerman

  /// Words of a reader appeal under the story, per language ("Support …", "Die … braucht Eure
  /// Hilfe!", "Unterstütze …", "Soutenez …", "Apoya …").
  static let appealWordsEnglish = ["support", "donate", "donation", "donations", "subscribe", "contribute"]
  static let appealWordsGerman = [
    "hilfe", "unterstütze", "unterstützen", "unterstützt", "spenden", "spende", "abonnieren", "abonniert",
  ]
  static let appealWordsFrench = ["soutenez", "soutenir", "abonnez"]
  static let appealWordsSpanish = ["apoya", "apóyanos", "dona", "donar", "suscríbete"]
  static let appealWords: Set<String> = Set(
    appealWordsEnglish + appealWordsGerman + appealWordsFrench + appealWordsSpanish)
  /// Appeals of several words, per language.
  static let appealPhrasesEnglish = ["become a member", "become a supporter"]
  static let appealPhrasesFrench = ["faire un don"]
  static let appealPhrases = appealPhrasesEnglish + appealPhrasesFrench

  /// What a short line ending with a link to the site's newsletter page says, in the link's words or
  /// as its opening words, when it calls the reader to sign up ("Get … in your inbox", "Newsletter
  /// abonnieren", "Hier geht's zur Anmeldung", "Inscrivez-vous"), per language: the call, not a word
  /// a story about newsletters reports with ("melde dich beim Team" is no sign-up).
  static let signUpCallsEnglish = [
    "sign up", "subscribe to our", "subscribe now", "subscribe here", "subscribe for free", "in your inbox",
    "to your inbox", "get our newsletter", "join our newsletter",
  ]
  static let signUpCallsGerman = [
    "newsletter abonnieren", "abonnieren sie", "jetzt abonnieren", "jetzt anmelden", "hier anmelden",
    "zur anmeldung", "zum newsletter anmelden", "in ihrer inbox", "in ihr postfach", "in ihrem postfach",
    "in dein postfach", "in deinem postfach", "melden sie sich an", "melde dich an",
  ]
  static let signUpCallsFrench = [
    "abonnez-vous", "inscrivez-vous", "dans votre boîte", "s'inscrire à la newsletter", "recevez notre",
  ]
  static let signUpCallsSpanish = [
    "suscríbete", "suscríbase", "en tu correo", "en tu bandeja", "apúntate", "recibe nuestro",
  ]
  static let signUpCallsItalian = ["iscriviti", "nella tua casella", "ricevi la nostra"]
  static let signUpCallsPortuguese = ["inscreva-se", "assine a nossa", "assine nossa", "no seu e-mail", "na sua caixa"]
  static let signUpCallsDutch = [
    "schrijf je in", "schrijf u in", "abonneer je", "abonneer u", "abonneer nu", "in je inbox", "in je mailbox",
    "meld je aan",
  ]
  static let signUpCallsPolish = ["zapisz się", "subskrybuj", "zamów newsletter"]
  static let signUpCalls =
    signUpCallsEnglish + signUpCallsGerman + signUpCallsFrench + signUpCallsSpanish + signUpCallsItalian
    + signUpCallsPortuguese + signUpCallsDutch + signUpCallsPolish
  /// A newsletter's name as a path segment of a link's address or in its title
  /// (`href="/newsletters/morning"`, `title="Newsletter"`), per language: the page the call sends
  /// the reader to.
  static let newsletterTargets = ["newsletter", "nieuwsbrief", "infolettre", "boletin", "boletín"]

  /// German letters as a host name spells them in ASCII ("gruenesaeule.de" for "Grünesäule").
  static let spelledOutLetters: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"]

  /// A photo credit line in any language ("© Stadtrat | Frank Ebner").
  static let lineSymbols = ["©"]

  /// A reading time shown as a line of its own above or below the text ("4 min read", "Lesezeit:
  /// 4 Minuten", "Tempo di lettura: 6 minuti", "Ten tekst przeczytasz w 4 minuty"): found anywhere in
  /// a short line that holds a number.
  static let readingTimeEnglish = ["min read", "mins read", "minute read", "minutes read", "reading time", "read time"]
  static let readingTimeGerman = ["lesezeit", "lesedauer", "min. lesen", "minuten lesen"]
  static let readingTimeFrench = ["temps de lecture", "min de lecture", "minutes de lecture"]
  static let readingTimeSpanish = ["tiempo de lectura", "min de lectura", "minutos de lectura"]
  static let readingTimeItalian = ["tempo di lettura", "min di lettura", "minuti di lettura"]
  static let readingTimePortuguese = ["tempo de leitura", "min de leitura", "minutos de leitura"]
  static let readingTimeDutch = ["leestijd"]
  static let readingTimePolish = ["czas czytania", "przeczytasz w", "min czytania"]
  static let readingTimes =
    readingTimeEnglish + readingTimeGerman + readingTimeFrench + readingTimeSpanish + readingTimeItalian
    + readingTimePortuguese + readingTimeDutch + readingTimePolish

  static let promotionalLines = SectionVocabulary.Phrases(
    lineEnglish + lineGerman + lineFrench + lineSpanish + lineItalian + linePortuguese + lineDutch + linePolish
      + lineSymbols)

  /// The line phrases by their first character: a line is compared with a few, not all.
  static let linesByFirstCharacter: [Character: [String]] = Dictionary(
    grouping: promotionalLines.all.filter { !$0.isEmpty }, by: { $0.first! })

  static let labelOpenings = FirstBytes(recirculationLabels)
  static let lineOpenings = FirstBytes(promotionalLines.all + wholeLines)
  static let wholeLineOpenings = FirstBytes(wholeLines)

  /// The first bytes a table's phrases open with, either case: a line opening with another byte
  /// cannot be one of them, and is turned away without lower-casing it.
  struct FirstBytes: Sendable {
    private let admitted: [Bool]

    init<Phrases: Sequence<String>>(_ phrases: Phrases) {
      var admitted = [Bool](repeating: false, count: 256)
      for phrase in phrases {
        guard let first = phrase.utf8.first else { continue }
        admitted[Int(first)] = true
        // An ASCII letter's capital; a Latin letter outside ASCII shares its lead byte with it.
        if first >= 0x61 && first <= 0x7A { admitted[Int(first - 0x20)] = true }
      }
      self.admitted = admitted
    }

    func admits(_ text: String) -> Bool { text.utf8.first.map { admitted[Int($0)] } ?? false }
  }
}
