/// Class and id evidence. Tokens are the pieces of `class` and `id` split at
/// non-alphanumerics and lower-cased ("article-comments" → "article", "comments").
enum ClassTokens {
  /// Containers that are never the article: site chrome, widgets, comment threads.
  /// Readability calls these "unlikely candidates"; these are whole tokens, not substrings,
  /// so "shadow" does not hit "ad" and "header" stays out (article headers hold the title).
  /// Not "hidden": in a class it is most often a part's state (Drupal's "field--label-hidden",
  /// Tailwind's "overflow-hidden"); hidden elements are known by their style and attributes.
  /// Ad slots are also written as one word ("adspot", "adunit", "adlabel"), and an affiliate
  /// "disclaimer" set in the text ("We may earn a fee from links in this box") is the site's, not
  /// the story's. Not "disclosure": it is also WAI-ARIA's name for a show/hide panel, an FAQ's
  /// answers ("react-aria-Disclosure"). Not "alert": glossaries anchor a term by its word
  /// (`dt#alert`), and Bootstrap's alerts hold an article's own notes.
  static let boilerplate: TokenSet = [
    "ad", "ads", "adsense", "advert", "advertisement", "advertising", "adslot", "adspot", "adunit", "adlabel",
    "adcaption", "adcontainer", "adwrapper", "adbox", "adzone", "disclaimer",
    "banner", "breadcrumb",
    "breadcrumbs", "comment", "comments", "commentlist", "disqus", "footer", "sidebar", "social", "share",
    "sharing", "sharedaddy", "sharebar", "newsletter", "subscribe", "subscription", "signup", "cookie",
    "cookies", "consent", "gdpr", "promo", "popup", "modal", "cart", "minicart", "drawer", "nav", "navbar",
    "navigation", "menu", "submenu", "widget", "related", "relatedposts", "yarpp", "tags", "tagcloud",
    "pagination", "pager", "sponsor", "sponsored", "masthead", "toolbar", "rss", "outbrain", "taboola",
    "announcement", "skip", "skiplink", "lightbox", "overlay", "subnav", "topbar", "utility", "login",
    "signin", "paywall", "legends", "settings", "player", "carousel", "recirc", "trending", "mostread", "popular",
    "dialog", "sr", "visually",
  ]

  /// Containers that never hold the article however much prose they hold: a long comment
  /// thread, a cookie notice's legal text and a rail of related excerpts can outweigh a short story.
  static let neverArticle: TokenSet = [
    "comment", "comments", "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr", "related",
    "relatedposts", "yarpp", "outbrain", "taboola", "newsletter",
  ]

  /// Marks of a sign-up form in a class, id, `action` or `name` (lower-cased, matched inside the
  /// value: "js-newsletter-form", "hub--email-capture", "mc4wp-form", `action="/subscribe"`): a
  /// newsletter's form, not a contact, booking or comment form.
  static let signUpFormMarks = [
    "newsletter", "subscribe", "signup", "sign-up", "optin", "opt-in", "email-capture", "mc4wp",
  ]

