/// Tuning constants of the related-posts extractor (`RelatedExtractor`): where a block of cards
/// is looked for, what makes a heading its heading, and what makes an element a card.
enum RelatedRules {
  // MARK: locating the block

  /// How many levels above a related heading its block may sit (`<section><div><h3>` over the row).
  static let maximumHeadingClimb = 3
  /// A block's heading is a short line ("Das könnte Sie auch interessieren!").
  static let maximumHeadingChars = 60
  /// Elements that write a block's heading without a heading tag (`<b>`, `<strong>`, a styled `<div>`).
  static let headingLikeTags: TagSet = ["div", "span", "p", "b", "strong", "header", "label"]
  /// Class-name stems of a line styled as a block's heading (`<div class="block-title">`).
  static let headingClassStems = CompoundMatcher(["head", "title"])
  /// Prose containers: links in one are a sentence's links ("Related: <a>…</a>" in a `<p>`), not cards.
  static let inlineParents: TagSet = ["p", "li", "td"]
  /// Rank of a block found by its class alone, between a "related" heading (0) and a "more from" heading.
  static let classRank = 1
  /// Rank of a block under a "more from" heading: taken only when nothing says related.
  static let moreRank = 2
  /// A card's label line ("Sponsored | Brand", "4:12") is short; a longer line is a title or an excerpt.
  static let maximumCardLabelChars = 40
  /// What sets an ad's label apart from its sponsor on a card's line ("Sponsored | Brand").
  static let adLabelSeparators: Set<Character> = ["|", "·", "•", "-", "–", "—", ":", "/"]
  /// Class words of a card's ad label (`sponsored-label`, `ad-label`, Outbrain's `ob-rec-source`
  /// is not one): with one, a single labelled card marks an ad feed.
  static let adLabelClassCues = ["sponsor", "ad-label", "adlabel", "ad_label", "promoted", "paid"]
  /// Class words of a running time (`duration`, `video-length`, `runtime`): with one, a single
  /// card's "3:45" marks a video queue; without, most cards must show one.
  static let runningTimeClassCues = ["duration", "length", "runtime"]
  /// Class words of a line whose "14:05" or "28:25" is a time of day, a date or a match's score.
  static let notRunningTimeClassCues = ["time", "date", "score", "result", "clock"]
  /// Cards under an "Up next"-type heading sharing a word of the article's title: what tells
  /// related posts from the site's strip of latest news under the same words.
  static let minimumCardsOnSubject = 2
  /// A word that can carry a title's subject is five letters long at least: shorter ones are
  /// mostly function words ("what", "your", "mehr").
  static let minimumSubjectWordChars = 5
  /// Two words share a subject when they are equal or share this many first letters: the stem of
  /// an inflected word ("pomidory", "pomidorów"; "Haushalt", "Haushalts").
  static let subjectStemChars = 6
  /// Second-level labels of a country's public suffixes (bbc.co.uk, abc.net.au, folha.com.br):
  /// the site's own name is the label before them.
  static let secondLevelSuffixes: Set<String> = ["co", "com", "net", "org", "gov", "ac", "edu", "gob", "or", "ne"]
  /// Class-name stems of the site's picks widgets (WordPress Popular Posts, a `most-read` box).
  static let popularWidgetStems = CompoundMatcher(["popular", "mostread", "most-read", "trending"])
  /// Class-name stems of a related block (Jetpack `jp-relatedposts`, YARPP, theme compounds).
  static let relatedStems = CompoundMatcher(
    ["related", "yarpp"] + ClassTokens.relatedCompounds + ClassTokens.relatedCompoundsByLanguage)
  /// A paragraph of prose on each side of a "Read more" insert is at least a sentence long.
  static let minimumInsertProseChars = 80
  /// A topic page's link names the topic in a word or two (`/news/tech`); a post's title is a phrase.
  static let maximumTopicWords = 2
  /// Lines that set one linked post title each under a label line (`<p><a>…</a></p>`, a `<div>`).
  static let runLineTags: TagSet = ["p", "div"]
  /// A row of tabs ("Verwandte Artikel | Mehr vom Autor") has two links at least.
  static let minimumTabs = 2
  /// The word of a link's `rel` or class that marks it as a link to a tag page (`rel="tag"`,
  /// `class="ui-tag"`): a row of them lists the article's topics, not related posts.
  static let tagWord = "tag"
  /// Items of a list read to decide whether it is a tab strip: strips hold a handful of tabs.
  static let maximumTabItems = 8

