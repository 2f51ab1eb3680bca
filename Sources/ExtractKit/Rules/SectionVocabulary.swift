/// Words readers see on the typed sections of an article (related-post blocks) as named
/// tables per language. Every phrase is lower-cased and
/// matched as the start of a short heading ("Ähnliche Beiträge", "Das könnte Sie auch
/// interessieren:"), where a word ends (`Phrases.needsWordEnd`).
enum SectionVocabulary {
  // MARK: related-post headings

  /// Headings that say the cards below are tied to this article ("Related posts", "Similar
  /// articles"): a block under one of them wins over any other card block of the page.
  static let relatedEnglish = [
    "related", "you may also like", "you might also like", "you may also enjoy", "you might also enjoy",
    "similar articles", "similar posts", "similar stories", "more like this", "try these next", "also in",
    "more on this", "further reading", "read next", "more on ", "more about ", "also read", "read also",
    "you may also be interested", "you might also be interested", "you may be interested in",
    "you might be interested in", "you may also want to read", "you might also want to read",
    "recommended reading", "suggested reading", "suggested articles", "suggested posts", "similar reads",
    "other articles you may like", "other posts you may like", "if you liked this", "if you enjoyed this",
    // met beyond the first tables: phrases that say the posts go with this article
    "more to explore", "people also read", "readers also liked", "readers also read",
    "more stories like this", "more articles like this", "related reading", "you may also want to see",
    // probes of round 23: headings themes and plugins print over related cards
    "check out these related", "check out our related", "check out these similar", "read these next",
  ]
  static let relatedGerman = [
    "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte dir auch gefallen",
    "das könnte ihnen auch gefallen", "dir könnte auch gefallen", "ihnen könnte auch gefallen",
    "könnte sie auch interessieren", "könnte dich auch interessieren", "ähnliche beiträge", "ähnliche artikel",
    "ähnliche rezepte", "ähnliche themen", "verwandte artikel", "verwandte beiträge", "verwandte themen",
    "mehr zum thema", "zum thema", "passend dazu", "passend zum thema", "dies passt zum thema", "lesen sie auch",
    "lies auch", "empfohlene beiträge", "empfohlene artikel", "beliebte beiträge zum thema", "auch interessant",
    "weitere beiträge zu diesem artikel", "weitere artikel zum thema", "weitere beiträge zum thema", "mehr zu ",
    "mehr über ", "mehr zum ", "mehr zur ", "weitere empfehlungen", "erfahre mehr", "weitere inhalte zum thema",
    "erfahren sie mehr", "zum weiterlesen", "diese artikel könnten sie interessieren",
    "dieser artikel könnte sie interessieren", "das könnte sie interessieren", "das könnte dich interessieren",
    "das interessiert sie vielleicht auch", "das interessiert dich vielleicht auch", "vielleicht auch interessant",
    "auch lesenswert", "ebenfalls lesenswert", "ebenfalls interessant", "lesen sie dazu", "lesen sie mehr zum thema",
    "weiterführende artikel", "weiterführende beiträge", "ähnliche nachrichten", "ähnliche meldungen",
    "ähnliche news", "ähnliche posts", "verwandte nachrichten", "weitere meldungen zum thema",
    "weitere interessante artikel", "weitere interessante beiträge", "artikel zum thema", "beiträge zum thema",
    // met beyond the first tables: phrases that say the posts go with this article
    "passende artikel", "passende beiträge", "themenverwandte artikel", "verwandte inhalte", "ähnliche inhalte",
    "das könnte sie ebenfalls interessieren", "das könnte dich ebenfalls interessieren", "mehr dazu",
    "auch spannend", "ebenfalls spannend", "dazu passend",
    // probes of round 23: headings themes and plugins print over related cards
    "diese beiträge könnten dich auch interessieren", "diese beiträge könnten sie auch interessieren",
    "diese artikel könnten dich auch interessieren", "diese artikel könnten sie auch interessieren",
    "als nächstes lesen",
    "vielleicht interessiert dich auch", "vielleicht interessiert sie auch", "vielleicht gefällt dir auch",
    "das gefällt dir vielleicht auch", "dies könnte sie auch interessieren", "dies könnte dich auch interessieren",
  ]
  static let relatedFrench = [
    "à lire aussi", "a lire aussi", "lire aussi", "sur le même thème", "sur le meme theme", "articles en relation",
    "en relation", "articles liés", "articles similaires", "pour approfondir", "la rédaction vous conseille",
    "vous aimerez aussi", "vous aimerez peut-être", "vous pourriez aussi aimer", "dans la même rubrique",
    "voir aussi", "sur le même sujet", "à lire également", "a lire également", "lire également", "à voir aussi",
    "a voir aussi", "à découvrir aussi", "a découvrir aussi", "vous pourriez aimer", "vous aimerez également",
    "ces articles peuvent vous intéresser", "ces articles pourraient vous intéresser", "ça peut vous intéresser",
    "cela pourrait vous intéresser", "cela peut vous intéresser", "articles connexes", "articles associés",
    "contenus associés", "pour aller plus loin", "dans la même catégorie", "nos articles similaires",
    // met beyond the first tables: phrases that say the posts go with this article
    "articles correspondants", "articles recommandés", "suggestions de lecture", "dans la même thématique",
    "ceci pourrait vous intéresser", "ces contenus pourraient vous intéresser", "à consulter aussi",
    "a consulter aussi", "vous allez aimer",
    // probes of round 23: headings themes and plugins print over related cards
    "ces articles pourraient vous plaire", "ces articles peuvent vous plaire", "à découvrir également",
    "a découvrir également", "à lire ensuite", "a lire ensuite",
    "ça pourrait vous plaire", "cela pourrait vous plaire",
    "vous pourriez également aimer", "vous aimerez sûrement",
    // probes of round 24: theme titles over related cards
    "publications similaires",
  ]
  static let relatedSpanish = [
    "te puede interesar", "también te puede interesar", "noticias relacionadas", "artículos relacionados",
    "entradas relacionadas", "publicaciones relacionadas", "lee también", "lea también",
    "te recomendamos", "te podría interesar", "más de ", "también te puede gustar", "te puede gustar",
    "te podría gustar", "quizás te interese", "quizá te interese", "puede que te interese", "lee además",
    "lea además", "leer también", "contenido relacionado", "contenidos relacionados",
    "artículos similares", "lecturas recomendadas", "otras noticias relacionadas", "más sobre ",
    // met beyond the first tables: phrases that say the posts go with this article
    "artículos recomendados", "te sugerimos", "más noticias relacionadas", "lo que te puede interesar",
    "también te podría interesar", "otras noticias que te pueden interesar",
    // probes of round 23: headings themes and plugins print over related cards
    "otras entradas que te pueden interesar", "otros artículos que te pueden interesar",
    "entradas que te pueden interesar", "artículos que te pueden interesar", "posts relacionados",
    "también te podría gustar", "quizá también te interese", "quizás también te interese", "puede que te guste",
    "quizás te guste", "quizá te guste",
    // probes of round 24: theme titles over related cards
    "entradas similares", "publicaciones similares", "posts similares", "artículos parecidos",
  ]
  static let relatedItalian = [
    "articoli correlati", "post correlati", "potrebbe interessarti", "ti potrebbe interessare",
    "potrebbero interessarti", "leggi anche", "ti potrebbe piacere", "ti potrebbero interessare",
    "potrebbe piacerti", "potrebbero piacerti", "articoli simili", "articoli consigliati", "notizie correlate",
    "leggi pure", "leggi altri articoli sullo stesso tema", "sullo stesso argomento", "sullo stesso tema",
    "dello stesso argomento", "per approfondire", "ti consigliamo",
    // met beyond the first tables: phrases that say the posts go with this article
    "articoli che potrebbero interessarti", "ti può interessare", "potrebbe interessarti anche",
    "altri articoli correlati", "notizie simili",
    // probes of round 23: headings themes and plugins print over related cards
    "ti potrebbero piacere", "potrebbero piacerti anche", "articoli che potrebbero piacerti", "da leggere dopo",
    "potrebbe anche interessarti", "ti potrebbe anche interessare", "potrebbe anche piacerti",
    "forse ti può interessare",
    // probes of round 24: theme titles over related cards
    "post simili", "articoli simili che potrebbero interessarti",
  ]
  static let relatedPortuguese = [
    "recomendamos para você", "leia também", "veja também", "artigos relacionados", "posts relacionados",
    "notícias relacionadas", "você também pode gostar", "conteúdo relacionado",
    "conteúdos relacionados", "matérias relacionadas", "artigos similares", "artigos semelhantes",
    "você pode gostar", "você pode se interessar", "você também pode se interessar", "pode te interessar",
    "pode lhe interessar", "confira também", "leia mais sobre", "veja mais sobre", "leia ainda", "ler também",
    // met beyond the first tables: phrases that say the posts go with this article
    "artigos recomendados", "notícias semelhantes", "você pode gostar também", "talvez você goste",
    "também pode interessar",
    // probes of round 23: headings themes and plugins print over related cards
    "postagens relacionadas", "publicações relacionadas",
    "você também vai gostar", "você vai gostar também", "também pode gostar", "pode também gostar",
    "artigos que também podem interessar",
    // probes of round 24: theme titles over related cards
    "posts similares", "posts semelhantes", "publicações semelhantes", "publicações similares",
  ]
  static let relatedDutch = [
    "gerelateerde artikelen", "lees ook", "ook interessant", "misschien ook interessant",
    "dit vind je misschien ook leuk", "meer over ", "vergelijkbare artikelen", "gerelateerde berichten",
    "gerelateerde nieuwsberichten", "gerelateerd nieuws", "dit vind je misschien ook interessant",
    "misschien vind je dit ook leuk", "misschien ook leuk", "bekijk ook", "vergelijkbare berichten",
    "aanbevolen artikelen", "ook het lezen waard",
    // met beyond the first tables: phrases that say the posts go with this article
    "anderen lazen ook", "misschien interessant voor jou", "meer nieuws over ", "gerelateerde verhalen",
    "vergelijkbaar nieuws", "gerelateerde posts", "gerelateerde blogs", "gerelateerde content",
    // probes of round 23: headings themes and plugins print over related cards
    "lees ook deze artikelen",
    "misschien vind je deze ook leuk", "je vindt dit misschien ook leuk", "misschien vind je dit ook interessant",
    // probes of round 24: theme titles over related cards
    "vergelijkbare posts",
  ]
  static let relatedPolish = [
    "podobne przepisy", "podobne artykuły", "czytaj także", "czytaj też", "zobacz także", "zobacz też",
    "powiązane artykuły", "powiązane tematy", "powiązane wpisy", "podobne wpisy", "może cię zainteresować",
    "przeczytaj również", "przeczytaj także", "przeczytaj też", "czytaj również", "zobacz również",
    "więcej na ten temat", "więcej na temat", "więcej o ", "podobne teksty", "podobne posty",
    "może cię również zainteresować", "może ci się spodobać", "może pana zainteresować", "może panią zainteresować",
    "mogą cię zainteresować", "to może cię zainteresować", "w tym temacie",
    // met beyond the first tables: phrases that say the posts go with this article
    "polecane artykuły", "warto przeczytać", "podobne materiały", "powiązane materiały", "powiązane posty",
    "polecamy również", "polecamy także", "polecamy też",
    // probes of round 23: headings themes and plugins print over related cards
    "czytaj dalej na ten temat",
    "może cię też zainteresować", "może cię także zainteresować", "może ci się też spodobać",
    "może ci się także spodobać",
  ]
  static let relatedFinnish = [
    "lue aiheesta lisää", "lue myös", "aiheesta muualla", "lue lisää aiheesta", "aiheeseen liittyvät",
    "samasta aiheesta", "katso myös",
  ]
  static let relatedCzech = [
    "čtěte také", "čtěte též", "mohlo by vás zajímat", "podobné články", "přečtěte si také",
    "přečtěte si též", "další články k tématu", "k tématu", "podobné příspěvky", "související články",
    "související příspěvky", "související zprávy",
  ]
  static let relatedSlovak = [
    "čítajte aj", "čítajte tiež", "prečítajte si aj", "prečítajte si tiež", "mohlo by vás zaujímať",
    "podobné články", "súvisiace články", "súvisiace správy",
  ]
  /// Russian: "read also", "on the topic", "similar articles", "see also", "you may be interested".
  static let relatedRussian = [
    "читайте также", "читайте еще", "читайте ещё", "читайте тоже", "читать также", "читайте по теме", "по теме",
    "похожие статьи", "похожие новости", "похожие материалы", "похожие записи", "похожие публикации",
    "связанные статьи", "связанные материалы", "связанные новости", "статьи по теме", "новости по теме",
    "материалы по теме", "другие новости по теме", "смотрите также", "смотри также", "вам может быть интересно",
    "вас может заинтересовать", "вам также может понравиться", "рекомендуем прочитать", "еще по теме",
    "ещё по теме",
  ]
  /// Ukrainian: "read also", "on the topic", "similar articles", "see also".
  static let relatedUkrainian = [
    "читайте також", "читайте ще", "читайте по темі", "по темі", "за темою", "новини за темою", "статті за темою",
    "матеріали за темою", "схожі статті", "схожі новини", "схожі матеріали", "пов'язані статті",
    "пов'язані новини", "дивіться також", "вас може зацікавити", "вам може бути цікаво",
  ]
  /// Scandinavian: Swedish, Danish and Norwegian "read also", "related articles", WordPress's
  /// "Relaterade inlägg", "Relaterede indlæg", "Relaterte innlegg" (Jetpack's "Relaterade" is in
  /// `relatedWholeHeadings`).
  static let relatedScandinavian = [
    "läs också", "läs även", "relaterade artiklar", "relaterade inlägg", "relaterade nyheter", "relaterat innehåll",
    "liknande artiklar", "liknande inlägg", "mer om ", "læs også", "relaterede artikler", "relaterede indlæg",
    "relaterede nyheder", "relateret indhold", "lignende artikler", "lignende indlæg", "les også", "relaterte artikler",
    "relaterte innlegg", "relaterte saker", "relaterte nyheter", "relatert innhold", "lignende saker",
    "lignende innlegg", "mer om dette",
  ]
  /// Romanian, Hungarian, Croatian, Serbian and Slovenian.
  static let relatedOtherEuropean = [
    "articole similare", "articole asemănătoare", "articole asemanatoare", "citește și", "citeste si",
    "articole relaționate", "s-ar putea să te intereseze", "kapcsolódó cikkek", "kapcsolódó hírek",
    "ezek is érdekelhetnek",
    "ez is érdekelheti", "olvasd el ezt is", "hasonló cikkek", "povezani članci", "povezane vijesti",
    "povezane vesti", "pročitajte još", "pročitajte i", "pročitajte također", "slične vijesti", "slične vesti",
    "preberite še", "sorodni članki", "sorodne novice",
  ]
  /// Turkish and Greek.
  static let relatedTurkishGreek = [
    "ilgili haberler", "ilgili yazılar", "ilgili içerikler", "benzer haberler", "benzer yazılar",
    "bunlar da ilginizi çekebilir", "ilginizi çekebilir", "şunlar da ilginizi çekebilir",
    "διαβάστε επίσης", "διαβάστε ακόμα", "σχετικά άρθρα", "σχετικά θέματα", "σχετικές ειδήσεις",
  ]
  /// Japanese, Chinese (simplified and traditional) and Korean.
  static let relatedEastAsian = [
    "関連記事", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "こちらもどうぞ", "関連する記事", "相关文章",
    "相關文章", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "相关推荐", "相關推薦", "相关新闻", "相關新聞",
    "您可能會有興趣的文章", "您可能感兴趣的文章", "你可能感兴趣", "您可能感兴趣", "你可能也喜欢", "你可能也喜歡",
    "관련 기사", "관련기사", "관련 글", "관련글", "함께 보면 좋은 글", "함께 읽으면 좋은 글",
  ]
  /// Arabic, Persian, Hebrew, Hindi, Indonesian and Vietnamese.
  static let relatedOtherScripts = [
    "مقالات ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة",
    "مطالب مرتبط", "بیشتر بخوانید", "כתבות נוספות בנושא", "מאמרים קשורים", "קראו גם", "यह भी पढ़ें",
    "ये भी पढ़ें", "संबंधित खबरें", "संबंधित ख़बरें", "baca juga", "artikel terkait", "berita terkait",
    "postingan terkait", "bài viết liên quan", "tin liên quan", "tin tức liên quan",
  ]
  /// Bengali news sites: "more news from this section".
  static let relatedBengali = ["এই বিভাগের আরো খবর", "আরো খবর", "আরও খবর", "সম্পর্কিত খবর"]

