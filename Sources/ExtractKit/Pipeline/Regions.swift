/// Phase 2a: the parts of the page that are not the article body but belong to the
/// article: the byline, the author bio box and the related-post cards. They are found
/// before the body so the body can leave them out.
struct Regions {
  var related: Node?
  /// The posts of `related`, as `RelatedExtractor.locateBlocks` read them (`.none` when unread):
  /// the extractor gives them without reading the block again.
  var relatedPosts: Related??
  /// With no related block, a label line and the one-link paragraphs closing the text under it.
  var relatedRun: RelatedExtractor.LinkRun?
  /// A block of the site's own picks ("Recommended for You"): not related, not the body either.
  var siteStream: Node?
  var authorBio: Node?
  var byline: Node?
  /// The strip around the byline that holds only its parts: avatars, "Published in", the
  /// reading time, the date, clap and share buttons (Medium's byline block inside the article).
  var bylineStrip: Node?

  /// `authors`: the article's authors as the page's metadata names them; `title`: the article's title.
  static func locate(in page: Page, authors: [String] = [], title: String? = nil) -> Regions {
    var regions = Regions()
    // A block holding nearly all of the page's prose is the article, whatever cards or bio words
    // it holds (a story whose wrapper is classed "content article" among card-like figures).
    let holdsPage = { (node: Node) in page.holdsProse(node, share: Thresholds.wholePageShareOfProse) }
    let scan = RelatedScan(page: page)
    let blocks = RelatedExtractor.locateBlocks(in: page, title: title, scan: scan)
    regions.related = blocks.related.flatMap { holdsPage($0) ? nil : $0 }
    // The block's posts, read once: `locateBlocks` most often read them already to choose it.
    regions.relatedPosts = regions.related.map { node in
      scan.related(of: node) { RelatedExtractor.related(in: node, page: page, scan: scan) }
    }
    regions.siteStream = blocks.siteStream.flatMap { holdsPage($0) ? nil : $0 }
    regions.relatedRun = regions.related == nil ? blocks.run : nil
    regions.authorBio = AuthorBioExtractor.locate(in: page, excluding: regions.related).flatMap {
      holdsPage($0) ? nil : $0
    }
    regions.byline = BylineExtractor.locate(
      in: page, excluding: [regions.related, regions.authorBio].compactMap { $0 }, authors: authors)
    regions.bylineStrip = regions.byline.flatMap { bylineStrip(around: $0) }
    // No box marked as a bio: a paragraph set apart that opens with the name the byline shows;
    // else a block of the author's name, photo and a paragraph of prose.
    if regions.authorBio == nil {
      // The byline's links that read as a name ("By <a>Ilka Moreau</a>"): parsing its whole text costs more.
      let shown = (regions.byline?.descendants { $0.tag == "a" && $0.textLength > 0 } ?? [])
        .map { Text.clean(Page.rawText($0)) }.filter(People.isPlausibleName)
      let excluded = [regions.related, regions.byline].compactMap { $0 }
      regions.authorBio =
        (AuthorBioExtractor.proseBox(in: page, authors: authors + shown, excluding: excluded)
        ?? AuthorBioExtractor.boxByParts(in: page, authors: authors + shown, title: title, excluding: excluded))
        .flatMap { holdsPage($0) ? nil : $0 }
    }
    // No box at all: a closing note in italics about "the author" ("Der Autor ist Professor …").
    if regions.authorBio == nil {
      regions.authorBio = AuthorBioExtractor.authorNote(
        in: page, excluding: [regions.related, regions.byline].compactMap { $0 })
    }
    return regions
  }

  func contains(_ node: Node) -> Bool {
    node === related || node === authorBio || node === byline || node === bylineStrip || node === siteStream
  }

  /// The largest ancestor of the byline that is still byline-sized and holds no heading and no
  /// paragraph of prose; nil when that is the byline itself.
  static func bylineStrip(around byline: Node) -> Node? {
    var strip = byline
    while let parent = strip.parent, parent.tag != "body", parent.tag != "article",
      parent.textLength <= Thresholds.maximumBylineChars,
      parent.firstDescendant(where: {
        ContentWalker.headingTags.contains($0)
          || ($0.tag == "p" && $0.textLength > Thresholds.maximumBylineProseChars)
      }) == nil
    {
      strip = parent
    }
    return strip === byline ? nil : strip
  }
}