  /// Class tokens of a heading-tagged sentence before the body that is its lead, not a section:
  /// news themes' "article-header-leadText", "single-excerpt", "sub-headline", "intro", "summary".
  static let leadHeading: TokenSet = ["lead", "excerpt", "sub", "intro", "summary"]
  /// Class tokens of a heading that shows the story's headline (`h2.story_headline`,
  /// `h1.hero__headline`) above the body's first paragraph, worded otherwise than the
  /// metadata title. Not "title": an intro's "intro-title" heads a section.
  static let headline: TokenSet = ["headline"]
  /// Class tokens of a heading that titles a box beside the text (a Drupal panel's "pane-title",
  /// a "product-box" or "cta-box" headline), not a section of the article.
  static let boxHeading: TokenSet = ["box", "pane"]
  /// …together with one of these: a box's own title ("pane-title", "box__headline"), not any
  /// heading that merely sits in something called a box.
  static let boxHeadingTitle: TokenSet = ["title", "headline", "heading"]
  /// Class tokens of a box set after or beside the story that quotes others on the site's work
  /// (a "testimonials" carousel of client quotes), sums a review up in scores (a "tldr" or "ratings"
  /// box, "Pros", "Cons" and a total over a number each), asks for a donation ("donate-box"), or
  /// stands in for an embed until the reader consents (a consent "embed-placeholder": "Load the
  /// video"): its heading is the box's, not a section. Common theme and plugin words, no site's.
  static let besideStoryBox: TokenSet = [
    "testimonial", "testimonials", "tldr", "ratings", "donation", "donate", "placeholder",
  ]
  /// Class tokens of a heading that sets the story's dek above its first paragraph (a news
  /// theme's `h2.subheadline`, `h2.article__teaser`, a magazine theme's `h2.mh-subheading`):
  /// a line under the title, not a section.
  static let dekHeading: TokenSet = [
    "subtitle", "subheadline", "subheading", "subhead", "dek", "deck", "standfirst", "strapline", "teaser",
  ]
  /// Class tokens of a table of contents' box (MediaWiki's `div#toc`, TOC plugins' "ez-toc",
  /// "lwptoc"): a heading in one titles the list of the page's sections.
  static let contentsBox: TokenSet = ["toc", "toctitle", "eztoc", "lwptoc", "tableofcontents"]
  /// A picture's caption or credit line outside `<figcaption>`: WordPress's classic
  /// `p.wp-caption-text`, "image-caption", TYPO3's "csc-textpic-caption", a photo "credit" or
  /// "image-copyright" line.
  static let caption: TokenSet = ["caption", "credit", "credits", "imagecaption", "bildunterschrift", "copyright"]
  /// A picture's licence credit (`<div class="license-info">… <a class="license-author">Jane Doe</a>`
  /// under a Creative Commons image), per language: the author it names made the picture, not
  /// the article. "licence" in en, de, fr, es, it, pt, nl and pl spellings.
  static let licenseCredit: TokenSet = [
    "license", "licence", "lizenz", "licencia", "licenza", "licenca", "licença", "licentie", "licencja",
  ]
  /// A caption only beside a picture: an image box's "legend" (French "légende"); a chart's or a
  /// map's legend of colour keys is part of the text.
  static let imageLegend: TokenSet = ["legend"]

  /// A story's lead paragraph set apart above its body (TYPO3 news "teaser-text", WordPress
  /// "entry-excerpt"/"entry-summary", news "lead", "leadIn", "article-intro", "standfirst", Italian
  /// "sommario", French "chapo"): the body locator takes it in front of the body it precedes.
  static let lead: TokenSet = [
    "lead", "leadin", "teaser", "intro", "excerpt", "summary", "standfirst", "sommario", "chapo", "chapeau",
  ]

  /// Tokens that mark the article body itself (WordPress "entry-content", Shopify "rte",
  /// Ghost "gh-content", Blogger "post-body", news "story-body", "article-body").
  static let bodyCompounds: Set<String> = [
    "entry-content", "post-content", "article-content", "article-body", "articlebody", "post-body",
    "story-body", "story-content", "blog-post-body", "rte", "gh-content", "post-full-content", "article__body",
    "article__content", "c-entry-content", "entry-body", "single-content", "content-body", "body-content",
    "post-entry", "article-text", "story-text", "postarticle", "blog-content", "post__content",
    "td-post-content", "sqs-block-content", "field-name-body", "field--name-body", "markdown-body",
  ]

  /// Readability's positive evidence: a candidate whose class or id holds one of these gains weight.
  static let positive: TokenSet = [
    "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "rte",
  ]

  /// Readability's negative evidence for scoring (weaker than `boilerplate`).
  static let negative: TokenSet = [
    "hidden", "meta", "footer", "footnote", "masthead", "media", "related", "scroll", "shoutbox", "sidebar",
    "sponsor", "shopping", "tags", "widget", "byline", "author", "dateline", "caption", "credit", "share",
    "comment", "comments", "nav", "menu",
  ]

