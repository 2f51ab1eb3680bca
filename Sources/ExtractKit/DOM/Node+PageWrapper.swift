extension Node {
  /// Whether this is `<body>` or `<html>`: a theme writes page-wide flags in their class
  /// ("has-sidebar", "comments-open", "has-breadcrumb-mobile-hidden"), which describe the
  /// layout and mark no region of the page.
  var isPageWrapper: Bool { tagID == TagID.body || tagID == TagID.html }

  /// `closest(_:)` that stops below `<body>`: the node or its nearest ancestor inside the body
  /// that passes `predicate`, unless that one is a layout wrapper holding the whole body's text
  /// (`<div id="page" class="site has-breadcrumbs">`, the body's only child), whose class flags
  /// are the page's too. One tag check per step.
  func closestBelowBody(_ predicate: (Node) -> Bool) -> Node? {
    var node: Node? = self
    while let current = node, !current.isPageWrapper {
      if predicate(current) { return current.holdsWholeBody ? nil : current }
      node = current.parent
    }
    return nil
  }

  /// Whether this element holds the text of its `<body>`, bar whitespace between the tags.
  private var holdsWholeBody: Bool {
    var node = parent
    while let current = node, current.tagID != TagID.body { node = current.parent }
    guard let body = node else { return false }
    return textLength + Thresholds.pageWrapperSlackChars >= body.textLength
  }

  /// The node or its nearest ancestor below `<body>` whose class or id holds one of `tokens`.
  func classedContainer(in tokens: TokenSet) -> Node? { closestBelowBody { $0.hasClassToken(in: tokens) } }
}
