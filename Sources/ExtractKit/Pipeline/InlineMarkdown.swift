/// Inline content — text, links, emphasis, code spans, `<br>` — as CommonMark, escaped only
/// where a character would otherwise start markup: `[1]` stays `[1]`, `5 * 3` stays `5 * 3`,
/// `snake_case` stays as it is; `*word*`, `a](b)`, `<div>`, `&amp;` and a line that would open
/// a heading, a list or a quote are escaped.
///
/// Text is written as it comes and escaped once at the end, when each character's neighbours
/// (text or markup) are known.
struct InlineMarkdown {
  /// Where the output goes: a GFM table cell (`|` escaped, a `<br>` a space), a heading (one
  /// line), a link's or an image's text (brackets escaped), or anything else.
  enum Place { case running, cell, heading, label }

  private let page: Page?
  private let content: Content?
  private let place: Place
  /// Inside a list item: nested lists are collected, not rendered, and a heading leading the
  /// item (`<li><h3>Title</h3>`) is bold, as item titles are.
  private let listItem: Bool
  /// The nested lists met inside a list item, in order.
  private(set) var nestedLists: [Node] = []

  private var characters: [Character] = []
  /// Per character: markup (written as it is) or text (escaped where needed), and in a link's text.
  private var kinds: [Kind] = []
  private var pendingSpace = false
  private var pendingBreak = false
  /// Opening markers (`**`, `*`, `[`) written just before the next visible character, so an
  /// element with no text leaves no markers and whitespace stays outside them.
  private var opens: [String] = []
  /// The last closing marker and where it ended: `*a*` next to `*b*` becomes `*ab*`.
  private var lastClose: (marker: String, end: Int)?
  private var strongDepth = 0
  private var emphasisDepth = 0
  private var linkDepth = 0

  private enum Kind: UInt8 { case markup, text, linkText }

  init(page: Page?, content: Content?, place: Place = .running, listItem: Bool = false) {
    self.page = page
    self.content = content
    self.place = place
    self.listItem = listItem
  }

