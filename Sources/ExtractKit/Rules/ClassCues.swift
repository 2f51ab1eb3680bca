/// The class/id word lists that extractors ask of most elements of a page, each one bit of the
/// element's cue word (`Node.hasClassCue`): the class and id are read once for all of them,
/// then every question is a bit test. Each list keeps its own rule (`rule`): a token list is
/// answered as `Node.hasClassToken(in:)` answers, a compound list as `CompoundMatcher.matches`
/// over `Node.classAndID` does.
enum ClassCue: Int, CaseIterable {
  /// `ClassTokens.authorBioCompounds`: an author-bio box.
  case authorBio
  /// `ClassTokens.bylineCompounds`: a byline container.
  case byline
  /// `ClassTokens.commentCountCompounds`: a comment-count widget.
  case commentCount
  /// `VocabularyComments.countWidgetCompounds`: a reply-count widget.
  case countWidget
  /// `ClassTokens.commentCompounds`: a comment-section title or link.
  case comment
  /// `ClassTokens.bodyCompounds`: the article body's own container.
  case body
  /// `VocabularyDates.dateCompounds`: date words inside longer class words.
  case dateCompounds
  /// `ClassTokens.boilerplate`: site chrome and widgets.
  case boilerplate
  /// `ClassTokens.negative`: Readability's negative class words.
  case negative
  /// `ClassTokens.positive`: Readability's positive class words.
  case positive
  /// `ClassTokens.neverArticle`: containers never the article.
  case neverArticle
  /// `ClassTokens.caption`: a caption or credit line.
  case caption
  /// `ClassTokens.imageLegend`: an image box's legend.
  case imageLegend
  /// `VocabularyDates.dateTokens`: a date element.
  case dateWords
  /// `VocabularyDates.modifiedTokens`: a modified date.
  case modifiedDate
  /// `VocabularyDates.foreignContainers`: other posts' or readers' dates.
  case foreignDates
  /// `VocabularyDates.articleOwnRails`: the article's own rail.
  case ownRail
  /// `VocabularyDates.printOnlyContainers`: a print-only block.
  case printOnly
  /// `AuthorBioExtractor.standaloneBioTokens`: a bio alone.
  case standaloneBio
  /// `AuthorBioExtractor.authorPartTokens`: a bio beside "author".
  case authorPart
  /// `AuthorBioExtractor.bioTokens`: a bio text.
  case bioWords

  /// How a list is matched against an element's class and id.
  enum Rule {
    /// One of the class/id tokens is one of the set's words.
    case token(TokenSet)
    /// One of the compounds occurs in the lower-cased, space-joined class and id.
    case compound([String])
  }

  var rule: Rule {
    switch self {
    case .authorBio: .compound(ClassTokens.authorBioCompounds)
    case .byline: .compound(ClassTokens.bylineCompounds)
    case .commentCount: .compound(ClassTokens.commentCountCompounds)
    case .countWidget: .compound(VocabularyComments.countWidgetCompounds)
    case .comment: .compound(ClassTokens.commentCompounds)
    case .body: .compound(Array(ClassTokens.bodyCompounds))
    case .dateCompounds: .compound(VocabularyDates.dateCompounds)
    case .boilerplate: .token(ClassTokens.boilerplate)
    case .negative: .token(ClassTokens.negative)
    case .positive: .token(ClassTokens.positive)
    case .neverArticle: .token(ClassTokens.neverArticle)
    case .caption: .token(ClassTokens.caption)
    case .imageLegend: .token(ClassTokens.imageLegend)
    case .dateWords: .token(VocabularyDates.dateTokens)
    case .modifiedDate: .token(VocabularyDates.modifiedTokens)
    case .foreignDates: .token(VocabularyDates.foreignContainers)
    case .ownRail: .token(VocabularyDates.articleOwnRails)
    case .printOnly: .token(VocabularyDates.printOnlyContainers)
    case .standaloneBio: .token(AuthorBioExtractor.standaloneBioTokens)
    case .authorPart: .token(AuthorBioExtractor.authorPartTokens)
    case .bioWords: .token(AuthorBioExtractor.bioTokens)
    }
  }

  var bit: UInt64 { 1 << UInt64(rawValue) }
}

extension ClassCueTable {
  /// Every `ClassCue`, compiled once per process.
  static let shared: ClassCueTable = {
    var tokens: [(set: TokenSet, bit: Int)] = []
    var compounds: [(compounds: [String], bit: Int)] = []
    for cue in ClassCue.allCases {
      switch cue.rule {
      case .token(let set): tokens.append((set, cue.rawValue))
      case .compound(let list): compounds.append((list, cue.rawValue))
      }
    }
    return ClassCueTable(tokenLists: tokens, compoundLists: compounds)
  }()
}

extension Node {
  /// Whether the element's class or id matches `cue`'s list by its rule: the same answer as
  /// `hasClassToken(in:)` for a token list, as `Evidence.hasCompound` for a compound list,
  /// from bits made once per element.
  /// (`withDocument`: asked of most elements, a retain and a release of the document each.)
  @inline(__always)
  func hasClassCue(_ cue: ClassCue) -> Bool { withDocument { $0.classCues(order) } & cue.bit != 0 }

  /// Whether the element's class or id matches any of the cues in `cues` (bits of `ClassCue`).
  @inline(__always)
  func hasAnyClassCue(_ cues: UInt64) -> Bool { withDocument { $0.classCues(order) } & cues != 0 }
}
