import ExtractKit
import Foundation

/// Whether extraction stays linear in the page's size: pages of seven shapes built at 1x, 4x,
/// 16x and 64x of a unit, timed per byte. A step that scans every sibling per element, or
/// the whole tree per heading, shows as a 64x/1x ratio well above 1.
enum Scaling {
  static let factors = [1, 4, 16, 64]

  /// The shapes: a real page's body repeated, and the patterns that were once non-linear.
  static func shapes(sample: [UInt8]?) -> [(name: String, page: (Int) -> [UInt8])] {
    var shapes: [(name: String, page: (Int) -> [UInt8])] = []
    if let sample, let (head, body) = split(sample) {
      shapes.append(
        ("body", { [UInt8](head.utf8) + Array(repeating: body, count: $0).flatMap(\.utf8) + [UInt8](tail.utf8) }))
    }
    shapes.append(("lists side by side", { article(units: 8 * $0, unit: listUnit) }))
    shapes.append(("cards", { article(units: 8 * $0, unit: cardUnit) }))
    shapes.append(("numbered lists", { article(units: 8 * $0, heading: "How to do it", unit: orderedUnit) }))
    shapes.append(("bold-lead paragraphs", { article(units: 16 * $0, unit: leadUnit) }))
    shapes.append(("headings", { article(units: 8 * $0, heading: "Field notes", unit: headingUnit) }))
    shapes.append(("flat paragraphs", { article(units: 16 * $0, unit: paragraphUnit) }))
    return shapes
  }

  static let tail = "</body></html>\n"

  /// The sample's `<head>` with `<body …>`, and the body's inner markup.
  static func split(_ page: [UInt8]) -> (String, String)? {
    let text = String(decoding: page, as: UTF8.self)
    guard let open = text.range(of: "<body"), let openEnd = text[open.upperBound...].firstIndex(of: ">"),
      let close = text.range(of: "</body>", options: .backwards)
    else { return nil }
    let bodyStart = text.index(after: openEnd)
    return (String(text[..<bodyStart]), String(text[bodyStart..<close.lowerBound]))
  }

  /// A page whose `<article>` holds `units` units. `heading` is its `<h1>`: the title's own
  /// words, or other words so that every heading is weighed as the title's.
  static func article(units: Int, heading: String = "A long article about nothing", unit: (Int) -> String) -> [UInt8] {
    var html =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A long article about nothing | Site</title>"
      + "</head><body><header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav></header>"
      + "<article><h1>\(heading)</h1><p class=\"byline\">By Jane Doe, March 3, 2024</p>"
    for index in 0..<units { html += unit(index) }
    html += "</article><footer class=\"site-footer\"><p>Copyright Site</p></footer></body></html>\n"
    return [UInt8](html.utf8)
  }

  static let words =
    "Massage for lower back pain is an easy and effective way to alleviate symptoms and promote relaxation of the whole body"

  static func paragraphUnit(_ index: Int) -> String { "<p>\(index): \(words), and more words follow here.</p>\n" }

  static func listUnit(_ index: Int) -> String {
    "<p>Things to know, part \(index):</p><ul><li>First point \(index) of the list</li><li>\(words)</li>"
      + "<li><strong>Bold lead</strong> and its text</li></ul>\n"
  }

  static func cardUnit(_ index: Int) -> String {
    "<div class=\"post-card\"><a href=\"/posts/\(index)\"><img src=\"/img/\(index).jpg\" alt=\"\"></a>"
      + "<h3><a href=\"/posts/\(index)\">Post number \(index)</a></h3><p class=\"excerpt\">\(words)</p>"
      + "<span class=\"author\">By Author \(index)</span> <time datetime=\"2024-03-03\">March 3, 2024</time></div>\n"
  }

  /// Ordered lists under one how-to heading: each is a procedure titled by the heading above it.
  static func orderedUnit(_ index: Int) -> String {
    "<ol><li>Step \(index) comes first</li><li>\(words)</li></ol>\n"
  }

  /// Paragraphs led by bold titles: one run read as a titled list.
  static func leadUnit(_ index: Int) -> String { "<p><strong>Lead \(index)</strong><br>\(words).</p>\n" }

  static func headingUnit(_ index: Int) -> String {
    "<h2 id=\"s\(index)\">Section \(index) of the article</h2><p>\(words).</p><h3>Detail \(index)</h3><p>\(words).</p>\n"
  }

  /// Prints, per shape and size, the page's bytes and extraction time per byte, and the ratio
  /// of time per byte at the largest size to the smallest.
  /// Returns each shape's smallest and largest page, for the memory table.
  static func table(sample: [UInt8]?, passes: Int, extractor: ArticleExtractor) -> [(String, [UInt8], [UInt8])] {
    print("scaling (time per byte; 64x/1x near 1 is linear):")
    var biggest: [(String, [UInt8], [UInt8])] = []
    for shape in shapes(sample: sample) {
      let pages = factors.map { shape.page($0) }
      // Each size repeated to about the bytes of the largest, so each body takes a similar time.
      let largest = pages.last!.count
      let bodies = pages.map { page in
        let repeats = max(1, largest / page.count)
        return {
          for _ in 0..<repeats { _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false) }
        }
      }
      let times = Bench.interleaved(passes, bodies).map(\.wall)
      var line = "  " + shape.name.padding(toLength: 20, withPad: " ", startingAt: 0)
      var perByte: [Double] = []
      for (index, page) in pages.enumerated() {
        let repeats = max(1, largest / page.count)
        let nanoseconds = Bench.medianOf(times[index]) * 1e9 / Double(repeats * page.count)
        perByte.append(nanoseconds)
        line += String(format: "  %dx %7d B %6.2f ns/B", factors[index], page.count, nanoseconds)
      }
      let ratios = (0..<passes).map { pass in
        let first = times[0][pass] / Double(max(1, largest / pages[0].count) * pages[0].count)
        let last = times[pages.count - 1][pass] / Double(pages[pages.count - 1].count)
        return last / first
      }
      line += String(format: "   64x/1x %.2f", Bench.medianOf(ratios))
      print(line)
      biggest.append((shape.name, pages.first!, pages.last!))
    }
    return biggest
  }

  /// Body for `--only scaling:SHAPE:FACTOR`, for an instruction profile of one shape.
  static func page(shape name: String, factor: Int, sample: [UInt8]?) -> [UInt8]? {
    shapes(sample: sample).first { $0.name.hasPrefix(name) }?.page(factor)
  }
}
