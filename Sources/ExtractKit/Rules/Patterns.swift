/// Words and phrases the extractors recognise, compiled once as sets.
enum Patterns {
  /// Marks a heading's permalink shows after its text (Sphinx's `<a class="headerlink">¶</a>`,
  /// Markdown sites' `#`, `§`, the link and anchor pictographs Hugo and Docsy themes print): not
  /// words of the heading.
  static let permalinkMarks: Set<Character> = ["¶", "#", "§", "🔗", "⚓"]
  /// Professional credentials written after a name ("Patty Weasler, RN", "Jane Doe, MD, PhD").
  /// Compared with dots removed and upper-cased, so "M.Sc." and "MSc" both match.
  static let credentials: Set<String> = [
    "RN", "BSN", "MSN", "DNP", "APRN", "NP", "FNP", "FNPC", "FNP-C", "FNP-BC", "LPN", "LVN", "CNA", "CNM", "CRNP",
    "MD", "DO", "PHD", "DPT", "PT", "MPT", "OT", "OTR", "OTR/L", "OTD", "DC", "DDS", "DMD", "PHARMD", "RPH", "PSYD",
    "LCSW", "LMFT", "LPC", "MSW", "MPH", "MHA", "MS", "MSC", "MA", "MBA", "MFA", "MED", "BS", "BSC", "BA", "JD",
    "ESQ", "CPA", "CFA", "CFP", "RD", "RDN", "LD", "LDN", "CDE", "CDCES", "CSCS", "CPT", "ATC", "LAT", "LMT", "CMT",
    "NASM", "ACE", "IBCLC", "FACS", "FACP", "FAAP", "MBBS", "MRCP", "FRCP", "DVM", "VMD", "OD", "AUD", "CCC-SLP",
    "SLP", "RRT", "PA", "PA-C", "CSN", "CCRN", "CEN", "RYT", "E-RYT", "CHES", "EDD", "DPM", "ND", "LAC", "DACM",
    "MRES", "MPHIL", "DPHIL", "MSCI", "MENG", "BENG", "DSC", "FRCS", "MRCGP", "CNS", "CDN", "CCSP", "PMP",
  ]

  /// Words that introduce author names in a byline, in the languages we read.
  static let bylinePrefixes: [String] = [
    "written by", "posted by", "reviewed by", "words by", "story by", "text by", "by", "von", "par", "por",
    "door", "di", "de", "av", "af",
  ]

  /// The arrows a teaser heading ends with, its whole text a link to another post
  /// ("EGYSZERŰ, DE NAGYSZERŰ VENDÉGVÁRÓ >>>" between a recipe's paragraphs).
  static let teaserArrow = ">>"
  /// Arrows that close a call to action set as a heading (">>> Jetzt die Ausgabe bestellen! <<<").
  static let callArrowEnd = "<<"
  /// Endings of a link to a picture's own file (a gallery thumbnail enlarged in place), not to a
  /// page of its own.
  static let pictureFileExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"]
  /// What a link to a picture's attachment page holds (WordPress: `?attachment_id=12`,
  /// `/attachment/img_1/`): the picture shown on a page of the article's own.
  static let attachmentPageMarks = ["attachment_id=", "/attachment/"]
  /// Openings of a heading that goes on from the title above it, its second line ("…and why").
  static let continuationOpenings = ["...", "…"]

  /// Words that join several author names (Russian "и" too; not Czech "a", an initial's letter).
  static let nameJoiners: Set<String> = ["and", "&", "und", "et", "y", "e", "en", "og", "och", "i", "и"]

  /// Roles written after a name that are not part of it ("Jane Doe, Staff Writer").
  static let roleWords: Set<String> = Set<String>([
    "staff", "writer", "editor", "reporter", "correspondent", "contributor", "columnist", "author",
    "photographer", "journalist", "producer", "senior", "contributing", "associate", "managing", "chief",
    "special", "guest", "freelance", "team", "desk", "bureau", "news", "analyst", "critic", "redakteur",
    "redaktion", "rédaction", "redacción", "redazione",
  ]).union(VocabularyBylines.roleSet)

  /// Headings of related-post blocks. Not "Popular posts" or "Most read": those rails are the
  /// site's, not the article's.
  static let relatedHeadings: [String] = [
    "also in", "related", "you may also like", "you might also like", "more from", "recommended",
    "read next", "further reading", "more stories", "more articles", "read more", "keep reading", "more in",
    "similar posts", "you may also enjoy", "more on this",
  ]

  /// Labels of "read this too" inserts between a story's paragraphs, lower-cased, before the colon:
  /// news "Read more:", German "Lesen Sie auch:", French "Lire aussi :", Spanish, Italian, Dutch,
  /// Portuguese "Leia também:", Polish "Czytaj także:".
  static let insertLabels: Set<String> = [
    "read more", "read also", "also read", "see also", "related", "related story", "related article",
    "read next", "more", "recommended", "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lee también", "lea también", "leer más",
    "te puede interesar", "leggi anche", "lees ook", "lees meer", "ook interessant", "leia também", "veja também",
    "leia mais", "czytaj także", "czytaj też", "czytaj również", "zobacz także", "zobacz też", "zobacz również",
    "przeczytaj także", "przeczytaj też", "przeczytaj również",
  ]

  /// English, German, French, Spanish, Italian, Portuguese and Dutch month names and
  /// abbreviations, lower-cased, to month numbers.
  static let months: [String: Int] = {
    let names: [[String]] = [
      [
        "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
      ],
      [
        "february", "feb", "februar", "février", "fevrier", "févr", "fev", "febrero", "febbraio", "fevereiro",
        "februari",
      ],
      ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt"],
      ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
      ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
      ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
      ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
      ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
      ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"],
      ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
      ["november", "nov", "novembre", "noviembre", "novembro"],
      [
        "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro",
      ],
    ]
    var table: [String: Int] = [:]
    for language in [names] + VocabularyMonths.all {
      for (index, words) in language.enumerated() {
        for word in words where table[word] == nil { table[word] = index + 1 }
      }
    }
    return table
  }()

  /// Words of comment-section titles next to which a number is the count: WordPress
  /// "5 thoughts on “…”", "One reply on", Blogger "3 comments:", Drupal "Kommentare (3)",
  /// Medium "Responses (38)" (per-language tables in `VocabularyComments`).
  static let commentTitleWords: Set<String> = VocabularyComments.titleWords
  /// Number words a comment title writes instead of a digit ("One thought on “…”", "No comments").
  /// Not German "einen": the accusative is a prompt's object ("Schreibe einen Kommentar", "Um
  /// einen Kommentar zu schreiben"), never a count.
  static let countWords: [String: Int] = ["no": 0, "one": 1, "keine": 0, "ein": 1]

  /// Words for "comments" before which a number is a comment count.
  static let commentWords: Set<String> = VocabularyComments.countNouns
}