  static let relatedHeadings: [String] =
    relatedEnglish + relatedGerman + relatedFrench + relatedSpanish + relatedItalian + relatedPortuguese
    + relatedDutch + relatedPolish + relatedFinnish + relatedCzech + relatedSlovak + relatedBengali + relatedRussian
    + relatedUkrainian + relatedScandinavian + relatedOtherEuropean + relatedTurkishGreek + relatedEastAsian
    + relatedOtherScripts

  /// One-word related-posts titles (Jetpack's French "Similaire", Polish "Podobne", Russian
  /// "Похожее", Swedish "Relaterade", Danish "Relaterede", Norwegian "Relaterte"; a theme's
  /// Spanish "Relacionado", Portuguese "Relacionadas", Dutch "Gerelateerd", Czech "Související",
  /// Polish "Powiązane", "Polecamy", Italian "Correlati"): related only as the WHOLE heading
  /// (punctuation or a symbol may follow: "Podobne…", "Similaire ›"), as each opens in-article
  /// headings too ("Podobne objawy u dorosłych", "Relaterte symptomer", "Relacionado con el
  /// estrés", "Gerelateerde klachten", "Související onemocnění"). Not English "related": the
  /// opening of nearly every English block title ("Related Posts", "Related Stories").
  static let relatedWholeHeadings = [
    "similaire", "podobne", "похожее", "relaterade", "relaterede", "relaterte", "relaterat", "relateret",
    "relatert", "relacionado", "relacionados", "relacionadas", "correlati", "approfondimenti", "gerelateerd",
    "powiązane", "polecamy", "související", "súvisiace", "kapcsolódó",
    // "Read next", "Discover also", "Check also" as a theme's whole title over a row of cards;
    // the same imperatives open an article's own section over its list of links ("Découvrez
    // aussi les jardins de la Loire", "Sprawdź też, czy gleba jest gotowa") or a shop's row
    // of products ("Découvrez aussi nos produits").
    "découvrez aussi", "découvrez également", "lee a continuación", "leia a seguir", "lees hierna", "sprawdź też",
    "sprawdź także", "sprawdź również",
  ]

