/// The "about the author" box. Locating: bio classes of author-box plugins and themes,
/// then an "About the author" heading's container. Parsing: the name from a name element
/// or heading (else the photo's alt), credentials split off, the bio from its paragraphs.
struct AuthorBioExtractor: SectionExtractor {
  static func locate(in page: Page, excluding related: Node?) -> Node? {
    func bounded(_ node: Node) -> Bool {
      node.textLength >= Thresholds.minimumBioChars && node.textLength <= Thresholds.maximumBioChars + 200
        && related?.contains(node) != true && node.tag != "body" && node.tag != "html"
    }
    // Outermost element carrying a bio class: inner ones are its parts (`author-bio__name`).
    for node in page.tree.nodes where node.isElement && Evidence.hasCompound(node, ClassTokens.authorBioMatcher) {
      if node.ancestors.contains(where: { Evidence.hasCompound($0, ClassTokens.authorBioMatcher) && bounded($0) }) {
        continue
      }
      if bounded(node) { return withName(node, bounded: bounded) }
    }
    for heading in page.tree.nodes where ContentWalker.headingTags.contains(heading) && isBioHeading(heading) {
      // Climb from the heading to the box: Medium nests "Written by" in a link in a div, and
      // puts the avatar, followers and bio in sibling divs.
      var container = heading.parent
      for _ in 0..<maximumHeadingClimb {
        guard let current = container, current.tag != "body" else { break }
        if current.textLength - heading.textLength >= Thresholds.minimumBioChars { break }
        container = current.parent
      }
      guard var box = container, bounded(box),
        box.textLength - heading.textLength >= Thresholds.minimumBioChars,
        box.firstDescendant(where: { $0.tag == "h1" }) == nil
      else { continue }
      // …and on to the card around it while that adds no more than an avatar and a button.
      while let parent = box.parent, parent.tag != "body", bounded(parent),
        parent.textLength - box.textLength < Thresholds.minimumBioChars
      {
        box = parent
      }
      return box
    }
    // A bio inside the byline (Dotdash's author tooltip, often aria-hidden): an element whose
    // class names an author bio, in the card that also names the author.
    for node in page.tree.nodes where node.isElement && isBylineBio(node) && bounded(node) {
      var card: Node = node
      for _ in 0..<maximumHeadingClimb {
        if card.firstDescendant(where: { $0.hasClassToken("name") }) != nil { return card }
        guard let parent = card.parent, bounded(parent) else { break }
        card = parent
      }
    }
    return boxByContent(in: page, bounded: bounded)
  }

  /// The box around a bio element that holds no name: the name often sits just outside it,
  /// in the card around (`<section><a><span class="…-name">…</span></a><div class="…-bio">`).
  private static func withName(_ node: Node, bounded: (Node) -> Bool) -> Node {
    guard !holdsName(node) else { return node }
    var box = node
    for _ in 0..<maximumHeadingClimb {
      // The card adds a name line and a job or a count, not another block of text.
      guard let parent = box.parent, parent.tag != "body", bounded(parent),
        parent.textLength - node.textLength < Thresholds.minimumBioChars,
        parent.firstDescendant(where: { $0.tag == "h1" }) == nil
      else { break }
      if holdsName(parent) { return parent }
      box = parent
    }
    return node
  }

  /// Whether a box names someone: a name element or author link, or a heading other than "About the author".
  private static func holdsName(_ box: Node) -> Bool {
    box.firstDescendant { node in
      isNameElement(node) || (nameHeadingTags.contains(node) && node.textLength > 0 && !isBioHeading(node))
    } != nil
  }

  /// Elements that write the author's name in a box.
  private static let nameHeadingTags: TagSet = ["h2", "h3", "h4", "h5", "strong", "b"]

  /// A box recognised by what it holds, whatever plugin wrote it: a link to the author's page
  /// (or a name element) and, close by, a prose line that starts with that name ("Jule Radeck
  /// studierte …"). The last one in the page: the bio box comes after the byline.
  private static func boxByContent(in page: Page, bounded: (Node) -> Bool) -> Node? {
    var found: Node?
    for name in page.tree.nodes where isNameElement(name) {
      let text = Text.clean(Page.rawText(name))
      guard text.count >= 2, text.count <= RelatedExtractor.maximumHeadingChars,
        let first = text.split(separator: " ").first.map(String.init)
      else { continue }
      var container = name.parent
      for _ in 0..<maximumHeadingClimb {
        // The name's own line is too short to be the box: climb past it, not beyond a box's size.
        guard let current = container, current.tag != "body",
          current.textLength <= Thresholds.maximumBioChars
        else { break }
        // A short article under its byline is no box: a box holds no headline and few paragraphs.
        if current.firstDescendant(where: { $0.tag == "h1" }) != nil
          || current.descendants(where: { $0.tag == "p" }).count > maximumBoxParagraphs
        {
          break
        }
        if bounded(current), startingProse(in: current, with: first, outside: name) != nil {
          found = current
          break
        }
        container = current.parent
      }
    }
    return found
  }

