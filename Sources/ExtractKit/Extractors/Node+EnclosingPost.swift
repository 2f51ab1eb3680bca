extension Node {
  /// The post's own container around this node: the nearest `<article>`, hAtom entry ("hentry",
  /// "h-entry") or `itemprop=blogPost` ancestor, below `<body>`. WordPress writes "hentry" into
  /// `<body>`'s class on single-post pages, which marks no region of the page.
  var enclosingPost: Node? {
    var node = parent
    while let current = node, !current.isPageWrapper {
      if current.tag == "article" || current.hasClassToken(in: ClassTokens.postContainer)
        || current.attribute("itemprop")?.lowercased() == "blogpost"
      {
        return current
      }
      node = current.parent
    }
    return nil
  }
}