  // MARK: closing sections

  /// A story's closing sections ("Fazit", "Literatur", "References"), set as a bold line over their
  /// text: sub-headings of the article, never a list item's title. A whole title, lower-cased,
  /// without its colon.
  static let closingEnglish = [
    "conclusion", "conclusions", "in conclusion", "summary", "in summary", "final thoughts", "the bottom line",
    "bottom line", "references", "sources", "source", "bibliography", "literature", "further reading", "notes",
  ]
  static let closingGerman = [
    "fazit", "unser fazit", "mein fazit", "zusammenfassung", "schlussfolgerung", "literatur", "literaturverzeichnis",
    "literaturhinweise", "quellen", "quelle", "quellenangaben", "weiterführende literatur", "anmerkungen",
  ]
  static let closingFrench = [
    "conclusion", "en conclusion", "en résumé", "sources", "références", "bibliographie", "pour aller plus loin",
  ]
  static let closingSpanish = ["conclusión", "conclusiones", "en resumen", "fuentes", "referencias", "bibliografía"]
  static let closingItalian = ["conclusione", "conclusioni", "in sintesi", "fonti", "riferimenti", "bibliografia"]
  static let closingPortuguese = ["conclusão", "conclusões", "em resumo", "fontes", "referências", "bibliografia"]
  static let closingDutch = ["conclusie", "tot slot", "samenvatting", "bronnen", "referenties", "literatuur"]
  static let closingPolish = ["podsumowanie", "wnioski", "źródła", "bibliografia", "przypisy", "literatura"]
  static let closingHeadings = Set(
    closingEnglish + closingGerman + closingFrench + closingSpanish + closingItalian + closingPortuguese
      + closingDutch + closingPolish)