  private static let anchorID = TagNames.id("a")

  /// A bio box holds a name line and a paragraph or two, not an article's run of paragraphs.
  static let maximumBoxParagraphs = 3

  /// A link to an author page (`rel=author`, `/author/…`) or an element classed as a name.
  static func isNameElement(_ node: Node) -> Bool {
    guard node.isElement, node.textLength > 0 else { return false }
    if node.tagID == anchorID, let href = node.attribute("href") {
      if let rel = node.attribute("rel"), rel.utf8.count == 6, rel.lowercased() == "author" { return true }
      // One byte search for all markers: Foundation's `String.contains` cost ~11k instructions per link.
      return RelatedExtractor.profilePathMatcher.matches(Array(href.utf8))
    }
    return node.hasClassToken("name") && node.elementChildren.allSatisfy { $0.tag != "a" || $0.textLength == 0 }
  }

  /// The first prose element in `box`, outside `name`, whose text opens with `first` (the
  /// author's first name): a third-person bio line.
  static func startingProse(in box: Node, with first: String, outside name: Node?) -> Node? {
    box.firstDescendant { node in
      (node.tag == "p" || node.tag == "div") && node.textLength >= Thresholds.minimumBioChars
        && node.textLength <= Thresholds.maximumBioChars && node.linkDensity < 0.5
        && !(name.map { node.contains($0) || $0.contains(node) } ?? false)
        && Text.clean(Page.rawText(node)).hasPrefix(first + " ")
    }
  }

  /// How many levels above an "About the author" heading or a bio text the box may sit.
  static let maximumHeadingClimb = 4

  /// "mntl-author-tooltip__bio", "author-biography": class tokens naming an author's bio.
  private static func isBylineBio(_ node: Node) -> Bool {
    node.hasClassToken("author") && (node.hasClassToken("bio") || node.hasClassToken("biography"))
  }

  func extract(from context: Context) -> AuthorBio? {
    let page = context.page
    guard let node = context.regions.authorBio else { return AuthorBioExtractor.fromJSONLD(page) }
    let nameNode =
      node.firstDescendant { $0.textLength <= RelatedExtractor.maximumHeadingChars && $0.hasClassToken("name") }
      ?? node.firstDescendant {
        ($0.tag == "h2" || $0.tag == "h3" || $0.tag == "h4" || $0.tag == "h5" || $0.tag == "strong" || $0.tag == "b")
          && !AuthorBioExtractor.isBioHeading($0)
      }
      // Else the link to the author's page (`<a href="/author/nils/"><span>Nils</span></a>`).
      ?? node.firstDescendant {
        $0.tag == "a" && AuthorBioExtractor.isNameElement($0) && People.isPlausibleName(Text.clean(Page.rawText($0)))
      }
    let image = node.firstDescendant { $0.tag == "img" }
    var rawName =
      nameNode.map { Text.clean(AuthorBioExtractor.nameText($0)) } ?? image?.attribute("alt").map(Text.clean) ?? ""
    rawName = People.stripPrefix(rawName)
    if let prefix = SectionVocabulary.bioNamePrefixes.first(where: { rawName.lowercased().hasPrefix($0 + " ") }),
      rawName.count > prefix.count + 1
    {
      rawName = Text.clean(String(rawName.dropFirst(prefix.count + 1)))
    }
    let (name, credentials) = People.nameAndCredentials(rawName)
    guard !name.isEmpty else { return AuthorBioExtractor.fromJSONLD(page) }
    var paragraphs = node.descendants { $0.tag == "p" && !(nameNode?.contains($0) ?? false) }
      .map { Text.clean(Page.rawText($0)) }.filter { !$0.isEmpty }
    if paragraphs.isEmpty,
      let bioNode = node.firstDescendant(where: { candidate in
        candidate.hasClassToken(in: AuthorBioExtractor.bioTokens)
          && !(nameNode.map(candidate.contains) ?? false) && !(nameNode?.contains(candidate) ?? false)
      })
    {
      paragraphs = [Text.clean(Page.blockText(bioNode))].filter { !$0.isEmpty }
    }
    if paragraphs.isEmpty {
      var text = Text.clean(Page.blockText(node))
      if let nameText = nameNode.map({ Text.clean(Page.rawText($0)) }), let range = text.range(of: nameText) {
        text.removeSubrange(range)
      }
      // The box's "About the author" heading titles the bio; it is not part of it.
      let headings = node.descendants { ContentWalker.headingTags.contains($0) && AuthorBioExtractor.isBioHeading($0) }
      for heading in headings {
        let headingText = Text.clean(Page.rawText(heading))
        if !headingText.isEmpty, let range = text.range(of: headingText) { text.removeSubrange(range) }
      }
      paragraphs = [Text.clean(text)]
    }
    var bio = paragraphs.joined(separator: " ")
    // The bio proper opens with the author's name; a name line ("Über Lars Sobiraj") or a
    // kicker before it is not the bio.
    if let first = name.split(separator: " ").first.map(String.init), !bio.hasPrefix(first + " "),
      let prose = AuthorBioExtractor.startingProse(in: node, with: first, outside: nameNode)
    {
      bio = Text.clean(Page.blockText(prose))
    }
    guard bio.count >= Thresholds.minimumBioChars else { return AuthorBioExtractor.fromJSONLD(page) }
    // The name's own link is the author's page (Medium's `<a><h2>Written by …</h2></a>`).
    let nameLink = nameNode.flatMap { name in
      name.closest { $0.tag == "a" && $0.attribute("href") != nil }
        ?? name.firstDescendant { $0.tag == "a" && $0.attribute("href") != nil }
    }
    var url = page.resolve(nameLink?.attribute("href"))
    var links: [String] = []
    for anchor in node.descendants(where: { $0.tag == "a" }) {
      guard let href = page.resolve(anchor.attribute("href")) else { continue }
      let text = Text.clean(Page.rawText(anchor))
      if url == nil && (href.contains("/author") || href.contains("/authors/") || Text.similarity(text, name) > 0.8) {
        url = href
      } else if !links.contains(href) && href != url {
        links.append(href)
      }
    }
    return AuthorBio(
      name: name, credentials: credentials, bio: bio, image: image.flatMap { Images.image($0, page: page) }, url: url,
      links: links)
  }

