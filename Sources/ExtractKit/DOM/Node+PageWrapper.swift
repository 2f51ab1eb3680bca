extension Node {
  /// Whether this is `<body>` or `<html>`: a theme writes page-wide flags in their class
  /// ("has-sidebar", "comments-open", "has-breadcrumb-mobile-hidden"), which describe the
  /// layout and mark no region of the page.
  var isPageWrapper: Bool { tagID == TagID.body || tagID == TagID.html }

  /// `closest(_:)` that stops below `<body>`: the node or its nearest ancestor inside the body
  /// that passes `predicate`. One tag check per step.
  func closestBelowBody(_ predicate: (Node) -> Bool) -> Node? {
    var node: Node? = self
    while let current = node, !current.isPageWrapper {
      if predicate(current) { return current }
      node = current.parent
    }
    return nil
  }

  /// The node or its nearest ancestor below `<body>` whose class or id holds one of `tokens`.
  func classedContainer(in tokens: TokenSet) -> Node? { closestBelowBody { $0.hasClassToken(in: tokens) } }
}
