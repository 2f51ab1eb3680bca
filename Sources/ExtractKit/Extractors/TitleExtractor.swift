import Foundation

/// The article's own title. Strategies in order: an `<h1>` that structured data or the
/// `<title>` confirm; the JSON-LD or OpenGraph headline; the `<title>` without its
/// " | Site" tail; a lone `<h1>`.
struct TitleExtractor {
  /// An `<h1>` counts as confirmed when its words and a metadata title's overlap this much.
  static let confirmingSimilarity = 0.75
  /// …or when it is contained in that title and is at least this share of it ("Blog: Post" holds
  /// "Post"; a blog name in an `<h1>` is a small part of the `<title>` and is not taken).
  static let minimumContainedShare = 0.6
  /// A `<title>` cut at a separator must keep more than this many space-separated words.
  static let minimumKeptWords = 4
  /// Separators between a title and the site name in `<title>` (a box-drawing "│" and a
  /// full-width "｜" bar too, and a blog portal's "Post @ Blog").
  static let separators = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " : ", " │ ", " ｜ ", "｜", "│", " @ ",
  ]

  func extract(from page: Page, metadata: Metadata) -> String? {
    // Every title the metadata gives confirms a visible heading: a JSON-LD headline may reword
    // the og:title or twitter:title that the page's <h1> repeats.
    var baseReferences = [metadata.headline, page.titleTag].compactMap { $0 }
    // A twitter:title counts only where the og:title is missing or a copy of the <title>: beside a
    // social headline of its own, it is one more rewording (Readability keeps the og:title there).
    let ownOpenGraphTitle = page.meta["og:title"].map { $0 != page.titleTag } ?? false
    for key in VocabularyTitles.confirmingMetaKeys where key != "twitter:title" || !ownOpenGraphTitle {
      guard let value = page.meta[key].map(Text.decodeEntities).flatMap(Text.nonEmpty),
        !baseReferences.contains(value)
      else { continue }
      baseReferences.append(value)
    }
    // A breadcrumb's last crumb marked up as an <h1> repeats the SEO title; the headline is the
    // article header's own heading. A crumb comes after the trail's links.
    // A crumb's own class may name the trail too (`<li class="breadcrumb__item"><h1>`): the trail is
    // the nearest classed ancestor holding more link text than the crumb.
    let inBreadcrumb = { (node: Node) -> Bool in
      var from: Node? = node
      while let start = from, let trail = start.classedContainer(in: VocabularyTitles.breadcrumbTokens) {
        if trail.linkTextLength > node.linkTextLength { return true }
        from = trail.parent
      }
      return false
    }
    let headingNodes = page.elements("h1").prefix(20).compactMap { node -> (node: Node, text: String)? in
      guard !page.tree.nodes.isEmpty, node.closest({ Evidence.chromeTags.contains($0) }) == nil, !inBreadcrumb(node)
      else { return nil }
      return Text.nonEmpty(TitleExtractor.headingText(node)).map { (node, $0) }
    }
    let headings = headingNodes.map(\.text)
    // The site's name in a masthead <h1> is never the article's title, however well the
    // <title> confirms it.
    let siteNames = [metadata.siteName, page.meta["og:site_name"], page.meta["application-name"]]
      .compactMap { $0.flatMap(Text.nonEmpty) }
    // …nor is the first part of a "Site » Archive » Post" <title> that an <h1> repeats.
    let pathHead = page.titleTag.flatMap(TitleExtractor.pathTitleHead)
    let mastheads =
      page.elements("h1").prefix(20).filter(Self.isHomeLink).compactMap { Text.nonEmpty(Page.rawText($0)) }
      + headings.filter { heading in pathHead.map { Text.words($0) == Text.words(heading) } ?? false }
    let candidates = headings.filter { !isSiteName($0, siteNames: siteNames) && !mastheads.contains($0) }
    // The site's name (og:site_name, the masthead) cut from every title: "Post | Site" confirms
    // an <h1> "Post", and an <h1> holding "Post | Site" is the post.
    // A masthead's name is cut only from a title taken whole: a <title> ending in it may still
    // be the page's own title ("Post — docs for Project"), which an <h1> must not shorten.
    let cut = { (title: String) in TitleExtractor.cutKnownSiteName(title, siteNames: siteNames) }
    // Cut after a masthead's name, a title must keep Readability's word count.
    let cutAll = { (title: String) in
      let known = cut(title)
      guard known == Text.clean(title) else { return known }
      return TitleExtractor.cutKnownSiteName(
        title, siteNames: mastheads, minimumHeadWords: TitleExtractor.minimumKeptWords + 1)
    }
    // "Cottage Birchwood (51873) - Site": the metadata title without its number in parentheses
    // confirms the heading "Cottage Birchwood" too.
    let unnumbered = baseReferences.compactMap(TitleExtractor.withoutNumberTags)
    let wholeReferences = baseReferences + unnumbered.filter { !baseReferences.contains($0) }
    let references = wholeReferences + wholeReferences.map(cut).filter { !wholeReferences.contains($0) }
    // An <h2> is taken only when its words are a metadata title's, or a whole leading part of one.
    let confirmed = { (candidates: [String], nodes: [(node: Node, text: String)], exact: Bool) -> String? in
      // Strong confirmations first, over every heading: a masthead's site-name <h1> comes before
      // the entry title and is a whole segment of the <title> too.
      for heading in candidates {
        for reference in references
        where exact
          ? Text.words(heading) == Text.words(reference)
          : Text.similarity(heading, reference) >= TitleExtractor.confirmingSimilarity
            || (Text.lowered(Text.clean(reference)).contains(Text.lowered(heading))
              && Double(heading.count) >= TitleExtractor.minimumContainedShare * Double(reference.count))
        {
          // "<h1><em>Gartenwoche </em>Tomaten im Topf …</h1>" whose rest is the metadata title:
          // the leading element is a kicker.
          if let node = nodes.first(where: { $0.text == heading })?.node,
            let rest = TitleExtractor.restAfterKicker(node),
            references.contains(where: { Text.words(rest) == Text.words($0) })
          {
            return rest
          }
          return cut(heading)
        }
      }
      for heading in candidates {
        if references.contains(where: { isSegment(heading, of: $0) }) { return cut(heading) }
      }
      return nil
    }
    if let title = confirmed(candidates, headingNodes, false) { return title }
    // No <h1> at all (or only a breadcrumb's): the article header's <h2> the metadata confirms
    // ("<header><h2>Post</h2></header>" under a "Post | Site" <title>).
    if candidates.isEmpty {
      let sideBox = { (node: Node) in
        node.classedContainer(in: VocabularyTitles.sideBoxTokens) != nil
      }
      let subheadNodes = page.elements("h2").prefix(VocabularyTitles.maximumFallbackHeadings).compactMap {
        node -> (node: Node, text: String)? in
        guard node.closest({ Evidence.chromeTags.contains($0) }) == nil, !inBreadcrumb(node), !sideBox(node),
          !TitleExtractor.isHomeLink(node)
        else { return nil }
        return Text.nonEmpty(TitleExtractor.headingText(node)).map { (node, $0) }
      }
      let subheads = subheadNodes.map(\.text).filter { !isSiteName($0, siteNames: siteNames) }
      if let title = confirmed(subheads, subheadNodes, true) { return title }
    }
    // Headlines from structured data are already the article's; only a known site name is cut,
    // or a tail the `<title>` repeats (an og:title copied from it, " | Site" and all).
    let host = TitleExtractor.hostLabel(page)
    // A metadata title that is the site's own name ("Kanzlei Brandt" on kanzleibrandt.example, "Home")
    // gives way to the page's one visible <h1>.
    // A side box's heading ("<h1 class="widget-title">Newsletter</h1>") is no page's title.
    let inSideBox = { (text: String) -> Bool in
      let node = headingNodes.first { $0.text == text }?.node
      return node?.classedContainer(in: VocabularyTitles.sideBoxTokens) != nil
    }
    let lone = candidates.count == 1 && !inSideBox(candidates[0]) ? candidates[0] : nil
    // The `<h1>` inside the article's own container (`<article>`, an hAtom entry) is the headline
    // the page shows; a metadata title sharing half its words is an SEO or social rewording of it.
    // An `<h1>` outside such a container (a hero banner, a marketing page) keeps the metadata title,
    // and so does a bare `<title>` (no og:title or JSON-LD, no site name): the document's own title.
    let bareTitleTag =
      metadata.headline == nil
      && page.titleTag.map {
        stripSiteName($0, siteName: metadata.siteName, host: host, guessing: true) == $0
          && cutAll($0) == Text.clean($0)
      } ?? true
    if let lone, !bareTitleTag, let metadataTitle = metadata.headline ?? page.titleTag,
      let node = headingNodes.first(where: { $0.text == lone })?.node,
      node.enclosingPost != nil,
      TitleExtractor.sharedWordShare(lone, in: cutAll(metadataTitle)) >= Thresholds.minimumRewordingShare
    {
      return cut(lone)
    }
    // The whole title is asked too: a site name holding a separator (".:: NMB-MEDIA ::. Templates /
    // Vorlagen") is cut at it as if it were a title's tail.
    let own = { (whole: String, title: String) -> String in
      // Not application-name: portals set it to each article's headline.
      let ownNames = [page.meta["og:site_name"], metadata.siteName].compactMap { $0 }
        .filter { $0 != page.meta["application-name"] || $0 == page.meta["og:site_name"] }
      guard let lone,
        TitleExtractor.namesSite(whole, siteNames: ownNames, host: host)
          || TitleExtractor.namesSite(title, siteNames: ownNames, host: host)
      else { return title }
      return lone
    }
    if let headline = metadata.headline {
      let copied = page.titleTag.map { Text.clean($0) == Text.clean(headline) } ?? false
      let known = cutAll(headline)
      if known != Text.clean(headline) { return known }
      return own(headline, stripSiteName(headline, siteName: metadata.siteName, host: host, guessing: copied))
    }
    if let title = page.titleTag {
      let known = cutAll(title)
      if known != Text.clean(title) { return known }
      return own(title, stripSiteName(title, siteName: metadata.siteName, host: host, guessing: true))
    }
    return headings.count == 1 ? headings[0] : nil
  }

  /// `title` without its numbers in parentheses ("(51873)", "(2022/3)"), nil when it holds none.
  static func withoutNumberTags(_ title: String) -> String? {
    let kept = People.withoutParentheses(title, dropping: isNumberTag)
    guard kept.utf8.count != title.utf8.count else { return nil }
    return Text.nonEmpty(Text.clean(kept))
  }

  /// Whether a parenthesis holds a number and nothing else ("51873", "2013/4").
  static func isNumberTag(_ inside: Substring) -> Bool {
    inside.contains(where: \.isNumber)
      && inside.allSatisfy { $0.isNumber || $0 == " " || TitleNumberTags.punctuation.contains($0) }
  }

  /// The share of `heading`'s distinct words that `title` holds; 0 for a heading shorter than
  /// `Thresholds.minimumRewordingWords`.
  static func sharedWordShare(_ heading: String, in title: String) -> Double {
    let words = Set(Text.words(heading))
    guard Text.words(heading).count >= Thresholds.minimumRewordingWords, !words.isEmpty else { return 0 }
    let titleWords = Set(Text.words(title))
    return Double(words.filter(titleWords.contains).count) / Double(words.count)
  }

  /// Whether a whole title is the site's name rather than a page's: a known site name, the host's
  /// label spelled out ("Kanzlei Brandt" on kanzleibrandt.example), or a front page's generic name.
  static func namesSite(_ title: String, siteNames: [String], host: String?) -> Bool {
    let words = Text.words(title)
    guard !words.isEmpty else { return false }
    if siteNames.contains(where: { Text.words(Text.decodeEntities($0)) == words }) { return true }
    if VocabularyTitles.frontPageNames.contains(words.joined(separator: " ")) { return true }
    guard let host else { return false }
    return words.joined() == host
  }

  /// The text of an `<h1>` after its leading element (a kicker `<em>`, `<span>`), without the
  /// separator between them; nil when the `<h1>` does not start with an element or nothing follows.
  static func restAfterKicker(_ node: Node) -> String? {
    let children = node.children.filter { $0.kind != .text || !Text.clean($0.text).isEmpty }
    guard children.count >= 2, let first = children.first, first.isElement, first.textLength > 0 else { return nil }
    let rest = Text.clean(children.dropFirst().map(TitleExtractor.readText).joined())
      .trimmingScalars(in: TrimSets.kickerSeparators)
    return Text.nonEmpty(rest)
  }

  /// A title without a known site name: "Post | Site" and "Post : Site | Motto" keep what comes
  /// before the name (at least `minimumHeadWords` words); "Site » Archive » Post" and "Site|Post"
  /// keep the last part after it.
  static func cutKnownSiteName(_ title: String, siteNames: [String], minimumHeadWords: Int = 1) -> String {
    let text = Text.clean(title)
    let separators = VocabularyTitles.siteSeparatorCharacters
    for rawName in siteNames {
      let name = Text.clean(Text.decodeEntities(rawName))
      guard name.count >= VocabularyTitles.minimumKnownSiteNameChars,
        TitleExtractor.mayFindIgnoringCase(name, in: text)
      else { continue }
      var searchStart = text.startIndex
      while let found = text.range(of: name, options: .caseInsensitive, range: searchStart..<text.endIndex) {
        searchStart = found.upperBound
        let before = text[..<found.lowerBound].trimmingScalars(in: .whitespaces)
        let after = text[found.upperBound...].trimmingScalars(in: .whitespaces)
        if before.isEmpty {
          // "Site » Archive » Post": the part after the site name's separator, its last segment.
          guard let mark = after.first, separators.contains(mark) else { continue }
          let rest = after.dropFirst().trimmingScalars(in: .whitespaces)
          let last = rest.components(separatedBy: " \(mark) ").last.map(Text.clean) ?? ""
          if !last.isEmpty { return last }
          continue
        }
        // "Post | Site" or "Post : Site | Motto": the site name ends the title or a segment.
        guard let mark = before.last, separators.contains(mark),
          after.isEmpty || after.first.map({ separators.contains($0) }) == true
        else { continue }
        let head = Text.clean(String(before.dropLast()))
        if head.split(separator: " ").count >= minimumHeadWords { return head }
      }
    }
    return text
  }

  /// The first part of a `<title>` written as a path from the site down, "Site » Archive » Post"
  /// (at least `VocabularyTitles.minimumPathTitleParts` parts joined by a path separator).
  static func pathTitleHead(_ title: String) -> String? {
    let cleaned = Text.clean(title)
    for separator in VocabularyTitles.pathSeparators where mayFind(separator, in: cleaned) {
      let parts = cleaned.components(separatedBy: separator)
      if parts.count >= VocabularyTitles.minimumPathTitleParts { return Text.nonEmpty(Text.clean(parts[0])) }
    }
    return nil
  }

  /// Whether `heading` is one whole separator-delimited part of `title`: "About us" in
  /// "About us | Garden Notes" (short titles fail the share test but are still confirmed).
  func isSegment(_ heading: String, of title: String) -> Bool {
    let wanted = Text.lowered(heading)
    // "Post -Author - Site": a separator with a space only before it still ends the heading.
    if isHeadBeforeUnspacedSeparator(Text.lowered(Text.clean(heading)), of: title) { return true }
    for separator in TitleExtractor.separators
    where TitleExtractor.mayFind(separator, in: title) && title.contains(separator) {
      if title.components(separatedBy: separator).contains(where: { Text.lowered(Text.clean($0)) == wanted }) {
        return true
      }
      // "Post - Part 2 - Site": the heading is the title's head before a later separator.
      var searchStart = title.startIndex
      while let found = title.range(of: separator, range: searchStart..<title.endIndex) {
        if Text.lowered(Text.clean(String(title[..<found.lowerBound]))) == wanted { return true }
        searchStart = found.upperBound
      }
    }
    return false
  }

  /// Whether the lower-cased `heading` is `title`'s head up to a separator written with a space
  /// before it and none after ("Koncesjonowana opozycja -Leszek Jażdżewski").
  func isHeadBeforeUnspacedSeparator(_ wanted: String, of title: String) -> Bool {
    let cleaned = Text.clean(title)
    guard cleaned.count > wanted.count, Text.lowered(String(cleaned.prefix(wanted.count))) == wanted else {
      return false
    }
    let rest = cleaned.dropFirst(wanted.count)
    guard rest.first == " ", let mark = rest.dropFirst().first, VocabularyTitles.siteSeparatorCharacters.contains(mark),
      let next = rest.dropFirst(2).first
    else { return false }
    return !next.isWhitespace
  }

  /// An `<h1>`'s text without a kicker before the title proper (`<h1><span class="roofline">
  /// Wasser sichern</span> Krause: …</h1>`), and without the separator after it.
  static func headingText(_ node: Node) -> String {
    var children = node.children.filter { $0.kind != .text || !Text.clean($0.text).isEmpty }
    // A hidden " | Site" after the title, for screen readers only.
    if children.count >= 2, let last = children.last, last.isElement,
      last.hasClassToken(in: VocabularyTitles.screenReaderTokens),
      Text.clean(TitleExtractor.readText(last)).first.map(VocabularyTitles.siteSeparatorCharacters.contains) == true
    {
      children.removeLast()
    }
    let full = children.map(TitleExtractor.readText).joined()
    // `<h1><a href=…><span class="label">Patch Notes</span>Title</a></h1>`: look inside a lone link
    // or span.
    if children.count == 1, let only = children.first, VocabularyTitles.headingWrapperTags.contains(only.tag) {
      children = only.children.filter { $0.kind != .text || !Text.clean($0.text).isEmpty }
    }
    guard let first = children.first, first.isElement, first.textLength > 0,
      Evidence.hasCompound(first, VocabularyTitles.kickerMatcher) || first.hasClassToken("section")
        || (first.tag == "small" && children.dropFirst().first?.tag == "br")
    else { return full }
    let rest = children.dropFirst().map(TitleExtractor.readText).joined()
    let title = Text.clean(rest).trimmingScalars(in: TrimSets.kickerSeparators)
    return title.split(separator: " ").count >= 2 ? title : full
  }

  /// A heading's text as read, without ruby annotations: the furigana over a word
  /// (`<ruby>子<rt>こ</rt></ruby>`) is no part of the headline.
  static func readText(_ node: Node) -> String {
    guard node.isElement, node.firstDescendant(where: { ContentWalker.annotationTags.contains($0) }) != nil else {
      return Page.rawText(node)
    }
    var text = ""
    func collect(_ current: Node) {
      for child in current.children {
        if child.kind == .text {
          text += child.text
        } else if !ContentWalker.annotationTags.contains(child) {
          collect(child)
        }
      }
    }
    collect(node)
    return text
  }

  /// The distinctive label of the page's host: "wasseramt" of www.wasseramt.example.
  static func hostLabel(_ page: Page) -> String? {
    let address = page.source.canonicalUrl ?? page.meta["og:url"] ?? page.source.url
    guard let host = address.flatMap({ URL(string: $0.trimmingASCIIWhitespace())?.host?.lowercased() }) else {
      return nil
    }
    let labels = host.split(separator: ".")
    guard labels.count >= 2 else { return nil }
    // "garten-amt" of garten-amt.de is spelled "Garten Amt" or "Garten-Amt": letters and digits only.
    let label = String(labels[labels.count - 2].filter { $0.isLetterOrNumber })
    return label.count >= VocabularyTitles.minimumHostLabelChars ? label : nil
  }

  /// Whether a short `<title>` segment names the host ("Wasseramt", "Python Wiki",
  /// "beispiel.de").
  static func namesHost(_ segment: String, host: String?) -> Bool {
    guard let host, segment.split(separator: " ").count <= 4 else { return false }
    // Hosts are written without accents: "Café Süd" names cafesued.de's "cafesud" as well.
    let folded = Text.lowered(segment).folding(options: .diacriticInsensitive, locale: nil)
    let letters = folded.filter { $0.isLetterOrNumber }
    let words = Text.words(folded).map { $0.filter { $0.isLetterOrNumber } }
    return letters == host || words.contains(host) || letters.hasPrefix(host) && letters.count <= host.count + 3
  }

  /// Link targets that are a site's front page: a masthead's logo `<h1><a href="index.html">`.
  static let homeHrefs: Set<String> = ["/", "./", ".", "index.html", "index.htm", "index.php", "./index.html"]

  /// Whether an `<h1>` is all one link to the site's front page: the masthead's site name
  /// (Sphinx's `<div class="header"><h1 class="heading"><a href="index.html">` over the page's own
  /// `<h1>`), whatever words the `<title>` shares with it.
  static func isHomeLink(_ heading: Node) -> Bool {
    guard heading.textLength > 0, heading.linkTextLength == heading.textLength,
      let link = heading.firstDescendant(where: { $0.tag == "a" }), link.textLength == heading.textLength,
      let href = link.attribute("href")?.trimmingScalars(in: .whitespaces).lowercased()
    else { return false }
    if homeHrefs.contains(href) { return true }
    // An absolute address with no path: "https://example.org/".
    guard let url = URL(string: href), url.host != nil else { return false }
    return url.query == nil && (url.path.isEmpty || url.path == "/")
  }

  /// Whether `text` is the site's name: a known site name, or most of one ("Garden Weekly"
  /// for og:site_name "Garden Weekly Magazine"). An article title that mentions the site is not.
  func isSiteName(_ text: String, siteNames: [String]) -> Bool {
    let words = Text.words(text)
    guard !words.isEmpty else { return false }
    let wanted = " " + words.joined(separator: " ") + " "
    return siteNames.contains { name in
      let siteWords = Text.words(Text.decodeEntities(name))
      let site = " " + siteWords.joined(separator: " ") + " "
      return site.contains(wanted) && 2 * words.count >= siteWords.count
    }
  }

  /// Removes a " | Site Name" tail (or head) when it is the site's name; when `guessing`, also
  /// a short tail after the last separator when at least `minimumKeptWords` words remain
  /// (Readability's rule for `<title>`).
  func stripSiteName(_ title: String, siteName: String?, host: String? = nil, guessing: Bool) -> String {
    func isSite(_ segment: String) -> Bool {
      if let siteName, Text.similarity(segment, siteName) > 0.5 { return true }
      return TitleExtractor.namesHost(segment, host: host)
    }
    for separator in TitleExtractor.separators {
      guard TitleExtractor.mayFind(separator, in: title), let range = title.range(of: separator, options: .backwards)
      else { continue }
      let head = String(title[..<range.lowerBound])
      let tail = String(title[range.upperBound...])
      if isSite(tail) { return Text.clean(head) }
      if let first = title.range(of: separator), isSite(String(title[..<first.lowerBound])) {
        return Text.clean(String(title[first.upperBound...]))
      }
      let headWords = head.split(separator: " ").count
      if guessing && headWords > TitleExtractor.minimumKeptWords && tail.split(separator: " ").count <= 4 {
        return Text.clean(head)
      }
    }
    return title
  }
}