  /// The text of a name element without the job title it may hold
  /// (`Logan C. Ritchie<span class="author-job-title">Staff Writer</span>`).
  static func nameText(_ node: Node) -> String {
    var output = ""
    func walk(_ current: Node) {
      for child in current.children {
        if child.kind == .text {
          output += child.text
        } else if !child.hasClassToken(in: jobTitleTokens) {
          walk(child)
        }
      }
    }
    if node.kind == .text { return node.text }
    walk(node)
    return output
  }

  /// Class tokens of an author's job title beside the name ("author-job-title", "author-position").
  static let jobTitleTokens: TokenSet = ["job", "position", "role"]

  /// Class tokens of the bio text inside a box ("mntl-author-tooltip__bio", "author-description").
  static let bioTokens: TokenSet = ["bio", "biography", "description"]

  /// Whether an element's text opens with an "About the author" phrase.
  private static func isBioHeading(_ node: Node) -> Bool {
    SectionVocabulary.Opening(node, reach: bioHeadingPhrases.longest + 1).opens(bioHeadingPhrases)
  }

  private static let bioHeadingPhrases = SectionVocabulary.Phrases(Patterns.bioHeadings)

  /// No bio box in the markup: the article's first author in JSON-LD, when it is a `Person`
  /// with a `description` (Dotdash, Yoast's `@graph` Person).
  static func fromJSONLD(_ page: Page) -> AuthorBio? {
    for object in page.jsonLD where !Set(JSONLD.types(object)).isDisjoint(with: JSONLD.articleTypes) {
      let author = (object["author"] as? [Any])?.first ?? object["author"]
      guard let person = author as? [String: Any], JSONLD.types(person).contains("Person"),
        let rawName = JSONLD.string(person["name"]), let bio = JSONLD.string(person["description"]),
        bio.count >= Thresholds.minimumBioChars, bio.count <= Thresholds.maximumBioChars
      else { continue }
      let (name, credentials) = People.nameAndCredentials(rawName)
      guard !name.isEmpty else { continue }
      let image = JSONLD.string(person["image"], key: "url").flatMap { page.resolve($0) }.map { ArticleImage(src: $0) }
      let url = JSONLD.string(person["url"], key: "url").flatMap { page.resolve($0) }
      return AuthorBio(name: name, credentials: credentials, bio: bio, image: image, url: url, links: [])
    }
    return nil
  }
}