  // MARK: the cards

  /// A card holds a title, a date and an excerpt: longer on average, or a `<p>`, it is prose.
  static let maximumCardChars = 600
  /// Share of the cards' text in their links: a title link and an excerpt reach it, prose with
  /// a link in each paragraph does not.
  static let minimumCardLinkShare = 0.1
  /// A card's text is at least a short title long (a menu of one-word links is no row of cards),
  /// unless the card shows a picture.
  static let minimumCardChars = 10
  /// Lists, whose items are read as one group of cards whatever per-post classes each carries.
  static let listTags: TagSet = ["ul", "ol"]
  /// Class-name prefixes that differ from card to card by what the post is filed under
  /// (Ghost and WordPress `tag-engineering`, `category-news`, `format-video`, `post_format-post-format-audio`,
  /// `has-post-thumbnail`, `status-publish`).
  static let perPostClassPrefixes = [
    "tag-", "category-", "cat-", "format-", "topic-", "section-", "author-", "post_format-", "has-", "status-",
  ]
  /// Kinds of linked children (tag and class) a row of cards shows at most when a card's variant
  /// class (`col rp nomargin` among `col rp`) is read as the row's: a container of more is no row.
  static let maximumCardKinds = 4
  /// Class names that differ from card to card by its place in the row (WordPress `odd`/`even`).
  static let positionClasses: Set<String> = ["odd", "even", "first", "last"]
  /// The same place written as a suffix of the row's class (Drupal Views `views-row-odd`,
  /// `views-row-first`, `views-row-last`).
  static let positionSuffixes = ["-odd", "-even", "-first", "-last"]

  /// A plain card going on from a block's row (a title link after the pictured cards, a date
  /// and a subtitle beside it) has its title link for a fair part of its text.
  static let minimumContinuationLinkShare = 0.3
  /// Levels above the row of cards where a list going on from it is looked for: the row's list
  /// in a wrapper, the wrapper in the block, the block's next sibling (`<section>` of small
  /// cards after the `<section>` of big ones, a Drupal view's `attachment-after`).
  static let maximumContinuationClimb = 4
  /// Lone wrappers gone down from a list going on from the row to its items, beyond the first
  /// (`<div><div><ul><li>` in a Drupal view's `attachment-after`).
  static let maximumContinuationWrapperDepth = 4
  /// Elements that show a picture: a plain card going on from a row has none.
  static let pictureTags: TagSet = ["img", "picture"]

  // MARK: a card's parts

