/// Tuning constants of the teaser-run rule (`TeaserRuns`): cards of other articles set in a row
/// inside the located body (Drupal's `views-row`s, a theme's `grid-item`s, a `ul.teaser-list`).
extension Thresholds {
  /// A row of cards is at least this many siblings of one shape: two links side by side are a
  /// "previous / next" pair or a sentence's sources, three are a grid.
  static let minimumTeaserRunCards = 3
  /// A card is at most this many visible characters: a title, a date, a one-line excerpt…
  static let maximumTeaserRunCardChars = 260
  /// …of which its links hold at least this share: the card is mostly its title link.
  static let teaserRunLinkShare = 0.5
  /// A card's longest link, its title, is at least this many characters: a headline, not a
  /// menu's "Home".
  static let minimumTeaserRunTitleChars = 20
  /// A card leads to at most this many pages (the title and its picture lead to one; a category
  /// label beside them to a second).
  static let maximumTeaserRunTargets = 2
  /// A card is dated as another article is: a year in this range outside its links ("09.07.2021",
  /// "27 abril 2022" under a recent-posts title), which a product or a recipe card has not.
  static let teaserCardYears = 1900...2099
}
