import Testing

@testable import ExtractKit

/// The comment count of the byline: count bubbles, comment-section titles in several languages,
/// and layout classes that are not another post's rail.
@Suite("Comment count: bubbles, section titles, languages, layout classes")
struct CommentCountTests {
  /// A post with a byline, `meta` after it, then `after` below the article.
  private func count(meta: String = "", after: String = "", wrapper: String = "main") throws -> Int? {
    let html = """
      <div class="\(wrapper)"><article class="post"><header><h1>Why Bees Matter in the Garden</h1>
      <div class="byline">by <a rel="author" href="/author/jane">Jane Doe</a></div>\(meta)</header>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>\(after)</div>
      """
    return try TestPage.extract(html).byline?.commentCount
  }

  @Test("a comment link whose whole text is a number is the count bubble")
  func commentLinkBubble() throws {
    #expect(
      try count(meta: ##"<span><i class="icon-comment"></i> <a class="comments-link" href="#comments">21</a></span>"##)
        == 21)
    #expect(
      try count(meta: ##"<a class="header-art-comments" title="Komentarze" href="#c"><span>93</span></a>"##) == 93)
  }

  @Test("Blogger's Dutch post footer and comment title count 'opmerkingen' ('4 opmerkingen:')")
  func bloggerDutchOpmerkingen() throws {
    let footer = """
      <div class="post-footer"><span class="post-author vcard">Geplaatst door <span class="fn">Jane Doe</span></span> \
      <span class="post-comment-link"><a class="comment-link" href="/2024/03/bees.html#comment-form">4 opmerkingen:</a>\
      </span></div>
      """
    #expect(try count(after: footer) == 4)
    #expect(try count(after: "<div class=\"comments\" id=\"comments\"><h4>1 opmerking:</h4></div>") == 1)
    #expect(try count(after: "<div class=\"comments\" id=\"comments\"><h4>Geen opmerkingen:</h4></div>") == 0)
  }

  @Test("an 'opmerking' in prose or a sidebar is no count: 'Twee opmerkingen vooraf' in the text")
  func dutchRemarkInProseIsNoCount() throws {
    #expect(
      try count(after: "<p>Er zijn 2 opmerkingen die ik vooraf wil maken over de tuin en de bijen hier.</p>") == nil)
  }

  @Test("Dutch 'opmerkingen' without Blogger's colon are remarks: '3 opmerkingen over het beleid' is no count")
  func dutchRemarksWithoutColonAreNoCount() throws {
    let heading = "<p>Bijen bestuiven een derde van onze gewassen.</p><h2>3 opmerkingen over het beleid</h2>"
    #expect(try count(after: heading) == nil)
    let metaLine = "<div class=\"meta\">12 maart 2024 · 5 opmerkingen over de subsidie</div>"
    #expect(try count(meta: metaLine) == nil)
    #expect(CommentCount.inText("Door Anna Berger · 5 opmerkingen over de subsidie") == nil)
    #expect(CommentCount.titleCount("4 opmerkingen:") == 4)
  }

  @Test("a count written with a thousands separator ('1.977 commentaires', '1,204 Comments') is read whole")
  func thousandsSeparator() throws {
    #expect(try count(meta: ##"<a class="comments-link" href="#c">1.977 commentaires</a>"##) == 1977)
    #expect(try count(after: "<section id=\"comments\"><h2>1,204 Comments</h2></section>") == 1204)
    #expect(CommentCount.joiningDigitGroups("12.11.2019 3 Kommentare") == "12.11.2019 3 Kommentare")
  }

  @Test("a hyphenated compound ending in the comment word ('33 LESER-KOMMENTARE') gives its count")
  func hyphenatedCommentCompound() throws {
    let title = "<section id=\"comments\"><h3 class=\"comments-title\">33 LESER-KOMMENTARE</h3></section>"
    #expect(try count(after: title) == 33)
  }

  @Test("a count in parentheses after a comment word in a byline ('留言(7) 人氣(1234)', 'Kommentare (3)')")
  func parenthesisedCountAfterCommentWord() {
    #expect(CommentCount.inText("小明 發表在 部落格 留言(7) 人氣(1234)") == 7)
    #expect(CommentCount.inText("Jane Doe, 3. Mai 2021, Kommentare (3)") == 3)
    // Parentheses after any other word are not the count.
    #expect(CommentCount.inText("人氣(1234) Jane Doe (2021)") == nil)
  }

  @Test("the first element of a comment section is its title whatever its class ('0 Kommentare zum Artikel')")
  func commentSectionOpeningTitle() throws {
    let section = """
      <section id="comments"><header class="title">0 Kommentare zum Artikel</header>\
      <button type="button">Kommentar schreiben</button></section>
      """
    #expect(try count(after: section) == 0)
    // Further down the section, a classless element is a comment's text, not its title.
    let later = """
      <section id="comments"><header class="title">Kommentare</header>\
      <div class="text">3 Kommentare weiter oben sehen das anders.</div></section>
      """
    #expect(try count(after: later) == nil)
  }

