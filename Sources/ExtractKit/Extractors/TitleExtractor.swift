import Foundation

/// The article's own title. Strategies in order: an `<h1>` that structured data or the
/// `<title>` confirm; the JSON-LD or OpenGraph headline; the `<title>` without its
/// " | Site" tail; a lone `<h1>`.
struct TitleExtractor {
  /// An `<h1>` counts as confirmed when its words and a metadata title's overlap this much.
  static let confirmingSimilarity = 0.75
  /// Separators between a title and the site name in `<title>`.
  static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " : "]

  func extract(from page: Page, metadata: Metadata) -> String? {
    let references = [metadata.headline, page.titleTag].compactMap { $0 }
    let headings = page.elements("h1").prefix(20).compactMap { node -> String? in
      guard !page.tree.nodes.isEmpty, node.closest({ Evidence.chromeTags.contains($0.tag) }) == nil else { return nil }
      return Text.nonEmpty(Page.rawText(node))
    }
    for heading in headings {
      for reference in references
      where Text.similarity(heading, reference) >= TitleExtractor.confirmingSimilarity
        || (reference.count > heading.count && Text.clean(reference).lowercased().contains(heading.lowercased())
          && heading.count >= 15)
      {
        return heading
      }
    }
    if let headline = metadata.headline { return stripSiteName(headline, siteName: metadata.siteName) }
    if let title = page.titleTag { return stripSiteName(title, siteName: metadata.siteName) }
    return headings.count == 1 ? headings[0] : nil
  }

  /// Removes a " | Site Name" tail (or head): the site's name when known, else the shorter side
  /// when the rest keeps at least three words.
  func stripSiteName(_ title: String, siteName: String?) -> String {
    for separator in TitleExtractor.separators {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let head = String(title[..<range.lowerBound])
      let tail = String(title[range.upperBound...])
      if let siteName, Text.similarity(tail, siteName) > 0.5 { return Text.clean(head) }
      if let siteName, let first = title.range(of: separator),
        Text.similarity(String(title[..<first.lowerBound]), siteName) > 0.5
      {
        return Text.clean(String(title[first.upperBound...]))
      }
      if Text.words(head).count >= 3 && Text.words(tail).count <= 4 { return Text.clean(head) }
    }
    return title
  }
}