  /// Headings of a story's list of sources ("References", "Quellen"): the list under one is
  /// citations with their links, the article's own, not a box of links out. A whole title,
  /// lower-cased, without its section number or colon.
  static let referencesEnglish = [
    "references", "sources", "source", "bibliography", "literature", "further reading", "notes", "citations",
  ]
  static let referencesGerman = [
    "literatur", "literaturverzeichnis", "literaturhinweise", "quellen", "quelle", "quellenangaben",
    "einzelnachweise", "weiterführende literatur", "anmerkungen",
  ]
  static let referencesFrench = ["sources", "références", "bibliographie", "notes"]
  static let referencesSpanish = ["fuentes", "referencias", "bibliografía", "notas"]
  static let referencesItalian = ["fonti", "riferimenti", "bibliografia", "note"]
  static let referencesPortuguese = ["fontes", "referências", "bibliografia", "notas"]
  static let referencesDutch = ["bronnen", "referenties", "literatuur", "literatuurlijst", "noten"]
  static let referencesPolish = ["źródła", "bibliografia", "przypisy", "literatura"]
  static let referencesHeadings = Set(
    referencesEnglish + referencesGerman + referencesFrench + referencesSpanish + referencesItalian
      + referencesPortuguese + referencesDutch + referencesPolish)

  /// Weaker headings: a block of more posts from the site or its section ("More from", "Weitere
  /// Artikel"), taken only when no block says it is related.
  static let moreHeadings = [
    "more from", "more articles", "read more", "keep reading", "recommended",
    "weitere artikel",
    "weitere beiträge", "plus d'articles", "más artículos", "altri articoli",
    "mais artigos", "meer artikelen", "więcej",
    // Polish "Recommended posts": as English "Recommended", often a site-wide widget of the
    // site's picks, so never taken from a sidebar.
    "polecane wpisy", "polecane posty", "polecane teksty",
  ]
  /// "Read more" over a row of cards in Portuguese, Spanish, Dutch, Italian, Polish, German and
  /// French ("Leia mais", "Leer más", "Lees meer"): a "more" heading only as the WHOLE heading
  /// (punctuation may follow), as each opens a sentence too ("Leia mais devagar…", "Lees meer
  /// boeken"), and "Leia mais sobre …" is a related heading.
  static let moreWholeHeadings = [
    "leia mais", "leer más", "lee más", "lea más", "lees meer", "leggi di più", "leggi altro", "czytaj więcej",
    "mehr lesen", "lire plus",
    // "Keep reading" over a row of cards, each also a card's link text ("Continue lendo")
    "continue lendo", "continuar lendo", "sigue leyendo", "seguir leyendo", "continua a leggere", "lees verder",
    "meer lezen", "weiterlesen", "continuez la lecture", "czytaj dalej",
  ]