  /// Readability's negative words for conditional cleaning (`REGEXPS.negative`), as tokens: a
  /// box inside the body with one of these in its class or id is a widget.
  static let cleaningNegative: Set<String> = [
    "hidden", "hid", "banner", "combx", "comment", "comments", "contact", "footer", "gdpr", "masthead", "media",
    "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "tags", "widget",
  ]
  /// Readability's unlikely-candidate word that `boilerplate` leaves out (an article's header
  /// holds its title): a heading with it in its class is a box's label ("t-list-header" of a
  /// review's score card, "subheaders" of a book's case-study boxes, a CTA's "header").
  static let headerCompounds = ["header"]
  /// Readability's `okMaybeItsACandidate` substrings: they clear a class of being unlikely.
  static let candidateCompounds = ["and", "article", "body", "column", "content", "main", "shadow"]
  static let headerMatcher = CompoundMatcher(headerCompounds)
  static let candidateMatcher = CompoundMatcher(candidateCompounds)

  /// Readability's positive words (`REGEXPS.positive`), as tokens.
  static let cleaningPositive: Set<String> = [
    "article", "body", "content", "entry", "hentry", "main", "page", "pagination", "post", "text", "blog", "story",
  ]

  /// Markers of an author-bio box (WordPress author-box plugins, Simple Author Box
  /// "saboxplugin", Shopify "author-bio", Ghost "author-card", Medium-like "about-author").
  static let authorBioCompounds: [String] = [
    "author-bio", "authorbio", "author-box", "authorbox", "about-author", "about-the-author", "author-info",
    "author-card", "author-profile", "author-details", "author-description", "saboxplugin", "post-author-box",
    "entry-author", "author_bio", "author_box", "author__bio", "bio-box", "writer-bio", "contributor-bio",
    // WordPress core Post Author block (avatar, __name, __bio); German "Autorenbox" views and themes.
    "wp-block-post-author", "autorenbox", "autorbox", "autoren-box", "autor-box",
  ]

  /// Markers of a related-posts block (Jetpack "jp-relatedposts", YARPP, Shopify
  /// "related-articles", news "more-stories", "read-next").
  static let relatedCompounds: [String] = [
    "related", "relatedposts", "related-posts", "related-articles", "yarpp", "also-in", "more-posts",
    "more-stories", "read-next", "recommended", "you-may-also-like", "further-reading", "more-articles",
    "post-navigation", "recirculation",
  ]

  /// Markers of a related-posts block in the class names of sites writing in other languages:
  /// a theme names its box in its own language as it names its headings
  /// (`<aside class="meme_sujet">`, `<div class="noticias-relacionadas">`,
  /// `<section class="articoli-correlati">`). Matched anywhere in a class or id value, so a
  /// stem stands for its inflections (`relacionadas`, `relacionados`); none is part of an
  /// English word, so a layout class (`correlation-chart`) holds none.
  static let relatedCompoundsByLanguage: [String] = [
    // German: "ähnliche Artikel", "verwandte Beiträge"
    "aehnliche", "verwandte",
    // French: "sur le même sujet", "articles liés", "à lire aussi"
    "meme-sujet", "meme_sujet", "memesujet", "articles-lies", "lire-aussi",
    // Spanish and Portuguese: "noticias relacionadas", "artigos relacionados", "leia também"
    "relacionad", "leia-tambem", "veja-tambem",
    // Italian: "articoli correlati", "notizie correlate", "leggi anche" (the bare words are tokens
    // below; a bare "-correlat" would match English "cross-correlation")
    "articoli-correlati", "articoli_correlati", "articolicorrelati", "post-correlati", "post_correlati",
    "notizie-correlate", "notizie_correlate", "contenuti-correlati", "contenuti_correlati", "correlati-",
    "correlate-", "leggi-anche",
    // Dutch: "gerelateerde artikelen"
    "gerelateerd",
    // Polish: "powiązane artykuły", "zobacz także"
    "powiazane", "zobacz-takze",
    // English compounds written with an underscore or run together
    "similar-posts", "similar_posts", "similarposts", "similar-articles", "similar_articles",
  ]
  /// Whole class tokens of a related block in other languages that are part of an English word
  /// as a stem ("correlati" of "correlation"): matched only as a token.
  static let relatedTokensByLanguage: TokenSet = ["correlati", "correlate"]

