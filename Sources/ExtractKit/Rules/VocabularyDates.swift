/// Words and markup names of publication dates, per language where they are words.
enum VocabularyDates {
  /// Languages that write numeric dates day first ("13.08.2019", "13/08/2019"): an ambiguous
  /// "05/06/2019" on a page in one of these is the 5th of June. English outside the US too.
  static let dayFirstLanguages: Set<String> = [
    "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "da", "sv", "nb", "nn", "no", "fi", "ru", "uk", "tr",
    "el", "ro", "hu", "hr", "sl", "sr", "bg", "ca", "gl", "eu", "lt", "lv", "et", "id", "vi",
  ]

  /// Whether a page in `language` ("de-AT", "en-GB", "en-US") writes numeric dates day first.
  static func isDayFirst(_ language: String?) -> Bool {
    guard let language = language?.lowercased(), !language.isEmpty else { return false }
    let primary = language.split(separator: "-").first.map(String.init) ?? language
    if primary == "en" { return language != "en" && language != "en-us" && language != "en-ca" }
    return dayFirstLanguages.contains(primary)
  }

  /// Weekday names, lower-cased, per language: a date line may set one between its day and its
  /// year ("Dec 28 Sat 2013", a blog theme's month/day/weekday/year spans); they are read past.
  /// Bylines use the full names too (`VocabularyBylines.weekdays`).
  static let weekdays: [String: [String]] = [
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  ]
  /// English abbreviations of weekdays; none that is also a month's ("mar" for "martes").
  static let weekdayAbbreviationsEnglish = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]
  static let weekdaySet: Set<String> = Set(weekdays.values.flatMap { $0 } + weekdayAbbreviationsEnglish)

  /// The year and month markers of dates written in CJK scripts, per language: Chinese and
  /// Japanese "2019年10月19日", Korean "2019년 10월 19일".
  static let ideographicMarkers: [(year: String, month: String)] = [("年", "月"), ("년", "월")]

  /// Labels before a publication date, lower-cased, per language: "Published on", German
  /// "Veröffentlicht am", "Erschienen am", "Datum:", French "Publié le", Spanish "Publicado el",
  /// Italian "Pubblicato il", Dutch "Gepubliceerd op", Portuguese "Publicado em", Czech
  /// "Publikováno", Swedish "Publicerad", Danish "Udgivet".
  static let publishedLabels: [String: [String]] = [
    "en": ["published", "posted", "date", "first published", "released"],
    // "Stand:" on German public-service pages is the date the article shows.
    "de": ["veröffentlicht", "erschienen", "datum", "publiziert", "erstellt", "eingestellt", "gespeichert", "stand"],
    "fr": ["publié", "publie", "mis en ligne", "date"],
    "es": ["publicado", "fecha"],
    "it": ["pubblicato", "data"],
    "nl": ["gepubliceerd", "datum", "geplaatst"],
    "pt": ["publicado", "data"],
    "pl": ["opublikowano", "data publikacji"],
    "cs": ["publikováno"],
    "sv": ["publicerad", "publicerat"],
    "da": ["udgivet", "publiceret"],
    "no": ["publisert"],
    // Not Russian "Опубликовано": a label opening with a non-ASCII letter takes every line off the
    // byte test (`PublishedDateExtractor.LabelTable`), +6 % instructions; its dates read without it.
  ]
  static let publishedLabelList: [String] = publishedLabels.values.flatMap { $0 }

  /// Labels of a revision date, lower-cased, per language: such a date is the article's only
  /// when no other is shown ("Updated March 14", "Aktualisiert am", "Mis à jour le").
  static let updatedLabels: [String: [String]] = [
    "en": ["updated", "last updated", "modified", "last modified", "last edited", "edited"],
    "de": ["aktualisiert", "zuletzt aktualisiert", "geändert", "letzte änderung", "zuletzt geändert"],
    "fr": ["mis à jour", "mise à jour", "modifié"],
    "es": ["actualizado", "modificado"],
    "it": ["aggiornato", "modificato"],
    "nl": ["bijgewerkt", "gewijzigd"],
    "pt": ["atualizado", "modificado"],
    "pl": ["aktualizacja", "zaktualizowano"],
    "cs": ["aktualizováno"],
    "sv": ["uppdaterad", "uppdaterat"],
    "da": ["opdateret"],
    "no": ["oppdatert"],
  ]
  static let updatedLabelList: [String] = updatedLabels.values.flatMap { $0 }

  /// Class and id tokens of elements that show a date: WordPress "entry-date", "post-date",
  /// "meta-date", German CMSs' "datum", news "dateline", "timestamp", Drupal "submitted"
  /// ("Gespeichert von … am 24. Juli 2017"), "publishdate", "pubdate".
  static let dateTokens: TokenSet = [
    "date", "datum", "dateline", "timestamp", "published", "publishdate", "pubdate", "posted", "postdate",
    "submitted", "datetime", "publication", "time", "fecha", "created",
    // Chinese news CMSs' "pubTime" ("2016年10月14日07:17").
    "pubtime",
  ]
  /// Date words inside longer class words: "erstelldatum", "postdate", "articledate", and
  /// TYPO3 news' "news-single-timedata".
  static let dateCompounds = ["date", "datum", "timedata"]
  static let dateCompoundMatcher = CompoundMatcher(dateCompounds)
  /// Containers whose dates are other posts' or readers': comment threads, related and
  /// recirculation rails, sidebars and widgets. (Not all boilerplate: a story whose wrapper is
  /// named "announcement" or "hidden-xs" still dates itself.)
  static let foreignContainers: TokenSet = [
    "comment", "comments", "commentlist", "disqus", "related", "relatedposts", "yarpp", "sidebar",
    "recirc", "recirculation", "trending", "mostread", "popular", "nav", "navigation", "menu",
  ]
  /// A print-only header (`<section class="print is-hidden">`): its date is the day the page is
  /// printed ("Wydrukowano: <time>", "Gedruckt am"), its byline the printout's.
  static let printOnlyContainers: TokenSet = ["print"]
  /// Rails that are the article's own inside the `<article>` holding its title: a magazine's
  /// `<div class="sidebar">` beside the story, with its headline, teaser and `<time>`.
  static let articleOwnRails: TokenSet = ["sidebar"]
  /// A byline holding more years than this is a list of post cards ("Reise … 09.10.2021
  /// Ausrüstung … 19.08.2021 …"), not the article's: its first date is another story's.
  static let maximumBylineYears = 2
  /// Elements whose text is no shown date: scripts, styles, the `<head>`'s, a form's `<option>`s.
  static let skippedTags: TagSet = ["script", "style", "meta", "link", "title", "head", "option", "template"]
  /// Tags of chrome whose dates are not the article's (a post's `<footer>` is its own: not here).
  static let foreignTags: TagSet = ["nav", "aside", "menu", "dialog", "select", "button"]
  /// Revision labels found anywhere in a short line ("This page was last edited on 25 October
  /// 2020", "StarterNotes (last edited 2018-06-14 by …)"): wikis date pages only so.
  static let revisionPhrases = ["last edited", "last modified", "zuletzt bearbeitet", "zuletzt geändert"]
  /// A paragraph near the title that opens with a date is a dateline ("27.1.2022 – Bei der …",
  /// "Pressemitteilung vom 9. Februar 2023 | Berlin –"): its first this many characters are read.
  static let datelinePrefixChars = 48
  /// Class tokens of an element whose date is a revision, not the publication.
  static let modifiedTokens: TokenSet = ["updated", "modified", "lastmod", "changed", "update"]

  /// Words joining the two days of a range, per language: "9 to 23 February 2017", German "9.
  /// bis 23. Februar 2017", French "du 9 au 23 février", Spanish and Italian "del 9 al 23", Dutch
  /// "9 tot 23 februari", Polish "od 9 do 23 lutego". (Dashes join them in every language.)
  static let rangeWords: [String: [String]] = [
    "en": ["to", "until", "till", "through"], "de": ["bis"], "fr": ["au"], "es": ["al"], "it": ["al"],
    "nl": ["tot"], "pl": ["do"], "pt": ["a"],
  ]
  /// `rangeWords` of every language, for the test of a line naming a span of days
  /// (`Dates.holdsDayRange`: "Ausstellung … 9-23 Feb 2017" dates an event, not the article).
  static let rangeWordSet: Set<String> = Set(rangeWords.values.flatMap { $0 })

  /// How many nodes beside an `<article>` are read for a sibling `<article>` (a grid of post
  /// cards has at most a whitespace text node, or a comment, between two cards).
  static let cardSiblingSteps = 3

  /// A date element's text is short: a date, perhaps a time, a label and a place.
  static let maximumDateElementChars = 120
  /// A bare date line (`<p>January 22, 2014</p>` under the title) is shorter still.
  static let maximumBareDateChars = 40
  /// How many nodes before and after the title a bare date line is looked for.
  static let bareDateWindow = 200
  /// A bare date line this close to the title (in nodes: "Original Research · 7 April 2020" right
  /// above the `<h1>`) is the page's shown date, against structured data that disagrees.
  static let adjacentBareDateWindow = 12
  /// How many date elements of a page are read at most (archive sidebars list hundreds).
  static let maximumCandidates = 400

  /// `<meta>` keys of the publication date, lower-cased with dots read as colons: OpenGraph and
  /// its variants, Dublin Core, schema.org microdata in `<meta itemprop>` (`uploadDate` of videos),
  /// Swiftype/Sitecore "publication_date", SWR "sw-pubdate", citation (Highwire) tags.
  static let publishedMetaKeys = [
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "datepublished", "dc:date:issued", "dcterms:issued", "dc:date:created", "dc:date", "dcterms:date",
    "dcterms:created", "dc:created", "date", "pubdate", "publishdate", "publish-date", "publish_date",
    "published-date", "published_date", "publication_date", "publication-date", "date_published",
    "sailthru:date", "parsely-pub-date", "sw-pubdate", "citation_publication_date", "citation_date",
    "originalpublicationdate", "article_date_original", "datecreated", "rnews:datepublished", "displaydate",
    "timestamp",
    // Last: an embedded clip's upload, another day than the article's (`<meta itemprop=uploadDate>`
    // beside the recipe's own `dateCreated`).
    "uploaddate", "video:release_date",
  ]
}
