/// What a node's tag, class, id, role and style say about it.
enum Evidence {
  static let chromeTags: Set<String> = [
    "nav", "aside", "footer", "button", "select", "dialog", "menu", "iframe", "svg", "input", "textarea",
  ]
  static let chromeRoles: Set<String> = [
    "navigation", "complementary", "banner", "contentinfo", "dialog", "alert", "alertdialog", "menu", "menubar",
    "search", "tablist", "toolbar",
  ]
  /// Tags the content locator never masks: they hold the page, not a widget in it.
  static let structuralTags: Set<String> = ["#document", "html", "body", "main"]

  /// The lower-cased class and id, space-joined.
  static func classAndID(_ node: Node) -> String { String(decoding: node.classAndID, as: UTF8.self) }

  static func tokens(_ node: Node) -> [String] { node.isElement ? node.classTokens : [] }

  /// Whether class or id contains one of `compounds` (compiled with `ClassTokens.compile`).
  static func hasCompound(_ node: Node, _ compounds: [[UInt8]]) -> Bool {
    let value = node.classAndID
    guard value.count > 1 else { return false }
    return compounds.contains { contains(value, $0) }
  }

  /// Byte substring search; class strings are short, so the plain scan is the fast one.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count, let first = needle.first else { return needle.isEmpty }
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var matched = true
        var offset = 1
        while offset < needle.count {
          if haystack[index + offset] != needle[offset] {
            matched = false
            break
          }
          offset += 1
        }
        if matched { return true }
      }
      index += 1
    }
    return false
  }

  static func isHidden(_ node: Node) -> Bool {
    if node.attribute("hidden") != nil { return true }
    if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    return false
  }

  /// Site chrome and widgets: navigation, footers, share bars, comment threads, menus, forms.
  /// `pageText` guards against masking a wrapper that holds most of the page.
  static func isBoilerplate(_ node: Node, pageText: Int) -> Bool {
    guard node.isElement, !structuralTags.contains(node.tag) else { return false }
    if isHidden(node) { return true }
    // aria-hidden hides icons and off-screen menus, but also whole pages behind an open modal
    // (seen on Yahoo): it counts only for elements that are not most of the page.
    if node.attribute("aria-hidden")?.lowercased() == "true" && node.textLength * 2 < pageText { return true }
    if chromeTags.contains(node.tag) { return true }
    if let role = node.attribute("role")?.lowercased(), chromeRoles.contains(role) { return true }
    if node.tag == "form" && node.textLength < 2_000 { return true }  // whole-page ASP.NET forms are not widgets
    if node.tag == "article" { return false }
    let tokens = tokens(node)
    guard tokens.contains(where: { ClassTokens.boilerplate.contains($0) }) else { return false }
    if hasCompound(node, ClassTokens.bodyCompoundBytes) { return false }
    // A wrapper holding most of the page ("site-inner has-sidebar") is not a widget in it.
    return pageText == 0 || node.textLength * 2 < pageText
  }

  /// Readability's class weight: +25 for positive evidence, −25 for negative.
  static func classWeight(_ node: Node) -> Double {
    let tokens = tokens(node)
    guard !tokens.isEmpty else { return 0 }
    var weight = 0.0
    if tokens.contains(where: { ClassTokens.negative.contains($0) }) { weight -= 25 }
    if tokens.contains(where: { ClassTokens.positive.contains($0) }) { weight += 25 }
    return weight
  }
}
