import Foundation

/// Bulleted, numbered and definition lists of the main content. Each item is split into a
/// title and its description; the title is found, in order, as a heading leading the item
/// (`<li><h3>`), a paragraph that is all bold (`<li><p><strong>…</strong></p><p>…`), a
/// bold lead (`<li><strong>Title</strong> text` or `<b>Title:</b> text`), or an accordion's
/// title line; `<dt>`/`<dd>` pairs give title and text directly. A plain "Label: text" lead is
/// no title: the title must be marked. Runs of bold-led paragraphs are lists too.
struct ListsExtractor: SectionExtractor {
  func extract(from context: Context) -> [ArticleList] {
    var lists: [ArticleList] = []
    var run = LeadRun()
    var previous: String?
    for item in context.items {
      if case .block(.paragraph(let text), let node) = item {
        if let lead = ListsExtractor.boldLead(node, text: text) {
          if ListsExtractor.isBulleted(lead.text) || ListsExtractor.isClosingSection(lead.title) {
            // "<b>ALLGEMEIN:</b><br>• … <br>• …": a bold sub-heading over bullets typed as text;
            // "<b>Fazit</b><br>…", "<b>Literatur</b>": a story's closing section under a bold line.
            run.close(into: &lists)
          } else {
            if !run.extra.isEmpty, !run.items.isEmpty {
              // A listicle's numbered entry may run over several paragraphs (an answer, then its
              // sender's name): the next numbered title goes on with it; an unnumbered one ends it.
              if run.continuesNumbering(lead.title) {
                run.extra = []
              } else if run.isNumbered {
                run.close(into: &lists)
              } else if run.numberedTitles == 0, ListsExtractor.opensWithNumber(lead.title) {
                // "<b>Before you start</b>" over two paragraphs, then "<b>1. Water</b>": a section
                // before the listicle; its first entry starts a run of its own.
                run.close(into: &lists)
              }
            }
            if run.items.isEmpty { run.intro = previous }
            run.add(lead)
            run.lastAnnounces =
              lead.text.isEmpty && ListsExtractor.announces(text, language: context.metadata.language)
            // "<b>Mara</b><br><a>www.mara-atelier.de</a>": a name over its web address.
            if !lead.text.isEmpty, node.linkTextLength >= lead.text.utf8.count { run.addresses += 1 }
          }
        } else if run.awaitsDescription, StepsExtractor.numbered(text) != nil {
          // A bold line over numbered paragraphs ("Method", "1. Preheat …") heads a section.
          run.sections = true
          run.close(into: &lists)
        } else if run.awaitsDescription || run.describing {
          run.describe(text, list: StepsExtractor.numbered(text) != nil)
        } else {
          run.close(into: &lists)
        }
        previous = text
        continue
      }
      if case .block(.list(let list), _) = item {
        if run.awaitsDescription || run.describing {
          // A bold line over a list of several items ("Ingredients", "Method") may head a section:
          // told at the run's end, from how many of its titles do.
          if run.awaitsDescription, list.items.count > 1 { run.overLists += 1 }
          run.describe(
            list.items.map { [$0.title, $0.text].compactMap { $0 }.joined(separator: " ") }.joined(separator: "\n"),
            list: true)
        } else {
          run.close(into: &lists)
        }
        lists.append(list)
      } else if case .block(.image, _) = item {
        continue
      } else {
        // "<p><b>Subhead</b></p><p>… she said:</p><blockquote>…": the title's text announces the
        // block after it, so it runs over more than its paragraph: a story's section, not an item.
        if run.describing, run.extra.isEmpty, run.items.last?.text.hasSuffix(":") == true { run.sections = true }
        run.close(into: &lists)
      }
      previous = nil
    }
    run.close(into: &lists)
    return lists
  }

  /// A run of paragraphs led by bold titles (`<p><strong>Title</strong><br>text</p>`,
  /// `<p><b>Title:</b> text</p>`, or `<p><strong>Title</strong></p>` then its description
  /// paragraph or list): a list written without list markup. Two at least, so one stray
  /// bold lead is not a list.
  private struct LeadRun {
    var items: [ListItem] = []
    var intro: String?
    /// The last title stood alone (`<p><strong>Title</strong></p>`): its description follows…
    var awaitsDescription = false
    /// …and may take several paragraphs, up to the next title.
    var describing = false

    mutating func add(_ lead: (title: String, text: String)) {
      dropUndescribed()
      if !extra.isEmpty { sections = true }
      items.append(ListItem(title: lead.title, text: lead.text))
      lastTitleNumbered = false
      if let number = ListsExtractor.entryNumber(lead.title), number > lastNumber {
        lastNumber = number
        numberedTitles += 1
        lastTitleNumbered = true
      }
      awaitsDescription = lead.text.isEmpty
      describing = false
    }

    /// Items whose description is only a link: an address box ("<b>Kiez</b><br>kiez.example.de"),
    /// titled items however short their descriptions.
    var addresses = 0

    /// A standalone title over more than one paragraph: the run is sections under bold
    /// sub-headings (a news story's "Zwischentitel"), not a list.
    var sections = false

    /// Titles standing over a list of several items ("<p><b>Ingredients</b></p><ul>…"). When
    /// half the titles or more do, they are sub-headings over their lists ("Ingredients",
    /// "Method"); a few among titles over one-item lists or paragraphs are items too
    /// ("<p><b>Übung, Übung, Übung</b></p><ul><li>…</li><li>…</li></ul>" among tips of one each).
    var overLists = 0

    /// Paragraphs after the last title's description: sections if another title follows,
    /// else the prose after the list.
    var extra: [String] = []

    /// Whether every description is prose (no list under a title).
    var proseOnly = true

    /// Titles that open with their entry's number, each higher than the last ("1. …", "2. …",
    /// "5. …"), counted as they are added, not read again for each.
    var numberedTitles = 0
    var lastNumber = 0
    var lastTitleNumbered = false

    /// Whether most titles are numbered: a numbered listicle, whose entries may be short or run
    /// over several paragraphs (one typed lapse, "137, Where …", does not undo it).
    var isNumbered: Bool { numberedTitles * 2 > items.count }

    /// Whether half the titles at least are numbered.
    var halfNumbered: Bool { !items.isEmpty && numberedTitles * 2 >= items.count }