  /// "Up next", "What to read next", "You might like" as a whole heading: themes print them over
  /// related cards, and sites print them over their stream, a video queue or an ad feed too; a
  /// block under one is related only when its cards show nothing of those
  /// (`RelatedExtractor.showsOwnPostsOnly`), and only where nothing says related.
  static let nextReadHeadings = [
    "up next", "next up", "what to read next", "you might like", "you may like", "read this next",
    "als nächstes", "was sie als nächstes lesen sollten", "das könnte ihnen gefallen", "das könnte dir gefallen",
    "à suivre", "a suivre", "que lire ensuite", "a continuación", "qué leer a continuación", "qué leer ahora",
    "a seguire", "cosa leggere dopo", "a seguir", "o que ler a seguir", "hierna", "wat je hierna kunt lezen",
    "dit vind je misschien leuk", "co przeczytać dalej", "co dalej",
  ]
  static let nextReadPhrases = Phrases([], whole: nextReadHeadings)

  /// A card's line saying it is paid for ("Sponsored | Brand", "Anzeige", "Publicité"): the card
  /// is an ad feed's, not a post of the site. The whole line, or the label and its sponsor
  /// ("Sponsored by Brand", "Anzeige · Brand"): a title opening with the word ("Anzeige erstatten
  /// online") is a post.
  static let adCardLabels = [
    "sponsored", "promoted", "paid content", "paid post", "partner content",
    "anzeige", "gesponsert", "sponsorisé", "contenu sponsorisé", "contenu partenaire",
    "patrocinado", "contenido patrocinado", "sponsorizzato", "contenuti sponsorizzati",
    "contenuto sponsorizzato", "conteúdo patrocinado", "gesponsord",
    "sponsorowane", "materiał sponsorowany", "materiał partnera",
  ]
  /// Ad labels that also name a subject, a category of a site's own posts ("Werbung" on a
  /// marketing blog, "Publicidad", "Reklama"): a feed's label only on most of its cards, or classed
  /// as a label (`RelatedRules.adLabelClassCues`).
  static let adTopicLabels = [
    "advertisement", "advertising", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
    "advertentie", "reclame", "reklama",
  ]
  /// The word between an ad's label and its sponsor ("Sponsored by", "Präsentiert von").
  static let adSponsorWords = ["by", "von", "par", "por", "de", "da", "di", "door", "przez", "od"]

  /// Headings of the site's picks, the same on every page ("Recommended for You", "Most read",
  /// "Meistgelesen", "Latest news"): a site-wide widget, not posts tied to the article. A block
  /// under one is never the related block, wherever it sits beside one. Phrases of two words or
  /// more where a word alone ("Popular", "Latest") opens article headings too.
  static let siteStreamEnglish = [
    "recommended for you", "most read", "most popular", "most viewed", "most shared", "most commented",
    "popular posts", "popular articles", "popular stories", "trending now", "trending posts", "trending articles",
    "trending stories", "latest news", "latest posts", "latest articles", "latest stories", "recent posts",
    "recent articles",
  ]
  static let siteStreamGerman = [
    "meist gelesen", "am meisten gelesen", "meistgelesene artikel", "meistgelesene beiträge", "beliebteste artikel",
    "beliebteste beiträge", "neueste artikel",
    "neueste beiträge", "neueste nachrichten", "aktuelle beiträge",
  ]
  static let siteStreamFrench = [
    "les plus lus", "les + lus", "articles les plus lus", "les plus populaires", "les plus partagés",
    "les plus commentés", "derniers articles", "dernières actualités",
  ]
  static let siteStreamSpanish = [
    "lo más leído", "lo mas leido", "más leídas", "más leídos", "lo más visto", "últimas noticias",
  ]
  static let siteStreamItalian = ["più letti", "i più letti", "più lette", "le più lette", "ultime notizie"]
  static let siteStreamPortuguese = ["mais lidas", "mais lidos", "as mais lidas", "os mais lidos", "últimas notícias"]
  static let siteStreamDutch = [
    "meest gelezen", "populairste artikelen", "populairste berichten", "laatste nieuws", "nieuwste artikelen",
  ]
  static let siteStreamPolish = [
    "najczęściej czytane", "najpopularniejsze artykuły", "najpopularniejsze wpisy", "najnowsze artykuły",
    "najnowsze wpisy",
  ]
  static let siteStreamHeadings =
    siteStreamEnglish + siteStreamGerman + siteStreamFrench + siteStreamSpanish + siteStreamItalian
    + siteStreamPortuguese + siteStreamDutch + siteStreamPolish + sectionStreamHeadings
  /// One word that heads the site's picks only as the WHOLE heading (punctuation may follow): each
  /// opens article headings too ("Trending hairstyles", "Beliebteste Hunderassen",
  /// "Najpopularniejsze rasy psów").
  static let siteStreamWholeHeadings = [
    "trending", "meistgelesen", "meistkommentiert", "beliebteste", "populairste", "najpopularniejsze",
  ]

  /// Headings that call a block classed as related what it is ("See also" over the blog's own
  /// posts) but, on their own, head a wiki's list of links or a hatnote: they only confirm a
  /// related class, never locate a block.
  static let confirmingEnglish = ["see also"]
  static let confirmingGerman = ["siehe auch"]
  static let confirmingSpanish = ["véase también", "ver también"]
  static let confirmingItalian = ["vedi anche"]
  static let confirmingDutch = ["zie ook"]
  static let confirmingRussian = ["см. также", "см. тж"]
  static let confirmingPhrases = Phrases(
    confirmingEnglish + confirmingGerman + confirmingSpanish + confirmingItalian + confirmingDutch
      + confirmingRussian)

  /// Headings of a section's or the site's latest posts ("More in Reader Letters", "Mehr
  /// aus Politik", "More stories"): the stream under every article filed there, not posts tied
  /// to this one.
  static let sectionStreamEnglish = ["more in ", "more stories"]
  static let sectionStreamGerman = ["mehr aus "]
  static let sectionStreamHeadings = sectionStreamEnglish + sectionStreamGerman

