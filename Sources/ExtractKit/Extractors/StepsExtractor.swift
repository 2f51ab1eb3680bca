import Foundation

/// Numbered procedures. Strategies: schema.org `HowTo`/`Recipe` steps in JSON-LD, titled and
/// grouped as the page shows them; ordered lists in how-to context (a title, heading or lead-in
/// that says how to, in any language of `VocabularySteps`, or a recipe page); runs of "Step 1" /
/// "1." paragraphs, lines or headings in the same context. Each group is titled by what it
/// belongs to: the list item holding it, else the heading above it, else the article's title.
struct StepsExtractor: SectionExtractor {
  /// A group found, with where it starts in the document (-1: not shown on the page).
  private typealias Found = (group: StepGroup, order: Int)

  func extract(from context: Context) -> [StepGroup] {
    var (structured, names) = fromJSONLD(context)
    if structured.isEmpty { structured = fromMicrodata(context.page) }
    // A recipe or how-to page (by its structured data): its numbered lists and runs are steps.
    let procedurePage = !structured.isEmpty || context.page.jsonLD.contains(where: StepsExtractor.isProcedureObject)
    let known = Set(structured.flatMap { $0.group.steps.map { StepsExtractor.key($0.text) } }).union(names)
    let shown =
      (fromOrderedLists(context, procedurePage: procedurePage)
      + fromNumberedRuns(context, procedurePage: procedurePage)).filter { found in
        // The recipe card's own list, already read from the structured steps.
        !found.group.steps.contains { known.contains(StepsExtractor.key($0.text)) }
      }
    return (structured + shown).sorted { $0.order < $1.order }.map(\.group)
  }

  static func isProcedureObject(_ object: [String: Any]) -> Bool {
    let types = JSONLD.types(object)
    return types.contains("HowTo") || types.contains("Recipe")
  }

  /// A step's text as compared across sources: its words, lower-cased.
  private static func key(_ text: String) -> String { Text.words(text).joined(separator: " ") }

  // MARK: structured data

  /// The structured groups, and the keys of their steps' names ("Sit Quietly for Five Minutes",
  /// shown as the step's heading on the page).
  private func fromJSONLD(_ context: Context) -> ([Found], Set<String>) {
    var groups: [(title: String?, texts: [String])] = []
    var names = Set<String>()
    func collect(_ entry: Any) -> String? {
      if let object = entry as? [String: Any], let name = JSONLD.string(object["name"]) {
        names.insert(StepsExtractor.key(name))
      }
      return stepText(entry)
    }
    for object in context.page.jsonLD where StepsExtractor.isProcedureObject(object) {
      let title = JSONLD.string(object["name"])
      let steps = object["step"] ?? object["recipeInstructions"]
      var flat: [String] = []
      for entry in (steps as? [Any]) ?? (steps.map { [$0] } ?? []) {
        if let section = entry as? [String: Any], JSONLD.types(section).contains("HowToSection") {
          let texts = ((section["itemListElement"] as? [Any]) ?? []).compactMap(collect)
          if texts.count >= 1 { groups.append((JSONLD.string(section["name"]), texts)) }
        } else if let text = collect(entry) {
          flat.append(text)
        }
      }
      if flat.count >= Thresholds.minimumSteps { groups.append((title, flat)) }
    }
    guard !groups.isEmpty else { return ([], []) }
    return (StepsExtractor.shown(groups, page: context.page, title: context.title), names)
  }

  /// Microdata steps (`<li><div itemprop="recipeInstructions" itemtype="…/HowToStep">` with the
  /// step's words in its `itemprop="text"`): one group, titled by the heading shown above it.
  private func fromMicrodata(_ page: Page) -> [Found] {
    var steps: [Node] = []
    var end = -1
    let stepTags = StepsExtractor.microdataStepTags  // read once, not per node
    for node in page.tree.nodes where node.order >= end && stepTags.contains(node) {
      guard let property = node.attribute("itemprop"), StepsExtractor.microdataStepProperties.contains(property)
      else { continue }
      steps.append(node)
      end = node.end
    }
    let texts = steps.compactMap { step -> String? in
      let body = step.firstDescendant { $0.isElement && $0.attribute("itemprop") == "text" } ?? step
      return Text.nonEmpty(Text.clean(Page.rawText(body)))
    }
    guard texts.count >= Thresholds.minimumSteps, let first = steps.first else { return [] }
    return [(StepsExtractor.group(StepsExtractor.headingAbove(first, skipping: []), texts), first.order)]
  }