  @Test("a 'sidebar' class on a wrapper holding the byline is the layout, not a rail")
  func sidebarLayoutClassOnWrapper() throws {
    #expect(
      try count(
        meta: ##"<ul class="meta"><li class="comments"><a href="#c">2 Kommentare</a></li></ul>"##,
        wrapper: "has_sidebar") == 2)
  }

  @Test("a comment section inside the theme's <aside> still gives its title's count")
  func commentSectionInsideAside() throws {
    let after = """
      <aside><div id="comments" class="comments-area"><h2 class="comments-title">52 Comments</h2>
      <ol class="commentlist"><li class="comment">What a lovely garden, the bees must be delighted with \
      all those flowers and the herbs along the fence. I planted lavender last spring after reading this.</li></ol></div></aside>
      """
    #expect(try count(after: after) == 52)
  }

  @Test("a count bubble in a sidebar rail of other posts is not the article's")
  func bubbleInSidebarRail() throws {
    let after =
      ##"<div class="sidebar"><ul><li><a href="/other">Other post</a> <a class="comments-link" href="/other#c">5</a></li></ul></div>"##
    #expect(try count(after: after) == nil)
  }

  @Test("comment-title words of each language table give the count")
  func titleWordsPerLanguage() {
    #expect(CommentCount.titleCount("Vos réactions (11)") == 11)
    #expect(CommentCount.titleCount("3 Gedanken zu “Gartenzeit”") == 3)
    #expect(CommentCount.titleCount("91 Ergänzungen") == 91)
    #expect(CommentCount.titleCount("93 komentarzy") == 93)
    #expect(CommentCount.titleCount("1 comentario") == 1)
    #expect(CommentCount.titleCount("459 Reviews") == 459)
    #expect(CommentCount.titleCount("12 photos") == nil)
  }

  @Test("Russian count nouns in each case the number takes, and zero counts in Czech, Danish and Russian")
  func russianAndCzechCounts() throws {
    #expect(CommentCount.inText("Иван Петров · 12 марта 2024 · 5 комментариев") == 5)
    #expect(CommentCount.inText("Иван Петров · 3 комментария") == 3)
    #expect(CommentCount.inText("Иван Петров · 1 комментарий") == 1)
    #expect(CommentCount.inText("Иван Петров · Нет комментариев") == 0)
    #expect(CommentCount.inText("Jan Novák · 12. března 2024 · Žádné komentáře") == 0)
    #expect(CommentCount.inText("Mette Hansen · 12. marts 2024 · Ingen kommentarer") == 0)
  }

  @Test(
    "Russian comment-section titles give their count in each case form and letter case",
    arguments: [
      ("Комментарии (12)", 12), ("КОММЕНТАРИИ (12)", 12), ("12 комментариев", 12), ("3 комментария", 3),
      ("1 комментарий", 1), ("Один комментарий", 1), ("Один комментарий к «Почему пчёлы важны»", 1),
      ("Нет комментариев", 0), ("Обсуждение (7)", 7), ("ОБСУЖДЕНИЕ (7)", 7),
    ])
  func russianSectionTitles(title: String, expected: Int) throws {
    #expect(CommentCount.titleCount(title) == expected)
    #expect(CommentCount.mayHoldTitleWord(title))
    #expect(
      try count(after: "<section id=\"comments\"><h2>\(title)</h2><ol><li>Спасибо!</li></ol></section>") == expected)
    #expect(HeadingsExtractor.isCommentSectionTitle(title))
  }

  @Test(
    "Russian headings of an article that hold a comment or discussion word but no count, or a section number, give none",
    arguments: [
      "4. Обсуждение", "Обсуждение результатов", "Комментарии экспертов", "Комментарии к закону о выборах",
      "Обсуждение 5 вариантов реформы", "Комментарии 3 экспертов",
    ])
  func russianHeadingsAreNoTitles(heading: String) throws {
    #expect(CommentCount.titleCount(heading) == nil)
    let body = """
      <article><h1>Почему пчёлы важны для сада</h1><div class="entry-content">\(TestPage.paragraphs(2))\
      <h2>\(heading)</h2>\(TestPage.paragraphs(2, from: 2))<p>Эксперты оставили 12 комментариев к проекту закона.</p>\
      </div></article>
      """
    let article = try TestPage.extract(body, lang: "ru")
    #expect(article.byline?.commentCount == nil)
    #expect(article.headings.map(\.text) == [heading])
  }
}

