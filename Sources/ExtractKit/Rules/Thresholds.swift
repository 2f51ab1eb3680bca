/// Tuning constants of the content locator and the section extractors, in one place.
enum Thresholds {
  /// Bytes of a `class` or `id` value read as evidence. Real ones are a few dozen to a few
  /// hundred bytes (Tailwind utility lists); a megabyte one is an attack, not a hint.
  static let maximumClassIDBytes = 2048

  /// A text block shorter than this is not scored as a paragraph (Readability uses 25).
  static let minimumParagraphChars = 25
  /// A wrapper holding the body's whole text but this many characters (the whitespace between
  /// `<body>` and `<div id="page" class="site has-sidebar">`) is the page, not a region in it.
  static let pageWrapperSlackChars = 8
  /// A located article body must hold at least this many visible characters.
  static let minimumContentChars = 140
  /// Visible characters inside `<noscript>` or `<template>` from which, when the rest of the
  /// page shows less, the page is read with them kept: a no-script fallback holding the article,
  /// or a `<noscript><div>` whose ignored end tag swallows the rest of the page.
  static let minimumFallbackChars = 140
  /// An `<article>` this long, with an `<h1>` beside it, is the story: a container holding both
  /// is not boilerplate whatever its class (Yahoo opens stories in a "modal" over the front page).
  static let minimumArticleChars = 500
  /// An element holding this share of the page's paragraph text is the article's wrapper, never
  /// boilerplate, whatever its class says (Elementor's "elementor-widget-wrap", Blogger's "widget Blog").
  static let articleShareOfProse = 0.5
  /// An element holding this share of the page's paragraph text is the page, whatever its tag or role
  /// says: an unclosed `<header role=banner>` around the whole page, a related block that is the story.
  static let wholePageShareOfProse = 0.9
  /// A located body keeping fewer visible characters than this (Readability's 500)…
  static let retryContentChars = 500
  /// …and less than this share of the page's paragraph text lost the article to its masks: the
  /// locator tries again reading markup only, not class words, and keeps the longer result.
  static let retryShareOfProse = 0.5
  /// A semantic container (`articleBody`, "entry-content", `<article>`) is taken when it holds
  /// this share of the page's scored paragraph text.
  static let semanticShareOfPage = 0.66
  /// An inner semantic container replaces its outer one when it keeps this share of its text
  /// (Shopify's `.rte` inside `<article>`: same body, without byline, share bar and bio).
  static let innerContainerShare = 0.85
  /// Inside a semantic container, the scored candidate and its siblings replace it when they keep
  /// this share of its paragraph text: `<article><h1>…</h1><div>…</div><h2>…</h2><div>…</div>`
  /// is read as Readability reads it, the two text boxes without the headings between them.
  static let scoredShareOfContainer = 0.95
  /// A lead paragraph classed as such ("teaser-text", "entry-excerpt", `p.lead`) is looked for
  /// above the body's first root inside this many of its ancestors (the story's `<article>`
  /// holding a `<header>` with the lead and the body box beside it)…
  static let leadAncestorLevels = 3
  /// …is a sentence or a short paragraph, not a box of teasers…
  static let minimumLeadChars = 40
  static let maximumLeadChars = 1_200
  /// …and is prose, not a link card…
  static let maximumLeadLinkDensity = 0.3
  /// …nor the body's first paragraph again: a "summary" this share of whose words that paragraph holds.
  static let leadRepeatShare = 0.8
  /// A dek found by its place (the first prose between the title heading and the body, no class
  /// naming it, or a heading-tagged sentence before the first paragraph) is a sentence of at least
  /// this many words: a date or "Lesezeit: 4 Minuten" line is not.
  static let minimumDekWords = 8
  /// A label over a recirculation block ("Neueste Artikel", "Zobacz również") is a short line
  /// (UTF-8 bytes).
  static let maximumRecirculationLabelBytes = 80
  /// The name in a heading over the author's other posts ("More from Jane Doe", "mehr von Max
  /// Muster auf example.de") has at most this many words.
  static let maximumAuthorMoreNameWords = 4
  /// A date line at the body's edge ("Published: Monday | March 14, 2022 | 8:17 PM", "Published
  /// Friday 14 June 2019 Published Fri 14 Jun 2019") is a date written out with its weekday and
  /// time, and a label: a paragraph with a date and more words than this, or more bytes, is a
  /// kicker or a dek that mentions a date ("Chur, 11.05.2009 - Rede von … beim Städtetag").
  static let maximumDatelineWords = 10
  static let maximumDatelineBytes = 160
  /// Characters outside links that a "read this too" insert may hold beyond its label and one
  /// separator per link: the colon and the spaces around it (`<p>Weiterlesen: <a>…</a></p>`).
  static let insertLabelSlack = 3
  /// A heading classed as a header inside its own `<header>` heads a section when the box after that
  /// header holds this much text, at most this share of it links (a CMS content element's
  /// `header.frame-header` over its `div.frame-bodytext` of paragraphs; not a header over cards).
  static let minimumHeaderSectionChars = 200
  static let maximumHeaderSectionLinkDensity = 0.5
  /// Paragraphs right after a heading classed as a header, within a flow of prose, that make it the
  /// opening of a run of prose (Substack's `h2.header-anchor-post` among the post's `<p>`s): two, or
  /// fewer up to the next heading.
  static let minimumHeaderSectionParagraphs = 2
  /// Elements looked at before such a heading for the paragraph of prose it must follow (a post's
  /// flow: a paragraph, maybe a picture or two between); a box's label has none before it.
  static let headerSectionLookBack = 3
  /// Characters of a box of headings alone set between two boxes of the body (a "Stage one" banner
  /// over the next box of steps) that joins the body: a few headings' worth.
  static let maximumHeadingBannerChars = 400
  /// Words of the topic after a "discover more" opening in a heading over the site's teasers
  /// ("Entdecke weitere Balkonideen", "Discover more summer recipes"); a longer tail is a sentence.
  static let maximumDiscoverTopicWords = 3
  /// Spaces a heading's permalink (`<a href="#id"> ¶ </a>`) may hold around its mark.
  static let permalinkSpaceSlack = 2
  /// Words from which a heading that ends a sentence ("." or "…") is a paragraph set in a heading
  /// tag: a theme's intro or lead in `<h2>`/`<h3>`/`<h5>`. Real section headings on our pages run
  /// to 33 words, and the longer ones are interview questions ending in "?".
  static let minimumParagraphHeadingWords = 34
  /// A heading ending in "go there" arrows is a teaser for another post when its link holds
  /// this share of its text ("ÁFONYÁS AMERIKAI PALACSINTA >>>" all one link).
  static let minimumTeaserHeadingLinkShare = 0.9
  /// Bytes of text between a heading and the same heading printed again for another screen size
  /// (a recipe tip's title over its "4 ratings" line, then again): one heading.
  static let maximumDoubledHeadingGapChars = 80
  /// Letters of a domain ending ("BEISPIEL.de", "Example.com") in an author written as the
  /// publication's domain.
  static let domainEndingLetters = 2...3
  /// Letters of a one-word company name in capitals opening an imprint in `<meta name=author>`
  /// ("BEISPIELWERK, Neustadt, Germany"); shorter runs are initials a person signs with.
  static let minimumImprintCapitalLetters = 4
  /// A web address signed as the author ends in a domain of this many letters ("example.at",
  /// "example.pl", "example.online").
  static let webAddressEndingLetters = 2...6
  /// An outlet's acronym credited after the writers of a syndicated story ("By Jane Roe and
  /// Tom Berg, CNN", "Anna Berger, BBC"): one all-capital word of this many letters.
  static let outletAcronymLetters = 2...5
  /// A byline sentence's full stop after a surname of at least this many letters is dropped
  /// ("Story by Jane Doe."); shorter words keep their dot as an abbreviation ("Jr.", "Sr.").
  static let minimumSurnameLettersBeforeStop = 3
  /// A country's domain ("example.at"): any other ending must be a known generic one.
  static let countryDomainLetters = 2
  /// A bio's prose is mostly unlinked: a box of links (the author's other posts, social icons)
  /// holds this share of link text or more.
  static let maximumBioLinkDensity = 0.5
  /// A promotional, paywall or credit line ("Follow us on …", "© Agency | Name") is at most this
  /// many UTF-8 bytes: a longer paragraph opening with the same words is the article's.
  static let maximumPromotionalLineBytes = 250
  /// Above this link density a block is navigation, not prose (menus, tag clouds, link lists).
  static let navigationLinkDensity = 0.5
  /// …unless it is longer than this: long prose with many inline links is still prose.
  static let navigationMaximumChars = 600
  /// …and unless this share of its text is in lists: a table of contents boxed in a `<div>`
  /// (Wikipedia's `div#toc`, Sphinx's "contents topic") is a list of the article, kept like one.
  static let listShareOfLinkBox = 0.8
  /// A list of links boxed in a `<div>` at or below this link density is a reference list (each
  /// item a citation with a link or two), not recirculation (each item one link).
  static let referenceListLinkDensity = 0.8
  /// An id of this many words that spells its section's heading is the heading's anchor
  /// (docutils' `id="working-on-a-single-branch"`), not a widget's name ("comments").
  static let minimumHeadingAnchorWords = 3
  /// A byline holds few characters; a longer container is a paragraph that mentions "by".
  static let maximumBylineChars = 200
  /// A "By …" line found by its text after the title is shorter still.
  static let maximumBylineLineChars = 120
  /// A labelled author line or field ("Posted by …", "Autor: …") signed at the article's end lies
  /// within this many nodes after the title (the farthest measured: 1341, a long news page's
  /// "Autor:" line); past that are comment threads and footers, whose "by" lines are not the byline.
  static let bylineLineSearchNodes = 2000
  /// A "by"-word line of names and a date whose block's other text is at least this share a link's
  /// is a card's credit ("Leggi anche": a post's linked title over "di Marco Rossi · 14 marzo 2024"),
  /// not the article's signature.
  static let cardLineLinkShare = 0.5
  /// …and a block of at most this many characters that opens with a linked title is such a card
  /// (a title, a two-line excerpt, its credit line); an article's body holds more.
  static let maximumCardChars = 400
  /// …and its "by"-like word comes among its first words ("Gespeichert von gartenfee am …").
  static let bylinePrefixWordWindow = 3
  /// The most words a capitalised category after a byline's names may hold in a meta line ("… by
  /// Jane Doe | Garden Tips"): a headline or a sentence after a separator holds more, or lower-case
  /// words ("– Frühlingsfest am Samstag").
  static let metaCategoryMaximumWords = 3
  /// A page declared (or sniffed) UTF-8 with a few bytes of another charset (a footer saved in
  /// latin-1) is read as UTF-8, those bytes as windows-1252, when it has at least this many
  /// well-formed multi-byte sequences…
  static let strayBytesMinimumSequences = 16
  /// …and at most one stray byte per this many of them (pages really in GBK or windows-1250 that
  /// claim UTF-8 form such sequences only by chance, about one per four stray bytes).
  static let sequencesPerStrayByte = 8
  /// A count labelled by its tooltip (`<div title="Number of comments">2</div>`) is a few digits
  /// with the template's whitespace.
  static let maximumCommentTooltipCountChars = 12
  /// A signature closing the article ("<p>– Jane Doe</p>", "<p><b><i>Jane Doe</i></b></p>" as the
  /// last paragraph of its container) is at most this long: one or two people's names.
  static let maximumSignatureLineChars = 60
  /// The most people a closing signature names.
  static let maximumSignatureNames = 2
  /// An author field's label element ("Auteur" in a `<dt>`, with the template's whitespace) is at
  /// most this long.
  static let maximumFieldLabelChars = 80
  /// The text of an author field's label element on its own ("Autor", "Auteurs :"): at most this long.
  static let maximumFieldLabelTextChars = 12
  /// A body heading that starts the title before a separator is the title shown without the
  /// `<title>`'s tail when it has this many words ("Margot and The Very Long Night" of
  /// "Margot and The Very Long Night - Jane Q. Roe - Medium").
  static let minimumTitleHeadWords = 3
  /// A picture card's badge beside its title ("Photos" over a gallery's linked thumbnail): text of
  /// the card other than its heading, all of it link text, up to this many characters.
  static let maximumCardBadgeChars = 24
  /// An `<h2>` above the body showing every word of a title this long, and more, is the title with a
  /// tail; a shorter title ("Quick Guide to Roses") opens many a section heading.
  static let minimumH2TitleWords = 4
  /// A heading above the body made of this many of the title's words, or more, is the title shortened
  /// ("Okra curry" over a post titled "Okra curry (a quick stir fry)"); one word is a section name.
  static let minimumTitlePartWords = 2
  /// A related block's first line names it only with a word of this many letters: a carousel's
  /// arrow "‹", a slider dot "1" or a close mark "×" does not.
  static let minimumBlockNameWordLetters = 2
  /// The title shown again over the body comes before its text: once paragraphs of this many
  /// UTF-8 bytes have been read, a heading with words beyond the title's ("How to Root a Fig
  /// Tree from Cuttings: FAQs" deep in "How to Root a Fig Tree from Cuttings") is one of its sections.
  static let maximumTextBeforeTitleHeading = 500
  /// A comment-count widget or comment-section title is short ("5 thoughts on “<title>”").
  static let maximumCommentTitleChars = 160
  /// …and its count sits among its first words.
  static let commentCountWordWindow = 3
  /// How many element siblings of a byline are read for its date (Arc's `.b-date` after `.b-byline`).
  static let bylineDateSiblings = 2
  /// A paragraph longer than this next to the byline is prose (a dek, the lead), not a byline part.
  static let maximumBylineProseChars = 80
  /// A table cell longer than this that holds paragraphs or `<br>` breaks is page layout, not
  /// data: old pages put the whole article in one `<td>` beside a navigation cell.
  static let maximumDataCellChars = 200
  /// A "Read more: <link>" insert inside a story is one short line…
  static let maximumInsertChars = 200
  /// …most of it the link.
  static let minimumInsertLinkShare = 0.5
  /// A layout-table cell of this many links, nearly all of its text, is the site menu (a data cell
  /// of prose with several inline links, as in Wikipedia's tables, is not).
  static let minimumMenuLinks = 3
  static let minimumMenuLinkShare = 0.8
  /// Items a list needs before one titled item among them reads as a stray bold rather than a
  /// title (a route's 26 stops, the first led by "<b>Startpunkt:</b>").
  static let minimumItemsForStrayTitle = 4
  /// A list-item title (bold lead, `Title:`) is short.
  static let maximumItemTitleChars = 120
  static let maximumItemTitleWords = 14
  /// Paragraphs led by bold titles make a list from this many in a row (one is emphasis).
  static let minimumLeadRunItems = 2
  /// An item's number typed before its bold lead ("1. <strong>Bio:</strong> …") has this many digits at most.
  static let maximumEnumeratorDigits = 2
  /// …whose descriptions average at least this many characters.
  static let minimumLeadDescriptionChars = 50
  /// A bold name whose paragraph opens with a quotation this many words long or longer
  /// ("<b>Name</b>: "We will …"") is a speaker's statement in a news story, not a list item.
  static let minimumSpeechWords = 8
  /// A lead-in line before a list ("Popular types of massage include:") is short.
  static let maximumIntroChars = 300
  /// A bold line standing alone (`<div><b>Method</b></div>` on Blogger) is a heading when this short.
  static let maximumPseudoHeadingChars = 80
  /// Steps: an ordered list needs this many items to be a procedure.
  static let minimumSteps = 2
  /// Share of an ordered list's items that must open with an action ("Remove …", "Öffnen Sie …")
  /// for a neutral lead-in ("… as follows:") to make it steps: an outline of points opens with subjects.
  static let minimumActionItemShare = 0.5
  /// A structured (JSON-LD) step is found on the page by its first words: this many are
  /// compared, and a text node must match at least `minimumStepMatchWords` of them (or the
  /// whole step) and be at least `minimumStepMatchChars` long (a recipe card's step text).
  static let stepMatchWords = 8
  static let minimumStepMatchWords = 4
  static let minimumStepMatchChars = 16
  /// A step word and its space ("Schritt ", "Étape ") fit in this many characters.
  static let maximumStepWordBytes = 12
  /// How many nodes before a recipe card's first step are searched for the heading shown over it.
  static let maximumStepHeadingDistance = 400
  /// A numbered heading this short only names its step ("1. Registrieren" over "Formular
  /// ausfüllen …" in a row of cards); the paragraph under it is the step's text.
  static let maximumStepNameWords = 1
  /// A listing page (a blog's index): at least this many linked card headings (`<h3><a>Title</a></h3>`,
  /// this share of their text a link), this share of all its headings, with at most this many
  /// blocks per card (excerpt, meta line) averaging at most this many characters.
  static let minimumListingCards = 5
  static let cardHeadingLinkShare = 0.9
  static let listingCardShare = 0.8
  /// …unless at least this share of its card headings are numbered in sequence from 1 ("1. Drake",
  /// "2. Tiana …"): a listicle's items, each linked to its picture, not cards of other pages.
  static let listicleNumberedShare = 0.5
  static let maximumBlocksPerCard = 3
  static let maximumCardExcerptChars = 300
  /// A heading inside the body labels a box whose content was cut (teaser cards under "More on …")
  /// when the box holds at least this many characters more than the heading: a byline or a date
  /// cut beside a section's heading is shorter.
  static let minimumCutBoxChars = 200
  /// A box after a heading naming a gallery ("Bildergalerie") holds at least this many pictures
  /// when it is that gallery's thumbnails, not a section's one figure.
  static let minimumGalleryPictures = 2
  /// A gallery's label with its subject ("Bildergalerie: BMW 3er Touring Facelift (2022) erstmals
  /// erwischt") is at most this long; a longer heading is a sentence of the article.
  static let maximumGalleryLabelBytes = 160
  /// Nodes looked at, at most, for a gallery's pictures and the first one's link: a gallery's
  /// thumbnails come first in its box; the rest of a huge box is not searched for each heading.
  static let maximumGalleryScanNodes = 300
  /// Teaser cards inside the body (`<article class="Teaser">` under "More on …" below the story):
  /// a run of at least this many short `<article>`s, each at most this many characters.
  static let minimumTeaserCards = 2
  static let maximumTeaserCardChars = 500
  /// …holding at most this share of the body's text: more, and the page is a listing of them.
  static let maximumTeaserShareOfBody = 0.5
  /// Related posts: a block needs this many cards.
  static let minimumRelatedCards = 2
  static let maximumRelatedCards = 24
  /// …and its cards hold at least this share of its text (the rest is the heading, a "more" link).
  static let relatedCardShare = 0.6
  /// An author bio is a short paragraph or two.
  static let minimumBioChars = 40
  /// A bio the markup names as one (a bio class, a "Bio:" label) may be one short line
  /// ("Equipe de rédaction, La Presse" in a theme's `authorBlock-header-bio`).
  static let minimumMarkedBioChars = 20
  static let maximumBioChars = 2_000
  /// A paragraph of the running text on both sides of a box puts the box inside the story (a
  /// writer's testimonial box between two sections): a body paragraph is at least this long.
  static let minimumBodyProseChars = 80
  /// A closing note set in italics (`<p><em>Jane Doe is …</em></p>`): its emphasis holds at least
  /// this share of its text.
  static let italicNoteShare = 0.9
  /// A closing line after the story's last paragraph is set apart when emphasis holds this share
  /// of its text (a newsletter call or an affiliate note in `<em>`, a link after it).
  static let closingEmphasisShare = 0.85
  /// A disclaimer or filing line closing the body, not set apart, is dropped up to this many
  /// characters: the site's note is a sentence or three ("Namentlich gekennzeichnete Beiträge
  /// geben die Meinung des Autors wieder …", a blog theme's "Der Beitrag wurde am … abgelegt" with
  /// its categories); a longer closing paragraph holding the words goes on as the story's.
  static let maximumClosingDisclaimerChars = 400
  /// An affiliate or advertiser disclosure opening a paragraph is dropped up to this many UTF-8
  /// bytes: the note runs two to four sentences ("This post contains references to products from
  /// … For an explanation of our Advertising Policy, visit this page."); a longer paragraph opening
  /// so goes on into the story ("This post may contain affiliate links. We spent three weeks …").
  static let maximumDisclosureBytes = 300
  /// A donation or subscription appeal under the story holds at most this many paragraphs after
  /// its call (why the site needs it, how to give, where to pay).
  static let maximumClosingAppealParagraphs = 3
  /// A site's name or host label is matched as a word from this length ("CNN", "taz").
  static let minimumSiteKeyChars = 3
  /// Readability's sibling rule: a sibling joins the article when its score is at least this
  /// share of the top candidate's.
  static let siblingScoreShare = 0.2
  /// How many ancestors of the top candidate are tried for same-class sibling boxes holding the
  /// rest of the article (a CMS's text modules set side by side under `<body>`).
  static let twinBoxLevels = 4
  /// …a same-class box joins when it scores at least this share of the candidate's own box
  /// (an empty or one-line module of the same class stays out)…
  static let twinBoxScoreShare = 0.2
  /// …and is prose, not a grid of teaser cards sharing the class.
  static let maximumTwinBoxLinkDensity = 0.25
  /// How many of the best-scoring candidates are compared (Readability's default).
  static let topCandidates = 5
  /// Readability's alternative candidates: those scoring at least this share of the top one…
  static let alternativeCandidateShare = 0.75
  /// …of which this many inside one ancestor make that ancestor the article.
  static let minimumAlternativeCandidates = 3
  /// A picture's caption is a line or two; a longer element classed "caption" is a story told in pictures.
  static let maximumCaptionChars = 500
  /// A hero image must be at least this wide when the page gives a width (icons and avatars are smaller).
  static let minimumHeroWidth = 300