  /// Elements that carry a microdata step, and the properties that name one.
  static let microdataStepTags: TagSet = ["li", "div"]
  static let microdataStepProperties: Set<String> = ["recipeInstructions", "step"]

  private func stepText(_ value: Any) -> String? {
    if let string = value as? String { return Text.nonEmpty(Text.decodeEntities(string)) }
    guard let object = value as? [String: Any] else { return nil }
    return JSONLD.string(object["text"]) ?? JSONLD.string(object["name"])
  }

  private static func group(_ title: String?, _ texts: [String]) -> StepGroup {
    StepGroup(title: title, steps: texts.enumerated().map { Step(position: $0.offset + 1, text: $0.element) })
  }

  /// Structured steps as the reader sees them: each step is found on the page in one forward
  /// pass over the text; a group is split where its steps change list (a recipe card's
  /// "Instructions" and "Making the sauce" lists behind one flat `recipeInstructions`), and
  /// titled by the heading shown above it. Steps not found keep the structured data's name.
  private static func shown(_ groups: [(title: String?, texts: [String])], page: Page, title: String?) -> [Found] {
    let texts = groups.flatMap(\.texts)
    let keys = texts.map { Array(Text.words($0, limit: Thresholds.stepMatchWords)) }
    var located = [Node?](repeating: nil, count: texts.count)
    var cursor = 0
    for node in page.tree.nodes where cursor < texts.count && !node.isElement {
      let raw = node.text
      guard raw.utf8.count >= Thresholds.minimumStepMatchChars || raw.utf8.count >= texts[cursor].utf8.count / 2
      else { continue }
      let words = Text.words(raw, limit: Thresholds.stepMatchWords)
      guard !words.isEmpty else { continue }
      // The step at the cursor, or the one after it when one step is not on the page.
      for candidate in cursor..<min(cursor + 2, texts.count) {
        let wanted = keys[candidate]
        let length = min(words.count, wanted.count)
        if length >= min(wanted.count, Thresholds.minimumStepMatchWords), words.prefix(length) == wanted.prefix(length)
        {
          located[candidate] = node
          cursor = candidate + 1
          break
        }
      }
    }
    var found: [Found] = []
    var index = 0
    let names = Set(groups.flatMap(\.texts).map(key))
    for group in groups {
      var start = index
      let end = index + group.texts.count
      while start < end {
        // The run of steps in one list (or not found at all).
        let list = located[start].flatMap(container)
        var stop = start + 1
        while stop < end, located[stop].flatMap(container) == list || located[stop] == nil && list == nil { stop += 1 }
        let slice = Array(texts[start..<stop])
        if let node = located[start], let heading = headingAbove(node, skipping: names) {
          found.append((StepsExtractor.group(heading, slice), node.order))
        } else {
          found.append((StepsExtractor.group(group.title ?? title, slice), located[start]?.order ?? -1))
        }
        start = stop
      }
      index = end
    }
    return found
  }

  /// The list or recipe-card box a located step sits in.
  private static func container(_ node: Node) -> Node? {
    node.closest { $0.tag == "ol" || $0.tag == "ul" }
  }

  /// The heading a reader sees above `node`: the nearest `<h1>`–`<h6>` or bold line before it
  /// that is not a numbered step itself ("Step 1: Sit quietly" above its description).
  private static func headingAbove(
    _ node: Node, skipping names: Set<String>, after floor: Int = -1, content: Content? = nil
  ) -> String? {
    let nodes = Tree.Nodes(document: node.document)
    var index = node.order - 1
    let limit = max(0, floor + 1, node.order - Thresholds.maximumStepHeadingDistance)
    while index >= limit {
      let candidate = nodes[index]
      index -= 1
      guard candidate.isElement, !candidate.contains(node) else { continue }
      let heading =
        ContentWalker.headingTags.contains(candidate)
        || ((candidate.tag == "p" || candidate.tag == "div") && isPseudoHeading(candidate))
      guard heading, let text = Text.nonEmpty(Text.clean(Page.rawText(candidate))) else { continue }
      // A heading the body leaves out (an "Other People Are Reading" insert's) is not the steps'.
      if let content, isMasked(candidate, in: content) { continue }
      if numbered(text) != nil || stepLabel(text) != nil || names.contains(key(text)) { continue }
      return headingText(text)
    }
    return nil
  }