extension CommentCountTests {
  @Test("a number after a comment word counts in brackets or ending the title, not before a word of the heading")
  func numberAfterCommentWord() throws {
    #expect(CommentCount.titleCount("Comments 5 ways to fix a leak") == nil)
    #expect(CommentCount.titleCount("Kommentare 3 Tipps für den Garten") == nil)
    #expect(CommentCount.titleCount("Comments 12") == 12)
    #expect(CommentCount.titleCount("Kommentare (3)") == 3)
    #expect(CommentCount.titleCount("Comments (5 posted)") == 5)
    #expect(CommentCount.titleCount("Two replies, 2 replies") == 2)
    #expect(CommentCount.titleCount("Responses (38) to “Why bees matter”") == 38)
    let body = """
      <article><h1>Why bees matter in the garden</h1><div class="entry-content">\(TestPage.paragraphs(2))\
      <h2>Comments 5 ways to answer</h2>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(body)
    #expect(article.byline?.commentCount == nil)
    #expect(article.headings.map(\.text) == ["Comments 5 ways to answer"])
  }
}

@Suite("Comment count: a page with no byline")
struct CommentCountWithoutBylineTests {
  @Test("a page naming no author still carries the count its comment section shows")
  func countWithoutByline() throws {
    let html = """
      <html><body><article><h1>Frühlingsgarten</h1>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>
      <div id="comments"><h2>2 Kommentare</h2><ol><li>Schön!</li><li>Danke.</li></ol></div>
      </body></html>
      """
    let byline = try #require(try TestPage.extract(html).byline)
    #expect(byline == Byline(raw: "", authors: [], publishedAt: nil, commentCount: 2))
  }

  @Test("a page with neither an author nor a count has no byline")
  func nothingWithoutByline() throws {
    let html = "<html><body><article><h1>T</h1>\(TestPage.paragraphs(4))</article></body></html>"
    #expect(try TestPage.extract(html).byline == nil)
  }
}

@Suite("Comment count: share bars, foreign comment sections, label-then-count")
struct CommentCountPlacementTests {
  private func count(meta: String = "", after: String = "", raw: Bool = false) throws -> Int? {
    let html = """
      <article class="post"><header><h1>Why Bees Matter in the Garden</h1>
      <div class="byline">by <a rel="author" href="/author/jane">Jane Doe</a></div>\(meta)</header>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article>\(after)
      """
    return try TestPage.extract(html).byline?.commentCount
  }

  @Test("other posts' counts are not the page's: a popular-posts widget, related cards, share counters")
  func otherPostsCountsAreNotThePages() throws {
    let popular = """
      <aside class="sidebar"><section class="widget popular-posts"><h2 class="widget-title">Popular Posts</h2><ul>\
      <li><a href="/compost/">Compost basics</a> <span class="comment-count">23 Comments</span></li></ul></section>\
      </aside>
      """
    #expect(try count(after: popular) == nil)
    let related = """
      <div class="related-posts"><h3>Artículos relacionados</h3><div class="rp-card"><h4><a href="/compost/">Compost \
      casero</a></h4><span class="meta">2 de marzo de 2024 · <a href="/compost/#comments">15 comentarios</a></span>\
      </div></div>
      """
    #expect(try count(after: related) == nil)
    let share = """
      <div class="share-bar"><a class="share-facebook" href="https://facebook.com/sharer">Share <span class="count">34\
      </span></a><span class="total-shares">51 Shares</span></div>
      """
    #expect(try count(meta: share) == nil)
  }

  @Test("a comment platform's empty placeholder under a 'Comments' heading shows no count (Disqus, Facebook)")
  func commentPlaceholderShowsNoCount() throws {
    #expect(
      try count(after: "<section class=\"comments\"><h3>Comments</h3><div id=\"disqus_thread\"></div></section>") == nil
    )
    #expect(
      try count(
        after:
          "<section class=\"comments\"><h3>Kommentare</h3><div class=\"fb-comments\" data-numposts=\"5\"></div></section>"
      )
        == nil)
  }

  @Test("a <nav> share bar inside the article holds the article's own count")
  func shareBarNavInsideArticle() throws {
    let meta =
      ##"<nav class="head"><ul class="share"><li><a href="#c"><span class="bar_commentaires">61 commentaires</span></a></li></ul></nav>"##
    #expect(try count(meta: meta) == 61)
  }

  @Test("a comment section with a Spanish id inside an <aside> gives its button's count")
  func spanishCommentSectionInAside() throws {
    let after =
      ##"<aside><div id="comentarios"><section><span>Comentar este artículo</span><button>1 comentario</button></section></div></aside>"##
    #expect(try count(after: after) == 1)
  }

  @Test("a nav outside the article is still another page's rail")
  func navOutsideArticle() throws {
    let after = ##"<nav class="recent"><a href="/other">Other post</a> <a href="/other#c">4 comments</a></nav>"##
    #expect(try count(after: after) == nil)
  }

  @Test("a reply-count bubble gives the count")
  func replyCountBubble() throws {
    let meta = ##"<span id="js_reply-count">58<span class="icon icon-bubble"></span></span>"##
    #expect(try count(meta: meta) == 58)
  }

  @Test("'November 2021 Kommentare 0': a year before the comment word, the count after it")
  func labelThenCountAfterYear() {
    #expect(CommentCount.inText("12. November 2021 Kommentare 0") == 0)
    #expect(CommentCount.inText("by Jane 12 Comments") == 12)
  }

  @Test("A count in parentheses before the comment word is the count; a date's year before a separator is not")
  func parenthesisedCountBeforeWordAndSeparatedYear() {
    #expect(CommentCount.inText("(3) Comments") == 3)
    #expect(CommentCount.inText("3. März 2021 · Kommentar schreiben") == nil)
  }

  @Test("WordPress's comment list counts its comments (replies and pingbacks too) when no title gives the count")
  func wordPressCommentListItems() throws {
    let thread = """
      <div id="comments" class="comments-area"><ol class="comment-list">\
      <li id="comment-1" class="comment even thread-even depth-1"><article class="comment-body"><p>Great post.</p></article>\
      <ul class="children"><li id="comment-2" class="comment byuser odd alt depth-2"><p>Thanks!</p></li></ul></li>\
      <li id="comment-3" class="pingback even thread-odd depth-1"><p>Linked from elsewhere</p></li></ol></div>
      """
    #expect(try count(after: thread) == 3)
    // A list without comment items is no count.
    #expect(try count(after: #"<ol class="commentlist"><li class="note">Comments are closed.</li></ol>"#) == nil)
  }

  @Test("an empty comment list before the thread is passed over: the next list counts")
  func emptyCommentListThenThread() throws {
    let lists = """
      <ol class="comment-list"></ol><div id="comments"><ol class="comment-list">\
      <li id="comment-1" class="comment depth-1"><p>Great post.</p></li>\
      <li id="comment-2" class="comment depth-1"><p>Thanks!</p></li></ol></div>
      """
    #expect(try count(after: lists) == 2)
  }

  @Test("German 'einen Kommentar' is a prompt's object, not a count of one")
  func accusativePromptIsNoCount() throws {
    #expect(
      try count(after: #"<div id="respond"><h3 class="comment-reply-title">Schreibe einen Kommentar</h3></div>"#) == nil
    )
    #expect(
      try count(after: #"<header class="title">Um einen Kommentar zu schreiben, melden Sie sich an.</header>"#) == nil)
    #expect(try count(after: #"<h3 class="comments-title">Ein Kommentar zu „Why Bees Matter“</h3>"#) == 1)
  }

  @Test("a comment link in a script without spaces ('我要评论(4)'): the count after the noun ending its word")
  func unspacedCommentNoun() throws {
    #expect(try count(meta: ##"<div class="isCmt"><a href="#" id="cmt">我要评论(<em>4</em>)</a></div>"##) == 4)
    #expect(CommentCount.parenthesisedCount("我要评论(0)") == 0)
  }

  @Test("a number whose tooltip names comments (title 'Number of comments') beside a comment icon is the count")
  func tooltipLabelledCount() throws {
    let meta = """
      <div class="tip-stats"><div class="icon-c" title="Number of comments"></div>\
      <div class="stat-count" title="Number of comments"> 2 </div></div>
      """
    #expect(try count(meta: meta) == 2)
  }

  /// `test` run on the first `tag` element of a page (`body` inside `<html><body>`), the page
  /// kept alive meanwhile: a node reads its page's document in place.
  private func withElement(_ body: String, tag: String, _ test: (Node) -> Void) throws {
    let page = try Prepare.page(bytes: Array("<html><body>\(body)</body></html>".utf8), options: ExtractOptions())
    try withExtendedLifetime(page) {
      test(try #require(page.tree.nodes.first { $0.tag == tag }))
    }
  }

  @Test("a tooltip's last word is read from its bytes as splitting the lower-cased label reads it")
  func tooltipLastWordFromBytes() {
    let labels: [(String, Bool)] = [
      ("Number of comments", true), ("COMMENTS!", true), ("Kommentare: ", true), ("Komentarze", true),
      ("Comentários", true), ("2 comments é", false), ("Kommentare\u{301}", false), ("comment-count", false),
      ("", false), ("...", false), ("Permalink to the post", false), ("本文の留言", false), ("留言", true),
    ]
    for (label, expected) in labels {
      let bytes = Array(label.utf8)
      let answer = bytes.withUnsafeBufferPointer { CommentCount.endsWithCountNoun($0) }
      let split = label.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).last
      #expect(answer == expected, "\(label)")
      #expect(answer == split.map { Patterns.commentWords.contains(String($0)) } ?? false, "\(label)")
    }
  }

  @Test("a title's bytes pass every text that may give a count: stems across tags and through a soft hyphen")
  func titleCountBytesFilter() throws {
    let links: [(String, Bool)] = [
      ("com\u{AD}ments (3)", true), ("3 com<b>ments</b>", true), ("Home", false), ("评论(3)", true),
      ("(3) é", false), ("5 Thoughts on “Bees”", true), ("Re\u{200B}plies", true), ("Réponses", true),
      ("Read more", false),
    ]
    for (link, expected) in links {
      try withElement("<a href=\"#c\">\(link)</a>", tag: "a") { node in
        let text = Text.clean(Page.rawText(node))
        let counts =
          CommentCount.mayHoldTitleWord(text)
          || (text.contains("(") && VocabularyComments.chinese.contains { text.contains($0) })
        #expect(CommentCount.mayHoldTitleCount(node) == expected, "\(link)")
        #expect(!counts || CommentCount.mayHoldTitleCount(node), "\(link)")
      }
    }
  }

  /// A heading and the link holding all its text read the same text: the second is answered from
  /// the first's scan, and an element with other text is scanned anew.
  @Test("a title's scan is reused by the element around the same text, not by one with other text")
  func titleScanReusedForSameText() throws {
    let body = """
      <h3>
          <a href="#c">12    Comments</a>
      </h3><h3><a href="#r">Read more</a></h3><h3>
        <span>4</span> <a href="#c">Kommentare</a></h3>
      """
    let page = try Prepare.page(bytes: Array("<html><body>\(body)</body></html>".utf8), options: ExtractOptions())
    withExtendedLifetime(page) {
      var scan = CommentCount.TitleScan()
      let nodes = page.tree.nodes.filter { $0.tag == "h3" || $0.tag == "a" || $0.tag == "span" }
      #expect(nodes.count == 7)
      for node in nodes {
        #expect(scan.mayHoldTitleCount(node) == CommentCount.mayHoldTitleCount(node), "\(node.order)")
      }
      #expect(nodes.map { scan.mayHoldTitleCount($0) } == [true, true, false, false, true, false, true])
    }
  }

  @Test("a text without a digit right before a separator keeps its separators without being copied")
  func digitBeforeSeparator() {
    #expect(CommentCount.holdsDigitBeforeSeparator("1.977 commentaires"))
    #expect(CommentCount.holdsDigitBeforeSeparator("12\u{A0}345 réactions"))
    #expect(!CommentCount.holdsDigitBeforeSeparator("Kommentare, Antworten. 3"))
    #expect(CommentCount.joiningDigitGroups("Kommentare, Antworten. 3") == "Kommentare, Antworten. 3")
  }

  @Test("a zero word or a negation before the comment noun is a zero count, in every language")
  func zeroWordsPerLanguage() throws {
    for title in [
      "Aucun commentaire", "Nessun commento", "Brak komentarzy", "Sin comentarios", "Nenhum comentário",
      "Geen reacties", "Ingen kommentarer", "No hay comentarios", "Pas de commentaires",
    ] {
      #expect(try count(after: "<div id=\"comments\"><h3>\(title)</h3></div>") == 0, "\(title)")
    }
    // A prompt's article is no count: "Laisser un commentaire" counts nothing.
    #expect(try count(after: "<div id=\"comments\"><h3>Laisser un commentaire</h3></div>") == nil)
    #expect(CommentCount.inText("12. März 2021 · Aucun commentaire") == 0)
  }

  @Test("Scandinavian and Czech comment nouns give their counts")
  func scandinavianAndCzechNouns() throws {
    #expect(try count(after: "<div id=\"comments\"><h3>3 kommentarer</h3></div>") == 3)
    #expect(try count(after: "<div id=\"comments\"><h3>4 komentáře</h3></div>") == 4)
  }

  @Test("an unmarked short line that is a number and a comment noun is the count")
  func unmarkedCountLine() throws {
    #expect(try count(meta: "<ul class=\"meta\"><li><i class=\"fa fa-pen\"></i> 5 Kommentare</li></ul>") == 5)
    #expect(try count(meta: "<span class=\"meta\"><span>1.204 comments</span></span>") == 1204)
    // A meta line's last field after a separator, when no element holds the count alone.
    #expect(
      try count(meta: "<p class=\"info\">Montag | 3. März 2025 | <a href=\"/c\">Garten</a> | 0 COMMENTS</p>") == 0)
    // A number and any other word is no count outside the comment section.
    #expect(try count(meta: "<ul class=\"meta\"><li>5 Minuten</li></ul>") == nil)
  }

  @Test("the comment section's opening line of a number and one word counts what the section holds")
  func commentSectionOpeningLine() throws {
    let section = "<div id=\"comments\"><div class=\"top\"><h3>3 Stimmen:</h3></div>"
    #expect(try count(after: section + "<div class=\"list\">\(TestPage.paragraphs(1))</div></div>") == 3)
    // Outside a heading, a date or rating opening the thread is no count.
    for line in ["<div class=\"date\">12 Juni</div>", "<p>5 Sterne</p>"] {
      let opening = "<div id=\"comments\">\(line)<div class=\"list\">\(TestPage.paragraphs(1))</div></div>"
      #expect(try count(after: opening) == nil, "\(line)")
    }
  }

  @Test("a bare number on a link to the comment section is the count, not a page link of the thread")
  func bareNumberLinkedToComments() throws {
    #expect(
      try count(meta: ##"<p class="meta"><a href="/post/#disqus_thread"><i class="icon"></i> 238</a></p>"##) == 238)
    let pager = ##"<div id="comments"><h3>Discussion</h3><a href="/post/comment-page-2/#comments">2</a></div>"##
    #expect(try count(after: pager) == nil)
  }

  @Test("a word for one opening a comment title that quotes the post is a count of one, in every language")
  func oneWordOpeningTitle() throws {
    for title in [
      "Ein Gedanke zu „Bienen im Garten“", "Une réflexion sur « Bienen »", "Una respuesta a «Bienen»",
      "Um comentário em “Bienen”", "Eén reactie op “Bienen”", "Un commentaire",
    ] {
      #expect(CommentCount.titleCount(title) == 1, "\(title)")
    }
    // After a verb the word is a prompt's article; without a quote an article's heading.
    #expect(CommentCount.titleCount("Deja un comentario") == nil)
    #expect(CommentCount.titleCount("Eine Antwort auf die Krise") == nil)
  }

  @Test("a theme's 'comments-open' flag on <body> puts no count link inside a comment section")
  func bodyCommentsFlagIsNoCommentSection() throws {
    let html = """
      <!DOCTYPE html><html><head><title>Why Bees Matter in the Garden</title></head>
      <body class="single comments-open">
      <article class="post"><header><h1>Why Bees Matter in the Garden</h1>
      <div class="byline">by <a rel="author" href="/author/jane">Jane Doe</a></div>
      <span><a href="#comments"><i></i> 4</a></span></header>
      <div class="entry-content">\(TestPage.paragraphs(4))</div></article></body></html>
      """
    #expect(try ArticleExtractor().extract(html: html).byline?.commentCount == 4)
  }

  @Test("a count line inside thousands of nested wrappers is read once, at once")
  func nestedCountLineIsLinear() throws {
    let depth = 3000
    let line = String(repeating: "<span>", count: depth) + "5 Kommentare" + String(repeating: "</span>", count: depth)
    let start = HostileInputTests.threadCPUSeconds()
    #expect(try count(meta: "<div class=\"meta\">\(line)</div>") == 5)
    #expect(HostileInputTests.threadCPUSeconds() - start < MarkupCostTests.timeBound)
  }

  @Test("a comment section saying it has none ('Derzeit sind keine Kommentare vorhanden.') counts 0")
  func zeroWordStatementCountsZero() throws {
    let section = "<div id=\"discussion\"><p>Derzeit sind keine Kommentare vorhanden.</p></div>"
    #expect(try count(after: section) == 0)
  }

  @Test("a negation a few words before the comment noun ('Non ci sono commenti. Sii il primo…') counts 0")
  func negatedStatementCountsZero() throws {
    let section = "<div class=\"talk\"><p>Non ci sono commenti. Sii il primo a commentare!</p></div>"
    #expect(try count(after: section) == 0)
    #expect(try count(after: "<p>Il n'y a pas encore de commentaires.</p>") == 0)
  }

  @Test("a prompt to write the first comment ('Be the first to comment') counts 0")
  func firstCommentPromptCountsZero() throws {
    #expect(try count(after: "<div class=\"talk\"><span>Be the first to comment</span></div>") == 0)
    #expect(try count(after: "<div><p>Schreiben Sie den ersten Kommentar</p></div>") == 0)
  }

  @Test("a comment label and its number in the next element ('Kommentare insgesamt: <b>0</b>') is the count")
  func labelledCountInNextElement() throws {
    #expect(try count(after: "<div class=\"talk\"><p>Kommentare insgesamt: <b>0</b></p></div>") == 0)
    #expect(try count(after: "<div class=\"talk\"><p>Kommentare insgesamt<!-- x -->: <b>0</b></p></div>") == 0)
  }

  @Test("a line saying comments are closed or refusing to comment ('Kein Kommentar') gives no count")
  func closedOrRefusedStatementGivesNoCount() throws {
    #expect(try count(after: "<p>Leider sind keine Kommentare möglich.</p>") == nil)
    #expect(try count(after: "<p>Comments are closed.</p>") == nil)
    #expect(try count(after: "<p>No comments allowed</p>") == nil)
    #expect(try count(after: "<p>Kein Kommentar.</p>") == nil)
  }

  @Test("a number set off from the comment word by a separator is another field's: '2021 · Kommentar schreiben'")
  func separatedNumberIsNoCount() throws {
    #expect(CommentCount.inText("Von Anna Schmidt · 3. März 2021 · Kommentar schreiben") == nil)
    #expect(CommentCount.inText("Jane Doe | 12 May 2021 | Leave a comment") == nil)
    // The count right before its word stays one, after a separated date too.
    #expect(CommentCount.inText("Von Anna Schmidt · 3. März 2021 · 3 Kommentare") == 3)
    #expect(CommentCount.inText("12. November 2021 Kommentare 0") == 0)
  }

  @Test("a site menu's link ('<ul class=\"navbar-nav\">…1000 Antworten') names a section, not a count")
  func siteMenuLinkIsNoCount() throws {
    let menu = ##"<ul class="navbar-nav"><li><a href="/wissen/1000-antworten/">1000 Antworten</a></li></ul>"##
    #expect(try count(after: menu) == nil)
    // The post's own meta row, a list too, keeps its count.
    #expect(try count(meta: ##"<ul class="post-meta"><li><a href="#comments">12 Antworten</a></li></ul>"##) == 12)
  }

  @Test("the comment form's character counter ('Maximum <span class=\"…comment_characters\">1000</span>') is no count")
  func commentFormCounterIsNoCount() throws {
    let form = """
      <form id="commentform"><p><label for="comment">Comment</label><textarea id="comment"></textarea>\
      <span>Maximum <span class="current_maximum_number_of_comment_characters">1000</span> characters \
      remaining</span></p></form>
      """
    #expect(try count(after: form) == nil)
    // The section's title above the form still counts.
    #expect(try count(after: "<div id=\"comments\"><h3 class=\"comments-title\">3 Comments</h3>\(form)</div>") == 3)
  }

  @Test("a teaser card's counter beside another post's headline, in a row of cards, is that post's")
  func teaserCardCounterIsNoCount() throws {
    let entry = """
      <div class="entry"><div class="story_text"><h2>Nine gins worth a detour</h2>\
      <div class="comment-counts">58</div></div><a href="/gins">Link to the story</a></div>
      """
    #expect(try count(after: "<div class=\"chronicle\">\(entry)\(entry)</div>") == nil)
    // A box of its own (a share bar's heading beside the counter) is the page's.
    let share = ##"<div class="social_box"><h4>Send by e-mail</h4><span class="comment-counts">2</span></div>"##
    #expect(try count(meta: share) == 2)
    // So is a row of the post's meta boxes headed by one-word labels.
    let meta = """
      <div class="facts"><div class="col"><h5>Datum:</h5> 3. März</div>\
      <div class="col"><h5>Lesezeit:</h5> <span class="comment-counts">5</span></div></div>
      """
    #expect(try count(meta: meta) == 5)
  }

  @Test("a comment tab linking to its pane on this page ('<ul class=\"nav nav-tabs\"><a href=\"#comments\">') counts")
  func commentTabLinkingIntoPageCounts() throws {
    let tabs = """
      <ul class="nav nav-tabs"><li class="active"><a href="#comments" data-toggle="tab">Comments (5)</a></li>\
      <li><a href="#facebook" data-toggle="tab">Facebook</a></li></ul>\
      <div class="tab-content"><div id="comments" class="tab-pane active"><p>Loading comments</p></div></div>
      """
    #expect(try count(after: tabs) == 5)
    // The same menu linking to another page names the site's section, not this post's comments.
    let menu = ##"<ul class="nav nav-tabs"><li><a href="/forum/comments/">Comments (5)</a></li></ul>"##
    #expect(try count(after: menu) == nil)
  }

  @Test("the article's own rows (Bootstrap's repeated '<div class=\"row\">': title, dek and count) are no teaser cards")
  func headerRowsAreNoTeaserCards() throws {
    func count(dekRow: String) throws -> Int? {
      let html = """
        <main><div class="row"><h1>Harbour town changes</h1></div><div class="row">\(dekRow)</div>\
        <div class="row"><article>\(TestPage.paragraphs(4))</article></div></main>
        """
      return try TestPage.extract(html, title: "Harbour town changes").byline?.commentCount
    }
    let dek = ##"<h2 class="dek">Why the old port is busier than ever</h2>"##
    #expect(try count(dekRow: dek + ##"<a class="comments-link" href="#comments">12 Comments</a>"##) == 12)
    // A counter beside a link out (a tag): the title's row beside it is no card (no link out).
    let tagged = ##"<span class="comment-count">12</span> <a href="/tags/harbours">Harbours</a>"##
    #expect(try count(dekRow: dek + tagged) == 12)
  }

  @Test("a count linking into this page ('#comments', the page's own address) is the page's, in a row of cards too")
  func countLinkingIntoPageIsNoTeaserCards() throws {
    func count(link: String, url: String? = nil) throws -> Int? {
      let entry = """
        <div class="entry"><h2>Nine gins worth a detour</h2><a href="\(link)">58 Comments</a>\
        <a href="/gins">Link to the story</a></div>
        """
      let after = "<div class=\"chronicle\">\(entry)\(entry)</div>"
      let html = """
        <article class="post"><header><h1>Why Bees Matter in the Garden</h1>
        <div class="byline">by <a rel="author" href="/author/jane">Jane Doe</a></div></header>
        <div class="entry-content">\(TestPage.paragraphs(4))</div></article>\(after)
        """
      return try TestPage.extract(html, url: url).byline?.commentCount
    }
    #expect(try count(link: "/gins#comments") == nil)
    #expect(try count(link: "#comments") == 58)
    let own = "https://example.com/2024/bees-in-the-garden/"
    #expect(try count(link: own + "#comments", url: "https://example.com/2024/bees-in-the-garden") == 58)
    #expect(try count(link: own + "#comments", url: "https://example.com/2024/wasps-in-the-garden") == nil)
    // A query names another page: WordPress's `?p=` addresses differ only there.
    #expect(try count(link: "https://example.com/?p=12#comments", url: "https://example.com/?p=34") == nil)
  }

  @Test(
    "a news site's 'Diskussion (12)' over its comments gives the count, in each language",
    arguments: [
      ("Diskussion (12)", 12), ("Discussion (12)", 12), ("Discusión (4)", 4), ("Discussione (4)", 4),
      ("Discussão (4)", 4), ("Discussie (4)", 4), ("Dyskusja (4)", 4),
    ])
  func discussionTitles(title: String, expected: Int) throws {
    #expect(CommentCount.titleCount(title) == expected)
    #expect(CommentCount.mayHoldTitleWord(title))
    #expect(
      try count(after: "<section id=\"comments\"><h2>\(title)</h2><ol><li>Danke!</li></ol></section>") == expected)
  }

  @Test(
    "a paper's 'Discussion' heading, numbered or without a count in brackets, is no comment title",
    arguments: ["5. Discussion", "Discussion", "Diskussion der Ergebnisse", "3 Diskussion", "Discussion 5 ways"])
  func discussionHeadingsAreNoTitles(heading: String) throws {
    #expect(CommentCount.titleCount(heading) == nil)
  }

  @Test(
    "a heading with a discussion word and a zero word, a word for one, a bare number or a year stays a heading",
    arguments: [
      ("de", "Keine Diskussion um den Mindestlohn"), ("en", "No discussion needed"),
      ("fr", "Pas de discussion possible"), ("es", "Sin discusión"), ("de", "Eine Diskussion über „Heimat“"),
      ("fr", "Une discussion"), ("en", "Discussion 2"), ("de", "Diskussion (2019)"),
    ])
  func discussionHeadingsWithCountWordsAreNoTitles(lang: String, heading: String) throws {
    #expect(CommentCount.titleCount(heading) == nil)
    let body = """
      <article><h1>Why bees matter in the garden</h1><div class="entry-content">\(TestPage.paragraphs(2))\
      <h2>\(heading)</h2>\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    let article = try TestPage.extract(body, lang: lang)
    #expect(article.byline?.commentCount == nil)
    #expect(article.headings.map(\.text) == [heading])
  }

