/// Markup names around an article's title.
enum VocabularyTitles {
  /// Class words of a kicker inside the `<h1>` before the title proper: German news'
  /// "roofline"/"Dachzeile", "topline", "toptitle", "kicker", "overline", "eyebrow", a
  /// "topic-label", a forum thread's prefix "label", a section link ("entry-section").
  static let kickerCompounds = [
    "roofline", "dachzeile", "topline", "toptitle", "kicker", "overline", "eyebrow", "topic-label", "label",
    "entry-section", "supertitle", "overtitle", "rubric",
  ]
  static let kickerMatcher = CompoundMatcher(kickerCompounds)
  /// A site's own name in a `<title>` segment is at least this long when matched against the
  /// host's name ("gartenamt" of www.gartenamt.de, "sprachwiki" of wiki.sprachwiki.org).
  static let minimumHostLabelChars = 4
  /// A known site name (og:site_name, a masthead's home-link `<h1>`) is cut from a title only
  /// when it is at least this long, so a short word shared with the title is not taken for it.
  static let minimumKnownSiteNameChars = 4
  /// Punctuation that joins a title and a site name written without spaces ("NEWS WEB EASY|Post"):
  /// also a blog portal's "Post @ Blog", a box-drawing "│" or full-width "｜" bar, an underscore
  /// ("Story_Site").
  static let siteSeparatorCharacters: Set<Character> = [
    "|", "-", "–", "—", ":", "·", "•", "/", "»", "«", "@", "│", "｜", "_",
  ]
  /// A lone child of an `<h1>` that wraps the whole title and its kicker (`<h1><span class="post-title">
  /// <small>Kicker</small><br>Title</span></h1>`, `<h1><a href=…>…</a></h1>`).
  static let headingWrapperTags: Set<String> = ["a", "span"]
  /// Class tokens of text hidden for screen readers only: Drupal's `<h1>Post<span
  /// class="element-invisible"> | Site</span></h1>` repeats the site name there ("visually-hidden",
  /// "visuallyhidden", "screen-reader-text" too; tokens are the class's hyphen-split words).
  static let screenReaderTokens: TokenSet = ["invisible", "hidden", "visuallyhidden", "reader"]
  /// A front page's generic name as a whole `<title>` ("Home"), per language: the site's page, not
  /// the article's title.
  static let englishFrontPageNames: Set<String> = ["home", "home page", "homepage"]
  static let germanFrontPageNames: Set<String> = ["startseite"]
  static let frenchFrontPageNames: Set<String> = ["accueil"]
  static let spanishFrontPageNames: Set<String> = ["inicio"]
  static let dutchFrontPageNames: Set<String> = ["startpagina"]
  static let italianFrontPageNames: Set<String> = ["pagina iniziale"]
  static let portugueseFrontPageNames: Set<String> = ["página inicial"]
  static let polishFrontPageNames: Set<String> = ["strona główna"]
  static let frontPageNames = englishFrontPageNames.union(germanFrontPageNames).union(frenchFrontPageNames)
    .union(spanishFrontPageNames).union(dutchFrontPageNames).union(italianFrontPageNames)
    .union(portugueseFrontPageNames).union(polishFrontPageNames)
  /// Class tokens of a side box (WordPress's "widget-title" in a sidebar): its `<h1>` titles the
  /// box, not the page.
  static let sideBoxTokens: TokenSet = ["widget", "sidebar"]
  /// Class tokens of a breadcrumb trail: an `<h1>` among its crumbs repeats the SEO title, not
  /// the headline the article header shows.
  static let breadcrumbTokens: TokenSet = ["breadcrumb", "breadcrumbs"]
  /// `<meta>` titles besides the one `Metadata.headline` took that confirm a visible heading.
  static let confirmingMetaKeys = ["og:title", "twitter:title", "title"]
  /// Separators of a `<title>` written as a path from the site down ("Site » Archive » Post",
  /// WordPress's classic themes)…
  static let pathSeparators = [" » ", " > "]
  /// …with at least this many parts: the site, a section, the post.
  static let minimumPathTitleParts = 3
  /// Without an `<h1>`, this many first `<h2>`s are weighed as the article header's heading (a
  /// theme setting the headline as `<header><h2>`, after at most a site tagline or two).
  static let maximumFallbackHeadings = 3
}