  /// Whether a node or one of its ancestors is masked out of the body.
  private static func isMasked(_ node: Node, in content: Content) -> Bool {
    var current: Node? = node
    while let ancestor = current {
      if content.isMasked(ancestor) { return true }
      current = ancestor.parent
    }
    return false
  }

  /// Whether a block is a picture's caption (`<figure>…<figcaption>`).
  static func isCaption(_ node: Node) -> Bool {
    node.closest { $0.tag == "figure" || $0.tag == "figcaption" } != nil
  }

  /// The title of steps starting at `node` under the heading the walk last met: a heading shown
  /// between the two wins (a "Step A" heading in a highlighted box the walk leaves out).
  private static func title(above node: Node, tracked: (text: String, order: Int)?, content: Content) -> String? {
    guard let tracked else { return nil }
    return headingAbove(node, skipping: [], after: tracked.order, content: content) ?? tracked.text
  }

  /// The steps' title: the heading above them; where no heading but the article's title stands
  /// over them, a short lead line right before them that names them ("So geht’s:",
  /// "Zubereitung:"), without its colon.
  static func title(_ above: String?, lead: String?, article: String?, language: String? = nil) -> String? {
    if let above, article.map({ key(above) != key($0) }) ?? true { return above }
    guard let lead, lead.hasSuffix(":"), lead.count <= Thresholds.maximumPseudoHeadingChars,
      namesProcedure(lead) || VocabularySteps.asksHowTo(lead, language: language)
    else { return above }
    return headingText(lead)
  }

  // MARK: how-to context

  /// Whether a title, heading or list owner names a procedure ("How to …", "Anleitung", "Étapes").
  static func namesProcedure(_ text: String?) -> Bool {
    guard let text else { return false }
    return VocabularySteps.mentions(text, VocabularySteps.titleWords)
  }

  /// Whether a title asks how to in the page's language ("Comment préparer …", "So backen Sie …")
  /// over `items` that read as actions: the how-words open ordinary headings too ("Wie du siehst",
  /// "Como mujer en la ingeniería"), so the wording alone is no procedure.
  static func asksHowTo(_ text: String?, language: String?, items: [String]) -> Bool {
    guard let text, VocabularySteps.asksHowTo(text, language: language) else { return false }
    return readAsActions(items)
  }

  /// Whether a lead-in line announces one ("Here is how I did it:", "… geht so vor:"). A lead-in
  /// that announces any list ("… as follows:", "wie folgt:") does so only when the `items` it
  /// introduces read as actions (no `items`: a run of numbered paragraphs, not yet read).
  static func announcesProcedure(_ intro: String?, items: [String]? = nil) -> Bool {
    guard let intro, intro.hasSuffix(":") else { return false }
    if VocabularySteps.mentions(intro, VocabularySteps.introWords)
      || VocabularySteps.mentions(intro, VocabularySteps.titleWords)
    {
      return true
    }
    guard
      VocabularySteps.mentions(intro, VocabularySteps.neutralIntros) || announcesAlgorithm(intro)
        || VocabularySteps.endsWith(lastSentence(intro), VocabularySteps.workingIntros)
    else {
      return false
    }
    guard let items else { return true }
    return readAsActions(items)
  }

  /// Whether a lead-in's last clause announces an algorithm: the word ends it ("… uses a greedy
  /// algorithm:"; German and Dutch a verb after it; a purpose clause after it, "… algorithm to
  /// create a placement:"), and it asks no what or why.
  static func announcesAlgorithm(_ intro: String) -> Bool {
    let words = Text.words(lastSentence(intro))
    guard let index = words.lastIndex(where: { VocabularySteps.algorithmWords.contains($0) }) else { return false }
    let after = words.count - 1 - index
    guard
      after == 0 || VocabularySteps.purposeWords.contains(words[index + 1])
        || (after == 1 && VocabularySteps.verbLastAlgorithmWords.contains(words[index]))
    else { return false }
    return !words.contains { VocabularySteps.interrogativeWords.contains($0) }
  }

  /// Whether enough items open with an action verb ("Remove the nodes …", "Öffnen Sie …"), not
  /// with the subject of a statement ("The client calls …", "Users see …").
  static func readAsActions(_ items: [String]) -> Bool {
    guard !items.isEmpty else { return false }
    let actions = items.filter { item in
      let words = Text.words(item, limit: 2)
      guard let first = words.first else { return false }
      return VocabularySteps.actionWords.contains(first)
        || (words.count == 2 && VocabularySteps.politeImperativeWords.contains(words[1]))
    }.count
    return Double(actions) >= Double(items.count) * Thresholds.minimumActionItemShare
  }