  @Test("a date's year or day right before a comment word without a number is no count: '2024 Comments Off'")
  func dateBeforeCommentWordIsNoCount() throws {
    #expect(CommentCount.inText("By Jane Doe March 14, 2024 Comments Off on Why Bees Matter") == nil)
    #expect(CommentCount.inText("Von Jane Doe 14.03.2024 Kommentare deaktiviert") == nil)
    #expect(CommentCount.inText("By Jane Doe 2024-03-14 Comments") == nil)
    #expect(CommentCount.inText("Jane Doe at 9:14 Comments") == nil)
    #expect(CommentCount.inText("Jane Doe 2024-03-14 12 Comments") == 12)
    #expect(CommentCount.inText("12. November 2021 Kommentare 0") == 0)
    // The byline's date before a "Comments" link leaves the count to the comment section's title.
    let meta = ##"<div class="meta"><span>March 14, 2024</span><a href="#disqus_thread">Comments</a></div>"##
    let section = ##"<div id="comments"><h2 class="comments-title">5 thoughts on “Why Bees Matter”</h2></div>"##
    #expect(try count(meta: meta, after: section) == 5)
    #expect(try count(meta: meta) == nil)
  }

  /// A post in `lang` whose article holds `body` and whose comment section (or what follows the
  /// article) is `after`; `head` may carry the JSON-LD.
  private func pageCount(lang: String, body: String = "", after: String = "", head: String = "") throws -> Int? {
    let html = """
      <article class="post"><header><h1>Why Bees Matter in the Garden</h1>
      <div class="byline">by <a rel="author" href="/author/jane">Jane Doe</a></div></header>
      <div class="entry-content">\(TestPage.paragraphs(2))\(body)\(TestPage.paragraphs(2, from: 2))</div></article>\(after)
      """
    return try TestPage.extract(html, head: head, lang: lang).byline?.commentCount
  }