  // Conditional cleaning (Readability's `_cleanConditionally`) of boxes inside the body.
  /// A box with this many commas is prose and is kept whatever its make-up.
  static let proseCommas = 10
  /// A box with more than one picture and fewer paragraphs than this per picture is a gallery
  /// (a news story's "Business news in pictures" slideshow, a review's score card of icons).
  static let paragraphsPerGalleryImage = 0.5
  /// A box whose list items outnumber its paragraphs by more than this is a link list
  /// (Readability subtracts 100 items: long lists of the article survive).
  static let listItemAllowance = 100
  /// A box whose text is more than this share list text is a boxed list (Wikipedia's `div#toc`).
  static let listShareOfListBox = 0.9
  /// A box shorter than this, with links and no heading filling it, is a link line or a button
  /// row ("Ready to get started? Try it free").
  static let minimumBoxChars = 25
  /// …unless headings are this share of its text: a section heading's own wrapper.
  static let headingBoxDensity = 0.9
  /// A box without article words in its class that is more link text than this is a card of
  /// links (a call-to-action box, a "more from" card).
  static let boxLinkDensity = 0.2
  /// …and one with article words in its class, more than this.
  static let positiveBoxLinkDensity = 0.5
  /// A heading longer than this is a sentence, not a "References" label over a list of sources.
  static let maximumReferencesHeadingChars = 60
  /// Links into the page (`#…`: footnotes, contents) count at this share of their text.
  static let inPageLinkWeight = 0.3
  /// A box around one plug-in player with less text than this is the player's frame.
  static let embedCaptionChars = 75

