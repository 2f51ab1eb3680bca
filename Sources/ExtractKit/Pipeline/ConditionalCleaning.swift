/// Readability's conditional cleaning (`_cleanConditionally`), as a mask: inside the located
/// body, a box (`<div>`, `<section>`, `<ul>`, `<form>`, `<fieldset>`) that reads as a widget
/// rather than prose is left out. A box goes when its class says so, or when it holds little
/// prose (few commas) and its make-up is a widget's: a gallery (more pictures than paragraphs),
/// a card of links, a short link line, a form. Boxes are judged innermost first, and a box's
/// measures leave out what is already masked inside it, as Readability removes inner boxes
/// before it measures the outer ones.
enum ConditionalCleaning {
  /// Measures of a subtree, masked parts left out.
  private struct Measures {
    var text = 0
    /// Link characters; in-page (`#…`) links weigh `Thresholds.inPageLinkWeight`.
    var linkText = 0.0
    var headingText = 0
    /// Link characters inside headings (`<h2><a href>Title</a></h2>`).
    var headingLinkText = 0.0
    var commas = 0
    var paragraphs = 0
    var images = 0
    var items = 0
    var embeds = 0
    /// Characters inside `<ul>`/`<ol>`s.
    var listText = 0

    mutating func add(_ other: Measures) {
      text += other.text
      linkText += other.linkText
      headingText += other.headingText
      headingLinkText += other.headingLinkText
      commas += other.commas
      paragraphs += other.paragraphs
      images += other.images
      items += other.items
      embeds += other.embeds
      listText += other.listText
    }
  }

  /// The boxes Readability cleans (`<section>` is today's `<div>`).
  private static let boxTags: TagSet = ["div", "section", "ul", "form", "fieldset"]
  /// Readability's blocks that keep a `<div>` from becoming a `<p>` (`DIV_TO_P_ELEMS`).
  private static let paragraphBreakingTags: TagSet = [
    "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "figure", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "article", "aside", "picture", "video",
  ]
  /// Subtrees never cleaned: a data or layout table is judged as a whole elsewhere, and code is
  /// code whatever its make-up.
  private static let keptTags: TagSet = ["table", "pre", "code", "math", "svg"]

  /// Adds the masked boxes below `root` (not `root` itself) to `masked`. A box holding most of
  /// the root's visible text is the article's own wrapper: its class words do not mask it
  /// (Drupal's "field--label-hidden" around the story's text fields), only its make-up can.
  static func clean(_ root: Node, masked: inout Set<Int>) {
    var marks = Marks(root: root, masked: masked)
    _ = measure(root, isRoot: true, inFigure: false, rootText: root.textLength, masked: &marks)
    masked.formUnion(marks.added)
  }

  /// The masked orders below the root as one flag a node: asked twice of every element of the
  /// body, a hashed set's lookup cost more than the rest of the measures. `added`: the boxes this
  /// cleaning masks, for the caller's set.
  private struct Marks {
    private let first: Int
    private var flags: [Bool]
    private(set) var added: [Int] = []

    init(root: Node, masked: Set<Int>) {
      first = root.order
      flags = [Bool](repeating: false, count: root.end - root.order)
      for order in masked where order >= root.order && order < root.end { flags[order - first] = true }
    }

    func contains(_ order: Int) -> Bool { flags[order - first] }

    mutating func insert(_ order: Int) {
      if !flags[order - first] { added.append(order) }
      flags[order - first] = true
    }
  }

