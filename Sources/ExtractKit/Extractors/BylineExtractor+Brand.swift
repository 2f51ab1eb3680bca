/// Author strings that are the publication's brand, shown in a byline but naming no person
/// (labels.md: "`[]` for a staff account or none").
extension BylineExtractor {
  /// Whether a byline's author is the site's one-word brand ("telebeispiel" in "19.10.2019 11:36
  /// telebeispiel" on the site "Telebeispiel", "Beispielwoche" on "Beispielwoche.de"): a site
  /// signs with its brand, a person with a name. A one-word name in a script without letter case
  /// (a Chinese blogger's name that is also the blog's) stays.
  static func isBrandSignature(_ name: String, siteName: String?) -> Bool {
    guard let siteName, !name.isEmpty, !name.contains(" "), name.contains(where: \.isCased) else { return false }
    let key = brandKey(name)
    return !key.isEmpty && key == brandKey(siteName)
  }

  /// A brand's letters and digits, lower-cased, a domain ending dropped ("Beispielwoche.de" →
  /// "beispielwoche").
  static func brandKey(_ text: String) -> String {
    String((withoutDomainEnding(text) ?? text).lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
