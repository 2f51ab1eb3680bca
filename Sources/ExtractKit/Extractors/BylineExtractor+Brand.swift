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

  /// `isBrandSignature`, unless the page says the name is a person's: a personal site named after
  /// its author ("Jdoe" on the site "Jdoe") types them a JSON-LD `Person` or links the byline's name
  /// as its author (`rel=author`). Asked only of names equal to the site's.
  static func isBrand(_ name: String, siteName: String?, byline: Node?, page: Page) -> Bool {
    guard isBrandSignature(name, siteName: siteName) else { return false }
    let key = brandKey(name)
    return !typesPerson(key, page: page) && !(byline.map { linksAuthor(key, in: $0) } ?? false)
  }

  /// Whether the article's JSON-LD `author` or `creator` is written there as a `Person` whose name
  /// has `key`. Not an `@id` reference to a person of the `@graph`: Yoast types every WordPress
  /// account so, the site's own ("Beispielwoche" posting as `…/#/schema/person/…`) too.
  static func typesPerson(_ key: String, page: Page) -> Bool {
    guard let article = JSONLD.article(in: page.jsonLD) else { return false }
    func holds(_ value: Any?) -> Bool {
      switch value {
      case let object as [String: Any]:
        return JSONLD.types(object).contains("Person") && JSONLD.string(object["name"]).map(brandKey) == key
      case let array as [Any]:
        return array.contains(where: holds)
      default:
        return false
      }
    }
    return holds(article["author"]) || holds(article["creator"])
  }

  /// Whether the byline links the name with `key` as its author with `rel=author` ("By <a
  /// rel=author href=/about>Jdoe</a>"). A link to a profile path is not enough: WordPress writes the
  /// site's own account as `/author/<site>/` too.
  static func linksAuthor(_ key: String, in byline: Node) -> Bool {
    let anchors = byline.tag == "a" ? [byline] : byline.descendants { $0.tag == "a" }
    return anchors.contains { anchor in
      guard brandKey(People.stripPrefix(Text.clean(Page.rawText(anchor)))) == key,
        let rel = anchor.attribute("rel")
      else { return false }
      return rel.lowercased().split(separator: " ").contains("author")
    }
  }

  /// A brand's letters and digits, lower-cased, a domain ending dropped ("Beispielwoche.de" →
  /// "beispielwoche").
  static func brandKey(_ text: String) -> String {
    String((withoutDomainEnding(text) ?? text).lowercased().filter { $0.isLetterOrNumber })
  }
}