  /// Headings of boxes that are not related posts even though they hold cards of posts: the
  /// author's other work ("More by", "Mehr vom Autor") belongs to the bio, not the article.
  static let authorStreamHeadings = [
    "more by ", "read more articles by", "more articles by", "articles by", "more from this author",
    "more from the author", "other posts by", "mehr vom autor",
    "mehr von der autorin", "weitere artikel von", "weitere beiträge von", "plus d'articles de", "más de este autor",
    "altri articoli di", "meer van",
    // the second tab of a theme's "Related articles | More from author" strip, per language
    "more from author", "plus de l'auteur", "du même auteur", "más del autor",
    "altro dall'autore", "dello stesso autore", "mais do autor", "mais deste autor", "meer van de auteur",
    "więcej od autora", "więcej od tego autora", "inne artykuły autora", "inne wpisy autora",
  ]

  /// Openings that say "more from" someone or something: an author's stream only where the
  /// heading also names the byline's author ("mehr von Daniel Weilbrand"), as "Mehr von
  /// gasthof-linde.de" names a site (`AuthorBioExtractor.precedesAuthorStream` checks the name).
  static let namedStreamHeadings = authorStreamHeadings + ["mehr von ", "more from ", "plus de ", "más de "]

  static let authorStreamPhrases = Phrases(authorStreamHeadings)
  static let namedStreamPhrases = Phrases(namedStreamHeadings)
  static let siteStreamPhrases = Phrases(siteStreamHeadings, whole: siteStreamWholeHeadings)
  static let relatedPhrases = Phrases(relatedHeadings, whole: relatedWholeHeadings)
  /// Related phrases that lengthen a stream phrase ("More stories like this" over "More
  /// stories"): the longer phrase says what the block is, so these are asked first.
  static let streamLengtheningPhrases: Phrases = {
    let streams = siteStreamHeadings.map { Array($0.utf8) }
    return Phrases(relatedHeadings.filter { lengthensStream($0, streams: streams) })
  }()

  /// Whether a related phrase opens with a stream phrase (`streams`: `siteStreamHeadings`' bytes).
  /// The bytes are compared first: of the ~36,000 pairs nearly none share them, and `hasPrefix`,
  /// which compares characters under canonical equivalence, cost ~500 instructions a pair
  /// (18.7 M, once per process). The tables are one spelling each (NFC), so the bytes hold every
  /// pair it finds (`StartupTablesTests` compares both).
  static func lengthensStream(_ phrase: String, streams: [[UInt8]]) -> Bool {
    let bytes = Array(phrase.utf8)
    return streams.indices.contains { index in
      let stream = streams[index]
      return stream.count <= bytes.count && stream.first == bytes.first && bytes.starts(with: stream)
        && phrase.hasPrefix(siteStreamHeadings[index])
    }
  }
  static let morePhrases = Phrases(moreHeadings, whole: moreWholeHeadings)
  /// How many bytes of a heading the tables can read: the longest phrase and the byte after it.
  static let headingReach =
    [authorStreamPhrases, siteStreamPhrases, relatedPhrases, morePhrases, nextReadPhrases].map(
      \.longest
    ).max()! + 1

  /// A phrase table compiled once: every phrase's UTF-8 bytes by its first byte. Every heading-like
  /// element of a page is tested, so a test is a few byte compares, not Foundation over each phrase.
  struct Phrases: Sendable {
    /// Every phrase, the whole ones too (what a heading may open with, for byte prefilters).
    let all: [String]
    /// The phrases a heading opens with.
    let openings: [String]
    /// The phrases that match only as the whole heading: no letter or digit after them.
    let whole: [String]
    let bytesByFirstByte: [[[UInt8]]]
    let wholeBytes: [[UInt8]]
    let longest: Int
    /// The shortest phrase's length in bytes: shorter text opens with none.
    let shortest: Int

    init(_ phrases: [String], whole: [String] = []) {
      all = phrases + whole
      openings = phrases
      self.whole = whole
      var buckets = [[[UInt8]]](repeating: [], count: 256)
      for phrase in phrases {
        let bytes = Array(phrase.utf8)
        if let first = bytes.first { buckets[Int(first)].append(bytes) }
      }
      bytesByFirstByte = buckets
      wholeBytes = whole.map { Array($0.utf8) }
      // The byte after the longest phrase is read too: a whole heading's colon, an opening's end.
      longest = all.map(\.utf8.count).max() ?? 0
      shortest = all.map(\.utf8.count).min() ?? 0
      var byASCII = [[String]](repeating: [], count: 128)
      var rest: [String] = []
      for phrase in phrases {
        if let first = phrase.first, first.unicodeScalars.count == 1, let ascii = first.asciiValue {
          byASCII[Int(ascii)].append(phrase)
        } else {
          rest.append(phrase)
        }
      }
      byFirstASCII = byASCII
      otherFirsts = rest
    }

    /// The phrases whose first character is one ASCII scalar, by that byte: `hasPrefix` compares
    /// characters, so a text whose first character differs opens with none of them.
    let byFirstASCII: [[String]]
    /// The other phrases (a first character outside ASCII, or with a combining mark), which a
    /// text may open with in another spelling: always tested.
    let otherFirsts: [String]
    /// ASCII characters that a character outside ASCII is canonically equivalent to (U+037E,
    /// U+1FEF, U+212A): a text opening with one of those may open with these bytes' phrases.
    static let singletonTargets: [UInt8] = [0x3B, 0x60, 0x4B, 0x6B]

    /// Whether `lowered` opens with one of the openings, as `openings.contains { lowered.hasPrefix($0) }`
    /// answers: only the phrases its first character may equal are tested.
    /// A phrase ending in a letter opens the text only where its word ends there too.
    func opened(by lowered: String) -> Bool {
      guard let first = lowered.utf8.first else { return openings.contains { lowered.hasPrefix($0) } }
      func opens(_ phrase: String) -> Bool {
        Text.hasPrefix(lowered, phrase) && Phrases.endsWord(phrase, in: lowered)
      }
      if otherFirsts.contains(where: opens) { return true }
      if first < 0x80 { return byFirstASCII[Int(first)].contains(where: opens) }
      return Phrases.singletonTargets.contains { byFirstASCII[Int($0)].contains(where: opens) }
    }

