/// The article's comment count, for the byline. Sources in order: structured data
/// (`commentCount` of the article's JSON-LD), the byline's own text ("0 Comments"), then the
/// page's comment-count widgets and comment-section titles. Bounded: a number inside a count
/// widget, or next to a comment word among the first words of a short heading, link or
/// button, never any number on the page.
enum CommentCount {
  /// The structured count (JSON-LD `commentCount`), unless it is 0 and the comment section shows
  /// another: the CMS counts only its own comments, and a page whose comments another service
  /// keeps (Disqus's "12 Comments", a Facebook box) reports 0 in its schema while showing the
  /// count. `shown(strict)`: the page's count; `strict` (the schema said 0) asks only the comment
  /// section's, a comment-classed element's or a link's or button's to the section, never a prose
  /// heading's ("12 comments later, the mayor replied").
  static func structuredOrShown(_ structured: Int?, shown: (_ strict: Bool) -> Int?) -> Int? {
    guard let structured else { return shown(false) }
    guard structured == 0 else { return structured }
    return shown(true) ?? structured
  }

  /// "0 Comments", "12 comments", "No Comments" anywhere in a short text (a byline).
  static func inText(_ raw: String) -> Int? {
    let joined = joiningDigitGroups(raw).lowercased()
    let words = joined.split { !$0.isLetterOrNumber }
    for (index, word) in words.enumerated() where index > 0 && Patterns.commentWords.contains(String(word)) {
      let previous = words[index - 1]
      // "3. März 2021 · Kommentar schreiben": a number set off from the word by a separator is
      // another field's (the date's year), not a count of the word.
      if Int(previous) != nil,
        joined[previous.endIndex..<word.startIndex].contains(where: VocabularyComments.fieldSeparators.contains)
      {
        continue
      }
      // "2024-03-14 Comments Off", "9:14 Kommentare deaktiviert": a number joined to another by
      // a date's or a time's punctuation is part of it, not a count.
      if Int(previous) != nil, isDateOrTimePart(previous, in: joined) { continue }
      // "12. November 2021 Kommentare 0": a year before the word, the count after it; "March 14,
      // 2024 Comments Off" without one: the date's year, no count.
      if isYear(previous, raw: raw) {
        if index + 1 < words.count, let count = Int(words[index + 1]) { return count }
        continue
      }
      if let count = Int(previous) { return count }
      if isZeroCount(words, before: index) { return 0 }
    }
    return parenthesisedCount(raw)
  }

  /// Whether `digits` may be a date's year: four digits in `VocabularyComments.years`, written so
  /// in `raw`. A count with a thousands separator ("1,995 Comments", "1.995 Kommentare"), joined
  /// into four digits before it is read, is none.
  static func isYear(_ digits: Substring, raw: String) -> Bool {
    guard digits.count == 4, let value = Int(digits), VocabularyComments.years.contains(value) else { return false }
    return raw.contains(digits)
  }

  /// Whether the number `word` of `text` follows another number and a date's or time's
  /// punctuation with no space ("2024-03-14", "03/14", "9:14").
  static func isDateOrTimePart(_ word: Substring, in text: String) -> Bool {
    guard word.startIndex > text.startIndex else { return false }
    let joint = text.index(before: word.startIndex)
    guard VocabularyComments.dateJoints.contains(text[joint]), joint > text.startIndex else { return false }
    let before = text[text.index(before: joint)]
    return before.isASCII && before.isNumber
  }