  @Test(
    "a button's or comment-section link's 'all' word of the page's language, number and comment word: the count",
    arguments: [
      ("en", "View all 37 comments", 37), ("de", "Alle 12 Kommentare anzeigen", 12),
      ("fr", "Voir les 9 commentaires", 9), ("es", "Ver los 15 comentarios", 15),
      ("it", "Mostra tutti i 6 commenti", 6), ("pt", "Ver todos os 11 comentários", 11),
      ("nl", "Bekijk alle 14 reacties", 14), ("pl", "Zobacz wszystkie 23 komentarze", 23),
    ])
  func countAfterAllWord(lang: String, button: String, expected: Int) throws {
    let words = try #require(CommentCount.allWordTable(lang))
    #expect(CommentCount.allWordCount(button, words) == expected)
    // A button anywhere, a link inside the comment section, a link to it.
    #expect(try pageCount(lang: lang, after: "<div class=\"tools\"><button>\(button)</button></div>") == expected)
    #expect(try pageCount(lang: lang, after: "<div id=\"comments\"><a href=\"#c\">\(button)</a></div>") == expected)
    #expect(try pageCount(lang: lang, after: "<p><a href=\"#comments\">\(button)</a></p>") == expected)
  }

  @Test("'all' words are looked up in the page's language and must stand right before the number")
  func allWordsByLanguageAndAdjacent() throws {
    let polish = try #require(CommentCount.allWordTable("pl-PL"))
    // Polish "i" is "and"; Spanish "los" is no word of an English page.
    #expect(CommentCount.allWordCount("Zdjęcia i 12 komentarzy", polish) == nil)
    #expect(CommentCount.allWordCount("Ver los 15 comentarios", try #require(CommentCount.allWordTable("en"))) == nil)
    #expect(CommentCount.allWordTable("ja") == nil)
    let english = try #require(CommentCount.allWordTable("en"))
    #expect(CommentCount.allWordCount("Read all the comments from 3 readers", english) == nil)
    #expect(CommentCount.allWordCount("Why all of us have 5 thoughts", english) == nil)
    #expect(CommentCount.allWordCount("All comments 12", english) == nil)
  }

