/// The "about the author" box. Locating: bio classes of author-box plugins and themes,
/// then an "About the author" heading's container. Parsing: the name from a name element
/// or heading (else the photo's alt), credentials split off, the bio from its paragraphs.
struct AuthorBioExtractor: SectionExtractor {
  static func locate(in page: Page, excluding related: Node?) -> Node? {
    // A box's text: a bio's, with room for its name line, links and buttons.
    let boxChars = Thresholds.minimumBioChars...(Thresholds.maximumBioChars + 200)
    func bounded(_ node: Node) -> Bool {
      boxChars.contains(node.textLength)
        && related?.contains(node) != true && node.tag != "body" && node.tag != "html"
    }
    // Outermost element carrying a bio class: inner ones are its parts (`author-bio__name`).
    for node in page.tree.nodes where node.isElement && node.hasClassCue(.authorBio) {
      if node.ancestors.contains(where: { $0.hasClassCue(.authorBio) && bounded($0) }) {
        continue
      }
      if bounded(node) { return withName(node, bounded: bounded) }
    }
    // `isBioHeadingLike`'s own first tests, from each record with its tables read once: most
    // nodes are text, too short, or neither a heading nor a short lead's tag, and the call, a
    // `Node` and the tables' lazy initialiser checks cost more than these tests.
    let shortestLead = bioLeadPhrases.shortest
    let headingTags = ContentWalker.headingTags
    let leadTags = bioLeadTags
    let document = page.tree.document
    for index in 0..<document.records.count {
      let record = document.records[index]
      guard !record.isText, Int(record.textLength) >= shortestLead,
        headingTags.contains(id: record.tagID)
          || (Int(record.textLength) <= maximumBioLeadChars && leadTags.contains(id: record.tagID))
      else { continue }
      let heading = Node(document, index)
      guard isBioHeadingLike(heading) else { continue }
      // Climb from the heading to the box: Medium nests "Written by" in a link in a div, and
      // puts the avatar, followers and bio in sibling divs.
      var container = heading.parent
      for _ in 0..<maximumHeadingClimb {
        guard let current = container, current.tag != "body" else { break }
        if current.textLength - heading.textLength >= Thresholds.minimumBioChars { break }
        container = current.parent
      }
      guard var box = container, bounded(box),
        box.textLength - heading.textLength >= Thresholds.minimumBioChars, !holdsHeadline(box)
      else { continue }
      // …and on to the card around it while that adds no more than an avatar and a button.
      while let parent = box.parent, parent.tag != "body", bounded(parent),
        parent.textLength - box.textLength < Thresholds.minimumBioChars
      {
        box = parent
      }
      return holdsName(box) ? box : nameCard(around: box, bounded: bounded) ?? box
    }
    // A bio inside the byline (Dotdash's author tooltip, often aria-hidden): an element whose
    // class names an author bio, in the card that also names the author.
    // Size first: most elements are not bio-sized, and the class test costs more.
    // `bounded`'s size test in place first: the closure call costs more than it for every node.
    for node in page.tree.nodes
    where node.isElement && boxChars.contains(node.textLength) && bounded(node) && isBylineBio(node) {
      var card: Node = node
      for _ in 0..<maximumHeadingClimb {
        if card.firstDescendant(where: { $0.hasClassTokenByBytes("name") || isNameElement($0) }) != nil { return card }
        guard let parent = card.parent, bounded(parent), !holdsHeadline(parent) else { break }
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

  /// Whether a box holds a headline: an `<h1>` other than the author's name on a profile card
  /// (`<h1><a href="/profile/571204">Quillmoth</a></h1>` over "Bio: …").
  private static func holdsHeadline(_ box: Node) -> Bool {
    box.firstDescendant { heading in
      heading.tag == "h1"
        && heading.firstDescendant(where: { isNameElement($0) && $0.textLength == heading.textLength }) == nil
    } != nil
  }

  /// The card just around a box that names no one ("<strong>Bio:</strong> …" under an `<h1>` that
  /// is the author's profile link): the nearest ancestor, still box-sized, that holds an author link.
  private static func nameCard(around box: Node, bounded: (Node) -> Bool) -> Node? {
    var card = box
    for _ in 0..<maximumHeadingClimb {
      // Not up to a short article, whose byline links its author too.
      guard let parent = card.parent, parent.tag != "body", bounded(parent), !holdsHeadline(parent) else {
        return nil
      }
      if parent.firstDescendant(where: { isNameElement($0) && isNameText(Text.clean(Page.rawText($0))) }) != nil {
        return parent
      }
      card = parent
    }
    return nil
  }

  /// A person's name or a user handle ("marsh207") as a name element writes it.
  static func isNameText(_ text: String) -> Bool {
    People.isPlausibleName(text) || People.isHandle(text)
  }

  /// An "About the author" line: a heading, or a short bold lead, line or label that opens its
  /// block ("<p><strong>Über den Autor</strong>: …", "<strong>Bio:</strong>", "<div>About the
  /// Author - <span>Jane</span></div>").
  static func isBioHeadingLike(_ node: Node) -> Bool {
    guard node.isElement, node.textLength >= bioLeadPhrases.shortest else { return false }
    if ContentWalker.headingTags.contains(node) { return isBioHeading(node) }
    guard node.textLength <= maximumBioLeadChars, bioLeadTags.contains(node),
      bioLeadPhrases.mayOpen(node), leadPrefixes.mayOpen(node),
      SectionVocabulary.Opening(node, reach: bioLeadPhrases.longest + 1).opens(bioLeadPhrases),
      let parent = node.parent
    else { return false }
    // The lead opens its block: no text before it.
    for sibling in parent.children {
      if sibling == node { return true }
      if sibling.textLength > 0 && !Text.clean(Page.rawText(sibling)).isEmpty { return false }
    }
    return false
  }

  /// Elements a bio's heading is written in when it is not a heading tag.
  private static let bioLeadTags: TagSet = ["strong", "b", "div", "p", "span"]
  /// A bio's heading line is short: the phrase, a separator and at most a name.
  static let maximumBioLeadChars = 60

  /// Elements that write the author's name in a box.
  static let nameHeadingTags: TagSet = ["h2", "h3", "h4", "h5", "strong", "b"]

  /// A box recognised by what it holds, whatever plugin wrote it: a link to the author's page
  /// (or a name element) and, close by, a prose line that starts with that name ("Mara Lindqvist
  /// studierte …"). The last one in the page: the bio box comes after the byline.
  private static func boxByContent(in page: Page, bounded: (Node) -> Bool) -> Node? {
    var found: Node?
    let document = page.tree.document
    for index in 0..<document.records.count {
      // A name element has an `href` or a class, and text: most of a page's nodes (texts, bare
      // elements) are passed over from their record, without a `Node` or a call.
      let record = document.records[index]
      guard !record.isText, record.spanCount > 0, record.textLength > 0 else { continue }
      let name = Node(document, index)
      guard isNameElement(name) else { continue }
      let text = Text.clean(Page.rawText(name))
      // The name element reads as a name: a promo card's "Cours d'anglais" line over its pitch does not.
      guard text.count >= 2, text.count <= RelatedRules.maximumHeadingChars, isNameText(text),
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
        if bounded(current), !isFormPart(current), startingProse(in: current, with: first, outside: name) != nil {
          found = current
          break
        }
        container = current.parent
      }
    }
    return found
  }

  private static var anchorID: UInt8 { TagID.a }

  /// Whether a box is part of a form (a sign-up field's "E-Mail" label over its help text): a
  /// field's label and description are no author's name and bio.
  static func isFormPart(_ box: Node) -> Bool {
    box.closest { $0.tag == "form" } != nil || box.firstDescendant(where: { formFieldTags.contains($0) }) != nil
  }

  private static let formFieldTags: TagSet = ["input", "textarea", "select"]

  /// Whether a box sits inside the story's running text: a body paragraph before it, and after it
  /// the story going on, with a section heading and its paragraph or with more paragraphs, among
  /// its siblings (a writer's testimonial box between two sections of a guide). A bio box closes
  /// the story (a promo line may follow) or stands beside it.
  static func interruptsText(_ box: Node) -> Bool {
    guard let parent = box.parent else { return false }
    let isBody = { (node: Node) in
      node.tagID == paragraphID && node.textLength >= Thresholds.minimumBodyProseChars
        && node.linkDensity < Thresholds.maximumBioLinkDensity
    }
    var before = false
    var passed = false
    var heading = false
    var after = 0
    for child in parent.elementChildren {
      if child == box {
        guard before else { return false }
        passed = true
      } else if !passed {
        before = before || isBody(child)
      } else if ContentWalker.headingTags.contains(child) && child.textLength > 0 {
        heading = true
      } else if isBody(child) {
        after += 1
        if heading || after >= Thresholds.minimumParagraphsAfterAside { return true }
      }
    }
    return false
  }

  /// A bio box holds a name line and a paragraph or two, not an article's run of paragraphs.
  static let maximumBoxParagraphs = 3

  /// A link to an author page (`rel=author`, `/author/…`) or an element classed as a name.
  static func isNameElement(_ node: Node) -> Bool {
    guard node.isElement, node.textLength > 0 else { return false }
    if node.tagID == anchorID, let href = node.attributeBytes("href") {
      if let rel = node.attributeBytes("rel"), rel.count == 6,
        zip(rel, "author".utf8).allSatisfy({ $0 | 0x20 == $1 })
      {
        return true
      }
      // One search for all markers, over the value in place: asked of every link of the page.
      return ProfilePaths.holds(href)
    }
    return node.hasClassTokenByBytes("name") && node.elementChildren.allSatisfy { $0.tag != "a" || $0.textLength == 0 }
  }

  /// The first prose element in `box`, outside `name`, whose text opens with `first` (the
  /// author's first name): a third-person bio line.
  static func startingProse(in box: Node, with first: String, outside name: Node?) -> Node? {
    let isProse = { (node: Node) in
      proseTags.contains(node) && node.textLength >= Thresholds.minimumBioChars
        && node.textLength <= Thresholds.maximumBioChars && node.linkDensity < Thresholds.maximumBioLinkDensity
        && !(name.map { (node.contains($0) && !opensWith($0, node)) || $0.contains(node) } ?? false)
        && Text.clean(Page.rawText(node)).hasPrefix(first + " ")
    }
    return isProse(box) ? box : box.firstDescendant(where: isProse)
  }

  /// Elements a bio's prose line is written in.
  private static let proseTags: TagSet = ["p", "div", "figcaption"]

  /// Whether `name` is the inline lead of `prose`'s sentence ("<a>Edward Pimley</a> is a
  /// reporter …", "<figcaption><a>Marco</a>, Experte für …"): its first child, text after it.
  private static func opensWith(_ name: Node, _ prose: Node) -> Bool {
    guard name.parent == prose, inlineNameTags.contains(name) else { return false }
    var seenName = false
    for child in prose.children {
      if child == name {
        seenName = true
        continue
      }
      // Whitespace between blocks is no text.
      guard child.textLength > 0, !isBlank(child) else { continue }
      return seenName && child.kind == .text
    }
    return false
  }

  /// Elements a name is written in inside a sentence.
  private static let inlineNameTags: TagSet = ["a", "span", "strong", "b", "em", "i"]

  /// The name among `names` (the byline's authors) that `text` opens with, written as `text`
  /// writes it ("JONAS BRENNER" in the byline, "Jonas Brenner leitet …" in the box).
  static func openingName(of text: String, among names: [String]) -> String? {
    let lowered = Text.lowered(text)
    for name in names where name.split(separator: " ").count >= 2 {
      let key = Text.lowered(name)
      guard lowered.hasPrefix(key), let next = lowered.dropFirst(key.count).first, next == " " || next == ","
      else { continue }
      return String(text.prefix(name.count))
    }
    return nil
  }

  /// How many levels above an "About the author" heading or a bio text the box may sit.
  static let maximumHeadingClimb = 4

  /// "mntl-author-tooltip__bio", "author-biography": class tokens naming an author's bio.
  private static func isBylineBio(_ node: Node) -> Bool {
    if node.hasClassTokenByBytes("author") { return node.hasClassCue(.authorPart) }
    // Alone, "bio" must mark prose without the name: a byline classed "hasnt-bio" holds the name.
    return node.hasClassCue(.standaloneBio) && node.linkDensity < Thresholds.maximumBioLinkDensity
      && node.firstDescendant(where: isNameElement) == nil
  }

  /// Class tokens that name a bio on their own ("infoCard-bio" beside the author's link).
  static let standaloneBioTokens: TokenSet = ["bio", "biography"]
  /// Class tokens that name a bio beside "author" ("author__intro", "author-blurb").
  static let authorPartTokens: TokenSet = ["bio", "biography", "intro", "blurb", "description"]

  func extract(from context: Context) -> AuthorBio? { extract(from: context, byline: nil) }

  /// The box's bio; `byline` names the article's authors, whom a box without a name is about.
  func extract(from context: Context, byline: Byline?) -> AuthorBio? {
    let page = context.page
    guard let node = context.regions.authorBio else { return AuthorBioExtractor.fromJSONLD(page) }
    // A box inside the story's running text is the writer's aside (a testimonial between two
    // sections), not a bio; it stays out of the body all the same.
    guard !AuthorBioExtractor.interruptsText(node) else { return nil }
    // The names the byline and the page's metadata give the article's authors.
    let authors = (byline?.authors.map(\.name) ?? []) + context.metadata.authors
    let named = { (candidate: Node) in
      AuthorBioExtractor.isNameText(AuthorBioExtractor.cleanName(AuthorBioExtractor.nameText(candidate)).name)
    }
    let nameNode =
      // An element classed as the name is taken at its word ("Rafiq anwar").
      node.firstDescendant {
        $0.textLength <= RelatedRules.maximumHeadingChars && $0.hasClassToken("name")
          && !AuthorBioExtractor.cleanName(AuthorBioExtractor.nameText($0)).name.isEmpty
      }
      ?? node.firstDescendant {
        AuthorBioExtractor.nameHeadingTags.contains($0) && !AuthorBioExtractor.isBioHeading($0) && named($0)
      }
      // Else the link to the author's page (`<a href="/author/nils/"><span>Nils</span></a>`).
      ?? node.firstDescendant {
        $0.tag == "a" && AuthorBioExtractor.isNameElement($0)
          && AuthorBioExtractor.isNameText(Text.clean(Page.rawText($0)))
      }
    let image = node.firstDescendant { $0.tag == "img" }
    let rawName = nameNode.map { AuthorBioExtractor.nameText($0) } ?? image?.attribute("alt") ?? ""
    var (name, credentials) = AuthorBioExtractor.cleanName(rawName)
    // A box that names no one, not even in a name element ("Zur Person", "Über den Autor: …"),
    // is about the byline's author.
    let unnamed = name.isEmpty && node.firstDescendant(where: AuthorBioExtractor.isNameElement) == nil
    // A closing note names its person first ("<em>Nora Vell is …</em>"), whoever the byline names.
    if unnamed && AuthorBioExtractor.isItalicNote(node),
      let named = AuthorBioExtractor.noteName(Text.clean(Page.rawText(node)), dashes: false)
    {
      name = named
    } else if unnamed, let author = byline?.authors.first {
      (name, credentials) = (author.name, author.credentials)
    }
    // Else a box under its heading names its person in its prose ("Об авторе" over "Нора Велл — …"), read below.
    let namedByProse = unnamed && name.isEmpty
    guard !name.isEmpty || namedByProse else { return AuthorBioExtractor.fromJSONLD(page) }
    let paragraphNodes = node.descendants { $0.tag == "p" && !(nameNode?.contains($0) ?? false) }
    // A name line set as a paragraph of its own ("<p class="title">Jane Doe</p>" over the bio) is no bio prose.
    let nameLine = name.lowercased()
    var paragraphs = paragraphNodes.map { Text.clean(Page.rawText($0)) }.filter {
      !$0.isEmpty && !AuthorBioExtractor.isLabelLine($0) && $0.lowercased() != nameLine
    }
    // A box whose paragraphs are only label lines ("Mehr von Moritz Falkmann:" over links) holds no bio.
    if paragraphs.isEmpty && paragraphNodes.contains(where: { $0.textLength > 0 }) {
      return AuthorBioExtractor.fromJSONLD(page)
    }
    if paragraphs.isEmpty,
      let bioNode = node.firstDescendant(where: { candidate in
        candidate.hasClassCue(.bioWords)
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
    let joined = paragraphs.joined(separator: " ")
    var bio = AuthorBioExtractor.withoutBioLabel(joined)
    // A bio the markup names as one (a "Bio:" label, an element classed as the bio) may be one short line.
    var marked = bio != joined
    if namedByProse {
      guard let named = AuthorBioExtractor.noteName(bio) else { return AuthorBioExtractor.fromJSONLD(page) }
      name = named
    }
    // A box of the site itself ("Zespół example.pl", "example.com") is no person's bio; a team's
    // box under its post ("Example-Team") still introduces its writers.
    guard !AuthorBioExtractor.namesSite(name, siteName: context.metadata.siteName) else {
      return AuthorBioExtractor.fromJSONLD(page)
    }
    // The bio proper opens with the author's name; a name line ("Über Timo Brackwald") or a
    // kicker before it is not the bio.
    if let first = name.split(separator: " ").first.map(String.init), !bio.hasPrefix(first + " ") {
      if let prose = AuthorBioExtractor.startingProse(in: node, with: first, outside: nameNode) {
        bio = Text.clean(Page.blockText(prose))
      } else if let found = AuthorBioExtractor.proseOpening(in: node, among: authors, outside: nameNode) {
        // The box's name was a link's label ("Alle Beiträge ansehen"); its prose names the author.
        (name, credentials) = (found.name, [])
        bio = found.prose
      } else if !authors.contains(where: { $0.lowercased() == name.lowercased() }),
        let found = AuthorBioExtractor.firstNameOpening(in: node, among: authors, outside: nameNode)
      {
        // The box's name was a link's label ("Alle Artikel von Petra Wolski"); its prose opens
        // with the first name of an author the byline names ("Petra ist seit 2023 …").
        (name, credentials) = (found.name, [])
        bio = found.prose
      }
    } else if let full = AuthorBioExtractor.openingName(of: bio, among: authors),
      full.lowercased().hasPrefix(name.lowercased() + " ")
    {
      // A first name over the box ("Ilka"), the full name opening its prose ("Ilka Moreau ist …").
      name = full
    }
    // A box without a name is about the byline's author, unless its prose opens with someone
    // else ("Sabine Kessler ist Fachanwältin …" in a "Zur Person" box on the lawyer quoted).
    if unnamed && AuthorBioExtractor.opensWithOtherName(bio, than: name) && !AuthorBioExtractor.opensAsAuthorNote(bio) {
      return AuthorBioExtractor.fromJSONLD(page)
    }
    if !marked && bio.count < Thresholds.minimumBioChars {
      marked =
        node.firstDescendant(where: {
          $0.hasClassCue(.standaloneBio) && Text.clean(Page.blockText($0)) == bio
        }) != nil
    }
    guard bio.count >= (marked ? Thresholds.minimumMarkedBioChars : Thresholds.minimumBioChars) else {
      return AuthorBioExtractor.fromJSONLD(page)
    }
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

  /// Whether a box's name is the site's: its name, or a name with a web address among its words.
  static func namesSite(_ name: String, siteName: String?) -> Bool {
    BylineExtractor.isPublication(name, siteName: siteName) || BylineExtractor.isNewsAgency(name)
      || name.split(separator: " ").contains { BylineExtractor.isWebAddress(String($0)) }
  }

  /// The text of a name element without the job title it may hold
  /// (`Dana R. Whitcombe<span class="author-job-title">Staff Writer</span>`).
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

  /// A name line's name and credentials, without "By", an "About the author -" heading or an
  /// "Über"/"About" prefix ("About the Author - Jane Roe", "Über Wolkenfee", "Sam Park, DPT").
  static func cleanName(_ raw: String) -> (name: String, credentials: [String]) {
    var name = People.stripPrefix(Text.clean(raw))
    var lowered = Text.lowered(name)
    if let heading = headingOpenings.first(in: Text.straightApostrophes(lowered)), name.count > heading.count {
      name = Text.clean(String(name.dropFirst(heading.count).drop { nameSeparators.contains($0) }))
      lowered = Text.lowered(name)
    }
    // Each prefix with the space after it, tested against the name lower-cased once.
    if let prefix = namePrefixOpenings.first(in: lowered), name.count > prefix.count {
      name = Text.clean(String(name.dropFirst(prefix.count)))
    }
    return People.nameAndCredentials(name)
  }

  private static let headingOpenings = BioOpenings(VocabularyBios.headingList)
  private static let namePrefixOpenings = BioOpenings(SectionVocabulary.bioNamePrefixes.map { $0 + " " })

  /// What separates a bio heading from the name or text after it ("About the Author - Jane", "Bio: …").
  private static let nameSeparators: Set<Character> = [" ", ":", "-", "–", "—", "|"]

  /// A paragraph of a box that is no bio prose: a bio heading ("Autoreninfo"), a short line that
  /// introduces links ("So erreichen Sie Nora Vell:", "Mehr von Nora Vell:") or links to the
  /// author's other posts ("More articles by Nora Vell").
  static func isLabelLine(_ text: String) -> Bool {
    guard text.count <= maximumBioLeadChars else { return isBioLabel(text) }
    return text.hasSuffix(":") || isBioLabel(text)
      || SectionVocabulary.Opening(text).opens(SectionVocabulary.authorStreamPhrases)
  }

  /// Whether a box's text opens with a person's name other than `name` ("Sabine Kessler ist
  /// Fachanwältin …" in a "Zur Person" box about the lawyer the article quotes).
  static func opensWithOtherName(_ text: String, than name: String) -> Bool {
    let words = text.split(separator: " ", maxSplits: 2)
    guard words.count >= 2, let last = words[0].last, last.isLetter,
      case let pair = "\(words[0]) \(words[1].filter { $0.isLetter || $0 == "-" })", People.isPlausibleName(pair),
      words[1].first?.isUppercase == true
    else { return false }
    return !name.lowercased().hasPrefix(pair.lowercased())
  }

  /// Whether a paragraph is only a bio heading or label ("Autoreninfo", "Über den Autor:").
  static func isBioLabel(_ text: String) -> Bool {
    var lowered = Text.straightApostrophes(Text.lowered(text))
    if VocabularyBios.wholeHeadingSet.contains(lowered) { return true }
    while let last = lowered.last, nameSeparators.contains(last) { lowered.removeLast() }
    return VocabularyBios.headingList.contains { $0 == lowered || $0 == lowered + ":" }
  }

  /// The bio without the label it opens with ("Bio: I write …", "Über den Autor: Ich glaube …").
  static func withoutBioLabel(_ bio: String) -> String {
    let lowered = Text.straightApostrophes(Text.lowered(bio))
    guard let label = VocabularyBios.headingList.first(where: { lowered.hasPrefix($0) }), bio.count > label.count else {
      return bio
    }
    let rest = bio.dropFirst(label.count)
    // A label ends in its own colon or is followed by one or a dash; "Written by Jane" is no label.
    guard label.hasSuffix(":") || rest.first.map({ $0 == ":" || $0 == "-" || $0 == "–" || $0 == "—" }) == true else {
      return bio
    }
    return Text.clean(String(rest.drop { nameSeparators.contains($0) }))
  }

  /// A prose element of the box that opens with one of `names`, and that name as it writes it.
  static func proseOpening(in box: Node, among names: [String], outside name: Node?) -> (name: String, prose: String)? {
    guard !names.isEmpty else { return nil }
    for node in [box] + box.descendants(where: { proseTags.contains($0) })
    where proseTags.contains(node) && node.textLength >= Thresholds.minimumBioChars
      && node.textLength <= Thresholds.maximumBioChars
      && !(name.map { (node.contains($0) && !opensWith($0, node)) || $0.contains(node) } ?? false)
    {
      let text = Text.clean(Page.blockText(node))
      if let name = openingName(of: text, among: names) { return (name, text) }
    }
    return nil
  }

  /// The byline author (of two words or more) whose first name opens a prose line of the box,
  /// and that line.
  static func firstNameOpening(in box: Node, among names: [String], outside name: Node?) -> (
    name: String, prose: String
  )? {
    for author in names {
      let words = author.split(separator: " ")
      guard words.count >= 2, let prose = startingProse(in: box, with: String(words[0]), outside: name) else {
        continue
      }
      return (author, Text.clean(Page.blockText(prose)))
    }
    return nil
  }

  /// A bio set as a paragraph of its own that opens with the author's full name, in a block
  /// that holds only it and the author's photo or first name (a page builder's "author" row
  /// after the article: `<img alt="Ilka-Moreau">`, `<h2>Ilka</h2>`, "Ilka Moreau ist …").
  /// Or one that opens with the author's first name in a card that shows the full name
  /// (`<span>By <a>Corwin Ashby</a></span>` over "Corwin has been …").
  /// The last one in the page. Nil when the page names no author of two words or more.
  static func proseBox(in page: Page, authors: [String], excluding regions: [Node]) -> Node? {
    let names = authors.map { Text.clean($0).lowercased() }.filter { $0.split(separator: " ").count >= 2 }
    guard !names.isEmpty else { return nil }
    // The name then a verb ("Ilka Moreau ist …"); "Claire Morel, « … »" cites the article.
    let phrases = SectionVocabulary.Phrases(names.map { $0 + " " })
    let firstNameList = names.compactMap { $0.split(separator: " ").first.map(String.init) }
    let firstNames = SectionVocabulary.Phrases(firstNameList.map { $0 + " " })
    var found: Node?
    // Tag and size first, then the opening's bytes: most elements fail these, and the rest cost more.
    for paragraph in page.tree.nodes
    where (paragraph.tagID == paragraphID || paragraph.tagID == divID)
      && paragraph.textLength >= Thresholds.minimumBioChars && paragraph.textLength <= Thresholds.maximumBioChars
      && (phrases.mayOpen(paragraph) || firstNames.mayOpen(paragraph))
    {
      let opening = SectionVocabulary.Opening(paragraph, reach: phrases.longest + 1)
      let full = opening.opens(phrases)
      guard full || opening.opens(firstNames), isProseLine(paragraph),
        goesOnAboutPerson(Text.clean(Page.rawText(paragraph)), names: full ? names : firstNameList),
        paragraph.linkDensity < Thresholds.maximumBioLinkDensity,
        !regions.contains(where: { $0.contains(paragraph) }),
        // A sidebar's "About me" widget (a photo over "Greta Holm / GreHo …") is the site's, not the article's.
        !RelatedExtractor.inSidebar(paragraph, page: page)
      else { continue }
      guard full else {
        if let card = namedCard(around: paragraph, names: names) { found = card }
        continue
      }
      var box = paragraph
      while let parent = box.parent, parent.tag != "body", parent.textLength <= Thresholds.maximumBioChars,
        parent.textLength - paragraph.textLength < Thresholds.minimumBioChars
      {
        box = parent
      }
      // Set apart with the author's photo or a name line, not one paragraph of the story's run;
      // or right above the author's other posts ("mehr von Daniel Weilbrand").
      // A paragraph alone in its own block after the story (`<div class="bottom-of-article"><div><p>Harlan
      // P. Whitby has covered …`) is set apart too, but only outside the story's own container;
      // so is a block right after the story's container (`</article><div class="sig-line"><div>…`),
      // and the story's closing line set in italics (`<p><em>Dana Whitlock is …</em></p>`).
      let setApart =
        (box != paragraph
          && box.firstDescendant(where: { $0.tag == "img" || (nameHeadingTags.contains($0) && !paragraph.contains($0)) }
          )
            != nil)
        || standsAlone(box) || followsStory(box) || (isItalicNote(paragraph) && closesBlock(paragraph))
      guard setApart || precedesAuthorStream(paragraph, names: names), !interruptsText(box) else { continue }
      found = box
    }
    return found
  }

  /// A box recognised by its parts, whatever its classes and headings: the author's name (a name
  /// line the byline or metadata names, or a link to an author page), one prose paragraph, and the
  /// author's photo or links, in a block of little else (`<div><img><h4>Jane Doe</h4><p>A travel
  /// writer who …</p><a>Twitter</a></div>`). Its prose need not open with the name, and the name
  /// may sit just outside the paragraph's own block. The last one in the page.
  static func boxByParts(in page: Page, authors: [String], title: String?, excluding regions: [Node]) -> Node? {
    let names = Set(authors.map { Text.clean($0).lowercased() }.filter { $0.count >= 2 })
    let phrases = SectionVocabulary.Phrases(Array(names))
    let keys = asciiKeys(names)
    var cleanedNames: [String: String] = [:]
    var found: Node?
    // Size and tag first: most elements are not name-sized, and their text costs more.
    for name in page.tree.nodes
    where name.isElement && name.textLength > 0 && name.textLength <= RelatedRules.maximumHeadingChars
      && (name.tagID == anchorID || partNameTags.contains(name))
    {
      let shows: Bool
      if name.tagID == anchorID, isNameElement(name) {
        // A link to an author page names a person in two words or more; "Pixabay" credits a photo.
        let text = Text.clean(Page.rawText(name))
        shows = People.isPlausibleName(text) && text.contains(" ") && !text.contains(":")
      } else if !names.isEmpty, phrases.mayOpen(name), keys.map({ mayHoldKey(name, $0) }) ?? true {
        // Nested wrappers of one name line hold the same text: each text is cleaned once.
        let text = nameText(name)
        let cleaned: String
        if let known = cleanedNames[text] {
          cleaned = known
        } else {
          cleaned = Text.lowered(cleanName(text).name)
          cleanedNames[text] = cleaned
        }
        shows = names.contains(cleaned)
      } else {
        continue
      }
      guard shows, !regions.contains(where: { $0.contains(name) }) else { continue }
      var container = name.parent
      for _ in 0..<maximumHeadingClimb {
        guard let current = container, current.tag != "body", current.textLength <= Thresholds.maximumBioChars,
          current.firstDescendant(where: { $0.tag == "h1" }) == nil,
          current.descendants(where: { $0.tagID == paragraphID }).count <= maximumBoxParagraphs
        else { break }
        // The first block around the name that holds more than a name line is the box, or the
        // card around it that adds no more than the photo and a few links; else there is none.
        guard current.textLength - name.textLength < Thresholds.minimumBioChars else {
          var box = current
          while !holdsBioParts(box, name: name), let parent = box.parent, parent.tag != "body",
            parent.textLength - box.textLength < Thresholds.minimumBioChars
          {
            box = parent
          }
          if holdsBioParts(box, name: name), !isFormPart(box), !interruptsText(box),
            box.classedContainer(in: ClassTokens.neverArticle) == nil,
            !RelatedExtractor.inSidebar(box, page: page), !isRepeated(box), !inSiteFooter(box),
            closesStory(box, page: page), !holdsTitle(box, title)
          {
            found = box
          }
          break
        }
        container = current.parent
      }
    }
    return found
  }

  /// Each name's longest run of ASCII letters, when every name has one this long: an element
  /// whose text holds none of them, in any case, cannot name the person, and is passed over
  /// before its text is cleaned (cleaning every short element's text cost 2 M instructions a page).
  static let minimumNameKeyBytes = 3

  private static func asciiKeys(_ names: Set<String>) -> [[UInt8]]? {
    var keys: [[UInt8]] = []
    for name in names {
      var best: [UInt8] = []
      var run: [UInt8] = []
      for byte in name.utf8 {
        let lower = ByteSearch.lower(byte)
        if lower >= 0x61 && lower <= 0x7A {
          run.append(lower)
          if run.count > best.count { best = run }
        } else {
          run.removeAll(keepingCapacity: true)
        }
      }
      guard best.count >= minimumNameKeyBytes else { return nil }
      keys.append(best)
    }
    return keys
  }

  /// Whether one of the element's text nodes holds one of the keys, ASCII case folded.
  private static func mayHoldKey(_ node: Node, _ keys: [[UInt8]]) -> Bool {
    let document = node.document
    for index in node.order..<node.end where document.records[index].isText {
      let bytes = Node(document, index).textBytes
      for key in keys where bytes.count >= key.count {
        var start = 0
        while start + key.count <= bytes.count {
          var matched = 0
          while matched < key.count, ByteSearch.lower(bytes[start + matched]) == key[matched] { matched += 1 }
          if matched == key.count { return true }
          start += 1
        }
      }
    }
    return false
  }

  /// Elements a bio box writes its person's name in, besides a link to their page.
  private static let partNameTags: TagSet = ["h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "cite"]

  /// Whether a block around a name holds a bio's parts: one prose paragraph outside the name,
  /// the person's photo outside the paragraph, and little else (a name line, social links).
  private static func holdsBioParts(_ box: Node, name: Node) -> Bool {
    let isProse = { (node: Node) in
      (node.tagID == paragraphID || isProseLine(node)) && node.textLength >= Thresholds.minimumBioChars
        && node.textLength <= Thresholds.maximumBioChars && !node.contains(name) && !name.contains(node)
        && (node.linkDensity < Thresholds.maximumBioLinkDensity
          // A box wrapped whole in one link (to the author's column) links its prose too: a
          // line about the person it names is prose still.
          || (node.closest { $0.tagID == anchorID && $0.contains(name) } != nil && opensWithName(node, name: name)))
    }
    guard let prose = box.firstDescendant(where: isProse),
      box.textLength - prose.textLength - name.textLength <= Thresholds.maximumBoxExtraChars,
      // A card's title heading makes it a teaser of a post, not a box about its author; unless
      // the prose opens with the name the box shows, as a bio of its person does under the
      // column's or the section's heading ("<h4>Kolumne: …</h4><p>Jane Doe</p><p>Jane Doe, born …").
      box.firstDescendant(where: {
        ContentWalker.headingTags.contains($0) && $0.textLength > 0 && !$0.contains(name) && !name.contains($0)
          && !isBioHeading($0)
      }) == nil || opensWithName(prose, name: name)
    else { return false }
    return box.firstDescendant { $0.tag == "img" && !prose.contains($0) } != nil
  }

  /// Whether a prose block opens with the text of the name element, then a space or a comma
  /// ("Jane Doe, born 1979, is …"): a sentence about that person.
  private static func opensWithName(_ prose: Node, name: Node) -> Bool {
    let shown = Text.clean(Page.rawText(name))
    guard !shown.isEmpty else { return false }
    let text = Text.clean(Page.rawText(prose))
    guard text.hasPrefix(shown), let next = text.dropFirst(shown.count).first else { return false }
    return next == " " || next == ","
  }

  /// Whether a block comes after the story: more of the page's body paragraphs before it than
  /// after it, and a story's worth before. The byline's name and photo over the story's lead
  /// paragraph look like a box's parts but open the story.
  private static func closesStory(_ box: Node, page: Page) -> Bool {
    var before = 0
    var after = 0
    for node in page.tree.nodes
    where node.tagID == paragraphID && node.textLength >= Thresholds.minimumBodyProseChars && !box.contains(node)
      && node.linkDensity < Thresholds.maximumBioLinkDensity
      // A comment thread's paragraphs after the box are not the story's.
      && node.classedContainer(in: ClassTokens.neverArticle) == nil
    {
      if node.order < box.order { before += 1 } else { after += 1 }
    }
    return before >= Thresholds.minimumStoryParagraphs && after < before
  }

  /// Whether a block shows the article's title: a summary card of the article ("Thema: …",
  /// "Beschreibung: …", "Geschrieben von: …"), not a box about its author.
  private static func holdsTitle(_ box: Node, _ title: String?) -> Bool {
    guard let title = title.map(Text.clean), !title.isEmpty else { return false }
    return Text.clean(Page.rawText(box)).contains(title)
  }

  /// Whether a block is one of a run of alike blocks (a slider's testimonials, a list of cards,
  /// a thread's comments): more than one sibling has its tag and class. Two co-authors' boxes
  /// side by side are still boxes.
  private static func isRepeated(_ box: Node) -> Bool {
    guard let parent = box.parent, let classes = box.attribute("class"), !classes.isEmpty else { return false }
    let alike = parent.elementChildren.filter { $0 != box && $0.tagID == box.tagID && $0.attribute("class") == classes }
    return alike.count >= Thresholds.minimumRunSiblings
  }

  /// Whether a block sits in the site's footer (`<footer>` or a "footer" class) outside the article
  /// and the main column: a blog's "© Jane Doe" line and widgets are no bio.
  private static func inSiteFooter(_ box: Node) -> Bool {
    var footer = false
    for ancestor in [box] + Array(box.ancestors) {
      if ancestor.tag == "article" || ancestor.tag == "main" { return false }
      if ancestor.isPageWrapper { break }
      footer = footer || ancestor.tag == "footer" || ancestor.hasClassToken("footer")
    }
    return footer
  }

  /// Whether a line that opens with one of `names` (lower-cased) goes on as a sentence about the
  /// person: a lower-case word ("Nora Vell ist …"), a verb in capitals ("NORA VELL IS …") or no
  /// letter ("Nora Vell (34) …"); not a capitalised word, as a teaser card's byline before its
  /// standfirst does ("<em>NORA VELL</em> IT was a cold spring …").
  static func goesOnAboutPerson(_ text: String, names: [String]) -> Bool {
    let lowered = text.lowercased()
    guard let name = names.first(where: { lowered.hasPrefix($0 + " ") }),
      let word = text.dropFirst(name.count + 1).split(separator: " ").first, let initial = word.first,
      initial.isUppercase
    else { return true }
    return VocabularyBylines.noteVerbSet.contains(word.lowercased())
  }

  /// A block of prose: a paragraph, or a `<div>` that holds no blocks (`<div class="…-bio">Tessa
  /// Marlowe is …</div>`).
  /// A `<div>` must end as a sentence does: a name over a date or a job title ("Olga Brand Zuletzt
  /// geändert am 14.02.2022") is a byline, not prose.
  private static func isProseLine(_ node: Node) -> Bool {
    if node.tagID == paragraphID { return true }
    guard node.tagID == divID, !node.children.contains(where: { $0.isElement && ContentWalker.blockTags.contains($0) })
    else { return false }
    let text = Text.clean(Page.rawText(node))
    return text.last.map { sentenceEnds.contains($0) } ?? false
  }

  /// Characters a sentence ends with, a closing quote or bracket after its stop included.
  private static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "\"", "”", "»", ")", "“"]

  private static var divID: UInt8 { TagID.div }

  /// The card just around a prose line that opens with the author's first name: the nearest
  /// ancestor, still box-sized and holding no story, that shows the full name outside the line
  /// (a name line or link, the avatar's `alt`).
  private static func namedCard(around prose: Node, names: [String]) -> Node? {
    var card = prose
    for _ in 0..<maximumHeadingClimb {
      guard let parent = card.parent, parent.tag != "body", parent.textLength <= Thresholds.maximumBioChars,
        parent.firstDescendant(where: { $0.tag == "h1" }) == nil,
        parent.descendants(where: { $0.tagID == paragraphID }).count <= maximumBoxParagraphs
      else { return nil }
      card = parent
      let showsName =
        card.firstDescendant { node in
          guard node.isElement, !prose.contains(node) else { return false }
          if node.tag == "img" {
            return node.attribute("alt").map { names.contains(Text.clean($0).lowercased()) } ?? false
          }
          guard node.textLength > 0, node.textLength <= RelatedRules.maximumHeadingChars else { return false }
          let text = Text.clean(Page.rawText(node)).lowercased()
          return names.contains { text.hasSuffix($0) }
        } != nil
      if showsName { return interruptsText(card) || isFormPart(card) ? nil : card }
    }
    return nil
  }

  /// Whether a block comes right after the story's container: the element before it holds the
  /// story's paragraphs, and nothing after it holds prose.
  private static func followsStory(_ box: Node) -> Bool {
    guard let parent = box.parent, parent.tag != "body" else { return false }
    let isBody = { (node: Node) in node.tagID == paragraphID && node.textLength >= Thresholds.minimumBodyProseChars }
    var story: Node?
    var passed = false
    for child in parent.elementChildren {
      if child == box {
        passed = true
      } else if !passed {
        if child.textLength > 0 { story = child }
      } else if isBody(child) || child.firstDescendant(where: isBody) != nil {
        return false
      }
    }
    guard let story, !isBody(story) else { return false }
    return story.descendants(where: isBody).count >= Thresholds.minimumStoryParagraphs
  }

  /// Whether a block is set in italics or small print, as a note under the story: one `<em>`,
  /// `<i>` or `<small>` holds nearly all its text (`<p><em>Jane Doe is …</em></p>`,
  /// `<p><small>Jane Doe ist …</small></p>`), or its own style sets it in italics.
  static func isItalicNote(_ node: Node) -> Bool {
    if node.hasClassToken(in: smallPrintTokens) { return true }
    if let style = node.attribute("style"), style.lowercased().contains(italicStyle) || isSmallPrint(style) {
      return true
    }
    return node.children.contains {
      $0.isElement && Double($0.textLength) >= Double(node.textLength) * Thresholds.italicNoteShare
        && (noteTags.contains($0) || $0.attribute("style").map(isSmallPrint) == true)
    }
  }

  /// Class tokens of a paragraph in small print (the block editor's `has-small-font-size`, `small`).
  static let smallPrintTokens: TokenSet = ["small", "smaller"]

  /// Whether an inline style sets a small font (`font-size: 10pt`, `12px`, `0.8em`, `85%`, `small`):
  /// a classic editor's note under the story.
  static func isSmallPrint(_ style: String) -> Bool {
    let lowered = style.lowercased()
    guard let range = lowered.range(of: "font-size") else { return false }
    let value = lowered[range.upperBound...].drop { $0 == ":" || $0 == " " }.prefix { $0 != ";" && $0 != "!" }
    if value.hasPrefix("small") || value.hasPrefix("x-small") || value.hasPrefix("xx-small") { return true }
    let number = Double(value.prefix { $0.isNumber || $0 == "." }) ?? 0
    let unit = String(value.drop { $0.isNumber || $0 == "." }.filter { !$0.isWhitespace })
    guard number > 0, let limit = Thresholds.smallPrintLimits[unit] else { return false }
    return number < limit
  }

  /// Inline elements a note under the story is set in: italics and small print.
  private static let noteTags: TagSet = ["em", "i", "small"]
  /// The inline style of a paragraph set in italics (`style="font-style: italic"`).
  private static let italicStyle = "italic"

  /// Whether a block is the last of its container's text: no heading or paragraph after it but
  /// other notes in italics or small print ("<em>Photos: the author.</em>").
  private static func closesBlock(_ node: Node) -> Bool {
    var sibling = node.nextSibling
    while let current = sibling {
      if current.isElement && current.textLength > 0
        && ((current.tagID == paragraphID && !isItalicNote(current)) || ContentWalker.headingTags.contains(current))
      {
        return false
      }
      sibling = current.nextSibling
    }
    return true
  }

  /// A closing note in italics or small print about the author: one that names them only as such
  /// ("<em>Der Autor ist Professor an …</em>" after an op-ed: the byline's author), or one that
  /// opens with a person's name and a verb (`noteName`) and ends its block. The last one in the page.
  /// Not any closing line that opens with capitalised words and a verb: "<em>The Journal is an
  /// independent …</em>", "<em>Die Ausstellung ist noch bis …</em>" open with a determiner.
  static func authorNote(in page: Page, excluding regions: [Node]) -> Node? {
    var found: Node?
    for node in page.tree.nodes
    where (node.tagID == paragraphID || node.tagID == divID)
      && node.textLength >= Thresholds.minimumBioChars && node.textLength <= Thresholds.maximumBioChars
    {
      let italic = isItalicNote(node)
      let bold = italic ? nil : boldLead(of: node)
      guard italic || bold != nil, isProseLine(node), !regions.contains(where: { $0.contains(node) }),
        !RelatedExtractor.inSidebar(node, page: page)
      else { continue }
      let aboutAuthor =
        italic && authorNotePhrases.mayOpen(node)
        && SectionVocabulary.Opening(node, reach: authorNotePhrases.longest + 1).opens(authorNotePhrases)
      // Or one that opens with a person's name and says who they are, as the last line of its
      // block ("<em>Nora Vell is a writer who …</em>", "<p><b>Nora Vell</b> is a reporter …</p>"
      // closing a post without a byline). Without a dash: "Lesen Sie – …" is an aside, not a name.
      let named = { () -> Bool in
        guard closesBlock(node), let name = noteName(Text.clean(Page.rawText(node)), dashes: false) else {
          return false
        }
        return bold.map { Text.clean(Page.rawText($0)) == name } ?? true
      }
      if aboutAuthor || named() {
        // After the story's last section: no heading follows it in its container.
        var sibling = node.nextSibling
        var closing = true
        while let current = sibling, closing {
          closing = !ContentWalker.headingTags.contains(current)
          sibling = current.nextSibling
        }
        if closing { found = node }
      }
    }
    return found
  }

  /// The bold lead a paragraph opens with (`<p><strong>Nora Vell</strong> is …</p>`): a short
  /// `<strong>`/`<b>` as its first child, text after it.
  private static func boldLead(of node: Node) -> Node? {
    for child in node.children {
      // Whitespace between blocks is no text.
      guard child.textLength > 0, !isBlank(child) else { continue }
      guard boldTags.contains(child), child.textLength <= RelatedRules.maximumHeadingChars,
        child.textLength < node.textLength
      else { return nil }
      return child
    }
    return nil
  }

  private static let boldTags: TagSet = ["strong", "b"]

  /// Whether a node's text cleans to nothing, told from its bytes where they decide: a printable
  /// ASCII byte is kept by cleaning, ASCII whitespace is not; anything else is cleaned to see
  /// (cleaning every paragraph's children cost 1 M instructions a page).
  private static func isBlank(_ node: Node) -> Bool {
    let document = node.document
    var undecided = false
    scan: for index in node.order..<max(node.end, node.order + 1) where document.records[index].isText {
      for byte in Node(document, index).textBytes {
        if byte > 0x20 && byte < 0x7F { return false }
        if !(byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) {
          undecided = true
          break scan
        }
      }
    }
    return undecided ? Text.clean(Page.rawText(node)).isEmpty : true
  }

  /// The person's name a note opens with: two or three capitalised words, then a verb that says
  /// who they are ("Nora Vell is …", "Nora Vell ist …") or a dash ("Нора Велл — журналист …");
  /// nil for "Reuters contributed …", "Beim Gitarrenkurs im …", "The Journal is …".
  static func noteName(_ text: String, dashes: Bool = true) -> String? {
    var words: [Substring] = []
    for word in text.split(separator: " ", maxSplits: Thresholds.maximumNoteNameWords + 1) {
      guard let initial = word.first else { return nil }
      let dash = dashes && noteDashes.contains(word)
      if initial.isLowercase || dash {
        guard words.count >= 2, dash || VocabularyBylines.noteVerbSet.contains(word.lowercased()) else { return nil }
        let name = words.joined(separator: " ")
        // A determiner first makes a sentence's subject, not a name ("Die Ausstellung ist …").
        guard People.isPlausibleName(name), !VocabularyBylines.determinerSet.contains(words[0].lowercased()) else {
          return nil
        }
        return name
      }
      guard words.count < Thresholds.maximumNoteNameWords, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." })
      else {
        return nil
      }
      words.append(word)
    }
    return nil
  }

  /// The dashes that stand for "is" after a name in a note (Russian, Polish and Czech write "X — журналист").
  private static let noteDashes: Set<Substring> = ["—", "–"]

  private static let authorNotePhrases = SectionVocabulary.Phrases(VocabularyBylines.authorNoteOpenerList)

  /// Whether a bio opens as a note about "the author" rather than with a name ("Der Autor ist …").
  static func opensAsAuthorNote(_ text: String) -> Bool {
    let lowered = Text.straightApostrophes(text.lowercased())
    return VocabularyBylines.authorNoteOpenerList.contains { lowered.hasPrefix($0) }
  }

  private static var paragraphID: UInt8 { TagID.p }

  /// Whether a bio-sized block stands apart from the story: the block around it holds no other
  /// prose paragraph (the story's paragraphs sit in a sibling container, not beside the bio).
  private static func standsAlone(_ box: Node) -> Bool {
    guard let parent = box.parent, parent.tag != "body" else { return false }
    let isProse = { (node: Node) in node.tagID == paragraphID && node.textLength >= Thresholds.minimumBioChars }
    // Beside the headline, a line about a person is the story's teaser ("<h1>…</h1><div
    // class="teaser">Svea Dornbach will die Stadt verändern.</div>"), not a bio after it.
    return !parent.children.contains {
      $0 != box && $0.isElement
        && (isProse($0) || $0.tag == "h1" || $0.firstDescendant(where: { isProse($0) || $0.tag == "h1" }) != nil)
    }
  }

  /// Whether a heading of the author's other posts that names one of `names` ("mehr von Daniel
  /// Weilbrand auf …", "More by Jane Doe") follows `paragraph` within a few elements.
  private static func precedesAuthorStream(_ paragraph: Node, names: [String]) -> Bool {
    var sibling = paragraph.nextSibling
    var elements = 0
    while let current = sibling, elements < maximumHeadingClimb {
      if current.isElement {
        elements += 1
        if ContentWalker.headingTags.contains(current),
          SectionVocabulary.Opening(current).opens(SectionVocabulary.namedStreamPhrases)
        {
          let text = Text.clean(Page.rawText(current)).lowercased()
          return names.contains { text.contains($0) }
        }
      }
      sibling = current.nextSibling
    }
    return false
  }

  /// Class tokens of an author's job title beside the name ("author-job-title", "author-position").
  static let jobTitleTokens: TokenSet = ["job", "position", "role"]

  /// Class tokens of the bio text inside a box ("mntl-author-tooltip__bio", "author-description",
  /// "author__intro", "author-blurb").
  static let bioTokens: TokenSet = ["bio", "biography", "description", "intro", "blurb"]

  /// Whether an element's text opens with an "About the author" phrase.
  static func isBioHeading(_ node: Node) -> Bool {
    // Most headings open with none of the phrases' first bytes: their text is not read.
    guard headingPrefixes.mayOpen(node) else { return false }
    return SectionVocabulary.Opening(node, reach: bioHeadingPhrases.longest + 1).opens(bioHeadingPhrases)
      || isWholeBioHeading(node)
  }

  /// The openings of a bio heading, and the whole bare headings, by their first bytes.
  private static let headingPrefixes = PhraseOpenings(
    phrases: VocabularyBios.headingList + VocabularyBios.wholeHeadingSet.sorted())
  /// The openings of a bio's lead line by their first bytes.
  private static let leadPrefixes = PhraseOpenings(phrases: bioLeadPhrases.all)

  /// Whether a heading's whole text is a bare "The author" heading ("<h4>Die Autorin</h4>").
  private static func isWholeBioHeading(_ node: Node) -> Bool {
    guard ContentWalker.headingTags.contains(node), node.textLength <= maximumWholeHeadingBytes else { return false }
    // Exactly: "Autor:" before a name is a byline's field label.
    return VocabularyBios.wholeHeadingSet.contains(
      Text.straightApostrophes(Text.lowered(Text.clean(Page.rawText(node)))))
  }

  /// A bare "The author" heading is a few words (indentation counted): longer ones are not tested.
  private static let maximumWholeHeadingBytes = 80

  private static let bioHeadingPhrases = SectionVocabulary.Phrases(VocabularyBios.headingList)
  /// The headings that open a bio as a bold lead or a line; "Written by" in a line is a byline.
  private static let bioLeadPhrases = SectionVocabulary.Phrases(
    VocabularyBios.headingList.filter { !VocabularyBios.bylineHeadings.contains($0) })

  /// Whether the page shows the opening of `bio` as text.
  private static func shows(_ bio: String, in page: Page) -> Bool {
    // Compared without whitespace: text nodes joined by spaces put one before a comma after `<strong>`.
    let squeeze = { (text: String) in Text.straightApostrophes(text).filter { !$0.isWhitespace } }
    let probe = String(squeeze(bio).prefix(Thresholds.visibleBioProbeChars))
    let body = page.elements("body").first ?? page.tree.root
    let shown = body.descendants {
      $0.kind == .text && !($0.parent.map { unshownTextParents.contains($0) } ?? false)
    }
    return squeeze(shown.map(\.text).joined()).contains(probe)
  }

  /// Elements whose text the reader never sees as such (a JSON-LD `<script>` holds the description too).
  private static let unshownTextParents: TagSet = ["script", "style", "template", "noscript"]

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
      guard !name.isEmpty, shows(bio, in: page) else { continue }
      let image = JSONLD.string(person["image"], key: "url").flatMap { page.resolve($0) }.map { ArticleImage(src: $0) }
      let url = JSONLD.string(person["url"], key: "url").flatMap { page.resolve($0) }
      return AuthorBio(name: name, credentials: credentials, bio: bio, image: image, url: url, links: [])
    }
    return nil
  }
}
