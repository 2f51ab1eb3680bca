import Testing

@testable import ExtractKit

/// Numbered procedures: schema.org HowTo/Recipe first, then ordered lists in how-to context, then
/// "Step 1" headings and "1." paragraph runs; each group titled by what the steps are for.
@Suite("Steps: HowTo JSON-LD, how-to ordered lists, 'Step N' headings, numbered paragraphs")
struct StepsExtractorTests {
  private func article(_ markup: String, head: String = "", lang: String? = "en") throws -> Article {
    let body = """
      <article class="post"><h1 class="entry-title">Massage for Lower Back Pain Relief</h1>
      <div class="entry-content">\(TestPage.paragraphs(2))\(markup)\(TestPage.paragraphs(2, from: 2))</div></article>
      """
    return try TestPage.extract(body, head: head, lang: lang)
  }

  private func steps(_ texts: String...) -> [Step] {
    texts.enumerated().map { Step(position: $0.offset + 1, text: $0.element) }
  }

  @Test("HowTo JSON-LD: HowToStep texts numbered from 1, titled by the HowTo's name")
  func howToJSONLD() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo",
      "name":"How to Use a Foam Roller","step":[{"@type":"HowToStep","text":"Sit down on a mat."},
      {"@type":"HowToStep","name":"Roll","text":"Roll slowly up and down."},
      {"@type":"HowToStep","text":"Rest for a minute."}]}</script>
      """
    #expect(
      try article("", head: head).steps == [
        StepGroup(
          title: "How to Use a Foam Roller",
          steps: steps("Sit down on a mat.", "Roll slowly up and down.", "Rest for a minute."))
      ])
  }

  @Test("HowTo in a Yoast @graph with HowToSections: one group per section, numbered afresh")
  func howToSections() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
      {"@type":"HowTo","name":"Repot a Plant","step":[{"@type":"HowToSection","name":"Prepare","itemListElement":[
      {"@type":"HowToStep","text":"Water the plant a day before."},{"@type":"HowToStep","text":"Pick a larger pot."}]},
      {"@type":"HowToSection","name":"Repot","itemListElement":[{"@type":"HowToStep","text":"Loosen the roots."},
      {"@type":"HowToStep","text":"Fill with fresh soil."}]}]}]}</script>
      """
    #expect(
      try article("", head: head).steps == [
        StepGroup(title: "Prepare", steps: steps("Water the plant a day before.", "Pick a larger pot.")),
        StepGroup(title: "Repot", steps: steps("Loosen the roots.", "Fill with fresh soil.")),
      ])
  }

  @Test("Recipe JSON-LD: recipeInstructions as plain strings, entities decoded")
  func recipeInstructions() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Tomato Sauce",
      "recipeInstructions":["Chop the tomatoes.","Simmer for twenty minutes &amp; stir.","Season to taste."]}</script>
      """
    #expect(
      try article("", head: head).steps == [
        StepGroup(
          title: "Tomato Sauce",
          steps: steps("Chop the tomatoes.", "Simmer for twenty minutes & stir.", "Season to taste."))
      ])
  }

  @Test("structured steps not shown on the page come first, then the page's own procedures")
  func jsonLDFirst() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"Roll It Out",
      "step":[{"@type":"HowToStep","text":"One."},{"@type":"HowToStep","text":"Two."}]}</script>
      """
    let markup = "<h2>How to Roll</h2><ol><li>Lie down.</li><li>Roll.</li></ol>"
    #expect(
      try article(markup, head: head).steps == [
        StepGroup(title: "Roll It Out", steps: steps("One.", "Two.")),
        StepGroup(title: "How to Roll", steps: steps("Lie down.", "Roll.")),
      ])
  }

  @Test("WP Recipe Maker card: JSON-LD steps shown in the card are titled by the card's heading, once")
  func recipeCardTitle() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Rye Rolls",
      "recipeInstructions":[{"@type":"HowToStep","text":"Mix the yeast, milk and sugar in a jug."},
      {"@type":"HowToStep","text":"Add the flour and knead for five minutes."}]}</script>
      """
    let markup = """
      <div class="wprm-recipe"><h3 class="wprm-recipe-header">Instructions<button><svg></svg></button></h3>\
      <ul class="wprm-recipe-instructions"><li><div><span>Mix the yeast, milk and sugar in a jug.</span></div>\
      </li><li><div><span>Add the flour and knead for five minutes.</span></div></li></ul></div>
      """
    #expect(
      try article(markup, head: head).steps == [
        StepGroup(
          title: "Instructions",
          steps: steps("Mix the yeast, milk and sugar in a jug.", "Add the flour and knead for five minutes."))
      ])
  }

  @Test("one flat recipeInstructions shown as two lists under two bold lines is two groups")
  func recipeCardTwoLists() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Spiced Okra",
      "recipeInstructions":["Wash the okra and pat it dry completely.","Fry the okra until it is nearly done.",
      "Heat the oil and fry the cumin seeds.","Add the fried okra to the masala."]}</script>
      """
    let markup = """
      <div><b>Instructions</b></div><div><ol><li>Wash the okra and pat it dry completely.</li>\
      <li>Fry the okra until it is nearly done.</li></ol></div><div><b>Making the masala</b></div>\
      <div><ol><li>Heat the oil and fry the cumin seeds.</li><li>Add the fried okra to the masala.</li></ol></div>
      """
    #expect(
      try article(markup, head: head).steps == [
        StepGroup(
          title: "Instructions",
          steps: steps("Wash the okra and pat it dry completely.", "Fry the okra until it is nearly done.")),
        StepGroup(
          title: "Making the masala",
          steps: steps("Heat the oil and fry the cumin seeds.", "Add the fried okra to the masala.")),
      ])
  }

  @Test("microdata HowToStep items (itemprop=recipeInstructions, their itemprop=text) under a 'Steps' heading")
  func microdataSteps() throws {
    let markup = """
      <h2>Steps</h2><ul><li><div itemprop="recipeInstructions" itemscope itemtype="http://schema.org/HowToStep">\
      <div>1</div><div itemprop="text">Heat the oven and melt the butter in the pan.</div></div></li>\
      <li><div itemprop="recipeInstructions" itemscope itemtype="http://schema.org/HowToStep"><div>2</div>\
      <div itemprop="text">Pour the batter over the pineapple.</div></div></li></ul>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "Steps",
          steps: steps("Heat the oven and melt the butter in the pan.", "Pour the batter over the pineapple."))
      ])
  }

  @Test("an outline <ol> after a lead-in ending in ':' that does not say how to is not a procedure")
  func outlineAfterColonIsNotSteps() throws {
    let markup = """
      <p>Margot's points are fairly clear:</p><ol><li>Theo moved to a membership model.</li>\
      <li>Anyone can do this, in principle.</li></ol>
      """
    #expect(try article(markup).steps == [])
  }

  @Test("numbered questions under a how-it-works heading are prompts, not steps")
  func questionsAreNotSteps() throws {
    let markup = """
      <h2>How to find your calling</h2><p>Ask yourself the following:</p><ol><li>What do you love?</li>\
      <li>What are you good at?</li><li>What does the world need?</li></ol>
      """
    #expect(try article(markup).steps == [])
  }

  @Test("'1.', '2.' paragraphs under a heading that does not say how to are an argument, not steps")
  func numberedArgumentIsNotSteps() throws {
    let markup = """
      <h2>Actions to take</h2><p>The report calls for these actions:</p><p>1-consider the value of the work.</p>\
      <p>2-ensure equal chances in high posts.</p>
      """
    #expect(try article(markup).steps == [])
  }

  @Test("a long paragraph's last sentence 'You might:' announces the <ol> after it")
  func lastSentenceAnnounces() throws {
    let markup = """
      <h2>Picking a Sample Rate</h2><p>\(TestPage.fillerText(7)) You might:</p><ol><li>Log the queue length each \
      second.</li><li>Average those numbers every hour.</li></ol>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "Picking a Sample Rate",
          steps: steps("Log the queue length each second.", "Average those numbers every hour."))
      ])
  }

  @Test("German 'Schritt für Schritt' heading over '1. …<br>2. …' lines, a photo and its caption between")
  func germanNumberedLines() throws {
    let markup = """
      <h2>Hochbeet aufbauen Schritt für Schritt</h2><p>1. Richten Sie die Seitenbretter aus.<br>2. Verbinden \
      Sie die Bretter mit den Eckpfosten.</p><figure><img src="/a.jpg" alt="Bretter"><figcaption>Die Bretter \
      werden verbunden.</figcaption></figure><p>3. Legen Sie das Gitter auf die Seitenbretter.</p>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "Hochbeet aufbauen Schritt für Schritt",
          steps: steps(
            "Richten Sie die Seitenbretter aus.", "Verbinden Sie die Bretter mit den Eckpfosten.",
            "Legen Sie das Gitter auf die Seitenbretter."))
      ])
  }

  /// Bare "Step N" labels in plain spans, and the group they make under the article's title.
  private let bareLabelSteps = """
    <div class="step"><span class="headline">Step 1</span><p>Cut the foam to size.</p></div>\
    <div class="step"><span class="headline">Step 2</span><p>Set the seedling into the gap.</p></div>
    """
  private var bareLabelStepsUnderTitle: [StepGroup] {
    [
      StepGroup(
        title: "Massage for Lower Back Pain Relief",
        steps: steps("Cut the foam to size.", "Set the seedling into the gap."))
    ]
  }

  @Test("bare 'Step 2' labels (plain spans) take the paragraph after them; no heading: the article's title")
  func bareStepLabels() throws {
    #expect(try article(bareLabelSteps).steps == bareLabelStepsUnderTitle)
  }

  @Test("step words per language: 'Krok 1:', 'Krok 2:' paragraphs are steps without a how-to heading")
  func polishStepWords() throws {
    let markup = """
      <h2>Ciasto</h2><p>Krok 1: Wymieszaj mąkę z cukrem.</p><p>Krok 2: Dodaj jajka i masło.</p>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(title: "Ciasto", steps: steps("Wymieszaj mąkę z cukrem.", "Dodaj jajka i masło."))
      ])
  }

  @Test("Shopify: an <ol> under a 'Using a …' heading is a procedure titled by that heading")
  func orderedListUnderHowToHeading() throws {
    let markup = """
      <h2>Using a Foam Roller for Lower Back Pain</h2><ol><li>Sit down on a mat and place the roller behind your \
      lower back.</li><li>Lean back slowly.</li><li>Roll up and down.</li></ol>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "Using a Foam Roller for Lower Back Pain",
          steps: steps(
            "Sit down on a mat and place the roller behind your lower back.", "Lean back slowly.", "Roll up and down."))
      ])
  }

  @Test("WordPress: an <ol> after a lead-in ending with ':' is a procedure titled by the heading above")
  func orderedListAfterIntro() throws {
    let markup = """
      <h2>Planting Seeds</h2><p>Follow these steps:</p><ol><li>Fill the pot.</li><li>Plant the seed.</li></ol>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(title: "Planting Seeds", steps: steps("Fill the pot.", "Plant the seed."))
      ])
  }

  @Test("the steps of an item's nested <ol> are titled by the item's title")
  func nestedOrderedList() throws {
    let markup = """
      <ul><li><strong>Method one</strong><ol><li>Lie on your back.</li><li>Pull one knee in.</li></ol></li>\
      <li><strong>Method two</strong><ol><li>Kneel on all fours.</li><li>Arch your back.</li></ol></li></ul>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(title: "Method one", steps: steps("Lie on your back.", "Pull one knee in.")),
        StepGroup(title: "Method two", steps: steps("Kneel on all fours.", "Arch your back.")),
      ])
  }

  @Test(
    "recipe cards' method headings in Spanish, Dutch, Polish and Portuguese make the <ol> under them steps",
    arguments: ["Elaboración", "Bereidingswijze", "Werkwijze", "Wykonanie", "Sposób wykonania", "Modo de fazer"])
  func recipeMethodHeadingsPerLanguage(heading: String) throws {
    let markup = """
      <h2>\(heading)</h2><ol><li>Pokrój cebulę w kostkę.</li><li>Podsmaż ją na maśle.</li></ol>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(title: heading, steps: steps("Pokrój cebulę w kostkę.", "Podsmaż ją na maśle."))
      ])
  }

  @Test("an ordered list that is not a procedure (a ranking under a plain heading) gives no steps")
  func rankingIsNotSteps() throws {
    let markup = "<h2>What You Need</h2><ol><li>A foam roller</li><li>A yoga mat</li></ol>"
    #expect(try article(markup).steps == [])
  }

  @Test("a bulleted list is never a procedure")
  func unorderedIsNotSteps() throws {
    let markup = "<h2>How to Prepare</h2><p>You will need:</p><ul><li>A foam roller</li><li>A yoga mat</li></ul>"
    #expect(try article(markup).steps == [])
  }

  @Test("'Step 1:' headings: each step is the heading's text; the paragraph under it only explains it")
  func stepHeadings() throws {
    let markup = """
      <h2>How to Repot a Plant</h2><h3>Step 1: Water the plant</h3><p>Water it a day before repotting.</p>\
      <h3>Step 2: Choose a pot</h3><p>Pick a pot one size larger.</p><h3>Step 3: Repot</h3>\
      <p>Loosen the roots and fill with soil.</p><h2>Aftercare</h2>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "How to Repot a Plant",
          steps: steps("Water the plant", "Choose a pot", "Repot"))
      ])
  }

  @Test("a run of '1.', '2.', '3.' paragraphs under a how-to heading is a procedure")
  func numberedParagraphs() throws {
    let markup = """
      <h2>How to Make Compost</h2><p>1. Pick a shady spot for the bin.</p><p>2. Layer greens and browns.</p>\
      <p>3. Turn the pile every week.</p><h2>Using the Compost</h2>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "How to Make Compost",
          steps: steps("Pick a shady spot for the bin.", "Layer greens and browns.", "Turn the pile every week."))
      ])
  }

  @Test("numbers that do not count up from 1 are not steps")
  func brokenRunIsNotSteps() throws {
    let markup = "<h2>How to Vote</h2><p>2. Bring your card.</p><p>5. Leave.</p><h2>More</h2>"
    #expect(try article(markup).steps == [])
  }

  @Test("a '1.', '2.', '3.' paragraph run ends at the next paragraph without a number")
  func numberedRunEnds() throws {
    let markup = """
      <h2>How to Make Compost</h2><p>1. Pick a shady spot for the bin.</p><p>2. Layer greens and browns.</p>\
      <p>3. Turn the pile every week.</p>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "How to Make Compost",
          steps: steps("Pick a shady spot for the bin.", "Layer greens and browns.", "Turn the pile every week."))
      ])
  }

  @Test("Blogger: a bold line alone (<div><b>Method</b></div>) titles the numbered divs after it")
  func boldLineTitlesSteps() throws {
    let body = """
      <div class="post hentry"><h3 class="post-title entry-title">Grandma's Soda Bread</h3>
      <div class="post-body entry-content">\(TestPage.texts(3, about: "baking").joined(separator: "<br><br>"))\
      <div><b>Method</b></div><div>1. Preheat the oven and set a heavy baking sheet inside.</div><div><br></div>\
      <div>2. Whisk the flour, baking soda and salt together.</div><div><br></div>\
      <div>3. Bake for forty minutes until deep golden.</div><div><br></div>\
      <div><b>A few notes</b></div><div>\(TestPage.fillerText(3, about: "baking"))</div></div></div>
      """
    #expect(
      try TestPage.extract(body).steps == [
        StepGroup(
          title: "Method",
          steps: steps(
            "Preheat the oven and set a heavy baking sheet inside.", "Whisk the flour, baking soda and salt together.",
            "Bake for forty minutes until deep golden."))
      ])
  }

  @Test("numbered headings of one word each ('1. Registrieren') only name their steps: 'Name: line under it'")
  func stepNameHeadings() throws {
    let markup = """
      <h2>Leser-Jury werden: So geht's</h2>\
      <div class="card"><h3>1. Registrieren</h3><p>Anmeldebogen schicken und dem Verein beitreten.</p></div>\
      <div class="card"><h3>2. Bewerben</h3><p>Den Fragebogen in der Einladung beantworten.</p></div>\
      <div class="card"><h3>3. Mitmachen</h3><p>Paket erhalten und Produkte testen.</p></div><h2>Fragen</h2>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "Leser-Jury werden: So geht's",
          steps: steps(
            "Registrieren: Anmeldebogen schicken und dem Verein beitreten.",
            "Bewerben: Den Fragebogen in der Einladung beantworten.", "Mitmachen: Paket erhalten und Produkte testen."))
      ])
  }

  @Test("a heading the body leaves out (a related-posts insert above the steps) does not title them")
  func maskedHeadingDoesNotTitleSteps() throws {
    let markup = """
      <div class="related-posts"><h3>Other People Are Reading</h3><ul><li><a href="/a">Plant a terrarium</a></li>\
      <li><a href="/b">Build a terrarium with succulents</a></li></ul></div>
      """ + bareLabelSteps
    #expect(try article(markup).steps == bareLabelStepsUnderTitle)
  }

  @Test("with no heading but the article's, a short lead line naming the steps ('So geht’s:') titles them")
  func leadLineTitlesSteps() throws {
    let markup = """
      <p>So geht’s:</p><p>1. Drei Packungen Tee kaufen.<br>\
      2. Coupon ausfüllen.<br>3. Coupon und Beleg einsenden.</p>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "So geht’s",
          steps: steps("Drei Packungen Tee kaufen.", "Coupon ausfüllen.", "Coupon und Beleg einsenden."))
      ])
  }

  @Test("a nested <ol> under an item without a bold title is titled by the item's text")
  func nestedListTitledByItemText() throws {
    let markup = """
      <h2>The optimizer</h2><p>Each iteration does the following:</p><ol><li>Pick a pivot at random.</li>\
      <li>Find candidate placements for the pivot:<ol><li>Look in the other half.</li><li>Look anywhere.</li></ol>\
      </li><li>Move the pivot.</li></ol>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "The optimizer",
          steps: steps(
            "Pick a pivot at random.", "Find candidate placements for the pivot:", "Move the pivot.")),
        StepGroup(
          title: "Find candidate placements for the pivot", steps: steps("Look in the other half.", "Look anywhere.")),
      ])
  }

  @Test("a loop's lead-in ('For each node in the graph:') alone does not make the <ol> after it steps")
  func loopLeadInIsNotHowTo() throws {
    let markup = """
      <h2>Routing</h2><p>Routing is simple. For each node in the graph:</p><ol><li>Configure the input mux.</li>\
      <li>Use a free cross-connection.</li></ol>
      """
    #expect(try article(markup).steps == [])
  }

  @Test("an <ol> of statements after a neutral lead-in ('… as follows:') is an outline, not steps")
  func neutralLeadInOverStatementsIsNotSteps() throws {
    let markup = """
      <h2>The early years</h2><p>Our team split the work. In brief, the three groups worked as follows:</p>\
      <ol><li>The first group wrote the parser.</li><li>Reviewers checked every change.</li>\
      <li>Testers ran the nightly builds.</li></ol>
      """
    #expect(try article(markup).steps == [])
  }

  @Test("an <ol> of actions after the same neutral lead-in ('… as follows:') stays steps")
  func neutralLeadInOverActionsIsSteps() throws {
    let markup = """
      <h2>The early years</h2><p>Setting it up is short. We set up the kit as follows:</p>\
      <ol><li>Open the box.</li><li>Place the board on a mat.</li><li>Fit the cover.</li></ol>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "The early years", steps: steps("Open the box.", "Place the board on a mat.", "Fit the cover."))
      ])
  }

  @Test("numbered definitions after a neutral lead-in ('The terms read as follows:') are not steps")
  func numberedDefinitionsAfterNeutralLeadInAreNoSteps() throws {
    let markup = """
      <p>The terms read as follows:<br>1. Usage Records. A record of the pages a visitor opens.<br>\
      2. Summary Figures. Counts over many visitors, never over one.</p>
      """
    #expect(try article(markup).steps.isEmpty)
    // The same lead-in over actions stays steps.
    let actions = "<p>Do it as follows:<br>1. Open the lid.<br>2. Remove the filter.</p>"
    #expect(try article(actions).steps.map { $0.steps } == [steps("Open the lid.", "Remove the filter.")])
  }

  @Test("a lead-in naming an algorithm ('… uses a greedy algorithm:') makes the <ol> of actions after it steps")
  func algorithmLeadInOverActionsIsSteps() throws {
    let markup = """
      <h2>Placement</h2><p>The cells now need sites. The first placement uses a simple greedy algorithm:</p>\
      <ol><li>Loop over the locked cells and put each on its site.</li><li>Place the other cells on free sites.</li></ol>
      """
    #expect(
      try article(markup).steps == [
        StepGroup(
          title: "Placement",
          steps: steps("Loop over the locked cells and put each on its site.", "Place the other cells on free sites."))
      ])
    // German: "… mit diesem Algorithmus:" over familiar imperatives.
    let german = """
      <h2>Platzierung</h2><p>Die Zellen werden mit einem einfachen Algorithmus verteilt:</p>\
      <ol><li>Nimm die erste freie Zelle.</li><li>Wähle einen freien Platz für sie.</li></ol>
      """
    #expect(
      try article(german).steps.map { $0.steps } == [
        steps("Nimm die erste freie Zelle.", "Wähle einen freien Platz für sie.")
      ])
    // An algorithm's properties are statements, not steps.
    let statements = """
      <h2>Placement</h2><p>The greedy algorithm has two strengths:</p>\
      <ol><li>The placement is always valid.</li><li>The run takes a few seconds.</li></ol>
      """
    #expect(try article(statements).steps == [])
  }

  @Test("a lead-in asking what or why about an algorithm, or naming it mid-clause, announces no steps")
  func algorithmInQuestionOrMidClauseIsNoLeadIn() throws {
    let what = """
      <h2>Search ranking</h2><p>What the new ranking algorithm rewards:</p>\
      <ol><li>Write original content.</li><li>Add alt text to images.</li><li>Link to good sources.</li></ol>
      """
    #expect(try article(what).steps == [])
    let why = """
      <h2>Strengths</h2><p>Why engineers pick this algorithm:</p>\
      <ol><li>Use little memory on small machines.</li><li>Keep equal keys in their order.</li></ol>
      """
    #expect(try article(why).steps == [])
    let midClause = """
      <h2>Search ranking</h2><p>The ranking algorithm rewards pages that:</p>\
      <ol><li>Use original content.</li><li>Add alt text to images.</li></ol>
      """
    #expect(try article(midClause).steps == [])
    #expect(StepsExtractor.announcesAlgorithm("The first placement uses a simple greedy algorithm:"))
    #expect(StepsExtractor.announcesAlgorithm("The first placement uses a greedy algorithm to create a placement:"))
    #expect(StepsExtractor.announcesAlgorithm("So sieht es aus, wenn der Algorithmus vorgeht:"))
    #expect(!StepsExtractor.announcesAlgorithm("Warum Ingenieure diesen Algorithmus wählen:"))
  }

  @Test("a lead-in saying how something works ('Der Algorithmus funktioniert so:') makes its <ol> of actions steps")
  func worksLikeThisLeadInOverActionsIsSteps() throws {
    let german = """
      <h2>Platzierung</h2><p>Die Zellen brauchen Plätze. Der Algorithmus funktioniert so:</p>\
      <ol><li>Nimm die erste freie Zelle.</li><li>Wähle einen freien Platz für sie.</li></ol>
      """
    #expect(
      try article(german).steps == [
        StepGroup(
          title: "Platzierung", steps: steps("Nimm die erste freie Zelle.", "Wähle einen freien Platz für sie."))
      ])
    let english = """
      <h2>Placement</h2><p>The cells need sites. The placer works like this:</p>\
      <ol><li>Loop over the locked cells.</li><li>Place the other cells on free sites.</li></ol>
      """
    #expect(
      try article(english).steps.map { $0.steps } == [
        steps("Loop over the locked cells.", "Place the other cells on free sites.")
      ])
    // An outline under the same words names parts, not actions: no steps.
    let outline = """
      <h2>Aufbau</h2><p>Der Kurs funktioniert so:</p>\
      <ol><li>Einführung und Grundlagen</li><li>Übungen am Modell</li><li>Prüfung und Zertifikat</li></ol>
      """
    #expect(try article(outline).steps == [])
    // The words mid-clause announce nothing.
    #expect(
      !VocabularySteps.endsWith(
        "Das Gerät funktioniert so gut, dass wir folgendes sehen", VocabularySteps.workingIntros))
    for intro in [
      "Le principe fonctionne ainsi", "El método funciona así", "Il metodo funziona così", "O processo funciona assim",
      "Het algoritme werkt zo", "Algorytm działa tak",
    ] {
      #expect(VocabularySteps.endsWith(intro, VocabularySteps.workingIntros))
    }
  }

  @Test("a heading asking how with an infinitive or the reader as subject makes its <ol> steps, in each language")
  func howHeadingsPerLanguage() throws {
    for (heading, lang) in [
      ("Comment préparer le gâteau", "fr"), ("Come preparare la torta", "it"), ("Como preparar o bolo", "pt"),
      ("Como hacer el bizcocho", "es"), ("Jak upiec ciasto", "pl"), ("So backen Sie den Kuchen", "de"),
      ("Wie Sie den Kuchen backen", "de"), ("Zo bak je de cake", "nl"), ("Hoe maak je de cake", "nl"),
      ("Sonntagskuchen: So backen Sie ihn", "de"), ("Sonntagskuchen - so backen Sie ihn", "de"),
      ("Comment bien choisir son four", nil),
    ] {
      let markup = "<h2>\(heading)</h2><ol><li>Mix the flour and the eggs.</li><li>Bake for forty minutes.</li></ol>"
      #expect(
        try article(markup, lang: lang).steps == [
          StepGroup(title: heading, steps: steps("Mix the flour and the eggs.", "Bake for forty minutes."))
        ], "\(heading)")
    }
  }

  @Test("a heading with the same how-words that asks no how-to (a noun after it, 'So wie du bist') gives no steps")
  func howHeadingsNearMisses() throws {
    for heading in [
      "Comment votre cerveau apprend", "Come la nonna", "Como nasceu a ideia", "Jak dawniej",
      "So wie du bist", "Wie alles begann", "Hoe het begon", "Zo ging het",
      // "sie" is she or they, only "Sie" the reader; "Wie du siehst", "Hoe men …" say what one sees or did.
      "Wie sie wurde, was sie ist", "Wie du siehst", "So lebten sie damals", "Wie ihr wisst",
      "Hoe men vroeger leefde", "Jak widać", "Comment Pierre a trouvé sa voie", "Come Here",
      // Dashes without spaces join words.
      "Sonntagskuchen-so gelingt er",
    ] {
      #expect(!VocabularySteps.asksHowTo(heading), "\(heading)")
      let markup = "<h2>\(heading)</h2><ol><li>Der erste Teil des Jahres.</li><li>Der zweite Teil des Jahres.</li></ol>"
      #expect(try article(markup, lang: nil).steps == [], "\(heading)")
    }
    // Each rule is read in its own language ("Comment here" on an English page), when the page has one.
    #expect(!VocabularySteps.asksHowTo("Comment here", language: "en"))
    #expect(!VocabularySteps.asksHowTo("Como mujer en la ingeniería", language: "en-US"))
    #expect(VocabularySteps.asksHowTo("Comment préparer le gâteau", language: "fr-FR"))
    #expect(VocabularySteps.asksHowTo("So backen Sie den Kuchen", language: "de"))
    #expect(!VocabularySteps.asksHowTo("So backen Sie den Kuchen", language: "nl"))
    // The wording matches, the items do not read as actions (a biography, a record's story): no steps.
    for heading in ["Zo zie je maar", "Como mujer en la ingeniería", "Como mulher na engenharia", "Comment here"] {
      #expect(VocabularySteps.asksHowTo(heading), "\(heading)")
      let markup = """
        <h2>\(heading)</h2><ol><li>The first record came out in 1969.</li>\
        <li>The band toured Europe in 1971.</li><li>The last album followed in 1975.</li></ol>
        """
      #expect(try article(markup, lang: nil).steps == [], "\(heading)")
    }
  }

  @Test("a bulleted list whose items are titled 'Step 1', 'Step 2' (any language) is a procedure, labels left out")
  func stepLabelledBullets() throws {
    for word in ["Step", "Schritt", "Étape", "Paso", "Passo", "Stap", "Krok"] {
      let markup = """
        <h2>Baking</h2><ul><li><strong>\(word) 1:</strong> Mix the flour and the eggs.</li>\
        <li><strong>\(word) 2:</strong> Bake for forty minutes.</li></ul>
        """
      #expect(
        try article(markup).steps == [
          StepGroup(title: "Baking", steps: steps("Mix the flour and the eggs.", "Bake for forty minutes."))
        ], "\(word)")
    }
    // In an <ol> too, the label is the step's number, not its text.
    let ordered = """
      <h2>Baking</h2><ol><li><b>Step 1</b> – Mix the flour and the eggs.</li>\
      <li><b>Step 2</b> – Bake for forty minutes.</li></ol>
      """
    #expect(
      try article(ordered).steps == [
        StepGroup(title: "Baking", steps: steps("Mix the flour and the eggs.", "Bake for forty minutes."))
      ])
    // Labels that do not count on ("Step 1", "Step 3"), or name the step after the number, are no sequence.
    let skipping = """
      <h2>Baking</h2><ul><li><strong>Step 1:</strong> Mix the flour.</li>\
      <li><strong>Step 3:</strong> Bake it.</li></ul>
      """
    #expect(try article(skipping).steps == [])
    let named = """
      <h2>Baking</h2><ul><li><strong>Step 1: Mix</strong> the flour.</li>\
      <li><strong>Step 2: Bake</strong> it.</li></ul>
      """
    #expect(try article(named).steps == [])
    // A <ul> of exams or stages called "Step 1" … whose items describe, under a heading naming no
    // procedure: no steps; its items stay titled.
    let exams = """
      <h2>The three licensing exams</h2><ul><li><b>Step 1:</b> Tests the basic sciences.</li>\
      <li><b>Step 2:</b> Tests clinical knowledge.</li><li><b>Step 3:</b> Taken during residency.</li></ul>
      """
    #expect(try article(exams).steps == [])
    #expect(try article(exams).lists.map { $0.items.map(\.title) } == [["Step 1", "Step 2", "Step 3"]])
  }
}
