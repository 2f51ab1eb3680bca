/// A number in parentheses that a metadata title adds to the headline the page shows: a
/// listing's id ("Cottage Birchwood (51873) - Site" over an `<h1>` "Cottage Birchwood"), a
/// magazine issue ("Post (2013/4)" over the issue's `<h2>` "Post").
enum TitleNumberTags {
  /// Characters besides digits and spaces such a parenthesis may hold ("2013/4", "3-4", "1.2").
  static let punctuation: Set<Character> = ["/", ".", "-", "–", ":", "#"]
}
