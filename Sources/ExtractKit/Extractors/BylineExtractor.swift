import Foundation

/// The byline: who wrote the article, when, and how many comments it has.
/// Locating: `itemprop=author`, `rel=author`, byline classes, then a short "By …" line
/// after the title. Parsing: author elements inside the byline, else its text; the date from
/// the byline's text, else its `<time datetime>`; then structured data as the fallback.
struct BylineExtractor: SectionExtractor {
  /// Elements that name the author in markup (schema.org microdata, rel=author, hCard).
  static func isAuthorMarkup(_ node: Node) -> Bool {
    if node.attribute("itemprop")?.lowercased() == "author" { return true }
    if node.attribute("rel")?.lowercased().split(separator: " ").contains("author") == true { return true }
    // React sites name byline parts in test ids (Medium `data-testid="authorName"`).
    if node.attribute("data-testid")?.lowercased().contains("author") == true { return true }
    return Evidence.hasCompound(node, ClassTokens.bylineMatcher)
  }

  /// How many levels above an author element the byline container may sit
  /// (`<p class=meta><span itemprop=author>…</span> <time>…</time></p>`).
  static let maximumClimb = 3
  /// How many elements after the title a "By …" line is looked for.
  static let textSearchWindow = 60

  static func locate(in page: Page, excluding regions: [Node]) -> Node? {
    func usable(_ node: Node) -> Bool {
      guard node.textLength > 0, node.textLength <= Thresholds.maximumBylineChars,
        !regions.contains(where: { $0.contains(node) })
      else { return false }
      // A container holding the title is the article header, not its byline.
      if node.firstDescendant(where: { $0.tag == "h1" }) != nil { return false }
      // Comment threads and chrome carry author markup of their own; an <aside> or <header>
      // inside the article is where themes put the byline.
      return !node.ancestors.contains { ancestor in
        page.isBoilerplate(ancestor)
          && !((ancestor.tag == "aside" || ancestor.tag == "header")
            && ancestor.ancestors.contains { $0.tag == "article" })
      } && !page.isBoilerplate(node)
    }
    let title = page.elements("h1").first { $0.closest { Evidence.chromeTags.contains($0.tag) } == nil }
    var candidates = page.tree.nodes.filter {
      $0.isElement && $0.tag != "meta" && $0.tag != "link" && isAuthorMarkup($0) && usable($0)
    }
    // Nearest to the title first: bylines sit right under it.
    if let title {
      candidates.sort { abs($0.order - title.order) < abs($1.order - title.order) }
    }
    if var node = candidates.first {
      // Climb to the container holding the date and comment count too.
      for _ in 0..<maximumClimb {
        guard let parent = node.parent, parent.textLength <= Thresholds.maximumBylineChars, usable(parent),
          !ContentWalker.headingTags.contains(parent.tag), parent.firstDescendant(where: { $0.tag == "h1" }) == nil
        else { break }
        node = parent
      }
      return node
    }
    // A short "By Jane Doe" line shortly after the title.
    guard let title else { return nil }
    let window = page.tree.nodes[title.end..<min(page.tree.nodes.count, title.end + textSearchWindow)]
    for node in window where node.isElement && ["p", "div", "span", "address"].contains(node.tag) && usable(node) {
      let text = Text.clean(Page.rawText(node)).lowercased()
      if text.hasPrefix("by ") && node.textLength < 120 { return node }
    }
    return nil
  }

  func extract(from context: Context) -> Byline? {
    let page = context.page
    // Structured data first: JSON-LD and meta tags name the authors on purpose.
    let structured = BylineExtractor.structuredAuthors(context.metadata.authors)
    guard let node = context.regions.byline else {
      guard !structured.isEmpty else { return nil }
      return Byline(
        raw: context.metadata.authors.joined(separator: ", "), authors: structured,
        publishedAt: context.metadata.publishedAt)
    }
    let raw = Text.clean(Page.rawText(node))
    var authors = authorsFromMarkup(node, page: page)
    if authors.isEmpty { authors = People.parse(namesPart(of: raw)) }
    if !structured.isEmpty {
      // Keep what the markup adds (credentials, a profile link) to the same people.
      authors = structured.map { person in
        guard let seen = authors.first(where: { Text.similarity($0.name, person.name) >= 0.8 }) else { return person }
        return Person(
          name: person.name, credentials: person.credentials.isEmpty ? seen.credentials : person.credentials,
          url: person.url ?? seen.url)
      }
    }
    let time = node.firstDescendant { $0.tag == "time" }
    let date = Dates.find(in: raw) ?? (time?.attribute("datetime")).flatMap { Dates.iso($0) }
    return Byline(raw: raw, authors: authors, publishedAt: date, commentCount: BylineExtractor.commentCount(in: raw))
  }

  /// People from structured-data author strings. An organization ("BBC News", "Contributors to
  /// Wikimedia projects") fails the person-name test but is still the named author.
  static func structuredAuthors(_ raws: [String]) -> [Person] {
    var people: [Person] = []
    for raw in raws {
      let parsed = People.parse(raw)
      for person in parsed.isEmpty ? [Person(name: Text.clean(People.withoutParentheses(raw)))] : parsed
      where !person.name.isEmpty && !people.contains(where: { $0.name == person.name }) {
        people.append(person)
      }
    }
    return people
  }

  /// Names from author elements inside the byline (`itemprop=author`, `rel=author`, `.author`).
  private func authorsFromMarkup(_ byline: Node, page: Page) -> [Person] {
    var nodes = ([byline] + byline.descendants { $0.isElement }).filter {
      $0.attribute("itemprop")?.lowercased() == "author" || $0.attribute("rel")?.lowercased() == "author"
        || Evidence.tokens($0).contains("author") || Evidence.tokens($0).contains("fn")
    }
    // The innermost only: an author element inside another says the same.
    nodes = nodes.filter { outer in !nodes.contains { $0 !== outer && outer.contains($0) } }
    var people: [Person] = []
    for node in nodes {
      let text = namesPart(of: Text.clean(Page.rawText(node)))
      let link = node.tag == "a" ? node : node.firstDescendant { $0.tag == "a" }
      for person in People.parse(text, url: page.resolve(link?.attribute("href")))
      where !people.contains(where: { $0.name == person.name }) {
        people.append(person)
      }
    }
    return people
  }

  /// The part of a byline that names people: after "By", before the date and the counts.
  func namesPart(of raw: String) -> String {
    var text = People.stripPrefix(raw)
    // A "|", "•" or "·" separates the names from the rest.
    for separator in ["|", "•", "·", " — ", " – ", " - ", "\n"] {
      if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
    }
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    var kept: [Substring] = []
    for (index, word) in words.enumerated() {
      let bare = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
      let next = index + 1 < words.count ? words[index + 1] : ""
      // A month followed by a number starts the date ("August 13, 2019"); a digit starts a count.
      if Patterns.months[bare] != nil && next.first?.isNumber == true { break }
      if word.first?.isNumber == true { break }
      if ["on", "updated", "published", "am", "le", "el", "il", "op"].contains(bare) && !kept.isEmpty { break }
      kept.append(word)
    }
    return kept.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
  }

  /// "0 Comments", "12 comments", "No Comments".
  static func commentCount(in raw: String) -> Int? {
    let words = raw.lowercased().split { !($0.isLetter || $0.isNumber) }
    for (index, word) in words.enumerated() where index > 0 && Patterns.commentWords.contains(String(word)) {
      let previous = words[index - 1]
      if let count = Int(previous) { return count }
      if previous == "no" { return 0 }
    }
    return nil
  }
}
