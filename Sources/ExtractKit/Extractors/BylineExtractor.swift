import Foundation

/// The byline: who wrote the article, when, and how many comments it has.
/// Locating: `itemprop=author`, `rel=author`, byline classes, then a short "By …" line
/// after the title. Parsing: author elements inside the byline, else its text; the date from
/// the byline's text, else its `<time datetime>`; then structured data as the fallback.
struct BylineExtractor: SectionExtractor {
  /// Elements that name the author in markup (schema.org microdata, rel=author, hCard).
  static func isAuthorMarkup(_ node: Node) -> Bool {
    let value = ClassTokens.authorMarkupValue
    if node.attribute("itemprop")?.lowercased() == value { return true }
    if node.attribute("rel")?.lowercased().split(separator: " ").contains(where: { $0 == value }) == true {
      return true
    }
    // React sites name byline parts in test ids (Medium `data-testid="authorName"`, `prism-byline`).
    if let testID = node.attribute("data-testid")?.lowercased(),
      ClassTokens.authorTestIDWords.contains(where: { testID.contains($0) })
    {
      return true
    }
    return node.hasClassCue(.byline)
  }

  /// How many levels above an author element the byline container may sit
  /// (`<p class=meta><span itemprop=author>…</span> <time>…</time></p>`).
  static let maximumClimb = 3
  /// How many elements after the title a "By …" line is looked for.
  static let textSearchWindow = 60

  /// An <aside>, <header> or footer ("post-footer", <footer class="entry-meta">) of the post
  /// itself: inside an <article> or an hAtom post, and boilerplate for no other reason.
  static func isPostPart(_ node: Node) -> Bool {
    if node.tag == "footer" || node.hasClassToken(in: ClassTokens.postFooter) {
      let tokens = node.classTokens
      // A footer that is also a share bar, a comment or a widget stays boilerplate.
      guard !Evidence.isHidden(node),
        tokens.allSatisfy({ !ClassTokens.boilerplate.contains($0) || ClassTokens.postFooter.contains($0) })
      else { return false }
    } else if node.tag != "aside" && node.tag != "header" {
      return false
    }
    return node.enclosingPost != nil
  }

  /// `authors`: the article's authors as the page's metadata names them (they confirm a name a
  /// dated meta line ends with, `confirmsDatedName`).
  static func locate(in page: Page, excluding regions: [Node], authors: [String] = []) -> Node? {
    func usable(_ node: Node) -> Bool {
      guard node.textLength > 0, node.textLength <= Thresholds.maximumBylineChars,
        !regions.contains(where: { $0.contains(node) })
      else { return false }
      // A container holding the title is the article header, not its byline.
      if node.firstDescendant(where: { $0.tag == "h1" }) != nil { return false }
      // Comment threads and chrome carry author markup of their own; an <aside>, <header> or
      // footer inside the post is where themes put the byline.
      return !node.ancestors.contains { page.isBoilerplate($0) && !isPostPart($0) }
        && !(page.isBoilerplate(node) && !isPostPart(node))
    }
    // An h1 with no text holds the site's logo image, not the article's title.
    let title = page.elements("h1").first {
      $0.textLength > 0 && $0.closest { Evidence.chromeTags.contains($0) } == nil
    }
    var candidates = authorMarkupElements(in: page).filter {
      usable($0) && !isTaxonomyLine($0) && !isHiddenAuthorMarkup($0) && !isLicenseCredit($0)
    }
    // Nearest to the title first: bylines sit right under it.
    if let title {
      candidates.sort { abs($0.order - title.order) < abs($1.order - title.order) }
    }
    // Checked on the nearest candidates only: most pages take the first.
    if var node = candidates.first(where: { !linksOnlyArchives($0) }) {
      // Climb to the container holding the date and comment count too.
      for _ in 0..<maximumClimb {
        guard let parent = node.parent, parent.textLength <= Thresholds.maximumBylineChars, usable(parent),
          !ContentWalker.headingTags.contains(parent), parent.firstDescendant(where: { $0.tag == "h1" }) == nil
        else { break }
        node = parent
      }
      return node
    }
    // A short "By Jane Doe" line shortly after the title.
    guard let title else {
      return labelledLine(in: page, after: nil, usable: usable) ?? fieldLine(in: page, after: nil, usable: usable)
    }
    let window = page.tree.nodes[title.end..<min(page.tree.nodes.count, title.end + textSearchWindow)]
    // The length first: a long node is never the line, and `usable` climbs its ancestors.
    for node in window
    where node.isElement && node.textLength < Thresholds.maximumBylineLineChars && shortLineTags.contains(node)
      && usable(node)
    {
      let text = Text.lowered(Text.clean(Page.rawText(node)))
      if text.hasPrefix("by ") { return node }
      // "Von Jane Doe", "Autor: n0va7", "Gespeichert von gartenfee am …": a "by"-like word among the
      // line's first words.
      let original = Text.clean(Page.rawText(node))
      if let range = innerPrefix(in: original),
        original[..<range.lowerBound].split(separator: " ").count < Thresholds.bylinePrefixWordWindow
          || isDateOnly(original[..<range.lowerBound])
          || (isLabelledDate(original[..<range.lowerBound]) && isNamesOnlyTail(original[range.upperBound...]))
      {
        return node
      }
    }
    return labelledLine(in: page, after: title, usable: usable) ?? fieldLine(in: page, after: title, usable: usable)
      ?? datedLine(around: title, in: page, authors: authors, usable: usable)
      ?? signatureLine(in: page, after: title, usable: usable)
  }

  /// Whether the words before a line's "by"-word are a date and time alone, a theme's meta line
  /// ("June 14, 2019 by Jane Doe", "Freitag | 14. Juni 2019 | 15:49 VON Jane Doe", "On 6/13/2018 by
  /// …"), whose date takes more words than `Thresholds.bylinePrefixWordWindow`: a date's digits,
  /// and only month and weekday names, a date's prepositions and separators beside them. A
  /// sentence ("In 2019 by the end …") holds other words.
  static func isDateOnly(_ head: Substring) -> Bool {
    let tokens = head.split(whereSeparator: { $0 == " " || $0 == "," })
    guard tokens.contains(where: { $0.contains(where: \.isNumber) }) else { return false }
    return tokens.allSatisfy { token in
      let word = bareWord(token)
      return token.contains(where: \.isNumber) || !word.contains(where: \.isLetter) || Patterns.months[word] != nil
        || VocabularyDates.weekdaySet.contains(word) || VocabularyBylines.datePrepositionSet.contains(word)
    }
  }

  /// Separators between the fields of a theme's meta line ("04.02.2022 | 13:10 Uhr | Uta Helkenberg").
  static let metaLineSeparators: Set<Character> = ["|", "·", "•"]
  /// The last UTF-8 byte of each of `metaLineSeparators` ("|", "·" and "•" end in 0x7C, 0xB7, 0xA2),
  /// as a table over bytes: a text holding none of them holds no separator, so no second field.
  static let metaLineSeparatorEnds: [Bool] = {
    var ends = [Bool](repeating: false, count: 256)
    for separator in metaLineSeparators { ends[Int(separator.utf8.last!)] = true }
    return ends
  }()

  /// Elements a meta line of date fields and a name is set in, above or below the title.
  static let datedLineTags: TagSet = ["p", "div", "span", "small", "address"]

  /// The names a meta line of date fields may end with, without a "by"-word ("04.02.2022 | 13:10 Uhr |
  /// Uta Helkenberg", "12. März 2024 · Jane Doe"): every field before the last is a date or a time
  /// alone (`isDateOnly`), and the last is shaped as one or two people's full names
  /// (`isFullNamesOnly`); a section ("04.02.2022 | Politik") or a headline after the date names no
  /// one. The shape alone does not make a person: a category ("12 March 2024 | Kitchen Tips"), a
  /// dateline's city ("New York") or a company ("Deutsche Bahn") has it too, so the names count
  /// only where `confirmsDatedName` confirms them.
  static func datedLineNames(_ text: String) -> String? {
    // Most lines hold no separator: turned away by their bytes before a split by characters.
    let separatorEnds = metaLineSeparatorEnds
    guard text.utf8.contains(where: { separatorEnds[Int($0)] }) else { return nil }
    let fields = text.split(whereSeparator: { metaLineSeparators.contains($0) }).map { Text.clean(String($0)) }
    guard fields.count >= 2, let last = fields.last, isFullNamesOnly(last),
      fields.dropLast().allSatisfy({ !$0.isEmpty && isDateOnly(Substring($0)) }),
      fields.dropLast().contains(where: { holdsCalendarDate(Substring($0)) })
    else { return nil }
    return last
  }

  /// Whether something besides their shape says the names ending a dated meta line
  /// (`datedLineNames`) are people: each is the page's author as its metadata names it
  /// (`authors`: author meta, structured data), or the text of an element of the line that
  /// marks an author (`marksAuthor`: a link into a profile folder, `rel=author`, an author class).
  static func confirmsDatedName(_ names: String, in line: Node, authors: [String]) -> Bool {
    let people = People.parse(names)
    guard !people.isEmpty else { return false }
    // The line's own elements only: a short line, a few nodes.
    let marked = ([line] + line.descendants { $0.isElement }).filter(marksAuthor).map {
      Text.lowered(Text.clean(Page.rawText($0)))
    }
    return people.allSatisfy { person in
      let name = person.name.lowercased()
      return marked.contains { $0.contains(name) }
        || authors.contains { meta in
          Text.similarity(meta, person.name) >= 0.8 || People.parse(meta).contains { $0.name.lowercased() == name }
        }
    }
  }

  /// Whether an element marks its text as an author's name: a link into a profile folder
  /// (`VocabularyBylines.profileFolders`), `rel=author`, `itemprop=author` or an author class. A
  /// byline class does not: it marks the line, which holds the date and a section as often.
  static func marksAuthor(_ node: Node) -> Bool {
    let value = ClassTokens.authorMarkupValue
    if node.attribute("itemprop")?.lowercased() == value || node.hasClassToken(value) { return true }
    if node.attribute("rel")?.lowercased().split(separator: " ").contains(where: { $0 == value }) == true {
      return true
    }
    guard node.tag == "a", let href = node.attribute("href") else { return false }
    return RelatedRules.profilePathMatcher.matches(Array(href.utf8))
  }

  /// Whether a line opens with a date and then a "by"-word or label ("05.02.2020 - Redaktion: Eberhard
  /// Fuhr", "12. März 2024 von Jane Doe"): a post's meta line, above the title too; a "von" with no
  /// date before it ("Mehr von Eberhard Fuhr") is not one.
  static func datedByLine(_ text: String) -> Bool {
    guard let range = innerPrefix(in: text) else { return false }
    let head = text[..<range.lowerBound]
    return (isDateOnly(head) && holdsCalendarDate(head))
      || (isLabelledDate(head) && isNamesOnlyTail(text[range.upperBound...]))
  }

  /// Separators that end the names of a meta line before its other fields ("… by Jane Doe — 3
  /// Comments", "… von Jane Doe | Garten").
  static let namesEndingSeparators: Set<Character> = ["|", "·", "•", "–", "—"]