  /// The last sentence of a paragraph ("… per queue or per host. You might:" → "You might:").
  static func lastSentence(_ text: String) -> String {
    guard text.utf8.last == UInt8(ascii: ":") else { return text }
    let utf8 = text.utf8.dropLast()
    guard
      let stop = utf8.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }
      )
    else { return text }
    return Text.clean(String(text[text.utf8.index(after: stop)...]))
  }

  /// Numbered questions ("Was magst du?", "Was kannst du?") are prompts, not steps.
  private static func areQuestions(_ texts: [String]) -> Bool {
    texts.filter { $0.hasSuffix("?") }.count * 2 > texts.count
  }

  // MARK: ordered lists

  private func fromOrderedLists(_ context: Context, procedurePage: Bool) -> [Found] {
    var groups: [Found] = []
    var heading: (text: String, order: Int)?
    // `inProcedure`: the list is nested in a procedure's step (its sub-steps are steps too).
    func visit(_ list: ArticleList, node: Node, owner: String?, inProcedure: Bool = false) {
      var isProcedure = false
      // "<ul><li><b>Step 1:</b> …</li><li><b>Step 2:</b> …": numbered by its words, whatever its markup.
      let labelled = StepsExtractor.isStepLabelled(list.items)
      if list.ordered || labelled, list.items.count >= Thresholds.minimumSteps {
        let title =
          owner
          ?? StepsExtractor.title(
            StepsExtractor.title(above: node, tracked: heading, content: context.content), lead: list.intro ?? leadIn,
            article: context.title, language: context.metadata.language)
        // A step's label is its number, not its text.
        let texts = list.items.map {
          [labelled ? nil : $0.title, $0.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        let named =
          StepsExtractor.namesProcedure(title)
          || StepsExtractor.asksHowTo(title, language: context.metadata.language, items: texts)
        // "<ul><li><b>Step 1:</b> Tests the basic sciences …": a <ul> whose labels are its only sign
        // may count exams or stages; its items must read as actions, or its heading name a procedure.
        let labelledProcedure = labelled && (list.ordered || named || StepsExtractor.readAsActions(texts))
        let procedure =
          labelledProcedure || inProcedure || named
          || StepsExtractor.announcesProcedure(list.intro ?? leadIn.map(StepsExtractor.lastSentence), items: texts)
          || procedurePage
        if procedure, texts.allSatisfy({ !$0.isEmpty }), !StepsExtractor.areQuestions(texts) {
          groups.append((StepsExtractor.group(title ?? context.title, texts), node.order))
          isProcedure = true
        }
      }
      for item in list.items where !item.lists.isEmpty {
        // A nested list belongs to the item holding it ("Find a list of candidates for the pivot:").
        let holder = item.title ?? (item.text.count <= Thresholds.maximumPseudoHeadingChars ? item.text : nil)
        for nested in item.lists {
          visit(
            nested, node: node, owner: holder.flatMap { Text.nonEmpty(StepsExtractor.headingText($0)) } ?? owner,
            inProcedure: isProcedure)
        }
      }
    }
    // The paragraph before a list: its last sentence may announce it ("… You might:").
    var leadIn: String?
    for item in context.items {
      defer {
        if case .block(.paragraph(let text), _) = item {
          leadIn = text
        } else {
          leadIn = nil
        }
      }
      switch item {
      case .heading(let current, let node): heading = (current.text, node.end - 1)
      case .block(.list(let list), let node): visit(list, node: node, owner: nil)
      case .block(.paragraph(let text), let node) where StepsExtractor.isPseudoHeading(node):
        heading = (StepsExtractor.headingText(text), node.end - 1)
      default: continue
      }
    }
    return groups
  }

  // MARK: numbered paragraphs

  private func fromNumberedRuns(_ context: Context, procedurePage: Bool) -> [Found] {
    var groups: [Found] = []
    var heading: (text: String, order: Int)?
    var current: [String] = []
    var currentTitle: String?
    var currentOrder = 0
    // Whether the run is a procedure: "Step 1" labels, a how-to heading or lead-in, a recipe page.
    var currentIsProcedure = false
    // Whether only a lead-in that announces any list ("The terms read as follows:") makes it one:
    // then its steps must read as actions (numbered definitions "1. Usage Records. …" are none).
    var currentNeedsActions = false
    var lastText: String?
    // Whether the last step was a heading or a bare "Step 2" label: a bare label owns the
    // paragraphs after it (they are its text); a heading "2. Gather the seeds" is the whole step,
    // its paragraphs and lists only explain it; a "2. Layer greens" paragraph is the whole step.
    var lastStepOwnsBlocks = false
    var lastStepIsLabel = false
    // Whether the last step is a heading of one word ("1. Registrieren"), and the line under
    // each such step: when every step of the run is one, the words only name the steps, and each
    // step is its name and its line ("Registrieren: Formular ausfüllen …").
    var lastStepIsName = false
    var nameLines: [String?] = []
    func flush() {
      if !current.isEmpty, nameLines.allSatisfy({ $0 != nil }) {
        current = zip(current, nameLines).map { "\($0): \($1!)" }
      }
      if current.count >= Thresholds.minimumSteps, currentIsProcedure, current.allSatisfy({ !$0.isEmpty }),
        !StepsExtractor.areQuestions(current), !currentNeedsActions || StepsExtractor.readAsActions(current)
      {
        groups.append((StepsExtractor.group(currentTitle ?? context.title, current), currentOrder))
      }
      current = []
      nameLines = []
      lastStepOwnsBlocks = false
      lastStepIsLabel = false
      lastStepIsName = false
    }
    func line(_ text: String, item: ContentWalker.Item) {
      let isHeading: Bool
      switch item {
      case .heading: isHeading = true
      case .block(_, let node): isHeading = StepsExtractor.isPseudoHeading(node)
      }
      let maybe = StepsExtractor.mayBeNumbered(text)
      let label = maybe ? StepsExtractor.stepLabel(text) : nil
      if maybe, let (number, rest) = StepsExtractor.numbered(text) ?? label.map({ ($0, "") }),
        number == current.count + 1 || (number == 1 && !current.isEmpty)
      {
        if number == 1 {
          flush()
          currentTitle = StepsExtractor.title(
            StepsExtractor.title(above: item.node, tracked: heading, content: context.content), lead: lastText,
            article: context.title, language: context.metadata.language)
          currentOrder = item.node.order
          let marked =
            procedurePage || label != nil || StepsExtractor.hasStepWord(text)
            || StepsExtractor.namesProcedure(currentTitle) || StepsExtractor.announcesProcedure(lastText, items: [])
          // A heading asking how to ("Wie Sie …") is a procedure's when its steps read as actions.
          let asks = VocabularySteps.asksHowTo(currentTitle ?? "", language: context.metadata.language)
          currentIsProcedure = marked || asks || StepsExtractor.announcesProcedure(lastText)
          currentNeedsActions = !marked && currentIsProcedure
        }
        current.append(rest)
        nameLines.append(nil)
        lastStepIsLabel = rest.isEmpty
        lastStepOwnsBlocks = isHeading || lastStepIsLabel
        lastStepIsName =
          isHeading && !rest.isEmpty
          && rest.split(separator: " ").count <= Thresholds.maximumStepNameWords
      } else if !current.isEmpty, lastStepIsLabel {
        // The text of a bare "Step 2" label.
        current[current.count - 1] += current[current.count - 1].isEmpty ? text : " " + text
        lastStepIsLabel = false
      } else if !current.isEmpty, lastStepIsName, !isHeading {
        // The line under a step's one-word heading.
        nameLines[nameLines.count - 1] = text
        lastStepIsName = false
      } else if case .heading(let value, let node) = item {
        flush()
        heading = (value.text, node.end - 1)
      } else if isHeading {
        // Blogger's `<div><b>Method</b></div>`: a bold line standing alone titles what follows.
        flush()
        heading = (StepsExtractor.headingText(text), item.node.end - 1)
      } else if !current.isEmpty, lastStepOwnsBlocks {
        // A paragraph explaining a step heading: the step is its heading.
      } else {
        flush()
      }
      lastText = text
    }
    for item in context.items {
      switch item {
      case .heading(let value, _): line(value.text, item: item)
      case .block(.paragraph, let node) where StepsExtractor.isCaption(node):
        // A step's photo caption does not end the run.
        continue
      case .block(.paragraph(let value), _):
        // "1. …<br>2. …<br>3. …": each line of a paragraph may be a step.
        var stepLine = false
        let pieces = ByteSearch.contains(value, byte: 0x0A) ? Text.lines(value) : [value]
        for piece in pieces {
          let text = pieces.count == 1 ? piece : Text.clean(piece)
          if stepLine, !current.isEmpty,
            !StepsExtractor.mayBeNumbered(text)
              || (StepsExtractor.numbered(text) == nil && StepsExtractor.stepLabel(text) == nil)
          {
            // A step's text that goes on after a line break.
            current[current.count - 1] += current[current.count - 1].isEmpty ? text : " " + text
            continue
          }
          let before = current.count
          line(text, item: item)
          stepLine = current.count > before
        }
      case .block(.image, _): continue
      default:
        if !(lastStepOwnsBlocks && !current.isEmpty) { flush() }
      }
    }
    flush()
    return groups
  }

  /// A paragraph that is all bold and short, without closing punctuation: a heading written
  /// as `<p><strong>Method</strong></p>` or `<div><b>Directions</b></div>` by editors without headings.
  static func isPseudoHeading(_ node: Node) -> Bool {
    guard node.textLength > 0, node.textLength <= Thresholds.maximumPseudoHeadingChars else { return false }
    let parts = node.children.filter { $0.isElement ? $0.tag != "br" : !Text.clean($0.text).isEmpty }
    guard parts.count == 1, let bold = parts.first, ListsExtractor.boldTags.contains(bold),
      bold.textLength == node.textLength
    else { return false }
    let text = Text.clean(Page.rawText(bold))
    guard let last = text.last else { return false }
    return !".!?,;".contains(last)
  }

  /// A pseudo-heading's text without its trailing colon ("Method:" → "Method").
  static func headingText(_ text: String) -> String {
    text.hasSuffix(":") ? Text.clean(String(text.dropLast())) : text
  }

  /// "Step 3: Do it", "Schritt 3 – Do it", "3. Do it", "3) Do it", "3-do it" → (3, "Do it").
  static func numbered(_ text: String) -> (Int, String)? {
    var rest = Substring(text)
    let stepWord = dropStepWord(&rest)
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard let number = Int(digits), (1...99).contains(number) else { return nil }
    rest = rest.dropFirst(digits.count)
    guard let mark = rest.first, ".):-–".contains(mark) || (stepWord && mark == " ") else { return nil }
    let body = Text.clean(String(rest.dropFirst().drop { ":.-–— ".contains($0) }))
    return body.isEmpty ? nil : (number, body)
  }

  /// A cheap test before `numbered` and `stepLabel`, over bytes: a digit first ("3. …") or
  /// within a step word's reach ("Step 3", "Schritt 3", "Étape 3").
  static func mayBeNumbered(_ text: String) -> Bool {
    for byte in text.utf8.prefix(Thresholds.maximumStepWordBytes + 2)
    where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
      return true
    }
    return false
  }

  /// A bare step label, the step's text following it: "Step 2", "Schritt 2:", "Krok 2" → 2.
  static func stepLabel(_ text: String) -> Int? {
    var rest = Substring(text)
    guard dropStepWord(&rest) else { return nil }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard let number = Int(digits), (1...99).contains(number) else { return nil }
    let tail = rest.dropFirst(digits.count).trimmingScalars(in: TrimSets.numberSeparators)
    return tail.isEmpty ? number : nil
  }

  /// Whether every item of a list is titled by a step label, numbered one after another from its
  /// first ("Step 1", "Step 2", "Step 3"; "Schritt 4", "Schritt 5" going on from a list before).
  static func isStepLabelled(_ items: [ListItem]) -> Bool {
    guard items.count >= Thresholds.minimumSteps, let first = items[0].title.flatMap(stepLabel) else { return false }
    return items.enumerated().allSatisfy { index, item in
      item.title.flatMap(stepLabel) == first + index && !item.text.isEmpty
    }
  }

  static func hasStepWord(_ text: String) -> Bool {
    var rest = Substring(text)
    return dropStepWord(&rest)
  }

  /// Drops a leading step word and the space after it ("Step ", "Étape ").
  private static func dropStepWord(_ text: inout Substring) -> Bool {
    guard let space = text.prefix(Thresholds.maximumStepWordBytes).firstIndex(of: " ") else { return false }
    guard VocabularySteps.stepWords.contains(text[..<space].lowercased()) else { return false }
    text = text[text.index(after: space)...]
    return true
  }
}