    /// Whether a phrase's last character is a letter or digit of a script that sets words apart
    /// with spaces (Latin, Greek, Cyrillic): its word must end where the phrase does ("Next up"
    /// is not the opening of "Next Upcoming Events", "Also in" not of "Also interesting"). A
    /// phrase ending in a space or one in Chinese or Japanese, whose words run together, opens
    /// whatever follows.
    static func needsWordEnd(_ phrase: some Collection<UInt8>) -> Bool {
      guard let last = String(decoding: Array(phrase), as: UTF8.self).unicodeScalars.last,
        last.value < 0x530 || (0x1E00...0x1EFF).contains(last.value)
      else { return false }
      return last.properties.isAlphabetic || last.properties.numericType != nil
    }

    /// Whether the word of a phrase `lowered` opens with ends with it: no letter or digit follows.
    static func endsWord(_ phrase: String, in lowered: String) -> Bool {
      guard needsWordEnd(phrase.utf8), let next = lowered.dropFirst(phrase.count).first else { return true }
      return !next.isLetter && !next.isNumber
    }

    /// `endsWord` on bytes: those after a phrase of `phrase.count` bytes that `bytes` opens with.
    static func endsWord(_ phrase: [UInt8], in bytes: [UInt8]) -> Bool {
      guard bytes.count > phrase.count, needsWordEnd(phrase) else { return true }
      let next = bytes[phrase.count]
      if next < 0x80 { return !((next >= 0x30 && next <= 0x39) || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A)) }
      // Read as text: an opening cut inside a character leaves a replacement character, no letter.
      guard
        let scalar = String(decoding: bytes[phrase.count..<min(bytes.count, phrase.count + 4)], as: UTF8.self)
          .unicodeScalars.first
      else { return true }
      return !scalar.properties.isAlphabetic && scalar.properties.numericType == nil
    }

