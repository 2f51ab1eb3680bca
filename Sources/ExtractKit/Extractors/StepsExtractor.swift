/// Numbered procedures. Strategies in order: schema.org `HowTo` in JSON-LD; ordered lists in
/// how-to context (a lead-in ending in ":", or a title or heading that says how to); runs of
/// "Step 1" / "1." paragraphs or headings. Each group is titled by what it belongs to: the
/// list item holding it, else the heading above it.
struct StepsExtractor: SectionExtractor {
  func extract(from context: Context) -> [StepGroup] {
    let structured = fromJSONLD(context.page.jsonLD)
    if !structured.isEmpty { return structured }
    let lists = fromOrderedLists(context.items)
    if !lists.isEmpty { return lists }
    return fromNumberedRuns(context.items)
  }

  // MARK: structured data

  private func fromJSONLD(_ objects: [[String: Any]]) -> [StepGroup] {
    var groups: [StepGroup] = []
    for object in objects where JSONLD.types(object).contains("HowTo") || JSONLD.types(object).contains("Recipe") {
      let title = JSONLD.string(object["name"])
      let steps = object["step"] ?? object["recipeInstructions"]
      var flat: [String] = []
      for entry in (steps as? [Any]) ?? (steps.map { [$0] } ?? []) {
        if let section = entry as? [String: Any], JSONLD.types(section).contains("HowToSection") {
          let texts = ((section["itemListElement"] as? [Any]) ?? []).compactMap(stepText)
          if texts.count >= 1 { groups.append(group(JSONLD.string(section["name"]), texts)) }
        } else if let text = stepText(entry) {
          flat.append(text)
        }
      }
      if flat.count >= Thresholds.minimumSteps { groups.append(group(title, flat)) }
    }
    return groups
  }

  private func stepText(_ value: Any) -> String? {
    if let string = value as? String { return Text.nonEmpty(Text.decodeEntities(string)) }
    guard let object = value as? [String: Any] else { return nil }
    return JSONLD.string(object["text"]) ?? JSONLD.string(object["name"])
  }

  private func group(_ title: String?, _ texts: [String]) -> StepGroup {
    StepGroup(title: title, steps: texts.enumerated().map { Step(position: $0.offset + 1, text: $0.element) })
  }

  // MARK: ordered lists

  private func fromOrderedLists(_ items: [ContentWalker.Item]) -> [StepGroup] {
    var groups: [StepGroup] = []
    var heading: String?
    func visit(_ list: ArticleList, owner: String?) {
      if list.ordered, list.items.count >= Thresholds.minimumSteps, isProcedure(list, owner: owner ?? heading) {
        let texts = list.items.map {
          [$0.title, $0.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        if texts.allSatisfy({ !$0.isEmpty }) { groups.append(group(owner ?? heading, texts)) }
      }
      for item in list.items {
        for nested in item.lists { visit(nested, owner: item.title ?? owner) }
      }
    }
    for item in items {
      switch item {
      case .heading(let current, _): heading = current.text
      case .block(.list(let list), _): visit(list, owner: nil)
      case .block(.paragraph(let text), let node) where StepsExtractor.isPseudoHeading(node):
        heading = StepsExtractor.headingText(text)
      default: continue
      }
    }
    return groups
  }

  private func isProcedure(_ list: ArticleList, owner: String?) -> Bool {
    if list.intro?.hasSuffix(":") == true { return true }
    guard let owner = owner?.lowercased() else { return false }
    return Patterns.howToWords.contains { owner.contains($0) }
  }

  // MARK: numbered paragraphs

  private func fromNumberedRuns(_ items: [ContentWalker.Item]) -> [StepGroup] {
    var groups: [StepGroup] = []
    var heading: String?
    var current: [String] = []
    var currentTitle: String?
    // Whether the last step was a heading ("Step 2: Rest your arm" as an <h3>): only a heading
    // owns the paragraphs after it; a "2. Layer greens" paragraph is the whole step.
    var lastStepIsHeading = false
    func flush() {
      if current.count >= Thresholds.minimumSteps { groups.append(group(currentTitle, current)) }
      current = []
    }
    for item in items {
      let text: String
      switch item {
      case .heading(let value, _): text = value.text
      case .block(.paragraph(let value), _): text = value
      default:
        flush()
        continue
      }
      if let (number, rest) = StepsExtractor.numbered(text), number == current.count + 1 {
        if number == 1 { currentTitle = heading }
        current.append(rest)
        switch item {
        case .heading: lastStepIsHeading = true
        case .block(_, let node): lastStepIsHeading = StepsExtractor.isPseudoHeading(node)
        }
      } else if case .heading(let value, _) = item {
        flush()
        heading = value.text
      } else if case .block(_, let node) = item, StepsExtractor.isPseudoHeading(node) {
        // Blogger's `<div><b>Method</b></div>`: a bold line standing alone titles what follows.
        flush()
        heading = StepsExtractor.headingText(text)
      } else if !current.isEmpty, lastStepIsHeading {
        // A paragraph under a "Step N" heading is that step's description.
        current[current.count - 1] += current[current.count - 1].isEmpty ? text : " " + text
      } else {
        flush()
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

  /// "Step 3: Do it", "3. Do it", "3) Do it" → (3, "Do it").
  static func numbered(_ text: String) -> (Int, String)? {
    var rest = Substring(text)
    if Text.lowercasedHasPrefix(rest, "step ") { rest = rest.dropFirst(5) }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard let number = Int(digits), (1...99).contains(number) else { return nil }
    rest = rest.dropFirst(digits.count)
    guard let mark = rest.first, ".):-–".contains(mark) || (Text.lowercasedHasPrefix(text, "step") && mark == " ")
    else {
      return nil
    }
    let body = Text.clean(String(rest.dropFirst()))
    return body.isEmpty ? nil : (number, body)
  }
}
