import Foundation

@testable import ExtractKit

/// Small, realistic pages for the extractor tests: a test writes only the article's markup
/// (and any `<head>` tags it is about); `TestPage.html` wraps it in a page with a doctype,
/// a charset, a site header with a navigation menu and a site footer, as real pages have.
enum TestPage {
  /// The site header every page carries: a logo link and a navigation menu.
  static let header = """
    <header class="site-header"><div class="site-logo"><a href="/">Example Site</a></div>
    <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li>\
    <li><a href="/shop">Shop</a></li><li><a href="/about">About us</a></li></ul></nav></header>
    """

  /// The site footer every page carries.
  static let footer = """
    <footer class="site-footer"><p>© 2024 Example Site. All rights reserved.</p>
    <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of service</a></li></ul></footer>
    """

  /// A whole page around `body`: `head` goes after the `<title>`; `lang` is the `<html lang>` (none when nil).
  /// Without a `title`, the `<title>` is what sites write: the body's first `<h1>` and " | Example Site".
  static func html(_ body: String, head: String = "", title: String? = nil, lang: String? = "en") -> String {
    let language = lang.map { " lang=\"\($0)\"" } ?? ""
    let title = title ?? defaultTitle(body)
    return """
      <!DOCTYPE html>
      <html\(language)>
      <head>
      <meta charset="utf-8">
      <title>\(title)</title>
      \(head)
      </head>
      <body>
      \(header)
      \(body)
      \(footer)
      </body>
      </html>
      """
  }

  /// "First H1 Text | Example Site", or "Example Site" when the body has no `<h1>`.
  static func defaultTitle(_ body: String) -> String {
    guard let open = body.range(of: "<h1"), let start = body[open.upperBound...].firstIndex(of: ">"),
      let close = body.range(of: "</h1>", range: start..<body.endIndex)
    else { return "Example Site" }
    var text = ""
    var inTag = false
    for character in body[body.index(after: start)..<close.lowerBound] {
      if character == "<" {
        inTag = true
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        text.append(character)
      }
    }
    return text.trimmingCharacters(in: .whitespacesAndNewlines) + " | Example Site"
  }

  private static let ordinals = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth",
  ]

  /// The text of filler paragraph `index` (0-based): about 240 characters of prose, distinct per index,
  /// without digits or month names so that no date or step number is read out of it.
  static func fillerText(_ index: Int, about topic: String = "gardening") -> String {
    "The \(ordinals[index % ordinals.count]) paragraph about \(topic) explains the background in plain words, "
      + "with enough detail for a reader to follow along, and it keeps going for a while so that the content "
      + "locator sees real prose rather than a caption, a label or a button."
  }

  /// `count` filler `<p>` paragraphs, numbered from `start`: enough body text for the content locator.
  static func paragraphs(_ count: Int, about topic: String = "gardening", from start: Int = 0) -> String {
    (start..<(start + count)).map { "<p>\(fillerText($0, about: topic))</p>" }.joined(separator: "\n")
  }

  /// The filler texts `paragraphs(count, about:, from:)` produces, as the extractor should output them.
  static func texts(_ count: Int, about topic: String = "gardening", from start: Int = 0) -> [String] {
    (start..<(start + count)).map { fillerText($0, about: topic) }
  }

  /// Extracts a page built by `html(_:head:title:lang:)`.
  static func extract(
    _ body: String, head: String = "", title: String? = nil, lang: String? = "en", url: String? = nil
  ) throws -> Article {
    try ArticleExtractor().extract(
      html: html(body, head: head, title: title, lang: lang), options: ExtractOptions(url: url))
  }
}
