import ExtractKit
import Foundation

// A page as a program holds it: a String.
let page = """
  <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Growing Beans | Garden Notes</title>
  <meta property="article:published_time" content="2024-05-01T09:30:00Z"></head>
  <body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
  <main><article><h1>Growing Beans</h1>
  <p class="byline">By <a rel="author" href="/authors/ann">Ann Gardener, MSc</a></p>
  <img src="/img/beans.jpg" alt="Beans on poles" width="1200" height="800">
  <p>Beans climb the poles by June, and the gardener ties them in with soft twine so the wind cannot pull them loose.</p>
  <h2>Picking</h2>
  <p>Pick them young, every other day, and the plants keep flowering well into the autumn months of the year.</p>
  </article></main><footer><p>© Garden Notes</p></footer></body></html>
  """

let extractor = ArticleExtractor()
let options = ExtractOptions(url: "https://garden.example/beans")

// Fields out.
let article = try extractor.extract(html: page, options: options)
print("title:", article.title ?? "-")
print("authors:", article.byline?.authors.map { ([$0.name] + $0.credentials).joined(separator: ", ") } ?? [])
print("published:", article.publishedDate.map { String(Int($0.timeIntervalSince1970)) } ?? "-")
print("hero:", article.heroImage?.imageURL?.absoluteString ?? "-")
print("headings:", article.headings.map(\.text))
print("json starts:", String(decoding: try ArticleExtractor.json(article, pretty: false).prefix(16), as: UTF8.self))

// Errors, as a program reports them.
for bad in ["", "\u{89}PNG\r\n\u{1A}\n"] {
  do {
    _ = try extractor.extract(html: bad)
    print("error: none")
  } catch let error as ExtractError {
    print("error:", error.kind, "-", error.localizedDescription)
  }
}

// One extractor from several tasks at once.
let titles = try await withThrowingTaskGroup(of: String?.self) { group in
  for number in 0..<8 {
    group.addTask {
      let html = page.replacingOccurrences(of: "Growing Beans", with: "Growing Beans \(number)")
      return try extractor.extract(html: html, options: options).title
    }
  }
  var all: [String] = []
  for try await title in group { all.append(title ?? "-") }
  return all.sorted()
}
print("tasks:", titles.count, titles.first ?? "-", titles.last ?? "-")

// A crawl: the pages of a folder, extracted on several cores with a bounded number in flight.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("consumer-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
for name in ["peas", "leeks", "kale"] {
  try Data(page.replacingOccurrences(of: "Growing Beans", with: "Growing \(name)").utf8)
    .write(to: folder.appendingPathComponent("\(name).html"))
}
try Data().write(to: folder.appendingPathComponent("empty.html"))

var articles: [String] = []
var failures: [String] = []
@MainActor func handle(_ result: Result<Article, ErrorRecord>) {
  switch result {
  case .success(let article): articles.append(article.title ?? "-")
  case .failure(let record): failures.append(record.error.kind)
  }
}
try await withThrowingTaskGroup(of: Result<Article, ErrorRecord>.self) { group in
  var inFlight = 0
  for try await page in FolderPages(url: folder) {
    if inFlight == 2, let result = try await group.next() {
      handle(result)
      inFlight -= 1
    }
    group.addTask { page.result(with: extractor) }
    inFlight += 1
  }
  for try await result in group { handle(result) }
}
print("crawl:", articles.sorted(), failures)