  /// Class tokens of a card's teaser text (`entry-summary`, `card__dek`).
  static let excerptTokens: TokenSet = ["excerpt", "summary", "description", "dek", "teaser", "snippet", "desc"]
  /// Class tokens of a card's meta line (`entry-meta`, `post-date`, `byline`).
  static let metaTokens: TokenSet = ["meta", "byline", "author", "date", "time", "posted"]
  /// Class tokens of a card's author element (`<span class="author">`, `c-byline`).
  static let authorTokens: TokenSet = ["author", "byline"]
  /// Class tokens of the heading that is a card's title among several (`<h3 class="headline">` under
  /// a kicker `<h3 class="label">`).
  static let titleHeadingTokens: TokenSet = ["title", "headline"]
  /// Class tokens of words a card's title link says to screen readers only (Bootstrap `sr-only`,
  /// `visually-hidden`, WordPress `screen-reader-text`): "Internal link" is no part of the title.
  static let screenReaderTokens: TokenSet = ["sr", "visually", "visuallyhidden", "reader", "invisible"]
  /// Class token of a card's title element without a heading tag (`<span class="card__title">`).
  static let titleToken = "title"
  /// Marks between a card's date and the author's name written after it ("30.04.2020 / Jane Doe",
  /// "May 3 · Jane Doe").
  static let dateNameSeparators: Set<Character> = ["/", "|", "·", "•", "–", "—", "-", ","]
  /// Words of each name read after a card's date: a one-word line there is as often the post's
  /// topic ("May 3 · Gardening") as a name.
  static let minimumDatedNameWords = 2
  /// Class tokens of a part after a card's date that names no author: the post's section, place,
  /// source or comment count (`<time>…</time> · <span class="category">Home Garden</span>`).
  static let datedLineTopicTokens: TokenSet = [
    "category", "categories", "topic", "tag", "tags", "location", "place", "source", "comments", "comment",
  ]
  /// A card's date or byline line is short.
  static let maximumMetaChars = 80
  /// A kicker over a card's title is a word or two: a section or topic name.
  static let maximumKickerChars = 30
  /// Class-name stem of an element classed as the title in one word (`middleTitle`, `post-title`)…
  static let titleStem = CompoundMatcher(["title"])
  /// …that is not a subtitle (`post-subtitle`).
  static let subtitleStem = CompoundMatcher(["subtitle"])
  /// Class-name stems of a kicker line over a title ("Dachzeile", "overline", "eyebrow").
  static let kickerStems = CompoundMatcher([
    "kicker", "highline", "overline", "eyebrow", "topline", "roofline", "dachzeile",
  ])
  /// Inline elements that set a kicker above a card's title (`<small>Einheit der Woche</small><br>`).
  static let kickerTags: TagSet = ["small", "span", "em", "strong", "b"]
  /// Letters a run-in kicker holds at least: a styled numeral (`<span>5</span>Ways to…`) is the title's.
  static let minimumKickerLetters = 2
  /// Class tokens of a short badge set in a card's title, saying what kind of post it is
  /// (`<span class="type_element">Vidéo</span>`, `<b class="teaser__event-type">Seminar</b>`,
  /// `<span class="badge">Podcast</span>`): no part of the title when at most a kicker long.
  static let titleBadgeTokens: TokenSet = ["type", "badge"]
  /// Paths of author profile pages, per language (`VocabularyBylines.profileFolders`): a card's or
  /// a box's link to one of them names the author.
  static let profilePathMarkers = VocabularyBylines.profileFolderList
  /// `profilePathMarkers` compiled for one byte search of a link.
  static let profilePathMatcher = CompoundMatcher(profilePathMarkers)

  // MARK: words on cards, per language

  /// A card's byline line opens with a signature word ("By Jane Doe", "Von Jana Beispiel"): the
  /// byline vocabulary's own table, English and the page's declared language ("door", "di" are
  /// words of English too), every language's when the page declares none.
  static func bylinePrefixes(language: String?) -> [String] {
    guard let code = language?.prefix(2).lowercased() else { return VocabularyBylines.signaturePrefixList }
    return (VocabularyBylines.signaturePrefixes["en"] ?? [])
      + (code == "en" ? [] : VocabularyBylines.signaturePrefixes[code] ?? [])
  }

  /// A card's "Read more" link, whose text is no post's title.
  static let moreLinksEnglish: Set<String> = ["read more", "continue reading", "more", "read", "learn more"]
  static let moreLinksGerman: Set<String> = ["weiterlesen", "mehr lesen", "mehr lesen...", "mehr erfahren"]
  static let moreLinksFrench: Set<String> = ["lire la suite"]
  static let moreLinksSpanish: Set<String> = ["leer más", "seguir leyendo"]
  static let moreLinksItalian: Set<String> = ["leggi tutto", "leggi di più", "continua a leggere", "leggi"]
  static let moreLinksPortuguese: Set<String> = ["leia mais", "continue lendo", "continuar lendo", "ler mais"]
  static let moreLinksDutch: Set<String> = ["lees meer", "verder lezen", "lees verder"]
  static let moreLinksPolish: Set<String> = ["czytaj dalej", "czytaj więcej", "więcej"]
  static let moreLinks = moreLinksEnglish.union(moreLinksGerman).union(moreLinksFrench).union(moreLinksSpanish)
    .union(moreLinksItalian).union(moreLinksPortuguese).union(moreLinksDutch).union(moreLinksPolish)
}