  /// How many lone wrappers above a row of cards are climbed to find its sibling rows.
  static let maximumRowWrappers = 2

  /// Characters of a structured-data bio that must be on the page: a theme's JSON-LD carries the
  /// author's description whether or not the page shows an author box (Yoast's `@graph` Person).
  static let visibleBioProbeChars = 40

  // MARK: the author bio box (AuthorBioExtractor)

  /// Text a bio box holds beside its name and paragraph: a job line, "Follow", its social links.
  static let maximumBoxExtraChars = 120
  /// Alike siblings that make a block one of a run (a third testimonial or card) rather than a co-author's box.
  static let minimumRunSiblings = 2
  /// Sizes under which a font is small print, by CSS unit (body text is 16px, 12pt, 1em, 100%).
  static let smallPrintLimits: [String: Double] = ["px": 15, "pt": 11, "em": 1, "rem": 1, "%": 100]

  /// Body paragraphs after a box, without a heading between, that show the story going on past it.
  static let minimumParagraphsAfterAside = 2

  /// A container with this many body paragraphs is the story a block after it closes.
  static let minimumStoryParagraphs = 3

  /// A name opening a note has at most this many words ("Jean-Paul de la Roche" writes particles lower-case).
  static let maximumNoteNameWords = 3

  /// An `<h1>` inside the article's own container shares at least this share of its distinct words
  /// with a metadata title that rewords it ("Why Bees Matter in the Garden" shown, og:title "Bees in
  /// the Garden: Ten Reasons"): the shown headline is the title.
  static let minimumRewordingShare = 0.5
  /// …and has at least this many words: a one- or two-word `<h1>` in an `<article>` is as often a
  /// section's name or a test page's placeholder as a headline.
  static let minimumRewordingWords = 3
  /// People a comma list of names with user handles must give ("jdoe, Ana Lima" after "Posted
  /// by"): a handle alone is no list of authors.
  static let minimumHandleListPeople = 2
}