  @Test(
    "an 'all' word's count in a heading or in a body link to another page is no count",
    arguments: [
      ("en", "<h2>Why all 3 comments were deleted</h2>"),
      ("es", "<p>Ayer <a href=\"/blog/respuestas/\">respondimos a los 40 comentarios</a> del artículo anterior.</p>"),
      ("pl", "<h2>Zdjęcia, wideo i 12 komentarzy ekspertów</h2>"),
      ("en", "<h3>View all 37 comments</h3>"),
    ])
  func allWordInHeadingOrBodyLinkIsNoCount(lang: String, body: String) throws {
    let reply =
      "<div id=\"comments\"><div id=\"respond\"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>"
    #expect(try pageCount(lang: lang, body: body, after: reply) == nil)
  }

  @Test("a button's show verb between the comment word and its bracketed count: 'Kommentare anzeigen (12)'")
  func verbBeforeBracketedCount() throws {
    #expect(CommentCount.titleCount("Kommentare anzeigen (12)") == 12)
    #expect(CommentCount.titleCount("Commentaires afficher (4)") == 4)
    #expect(CommentCount.titleCount("Comments show (3)") == 3)
    #expect(try count(after: "<div><button type=\"button\">Kommentare anzeigen (12)</button></div>") == 12)
    // Not bracketed, or not ending the title: a heading's own number.
    #expect(CommentCount.titleCount("Comments welcome 2") == nil)
    #expect(CommentCount.titleCount("Kommentare zu (3) Punkten") == nil)
  }

