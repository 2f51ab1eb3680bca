/// What the related extractor asks of many nodes of one page, worked out once per page: which
/// subtrees hold a link to another page, how many of an element's children do, a block's cards
/// and a card's kind. `RelatedExtractor.locateBlocks` tries a block under each related-looking
/// heading and each of its ancestors, and nested candidates share their subtrees: asked per
/// candidate, the same nodes were read again for every candidate holding them.
final class RelatedScan {
  private let document: Document
  /// The nodes the link tables cover: the page, or the one block `extract` reads.
  private let range: Range<Int>
  /// Entry `i - range.lowerBound`: the links leading away among the nodes of the range before
  /// order `i`, so a subtree holds one when its two entries differ. Empty until first asked.
  private var awayLinks: [Int32] = []
  /// Per element of the range: how many of its element children hold a link leading away.
  private var linkedChildren: [Int32] = []
  private var cardsByBlock: [Key: [Node]] = [:]
  private var cardBlocks: [Key: Bool] = [:]
  private var kinds: [Int: String] = [:]
  private var relatedByBlock: [Int: Related?] = [:]
  private var linesByRow: [RowKey: LinesBefore] = [:]

  /// The lines before a row of cards in its wrapper that may title another block
  /// (`RelatedExtractor.linesBefore`): orders, -1 for none.
  struct LinesBefore {
    var lastNamed = -1
    var lastHeading: [UInt8: Int] = [:]
  }

  private struct Key: Hashable {
    let order: Int
    let minimum: Int
  }

  private struct RowKey: Hashable {
    let wrapper: Int
    let first: Int
  }

  /// Tables over the whole page.
  init(page: Page) {
    document = page.tree.document
    range = 0..<document.records.count
  }

  /// Tables over one block's nodes: the cards of the block the page's regions chose.
  init(block: Node) {
    document = block.document
    range = block.order..<block.end
  }

  /// Whether a node of the range holds a link leading away (`RelatedExtractor.leadsAway`), or is one.
  func holdsLink(_ node: Node) -> Bool {
    if awayLinks.isEmpty { build() }
    let lower = range.lowerBound
    return awayLinks[node.end - lower] > awayLinks[node.order - lower]
  }

  /// How many of an element's children (the element in the range) hold a link leading away.
  func linkedChildCount(_ node: Node) -> Int {
    if awayLinks.isEmpty { build() }
    return Int(linkedChildren[node.order - range.lowerBound])
  }

  /// Both tables in one pass over the range: the links counted in document order, then each
  /// element that holds one counted at its parent.
  private func build() {
    let records = document.records
    let lower = range.lowerBound
    var links = [Int32](repeating: 0, count: range.count + 1)
    var total: Int32 = 0
    for index in range {
      links[index - lower] = total
      let record = records[index]
      if !record.isText, record.tagID == RelatedScan.anchorID, RelatedExtractor.leadsAway(Node(document, index)) {
        total += 1
      }
    }
    links[range.count] = total
    var children = [Int32](repeating: 0, count: range.count)
    for index in range {
      let record = records[index]
      let parent = Int(record.parent)
      guard !record.isText, parent >= lower, links[Int(record.end) - lower] > links[index - lower] else { continue }
      children[parent - lower] += 1
    }
    awayLinks = links
    linkedChildren = children
  }
  private static var anchorID: UInt8 { TagID.a }

  /// Per attribute name of the document: whether it is `class` or `id`, the names a class test
  /// reads, told by number rather than by comparing Strings for every attribute of the page.
  private(set) lazy var classOrIDNames: [Bool] = {
    let names = document.names
    return names.indices.map { names[$0] == "class" || names[$0] == "id" }
  }()

  /// `make`'s cards of a block, made once per block and minimum.
  func cards(of block: Node, minimum: Int, _ make: () -> [Node]) -> [Node] {
    let key = Key(order: block.order, minimum: minimum)
    if let known = cardsByBlock[key] { return known }
    let made = make()
    cardsByBlock[key] = made
    return made
  }

  /// `test`'s answer whether a node is a block of cards, worked out once per node and minimum.
  func isCardBlock(_ node: Node, minimum: Int, _ test: () -> Bool) -> Bool {
    let key = Key(order: node.order, minimum: minimum)
    if let known = cardBlocks[key] { return known }
    let answer = test()
    cardBlocks[key] = answer
    return answer
  }

  /// `make`'s lines before a row's first card in a wrapper, read once per wrapper and card.
  func linesBefore(_ first: Node, in wrapper: Node, _ make: () -> LinesBefore) -> LinesBefore {
    let key = RowKey(wrapper: wrapper.order, first: first.order)
    if let known = linesByRow[key] { return known }
    let made = make()
    linesByRow[key] = made
    return made
  }

  /// `make`'s posts of a block, read once per block.
  func related(of block: Node, _ make: () -> Related?) -> Related? {
    if let known = relatedByBlock[block.order] { return known }
    let made = make()
    relatedByBlock[block.order] = .some(made)
    return made
  }

  /// An element's kind as a card (`tag.class`, `RelatedExtractor.cardClass`), made once per node:
  /// the same children are read for each container and row that holds them.
  func kind(_ node: Node) -> String {
    if let known = kinds[node.order] { return known }
    let made = node.tag + "." + RelatedExtractor.cardClass(node)
    kinds[node.order] = made
    return made
  }
}
