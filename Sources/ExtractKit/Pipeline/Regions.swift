/// Phase 2a: the parts of the page that are not the article body but belong to the
/// article: the byline, the author bio box and the related-post cards. They are found
/// before the body so the body can leave them out.
struct Regions {
  var related: Node?
  var authorBio: Node?
  var byline: Node?

  static func locate(in page: Page) -> Regions {
    var regions = Regions()
    regions.related = RelatedExtractor.locate(in: page)
    regions.authorBio = AuthorBioExtractor.locate(in: page, excluding: regions.related)
    regions.byline = BylineExtractor.locate(
      in: page, excluding: [regions.related, regions.authorBio].compactMap { $0 })
    return regions
  }

  func contains(_ node: Node) -> Bool {
    node === related || node === authorBio || node === byline
  }
}