    /// Whether `title` is the numbered run's next entry: it opens with a higher number than the
    /// last, and half the titles at least are numbered with it. A run with no numbered title yet
    /// has no numbering to continue.
    func continuesNumbering(_ title: String) -> Bool {
      guard numberedTitles > 0, let number = ListsExtractor.entryNumber(title), number > lastNumber else {
        return false
      }
      return (numberedTitles + 1) * 2 >= items.count + 1
    }

    /// Drops the last title when it stood alone and no description came under it.
    mutating func dropUndescribed() {
      guard awaitsDescription else { return }
      items.removeLast()
      if lastTitleNumbered { numberedTitles -= 1 }
      lastTitleNumbered = false
    }

    /// The last title stood alone as a sentence announcing what follows ("<b>Das müssen
    /// Hausbesitzer jetzt wissen:</b>").
    var lastAnnounces = false

    /// `list`: the block is a list (or a numbered "1." paragraph), which a description may hold.
    mutating func describe(_ text: String, list: Bool = false) {
      let current = items[items.count - 1].text
      // A bold sentence announcing the paragraph under it is a story's run-in sub-heading.
      if current.isEmpty, !list, lastAnnounces { sections = true }
      // A bold question answered by a paragraph is an interview's turn, not an item.
      // A numbered one ("<b>3. Why did …?</b>" over its answer) is an entry of a listicle of questions,
      // and so is one typed without its number's mark among them ("<b>137, Where …?</b>").
      if current.isEmpty, !list, let title = items[items.count - 1].title, title.hasSuffix("?"),
        !ListsExtractor.opensWithNumber(title), !halfNumbered
      {
        sections = true
      }
      if !current.isEmpty, !list {
        extra.append(text)
        return
      }
      if list { proseOnly = false }
      items[items.count - 1].text = current.isEmpty ? text : current + "\n" + text
      awaitsDescription = false
      describing = true
    }

    mutating func close(into lists: inout [ArticleList]) {
      dropUndescribed()
      // Labels with short values ("Welcome offer: 80,000 points") are a facts box, not items.
      let described =
        addresses == items.count || isNumbered
        || items.reduce(0) { $0 + $1.text.count } >= items.count * Thresholds.minimumLeadDescriptionChars
      let listHeadings = overLists * 2 >= items.count
      // Each title over a long paragraph of its own: run-in sub-headings of a story's sections
      // (a numbered title is a listicle's entry, however long).
      let runIn =
        proseOnly && items.allSatisfy { $0.text.count >= ListRules.minimumSectionParagraphChars }
        && !items.allSatisfy { $0.title.map(ListsExtractor.opensWithNumber) ?? false }
      if items.count >= Thresholds.minimumLeadRunItems, !sections, !listHeadings, described, !runIn,
        !ListsExtractor.sameTitle(items), !ListsExtractor.takesTurns(items),
        !ListsExtractor.isTurnTaking(items)
      {
        let lead = intro.flatMap { $0.hasSuffix(":") && $0.count <= Thresholds.maximumIntroChars ? $0 : nil }
        lists.append(ArticleList(ordered: false, intro: lead, items: items))
      }
      self = LeadRun()
    }
  }

  static let italicTags: TagSet = ["em", "i"]
  /// Inline wrappers a bold lead may sit in (`<span style=color><b>…</b></span>`, `<em><strong>`).
  static let leadWrapperTags: TagSet = ["span", "em", "i", "u", "font", "mark"]

  /// A paragraph's bold lead and the text after it, or nil: the bold must open the paragraph,
  /// be short, and be set off from what follows by a line break, a colon or a dash, or be
  /// followed by a new sentence; a bold subject running on into its sentence ("<b>Executor</b>
  /// makes a call") is emphasis. A paragraph of short "Label: value" lines is a facts box.
  static func boldLead(_ node: Node, text: String) -> (title: String, text: String)? {
    guard node.tag == "p" || node.tag == "div" else { return nil }
    var parent = node
    var bolds: [Node] = []
    // "1. <strong>Bio:</strong> Make sure …": a number typed before the bold lead.
    var enumerated = false
    while bolds.isEmpty {
      // The first child that shows something: no list of children built for every paragraph.
      let shown = parent.children.first { $0.isElement ? $0.tag != "br" : showsText($0) }
      guard let first = shown else { return nil }
      if !first.isElement {
        // Only a number: paragraphs led by a symbol and a bold label ("📍 <b>Adresse:</b> …",
        // "🕒 <b>Öffnungszeiten:</b> …") are an info box's lines, not a list's items.
        guard parent === node, isEnumerator(first.textBytes) else { return nil }
        var next = first.nextSibling
        while let candidate = next, candidate.kind == .text, !showsText(candidate) {
          next = candidate.nextSibling
        }
        guard let bold = next, boldTags.contains(bold) else { return nil }
        enumerated = true
        bolds = adjacentBolds(from: bold)
      } else if boldTags.contains(first) {
        // A paragraph's lead is `<strong>`/`<b>` only: a pasted editor's bold spans over paragraphs
        // set its sub-headings and emphasis too, where `<li>` markup does not say "item".
        bolds = adjacentBolds(from: first)
      } else if leadWrapperTags.contains(first) {
        // A paragraph set in italics whole is a note (an editor's promo line), not an item.
        if italicTags.contains(first), first.textLength >= node.textLength { return nil }
        parent = first
      } else {
        return nil
      }
    }
    let title = Text.clean(bolds.map { Page.rawText($0) }.joined(separator: " "))
    // Characters are never more than bytes: most titles are short in bytes already.
    guard !title.isEmpty,
      title.utf8.count <= Thresholds.maximumItemTitleChars || title.count <= Thresholds.maximumItemTitleChars,
      (asciiWordCount(title) ?? title.split(separator: " ").count) <= Thresholds.maximumItemTitleWords,
      !bolds.contains(where: breaksLine)
    else { return nil }
    if isFactsBox(node) { return nil }
    // The paragraph's text after its title (and its number).
    var rest = Substring(text)
    switch enumerated ? .undecided : asciiTitleEnd(title, in: text) {
    case .follows(let end):
      rest = text[end...]
    case .differs:
      return nil
    case .undecided:
      if enumerated {
        rest = rest.drop { $0.isWhitespace }.drop { $0.isASCII && $0.isNumber }.dropFirst()
      }
      for word in title.split(separator: " ") {
        rest = rest.drop { $0.isWhitespace }
        guard rest.hasPrefix(word) else { return nil }
        rest = rest.dropFirst(word.count)
      }
    }
    rest = rest.drop { $0 == " " }
    // "<b>Hibiscus moscheutos</b> (palustris) – Toughest species": past a parenthesis.
    var afterAside = rest
    if afterAside.first == "(", let close = afterAside.firstIndex(of: ")") {
      afterAside = afterAside[afterAside.index(after: close)...].drop { $0 == " " }
    }
    let separated = afterAside.first.map { "\n:–—-".contains($0) } ?? true
    let body = Text.cleanLines(String(rest.drop { $0.isWhitespace || ":–—-".contains($0) }))
    let cleanTitle = Text.clean(title.trimmingScalars(in: TrimSets.titleSeparators))
    // A bold opening sentence or call ("Berlin, 29. November 2022.", "1000 Dank!") is no title.
    guard let end = cleanTitle.last, !isSentence(cleanTitle), !isMarkLead(cleanTitle), !isNumberOnly(bolds)
    else { return nil }
    if body.isEmpty { return (cleanTitle, "") }
    if isSpeech(body, afterComma: rest.first == ",") { return nil }
    // "<b>Question?</b> answer": an interview's turn (a numbered one is a tip that asks).
    if end == "?", !enumerated, !opensWithNumber(cleanTitle) { return nil }
    if !separated && !":.?!".contains(title.last!) && (body.first?.isLowercase != false || rest.first == "(") {
      return nil
    }
    return (cleanTitle, body)
  }