  /// Byline containers (WordPress "entry-meta"/"byline", Shopify "blog_meta", news "article-meta").
  static let bylineCompounds: [String] = [
    "byline", "by-line", "author", "post-author", "entry-meta", "post-meta", "article-meta", "blog_meta",
    "blog-meta", "meta-author", "article__meta", "article-byline", "posted-by", "postmeta", "entry-byline",
    "story-meta", "article-info", "post-info", "entry-author", "article__author", "c-byline", "writer",
  ]

  /// Tokens of a post's own container: hAtom "hentry" (WordPress, Blogger), "post" wrappers.
  /// A footer, aside or header inside one is the post's, where themes put the byline
  /// (Blogger's `.post-footer` "Posted by … at … 3 comments:").
  static let postContainer: TokenSet = ["hentry", "h-entry"]
  /// Boilerplate tokens a byline holder inside the post may carry ("post-footer", "entry-footer").
  static let postFooter: TokenSet = ["footer"]

  /// hAtom date classes: WordPress themes print `time.updated` next to `time.published` and
  /// hide it with a stylesheet rule (`.entry-meta .updated{display:none}`).
  static let modifiedDate = "updated"
  static let publishedDate = "published"
  /// Class tokens of a post's date or topic set inside its title heading in a card
  /// (`<span class="c-teaser__category">`); whole tokens, so "candidate-name" is none.
  static let titleMeta: TokenSet = ["date", "category"]
  /// Date elements next to a byline: Arc's `.b-date`, "dateline", "timestamp", "post-date".
  static let dateTokens: TokenSet = ["date", "dateline", "timestamp", "published", "pubdate", "time"]
  /// Blogger's day heading above the posts of one day (`h2.date-header`).
  static let dateHeaderCompounds: [String] = ["date-header", "dateheader"]

  /// Comment-count widgets: WordPress/Disqus "comment-count", Drupal Olivero "comments__count",
  /// Medium "pw-responses-count", Coral "coral-count-number".
  static let commentCountCompounds: [String] = [
    "comment-count", "comments-count", "comments__count", "comment_count", "comments_count", "commentcount",
    "responses-count", "coral-count", "count-comments", "comment-counter", "comments-number", "replies-count",
  ]
  /// Where a comment word in a class or id marks a comment-section title or link
  /// ("comments-title", "comment-link", "comments__title", "responses").
  static let commentCompounds: [String] = ["comment", "respons", "kommentar", "discussion", "reactie"]
  /// A side column beside the article.
  static let sidebar: TokenSet = ["sidebar"]
  /// Boxes of the site's menu (`<ul class="navbar-nav">`, `<div class="main-menu">`): their links
  /// name the site's sections, never this post's comments.
  static let siteMenus: TokenSet = ["nav", "navbar", "navigation", "menu", "submenu", "subnav", "megamenu"]
  /// Containers of other posts' counts (sidebar widgets, recirculation rails), never this post's.
  static let otherPosts: TokenSet = [
    "sidebar", "popular", "related", "relatedposts", "recirc", "recirculation", "trending", "mostread", "yarpp",
  ]

  // The compound lists compiled once, for `Evidence.hasCompound`.
  static let dateHeaderMatcher = CompoundMatcher(dateHeaderCompounds)
  static let commentCountMatcher = CompoundMatcher(commentCountCompounds)
  static let commentMatcher = CompoundMatcher(commentCompounds)
  static let bodyMatcher = CompoundMatcher(Array(bodyCompounds))
  static let authorBioMatcher = CompoundMatcher(authorBioCompounds)
  static let bylineMatcher = CompoundMatcher(bylineCompounds)
  static let relatedMatcher = CompoundMatcher(
    relatedCompounds.filter { $0.contains("-") } + relatedCompoundsByLanguage)