  /// Whether the words after a line's "by"-word are names and nothing else: one or two people's
  /// full names (`isFullNamesOnly`) or a handle, ending the line or a meta field before a
  /// separator, after which only meta fields follow (a date, a comment count, a capitalised
  /// category). A label opening a sentence ("Written on 12 March 2024 by Ludwig van Beethoven, the
  /// sonata …", "Publié le 3 mai 2024 par Météo France, le bulletin …", "Eingereicht von der
  /// Fraktion …") goes on with a clause, or names a thing after an article.
  static func isNamesOnlyTail(_ tail: Substring) -> Bool {
    var names = tail.drop { $0 == " " || $0 == ":" }
    var rest: Substring = ""
    if let cut = names.firstIndex(where: { namesEndingSeparators.contains($0) }) {
      rest = names[names.index(after: cut)...]
      names = names[..<cut]
    }
    let trimmed = Text.clean(String(names))
    // "… by Jane Doe." ends a sentence; "J. Doe" is an initial.
    if trimmed.hasSuffix("."), (trimmed.split(separator: " ").last?.count ?? 0) > 2 { return false }
    guard !trimmed.isEmpty, isFullNamesOnly(trimmed) || People.isHandle(trimmed), namesSomeone(trimmed) else {
      return false
    }
    return rest.split(whereSeparator: { namesEndingSeparators.contains($0) }).allSatisfy { field in
      let field = Text.clean(String(field))
      if field.isEmpty || CommentCount.inText(field) != nil || isDateOnly(Substring(field)) { return true }
      let words = field.split(separator: " ")
      return words.count <= Thresholds.metaCategoryMaximumWords
        && !field.contains(where: { ".!?:;,".contains($0) })
        && words.allSatisfy { $0.first?.isUppercase == true }
    }
  }

  /// Whether the words before a line's "by"-word are a publication label and a calendar date alone
  /// ("Posted on March 12, 2024 by …", "Veröffentlicht am 12. März 2024 von …", "Publié le 12 mars
  /// 2024 par …", "Opublikowano 12 marca 2024 przez …"): WordPress's meta line set as a plain
  /// paragraph. A sentence ("Published in 2019 by …") holds other words than the date's.
  static func isLabelledDate(_ head: Substring) -> Bool {
    let lowered = Text.lowered(String(head))
    for label in VocabularyBylines.datedLineLabelList where lowered.hasPrefix(label) {
      let rest = lowered.dropFirst(label.count)
      guard rest.first == " " || rest.first == ":" else { continue }
      let date = rest.drop { $0 == " " || $0 == ":" }
      return isDateOnly(date) && holdsCalendarDate(date)
    }
    return false
  }

  /// Whether a line's names part is a person or a handle.
  static func namesSomeone(_ text: String) -> Bool {
    let names = BylineExtractor().namesPart(of: text)
    return !People.parse(names).isEmpty || handle(in: names) != nil
  }

  /// Whether text holds a day of the calendar, not only a number or a time: a year's four digits
  /// ("05.02.2020", "6/13/2018") or a month's name ("14. Juni"). A rating "3 von 5" holds none.
  static func holdsCalendarDate(_ text: Substring) -> Bool {
    var digits = 0
    for character in text {
      digits = character.isASCII && character.isNumber ? digits + 1 : 0
      if digits == 4 { return true }
    }
    return text.split(whereSeparator: { $0 == " " || $0 == "," }).contains { Patterns.months[bareWord($0)] != nil }
  }

  /// A meta line of date fields ending with a confirmed name (`datedLineNames`,
  /// `confirmsDatedName`), or opening with a date before a "by"-word (`datedByLine`), in the few
  /// nodes just above the title or just below it, where themes set it. A dated line ending with an
  /// unconfirmed name is not taken: the page's date is found without it.
  static func datedLine(around title: Node, in page: Page, authors: [String], usable: (Node) -> Bool) -> Node? {
    let nodes = page.tree.nodes
    let near =
      Array(nodes[max(0, title.order - textSearchWindow)..<title.order])
      + nodes[title.end..<min(nodes.count, title.end + textSearchWindow)]
    for node in near
    where node.isElement && node.textLength < Thresholds.maximumBylineLineChars && datedLineTags.contains(node)
      && (node.end <= title.order || node.order >= title.end)
    {
      let text = Text.clean(Page.rawText(node))
      // A dated "by" line names someone: "On 8/22/2019 by @writer" gives no byline (the date
      // is then left to the page's own metadata).
      let named = datedLineNames(text).map { confirmsDatedName($0, in: node, authors: authors) } ?? false
      guard named || (datedByLine(text) && namesSomeone(text)), usable(node) else { continue }
      return node
    }
    return nil
  }

  /// Whether author markup is written for machines only: it, or an element up to
  /// `maximumClimb` above it, is hidden (`hidden`, `display:none`) or has a class that hides it
  /// (a theme's hidden hCard, `<span class="vcard rich-snippet-hidden">`, under the title while
  /// the reader sees "Von Jane Doe" further down). Whole class names only: Bootstrap's
  /// `hidden-xs` hides on small screens alone.
  static func isHiddenAuthorMarkup(_ node: Node) -> Bool {
    var current: Node? = node
    for _ in 0...maximumClimb {
      guard let element = current else { return false }
      if Evidence.isHidden(element) { return true }
      if let value = element.attribute("class"), hidesByClass(value) { return true }
      current = element.parent
    }
    return false
  }

  /// Whether author markup credits a picture under its licence (`<div class="license-info">…
  /// <span class="author-name"><a class="license-author">Jane Doe</a></span>` below a Creative
  /// Commons image): it, an element up to `maximumClimb` above it, or one inside it is classed
  /// as a licence. The person made the picture, not the article.
  static func isLicenseCredit(_ node: Node) -> Bool {
    var current: Node? = node
    for _ in 0...maximumClimb {
      guard let element = current else { break }
      if element.hasClassToken(in: ClassTokens.licenseCredit) { return true }
      current = element.parent
    }
    return node.firstDescendant { $0.isElement && $0.hasClassToken(in: ClassTokens.licenseCredit) } != nil
  }

  /// Whether a class value hides its element on every screen: a hiding class name, without a
  /// responsive display class beside it that shows it on larger screens (Tailwind's
  /// `hidden md:flex`, Bootstrap's `d-none d-lg-block`).
  static func hidesByClass(_ value: String) -> Bool {
    guard ClassTokens.mayHoldHidingName(value) else { return false }
    let tokens = value.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
    guard tokens.contains(where: { ClassTokens.hidingClassNames.contains($0) }) else { return false }
    return !tokens.contains(where: ClassTokens.isResponsiveDisplay)
  }

  /// Elements a short "By …" line after the title is.
  static let shortLineTags: TagSet = ["p", "div", "span", "address"]

  /// Dashes a closing signature opens with ("– Jane Doe", "— Jane Doe").
  static let signatureDashes: Set<Character> = ["–", "—", "-"]

  /// The article signed at its end, where nothing above names its author: the last paragraph of
  /// its container, short, whose whole text is one or two people's full names, set after a dash
  /// ("<p>– Jane Doe</p>") or in emphasis ("<p><b><i>Jane Doe</i></b></p>").
  static func signatureLine(in page: Page, after title: Node?, usable: (Node) -> Bool) -> Node? {
    // The index of each container's last child with text, found once per container (not a scan
    // of the siblings after every short paragraph).
    var lastTextChild: [Int: Int] = [:]
    for node in page.tree.nodes[searchRange(in: page, after: title)]
    where node.tag == "p" && node.textLength > 0 && node.textLength <= Thresholds.maximumSignatureLineChars {
      guard let parent = node.parent else { continue }
      let last =
        lastTextChild[parent.order]
        ?? {
          let index = parent.children.lastIndex { $0.textLength > 0 } ?? -1
          lastTextChild[parent.order] = index
          return index
        }()
      guard node.siblingIndex == last else { continue }
      if datedSignatureName(node) != nil, usable(node) { return node }
      let text = Text.clean(Page.rawText(node))
      let dashed = text.first.map { signatureDashes.contains($0) } ?? false
      guard dashed || isEmphasisedLine(node) else { continue }
      let names = dashed ? Text.clean(String(text.drop { signatureDashes.contains($0) || $0 == " " })) : text
      guard isFullNamesOnly(names), usable(node) else { continue }
      return node
    }
    return nil
  }

  /// The name of a letter's closing signature: a name on the paragraph's first line and a date
  /// alone on its second ("<p>Benni<br>10. September 2017</p>", the article's last paragraph): one
  /// or two people's full names, or one given name. A line of prose, a label ("Quelle"), or a
  /// paragraph with more lines names no one.
  static func datedSignatureName(_ node: Node) -> String? {
    let children = node.children
    guard let br = children.firstIndex(where: { $0.tag == "br" }),
      !children[(br + 1)...].contains(where: { $0.tag == "br" })
    else { return nil }
    let name = Text.clean(children[..<br].map { Page.rawText($0) }.joined())
    let date = Text.clean(children[(br + 1)...].map { Page.rawText($0) }.joined())
    guard !name.isEmpty, isDateOnly(Substring(date)), holdsCalendarDate(Substring(date)) else { return nil }
    if isFullNamesOnly(name) { return name }
    let lowered = Text.lowered(name)
    guard !name.contains(" "), name.allSatisfy(\.isLetter), People.isPlausibleName(name),
      Patterns.months[lowered] == nil, !VocabularyDates.weekdaySet.contains(lowered),
      !VocabularyDates.publishedLabelList.contains(lowered), !VocabularyDates.updatedLabelList.contains(lowered)
    else { return nil }
    return name
  }