  /// `title.split(separator: " ").count` for an ASCII title (its characters are its bytes, and
  /// a clean title holds no "\r\n"), nil for any other.
  static func asciiWordCount(_ title: String) -> Int? {
    var words = 0
    var previous: UInt8 = 0x20
    for byte in title.utf8 {
      guard byte < 0x80, byte != 0x0D else { return nil }
      if byte != 0x20 && previous == 0x20 { words += 1 }
      previous = byte
    }
    return words
  }

  /// What `boldLead`'s walk of a paragraph's text past its title's words (each after any
  /// whitespace) finds, read over bytes.
  enum TitleMatch: Equatable {
    /// Every word follows: the text goes on at `end`.
    case follows(String.Index)
    /// A word does not follow.
    case differs
    /// The bytes cannot tell: a non-ASCII byte in the title, where the text is compared or skipped
    /// (a no-break space, a character canonically equal to an ASCII one, as the Kelvin sign is to
    /// "K"), or right after a word (a combining mark would join its last letter).
    case undecided
  }

  /// `TitleMatch` of an ASCII title in `text`: the characters compared are then single bytes,
  /// equal only to themselves, and the whitespace skipped is ASCII's (tab to carriage return, space).
  static func asciiTitleEnd(_ title: String, in text: String) -> TitleMatch {
    let found: Int?? = title.utf8.withContiguousStorageIfAvailable { title -> Int? in
      text.utf8.withContiguousStorageIfAvailable { text -> Int? in
        guard title.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return -1 }
        var position = 0
        var index = 0
        while index < title.count {
          if title[index] == 0x20 {
            index += 1
            continue
          }
          var end = index
          while end < title.count && title[end] != 0x20 { end += 1 }
          while position < text.count {
            let byte = text[position]
            if byte >= 0x80 { return -1 }
            guard byte == 0x20 || byte &- 0x09 < 5 else { break }
            position += 1
          }
          for offset in 0..<(end - index) {
            guard position + offset < text.count else { return nil }
            let byte = text[position + offset]
            if byte >= 0x80 { return -1 }
            if byte != title[index + offset] { return nil }
          }
          position += end - index
          if position < text.count && text[position] >= 0x80 { return -1 }
          index = end
        }
        return position
      } ?? -1
    }
    guard let result = found ?? -1 else { return .differs }
    guard result >= 0 else { return .undecided }
    return .follows(text.utf8.index(text.utf8.startIndex, offsetBy: result))
  }

  /// Marks that open or close quoted speech (not the apostrophe, which is in every other English line).
  static let speechQuotes: Set<Character> = ["\"", "“", "”", "„", "«", "»"]

  /// Whether the text after a bold name is what that person says: a quotation of several words
  /// right after it ("<b>Minister Rowe</b>: "We will …""), or an apposition after a comma with a
  /// quotation after its first sentence or a colon ("<b>Ana Ruiz</b>, of the tenants' union, is
  /// sure. "We stay."") — a news story's speakers, bolded where they first speak, not a list's
  /// titles. A quoted name inside the apposition ("<b>Rome</b>, the "Eternal City", …") is no speech.
  static func isSpeech(_ body: String, afterComma: Bool) -> Bool {
    if afterComma {
      guard let quote = body.firstIndex(where: { speechQuotes.contains($0) }) else { return false }
      return body[..<quote].contains { ".:!?".contains($0) }
    }
    guard let first = body.first, speechQuotes.contains(first) else { return false }
    let quoted = body.dropFirst().prefix { !speechQuotes.contains($0) }
    return quoted.split(separator: " ").count >= Thresholds.minimumSpeechWords
  }

  /// Whether a standalone bold line is a sentence that announces what follows: it ends in a colon,
  /// has as many words as a clause and opens with one of the page language's announcing words
  /// (`VocabularyLists.announcingOpeners`: "Das müssen Hausbesitzer jetzt wissen:", "Here is what
  /// changes for tenants:"). A label ("Kosten:"), a numbered entry, and a titled step written as a
  /// clause ("Use the largest pots you can fit:") are titles; so is any line of a page whose
  /// language is not known.
  static func announces(_ line: String, language: String?) -> Bool {
    let text = Text.clean(line)
    guard text.hasSuffix(":"), !opensWithNumber(text) else { return false }
    let words = text.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }
    guard words.count >= ListRules.minimumAnnouncementWords else { return false }
    return VocabularyLists.opensAnnouncing(text, language: language)
  }

  /// Whether a bold line names a closing section of the story ("Fazit", "References").
  static func isClosingSection(_ title: String) -> Bool {
    SectionVocabulary.closingHeadings.contains(title.lowercased())
  }

  /// Quotes a bold sentence may close with after its full stop (`<b>"I'd love to!"</b>`).
  static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "»", "«", "“"]

  /// Whether a bold lead is a sentence, not a title: it ends with a full stop, an ellipsis or "!"
  /// (closing quotes aside), unless it opens with its entry's number ("10. YOU!!!", the last of a
  /// top ten). A full stop is never let through: "3. Oktober 2022." opens with a number too.
  static func isSentence(_ title: String) -> Bool {
    let text = title.reversed().drop { closingQuotes.contains($0) || $0 == " " }
    guard let end = text.first else { return false }
    return end == "." || end == "…" || (end == "!" && !opensWithNumber(title))
  }

  /// Quotes that open a quoted line.
  static let openingQuotes: Set<Character> = ["\"", "“", "„", "«", "»", "‘", "'"]

  /// Whether a bold lead is a quoted sentence (`<li><b>"I was. You made a good choice there."</b>
  /// (+50) …`, a dialogue choice or a quotation): a line someone says, not the item's title. An
  /// item's bold lead sentence without quotes ("<b>Every transaction, same day.</b> Cash, …") is
  /// its title.
  static func isQuotedLine(_ title: String) -> Bool {
    guard let first = title.first, openingQuotes.contains(first), let last = title.last,
      closingQuotes.contains(last)
    else { return false }
    return isSentence(title) || title.dropLast().last == "?"
  }

  /// Whether an item's bold lead is an exclamation or trails off ("It was fantastic!", "Not good…",
  /// "Not good..."): a line someone says (a dialogue's choices, a cheer), not the item's name. An
  /// entry's number keeps it a title ("10. YOU!!!"); a full stop alone does not make a sentence
  /// here ("<b>Every transaction, same day.</b>" names its item).
  static func isExclamation(_ title: String) -> Bool {
    let text = title.reversed().drop { closingQuotes.contains($0) || $0 == " " }
    guard let end = text.first else { return false }
    if end == "…" || (end == "." && text.dropFirst().first == ".") { return true }
    return end == "!" && !opensWithNumber(title)
  }

  /// Whether a text is only an item's number, spaces around: "1.", "12)". Read over bytes and
  /// given up at the first that does not fit, as it is asked of every paragraph's opening text.
  static func isEnumerator(_ text: String) -> Bool { isEnumerator(text.utf8) }

  /// `isEnumerator` over a text's bytes (a text node's, read in place: a byte that is not valid
  /// UTF-8 ends it as its replacement character would).
  static func isEnumerator(_ bytes: some Sequence<UInt8>) -> Bool {
    var digits = 0
    var marked = false
    for byte in bytes {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if marked {
        if !space { return false }
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
        if digits > Thresholds.maximumEnumeratorDigits { return false }
      } else if digits > 0, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
        marked = true
      } else if !(space && digits == 0) {
        return false
      }
    }
    return marked
  }

  /// Whether a text node's text cleans to something (`!Text.clean(node.text).isEmpty`), told from
  /// its bytes where they decide: a printable ASCII byte stays, ASCII blanks go; anything else is
  /// cleaned to see. Asked of every paragraph's first text, mostly decided by its first byte.
  static func showsText(_ node: Node) -> Bool {
    for byte in node.textBytes {
      if byte &- 0x21 < 0x5E { return true }
      if !(byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) { return !Text.clean(node.text).isEmpty }
    }
    return false
  }

  /// Whether a title opens with its entry's number ("10. YOU!!!", "3.Marlene Fitch", "2) security").
  static func opensWithNumber(_ title: String) -> Bool { entryNumber(title) != nil }

  /// The entry's number a title opens with ("117. Why …?" → 117, "2) security" → 2), or nil. A mark
  /// with a digit after it is a time, a date or a decimal ("10.30 Uhr", "12.03.2024", "1.5 Background").
  static func entryNumber(_ title: String) -> Int? {
    var number = 0
    var digits = 0
    var marked = false
    for byte in title.utf8 {
      let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      if marked { return digit ? nil : number }
      if digit {
        digits += 1
        guard digits <= ListRules.maximumEntryNumberDigits else { return nil }
        number = number * 10 + Int(byte - UInt8(ascii: "0"))
      } else if digits > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) {
        marked = true
      } else {
        return nil
      }
    }
    return marked ? number : nil
  }

  /// Characters of an amount's number: digits, vulgar fractions and the marks between them
  /// ("1,5", "1.5", "1/2", "1-2", "½").
  static let amountMarks: Set<Character> = [",", ".", "/", "-", "–", "½", "¼", "¾", "⅓", "⅔", "⅛"]

  /// Whether a bold lead is an amount with its unit ("200 g", "2 cups", "1 1/2 tsp", "500ml",
  /// "2 c. à soupe"): a recipe's or a shopping list's quantity before the ingredient it measures,
  /// not the item's name. A number before other words ("10 Tips", "3 Days in Rome") is a title.
  static func isAmount(_ title: String) -> Bool {
    let words = title.lowercased().split(separator: " ")
    guard let first = words.first, first.first.map({ $0.isASCII && $0.isNumber || amountMarks.contains($0) }) == true
    else { return false }
    var unitSeen = false
    for (index, word) in words.enumerated() {
      // "1 1/2 cups": a number goes on; "500ml": a unit written on to its number.
      let unit = word.drop { $0.isASCII && $0.isNumber || amountMarks.contains($0) }
      if unit.isEmpty {
        guard !unitSeen else { return false }
        continue
      }
      guard unit.count < word.count || index > 0 else { return false }
      let bare = String(unit.hasSuffix(".") ? unit.dropLast() : unit)
      guard VocabularyLists.units.contains(bare) else { return false }
      unitSeen = true
    }
    return unitSeen
  }

  /// Whether a bold lead is a bracketed reference number ("[1]", "[12]", "[3–5]"): a note's or a
  /// source's number in a list of references, not its title.
  static func isReferenceMark(_ title: String) -> Bool {
    guard title.count > 2, title.first == "[", title.last == "]" else { return false }
    let inner = title.dropFirst().dropLast()
    return inner.contains { $0.isASCII && $0.isNumber }
      && inner.allSatisfy { $0.isASCII && $0.isNumber || ", –-".contains($0) }
  }

  /// Whether a bold lead is a mark, not a name: an amount or a reference number.
  static func isMarkLead(_ title: String) -> Bool { isAmount(title) || isReferenceMark(title) }

  /// Whether a lead's bolds are an item's number and nothing else ("<b>1.</b> Moriondo patented …",
  /// a footnote's number set in bold): a mark, not a title. A number in a bold of its own before
  /// the name's bold ("<b>1.</b> <b>Rome</b> – …") leads a titled entry; a bare year ("<b>2010</b>")
  /// names its entry.
  static func isNumberOnly(_ bolds: [Node]) -> Bool {
    bolds.count == 1 && isEnumerator(Text.clean(Page.rawText(bolds[0])))
  }

  /// Whether a title's elements read as a "read this too" label (`Patterns.insertLabels`).
  static func isInsertLabel(_ nodes: [Node]) -> Bool {
    let title = Text.clean(nodes.map { Page.rawText($0) }.joined(separator: " "))
    return Patterns.insertLabels.contains(Text.clean(title.trimmingScalars(in: TrimSets.titleSeparators)).lowercased())
  }

  /// Whether a list's titles are an interview's turn words ("Frage:"/"Antwort:", "Q:"/"A:"):
  /// half the titles or more are a turn word ("Frage:" beside the speaker "Müller:"), or every title
  /// is one of a language's two turn letters and both come. An interview of two turns is no list
  /// either; a title among others that is such a word by chance ("A" of an alphabet) is kept.
  static func isTurnTaking(_ items: [ListItem]) -> Bool {
    let titles = items.compactMap { $0.title?.lowercased() }
    guard titles.count >= Thresholds.minimumLeadRunItems else { return false }
    let words = titles.filter { VocabularyLists.turnWords.contains($0) }.count
    if words > 0, words * 2 >= titles.count { return true }
    let letters = Set(titles)
    return VocabularyLists.turnLetters.contains { $0 == letters }
  }

  /// Characters that open a bullet typed as text ("• Eingang für Neukunden").
  static let bulletMarks: Set<Character> = ["•", "●", "▪", "◦", "·"]

  /// Whether a description is bullets typed as text: two bullet marks or more, each opening a word.
  static func isBulleted(_ text: String) -> Bool {
    // Each bullet Character is its mark's scalar alone: a text holding fewer than two of those
    // scalars has no two bullets, and is told so from its bytes (most descriptions hold none),
    // where walking its Characters cost as much as the lists' other work.
    guard bulletScalarCount(text, atMost: 2) >= 2 else { return false }
    var bullets = 0
    var previous: Character = " "
    for character in text {
      if bulletMarks.contains(character), previous.isWhitespace {
        bullets += 1
        if bullets >= 2 { return true }
      }
      previous = character
    }
    return false
  }

  /// How many of `bulletMarks`' scalars (and scalars Swift holds canonically equal to one) the
  /// text's UTF-8 holds, counted up to `limit`: "·" is C2 B7 (and U+0387 CE 87); "•" E2 80 A2,
  /// "▪" E2 96 AA, "●" E2 97 8F, "◦" E2 97 A6.
  static func bulletScalarCount(_ text: String, atMost limit: Int) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var index = 0
      let end = bytes.count
      while index + 1 < end {
        let byte = bytes[index]
        if byte == 0xC2 || byte == 0xCE {
          // "·", and the Greek ano teleia (CE 87), which is canonically the same Character.
          if bytes[index + 1] == (byte == 0xC2 ? 0xB7 : 0x87) { count += 1 }
        } else if byte == 0xE2, index + 2 < end {
          let second = bytes[index + 1]
          let third = bytes[index + 2]
          if second == 0x80 && third == 0xA2 || second == 0x96 && third == 0xAA
            || second == 0x97 && (third == 0x8F || third == 0xA6)
          {
            count += 1
          }
        }
        if count >= limit { return count }
        index += 1
      }
      return count
    }
  }

  /// Whether every line of a paragraph opens with a bold label ("<b>Family:</b> Malvaceae<br>
  /// <b>Common Name:</b> Rose Mallow"): a facts box, not an item.
  private static func isFactsBox(_ paragraph: Node) -> Bool {
    var lines = 0
    var labelled = 0
    var atLineStart = true
    func visit(_ node: Node) {
      for child in node.children {
        if child.tag == "br" {
          atLineStart = true
        } else if child.kind == .text {
          if atLineStart, !Text.clean(child.text).isEmpty {
            lines += 1
            atLineStart = false
          }
        } else if atLineStart, boldTags.contains(child), child.textLength > 0 {
          lines += 1
          labelled += 1
          atLineStart = false
        } else {
          visit(child)
        }
      }
    }
    visit(paragraph)
    return lines >= 2 && labelled == lines
  }

  /// Whether a bold lead holds a line break: a label over its first value ("<b>Ausstellungen:<br>
  /// 2014:</b> …"), two lines set in bold, not one item's title. Only a short bold's elements are
  /// read (its text is bounded before this is asked).
  /// A break with nothing shown after it (`<b>Title<br></b> text`) ends the title's line.
  static func breaksLine(_ bold: Node) -> Bool {
    var shown = false
    var broken = false
    for index in (bold.order + 1)..<bold.end {
      let node = Node(bold.document, index)
      if node.tag == "br" {
        broken = shown
      } else if node.kind == .text, !Text.clean(node.text).isEmpty {
        if broken { return true }
        shown = true
      }
    }
    return false
  }

  /// A bold element and the bold ones right after it, only whitespace between
  /// (`<b>Sync Engine</b> <b>M3</b>`).
  private static func adjacentBolds(from first: Node) -> [Node] {
    var bolds = [first]
    var next = first.nextSibling
    while let node = next {
      if node.kind == .text, Text.clean(node.text).isEmpty {
        next = node.nextSibling
      } else if isBold(node) {
        bolds.append(node)
        next = node.nextSibling
      } else {
        break
      }
    }
    return bolds
  }

  static let boldTags: TagSet = ["strong", "b"]

  /// Whether an element sets its text in bold: `<strong>`, `<b>`, or a `<span>` made bold by its
  /// inline style (`style="font-weight: 700"`, an editor's paste) or by a utility class
  /// (`class="font-semibold"`).
  static func isBold(_ node: Node) -> Bool {
    if boldTags.contains(node) { return true }
    guard node.tag == "span" else { return false }
    if let style = node.attribute("style"), let weight = fontWeight(style) { return weight }
    guard let classes = node.attribute("class") else { return false }
    return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains {
      ListRules.boldClassTokens.contains($0.lowercased())
    }
  }

  /// Whether an inline style's `font-weight` is bold (nil: the style sets no weight).
  static func fontWeight(_ style: String) -> Bool? {
    let lowered = style.lowercased()
    guard let range = lowered.range(of: "font-weight") else { return nil }
    let value = lowered[range.upperBound...].drop { $0 == " " || $0 == ":" }.prefix { $0.isLetter || $0.isNumber }
    if let number = Int(value) { return number >= ListRules.minimumBoldWeight }
    return value == "bold" || value == "bolder"
  }

  /// Bytes a lead mark's text node has at most (three emoji with their variation selectors and
  /// spaces): longer text is never read as one.
  static let maximumLeadMarkBytes = 32

  /// A text node that is a lead mark (`isLeadMark`), or nil.
  static func leadMark(_ node: Node) -> Node? {
    guard node.kind == .text, node.textBytes.count <= maximumLeadMarkBytes, isLeadMark(node.text) else { return nil }
    return node
  }

  /// Whether a text is a lead mark set before an item's bold title (`<li>✅ <strong>Title:</strong>`,
  /// "👉", "➤", "★ "): a few symbols, no letter, digit, quote or bracket.
  static func isLeadMark(_ text: String) -> Bool {
    let mark = Text.clean(text)
    guard !mark.isEmpty, mark.count <= ListRules.maximumLeadMarkCharacters else { return false }
    return mark.allSatisfy { character in
      character == " " || bulletMarks.contains(character)
        || character.unicodeScalars.allSatisfy { scalar in
          switch scalar.properties.generalCategory {
          case .otherSymbol, .mathSymbol: return true
          case .nonspacingMark, .enclosingMark, .format: return scalar != character.unicodeScalars.first
          default: return false
          }
        }
    }
  }
  static let listTags: TagSet = ["ul", "ol", "dl"]

  static func parse(_ node: Node, page: Page, content: Content) -> ArticleList? {
    let items: [ListItem]
    if node.tag == "dl" {
      items = definitionItems(node, page: page, content: content)
    } else {
      // A list written straight inside a list (`<ol><li>…</li><ol>…</ol></ol>`, `<ul><ul>`) belongs to
      // the item before it; with no item before it, its items are this list's.
      var entries: [ListItem] = []
      var textless = 0
      var exclaimed: [(index: Int, node: Node)] = []
      var titled = 0
      for child in node.children where child.isElement && !content.isMasked(child) {
        if child.tag == "li" {
          if let entry = item(child, page: page, content: content) {
            if let title = entry.title {
              titled += 1
              if isExclamation(title), title.utf8.contains(UInt8(ascii: " ")) {
                exclaimed.append((entries.count, child))
              }
            }
            entries.append(entry)
          } else {
            textless += 1
          }
        } else if child.tag == "ul" || child.tag == "ol", let nested = parse(child, page: page, content: content) {
          if entries.isEmpty { entries = nested.items } else { entries[entries.count - 1].lists.append(nested) }
        }
      }
      // Mostly items without text: a strip of gallery thumbnails ("+6" on the last), not a list.
      if textless > entries.count { return nil }
      // Most titles exclaim or trail off ("It was fantastic!", "Not good..."): lines someone says (a
      // dialogue's choices), not the items' names; a name with "!" among names stays a title.
      if exclaimed.count * 2 > titled {
        for (index, child) in exclaimed {
          if let entry = item(child, page: page, content: content, titled: false) { entries[index] = entry }
        }
      }
      // One bold lead among many plain items ("<b>Startpunkt:</b>" on the first of a route's 26
      // stops) is emphasis, not the list's titles: the items are read again without titles.
      // The same bold word on every item ("<b>Note:</b>", a PHP "<b>Warning</b>: …" on each line)
      // is a label, not titles: a title names its own item.
      // A few bold leads among many plain items ("<b>Important:</b>" on two of eight) are the
      // same emphasis: titles name every item of a list, or most of them.
      let titledCount = entries.filter({ $0.title != nil }).count
      // An interview's turn words ("<b>Q:</b>", "<b>A:</b>") are no titles however few the items.
      let stray =
        entries.count >= Thresholds.minimumItemsForStrayTitle
        && (titledCount > 0 && titledCount * ListRules.strayTitleShare <= entries.count || sameTitle(entries))
      if stray || isTurnTaking(entries) {
        entries = node.children.compactMap { child in
          guard child.isElement, child.tag == "li", !content.isMasked(child) else { return nil }
          return item(child, page: page, content: content, titled: false)
        }
        if entries.isEmpty { return nil }
      }
      items = entries
    }
    guard !items.isEmpty else { return nil }
    return ArticleList(ordered: node.tag == "ol", intro: intro(of: node, content: content), items: items)
  }

  /// Whether a run's bold leads are speakers taking turns (an interview's "<b>SPIEGEL:</b> …?",
  /// "<b>Müller:</b> …", "<b>SPIEGEL:</b> …", or "<b>Q:</b>"/"<b>A:</b>"): the same few titles come
  /// back, half the items or more repeating one before them: two voices, or more round one that
  /// asks. A list's titles name their own items; one repeated among many ("Kid:" twice in a
  /// listicle of jokes) is no dialogue, nor a schedule's slots repeated day after day.
  static func takesTurns(_ items: [ListItem]) -> Bool {
    guard items.count > Thresholds.minimumLeadRunItems else { return false }
    var byTitle: [String: [ListItem]] = [:]
    for item in items { if let title = item.title { byTitle[title, default: []].append(item) } }
    guard byTitle.count < items.count, byTitle.count * 2 <= items.count + 1 else { return false }
    // Two voices are an interview; three or more titles coming back ("Morning:", "Afternoon:",
    // "Evening:" on each day of an itinerary) are a schedule's titles unless one of them asks:
    // an interviewer's lines are questions, most of them.
    if byTitle.count <= 2 { return true }
    return byTitle.values.contains { lines in
      lines.count >= 2 && lines.filter { ListsExtractor.asks($0.text) }.count * 2 > lines.count
    }
  }

  /// Whether an item's text ends in a question mark (of any script), quotes and blanks aside.
  static func asks(_ text: String) -> Bool {
    guard
      let last = text.unicodeScalars.last(where: {
        !ListRules.trailingQuotes.contains($0) && !$0.properties.isWhitespace
      })
    else { return false }
    return ListRules.questionMarks.contains(last)
  }

  /// Whether every item of a list carries a title and all the titles are the same.
  static func sameTitle(_ items: [ListItem]) -> Bool {
    guard items.count >= Thresholds.minimumLeadRunItems, let first = items[0].title else { return false }
    return items.allSatisfy { $0.title == first }
  }

  private static func item(_ node: Node, page: Page, content: Content, titled: Bool = true) -> ListItem? {
    let nested = node.descendants { child in
      listTags.contains(child) && !content.isMasked(child)
        && !child.ancestors.contains {
          $0 !== node && node.contains($0) && (listTags.contains($0) || content.isMasked($0))
        }
    }
    let lists = nested.compactMap { parse($0, page: page, content: content) }
    var titleNodes = titled ? title(of: node, nested: nested) : []
    // "<strong>Lesen Sie auch:</strong> <a>…</a>", "<b>Read more:</b> …": a "read this too" label
    // points at other posts; it names no item.
    if !titleNodes.isEmpty, isInsertLabel(titleNodes) { titleNodes = [] }
    var skip = Set(nested.map(\.order))
    for titleNode in titleNodes { skip.insert(titleNode.order) }
    // The mark before a title ("✅ <strong>Title:</strong>") is neither title nor text.
    if !titleNodes.isEmpty, let first = node.children.first(where: { $0.isElement || showsText($0) }),
      let mark = leadMark(first)
    {
      skip.insert(mark.order)
    }
    var text = Text.cleanLines(collect(node, skipping: skip, content: content))
    var title = titleNodes.isEmpty ? nil : Text.clean(titleNodes.map { Page.rawText($0) }.joined(separator: " "))
    if let current = title {
      // "Title:" and "Title –" keep their punctuation out of the title.
      title = Text.clean(current.trimmingScalars(in: TrimSets.titleSeparators))
      text = String(text.drop { ":–—-".contains($0) || $0.isWhitespace })
    }
    if title?.isEmpty == true { title = nil }
    guard title != nil || !text.isEmpty || !lists.isEmpty else { return nil }
    return ListItem(title: title, text: text, lists: lists)
  }

  /// Whether a node is the first thing in its `<li>`: a heading there titles the item.
  static func leadsItem(_ node: Node) -> Bool {
    guard let item = node.parent, item.tag == "li" else { return false }
    return item.children.first { $0.isElement || !Text.clean($0.text).isEmpty } === node
  }

  /// The title elements of an item (a bold lead may be two bolds in a row), or none.
  private static func title(of item: Node, nested: [Node]) -> [Node] {
    var leading = item.children.filter { $0.isElement || !Text.clean($0.text).isEmpty }
    // <li><a><img></a><h2>Title</h2><p>…</p></li>: a feature's picture above its heading; the
    // heading still leads the item's text.
    if let heading = leading.first(where: { $0.textLength > 0 }), ContentWalker.headingTags.contains(heading) {
      leading.removeAll { $0.order < heading.order }
    }
    // <li>✅ <strong>Title:</strong> text</li>: a symbol before the bold lead decorates it. An item
    // whose rest is all links ("👉 <strong>Lesen Sie auch:</strong> <a>…</a>", "→ <b>Related:</b> <a>…</a>")
    // is a pointer to other posts, its bold the pointer's label.
    if leading.count > 2, leadMark(leading[0]) != nil, leading[1].isElement, isBold(leading[1]),
      item.textLength - leading[0].textLength - leading[1].textLength > item.linkTextLength
    {
      leading.removeFirst()
    }
    guard var first = leading.first, first.isElement else { return [] }
    // <li><header><h3>Title</h3></header><div>…</div></li>: a heading in a wrapper of its own.
    if first.tag == "header" || first.tag == "div", leading.count > 1 {
      let inner = first.children.filter { $0.isElement || !Text.clean($0.text).isEmpty }
      if inner.count == 1, ContentWalker.headingTags.contains(inner[0]) { first = inner[0] }
    }
    // <li><span style="font-weight:700"><strong>Title</strong></span>: text, a pasted editor's spans
    // around the bold lead (a Google Docs paste wraps every run in one): the bold inside leads the item.
    // The wrapper's line goes on after it when the bold ends it ("<span><b>Deep tissue</b></span>
    // massage works …" is emphasis in a sentence).
    var wrapper: Node?
    if leadWrapperTags.contains(first),
      let inner = first.children.first(where: { $0.isElement ? $0.tag != "br" : !Text.clean($0.text).isEmpty }),
      isBold(inner)
    {
      wrapper = first
      first = inner
    }
    let rest = item.textLength - first.textLength
    func boundedText(_ node: Node) -> Bool {
      let text = Text.clean(Page.rawText(node))
      // A title names something: a bold mark alone ("^", a reference's backlink) is none.
      return text.contains { $0.isLetter || $0.isNumber } && text.count <= Thresholds.maximumItemTitleChars
        && text.split(separator: " ").count <= Thresholds.maximumItemTitleWords
    }
    func quoted(_ node: Node) -> Bool {
      let text = Text.clean(Page.rawText(node))
      return isQuotedLine(text)
    }
    // "<b>200 g</b> Mehl", "<b>[1]</b> Smith (2019)": an amount or a reference number is no name.
    func bounded(_ node: Node) -> Bool {
      boundedText(node) && !breaksLine(node)
        && !isMarkLead(Text.clean(Page.rawText(node).trimmingScalars(in: TrimSets.titleSeparators)))
    }
    // <li><h3>Title</h3><p>…</p></li>
    if ContentWalker.headingTags.contains(first) {
      return bounded(first) && (rest > 0 || !nested.isEmpty) ? [first] : []
    }
    // <li><p><strong>Title</strong></p><p>…</p></li>
    if first.tag == "p" || first.tag == "div" {
      let inner = first.children.filter { $0.isElement || !Text.clean($0.text).isEmpty }
      if inner.count == 1, let bold = inner.first, isBold(bold), bounded(bold), !quoted(bold),
        !isNumberOnly([bold]), rest > 0 || !nested.isEmpty
      {
        return [bold]
      }
      if let lead = inner.first, isBold(lead), bounded(lead), !quoted(lead), inner.count > 1,
        !isNumberOnly(adjacentBolds(from: lead)), !runsOn(lead)
      {
        return [lead]
      }
      return []
    }
    // <li><strong>Title</strong> text</li>, <li><b>Sync Engine</b> <b>M3</b> – text</li>
    if isBold(first)
      || (first.tag == "a" && first.children.count == 1 && boldTags.contains(first.children[0].tag))
    {
      let bolds = first.tag == "a" ? [first] : adjacentBolds(from: first)
      let last = bolds[bolds.count - 1]
      // The last bold fills the rest of its wrapper: the line goes on after the wrapper.
      let lineEnd =
        wrapper.flatMap { wrapper in
          wrapper.children.last(where: { $0.isElement ? $0.tag != "br" : !Text.clean($0.text).isEmpty }) === last
            ? wrapper : nil
        } ?? last
      guard bolds.allSatisfy(bounded), !isNumberOnly(bolds), !quoted(last), rest > 0 || !nested.isEmpty,
        !runsOn(lineEnd)
      else { return [] }
      return bolds
    }
    // An accordion: <li><a class="accordion-title">Title</a><div>the long answer</div></li>, the
    // lead alone on its line above a block that is much longer and opens with prose. A toggle over
    // a table, a diagram's tiles or a sub-heading (`<li><a href="#">Grundmodul</a><div><section>…`,
    // a syllabus's panels) names a panel of the page, not an item with its description.
    if leadWrapperTags.contains(first) || first.tag == "a" || first.tag == "button", leading.count > 1,
      let next = leading.dropFirst().first, next.isElement, !ContentWalker.inlineTags.contains(next),
      !listTags.contains(next), bounded(first),
      next.textLength >= max(Thresholds.minimumParagraphChars, first.textLength * 2), opensWithProse(next)
    {
      return [first]
    }
    return []
  }

  /// Whether a block opens with prose: its first shown child is text or a paragraph, through
  /// wrapper `<div>`s (`<div class="accordion-content"><p>…`), a few levels down at most.
  static func opensWithProse(_ block: Node) -> Bool {
    var current = block
    for _ in 0..<ListRules.maximumPanelWrapperDepth {
      let shown = current.children.first { $0.isElement ? $0.tag != "br" : !Text.clean($0.text).isEmpty }
      guard let first = shown else { return false }
      if !first.isElement || first.tag == "p" || ContentWalker.inlineTags.contains(first) { return true }
      guard first.tag == "div" else { return false }
      current = first
    }
    return false
  }

  /// Whether a bold lead runs on into its sentence: the text right after it starts in lower case
  /// with no colon, dash or line break between ("<b>Executor</b> makes a call", "<b>Alleinerziehenden</b>
  /// stehen … zu"). Emphasis inside a sentence is not a title.
  private static func runsOn(_ bold: Node) -> Bool {
    let title = Text.clean(Page.rawText(bold))
    if let last = title.last, ":.?!–—-".contains(last) { return false }
    // The rest of the bold's line: its siblings' text up to a line break or a block, read only as
    // far as its first character (or a parenthesis and the character after it) decides: a line
    // of many bolds is not read again for each.
    var line = ""
    var next = bold.nextSibling
    while let node = next {
      if node.isElement {
        if node.tag == "br" || !ContentWalker.inlineTags.contains(node) { break }
        line += Page.rawText(node)
      } else {
        line += node.text
      }
      next = node.nextSibling
      let read = Text.clean(line)
      guard let first = read.first else { continue }
      if first != "(" { break }
      if let close = read.firstIndex(of: ")"), read[read.index(after: close)...].contains(where: { $0 != " " }) {
        break
      }
    }
    let text = Text.clean(line)
    // "<b>Nordfon</b> (except the Nordfon 7)", "<b>Choice</b> <small>(No effect.)</small> She says …": a
    // parenthesis goes on with the name, unless a dash or colon follows it.
    if text.first == "(", let close = text.firstIndex(of: ")") {
      let after = text[text.index(after: close)...].drop { $0 == " " }
      return !(after.first.map { ":–—-".contains($0) } ?? false)
    }
    return text.first?.isLowercase == true
  }

  /// `<dl>`: each `<dt>` is a title, the `<dd>`s after it its text.
  private static func definitionItems(_ list: Node, page: Page, content: Content) -> [ListItem] {
    var items: [ListItem] = []
    for child in list.elementChildren.flatMap({ $0.tag == "div" ? $0.elementChildren : [$0] })
    where !content.isMasked(child) {
      let collected = collect(child, skipping: [], content: content)
      let text = child.tag == "dt" ? Text.clean(collected) : Text.cleanLines(collected)
      if child.tag == "dt" {
        items.append(ListItem(title: text.isEmpty ? nil : text, text: ""))
      } else if child.tag == "dd" {
        if items.isEmpty || !items[items.count - 1].text.isEmpty {
          items.append(ListItem(title: nil, text: text))
        } else {
          items[items.count - 1].text = text
        }
      }
    }
    return items.filter { $0.title != nil || !$0.text.isEmpty }
  }

  /// The line leading into a list: the paragraph right before it, when it ends with a colon.
  private static func intro(of list: Node, content: Content) -> String? {
    guard let parent = list.parent else { return nil }
    for previous in parent.children[..<list.siblingIndex].reversed() {
      if previous.kind == .text {
        if Text.clean(previous.text).isEmpty { continue }
        let text = Text.clean(previous.text)
        return text.hasSuffix(":") && text.count <= Thresholds.maximumIntroChars ? text : nil
      }
      guard !content.isMasked(previous), previous.tag != "br" else { continue }
      guard previous.tag == "p" || previous.tag == "div" || previous.tag == "span" || previous.tag == "strong" else {
        return nil
      }
      let text = Text.clean(Page.rawText(previous))
      return text.hasSuffix(":") && text.count <= Thresholds.maximumIntroChars ? text : nil
    }
    return nil
  }

  /// Text below `node`, leaving out the nodes in `skipping` and masked ones; a `<br>` is
  /// `Text.lineBreak`.
  static func collect(_ node: Node, skipping: Set<Int>, content: Content) -> String {
    var output = ""
    func walk(_ current: Node) {
      for child in current.children {
        if child.kind == .text {
          if !skipping.contains(child.order) { output += child.text }
        } else if !skipping.contains(child.order) && !content.isMasked(child) {
          let block = !ContentWalker.inlineTags.contains(child)
          if child.tag == "br" { output += Text.lineBreak } else if block { output += " " }
          walk(child)
          if block { output += " " }
        }
      }
    }
    walk(node)
    return output
  }
}