    /// Whether the node's text may open with one of the phrases: its first byte opens one.
    func mayOpen(_ node: Node) -> Bool {
      guard let first = Opening.firstByte(node) else { return false }
      // The lead byte of a no-break space or an invisible format character (U+00A0, U+00AD,
      // U+200B…U+206F, U+FEFF), which the opening skips: only the opening itself can tell.
      if Opening.skippableLeadBytes.contains(first) { return true }
      return !bytesByFirstByte[Int(first)].isEmpty || wholeBytes.contains { $0.first == first }
    }
  }

  /// A heading's text (any case, as written) cleaned and lower-cased once, to test against
  /// several tables, as the bytes of its opening (the first `reach` bytes).
  /// ASCII text is cleaned and lower-cased byte by byte; other text of the scripts `folded`
  /// knows scalar by scalar. The rest goes through `lowercased()` and each phrase is tested
  /// with `hasPrefix` (`String.lowercased` and `hasPrefix` cost ~20k instructions a heading).
  struct Opening {
    private var bytes: [UInt8] = []
    private var lowered: String?

    init(_ text: String, reach: Int = SectionVocabulary.headingReach) {
      var folder = ASCIIFolder(reach: reach)
      scan: for byte in text.utf8 {
        switch folder.add(byte) {
        case .more: continue
        case .full: break scan
        case .notASCII:
          let cleaned = Text.clean(text)
          if let folded = Opening.folded(cleaned, reach: reach) {
            self.bytes = folded
          } else {
            // Turkish "İ" lower-cases to "i" and a combining dot: the tables write "i".
            lowered = Text.straightApostrophes(cleaned.lowercased()).replacingOccurrences(of: "i\u{307}", with: "i")
          }
          return
        }
      }
      self.bytes = folder.bytes
    }

    /// The opening of an element's text, read from its text nodes' bytes in place: an element
    /// styled as a heading often holds a few words in a run of indentation, and building its
    /// text as a String first cost more than the test.
    init(_ node: Node, reach: Int = SectionVocabulary.headingReach) {
      if let ascii = Opening.asciiOpening(node, reach: reach) {
        bytes = ascii
      } else {
        self = Opening(Page.rawText(node), reach: reach)
      }
    }

    /// The first byte of the node's text that is not whitespace, ASCII letters lower-cased (a
    /// non-ASCII letter's lead byte is the same in either case for the Latin-1 letters); nil
    /// when it has no text. A test of many short elements against a table asks this first.
    /// UTF-8 lead bytes of the characters `Text.clean` and `folded` drop from an opening.
    static let skippableLeadBytes: Set<UInt8> = [0xC2, 0xE2, 0xEF]

    static func firstByte(_ node: Node) -> UInt8? {
      // The document as a guaranteed reference (`Node.withDocument`): a strong local of it cost
      // a retain and a release per node.
      node.withDocument { document in
        let range = node.isElement ? (node.order + 1)..<node.end : node.order..<(node.order + 1)
        for index in range {
          let record = document.records[index]
          guard record.isText else { continue }
          var offset = Int(record.spanStart)
          let end = offset + Int(record.spanCount)
          while offset < end {
            let byte = document.bytes[offset]
            if byte > 0x20 { return ByteSearch.lower(byte) }
            offset += 1
            // The rest of a run of indentation eight bytes at a time.
            while offset + 8 <= end {
              let word = UnsafeRawPointer(document.bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
              guard word == 0x2020_2020_2020_2020 || word == 0x0909_0909_0909_0909 else { break }
              offset += 8
            }
          }
        }
        return nil
      }
    }

    /// `init(_: String)`'s ASCII path over the node's text bytes; nil at the first non-ASCII byte.
    private static func asciiOpening(_ node: Node, reach: Int) -> [UInt8]? {
      let document = node.document
      var folder = ASCIIFolder(reach: reach)
      let range = node.isElement ? (node.order + 1)..<node.end : node.order..<(node.order + 1)
      for index in range {
        let record = document.records[index]
        guard record.isText else { continue }
        for offset in Int(record.spanStart)..<Int(record.spanStart + record.spanCount) {
          switch folder.add(document.bytes[offset]) {
          case .more: continue
          case .full: return folder.bytes
          case .notASCII: return nil
          }
        }
      }
      return folder.bytes
    }

    /// `Text.clean` and lower-casing over ASCII bytes, one byte at a time: whitespace runs
    /// become one space, controls are dropped, the text is trimmed, and it stops at `reach`.
    private struct ASCIIFolder {
      enum Step { case more, full, notASCII }
      private(set) var bytes: [UInt8] = []
      private var pendingSpace = false
      let reach: Int

      init(reach: Int) {
        self.reach = reach
        bytes.reserveCapacity(reach)
      }

      mutating func add(_ byte: UInt8) -> Step {
        if bytes.count >= reach { return .full }
        guard byte < 0x80 else { return .notASCII }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0x1E {
          pendingSpace = !bytes.isEmpty
          return .more
        }
        if byte < 0x20 || byte == 0x7F { return .more }
        if pendingSpace {
          bytes.append(0x20)
          pendingSpace = false
          if bytes.count >= reach { return .full }
        }
        bytes.append(ByteSearch.lower(byte))
        return .more
      }
    }

    /// The opening bytes of `cleaned` lower-cased, with `’` read as `'`, as `lowercased()` and
    /// `Text.straightApostrophes` write them; nil when a character is outside the scripts whose
    /// case this knows or could be written another way (`String.hasPrefix` compares canonically
    /// equivalent characters as equal, and a combining mark joins the character before it).
    static func folded(_ cleaned: String, reach: Int) -> [UInt8]? {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(reach + 4)
      for scalar in cleaned.unicodeScalars {
        if bytes.count >= reach { break }
        // Invisible format characters (a bidi isolate around a word, a zero-width space, a
        // soft hyphen) are not read: "Weitere ⁨Artikel⁩" is "Weitere Artikel".
        if invisible(scalar.value) { continue }
        guard let lower = lowercase(scalar.value) else { return nil }
        if lower == 0x2019 {
          bytes.append(0x27)
        } else if let encoded = UTF8.encode(Unicode.Scalar(lower)!) {
          bytes.append(contentsOf: encoded)
        }
      }
      return bytes
    }

    /// Format characters that show nothing: soft hyphen, zero-width spaces and joiners, bidi
    /// marks, embeddings and isolates, word joiner, byte-order mark.
    static func invisible(_ value: UInt32) -> Bool {
      switch value {
      case 0xAD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF: true
      default: false
      }
    }

    /// A scalar's lower case where it is one scalar that stays as written under canonical
    /// equivalence and never joins its neighbour into one character: Latin (ASCII, Latin-1,
    /// Latin Extended-A), the punctuation, arrows, box drawing and shapes of headings,
    /// CJK, kana, Hangul and fullwidth forms. Nil for any other.
    static func lowercase(_ value: UInt32) -> UInt32? {
      switch value {
      case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return value + 0x20
      case 0...0xFF: return value
      case 0x130: return nil  // "İ" lower-cases to two scalars
      case 0x100...0x137, 0x14A...0x177: return value | 1
      case 0x139...0x148, 0x179...0x17E: return value & 1 == 1 ? value + 1 : value
      case 0x178: return 0xFF
      case 0x131, 0x138, 0x149, 0x17F: return value
      case 0x2010...0x205F, 0x2190...0x2328, 0x232B...0x23FF, 0x2500...0x27BF: return value
      case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: return value
      case 0xAC00...0xD7A3, 0xFF01...0xFF20, 0xFF3B...0xFF60: return value
      case 0xFF21...0xFF3A: return value + 0x20
      default: return nil
      }
    }

    /// Whether the text opens with one of `phrases`.
    func opens(_ phrases: Phrases) -> Bool {
      if let lowered {
        return phrases.opened(by: lowered)
          || phrases.whole.contains { phrase in
            // Characters dropped, not bytes: `hasPrefix` matches a decomposed accent too.
            lowered.hasPrefix(phrase) && Opening.closesWhole(lowered.dropFirst(phrase.count).utf8)
          }
      }
      guard let first = bytes.first else { return false }
      if phrases.bytesByFirstByte[Int(first)].contains(where: { phrase in
        phrase.count <= bytes.count && bytes.starts(with: phrase) && Phrases.endsWord(phrase, in: bytes)
      }) {
        return true
      }
      // A whole heading: its bytes, then no word.
      return phrases.wholeBytes.contains { phrase in
        bytes.starts(with: phrase) && Opening.closesWhole(bytes[phrase.count...])
      }
    }

    /// Whether the bytes after a whole heading's phrase hold no letter or digit: nothing, or
    /// spaces, punctuation, an ellipsis, arrows and decorative symbols ("Podobne…", "Podobne:",
    /// "Relaterade!", "Similaire ›", "Похожее —"). A letter goes on with a word ("Podobne
    /// objawy", "Relaterte" in "Relatertes"), a digit with a count or a number.
    static func closesWhole(_ rest: some Collection<UInt8>) -> Bool {
      var ascii = true
      for byte in rest {
        if byte >= 0x80 {
          ascii = false
        } else if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
          return false
        }
      }
      if ascii { return true }
      // Read as text: an opening cut inside a character leaves a replacement character, no letter.
      return String(decoding: Array(rest), as: UTF8.self).unicodeScalars.allSatisfy { scalar in
        !scalar.properties.isAlphabetic && scalar.properties.numericType == nil
      }
    }
  }
}

extension SectionVocabulary {
  /// "Über Wolkenfee", "About Jane", "À propos de Marie": a bio box's name line says whom it is about.
  static let bioNamePrefixes = [
    "about", "über", "à propos de", "a propos de", "sobre", "acerca de", "su", "over", "o",
  ]
}
