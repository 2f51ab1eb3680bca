import Testing

@testable import ExtractKit

/// `MarkdownRenderer`: front matter, the title, the hero once, the body from its markup (links,
/// emphasis, code, tables), the bio and related cards apart, escaping only what would be markup.
@Suite("Markdown: the article as CommonMark with its inline markup")
struct MarkdownRendererTests {
  /// The body Markdown of a page whose article is the filler paragraphs then `markup`.
  private func body(_ markup: String, url: String? = "https://garden.example/beds") throws -> String {
    let page = TestPage.html("<article><h1>Raised Beds</h1>\(TestPage.paragraphs(3))\(markup)</article>")
    let article = try ArticleExtractor().extract(html: page, options: ExtractOptions(url: url, markdown: true))
    let blocks = (article.markdownBody ?? "").components(separatedBy: "\n\n")
    return blocks.dropFirst(3).joined(separator: "\n\n")
  }

  @Test("links absolute as [text](url), emphasis, strong and code spans kept; empty emphasis dropped")
  func inlineMarkup() throws {
    let markdown = try body(
      "<p>Mix <a href=\"/soil\">the <em>right</em> soil</a>, water <strong>daily</strong>, run <code>make beds</code>"
        + "<em> </em> and <b><strong>never</strong></b> <i>over</i><i>water</i>.</p>")
    #expect(
      markdown
        == "Mix [the *right* soil](https://garden.example/soil), water **daily**, run `make beds` and **never** *overwater*."
    )
  }

  @Test("only what would be markup is escaped: [1], 5 * 3, snake_case and a lone & stay as they are")
  func minimalEscaping() throws {
    let markdown = try body(
      "<p>See [1] and 5 * 3 = 15, snake_case &amp; more.</p><p>Not *emphasis*, not `code`, not [a](b), "
        + "not &lt;div&gt;, not &amp;amp; nor a\\_b.</p><p># Not a heading</p><p>1. Not a list</p><p>- Nor this</p>"
        + "<p>&gt; Nor a quote</p>")
    #expect(
      markdown == """
        See [1] and 5 * 3 = 15, snake_case & more.

        Not \\*emphasis\\*, not \\`code\\`, not [a\\](b), not \\<div>, not \\&amp; nor a\\\\\\_b.

        \\# Not a heading

        1\\. Not a list

        \\- Nor this

        \\> Nor a quote
        """)
  }

  @Test("a <br> is a hard line break; a quote keeps its lines")
  func hardBreaks() throws {
    let markdown = try body("<p>Two eggs<br>a cup of flour</p><blockquote>Roses are red,<br>violets blue</blockquote>")
    #expect(markdown == "Two eggs\\\na cup of flour\n\n> Roses are red,\\\n> violets blue")
  }

  @Test("code fenced with the language the page names (language-python, lang-js), verbatim, none otherwise")
  func fencedCode() throws {
    let markdown = try body(
      "<pre><code class=\"language-python\">def f():\n    return \"```\"\n</code></pre>"
        + "<pre class=\"prettyprint lang-js\">let a = 1;</pre><pre>plain *text*</pre>")
    #expect(
      markdown == """
        ````python
        def f():
            return "```"
        ````

        ```js
        let a = 1;
        ```

        ```
        plain *text*
        ```
        """)
  }

  @Test("lists nest under their items, ordered ones keep counting, a <br> continues the item")
  func lists() throws {
    let markdown = try body(
      "<ul><li><strong>Cedar</strong> lasts<ul><li>ten years</li></ul></li><li>Pine<br>cheaper</li></ul>"
        + "<ol start=\"3\"><li>Dig</li><li>Fill <a href=\"/soil\">soil</a></li></ol>")
    #expect(
      markdown == """
        - **Cedar** lasts
          - ten years
        - Pine\\
          cheaper

        3. Dig
        4. Fill [soil](https://garden.example/soil)
        """)
  }

  @Test("a data table is a GFM table, pipes in cells escaped, links kept")
  func tables() throws {
    let markdown = try body(
      "<table><tr><th>Wood</th><th>Life | years</th></tr><tr><td><a href=\"/cedar\">Cedar</a></td><td>10</td></tr>"
        + "<tr><td>Pine</td></tr></table>")
    #expect(
      markdown == """
        | Wood | Life \\| years |
        | --- | --- |
        | [Cedar](https://garden.example/cedar) | 10 |
        | Pine |  |
        """)
  }

  @Test("front matter, title, byline, hero once, body, then the bio and related cards under their own headings")
  func wholeArticle() throws {
    let page = TestPage.html(
      """
      <article class="post"><h1 class="entry-title">Raised "Beds": A Guide</h1>
      <div class="byline">By <span class="author">Jane Doe</span> <time datetime="2024-03-05">March 5, 2024</time></div>
      <img src="/hero.jpg" alt="A cedar bed" width="1200" height="800">
      <div class="entry-content"><p><img src="/hero.jpg" alt="A cedar bed"></p>\(TestPage.paragraphs(3))</div>
      <div class="author-box"><h4 class="author-name">Jane Doe</h4><p>Jane Doe writes about gardens and soil for a \
      living.</p></div></article>
      <div class="related-posts"><h3>Related posts</h3><div class="card"><a href="/a">Ten Tools for Your Garden</a>\
      </div><div class="card"><a href="/b">Mulch or Bark</a></div></div>
      """, head: "<meta name=\"description\" content=\"How to: build a bed\">")
    let article = try ArticleExtractor().extract(
      html: page, options: ExtractOptions(url: "https://garden.example/beds", markdown: true))
    let texts = TestPage.texts(3)
    #expect(
      MarkdownRenderer.render(article) == """
        ---
        title: "Raised \\"Beds\\": A Guide"
        url: "https://garden.example/beds"
        authors: ["Jane Doe"]
        date: "2024-03-05"
        language: "en"
        description: "How to: build a bed"
        ---

        # Raised "Beds": A Guide

        *By Jane Doe · 2024-03-05*

        ![A cedar bed](https://garden.example/hero.jpg)

        \(texts.joined(separator: "\n\n"))

        ## About the author

        **Jane Doe** Jane Doe writes about gardens and soil for a living.

        ## Related posts

        - [Ten Tools for Your Garden](https://garden.example/a)
        - [Mulch or Bark](https://garden.example/b)

        """)
    let bare = MarkdownRenderer.render(article, options: MarkdownOptions(frontMatter: false, asides: false))
    #expect(bare.hasPrefix("# Raised \"Beds\": A Guide\n\n"))
    #expect(bare.hasSuffix(texts[2] + "\n"))
  }

  @Test("an article decoded from JSON has no markup: its body is rendered from the sections")
  func fromSections() throws {
    let article = Article(
      source: Source(bytes: 1, encoding: "utf-8"), title: "Beds",
      sections: [
        ArticleSection(
          heading: Heading(level: 2, text: "Wood # 1 #"),
          blocks: [.paragraph("Use [1] and *stars*"), .code("a\n  b"), .table([["a|b", "c"]])])
      ])
    #expect(
      MarkdownRenderer.render(article, options: MarkdownOptions(frontMatter: false)) == """
        # Beds

        ## Wood # 1 \\#

        Use [1] and \\*stars\\*

        ```
        a
          b
        ```

        | a\\|b | c |
        | --- | --- |

        """)
  }

  @Test("YAML strings are double-quoted with quotes, backslashes and controls escaped")
  func yamlQuoting() {
    #expect(MarkdownRenderer.yamlString("a \"b\" \\ c: #d\n\u{2028}") == "\"a \\\"b\\\" \\\\ c: #d\\n\\u2028\"")
  }

  @Test("--format text's renderer starts with the title")
  func textStartsWithTitle() {
    let article = Article(source: Source(bytes: 1, encoding: "utf-8"), title: "Beds", text: "One.\n\nTwo.")
    #expect(TextRenderer.render(article) == "Beds\n\nOne.\n\nTwo.")
  }

  @Test("the Markdown opens sections where `sections` does: a repeated heading once, a left-out heading as a line")
  func headingsAsTheOutline() throws {
    let markdown = try body(
      "<h2>Choosing Seeds</h2><h2>Choosing Seeds</h2><p>Sow them thinly in spring.</p>"
        + "<h2>Leave a Reply</h2><p>Nobody has written yet.</p>")
    #expect(markdown == "## Choosing Seeds\n\nSow them thinly in spring.\n\nLeave a Reply\n\nNobody has written yet.")
  }
}