  /// Whether every word of `names` is a name's: one to `Thresholds.maximumSignatureNames` people's
  /// full names ("Jane Doe und Tom Roe"), never "Fotos: Jane Doe" or a closing sentence.
  static func isFullNamesOnly(_ names: String) -> Bool {
    guard names.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "." || $0 == "'" }) else { return false }
    let people = People.parse(names)
    let words = names.split(separator: " ").filter { !Patterns.nameJoiners.contains($0.lowercased()) }
    return (1...Thresholds.maximumSignatureNames).contains(people.count)
      && people.allSatisfy({ $0.name.split(separator: " ").count >= 2 })
      && people.reduce(0, { $0 + $1.name.split(separator: " ").count }) == words.count
  }

  /// The nodes after the title where a labelled author line or field may sit: the article's
  /// length at most (`Thresholds.bylineLineSearchNodes`), not the comments and footers below it.
  static func searchRange(in page: Page, after title: Node?) -> Range<Int> {
    let start = min(title?.end ?? 0, page.tree.nodes.count)
    return start..<min(page.tree.nodes.count, start + Thresholds.bylineLineSearchNodes)
  }

  /// Elements an author field's label is set in (`<h4>Autor</h4><p><a>Jonas Beispiel</a></p>` in a
  /// meta section under the title, `<dt>Author</dt><dd>…</dd>`, `<strong>Auteur :</strong>`).
  static let fieldLabelTags: TagSet = ["h3", "h4", "h5", "h6", "dt", "th", "span", "strong", "b", "p", "div"]

  /// The bytes every author field label opens with ("au" of "author", "autor", "auteur",
  /// "autore"), lower-cased: the longest prefix the table's labels share, so a label added in
  /// another language widens the test rather than never matching.
  static let fieldLabelStem: [UInt8] = {
    let labels = VocabularyBylines.fieldLabelSet.map { Array($0.lowercased().utf8) }
    guard var stem = labels.first else { return [] }
    for label in labels.dropFirst() {
      stem = Array(zip(stem, label).prefix(while: { $0.0 == $0.1 }).map(\.0))
    }
    return stem
  }()

  /// Whether the element's first text opens with `fieldLabelStem`, read from the bytes in place:
  /// most short elements of a page are not labels, and building their text cost more than the scan.
  static func opensWithFieldLabelStem(_ node: Node) -> Bool {
    guard let text = node.firstDescendant(where: { $0.kind == .text && $0.textLength > 0 }) else { return false }
    if fieldLabelStem.isEmpty { return true }
    var matched = 0
    for byte in text.textBytes {
      if matched == 0 && (byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) { continue }
      let lowered = ByteSearch.lower(byte)
      guard lowered == fieldLabelStem[matched] else { return false }
      matched += 1
      if matched == fieldLabelStem.count { return true }
    }
    return false
  }

  /// A label element whose whole text is an author field label ("Autor", "Author:") followed by a
  /// sibling naming people: their container is the byline, read by `labelledField`. The first
  /// one after the title.
  static func fieldLine(in page: Page, after title: Node?, usable: (Node) -> Bool) -> Node? {
    for label in page.tree.nodes[searchRange(in: page, after: title)]
    where label.isElement && label.textLength > 0 && label.textLength <= Thresholds.maximumFieldLabelTextChars
      && fieldLabelTags.contains(label) && opensWithFieldLabelStem(label)
    {
      let text = Text.lowered(Text.clean(Page.rawText(label))).trimmingScalars(in: TrimSets.labelEnds)
      guard VocabularyBylines.fieldLabelSet.contains(text), let parent = label.parent,
        parent.textLength <= Thresholds.maximumBylineChars, usable(parent),
        let value = parent.children[(label.siblingIndex + 1)...].first(where: { $0.textLength > 0 }),
        value.textLength < Thresholds.maximumBylineLineChars,
        !People.parse(BylineExtractor().namesPart(of: Text.clean(Page.rawText(value)))).isEmpty
      else { continue }
      return parent
    }
    return nil
  }

  /// A meta line that lists the post's tags or categories ("Schlagwörter Monster, winter" in a
  /// `.post-meta-data`): its links are all `rel=tag`/`rel=category`, or it opens with such a label.
  static func isTaxonomyLine(_ node: Node) -> Bool {
    let anchors = node.descendants { $0.tag == "a" }
    if !anchors.isEmpty,
      anchors.allSatisfy({ anchor in
        anchor.attribute("rel")?.lowercased().split(separator: " ").contains { $0 == "tag" || $0 == "category" } == true
      })
    {
      return true
    }
    let lowered = Text.lowered(Text.clean(Page.rawText(node)))
    return VocabularyBylines.taxonomyLabels.contains { lowered.hasPrefix($0) }
  }

  /// A meta line whose links all lead to category or tag archives ("WissensTicker" linking
  /// `/kategorie/infostream/` beside the date in `.entry-meta`) names a section, not an author.
  static func linksOnlyArchives(_ node: Node) -> Bool {
    let anchors = node.descendants { $0.tag == "a" }
    return !anchors.isEmpty
      && anchors.allSatisfy { anchor in
        guard let href = anchor.attribute("href")?.lowercased() else { return false }
        return VocabularyBylines.taxonomyPathList.contains { href.contains($0) }
      }
  }

  /// Elements a labelled author line is: a paragraph, a Drupal `div.submitted` ("Gespeichert
  /// von gartenfee am …" below a carousel, far from the title), or the author's mail link under the
  /// article (`<a href="mailto:…"><b>Von:</b><br>Jane Doe</a>`).
  static let labelledLineTags: TagSet = ["p", "div", "a"]

  /// A paragraph that opens with an author label ("Text: Hartwig Wendtler", "Autoren Ortwin
  /// Pfolte und Jutta Merzbach", "Posted by Arlo Norel.", "Gespeichert von gartenfee am …"): the
  /// byline signed at the article's end, or far from the title. The first one after the title.
  static func labelledLine(in page: Page, after title: Node?, usable: (Node) -> Bool) -> Node? {
    let labels = LineLabelTable.shared
    for node in page.tree.nodes[searchRange(in: page, after: title)]
    where labelledLineTags.contains(node) && node.textLength > 0
      && node.textLength < Thresholds.maximumBylineLineChars
    {
      // Most paragraphs open with no label ("The", "In 2019"): told from their first bytes,
      // before their text is built and lower-cased.
      if !labels.mayOpen(LineOpening(node, limit: labels.window)) { continue }
      let text = Text.clean(Page.rawText(node))
      let lowered = Text.lowered(text)
      // A bare "by"-word opens a signature set in emphasis ("<p><i>von Daniela Umlen</i></p>"), or one
      // whose rest is only full names ("<p>Von Marta Keller</p>"), never a sentence ("Von Berlin aus …").
      let signaturePrefix = VocabularyBylines.signaturePrefixList.first { lowered.hasPrefix($0) }
      guard
        VocabularyBylines.lineLabelList.contains(where: {
          lowered.hasPrefix($0) && ($0.hasSuffix(":") || lowered.dropFirst($0.count).first == " ")
        })
          || signaturePrefix.map({
            let rest = Text.clean(String(text.dropFirst($0.count)))
            return isEmphasisedLine(node) || isFullNamesOnly(rest) || isNameThenDate(rest)
              || (isNamesThenMetaFields(rest) && !isQuotedOrCardLine(node))
          }) == true,
        case let names = BylineExtractor().namesPart(of: text),
        !People.parse(names).isEmpty || handle(in: names) != nil, usable(node)
      else { continue }
      return node
    }
    return nil
  }

  /// Whether a line's rest after a bare "by"-word is one person's full name or one handle, then a
  /// date alone ("von Marianne1 am 20.09.2020", "by jdoe on March 3, 2019"): a post's meta line,
  /// the handle the author as the site shows them. A sentence ("Von Berlin aus am 3. Mai …") has
  /// other words between the name and the date.
  static func isNameThenDate(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard
      let split = words.firstIndex(where: { word in
        let bare = bareWord(word)
        return word.first?.isNumber == true || VocabularyBylines.datePrepositionSet.contains(bare)
          || Patterns.months[bare] != nil || VocabularyDates.weekdaySet.contains(bare)
      }), split > 0
    else { return false }
    let date = Substring(words[split...].joined(separator: " "))
    guard isDateOnly(date), holdsCalendarDate(date) else { return false }
    let name = words[..<split].joined(separator: " ")
    return isFullNamesOnly(name) || (split == 1 && People.isHandle(name))
  }

  /// Whether a line's rest after a bare "by"-word is full names, then meta fields after a theme's
  /// separators: each a date alone or a picture's credit ("di Chiara Ferri · 12 marzo 2024", "Von Lisa
  /// Hahn | Foto: Tom Berg", "Door Eva Jansen · Foto's: Daan Visser"). A sentence has no separator
  /// after the name. A date names its day and month: a year alone credits a work ("di Umberto Eco ·
  /// 1980" under a book's title).
  static func isNamesThenMetaFields(_ text: String) -> Bool {
    let parts = text.split(whereSeparator: { metaLineSeparators.contains($0) }).map { Text.clean(String($0)) }
    guard parts.count >= 2, isFullNamesOnly(parts[0]) else { return false }
    return parts.dropFirst().allSatisfy { part in
      guard let first = part.split(separator: " ").first else { return true }
      return (isDateOnly(Substring(part)) && holdsDayAndMonth(Substring(part)))
        || VocabularyBylines.pictureCreditSet.contains(bareWord(first))
    }
  }

  /// Whether a date field names a day of a month, not only a year: a month's name beside a day's
  /// number ("12 marzo 2024", "March 14, 2024", "14. März 2024", "1er mars"), or a numeric day, month
  /// and year ("12.03.2024", "03/12/2024", "2024-03-12").
  static func holdsDayAndMonth(_ text: Substring) -> Bool {
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," })
    if tokens.contains(where: isNumericDate) { return true }
    return tokens.contains { Patterns.months[bareWord($0)] != nil } && tokens.contains(where: isDayNumber)
  }

  /// "14", "14.", "14th", "1er", "1º": a day of the month.
  static func isDayNumber(_ token: Substring) -> Bool {
    let digits = token.prefix { $0.isASCII && $0.isNumber }
    guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return false }
    let rest = token.dropFirst(digits.count)
    return rest.isEmpty || rest == "." || (rest.count <= 2 && rest.allSatisfy(\.isLetter))
  }

  /// "12.03.2024", "3/12/24", "2024-03-12": three numbers joined by one date separator.
  static func isNumericDate(_ token: Substring) -> Bool {
    let trimmed = token.hasSuffix(".") ? token.dropLast() : token
    guard let separator = trimmed.first(where: { $0 == "." || $0 == "/" || $0 == "-" }) else { return false }
    let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
    return parts.count == 3
      && parts.allSatisfy { part in (1...4).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber } }
      && parts.contains { $0.count == 4 || $0.count == 2 } && parts[1].count <= 2
  }

  /// Elements whose lines credit someone else's work: a quote's or a picture's source ("di Umberto
  /// Eco · 1980" under a quotation), not the article's writer.
  static let quotingTags: TagSet = ["blockquote", "figure", "figcaption"]

  /// Whether a line credits someone else's work rather than signing the article: it sits in a
  /// quotation or a figure, or on a card beside a link's title ("Leggi anche" with a post's linked
  /// title over "di Marco Rossi · 14 marzo 2024"): its block's other text is a link's, the element
  /// just before or after it is a link only, or a card-sized block opens with a linked title.
  static func isQuotedOrCardLine(_ node: Node) -> Bool {
    if node.closest({ quotingTags.contains($0) }) != nil { return true }
    guard let parent = node.parent else { return false }
    let rest = parent.textLength - node.textLength
    let restLinks = parent.linkTextLength - node.linkTextLength
    if restLinks > 0 && Double(restLinks) >= Thresholds.cardLineLinkShare * Double(rest) { return true }
    let siblings = parent.children
    func isLinkOnly(_ index: Int) -> Bool {
      guard siblings.indices.contains(index), index != node.siblingIndex else { return false }
      let sibling = siblings[index]
      return sibling.textLength > 0 && sibling.linkTextLength == sibling.textLength
    }
    // The nearest element on each side, past whitespace between them.
    func isBlank(_ index: Int) -> Bool { !siblings[index].isElement && siblings[index].textLength <= 1 }
    var before = node.siblingIndex - 1
    while before >= 0, isBlank(before) { before -= 1 }
    var after = node.siblingIndex + 1
    while after < siblings.count, isBlank(after) { after += 1 }
    if isLinkOnly(before) || isLinkOnly(after) { return true }
    guard parent.textLength <= Thresholds.maximumCardChars else { return false }
    var first = 0
    while first < siblings.count, isBlank(first) { first += 1 }
    return isLinkOnly(first)
  }

  /// Inline emphasis a signature line is set in ("<p><i>von Daniela Umlen</i></p>").
  static let signatureEmphasisTags: TagSet = ["i", "em", "b", "strong"]

  /// A paragraph all of whose text is one emphasised element: a signature, not running prose.
  static func isEmphasisedLine(_ node: Node) -> Bool {
    var emphasised: Node?
    for child in node.children where child.isElement {
      guard emphasised == nil, signatureEmphasisTags.contains(child) else { return false }
      emphasised = child
    }
    return emphasised.map { $0.textLength == node.textLength } ?? false
  }

  func extract(from context: Context) -> Byline? {
    let page = context.page
    // Structured data first: JSON-LD and meta tags name the authors on purpose.
    let siteName = context.metadata.siteName
    let node = context.regions.byline
    let skip = node.map { BylineExtractor.hiddenPredicate(in: $0) } ?? { _ in false }
    let raw = node.map { Text.clean(BylineExtractor.visibleText($0, skipping: skip)) } ?? ""
    let shown = Text.lowered(raw)
    // A structured "author" that is the site's own name ("Madame Jardin", "Gartenwelt" on
    // GARTEN-WELT.DE) names the publisher, unless the byline shows it. Shown, a one-word brand
    // still names no one (`isBrand`, below) unless the page types or links it as a person.
    let isPublisher = { (name: String) in
      BylineExtractor.isSiteName(name, siteName: siteName) && !shown.contains(name.lowercased())
    }
    // A login in structured data ("satter", a WordPress user's `@graph` node) that the page does
    // not show names no one.
    let isHiddenLogin = { (name: String) in
      name.first?.isLowercase == true && People.parse(name).isEmpty && !shown.contains(name.lowercased())
    }
    var metaPeople = context.metadata.authors.map { BylineExtractor.withoutSitePrefix($0, siteName: siteName) }
      .filter { !isPublisher($0) && !isHiddenLogin($0) }
    // The site account that posted the article (a Yoast `@graph` person), shown nowhere on the
    // page: no byline names it, so it names no one.
    let accounts = context.metadata.accountAuthors.filter { !shown.contains($0.lowercased()) }
    if !accounts.isEmpty {
      // Compared as `metaPeople` holds them: with the site's prefix taken off.
      let unshown = accounts.filter { !BylineExtractor.pageShows([Person(name: $0)], page: page) }
        .map { BylineExtractor.withoutSitePrefix($0, siteName: siteName) }
      metaPeople.removeAll { unshown.contains($0) }
    }
    let structured = BylineExtractor.structuredAuthors(metaPeople)
    // The page's copyright holder (`<meta name=copyright>`), the site's owner.
    let copyright = BylineExtractor.copyrightHolder(page.meta["copyright"])
    let organizations = BylineExtractor.structuredAuthors(
      context.metadata.authorOrganizations + context.metadata.authors.filter(isPublisher))
    guard let node else {
      // A person's place may name an organisation ("Beispiel GmbH" in `<meta name=author>`);
      // one that structured data declares an organisation or publisher stands when no one is named.
      var named = structured.filter { !BylineExtractor.namesNoOne($0.name, siteName: siteName) }
      named.removeAll { BylineExtractor.isBrand($0.name, siteName: siteName, byline: nil, page: page) }
      if !named.isEmpty { named.removeAll { BylineExtractor.isOrganizationName($0.name) } }
      if named.isEmpty && structured.isEmpty {
        named = organizations.filter {
          !BylineExtractor.namesNoOne($0.name, siteName: siteName)
            && !BylineExtractor.isBrand($0.name, siteName: siteName, byline: nil, page: page)
        }
      }
      if named.isEmpty, let creator = BylineExtractor.profileCreator(in: page) { named = [creator] }
      guard !named.isEmpty else {
        // No byline and no author anywhere, but a comment count the page shows ("2 Kommentare"
        // over the comments): the count still belongs to the article.
        let count = CommentCount.structuredOrShown(context.metadata.commentCount) { strict in
          CommentCount.inPage(page, regions: context.regions, title: context.title, strict: strict)
        }
        return count.map { Byline(raw: "", authors: [], publishedAt: context.metadata.publishedAt, commentCount: $0) }
      }
      return Byline(
        raw: (structured.isEmpty ? named.map(\.name) : metaPeople).joined(separator: ", "), authors: named,
        publishedAt: context.metadata.publishedAt,
        commentCount: CommentCount.structuredOrShown(context.metadata.commentCount) { strict in
          CommentCount.inPage(page, regions: context.regions, title: context.title, strict: strict)
        })
    }
    // A byline found by its markup (`.byline`, `itemprop=author`), not a line of text.
    let inMarkup =
      BylineExtractor.isAuthorMarkup(node) || node.firstDescendant(where: BylineExtractor.isAuthorMarkup) != nil
    var authors = authorsFromMarkup(node, page: page, skipping: skip)
    // Whether a label introduced the byline's names ("By …", "Auteur" over them).
    var labelled = false
    // Whether a "by"-like word introduced the names the byline's text gives ("By A, B …").
    var introduced = false
    // Whether a "by"-word or label credits a staff account ("Autor: Die Redaktion", "By Staff").
    var creditsStaff = false
    if !authors.isEmpty {
      // `By <a rel=author>Jessica Penna</a>, <a rel=author>Gail Tarn</a>`: author links after a "by".
      var explicit = false
      _ = namesPart(of: raw, explicit: &explicit, inBylineMarkup: inMarkup)
      introduced = explicit
    } else {
      var explicit = false
      let names = namesPart(
        of: raw, explicit: &explicit, inBylineMarkup: inMarkup,
        confirmsDatedName: { BylineExtractor.confirmsDatedName($0, in: node, authors: context.metadata.authors) })
      creditsStaff = explicit && BylineExtractor.creditsOnlyStaff(names)
      // `<dt>Auteur</dt><dd><a>Anselme Marvillet</a></dd>`: the name is the labelled field's value (the
      // line's text runs label, name and the next field together).
      if let value = BylineExtractor.labelledField(in: node, skipping: skip),
        case let people = People.parse(namesPart(of: value)), !people.isEmpty
      {
        authors = people
        explicit = true
        // Only a labelled field overrules structured data; a plain "By …" line does not.
        labelled = true
      } else {
        authors = People.parse(names)
        // "Posted by jdoe, Ana Lima, Tom Berg": a handle among the names a "by" introduces is one
        // of them, however lower-case.
        if explicit, let listed = People.namesWithHandles(names), listed.count > authors.count { authors = listed }
        introduced = explicit && !authors.isEmpty
      }
      // "von quirlo", "von KleineBunteDrachen Ein Kommentar": a handle after an explicit "by".
      // Not the first word of a staff account ("By Our Foreign Staff", "Par La rédaction").
      if authors.isEmpty && explicit && !BylineExtractor.isStaffAccount(names),
        let handle = BylineExtractor.handle(in: names)
      {
        authors = [Person(name: handle)]
      }
      let links = BylineExtractor.links(in: node, page: page, skipping: skip)
      for index in authors.indices {
        authors[index].url = BylineExtractor.link(for: authors[index].name, among: links, alone: authors.count == 1)
      }
    }
    // Structured data naming no person ("QX4410", a user handle) gives way to the names the page shows.
    // A structured name the byline shows word for word ("Rafiq anwar", a surname the site
    // writes lower-case) names the person as written.
    let structuredNamesPeople = metaPeople.contains {
      !People.parse($0).isEmpty || (People.isNameWithLowercaseWords($0) && shown.contains($0.lowercased()))
    }
    // A byline that labels its people and shows none of the structured names overrules them: the
    // structured "author" is then the account that posted the article (a Yoast `@graph` person).
    // So does a "By …" line when the page shows the structured names nowhere: a CMS account or
    // an editor in JSON-LD, while the reader sees "By Jessica Penna, Gail Tarn".
    let bylineNamesOthers =
      !structured.contains { person in
        shown.contains(person.name.lowercased()) || authors.contains { Text.similarity($0.name, person.name) >= 0.8 }
      }
      && (labelled || (introduced && !BylineExtractor.pageShows(structured, page: page, toReader: true)))
    // A byline that shows a date and no one, while structured data names a person the page shows
    // nowhere ("6. November 2023 | 3 Kommentare" over a Yoast account): the site names no author.
    let bylineHidesAccount =
      authors.isEmpty && !structured.isEmpty && namesPart(of: raw, inBylineMarkup: inMarkup).isEmpty
      && !BylineExtractor.pageShows(structured, page: page)
    // A byline that credits the staff ("Autor: Die Redaktion") while structured data names a person
    // (the account that posted it): the page shows the staff as the author, so no one is named.
    let bylineCreditsStaff = authors.isEmpty && creditsStaff
    // Structured data naming only the page's copyright holder (`<meta name=author>` equal to
    // `<meta name=copyright>`: the site's owner), while the byline names someone else ("Erstellt
    // von kidogo"): the byline's people wrote the article.
    let structuredNamesOwner =
      !authors.isEmpty
      && structured.allSatisfy { person in
        BylineExtractor.isSiteName(person.name, siteName: copyright) && !shown.contains(person.name.lowercased())
          && !authors.contains { Text.similarity($0.name, person.name) >= 0.8 }
      }
    // Whether the names are structured data's, not the byline's text (whose commas and joiners
    // tell an outlet from a co-author).
    var fromStructured = false
    if !structured.isEmpty && (structuredNamesPeople || authors.isEmpty) && !bylineNamesOthers && !bylineHidesAccount
      && !bylineCreditsStaff && !structuredNamesOwner
    {
      fromStructured = true
      // Keep what the markup adds (credentials, a profile link) to the same people.
      authors = structured.map { person in
        guard let seen = authors.first(where: { Text.similarity($0.name, person.name) >= 0.8 }) else { return person }
        return Person(
          name: person.name, credentials: person.credentials.isEmpty ? seen.credentials : person.credentials,
          url: person.url ?? seen.url)
      }
    }
    // The site's name after a person ("By Rob Voranel, CNN") is the outlet, not a co-author.
    if authors.count > 1 {
      let outletArticles = VocabularyBylines.localOutletArticles(language: context.metadata.language)
      var people = [authors[0]]
      for (offset, person) in authors.enumerated().dropFirst() {
        // "By Jane Roe, MD and John Doe, RN": a credential read as a name is the previous person's.
        if People.isCredential(person.name) {
          people[people.count - 1].credentials.append(person.name)
          continue
        }
        if BylineExtractor.isSiteName(person.name, siteName: siteName) { continue }
        if BylineExtractor.isOutletName(person.name)
          && (person.name.contains(" ")
            || BylineExtractor.isCreditedOutlet(
              person.name, last: offset == authors.count - 1, firstName: authors[0].name, raw: raw))
        {
          continue
        }
        // "Por Ana García, La Vanguardia", "Von Anja Roth, Der Spiegel": the page language's
        // article opens the last name, set off by a comma. Not after a joiner ("By Jane Doe and
        // La Toya Jackson", "Door Jan Bakker en De Vries"): a person's name opens so too.
        if !fromStructured, offset == authors.count - 1,
          BylineExtractor.isCommaCreditedOutlet(person.name, raw: raw, articles: outletArticles)
        {
          continue
        }
        people.append(person)
      }
      authors = people
    }
    // A person's place naming an organisation ("Beispiel GmbH", "Example News") names no one;
    // a publisher structured data names as the author stands only when the byline names no one.
    authors.removeAll { BylineExtractor.isOrganizationName($0.name) }
    if authors.isEmpty && !bylineCreditsStaff { authors = organizations }
    authors.removeAll {
      BylineExtractor.namesNoOne($0.name, siteName: siteName)
        || BylineExtractor.isBrand($0.name, siteName: siteName, byline: node, page: page)
    }
    if authors.isEmpty, let creator = BylineExtractor.profileCreator(in: page) { authors = [creator] }
    // "Pubblicato il 12/03/2024" on an Italian page is March 12th, as the page's other dates read.
    let order = DateOrder(language: context.metadata.language)
    let date =
      BylineExtractor.date(in: node, text: raw, order: order, skipping: skip)
      ?? BylineExtractor.siblingDate(of: node, order: order)
      ?? BylineExtractor.dateHeader(before: node, in: page, order: order)
    // With the schema's 0, the byline's own "12 Comments" is no section's (strict): a link in it is.
    let comments = CommentCount.structuredOrShown(context.metadata.commentCount) { strict in
      (strict ? nil : CommentCount.inText(raw))
        ?? CommentCount.inPage(page, regions: context.regions, title: context.title, strict: strict)
    }
    return Byline(raw: raw, authors: authors, publishedAt: date, commentCount: comments)
  }

  /// Whether the page's visible text names any of `people` (asked only when a "By …" line and
  /// structured data disagree).
  /// `toReader`: a name only in a theme's hidden hCard (`<span class="vcard rich-snippet-hidden">`),
  /// which repeats the structured author for machines, is not shown; asked when a visible "By …"
  /// line names someone else. Without a visible byline the hidden hCard still names the post's author.
  static func pageShows(_ people: [Person], page: Page, toReader: Bool = false) -> Bool {
    // The names' bytes searched in each text node in place: building the page's text cost more.
    // ASCII letters compared without case: a byline set in capitals ("JANE DOE") shows the name.
    let needles = people.map { Array($0.name.utf8).map(ByteSearch.lower) }.filter { !$0.isEmpty }
    for node in page.tree.nodes where node.kind == .text && node.textLength > 0 {
      let bytes = node.textBytes
      for needle in needles where bytes.count >= needle.count {
        for start in 0...(bytes.count - needle.count) where ByteSearch.lower(bytes[start]) == needle[0] {
          // As a whole word: "Wren" inside the site's "Bluewren" shows no one.
          guard (1..<needle.count).allSatisfy({ ByteSearch.lower(bytes[start + $0]) == needle[$0] }),
            start == 0 || !isWordByte(bytes, at: start - 1, before: true),
            start + needle.count == bytes.count || !isWordByte(bytes, at: start + needle.count, before: false)
          else { continue }
          if toReader, let parent = node.parent, isHiddenAuthorMarkup(parent) { break }
          return true
        }
      }
    }
    return false
  }

  /// Whether the byte at `index` belongs to a word (a letter or digit, or a byte of a non-ASCII
  /// letter); a no-break space (C2 A0) separates words. `before`: the byte precedes the match.
  static func isWordByte<C: RandomAccessCollection>(_ bytes: C, at index: Int, before: Bool) -> Bool
  where C.Element == UInt8, C.Index == Int {
    let byte = bytes[bytes.startIndex + index]
    if byte < 0x80 {
      return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
    if before && byte == 0xA0 && index > 0 && bytes[bytes.startIndex + index - 1] == 0xC2 { return false }
    if !before && byte == 0xC2 && index + 1 < bytes.count && bytes[bytes.startIndex + index + 1] == 0xA0 {
      return false
    }
    return true
  }

  /// The value of an author field in the byline: the element after one whose whole text is an
  /// author label (`<dt>Auteur</dt><dd>…</dd>`, `<span>Autor:</span> <a>…</a>`).
  static func labelledField(in byline: Node, skipping skip: (Node) -> Bool) -> String? {
    for label in byline.descendants(where: { $0.isElement })
    where label.textLength <= Thresholds.maximumFieldLabelChars && !skip(label) {
      let text = Text.lowered(Text.clean(visibleText(label, skipping: skip)))
      guard VocabularyBylines.fieldLabelSet.contains(text.trimmingScalars(in: TrimSets.labelEnds)),
        let parent = label.parent
      else { continue }
      // The value is the label's next sibling: an element (`<dd>`) or bare text ("Autor:</span> Fritz Ulbach<br>").
      for sibling in parent.children[(label.siblingIndex + 1)...] where !skip(sibling) {
        let value = Text.clean(sibling.isElement ? visibleText(sibling, skipping: skip) : sibling.text)
        if !value.isEmpty { return value }
      }
    }
    return nil
  }

  /// Elements of a byline a reader does not see: `hidden`, `display:none`, `aria-hidden`,
  /// scripts, and hAtom's `.updated` date when a `.published` one is there too (themes hide it
  /// with a stylesheet rule the parser does not apply).
  static func hiddenPredicate(in byline: Node) -> (Node) -> Bool {
    let hasPublished =
      ([byline] + byline.descendants { $0.isElement }).contains { $0.hasClassToken(ClassTokens.publishedDate) }
    return { node in
      Evidence.isHidden(node) || node.attribute("aria-hidden")?.lowercased() == "true"
        || ["script", "style", "noscript", "template"].contains(node.tag)
        || (hasPublished && node.hasClassToken(ClassTokens.modifiedDate)
          && !node.hasClassToken(ClassTokens.publishedDate))
    }
  }

  /// Tags whose start and end separate words.
  static let blockTags: TagSet = [
    "div", "p", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header",
    "footer", "address", "time", "abbr", "figure", "figcaption", "table", "tr", "td", "th",
  ]

  /// The text of a byline as a reader sees it: hidden parts left out, and a space between
  /// elements that sit side by side without one (`<time>April 22, 2024</time><time>March 18,
  /// 2024</time>`), so their texts are not glued into one word.
  static func visibleText(_ node: Node, skipping skip: (Node) -> Bool) -> String {
    var output = ""
    func space() {
      if let last = output.last, !last.isWhitespace { output.append(" ") }
    }
    func walk(_ current: Node) {
      var previousIsElement = false
      for child in current.children {
        if child.kind == .text {
          output += child.text
          previousIsElement = false
          continue
        }
        defer { previousIsElement = true }
        if skip(child) { continue }
        let block = blockTags.contains(child)
        if previousIsElement || block { space() }
        walk(child)
        if block { space() }
      }
    }
    if node.kind == .text { return node.text }
    walk(node)
    return output
  }

  /// The byline's date: written in its text, else a `<time datetime>` or an hAtom
  /// `abbr.published title` (Blogger), the published one first.
  static func date(in node: Node, text: String, order: DateOrder, skipping skip: (Node) -> Bool) -> String? {
    if let date = order.find(in: text) { return date }
    var dated: [Node] = []
    func walk(_ current: Node) {
      for child in current.children where child.isElement && !skip(child) {
        if child.tag == "time" || child.tag == "abbr" || child.attribute("itemprop")?.lowercased() == "datepublished" {
          dated.append(child)
        }
        walk(child)
      }
    }
    walk(node)
    func isPublished(_ element: Node) -> Bool {
      element.hasClassToken(ClassTokens.publishedDate)
        || element.attribute("itemprop")?.lowercased() == "datepublished"
    }
    for element in dated.filter(isPublished) + dated.filter({ !isPublished($0) }) {
      for attribute in ["datetime", "title", "content"] {
        if let value = element.attribute(attribute), let date = Dates.iso(value) { return date }
      }
    }
    return nil
  }

  /// A date in a short element beside the byline: Arc's `.b-byline` is followed by a `.b-date`.
  static func siblingDate(of node: Node, order: DateOrder) -> String? {
    guard let parent = node.parent else { return nil }
    // The nearest element siblings after it, then before it, walked from its own position.
    let children = parent.children
    let after = children[(node.siblingIndex + 1)...].lazy.filter(\.isElement).prefix(Thresholds.bylineDateSiblings)
    let before = children[..<node.siblingIndex].reversed().lazy.filter(\.isElement).prefix(
      Thresholds.bylineDateSiblings)
    for sibling in Array(after) + Array(before)
    where sibling.textLength > 0 && sibling.textLength <= Thresholds.maximumBylineChars {
      let isDate =
        sibling.tag == "time" || sibling.hasClassToken(in: ClassTokens.dateTokens)
        || sibling.firstDescendant { $0.tag == "time" } != nil
      guard isDate else { continue }
      let skip = hiddenPredicate(in: sibling)
      let text = Text.clean(visibleText(sibling, skipping: skip))
      if let date = date(in: sibling, text: text, order: order, skipping: skip) { return date }
    }
    return nil
  }

  /// Blogger's `h2.date-header` above the day's posts, when the byline gives no date.
  static func dateHeader(before node: Node, in page: Page, order: DateOrder) -> String? {
    let header = page.elements("h2").last {
      $0.order < node.order && Evidence.hasCompound($0, ClassTokens.dateHeaderMatcher)
    }
    return header.flatMap { order.find(in: Text.clean(Page.rawText($0))) }
  }

  /// Path segments of author profile pages ("/author/jane-doe/", "/people/ana-lima").
  static let profilePaths = ["/author/", "/authors/", "/people/", "/staff/", "/profile/", "/profiles/", "/writers/"]

  /// The byline's links with their text, in document order.
  static func links(in node: Node, page: Page, skipping skip: (Node) -> Bool) -> [(text: String, url: String)] {
    let anchors = node.tag == "a" ? [node] : node.descendants { $0.tag == "a" && !skip($0) }
    return anchors.compactMap { anchor in
      page.resolve(anchor.attribute("href")).map { (Text.clean(visibleText(anchor, skipping: skip)), $0) }
    }
  }

  /// A person's own link: the one whose text names them ("Ana Lima", "By Ana Lima", "Maren
  /// Solberg, MS"); for a byline naming one person, else the one profile link it holds.
  static func link(for name: String, among links: [(text: String, url: String)], alone: Bool) -> String? {
    let wanted = name.lowercased()
    for link in links {
      let text = People.stripPrefix(link.text)
      if text.lowercased() == wanted || People.parse(text).first?.name.lowercased() == wanted { return link.url }
    }
    guard alone else { return nil }
    let profiles = links.filter { link in profilePaths.contains { link.url.lowercased().contains($0) } }
    return profiles.count == 1 ? profiles[0].url : nil
  }

  /// A `twitter:creator` written as a plain name rather than an "@handle" (a fiction site's
  /// "Quillmoth") that the page shows as the text of a link to a profile (`<a href="/profile/571204">
  /// Quillmoth</a>` beside the story's title): the author, when nothing else names one.
  static func profileCreator(in page: Page) -> Person? {
    guard let raw = page.meta["twitter:creator"], let name = Text.nonEmpty(Text.clean(raw)), !name.hasPrefix("@"),
      name.count <= VocabularyBylines.maximumHandleChars
    else { return nil }
    for link in page.elements("a") where link.textLength >= name.count && link.textLength <= name.count + 2 {
      guard let href = link.attribute("href")?.lowercased(), profilePaths.contains(where: { href.contains($0) }),
        Text.clean(Page.rawText(link)) == name
      else { continue }
      return Person(name: name, url: page.resolve(link.attribute("href")))
    }
    return nil
  }

  /// The holder a `<meta name=copyright>` names: its text without the copyright marks and words
  /// (`VocabularyBylines.copyrightMarks`) and without the years ("© 2024 Jane Doe" → "Jane Doe");
  /// nil when nothing is left.
  static func copyrightHolder(_ raw: String?) -> String? {
    guard let raw else { return nil }
    var text = " " + Text.lowered(Text.clean(raw)).replacingOccurrences(of: "©", with: " © ") + " "
    for mark in VocabularyBylines.copyrightMarkList {
      text = text.replacingOccurrences(of: " \(mark) ", with: " ")
    }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).filter { !$0.contains(where: \.isNumber) }
    return Text.nonEmpty(words.joined(separator: " "))
  }

  /// A name that is the site's own ("Madame Jardin", "Gartenwelt" for "GARTEN-WELT.DE"):
  /// the same letters and digits, case and punctuation aside.
  static func isSiteName(_ name: String, siteName: String?) -> Bool {
    guard let siteName else { return false }
    func key(_ text: String) -> String { String(Text.lowered(text).filter { $0.isLetterOrNumber }) }
    let site = key(siteName)
    return !site.isEmpty && key(name) == site
  }

  /// Whether an author is the publication itself, a staff account and no one's name: the site's
  /// name with its domain ending ("BEISPIEL.de" on the site "Beispiel"). The site's name alone is
  /// not enough: a personal site is named after its author ("Jane Doe").
  static func isPublication(_ name: String, siteName: String?) -> Bool {
    guard let siteName, !name.contains(" ") else { return false }
    // The site's name with the domain ending the author lacks ("Beispielwoche" on "Beispielwoche.de").
    if let bare = withoutDomainEnding(siteName), isSiteName(name, siteName: bare) { return true }
    guard let bare = withoutDomainEnding(name) else { return false }
    return isSiteName(bare, siteName: siteName)
  }

  /// "BEISPIEL.de" → "BEISPIEL": a one-word host name without its domain ending; nil for any other text.
  static func withoutDomainEnding(_ name: String) -> String? {
    guard let dot = name.lastIndex(of: "."), dot > name.startIndex, !name.contains(" ") else { return nil }
    let ending = name[name.index(after: dot)...]
    guard Thresholds.domainEndingLetters.contains(ending.count), ending.allSatisfy(\.isLetter) else { return nil }
    return String(name[..<dot])
  }

  /// An author string that names no person: the publication itself, a staff or desk account
  /// ("Redaktion", "Our Foreign Staff"), or a web address ("example.at", "www.example.com").
  static func namesNoOne(_ name: String, siteName: String?) -> Bool {
    isPublication(name, siteName: siteName) || isStaffAccount(name) || isWebAddress(name) || isNewsAgency(name)
  }

  /// "AFP", "Reuters", "APA/AP": a news agency, or agencies joined by a slash, credited for wire copy.
  static func isNewsAgency(_ name: String) -> Bool {
    let parts = name.lowercased().split(separator: "/").map { $0.trimmingScalars(in: .whitespaces) }
    return !parts.isEmpty && parts.allSatisfy { VocabularyBylines.newsAgencies.contains($0) }
  }

  /// Whether the words after a "with"-word name news agencies only, up to a date's number or the
  /// end ("AFP", "dpa und Reuters", "AFP, AP", "The Associated Press", "Agence France-Presse"): at
  /// least one agency, each the longest entry its words spell, the rest joiners.
  static func namesAgenciesOnly(_ words: ArraySlice<Substring>) -> Bool {
    var agencies = 0
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      if word.first?.isNumber == true { break }
      let bare = bareWord(word)
      if bare.isEmpty || Patterns.nameJoiners.contains(bare) {
        index += 1
        continue
      }
      let longest = min(VocabularyBylines.newsAgencyMaximumWords, words.endIndex - index)
      guard
        let length = stride(from: longest, through: 1, by: -1).first(where: { length in
          isNewsAgency(words[index..<index + length].map(bareWord).joined(separator: " "))
        })
      else { return false }
      agencies += 1
      index += length
    }
    return agencies > 0
  }

  /// "Redaktion", "PETA-Team", "Our Foreign Staff": a staff word among the name's words or
  /// hyphenated parts.
  /// Whether a byline's names part credits staff accounts only: each name it joins (by a comma or
  /// `Patterns.nameJoiners`) is one ("Die Redaktion", "By Staff", "Metro Desk and Staff"). A person
  /// beside a desk ("Jane Miller and the Metro Desk", "Anna Schmidt und Redaktion Lokales") is credited.
  static func creditsOnlyStaff(_ names: String) -> Bool {
    var parts: [String] = []
    var current: [Substring] = []
    for word in names.split(separator: " ") {
      let bare = word.trimmingScalars(in: TrimSets.comma)
      if Patterns.nameJoiners.contains(bare.lowercased()) {
        parts.append(current.joined(separator: " "))
        current = []
        continue
      }
      current.append(Substring(bare))
      if word.hasSuffix(",") {
        parts.append(current.joined(separator: " "))
        current = []
      }
    }
    parts.append(current.joined(separator: " "))
    parts.removeAll { $0.isEmpty }
    return !parts.isEmpty && parts.allSatisfy(isStaffAccount)
  }

  static func isStaffAccount(_ name: String) -> Bool {
    name.lowercased().split { $0 == " " || $0 == "-" || $0 == "/" }.contains {
      VocabularyBylines.staffWordSet.contains(String($0))
    }
  }

  /// "Example Foundation", "Example News", "Beispiel GmbH", "Verein für Beispiele e.V.": an
  /// organisation word among the name's words (a legal form, an institution, a newsroom's name),
  /// or a word ending in an institution's compound ("Bundesministerium").
  /// An outlet credited after a person in a syndicated byline, whatever the site: an acronym
  /// ("CNN", "BBC", one all-capital word) or a name an article opens ("The New York Times"). A
  /// person's name is neither, so only names after the first are asked.
  static func isOutletName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard let first = words.first else { return false }
    if words.count == 1 {
      return Thresholds.outletAcronymLetters.contains(first.count)
        && first.allSatisfy { $0.isLetter && $0.isUppercase }
    }
    return VocabularyBylines.outletArticles.contains(first.lowercased())
  }

  /// Whether a name opening with one of the page language's `articles` ("La Vanguardia", "Der
  /// Spiegel") is set off by a comma in the byline's text ("Por Ana García, La Vanguardia"): an
  /// outlet's credit. After a joiner word ("Door Jan Bakker en De Vries") it is a co-author, and a
  /// name the text does not show as written is not asked.
  static func isCommaCreditedOutlet(_ name: String, raw: String, articles: Set<String>) -> Bool {
    guard let first = name.split(separator: " ").first, name.contains(" "), articles.contains(first.lowercased())
    else { return false }
    let text = Text.clean(raw)
    guard let found = text.range(of: name, options: .backwards) else { return false }
    return text[..<found.lowerBound].trimmingCharacters(in: .whitespaces).hasSuffix(",")
  }

  /// Whether an acronym after the first person is an outlet's credit: the byline's last name, set
  /// off by a comma or an outlet's joiner ("By Jane Roe and Tom Berg, CNN", "Von Anna Berger mit
  /// AFP"), not joined by "and" as a co-author ("By Anna Berger and PINK"), and in a byline not
  /// set in capitals throughout ("By JO, ED" names two people).
  static func isCreditedOutlet(_ name: String, last: Bool, firstName: String, raw: String) -> Bool {
    guard last, firstName.contains(where: \.isLowercase) else { return false }
    let words = Text.clean(raw).split(separator: " ")
    guard let end = words.lastIndex(where: { String($0.trimmingScalars(in: TrimSets.comma)) == name }), end > 0
    else {
      return true
    }
    let before = words[end - 1].lowercased()
    return !VocabularyBylines.creditConjunctionSet.contains(before)
  }

  static func isOrganizationName(_ name: String) -> Bool {
    let words = name.lowercased().split { $0 == " " || $0 == "/" || $0 == "," }.map {
      $0.trimmingScalars(in: TrimSets.nameQuotes)
    }
    return words.contains { word in
      VocabularyBylines.organizationWordSet.contains(word)
        || VocabularyBylines.organizationCompoundEndings.contains { word.count > $0.count && word.hasSuffix($0) }
    }
  }

  /// "example.at", "ExampleNews.com", "www.example.pl" signed as the author: a host
  /// name (no space, a dot, a lower-case domain ending), a website and not a person. "A.Smith"
  /// ends in a capitalised word and stays a name.
  static func isWebAddress(_ name: String) -> Bool {
    let text = Text.clean(name)
    guard !text.contains(" "), let dot = text.lastIndex(of: "."), dot > text.startIndex else { return false }
    let ending = text[text.index(after: dot)...]
    guard Thresholds.webAddressEndingLetters.contains(ending.count), ending.allSatisfy({ $0.isASCII && $0.isLowercase })
    else { return false }
    // A user name with a dot ("jane.doe") is still a name: the address must say it is one.
    return text.lowercased().hasPrefix("www.") || ending.count == Thresholds.countryDomainLetters
      || VocabularyBylines.genericTopLevelDomains.contains(String(ending))
  }

  /// "unocero - Alberto Óvela" in `<meta name=author>`: the person, without the site's name
  /// written before them.
  static func withoutSitePrefix(_ name: String, siteName: String?) -> String {
    guard let siteName, !siteName.isEmpty else { return name }
    for separator in [" - ", " | ", ": ", " – "] {
      guard let range = name.range(of: separator),
        isSiteName(String(name[..<range.lowerBound]), siteName: siteName)
      else { continue }
      let rest = Text.clean(String(name[range.upperBound...]))
      return rest.isEmpty ? name : rest
    }
    return name
  }

  /// People from structured-data author strings. An organization ("BBC News", "Contributors to
  /// Wikimedia projects") fails the person-name test but is still the named author.
  static func structuredAuthors(_ raws: [String]) -> [Person] {
    var people: [Person] = []
    for raw in raws {
      let parsed = People.parse(raw)
      // "No Author": a CMS's placeholder, not a name.
      guard !VocabularyBylines.placeholderAuthors.contains(Text.clean(raw).lowercased()) else { continue }
      for person in parsed.isEmpty ? [Person(name: Text.clean(People.withoutParentheses(raw)))] : parsed
      where !person.name.isEmpty && !people.contains(where: { $0.name == person.name }) {
        people.append(person)
      }
    }
    return people
  }

  /// Names from author elements inside the byline (`itemprop=author`, `rel=author`, `.author`),
  /// each with its own link.
  private func authorsFromMarkup(_ byline: Node, page: Page, skipping skip: (Node) -> Bool) -> [Person] {
    var nodes = ([byline] + byline.descendants { $0.isElement }).filter {
      !skip($0)
        && ($0.attribute("itemprop")?.lowercased() == "author" || $0.attribute("rel")?.lowercased() == "author"
          || $0.hasClassToken("author") || $0.hasClassToken("fn"))
    }
    // The innermost only: an author element inside another says the same.
    nodes = nodes.filter { outer in !nodes.contains { $0 !== outer && outer.contains($0) } }
    var people: [Person] = []
    for node in nodes {
      let whole = Text.clean(BylineExtractor.visibleText(node, skipping: skip))
      // "<span class='liveArticleAuthorDateBlockLabel'>Quelle:</span>": a label, not a name.
      if whole.hasSuffix(":") { continue }
      var explicit = false
      // An author element's own markup confirms a name ending a dated line in it.
      let text = namesPart(
        of: whole, explicit: &explicit, inBylineMarkup: true,
        confirmsDatedName: { BylineExtractor.confirmsDatedName($0, in: node, authors: []) })
      // The author element's links, or the link around it (`<a rel=author><span itemprop=name>`).
      var links = BylineExtractor.links(in: node, page: page, skipping: skip)
      if links.isEmpty, let anchor = node.closest({ $0.tag == "a" }), byline.contains(anchor) {
        links = BylineExtractor.links(in: anchor, page: page, skipping: skip)
      }
      // An author element holding one handle names it ("<span class="author">quirlo</span>").
      var parsed = People.parse(text)
      // Only where markup names the author on purpose (`rel=author`, `itemprop=author`, a link) or
      // after an explicit "by": a lone lower-case word in a `.author` box may be a label ("vor").
      let purposeful =
        explicit || node.tag == "a" || node.attribute("itemprop")?.lowercased() == "author"
        || node.attribute("rel")?.lowercased() == "author"
      // A link's own text with a handle's "_" or digit ("DaRk_MoOn" in `<a rel=author>`) is a
      // login's mixed case, not words glued from elements.
      let loginCase =
        node.tag == "a" && node.children.allSatisfy { !$0.isElement }
        && text.contains { $0 == "_" || $0.isNumber }
      if parsed.isEmpty && purposeful && People.isHandle(text, allowingGlued: loginCase) {
        parsed = [Person(name: text)]
      }
      for var person in parsed where !people.contains(where: { $0.name == person.name }) {
        person.url =
          BylineExtractor.link(for: person.name, among: links, alone: parsed.count == 1)
          ?? (parsed.count == 1 && links.count == 1 ? links[0].url : nil)
        people.append(person)
      }
    }
    return people
  }

  /// The part of a byline that names people: after "By", before the date and the counts.
  func namesPart(of raw: String, inBylineMarkup: Bool = false) -> String {
    namesPart(of: raw, explicit: nil, inBylineMarkup: inBylineMarkup)
  }

  /// The names part, and in `explicit` whether a "by"-like word introduced it (a handle after
  /// one is a name: "von quirlo").
  /// `inBylineMarkup`: the text is a byline-classed element's, where an Italian "di" or "da" after
  /// a date or a category names the author (`isLabelledByline`).
  /// `confirmsDatedName`: whether the names a dated meta line ends with are people
  /// (`BylineExtractor.confirmsDatedName`); without it such a line names no one.
  func namesPart(
    of raw: String, explicit: UnsafeMutablePointer<Bool>?, inBylineMarkup: Bool = false,
    confirmsDatedName: ((String) -> Bool)? = nil
  ) -> String {
    // "– Jane Doe": a closing signature's dash is no part of the name.
    let undashed =
      raw.first.map(BylineExtractor.signatureDashes.contains) == true
      ? Text.clean(String(raw.drop { BylineExtractor.signatureDashes.contains($0) || $0 == " " })) : raw
    var text = People.stripPrefix(undashed)
    var introduced = text != undashed
    // "Posted on 8. März 2020 by Sunderberry", "Datum: … Autor: n0va7 // …": the names follow the
    // first "by"-like word inside the line.
    if !introduced, let range = BylineExtractor.innerPrefix(in: undashed, inBylineMarkup: inBylineMarkup) {
      text = Text.clean(String(undashed[range.upperBound...]))
      introduced = true
    }
    explicit?.pointee = introduced
    // "04.02.2022 | 13:10 Uhr | Uta Helkenberg": the names end a meta line of date fields.
    if !introduced, let confirmsDatedName, let names = BylineExtractor.datedLineNames(undashed),
      confirmsDatedName(names)
    {
      text = names
    }
    // A "|", "•" or "·" separates the names from the rest.
    // "Peter Kliet/SP-X", "Jane Doe / dpa": an agency after a slash.
    for separator in ["|", "•", "·", " — ", " – ", " - ", "\n", "//", "»", "/"] {
      if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
    }
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    var kept: [Substring] = []
    for (index, word) in words.enumerated() {
      let bare = BylineExtractor.bareWord(word)
      let next = index + 1 < words.count ? words[index + 1] : ""
      // A month followed by a number starts the date ("August 13, 2019"); a digit starts a count.
      if Patterns.months[bare] != nil && next.first?.isNumber == true { break }
      // "Lunedì 12 marzo 2024": a weekday before a day's number opens the date, in any language
      // (Italian weekdays are names too, "Domenica", so only before a number).
      if VocabularyDates.weekdaySet.contains(bare) && next.first?.isNumber == true { break }
      if word.first?.isNumber == true { break }
      // "Par Aurèle Le Brune" keeps "Le"; "… par X le 3 mai" stops at "le".
      // "VON Jane Doe IN Fashion": a theme's capitalised label after a name that is not, before a
      // word that is not in capitals either; "Aurélie LE GALL", "Jan OP DE BEECK": a particle of a
      // surname in capitals is part of the name.
      if VocabularyBylines.stopWords.contains(bare) && !kept.isEmpty
        && (word.first?.isLowercase == true || next.first?.isNumber == true
          || (isAllCapitals(word) && !isAllCapitals(kept[kept.count - 1]) && !next.isEmpty && !isAllCapitals(next)
            && !VocabularyBylines.nameParticleSet.contains(bare)))
      {
        break
      }
      // "Von Sabine Hoffmann mit AFP", "Par Camille Lefèvre avec AFP et Reuters", "Por Pablo Fernández
      // con EFE": a lower-case "with"-word before news agencies credits the wire copy the writer
      // used; the name ends before it.
      if !kept.isEmpty, word.first?.isLowercase == true, VocabularyBylines.coauthorOpenerSet.contains(bare),
        BylineExtractor.namesAgenciesOnly(words[(index + 1)...])
      {
        break
      }
      // "Von Sportwelt Publiziert 05/03/2021", "Written by A Edited by B": a capitalised label ends it too.
      if VocabularyBylines.endingWords.contains(bare) && !kept.isEmpty { break }
      // "By Alex Tamerkian Monday, October 2, 2023": the weekday opens the date.
      if VocabularyBylines.weekdays.contains(bare) && !kept.isEmpty { break }
      // "Autor: Fritz Ulbach Quelle: Gemeindebote": the next label ends the name.
      if word.hasSuffix(":") && !kept.isEmpty { break }
      // "Übersetzung: Jane Doe", French "Traduction : Jane Doe": a translation's label opens a line
      // that names no author ("Bild: Jane Doe" may be the author's own picture credit).
      if kept.isEmpty && !introduced && (word.hasSuffix(":") || next == ":")
        && VocabularyBylines.translationCreditSet.contains(bare)
      {
        return ""
      }
      // "Wydrukowano: 2021-05-11 …", "Redakteur: Hans Roth": a label opening the line is no name.
      if word.hasSuffix(":") && kept.isEmpty && !introduced { continue }
      kept.append(word)
    }
    return kept.joined(separator: " ").trimmingScalars(in: TrimSets.listSeparators)
  }

  /// Whether every letter of the word is a capital ("IN", "VON"), and it has one.
  private func isAllCapitals(_ word: Substring) -> Bool {
    word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
  }

  /// The handle a names part opens with: all of it, a particle and a name ("der Zaunkönig"), or its
  /// first word when the rest is not a name.
  static func handle(in names: String) -> String? {
    if People.isHandle(names) { return names }
    // "der Zaunkönig": a nickname opening with a lower-case particle. A German article before it
    // ("von der Zaunkönig", "von die Gärtnerin") is the way the name is spoken, not part of it.
    let words = names.split(separator: " ")
    if words.count == 2, People.particles.contains(words[0].lowercased()), People.isPlausibleName(String(words[1])) {
      if words[0].first?.isLowercase == true, VocabularyBylines.nicknameArticles.contains(String(words[0])) {
        return String(words[1])
      }
      return names
    }
    guard let first = names.split(separator: " ").first.map(String.init), first != names else { return nil }
    return People.isHandle(first, allowingGlued: true) ? first : nil
  }

  /// `VocabularyBylines.innerPrefixList` and its dated and labelled one-word prefixes, longest
  /// first, each with its runs of ASCII characters (the whole label when it is ASCII; "r", "dig",
  /// " par" of "rédigé par").
  static let innerPrefixRuns: [(prefix: String, runs: [String])] =
    Set(
      VocabularyBylines.innerPrefixList + VocabularyBylines.datedInnerPrefixSet
        + VocabularyBylines.labelledInnerPrefixSet
    ).sorted {
      $0.count != $1.count ? $0.count > $1.count : $0 < $1
    }.map { prefix in
      let runs = prefix.unicodeScalars.split(whereSeparator: { !$0.isASCII }).map {
        String(String.UnicodeScalarView($0))
      }
      return (prefix, runs)
    }

  /// `BytePairFilter.bits(of:)` of each label's runs in `innerPrefixRuns`, in one array: label
  /// `n`'s are `bits[ends[n - 1]..<ends[n]]` (from 0 for the first). Computed once, as each label
  /// is asked of every line that may hold a byline, and reading its runs again cost more than the
  /// test.
  static let innerPrefixRunBits: (bits: [UInt16], ends: [Int]) = {
    var bits: [UInt16] = []
    var ends: [Int] = []
    for (_, runs) in innerPrefixRuns {
      for run in runs { bits += BytePairFilter.bits(of: run.utf8) }
      ends.append(bits.count)
    }
    return (bits, ends)
  }()

  /// Whether a one-word "by" that is an everyday preposition too ("av", "przez", "автором") stands
  /// in WordPress's dated form: a date's digits in a word before it or a publication label
  /// opening the line ("Publicerat 12 mars 2024 av Anna", "Publicerat av Anna"), and a capital
  /// after it.
  static func isDatedByline(head: Substring, tail: Substring) -> Bool {
    guard tail.drop(while: { $0 == " " || $0 == ":" }).first?.isUppercase == true else { return false }
    let words = head.split(separator: " ")
    // A date's digits before it ("12 mars 2024 · av Anna"), whatever stands between.
    if words.contains(where: { $0.contains(where: \.isNumber) }) { return true }
    guard let first = words.first else { return false }
    return VocabularyBylines.labelWords.contains(first.lowercased())
      && !VocabularyBylines.weekdays.contains(first.lowercased())
  }

  /// Characters a byline sets between its parts, standing alone ("Cronaca | di Mario Rossi",
  /// "12 marzo 2024 – di Mario Rossi", "Pubblicato in Cronaca · di Mario Rossi").
  static let partSeparators: Set<Character> = ["|", "·", "•", "-", "–", "—"]

  /// Whether a one-word "by" that is a preposition and a name particle too (Italian "da", "di":
  /// `VocabularyBylines.labelledInnerPrefixes`) names the author: a capital after it, and right
  /// after a separator ("Cronaca | di Mario Rossi"); or after a publication label alone in its
  /// part of the line ("Pubblicato da …", "Articolo di …"); or after that label opening its part
  /// and a date's digits ("Pubblicato il 12 marzo 2024 da …", "Pubblicato: 12 marzo 2024 da …");
  /// or after a date alone, unless the word names a place after a date ("12 marzo 2024 di …",
  /// not "12 marzo 2024 da Milano"); or, in byline markup, right after a date's digits or a label
  /// ("Data: 12 marzo 2024 di …", "Foto e testo di …"; not "Leonardo da Vinci", "3 min di
  /// Lettura"). Never in a sentence, which opens with none of these ("Il 12 marzo 2024 da
  /// Milano…", "Un articolo di Mario Rossi…", "La storia di Roma").
  static func isLabelledByline(head: Substring, tail: Substring, prefix: String, inBylineMarkup: Bool) -> Bool {
    guard tail.drop(while: { $0 == " " || $0 == ":" }).first?.isUppercase == true else { return false }
    let tokens = head.split(whereSeparator: { $0 == " " || $0 == "," })
    // The words after the last separator, lower-cased, a label's colon off ("Pubblicato:").
    var part: [String] = []
    var separated = false
    for token in tokens {
      if token.allSatisfy(partSeparators.contains) {
        part = []
        separated = true
        continue
      }
      let word = token.lowercased()
      part.append(word.hasSuffix(":") ? String(word.dropLast()) : word)
    }
    guard let last = part.last else { return separated || inBylineMarkup }
    let labels = VocabularyBylines.publicationLabelSet
    if labels.contains(part[0]) && (part.count == 1 || last.contains(where: \.isNumber)) { return true }
    // "Scritto e verificato da Anna Berger": the label and a check of the same writer's.
    if labels.contains(part[0]), part.count > 2,
      part.dropFirst().allSatisfy({ word in
        VocabularyBylines.creditConjunctionSet.contains(word) || VocabularyBylines.reviewCreditSet.contains(word)
          || VocabularyBylines.translationCreditSet.contains(word)
      })
    {
      return true
    }
    if inBylineMarkup, let previous = part.last,
      previous.contains(where: \.isNumber) || labels.contains(previous)
    {
      return true
    }
    guard last.contains(where: \.isNumber), !VocabularyBylines.placeInnerPrefixSet.contains(prefix) else {
      return false
    }
    return tokens.allSatisfy { token in
      let word = token.lowercased()
      return word.contains(where: \.isNumber) || Patterns.months[word] != nil
        || VocabularyDates.weekdaySet.contains(word)
        || VocabularyBylines.dateLineWordSet.contains(word) || !word.contains(where: \.isLetter)
    }
  }

  /// Whether the words before a one-word "by" make it a picture's credit ("Portrait by Jane Doe",
  /// "Foto von Jane Doe", "Photo par …") rather than the article's byline. "Text und Fotos von Jane
  /// Doe" credits the text as well and stays a byline.
  /// Only when the picture word opens the line or a part after a separator ("… | Photo by …"):
  /// after other words it is a category ("Posted in Photography by Jane Doe") or a list of what
  /// the person made ("Text und Fotos von …").
  static func isPictureCredit(_ head: Substring) -> Bool {
    let part = head.split(whereSeparator: { pictureCreditSeparators.contains($0) }).last ?? head
    let words = part.split(whereSeparator: \.isWhitespace)
    guard words.count == 1, let word = words.first else { return false }
    return VocabularyBylines.pictureCreditSet.contains(bareWord(word))
  }

  /// Separators a meta line sets between its parts, after which a picture credit may open
  /// ("Paris, 2019 · Photo by …", "Credits: Photo by …").
  static let pictureCreditSeparators: Set<Character> = [
    "|", "•", "·", "–", "—", "-", "/", ":", ";", ",", ".", "(", ")",
  ]

  /// The first "by"-like word of a byline line, as a whole word ("by", not "nearby").
  static func innerPrefix(in raw: String, inBylineMarkup: Bool = false) -> Range<String.Index>? {
    let lowered = Text.lowered(raw)
    guard lowered.count == raw.count else { return nil }  // offsets shared only when lower-casing keeps lengths
    var best: Range<String.Index>?
    let loweredBytes = Array(lowered.utf8)
    // The text's byte pairs, read once: a run one of whose pairs is missing is not searched for.
    let pairs = BytePairFilter(loweredBytes)
    let labels = innerPrefixRuns
    let (runBits, runEnds) = innerPrefixRunBits
    for index in labels.indices {
      // A label is absent when one of its ASCII runs is absent from the bytes (an ASCII character
      // is matched only by itself): most are, and Foundation's search per label was most of the
      // byline's cost; then a byte search per label and run was, then reading each label's runs.
      guard pairs.mayContain(bits: runBits[(index == 0 ? 0 : runEnds[index - 1])..<runEnds[index]]) else { continue }
      let (prefix, runs) = labels[index]
      if runs.contains(where: { !CompoundMatcher.contains(loweredBytes, $0) }) { continue }
      var searchStart = lowered.startIndex
      while let found = lowered.range(of: prefix, from: searchStart) {
        searchStart = found.upperBound
        let before = found.lowerBound == lowered.startIndex ? " " : lowered[lowered.index(before: found.lowerBound)]
        let after = found.upperBound == lowered.endIndex ? "" : String(lowered[found.upperBound])
        // "Por: Lucía Ferrer", "By: Jane Doe": a colon may follow the word; the names start after it.
        guard !before.isLetter, prefix.hasSuffix(":") || after == " " || after == ":" else { continue }
        let found = after == ":" ? found.lowerBound..<lowered.index(after: found.upperBound) : found
        if !prefix.contains(" "), !prefix.hasSuffix(":"), isPictureCredit(lowered[..<found.lowerBound]) { continue }
        // "Translated by Jane Doe", "Traduit par …", "Übersetzt von …": a translator, no author;
        // "Medically reviewed by …", "Fachlich geprüft von …": a checker, no author.
        // "Written and reviewed by Jane Roe": after a conjunction the participle shares the writer's
        // "by", which names the author.
        let headWords = lowered[..<found.lowerBound].split(separator: " ").suffix(2)
        if let previous = headWords.last,
          case let bare = bareWord(previous),
          VocabularyBylines.translationCreditSet.contains(bare) || VocabularyBylines.reviewCreditSet.contains(bare),
          headWords.count < 2
            || !VocabularyBylines.creditConjunctionSet.contains(String(headWords[headWords.startIndex]))
        {
          continue
        }
        // "A cura di Mario Rossi" opening the line or its part, or in byline markup; not "La mostra, a
        // cura di Vittorio Sgarbi, apre …".
        if VocabularyBylines.lineStartInnerPrefixSet.contains(prefix) {
          let start = lowered.distance(from: lowered.startIndex, to: found.lowerBound)
          let end = lowered.distance(from: lowered.startIndex, to: found.upperBound)
          let head = raw[..<raw.index(raw.startIndex, offsetBy: start)]
          let tail = raw[raw.index(raw.startIndex, offsetBy: end)...]
          guard
            head.allSatisfy(\.isWhitespace)
              || isLabelledByline(head: head, tail: tail, prefix: prefix, inBylineMarkup: inBylineMarkup)
          else { continue }
        }
        // "Konrad von Ebersheim": a particle after a capitalised word that is no byline label.
        if VocabularyBylines.datedInnerPrefixSet.contains(prefix) {
          let start = lowered.distance(from: lowered.startIndex, to: found.lowerBound)
          let end = lowered.distance(from: lowered.startIndex, to: found.upperBound)
          let head = raw[..<raw.index(raw.startIndex, offsetBy: start)]
          let tail = raw[raw.index(raw.startIndex, offsetBy: end)...]
          guard isDatedByline(head: head, tail: tail) else { continue }
        }
        // "Articolo di Mario Rossi": a label, a separator or byline markup before it makes the word a
        // byline's, not a particle.
        var afterLabel = false
        if VocabularyBylines.labelledInnerPrefixSet.contains(prefix) {
          let start = lowered.distance(from: lowered.startIndex, to: found.lowerBound)
          let end = lowered.distance(from: lowered.startIndex, to: found.upperBound)
          let head = raw[..<raw.index(raw.startIndex, offsetBy: start)]
          let tail = raw[raw.index(raw.startIndex, offsetBy: end)...]
          guard isLabelledByline(head: head, tail: tail, prefix: prefix, inBylineMarkup: inBylineMarkup) else {
            continue
          }
          afterLabel = true
        }
        if !afterLabel, VocabularyBylines.particlePrefixes.contains(prefix), found.lowerBound > lowered.startIndex {
          let head = raw[
            ..<raw.index(raw.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: found.lowerBound))]
          if let previous = head.split(separator: " ").last, previous.first?.isUppercase == true,
            !VocabularyBylines.particlePrefixLabelSet.contains(previous.lowercased())
          {
            continue
          }
          // "Eingereicht von der Fraktion …": these labels open sentences too; names alone must follow.
          if let previous = head.split(separator: " ").last,
            VocabularyBylines.germanNamesOnlyVonLabels.contains(previous.lowercased()),
            !isNamesOnlyTail(raw[raw.index(head.endIndex, offsetBy: prefix.count)...])
          {
            continue
          }
        }
        if best == nil || found.lowerBound < best!.lowerBound { best = found }
        break
      }
    }
    guard let best else { return nil }
    let start = raw.index(raw.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: best.lowerBound))
    let end = raw.index(start, offsetBy: lowered.distance(from: best.lowerBound, to: best.upperBound))
    return start..<end
  }

  /// "0 Comments", "12 comments", "No Comments" (post cards read their counts this way too).
  static func commentCount(in raw: String) -> Int? { CommentCount.inText(raw) }
}
