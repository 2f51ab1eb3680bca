extension Document {
  /// What each of the document's names is to a scan, by name index (`kinds[name]` for the names
  /// listed, `other` for the rest), so a scan compares attribute names as numbers, not Strings.
  /// A name may have several indices: the parser keys names by their source spelling.
  func nameKinds<Kind>(_ kinds: [String: Kind], other: Kind) -> [Kind] {
    names.map { kinds[$0] ?? other }
  }
}