  /// "留言(7) 人氣(1234)", "Kommentare (3)": a count in parentheses right after a comment word.
  static func parenthesisedCount(_ raw: String) -> Int? {
    var rest = raw[...]
    while let open = rest.firstIndex(of: "(") {
      let inner = rest[rest.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
      let before = rest[..<open].trimmingCharacters(in: .whitespaces).lowercased()
      if !inner.isEmpty, rest[inner.endIndex...].first == ")",
        let word = before.split(whereSeparator: { !$0.isLetterOrNumber }).last,
        Patterns.commentWords.contains(String(word)) || endsWithUnspacedCountNoun(word)
      {
        return Int(inner)
      }
      rest = rest[rest.index(after: open)...]
    }
    return nil
  }

  /// A count whose label is its tooltip (`<div title="Number of comments">2</div>` beside a
  /// comment icon): a `title` or `aria-label` whose last word is a comment noun.
  /// The label's bytes in place: asked of every short element, and a String of each label,
  /// lower-cased and split into words, cost more than the rest of the count search.
  static func hasCommentTooltip(_ node: Node) -> Bool {
    guard node.textLength <= Thresholds.maximumCommentTooltipCountChars,
      let label = node.attributeBytes("title") ?? node.attributeBytes("aria-label")
    else { return false }
    return endsWithCountNoun(label)
  }

  /// "我要评论" ("I want to comment"): a script written without spaces ends the word with its
  /// comment noun, so the noun is found at the word's end.
  static func endsWithUnspacedCountNoun(_ word: some StringProtocol) -> Bool {
    VocabularyComments.chinese.contains { word.count > $0.count && word.hasSuffix($0) }
  }

  /// The first count widget or comment-section title in document order, outside the related
  /// cards, the author bio, sidebars and recirculation rails (their counts are other posts').
  /// `title`: the article's title, which a teaser card's headline beside a count is not.
  /// `strict`: only counts the comment section or a comment-classed element shows, or a button or a
  /// link to the section (`structuredOrShown`).
  static func inPage(_ page: Page, regions: Regions, title: String? = nil, strict: Bool = false) -> Int? {
    let excluded = [regions.related, regions.authorBio].compactMap { $0 }
    let allWords = allWordTable(DateOrder.declaredLanguage(of: page))
    var titleScan = TitleScan()
    for node in page.tree.nodes
    where node.isElement && node.textLength > 0 && node.textLength <= Thresholds.maximumCommentTitleChars {
      // The class and id matched once for the three class tests (`ClassCue`).
      let widget = node.hasAnyClassCue(ClassCue.commentCount.bit | ClassCue.countWidget.bit) || hasCommentTooltip(node)
      // Headings, links and buttons, and elements whose class names comments ("comments-title")
      // or that open the comment section: tag sets first, asked of every short element.
      let titleTag = titleTags.contains(node)
      guard widget || titleTag || classedTitleTags.contains(node) else { continue }
      let namedForComments = node.hasClassCue(.comment)
      guard widget || titleTag || namedForComments || opensCommentSection(node) else { continue }
      // Most links and headings are no comment title: without a comment class, a title word's
      // stem or a parenthesised CJK count in their bytes, none of the counts below can be read.
      if !widget && !namedForComments && !titleScan.mayHoldTitleCount(node) { continue }
      let text = Text.clean(Page.rawText(node))
      // A link or element named for comments whose whole text is a number is a count bubble
      // ("<a class="comments-link">21</a>", "<a class="header-art-comments"><span>93</span></a>").
      let bubble = !widget && namedForComments ? bareCount(text) : nil
      // "我要评论(0)" on a link: the count in parentheses after an unspaced comment noun.
      let unspaced = widget ? nil : unspacedTitleCount(text)
      // "View all 37 comments", "Ver todos os 11 comentários": a button's, a section link's or one
      // inside the comment section, never a heading's ("Why all 3 comments were deleted").
      let pointsToSection = { linksToCommentSection(node) || node.closestBelowBody(isCommentSection) != nil }
      let control = { () -> Bool in
        !ContentWalker.headingTags.contains(node) && (buttonTags.contains(node) || pointsToSection())
      }
      guard
        let count = widget
          ? widgetCount(text) ?? titleCount(text)
          : bubble ?? titleCount(text) ?? unspaced ?? (allWords.flatMap { control() ? allWordCount(text, $0) : nil })
      else { continue }
      if strict, !widget, !namedForComments, !buttonTags.contains(node), !pointsToSection() { continue }
      if excluded.contains(where: { $0.contains(node) })
        || isInOtherPosts(node, byline: regions.byline, page: page, title: title)
      {
        continue
      }
      return count
    }
    let isElsewhere = { (node: Node) in
      excluded.contains(where: { $0.contains(node) })
        || isInOtherPosts(node, byline: regions.byline, page: page, title: title)
    }
    // A statement ("Noch keine Kommentare", "Be the first to comment") is read in the count lines'
    // walk, and asked after the comment list: a list's items count what is there.
    // A count line or a stated count may stand anywhere on the page.
    if strict { return inCommentList(page, excluding: isElsewhere) }
    let (line, statement) = inCountLine(page, excluding: isElsewhere)
    return line ?? inCommentList(page, excluding: isElsewhere) ?? statement
  }

  /// A count no title, class or tooltip marks, read from a short line that opens with a
  /// number: the whole text is a number and a comment noun ("<li><i class="fa"></i> 5
  /// Kommentare</li>" in a meta row), a number and any word opening the comment section
  /// (`<div id="comments"><div><h3>2 Stimmen:</h3>`: the section names what it counts), or a
  /// number alone on a link to the comment section (`<a href="#comments"><i></i> 4</a>`).
  /// Asked only when no marked count is found; elements are passed over on their length and
  /// first text byte before any String is built. A wrapper whose text is all one child's
  /// (`<a><span><b>4</b></span></a>`) reads that child's line: each line is read once, not
  /// again for every element around it, so nested wrappers cost no more than the page's size.
  /// The same walk reads the first short text that states the count in words (`statedCount`),
  /// returned beside the line's count.
  static func inCountLine(_ page: Page, excluding isElsewhere: (Node) -> Bool) -> (line: Int?, statement: Int?) {
    let document = page.tree.document
    var statement: Int?
    var lines = CountLines(document)
    // The first text with visible characters at or after an index: as elements come in document
    // order it only moves forward, and an element's text opens with it (`opensWithDigit`) when it
    // lies inside the element.
    var visible = 0
    for node in page.tree.nodes where node.textLength > 0 {
      guard node.isElement else {
        // "Montag | 3. März 2025 | von <a>…</a> | 0 COMMENTS": a meta line's last field.
        if let count = separatedTailCount(node), let parent = node.parent, !isElsewhere(parent) {
          return (count, statement)
        }
        if statement == nil, mayStateCount(document, node.order) {
          statement = statedCount(node, excluding: isElsewhere)
        }
        continue
      }
      guard node.textLength <= CommentCountRules.maximumCountLineChars else { continue }
      if visible <= node.order { visible = node.order + 1 }
      while visible < node.end, !(document.records[visible].isText && document.records[visible].textLength > 0) {
        visible += 1
      }
      guard visible < node.end, opensWithDigit(text: Node(document, visible)) else { continue }
      let core = lines.core(of: node.order)
      // Bytes first: the first visible byte a digit, the text a count line's shape, its word a
      // comment noun's stem (or opening the comment section), or a bare number on a link. The
      // line's words are read only then: most numbered lines (a date, a rank) fail these.
      guard let bytes = lines.shape(of: core), !lines.isForeign(core) else { continue }
      switch bytes.shape {
      case .number: guard linkTags.contains(node) else { continue }
      case .numberAndWord: guard bytes.mayHoldTitle || opensCommentSection(node) else { continue }
      }
      guard let line = lines.line(of: core) else { continue }
      let counted: Bool
      if line.words == CommentCountRules.countLineWords {
        counted =
          line.nounIsComment
          || (line.nounIsLetters && opensCommentSection(node) && lines.firstAsked(core) && holdsHeading(node))
      } else {
        // Not a page link of the thread ("<a href="…/comment-page-2/#comments">2</a>").
        counted =
          line.words == 1 && linksToCommentSection(node) && node.parent?.closestBelowBody(isCommentSection) == nil
      }
      guard counted else { continue }
      // The wrappers inside another post's count are that post's too.
      if isElsewhere(node) { lines.markForeign(core) } else { return (line.count, statement) }
    }
    return (nil, statement)
  }

  /// A count line's shape as read from the bytes of its innermost element.
  struct CountLineBytes {
    var shape: CountLineShape
    /// Its bytes hold a comment noun's stem (`mayHoldTitleCount`).
    var mayHoldTitle: Bool
  }

  /// A count line as read from its innermost element, once for all the wrappers around it.
  struct CountLine {
    var count: Int
    /// How many words: the number alone, or the number and its noun.
    var words: Int
    var nounIsComment: Bool
    var nounIsLetters: Bool
  }

  /// The lines of a page's elements, by the innermost element that holds all of each one's text.
  struct CountLines {
    let document: Document
    /// Per element: the innermost element holding all its text (-1: not yet known).
    private var cores: [Int32]
    /// Per element: its shape as a core, 0 not yet read, `noShape` none, else the shape's code.
    private var shapes: [UInt8]
    private static let noShape: UInt8 = 1
    /// Per core: its line (nil: no count line), and whether it was found in another post's box
    /// or asked for a section title's heading.
    private var lines: [Int32: CountLine?] = [:]
    private var foreign = Set<Int32>()
    private var asked = Set<Int32>()

    init(_ document: Document) {
      self.document = document
      cores = []
      shapes = []
    }

    /// The innermost element below `order` that holds all of its text: down through every
    /// element whose only child with text is an element holding as much.
    mutating func core(of order: Int) -> Int32 {
      if cores.isEmpty { cores = [Int32](repeating: -1, count: document.records.count) }
      var path: [Int] = []
      var current = order
      while cores[current] < 0, let child = soleTextChild(current) {
        path.append(current)
        current = child
      }
      let found = cores[current] >= 0 ? cores[current] : Int32(current)
      cores[current] = found
      for index in path { cores[index] = found }
      return found
    }

    private func soleTextChild(_ order: Int) -> Int? {
      let node = Node(document, order)
      var sole: Node?
      for child in node.children where child.textLength > 0 {
        guard sole == nil, child.isElement, child.textLength == node.textLength else { return nil }
        sole = child
      }
      return sole?.order
    }

    /// A core's shape, read over its bytes once for all the wrappers around it.
    mutating func shape(of core: Int32) -> CountLineBytes? {
      if shapes.isEmpty { shapes = [UInt8](repeating: 0, count: document.records.count) }
      let code = shapes[Int(core)]
      if code == CountLines.noShape { return nil }
      if code > CountLines.noShape {
        return CountLineBytes(shape: code & 2 == 0 ? .number : .numberAndWord, mayHoldTitle: code & 4 != 0)
      }
      let node = Node(document, Int(core))
      guard let shape = countLineShape(node) else {
        shapes[Int(core)] = CountLines.noShape
        return nil
      }
      let read = CountLineBytes(shape: shape, mayHoldTitle: shape == .numberAndWord && mayHoldTitleCount(node))
      shapes[Int(core)] = 8 | (shape == .numberAndWord ? 2 : 0) | (read.mayHoldTitle ? 4 : 0)
      return read
    }

    mutating func line(of core: Int32) -> CountLine? {
      if let known = lines[core] { return known }
      let line = CountLines.read(Node(document, Int(core)))
      lines[core] = line
      return line
    }

    /// The words of a core whose bytes have a count line's shape (`shape(of:)`).
    private static func read(_ node: Node) -> CountLine? {
      let words = Text.words(joiningDigitGroups(Text.clean(Page.rawText(node))))
      guard let first = words.first, first.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(first) else {
        return nil
      }
      let noun = words.count > 1 ? String(words[1]) : ""
      return CountLine(
        count: count, words: words.count, nounIsComment: Patterns.commentWords.contains(noun),
        nounIsLetters: !noun.isEmpty && noun.allSatisfy(\.isLetter))
    }

    func isForeign(_ core: Int32) -> Bool { foreign.contains(core) }
    mutating func markForeign(_ core: Int32) { foreign.insert(core) }

    /// Whether a section title's heading is asked of this core's line for the first time: the
    /// outermost wrapper holds every heading an inner one does.
    mutating func firstAsked(_ core: Int32) -> Bool { asked.insert(core).inserted }
  }

  /// The count ending a text after a field separator ("… | 0 COMMENTS", "… · 3 Kommentare"):
  /// a comment noun, a number before it, and "|", "/", "·", "•", "–" or "—" before the number.
  /// Read from the text's end over its bytes; most texts fail at their last word.
  static func separatedTailCount(_ text: Node) -> Int? {
    let bytes = text.textBytes
    @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    @inline(__always) func isLetter(_ byte: UInt8) -> Bool {
      byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
    var end = bytes.count
    while end > 0 && isSpace(bytes[end - 1]) { end -= 1 }
    var start = end
    while start > 0 && isLetter(bytes[start - 1]) { start -= 1 }
    guard start < end, start > 0, isSpace(bytes[start - 1]) else { return nil }
    var numberEnd = start - 1
    while numberEnd > 0 && isSpace(bytes[numberEnd - 1]) { numberEnd -= 1 }
    var numberStart = numberEnd
    while numberStart > 0 && bytes[numberStart - 1] >= 0x30 && bytes[numberStart - 1] <= 0x39 { numberStart -= 1 }
    guard numberStart < numberEnd, numberEnd - numberStart <= CommentCountRules.maximumCountDigits else { return nil }
    var before = numberStart
    while before > 0 && isSpace(bytes[before - 1]) { before -= 1 }
    guard before > 0, numberStart > before,
      CommentCountRules.fieldSeparators.contains(where: { separator in
        before >= separator.count && bytes[(before - separator.count)..<before].elementsEqual(separator)
      })
    else { return nil }
    let noun = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    guard Patterns.commentWords.contains(noun) else { return nil }
    return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<numberEnd]), as: UTF8.self))
  }

  /// The shape of a count line: a number alone, or a number and one word ("12 Kommentare",
  /// "1.204 comments", "3 Stimmen:").
  enum CountLineShape { case number, numberAndWord }

  /// Whether a text's first byte that is not whitespace is an ASCII digit.
  static func opensWithDigit(text: Node) -> Bool {
    for byte in text.textBytes {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C: continue
      case 0x30...0x39: return true
      default: return false
      }
    }
    return false
  }

  /// `node`'s visible text as a count line's shape, read over its bytes in place before any String
  /// is built, or nil for any other text (a date, a price
  /// with its sign glued on, three words or more, text before the number). Text nodes the parser
  /// counted as invisible separate words; a thousands separator may sit inside the number.
  static func countLineShape(_ node: Node) -> CountLineShape? {
    // 0: before the number, 1: in it, 2: after it, 3: in the word, 4: after the word.
    var state = 0
    let document = node.document
    for index in (node.order + 1)..<node.end where document.records[index].isText {
      guard document.records[index].textLength > 0 else {
        if state == 1 { state = 2 } else if state == 3 { state = 4 }
        continue
      }
      var previous: UInt8 = 0
      for byte in Node(document, index).textBytes {
        // A no-break space (C2 A0) separates as a space does.
        let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0xC2 || (byte == 0xA0 && previous == 0xC2)
        previous = byte
        let digit = byte >= 0x30 && byte <= 0x39
        switch state {
        case 0:
          if space { continue }
          guard digit else { return nil }
          state = 1
        case 1:
          if space {
            state = 2
          } else if !digit && byte != 0x2E && byte != 0x2C && byte != 0x27 {
            return nil
          }
        case 2:
          if space { continue }
          if digit { return nil }
          state = 3
        case 3:
          if space { state = 4 } else if digit { return nil }
        default:
          if !space { return nil }
        }
      }
    }
    switch state {
    case 1, 2: return .number
    case 3, 4: return .numberAndWord
    default: return nil
    }
  }

  /// Whether `node` is a link whose fragment names the comment section ("#comments", "#respond",
  /// "#disqus_thread", "#kommentare").
  static func linksToCommentSection(_ node: Node) -> Bool {
    guard node.tag == "a", let href = node.attributeBytes("href"), let hash = href.lastIndex(of: 0x23) else {
      return false
    }
    return idNamesCommentSection(UnsafeBufferPointer(rebasing: href[(hash + 1)...]))
  }

  /// The number of comments in the page's comment list when no title counts them: WordPress's
  /// `<ol class="comment-list">` holds one `<li class="comment">` (or pingback) per comment,
  /// replies included, which is the number its "N thoughts on" title would show.
  /// A list without comment items (a placeholder) or in another post's box (related cards, the
  /// author bio) counts nothing: the next list may.
  static func inCommentList(_ page: Page, excluding isElsewhere: (Node) -> Bool) -> Int? {
    for node in page.tree.nodes where listTags.contains(node) {
      // A class naming the list holds its name's bytes: most lists are passed over before their
      // class is split into names.
      guard let bytes = node.attributeBytes("class"),
        commentListMarkers.contains(where: { ByteSearch.holds(bytes, $0) })
      else { continue }
      guard let names = node.attribute("class")?.split(whereSeparator: \.isWhitespace),
        names.contains(where: { VocabularyComments.commentListClasses.contains(String($0)) }), !isElsewhere(node)
      else { continue }
      let items = node.descendants { item in
        item.tag == "li"
          && (item.attribute("class")?.split(whereSeparator: \.isWhitespace)
            .contains { VocabularyComments.commentItemClasses.contains(String($0)) } ?? false)
      }
      if !items.isEmpty { return items.count }
    }
    return nil
  }

  private static let listTags: TagSet = ["ol", "ul"]
  private static let buttonTags: TagSet = ["button"]
  private static let linkTags: TagSet = ["a"]

  /// Whether `node` is the first element with text in a comment section (`<section id="comments">
  /// <header class="title">0 Kommentare zum Artikel</header>`): the section's title, whatever its
  /// class says.
  private static func opensCommentSection(_ node: Node) -> Bool {
    guard let parent = node.parent, isCommentSection(parent) else { return false }
    return parent.children.first { $0.isElement && $0.textLength > 0 } === node
  }

  /// Whether a comment section's opening line is or holds a heading: only there does a number
  /// and any word title it ("3 Stimmen:"); a date or rating opening the thread ("12 Juni",
  /// "5 Sterne") is no title.
  private static func holdsHeading(_ node: Node) -> Bool {
    ContentWalker.headingTags.contains(node) || node.firstDescendant(where: ContentWalker.headingTags.contains) != nil
  }

  /// Elements that may title a comment section by their text alone (with a comment class or
  /// opening the section, `classedTitleTags` too).
  private static let titleTags: TagSet = ["h1", "h2", "h3", "h4", "h5", "h6", "a", "button"]
  /// Elements that title it when their class names comments ("comments-title").
  private static let classedTitleTags: TagSet = ["span", "div", "p", "strong", "b", "summary", "header"]

  /// A count widget's number: its text is the count, or starts with it ("38", "6 Comments", "(3)").
  static func widgetCount(_ text: String) -> Int? {
    guard let first = Text.words(text).first, first.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(first)
  }

  /// A title's count in parentheses after a comment noun of a script written without spaces
  /// ("评论(3)", "我要评论(0)"); nil for any other text.
  static func unspacedTitleCount(_ text: String) -> Int? {
    guard text.contains("("), VocabularyComments.chinese.contains(where: { text.contains($0) }) else { return nil }
    return parenthesisedCount(text)
  }

  /// A number that is the whole text ("21", "(3)"), as a comment-link bubble shows it.
  static func bareCount(_ text: String) -> Int? {
    let words = Text.words(text, limit: 2)
    guard words.count == 1, let word = words.first, word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(word)
  }

  /// A comment-section title's count: a number (or "one", "no") right before or after a comment
  /// word among the first words: "5 thoughts on “…”", "3 comments:", "Kommentare (3)", "Responses (38)".
  static func titleCount(_ text: String) -> Int? {
    guard mayHoldTitleWord(text) else { return nil }
    let raw = text
    let text = joiningDigitGroups(text)
    // The window and the word after it are all that is read.
    let window = Thresholds.commentCountWordWindow
    let words = Text.words(text, limit: window + 1)
    for index in 0..<min(words.count, window)
    where Patterns.commentTitleWords.contains(String(words[index]))
      || (VocabularyComments.colonTitleWords.contains(String(words[index])) && endsWithColon(words[index], in: text))
    {
      let countsBefore = !VocabularyComments.countAfterOnly.contains(String(words[index]))
      // "Diskussion (12)": a discussion word counts only with a bracketed number right after it;
      // "Keine Diskussion um …", "Une discussion", "Discussion 2", "Diskussion (2019)" are headings.
      if !countsBefore {
        if let count = bracketedCountRightAfter(words[index], at: index, of: words, in: text, raw: raw) {
          return count
        }
        continue
      }
      if countsBefore, index > 0, let count = number(words[index - 1]) { return count }
      // "33 LESER-KOMMENTARE", "12 Facebook-Kommentare": a compound ending in the comment word.
      if countsBefore, index > 1, let count = number(words[index - 2]),
        text.lowercased().contains(words[index - 1] + "-" + words[index])
      {
        return count
      }
      // "Kommentare (3)", "Comments 12", "Two replies, 2 replies": a number after the word counts
      // in brackets, ending the title or before a comment word; one another word follows is the
      // heading's own ("Comments 5 ways to …", "Обсуждение 5 вариантов …").
      if index + 1 < words.count, words[index + 1].allSatisfy({ $0.isASCII && $0.isNumber }),
        isBracketed(words[index + 1], in: text) || endsOrCounts(afterNumberAt: index + 1, in: text)
      {
        return Int(words[index + 1])
      }
      if isZeroCount(words, before: index) { return 0 }
      // "Kommentare anzeigen (12)": a button's verb (`VocabularyComments.showVerbs`) between the
      // word and the bracketed count that ends the title, unless the number is a year's
      // ("Comments policy (2021)", "Kommentare Archiv (2019)": any other word there is a heading's).
      if index + 3 == words.count, words.count <= window,
        VocabularyComments.showVerbSet.contains(String(words[index + 1])),
        let count = bracketedCountRightAfter(words[index + 1], at: index + 1, of: words, in: text, raw: raw),
        text.trimmingCharacters(in: .whitespaces).hasSuffix("(\(words[index + 2]))")
      {
        return count
      }
      // "Ein Gedanke zu „…“", "Una respuesta a «…»", "Un commentaire": a word for one opening a
      // title that quotes the post or is only those two words; not a heading of the article
      // ("Eine Antwort auf die Krise").
      if index == 1, VocabularyComments.oneWordSet.contains(String(words[0])),
        words.count == CommentCountRules.oneTitleWords
          || text.unicodeScalars.contains(where: CommentCountRules.titleQuotes.contains)
      {
        return 1
      }
    }
    return nil
  }

  /// The page language's words for "all" (`VocabularyComments.allWords`), nil for another language.
  static func allWordTable(_ language: String?) -> Set<String>? {
    guard let primary = language?.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first else {
      return nil
    }
    return VocabularyComments.allWords[String(primary)]
  }

  /// "View all 37 comments", "Alle 12 Kommentare anzeigen", "Ver todos os 11 comentários": a word
  /// for "all" of the page's language, the number and a comment word right after one another.
  static func allWordCount(_ text: String, _ allWords: Set<String>) -> Int? {
    let words = Text.words(joiningDigitGroups(text), limit: CommentCountRules.maximumAllWordTitleWords)
    guard words.count >= 3 else { return nil }
    for index in 0..<(words.count - 2) where allWords.contains(String(words[index])) {
      let digits = words[index + 1]
      guard digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        Patterns.commentTitleWords.contains(String(words[index + 2]))
      else { continue }
      return Int(digits)
    }
    return nil
  }

  /// Whether `word` ends `text` followed by a colon ("4 opmerkingen:"), as Blogger's titles do.
  static func endsWithColon(_ word: Substring, in text: String) -> Bool {
    Text.clean(text).lowercased().hasSuffix("\(word):")
  }

  /// The number in brackets right after a comment word ("Diskussion (12)", "Обсуждение [3]"),
  /// unless it is a year's (`VocabularyComments.years`: "Diskussion (2019)").
  static func bracketedCountRightAfter(
    _ word: Substring, at index: Int, of words: [Substring], in text: String, raw: String
  ) -> Int? {
    guard index + 1 < words.count, words[index + 1].allSatisfy({ $0.isASCII && $0.isNumber }),
      let count = Int(words[index + 1])
    else { return nil }
    let digits = words[index + 1]
    let lowered = text.lowercased()
    guard
      ["(", "[", " (", " ["].contains(where: { lowered.contains("\(word)\($0)\(digits)") })
    else { return nil }
    if isYear(digits, raw: raw) { return nil }
    return count
  }

  /// Whether the number that is word `index` of `text` ends it or a comment word follows it.
  static func endsOrCounts(afterNumberAt index: Int, in text: String) -> Bool {
    let words = Text.words(text, limit: index + 2)
    return words.count == index + 1 || Patterns.commentTitleWords.contains(String(words[index + 1]))
  }

  /// Whether the number `digits` opens a bracket in `text` ("Responses (38) to …", "[3]", a
  /// forum's "Comments (5 posted)").
  static func isBracketed(_ digits: Substring, in text: String) -> Bool {
    text.contains("(\(digits)") || text.contains("[\(digits)")
  }

  /// Whether the words before a comment noun write a zero count: a zero word right before it
  /// ("Aucun commentaire", "Brak komentarzy") or a negation two words before ("No hay
  /// comentarios", "Pas de commentaires").
  static func isZeroCount(_ words: [Substring], before index: Int) -> Bool {
    if index > 0, VocabularyComments.zeroWordSet.contains(String(words[index - 1])) { return true }
    return index > 1 && VocabularyComments.negationSet.contains(String(words[index - 2]))
  }

  /// Stems, one of which every word of `Patterns.commentTitleWords` holds whatever its letter
  /// case ("réponses" holds "ponse"): ASCII, or Cyrillic lower-cased (`foldedCyrillic`). Most
  /// short links and headings of a page are not comment titles; a text without any stem is
  /// passed over before it is split into words.
  static let titleStems = CompoundMatcher([
    "comment", "kommentar", "coment", "reactie", "respons", "repl", "thought", "antwort", "ponse", "respuesta",
    "risposte", "review", "gedanke", "nzungen", "action", "koment", "flexion", "rispost", "pensier", "resposta",
    "gedachte", "opmerking", "odpowied", "комментари", "обсуждени", "discus", "diskus", "dyskusj",
  ])

  /// A Cyrillic letter's two UTF-8 bytes lower-cased (А…Я, Ѐ…Џ to а…я, ѐ…џ), other pairs as they are:
  /// the stem tests read Russian titles in any case ("КОММЕНТАРИИ (3)").
  @inline(__always) static func foldedCyrillic(_ lead: UInt8, _ second: UInt8) -> (UInt8, UInt8) {
    guard lead == 0xD0 else { return (lead, second) }
    switch second {
    case 0x80...0x8F: return (0xD1, second + 0x10)
    case 0x90...0x9F: return (0xD0, second + 0x20)
    case 0xA0...0xAF: return (0xD1, second - 0x20)
    default: return (lead, second)
    }
  }

  /// Separators of thousands in a count ("1.977 commentaires", "1,204 Comments", "12 345 réactions").
  static let digitGroupSeparators: Set<Character> = [".", ",", "\u{A0}", "\u{202F}", "'"]

  /// `text` with the separators inside a thousands-grouped number removed ("1.977" → "1977"): a
  /// separator between a digit and exactly three digits that no digit follows. "12.11.2019" keeps
  /// its dots (two digits after the first, four after the second).
  static func joiningDigitGroups(_ text: String) -> String {
    // A separator is removed only after a digit: its first byte right after an ASCII digit's
    // (a byte scan, before the Character scan below).
    guard text.utf8.count >= 5, holdsDigitBeforeSeparator(text) else { return text }
    guard text.contains(where: { digitGroupSeparators.contains($0) }) else { return text }
    let characters = Array(text)
    func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for index in characters.indices {
      let character = characters[index]
      if digitGroupSeparators.contains(character), index > 0, isDigit(characters[index - 1]),
        index + 3 < characters.count, (1...3).allSatisfy({ isDigit(characters[index + $0]) }),
        index + 4 == characters.count || !isDigit(characters[index + 4])
      {
        continue
      }
      output.append(character)
    }
    return output
  }

  /// Whether `text`, its ASCII letters lower-cased, holds one of `titleStems`.
  static func mayHoldTitleWord(_ text: String) -> Bool {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      // A Cyrillic capital's second byte, after its lead byte 0xD0.
      if bytes.last == 0xD0, byte >= 0x80, byte <= 0xAF {
        let (lead, second) = foldedCyrillic(0xD0, byte)
        bytes[bytes.count - 1] = lead
        bytes.append(second)
      } else {
        bytes.append(ByteSearch.lower(byte))
      }
    }
    return titleStems.matches(bytes)
  }

  private static func number(_ word: Substring) -> Int? {
    if word.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(word) }
    return Patterns.countWords[String(word)]
  }

  /// Whether `node` sits in an aside, a nav or another posts' rail. Layout classes do not
  /// count: a "sidebar" token on `<body>` ("has_sidebar", "sidebar-primary") or on a wrapper
  /// holding the article's byline names the page's layout; a `<nav>` share bar inside the
  /// byline's `<article>` is the article's own; and the containers above the comment section
  /// (a theme's `<aside><div id="comments">`) are the page's, not other posts'.
  /// A count linking into this page (`<ul class="nav nav-tabs"><li><a href="#comments">Comments
  /// (5)</a>`) names this page's comment section: no menu class or card row makes it another's.
  private static func isInOtherPosts(_ node: Node, byline: Node?, page: Page, title: String?) -> Bool {
    let article = byline.flatMap { byline in byline.ancestors.first { $0.tag == "article" } }
    var known: Bool?
    let linksIntoPage = {
      if let known { return known }
      let answer = CommentCount.linksIntoPage(node, page: page)
      known = answer
      return answer
    }
    for ancestor in node.ancestors {
      if ancestor.tag == "body" || ancestor.tag == "html" { return false }
      let holdsByline = byline.map { ancestor.contains($0) } ?? false
      // A box classed as the site's menu (`<ul class="navbar-nav">`) is a `<nav>` by another
      // name: its links name the site's sections ("1000 Antworten"), not this post's comments.
      if ancestor.tag == "aside" || ancestor.tag == "nav"
        || (page.namesSideColumn(ancestor, ClassTokens.siteMenus) && !linksIntoPage())
      {
        let inArticle = article.map { $0.contains(ancestor) } ?? false
        if !holdsByline && !inArticle { return true }
      } else if page.namesSideColumn(ancestor, ClassTokens.otherPosts) && !holdsByline {
        return true
      }
      // The comment form's counters ("Maximum <span class="…comment_characters">1000</span>
      // characters remaining") count characters, not comments. A form wrapping the whole page
      // (ASP.NET's `<form id="aspnetForm">`) holds the byline or the article's prose.
      if ancestor.tag == "form", !holdsByline, !page.holdsMostProse(ancestor) { return true }
      if !holdsByline, isTeaserCard(ancestor, around: node, title: title, page: page), !linksIntoPage() {
        return true
      }
      if isCommentSection(ancestor) { return false }
    }
    return false
  }

  /// Whether a short box around a count is another post's teaser card: one of a row of boxes of
  /// the same class (`<div class="entry"><div><h2>9 gins to try</h2><div class="comment-counts">58
  /// </div></div><a>…</a></div><div class="entry">…`), holding a headline of a few words that is
  /// not the article's title and names no comments. A box of its own (a share bar's "Send by
  /// e-mail" heading, a comment box's "Share your opinion") or a row of one-word labels
  /// ("Datum:", "Lesezeit:") or counters ("193") over the post's meta is the page's.
  /// A card links out to its post, and so does the card beside it: the article's own rows (a title
  /// row and a dek row, Bootstrap's repeated `<div class="row">`) link to no other page.
  private static func isTeaserCard(_ box: Node, around count: Node, title: String?, page: Page) -> Bool {
    guard box.textLength <= CommentCountRules.maximumCardChars, box.textLength > count.textLength,
      let kind = box.attribute("class"), !kind.isEmpty
    else { return false }
    guard let neighbour = rowNeighbour(box, kind: kind), neighbour.textLength <= CommentCountRules.maximumCardChars,
      linksOut(box, page: page), linksOut(neighbour, page: page),
      neighbour.firstDescendant(where: { ContentWalker.headingTags.contains($0) && $0.textLength > 0 }) != nil
    else { return false }
    guard
      let headline = box.firstDescendant(where: {
        ContentWalker.headingTags.contains($0) && $0.textLength > 0 && !$0.contains(count) && !count.contains($0)
      })
    else { return false }
    if CommentCount.mayHoldTitleCount(headline) { return false }
    let text = Text.clean(Page.rawText(headline)).lowercased()
    guard text.split(separator: " ").count >= CommentCountRules.minimumHeadlineWords else { return false }
    if let title = title.map({ Text.clean($0).lowercased() }), !title.isEmpty,
      title.contains(text) || text.contains(title)
    {
      return false
    }
    return true
  }

  /// The element next to `box` (after it, or before it for a row's last card) with its tag and
  /// class: its neighbour in a row of cards.
  private static func rowNeighbour(_ box: Node, kind: String) -> Node? {
    var sibling = box.nextSibling
    while let node = sibling, !node.isElement { sibling = node.nextSibling }
    if let next = sibling, next.tag == box.tag, next.attribute("class") == kind { return next }
    guard let parent = box.parent else { return nil }
    let children = parent.children
    var index = box.siblingIndex - 1
    while index >= 0, !children[index].isElement { index -= 1 }
    guard index >= 0, children[index].tag == box.tag, children[index].attribute("class") == kind else { return nil }
    return children[index]
  }

  /// Whether a short box holds a link to another page: not an anchor on this page (`#comments`),
  /// not the page's own address.
  private static func linksOut(_ box: Node, page: Page) -> Bool {
    box.firstDescendant { link in
      guard link.tagID == TagID.a, let href = link.attribute("href") else { return false }
      guard let resolved = page.resolve(href) else { return false }  // `#…`, `javascript:`
      return !isOwnAddress(resolved, page: page)
    } != nil
  }

  /// Whether the link a count sits on or holds (`<a href="#comments">12 Comments</a>`,
  /// `<span class="comment-count"><a href="#c">5</a></span>`) points into this page.
  static func linksIntoPage(_ count: Node, page: Page) -> Bool {
    let link =
      count.closest { $0.tagID == TagID.a }
      ?? (count.textLength <= Thresholds.maximumCommentTitleChars
        ? count.firstDescendant { $0.tagID == TagID.a && $0.attribute("href") != nil } : nil)
    guard let href = link?.attribute("href") else { return false }
    return pointsIntoPage(href, page: page)
  }

  /// Whether `href` names a place on this page: an anchor (`#comments`), or the page's own address
  /// (given or canonical) with one (`https://site/post/#comments`). The query stays part of the
  /// address: WordPress's `?p=12` and `?p=34` are two posts.
  static func pointsIntoPage(_ href: String, page: Page) -> Bool {
    let href = href.trimmingASCIIWhitespace()
    guard let hash = href.firstIndex(of: "#"), href.index(after: hash) < href.endIndex else { return false }
    if hash == href.startIndex { return true }
    guard let resolved = page.resolve(String(href[..<hash])) else { return false }
    return isOwnAddress(resolved, page: page)
  }

  /// Whether an absolute address is the page's own, as given or canonical.
  private static func isOwnAddress(_ resolved: String, page: Page) -> Bool {
    let address = pageAddress(resolved)
    return [page.options.url, page.source.canonicalUrl].contains { $0.map(pageAddress) == address }
  }

  /// An address without its scheme, fragment and trailing slashes, lower-cased, query kept.
  private static func pageAddress(_ url: String) -> String {
    var value = Substring(url.trimmingASCIIWhitespace())
    if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
    if let range = value.range(of: "://") { value = value[range.upperBound...] }
    while value.hasSuffix("/") { value.removeLast() }
    return value.lowercased()
  }

  /// The page's comment section: an id naming comments ("comments", "comentarios"), or a class
  /// naming them on a container longer than any count widget ("comments-area").
  private static func isCommentSection(_ node: Node) -> Bool {
    if let id = node.attributeBytes("id"), idNamesCommentSection(id) { return true }
    return node.textLength > Thresholds.maximumCommentTitleChars
      && node.hasClassCue(.comment)
  }
}
