/// Class and id evidence. Tokens are the pieces of `class` and `id` split at
/// non-alphanumerics and lower-cased ("article-comments" → "article", "comments").
enum ClassTokens {
  /// Containers that are never the article: site chrome, widgets, comment threads.
  /// Readability calls these "unlikely candidates"; these are whole tokens, not substrings,
  /// so "shadow" does not hit "ad" and "header" stays out (article headers hold the title).
  static let boilerplate: Set<String> = [
    "ad", "ads", "adsense", "advert", "advertisement", "advertising", "adslot", "banner", "breadcrumb",
    "breadcrumbs", "comment", "comments", "commentlist", "disqus", "footer", "sidebar", "social", "share",
    "sharing", "sharedaddy", "sharebar", "newsletter", "subscribe", "subscription", "signup", "cookie",
    "cookies", "consent", "gdpr", "promo", "popup", "modal", "cart", "minicart", "drawer", "nav", "navbar",
    "navigation", "menu", "submenu", "widget", "related", "relatedposts", "yarpp", "tags", "tagcloud",
    "pagination", "pager", "sponsor", "sponsored", "masthead", "toolbar", "rss", "outbrain", "taboola",
    "announcement", "skip", "skiplink", "lightbox", "overlay", "subnav", "topbar", "utility", "login",
    "signin", "paywall", "legends", "settings", "player", "carousel", "recirc", "trending", "mostread", "popular",
    "dialog", "hidden", "sr", "visually",
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
  static let positive: Set<String> = [
    "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "rte",
  ]

  /// Readability's negative evidence for scoring (weaker than `boilerplate`).
  static let negative: Set<String> = [
    "hidden", "meta", "footer", "footnote", "masthead", "media", "related", "scroll", "shoutbox", "sidebar",
    "sponsor", "shopping", "tags", "widget", "byline", "author", "dateline", "caption", "credit", "share",
    "comment", "comments", "nav", "menu",
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

  /// Byline containers (WordPress "entry-meta"/"byline", Shopify "blog_meta", news "article-meta").
  static let bylineCompounds: [String] = [
    "byline", "by-line", "author", "post-author", "entry-meta", "post-meta", "article-meta", "blog_meta",
    "blog-meta", "meta-author", "article__meta", "article-byline", "posted-by", "postmeta", "entry-byline",
    "story-meta", "article-info", "post-info", "entry-author", "article__author", "c-byline", "writer",
  ]

  // The compound lists compiled once, for `Evidence.hasCompound`.
  static let bodyMatcher = CompoundMatcher(Array(bodyCompounds))
  static let authorBioMatcher = CompoundMatcher(authorBioCompounds)
  static let bylineMatcher = CompoundMatcher(bylineCompounds)
  static let relatedMatcher = CompoundMatcher(relatedCompounds.filter { $0.contains("-") })

  /// Splits a class or id value into lower-case alphanumeric tokens.
  static func tokens(_ value: String) -> [Substring] {
    value.lowercased().split { !($0.isLetter || $0.isNumber) }
  }
}