  /// `precedingHeading`: the heading just before `node` among its siblings, the label of a box
  /// that carries none inside (`<h2>References</h2><div class="text"><ol>…`).
  private static func measure(
    _ node: Node, isRoot: Bool, inFigure: Bool, rootText: Int, precedingHeading: Node? = nil,
    masked: inout Marks
  ) -> Measures {
    var measures = Measures()
    // Tags by number: this runs for every node of the body, and a failed String comparison is a call.
    let tag = node.tagID
    let inFigure = inFigure || tag == TagID.figure
    // Runs of text and inline elements between blocks: Readability wraps each in a `<p>`.
    var inRun = false
    var runHasText = false
    var breaksParagraphs = false
    let wrapsRuns = tag == TagID.div || tag == TagID.section
    var previousHeading: Node?
    for child in node.children {
      if child.kind == .text {
        measures.text += child.textLength
        if child.textLength > 0 {
          for byte in child.textBytes where byte == UInt8(ascii: ",") { measures.commas += 1 }
          inRun = true
          runHasText = true
        }
        continue
      }
      guard child.isElement, !masked.contains(child.order) else { continue }
      let heading = previousHeading
      previousHeading = ContentWalker.headingTags.contains(child) ? child : nil
      let inner: Measures
      if keptTags.contains(child) {
        inner = plainMeasures(child, masked: masked)
      } else {
        inner = measure(
          child, isRoot: false, inFigure: inFigure, rootText: rootText, precedingHeading: heading, masked: &masked)
      }
      if masked.contains(child.order) { continue }
      if paragraphBreakingTags.contains(child) {
        breaksParagraphs = true
        if wrapsRuns && inRun && runHasText { measures.paragraphs += 1 }
        inRun = false
        runHasText = false
      } else if inner.text > 0 {
        inRun = true
        runHasText = true
      }
      measures.add(inner)
    }
    switch tag {
    case TagID.a:
      let inPage = node.attribute(opensWith: "href", UInt8(ascii: "#"))
      measures.linkText = Double(measures.text) * (inPage ? Thresholds.inPageLinkWeight : 1)
    case TagID.h1, TagID.h2, TagID.h3, TagID.h4, TagID.h5, TagID.h6:
      measures.headingText = measures.text
      measures.headingLinkText = measures.linkText
    case TagID.p:
      measures.paragraphs += 1
      return measures
    case TagID.img:
      measures.images += 1
    case TagID.li:
      measures.items += 1
    case TagID.ul, TagID.ol:
      measures.listText = measures.text
    case TagID.embed, TagID.object:  // plug-in players (frames are masked as chrome already)
      measures.embeds += 1
    default:
      break
    }
    // A `<div>` without blocks is a paragraph to Readability, not a box it cleans.
    if wrapsRuns && !breaksParagraphs {
      if measures.text > 0 { measures.paragraphs += 1 }
      return measures
    }
    if wrapsRuns && inRun && runHasText { measures.paragraphs += 1 }
    if !isRoot, boxTags.contains(node),
      isWidget(node, measures, precedingHeading: precedingHeading, inFigure: inFigure, rootText: rootText)
    {
      masked.insert(node.order)
      return Measures()
    }
    return measures
  }

  /// Measures of a subtree that is kept whole: text, commas, links, pictures.
  private static func plainMeasures(_ node: Node, masked: Marks) -> Measures {
    var measures = Measures()
    measures.text = node.textLength
    measures.linkText = Double(node.linkTextLength)
    for descendant in node.descendants(where: { $0.tagID == TagID.img || $0.tagID == TagID.p || $0.kind == .text }) {
      if descendant.tagID == TagID.img { measures.images += 1 }
      if descendant.tagID == TagID.p { measures.paragraphs += 1 }
      if descendant.kind == .text && descendant.textLength > 0 {
        for byte in descendant.textBytes where byte == UInt8(ascii: ",") { measures.commas += 1 }
      }
    }
    return measures
  }