  /// Splits a class or id value into lower-case alphanumeric tokens.
  static func tokens(_ value: String) -> [Substring] {
    let lowered = value.lowercased()
    // An ASCII value (nearly every class) is split on its bytes: for ASCII, a Character is a
    // letter or number exactly when its byte is one, and testing Characters cost far more.
    guard lowered.utf8.allSatisfy({ $0 < 0x80 }) else { return lowered.split { !$0.isLetterOrNumber } }
    return lowered.utf8.split { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) }.map { Substring($0) }
  }

  /// Class tokens of a sidebar widget's wrapper.
  static let widgetTokens: TokenSet = ["widget"]

  /// Class tokens of a box floated beside the text column (`shortcode related-links float_left`,
  /// WordPress `alignright`).
  static let besideTextTokens: TokenSet = ["float", "floatleft", "floatright", "alignleft", "alignright"]
}

extension ClassTokens {
  /// The `itemprop` value, or `rel` token, of an element naming the author (schema.org
  /// microdata, rel=author), compared case aside.
  static let authorMarkupValue = "author"
  /// Words a `data-testid` holds when it names a byline part (React sites: "authorName",
  /// "prism-byline"), lower-case ASCII, compared case aside.
  static let authorTestIDWords = ["author", "byline"]
  /// Whole class names that hide an element from the reader (a theme's hidden rich-snippet hCard,
  /// Bootstrap's `d-none`, the HTML5 Boilerplate's `hidden`), lower-cased: author markup inside
  /// one is written for search engines (`BylineExtractor.isHiddenAuthorMarkup`).
  static let hidingClassNames: Set<String> = ["rich-snippet-hidden", "hidden", "d-none", "hide", "display-none"]
  /// Whether a class value may hold one of `hidingClassNames` as a token: false when its bytes hold
  /// neither "hid" nor "none" in any ASCII case. Each name holds one of them (`ClassTokensTests`
  /// holds the list to it), and a token lower-cases to an ASCII name only from those ASCII bytes:
  /// no other character lower-cases to one of their letters. Hand-written so that most class values
  /// are turned away before they are split into lower-cased tokens (thousands of instructions each).
  static func mayHoldHidingName(_ value: String) -> Bool {
    var window: UInt32 = 0
    for byte in value.utf8 {
      // `| 0x20` makes an ASCII capital its small letter, and no other byte one of these letters.
      window = window << 8 | UInt32(byte | 0x20)
      if window & 0xFF_FFFF == 0x68_6964 || window == 0x6E6F_6E65 { return true }  // "hid", "none"
    }
    return false
  }
  /// Display values a responsive class shows an element with (Tailwind's `md:flex`, Bootstrap's
  /// `d-lg-block`), lower-case.
  static let responsiveDisplayValues: Set<String> = [
    "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "table", "table-cell",
    "table-row", "contents", "flow-root", "list-item",
  ]
  /// Bootstrap's breakpoints in its display classes (`d-md-block`).
  static let responsiveBreakpoints: Set<String> = ["sm", "md", "lg", "xl", "xxl"]

  /// Whether a lower-cased class token shows its element at some screen size: a Tailwind variant
  /// (`md:flex`, `lg:inline`) or a Bootstrap breakpoint class (`d-lg-block`) with a display value.
  static func isResponsiveDisplay(_ token: String) -> Bool {
    if let colon = token.lastIndex(of: ":") {
      return responsiveDisplayValues.contains(String(token[token.index(after: colon)...]))
    }
    let parts = token.split(separator: "-", maxSplits: 2)
    return parts.count == 3 && parts[0] == "d" && responsiveBreakpoints.contains(String(parts[1]))
      && responsiveDisplayValues.contains(String(parts[2]))
  }
}