  @Test(
    "a word that is no show verb, or a year, between the comment word and a bracketed number is no count",
    arguments: [
      ("en", "Comments policy (2021)"), ("de", "Kommentare Archiv (2019)"), ("en", "Comments policy (12)"),
      ("de", "Kommentare anzeigen (2019)"),
    ])
  func headingWithBracketedYearIsNoCount(lang: String, heading: String) throws {
    #expect(CommentCount.titleCount(heading) == nil)
    #expect(try pageCount(lang: lang, body: "<h2>\(heading)</h2>") == nil)
  }

  @Test("a count with a thousands separator is no year: '1,995 Comments', '1.995 Kommentare'")
  func groupedCountIsNoYear() throws {
    #expect(CommentCount.inText("By Jane Doe | March 14, 2024 | 1,995 Comments") == 1995)
    #expect(CommentCount.inText("Von Anna Berg | 14.03.2024 | 1.995 Kommentare") == 1995)
    #expect(CommentCount.inText("By Jane Doe March 14, 2024 Comments Off") == nil)
    let byline = "<div class=\"byline\">By Jane Doe | March 14, 2024 | 1,995 Comments</div>"
    let page = "<article><h1>Why Bees Matter</h1>\(byline)<div>\(TestPage.paragraphs(3))</div></article>"
    #expect(try TestPage.extract(page).byline?.commentCount == 1995)
    #expect(CommentCount.titleCount("Diskussion (1.995)") == 1995)
    #expect(CommentCount.titleCount("Diskussion (1995)") == nil)
  }

  @Test("with the schema's commentCount 0, only the comment section's count is taken, no prose heading's")
  func schemaZeroTakesOnlyTheSectionsCount() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",\
      "headline":"Why Bees Matter in the Garden","commentCount":0}</script>
      """
    let prose = "<h2>12 comments later, the mayor replied</h2>"
    #expect(try pageCount(lang: "en", body: prose, head: head) == 0)
    let disqus =
      "<div id=\"comments\"><h3 class=\"comments-title\">12 Comments</h3><div id=\"disqus_thread\"></div></div>"
    #expect(try pageCount(lang: "en", after: disqus, head: head) == 12)
    let link = "<p><a href=\"#comments\">7 Comments</a></p>"
    #expect(try pageCount(lang: "en", after: link, head: head) == 7)
    // A schema count above 0 stands over the shown one.
    let five = head.replacingOccurrences(of: "\"commentCount\":0", with: "\"commentCount\":5")
    #expect(try pageCount(lang: "en", after: link, head: five) == 5)
  }
}