  /// Readability's verdict on one box.
  private static func isWidget(
    _ node: Node, _ measures: Measures, precedingHeading: Node?, inFigure: Bool, rootText: Int
  ) -> Bool {
    var weight = classWeight(node)
    if weight < 0 {
      // A widget word on the article's own wrapper says nothing: it is judged by its make-up.
      let wrapsArticle =
        node.tag != "ul" && Double(measures.text) >= Thresholds.articleShareOfProse * Double(rootText)
        && !node.hasClassCue(.neverArticle)
      guard wrapsArticle else { return true }
      weight = 0
    }
    guard measures.commas < Thresholds.proseCommas else { return false }
    // A box that is nearly all list text (a table of contents in its `div#toc`) is judged as the list.
    let isList =
      node.tag == "ul" || Double(measures.listText) > Thresholds.listShareOfListBox * Double(measures.text)
    let paragraphs = Double(measures.paragraphs)
    let images = measures.images
    if !inFigure && images > 1 && paragraphs / Double(images) < Thresholds.paragraphsPerGalleryImage {
      // A list of pictures (one picture an item) is the article's gallery.
      if isList && measures.items == images { return false }
      return true
    }
    if !isList && measures.items - Thresholds.listItemAllowance > measures.paragraphs { return true }
    let density = measures.text == 0 ? 0 : measures.linkText / Double(measures.text)
    let headingDensity = measures.text == 0 ? 0 : Double(measures.headingText) / Double(measures.text)
    if !isList && !inFigure && headingDensity < Thresholds.headingBoxDensity
      && measures.text < Thresholds.minimumBoxChars && (images == 0 || images > 2) && density > 0
    {
      return true
    }
    // In a figure, a heading's own wrapper titles the picture, its links inside the heading part of
    // its text (a gallery slide's `<figure><div class="slide-header"><h2><a href="/gallery/…">`); a
    // link around the heading is a button, and outside figures such a box is a post's meta line
    // (`<div><h4><a>24. Oktober 2018</a></h4></div>`) or a teaser's title.
    let headingsWrapper =
      inFigure && headingDensity >= Thresholds.headingBoxDensity && measures.headingLinkText >= measures.linkText
    if !isList && weight < 25 && density > Thresholds.boxLinkDensity && !headingsWrapper { return true }
    if weight >= 25 && density > Thresholds.positiveBoxLinkDensity {
      // An article word in the class ("text", "content") must not drop the story's list of sources
      // under its "References" heading, which a plain class would keep as a list.
      return !(isList && labelsReferences(boxHeading(node, preceding: precedingHeading)))
    }
    if measures.embeds == 1 && measures.text < Thresholds.embedCaptionChars { return true }
    return measures.embeds > 1
  }

  /// The heading that labels a box: its first child when that is a heading, else the one just
  /// before it.
  private static func boxHeading(_ node: Node, preceding: Node?) -> Node? {
    guard let first = node.children.first(where: { $0.isElement }) else { return preceding }
    return ContentWalker.headingTags.contains(first) ? first : preceding
  }

  /// Whether a heading names a list of sources ("References", "4 References", "Quellen:").
  private static func labelsReferences(_ heading: Node?) -> Bool {
    guard let heading, heading.textLength <= Thresholds.maximumReferencesHeadingChars else { return false }
    let title = Text.lowered(Text.clean(Page.rawText(heading)))
      .drop { $0.isNumber || $0 == "." || $0 == " " }
    let bare = title.hasSuffix(":") ? title.dropLast() : title
    return SectionVocabulary.referencesHeadings.contains(String(bare))
  }

  /// Readability's `_getClassWeight` over its own word lists: −25 for a widget word in the
  /// class, −25 in the id, +25 for an article word in either.
  private static func classWeight(_ node: Node) -> Double {
    var weight = 0.0
    for name in ["class", "id"] {
      guard let value = node.attribute(name), !value.isEmpty else { continue }
      let tokens = ClassTokens.tokens(value)
      if tokens.contains(where: { ClassTokens.cleaningNegative.contains(String($0)) }) { weight -= 25 }
      if tokens.contains(where: { ClassTokens.cleaningPositive.contains(String($0)) }) { weight += 25 }
    }
    return weight
  }
}