  /// Plain text (already cleaned, "\n" where a line breaks) escaped for `place`.
  static func escaped(_ text: String, place: Place = .running) -> String {
    var renderer = InlineMarkdown(page: nil, content: nil, place: place)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      if index > 0 { renderer.lineBreak() }
      renderer.text(String(line))
    }
    return renderer.result()
  }

  // MARK: input

  mutating func children(of node: Node) {
    for child in node.children { self.node(child) }
  }

  mutating func node(_ node: Node) {
    if node.kind == .text {
      text(node.text)
      return
    }
    if content?.isMasked(node) == true { return }
    switch node.tag {
    case "br":
      if place == .running { lineBreak() } else { pendingSpace = !characters.isEmpty }
    case "strong", "b":
      wrap(node, marker: "**", outermost: strongDepth == 0, strong: true)
    case "em", "i":
      wrap(node, marker: "*", outermost: emphasisDepth == 0, strong: false)
    case "code", "kbd", "samp", "tt":
      codeSpan(Text.clean(Page.rawText(node)))
    case "a":
      link(node)
    case "ul", "ol",
      "dl" where listItem:
      nestedLists.append(node)
    case "h1", "h2", "h3", "h4", "h5",
      "h6" where listItem:
      space()
      wrap(node, marker: "**", outermost: strongDepth == 0, strong: true)
      space()
    case "img", "picture", "svg", "video", "audio", "iframe", "script", "style", "template", "button", "input",
      "select", "textarea":
      return
    default:
      let block = ContentWalker.blockTags.contains(node)
      if block { space() }
      children(of: node)
      if block { space() }
    }
  }

  /// The pieces of a paragraph the walker made of loose text (see `Runs`).
  mutating func pieces(_ pieces: [Runs.Piece]) {
    for piece in pieces {
      switch piece {
      case .node(let node): self.node(node)
      case .lineBreak: lineBreak()
      }
    }
  }

  mutating func text(_ raw: String) {
    let cleaned = Text.clean(raw)
    let leading = raw.unicodeScalars.first?.properties.isWhitespace ?? false
    let trailing = raw.unicodeScalars.last?.properties.isWhitespace ?? false
    if cleaned.isEmpty {
      if leading { space() }
      return
    }
    if leading { space() }
    flush()
    let kind: Kind = linkDepth > 0 ? .linkText : .text
    for character in cleaned {
      characters.append(character)
      kinds.append(kind)
    }
    if trailing { space() }
  }

  /// A hard line break before the next visible text (none at the start or the end).
  mutating func lineBreak() {
    if !characters.isEmpty { pendingBreak = true }
  }

  /// A space before the next visible text (between the parts of a caption).
  mutating func space() {
    if !characters.isEmpty { pendingSpace = true }
  }

  private mutating func markup(_ string: String) {
    for character in string {
      characters.append(character)
      kinds.append(.markup)
    }
  }

  /// Writes what waits for visible content: the line break or the space, then the opening markers.
  private mutating func flush() {
    if pendingBreak {
      markup(place == .running ? "\\\n" : " ")
    } else if pendingSpace {
      markup(" ")
    }
    pendingBreak = false
    pendingSpace = false
    guard !opens.isEmpty else { return }
    var markers = opens[...]
    if let close = lastClose, close.end == characters.count, markers.first == close.marker {
      // `<em>a</em><em>b</em>`: one emphasis, not `*a**b*` (which CommonMark reads otherwise).
      characters.removeLast(close.marker.count)
      kinds.removeLast(close.marker.count)
      markers = markers.dropFirst()
    }
    for marker in markers { markup(marker) }
    opens.removeAll()
    lastClose = nil
  }

  private mutating func wrap(_ node: Node, marker: String, outermost: Bool, strong: Bool) {
    guard outermost else {
      children(of: node)
      return
    }
    let index = opens.count
    opens.append(marker)
    if strong { strongDepth += 1 } else { emphasisDepth += 1 }
    children(of: node)
    if strong { strongDepth -= 1 } else { emphasisDepth -= 1 }
    if opens.count > index {
      opens.removeSubrange(index...)  // nothing visible inside: no markers
    } else {
      markup(marker)
      lastClose = (marker, characters.count)
    }
  }

  private mutating func link(_ node: Node) {
    guard linkDepth == 0, let page, let url = page.resolve(node.attribute("href")), LinksExtractor.isWeb(url) else {
      children(of: node)
      return
    }
    let index = opens.count
    opens.append("[")
    linkDepth += 1
    children(of: node)
    linkDepth -= 1
    if opens.count > index {
      opens.removeSubrange(index...)  // a link without text (an image link): left out
    } else {
      markup("](" + InlineMarkdown.destination(url) + ")")
      lastClose = nil
    }
  }

  /// A URL as a link destination: parentheses backslash-escaped (read back as they are), the
  /// characters that would end it percent-encoded.
  static func destination(_ url: String) -> String {
    var output = ""
    for scalar in url.unicodeScalars {
      switch scalar {
      case " ": output += "%20"
      case "(": output += "\\("
      case ")": output += "\\)"
      case "\\": output += "\\\\"
      case "<": output += "%3C"
      case ">": output += "%3E"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  private mutating func codeSpan(_ code: String) {
    guard !code.isEmpty else { return }
    flush()
    var longest = 0
    var run = 0
    for character in code {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = code.first == "`" || code.last == "`" ? " " : ""
    let body = place == .cell ? code.replacingOccurrences(of: "|", with: "\\|") : code
    markup(fence + pad + body + pad + fence)
    lastClose = nil
  }

  // MARK: output

  /// The Markdown, text escaped where it would otherwise be read as markup.
  func result() -> String {
    var output = ""
    output.reserveCapacity(characters.count + 8)
    let tildes = zip(characters, kinds).filter { $0.0 == "~" && $0.1 != .markup }.count
    var lineStart = 0
    for index in characters.indices {
      let character = characters[index]
      if index > 0 && characters[index - 1] == "\n" { lineStart = index }
      guard kinds[index] != .markup else {
        output.append(character)
        continue
      }
      if escapes(at: index, lineStart: lineStart, tildes: tildes) { output.append("\\") }
      output.append(character)
    }
    return output
  }

  private func neighbour(_ index: Int) -> Character? {
    index >= 0 && index < characters.count ? characters[index] : nil
  }

  private static func isSpace(_ character: Character?) -> Bool { character?.isWhitespace ?? true }
  private static func isWord(_ character: Character?) -> Bool {
    character.map { $0.isLetterOrNumber } ?? false
  }

  private func escapes(at index: Int, lineStart: Int, tildes: Int) -> Bool {
    let character = characters[index]
    let previous = neighbour(index - 1)
    let next = neighbour(index + 1)
    if index == lineStart, escapesLineStart(at: index) { return true }
    switch character {
    case "\\":
      // Before punctuation or a line end a backslash escapes or breaks; elsewhere it is literal.
      guard let next else { return true }
      return next == "\n" || (next.isASCII && (next.isPunctuation || next.isSymbol))
    case "`":
      return true
    case "*":
      // Only a `*` with whitespace on both sides can never open or close emphasis.
      return !(InlineMarkdown.isSpace(previous) && InlineMarkdown.isSpace(next))
    case "_":
      // Inside a word (`snake_case`) or between spaces, `_` is literal.
      return !(InlineMarkdown.isWord(previous) && InlineMarkdown.isWord(next))
        && !(InlineMarkdown.isSpace(previous) && InlineMarkdown.isSpace(next))
    case "[", "]":
      if kinds[index] == .linkText || place == .label { return true }  // brackets in a link's text would end or nest it
      return character == "]" && (next == "(" || next == ":")
    case "<":
      guard let next else { return false }
      return next.isLetter || next == "/" || next == "!" || next == "?"
    case "&":
      return isEntity(after: index)
    case "~":
      return tildes > 1
    case "|":
      return place == .cell
    case ".", ")":
      return escapesNumberMark(at: index, lineStart: lineStart)
    case "#":
      // A heading's closing sequence: " #" ending the line.
      return place == .heading && InlineMarkdown.isSpace(previous) && lineEnds(after: index, with: "#")
    default:
      return false
    }
  }

  /// `&name;` or `&#123;`: what a Markdown reader would decode as a character reference.
  private func isEntity(after index: Int) -> Bool {
    var offset = index + 1
    while offset < characters.count, offset - index <= 32 {
      let character = characters[offset]
      if character == ";" { return offset > index + 1 }
      guard character.isASCII && (character.isLetter || character.isNumber || character == "#") else { return false }
      offset += 1
    }
    return false
  }

  private func lineEnds(after index: Int, with allowed: Character) -> Bool {
    var offset = index + 1
    while offset < characters.count, characters[offset] != "\n" {
      if characters[offset] != allowed { return false }
      offset += 1
    }
    return true
  }

  /// Whether the text starting a line would open a block: an ATX heading, a quote, a list item,
  /// a thematic break or a setext underline, a link reference definition.
  private func escapesLineStart(at index: Int) -> Bool {
    var end = index
    while end < characters.count, characters[end] != "\n" { end += 1 }
    let line = characters[index..<end]
    guard let first = line.first else { return false }
    let second = line.dropFirst().first
    switch first {
    case "#":
      let hashes = line.prefix { $0 == "#" }.count
      return hashes <= 6 && (hashes == line.count || line[index + hashes] == " ")
    case ">":
      return true
    case "-", "+", "*":
      if second == nil || second == " " { return true }
    case "[":
      return line.contains("]") && zip(line, line.dropFirst()).contains { $0 == "]" && $1 == ":" }
    default:
      break
    }
    // A thematic break (`---`, `* * *`, `___`) or a setext underline (`===`, `--`) after a line.
    if "-*_=".contains(first) && line.allSatisfy({ $0 == first || $0 == " " }) {
      let count = line.filter { $0 == first }.count
      if count >= 3 || (index > 0 && (first == "=" || first == "-")) { return true }
    }
    // "1. " or "1) ": an ordered list; the number's `.` or `)` is escaped (see `escapesNumberMark`).
    return false
  }

  /// Whether the `.` or `)` at `index` follows a line-leading number ("2024. ", "3) "), which
  /// would open an ordered list.
  private func escapesNumberMark(at index: Int, lineStart: Int) -> Bool {
    let digits = characters[lineStart..<index]
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
    let next = neighbour(index + 1)
    return next == nil || next == " " || next == "\n"
  }
}
