import Foundation

/// Page-level facts from structured data first (JSON-LD), then meta tags (OpenGraph,
/// Twitter cards, Dublin Core, article:*), then plain HTML (`<title>`, `lang`).
struct Metadata {
  var headline: String?
  var description: String?
  var siteName: String?
  var language: String?
  var publishedAt: String?
  /// The `<meta>` tags' publication date, whether or not JSON-LD gave another.
  var publishedInMeta: String?
  var modifiedAt: String?
  /// Author names from JSON-LD or meta tags, raw ("Patty Weasler, RN").
  var authors: [String] = []
  /// Organizations named as the author (a JSON-LD `Organization`): the author only when the
  /// byline names no person.
  var authorOrganizations: [String] = []
  /// Authors that are one of the site's accounts: a JSON-LD author with an `@id` naming a person
  /// node of the page's `@graph` (Yoast's `{"@id": "…/#/schema/person/…"}`, the WordPress user who
  /// posted). Such a person names the author only where the page shows them.
  var accountAuthors: [String] = []
  var image: ArticleImage?
  /// `commentCount` of the article's JSON-LD (Yoast's Article, BlogPosting, DiscussionForumPosting).
  var commentCount: Int?
}

struct MetadataExtractor {
  static let publishedKeys = VocabularyDates.publishedMetaKeys
  /// JSON-LD keys of the publication date: `uploadDate` of a `VideoObject` page, `dateCreated`
  /// where no `datePublished` is given.
  static let publishedJSONKeys = ["datePublished", "uploadDate", "dateCreated"]
  /// JSON-LD types that describe the page's main work when no article object dates it.
  static let datedTypes = JSONLD.articleTypes.union(["VideoObject", "CreativeWork", "Event", "PodcastEpisode"])
  static let modifiedKeys = [
    "article:modified_time", "og:updated_time", "datemodified", "dcterms:modified", "last-modified",
  ]
  /// Readability's order: Dublin Core, OpenGraph, Weibo, a plain `title` meta, Twitter, Parse.ly.
  static let titleKeys = [
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title",
    "parsely-title",
  ]
  static let descriptionKeys = ["description", "og:description", "twitter:description", "dc:description"]
  /// OpenGraph first, then Twitter cards (`twitter:image:src` is the old name of `twitter:image`).
  static let imageKeys = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"]
  static let siteNameKeys = ["og:site_name", "application-name", "twitter:site"]
  /// Readability's order: Dublin Core first.
  static let authorKeys = [
    "dc:creator", "dcterm:creator", "author", "article:author", "og:article:author", "parsely-author",
    "sailthru:author", "byl",
  ]

  /// Meta tags naming the publisher (Dublin Core, a plain `publisher`): an author meta equal to
  /// one is the organization, not a person.
  static let publisherKeys = ["dc:publisher", "dcterms:publisher", "publisher"]

  /// An author meta that is an organisation with its seat, not people: comma-separated parts
  /// whose first names an organisation (its web address, an organisation word, the site's
  /// one-word name, one word in capitals) and none of the others a person ("BEISPIELWERK,
  /// Neustadt, Germany"; "beispielblatt.de, Neustadt"). The site's name alone is not enough: a
  /// personal site is named after its author ("Jane Doe, Tom Roe" on the site "Jane Doe"), and
  /// "example.com, Jane Doe" is a byline with the site in front.
  static func isImprint(_ value: String, siteName: String?) -> Bool {
    let parts = commaParts(value)
    guard parts.count >= 2, let first = parts.first else { return false }
    let oneWord = !first.contains(" ")
    let organisation =
      BylineExtractor.isWebAddress(first) || BylineExtractor.isOrganizationName(first)
      || BylineExtractor.isPublication(first, siteName: siteName)
      || (oneWord && (BylineExtractor.isSiteName(first, siteName: siteName) || isCapitalisedAcronym(first)))
    guard organisation else { return false }
    return !parts.dropFirst().contains { part in
      !isCountry(part) && part.split(separator: " ").count >= 2 && People.isPlausibleName(part)
    }
  }

  /// "Jane Doe, Tom Roe, Germany" → "Jane Doe, Tom Roe": people with the country they write
  /// from; the country is nobody.
  static func withoutTrailingCountry(_ value: String) -> String {
    let parts = commaParts(value)
    guard parts.count >= 2, let last = parts.last, isCountry(last) else { return value }
    return parts.dropLast().joined(separator: ", ")
  }

  static func commaParts(_ value: String) -> [String] {
    value.split(separator: ",").map { $0.trimmingScalars(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  static func isCountry(_ part: String) -> Bool { VocabularyBylines.imprintCountrySet.contains(part.lowercased()) }

  static func isCapitalisedAcronym(_ word: String) -> Bool {
    word.count >= Thresholds.minimumImprintCapitalLetters && word.allSatisfy { $0.isLetter && $0.isUppercase }
  }

  /// The publication date of the first JSON-LD object of one of `types` that has one.
  static func published(in objects: [[String: Any]], types: Set<String>, order: DateOrder) -> String? {
    objects.lazy.filter { !Set(JSONLD.types($0)).isDisjoint(with: types) }
      .compactMap { object in
        MetadataExtractor.publishedJSONKeys.lazy.compactMap {
          JSONLD.string(object[$0]).flatMap { MetadataExtractor.date($0, order: order) }
        }.first
      }.first
  }

  func extract(from page: Page) -> Metadata {
    var metadata = Metadata()
    // A written date in a meta tag ("12/03/2024") reads as the page's visible dates do.
    let order = DateOrder(page: page)
    let article = JSONLD.article(in: page.jsonLD)
    if let article {
      metadata.headline = JSONLD.string(article["headline"]) ?? JSONLD.string(article["name"])
      metadata.description = JSONLD.string(article["description"])
      metadata.publishedAt =
        MetadataExtractor.publishedJSONKeys.lazy.compactMap {
          JSONLD.string(article[$0]).flatMap { MetadataExtractor.date($0, order: order) }
        }.first
      metadata.modifiedAt = JSONLD.string(article["dateModified"]).flatMap { MetadataExtractor.date($0, order: order) }
      // `author` and `creator` often name the same person (Medium writes both).
      let graph = page.jsonLD
      for name in MetadataExtractor.names(article["author"], graph: graph)
        + MetadataExtractor.names(article["creator"], graph: graph)
      where !metadata.authors.contains(name) {
        metadata.authors.append(name)
      }
      metadata.authorOrganizations = MetadataExtractor.names(article["author"], organizations: true, graph: graph)
      metadata.accountAuthors = MetadataExtractor.accountNames(article["author"], graph: graph)
      metadata.siteName = JSONLD.string(article["publisher"])
      metadata.language = JSONLD.string(article["inLanguage"])
      if let url = JSONLD.string(article["image"], key: "url").flatMap(page.resolve) {
        let object = (article["image"] as? [String: Any]) ?? ((article["image"] as? [Any])?.first as? [String: Any])
        metadata.image = ArticleImage(
          src: url, width: Images.dimension(JSONLD.string(object?["width"])),
          height: Images.dimension(JSONLD.string(object?["height"])))
      }
    }
    if metadata.publishedAt == nil {
      // Yoast's `@graph` dates the `WebPage`, not the `Article`.
      metadata.publishedAt = MetadataExtractor.published(in: page.jsonLD, types: JSONLD.articleTypes, order: order)
    }
    metadata.commentCount = MetadataExtractor.commentCount(article: article, in: page.jsonLD)
    let meta = page.meta
    func first(_ keys: [String]) -> String? {
      for key in keys {
        if let value = meta[key].map(Text.decodeEntities).flatMap(Text.nonEmpty) { return value }
      }
      return nil
    }
    metadata.headline = metadata.headline ?? first(MetadataExtractor.titleKeys)
    metadata.description = metadata.description ?? first(MetadataExtractor.descriptionKeys)
    metadata.siteName =
      first(["og:site_name"]) ?? metadata.siteName ?? first(["application-name"])
      ?? page.jsonLD.first { JSONLD.types($0).contains("WebSite") }.flatMap { JSONLD.string($0["name"]) }
    metadata.publishedInMeta =
      MetadataExtractor.publishedKeys.lazy.compactMap { meta[$0].flatMap { MetadataExtractor.date($0, order: order) } }
      .first
    // A video page dates its `VideoObject`; on an article page the object is an embedded clip,
    // uploaded another day: the page's `<meta>` date comes first.
    metadata.publishedAt =
      metadata.publishedAt ?? metadata.publishedInMeta
      ?? MetadataExtractor.published(in: page.jsonLD, types: MetadataExtractor.datedTypes, order: order)
    if metadata.modifiedAt == nil {
      metadata.modifiedAt =
        MetadataExtractor.modifiedKeys.lazy.compactMap { meta[$0].flatMap { MetadataExtractor.date($0, order: order) } }
        .first
    }
    if metadata.authors.isEmpty {
      for key in MetadataExtractor.authorKeys {
        // "Jane Q. Roe (http://example.org/jroe/)": the name, without the home page after it.
        guard let value = meta[key].flatMap({ Text.nonEmpty(People.withoutParentheses($0)) }), !value.contains("://"),
          !value.hasPrefix("@")
        else {
          continue
        }
        // `<meta name=author>` repeating `DC.publisher` ("Wasser Illustrierte" on both) names the publisher.
        if let publisher = first(MetadataExtractor.publisherKeys), Text.clean(publisher) == Text.clean(value) {
          if metadata.authorOrganizations.isEmpty { metadata.authorOrganizations = [Text.clean(value)] }
          break
        }
        // `<meta name=author>` holding the organisation's imprint ("Example GmbH, Neustadt, Germany",
        // "example.de, Neustadt"): a name with its seat, no one's byline; another key may still
        // name the author.
        if MetadataExtractor.isImprint(Text.clean(value), siteName: metadata.siteName) { continue }
        let people = MetadataExtractor.withoutTrailingCountry(value)
        // `<meta name="DC.Creator">` once per author: each of them.
        let repeated = ["property", "name", "itemprop"].lazy.compactMap { page.metaLists[$0]?[key] }.first {
          $0.count > 1
        }
        let listed = (repeated ?? []).compactMap {
          Text.nonEmpty(Text.withoutMarkup(People.withoutParentheses($0)))
        }
        metadata.authors = listed.count > 1 ? listed : [Text.withoutMarkup(people)]
        break
      }
    }
    // Yoast's Twitter card: `twitter:label1` "Written by" / "Verfasst von", `twitter:data1` the name.
    if metadata.authors.isEmpty {
      for index in 1...VocabularyBylines.twitterLabelSlots {
        guard let label = meta["twitter:label\(index)"].map({ Text.clean($0).lowercased() }),
          VocabularyBylines.twitterAuthorLabels.contains(label),
          let value = meta["twitter:data\(index)"].map(Text.decodeEntities).flatMap(Text.nonEmpty)
        else { continue }
        metadata.authors = [Text.clean(value)]
        break
      }
    }
    // Each key on its own: an empty or unusable `og:image` falls through to the next one.
    if metadata.image == nil,
      let (key, src) = MetadataExtractor.imageKeys.lazy.compactMap({ key in
        page.resolve(meta[key]).map { (key, $0) }
      }).first
    {
      let openGraph = key.hasPrefix("og:")
      metadata.image = ArticleImage(
        src: src, alt: meta[openGraph ? "og:image:alt" : "twitter:image:alt"].flatMap(Text.nonEmpty),
        width: openGraph ? Images.dimension(meta["og:image:width"]) : nil,
        height: openGraph ? Images.dimension(meta["og:image:height"]) : nil)
    }
    let language =
      DateOrder.declaredLanguage(of: page) ?? metadata.language
    metadata.language = language.flatMap(MetadataExtractor.languageTag)
    return metadata
  }

  /// Types whose `commentCount` is the article's: the article types and forum posts.
  static let commentedTypes = JSONLD.articleTypes.union(["DiscussionForumPosting", "QAPage", "Question"])

  /// The article object's `commentCount`, else the first one of another commented object (a
  /// `WebPage` before the `Article` in Yoast's `@graph` has none, the Article has it).
  static func commentCount(article: [String: Any]?, in objects: [[String: Any]]) -> Int? {
    func count(_ object: [String: Any]) -> Int? {
      switch object["commentCount"] {
      // Through the number's text: `intValue` of 2^64 wraps to 0; a count out of range is none.
      case let number as NSNumber: return Int(number.stringValue).flatMap { $0 >= 0 ? $0 : nil }
      case let string as String: return Int(string.trimmingASCIIWhitespace()).flatMap { $0 >= 0 ? $0 : nil }
      default: return nil
      }
    }
    if let article, let value = count(article) { return value }
    return objects.lazy.filter { !Set(JSONLD.types($0)).isDisjoint(with: commentedTypes) }.compactMap(count).first
  }

  /// A date from structured data or a meta tag: ISO as given, or a written date.
  static func date(_ raw: String, order: DateOrder) -> String? {
    Dates.iso(raw) ?? order.find(in: raw)
  }

  /// "en_US" → "en-US", "EN" → "en"; nil for values that are not language tags.
  static func languageTag(_ raw: String) -> String? {
    let first = raw.split(separator: ",").first.map(String.init) ?? raw
    let parts = first.trimmingASCIIWhitespace().split(whereSeparator: { $0 == "_" || $0 == "-" })
    guard let language = parts.first, (2...3).contains(language.count),
      language.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return nil }
    var tag = language.lowercased()
    if parts.count > 1, let region = parts.last, region.count == 2, region.allSatisfy({ $0.isASCII && $0.isLetter }) {
      tag += "-" + region.uppercased()
    }
    return tag
  }

  /// JSON-LD types of an organization named as an author: a publisher, not a person.
  static let organizationTypes: Set<String> = [
    "Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization", "NGO", "EducationalOrganization",
    "LocalBusiness",
  ]

  /// Names of the JSON-LD authors that are person nodes of the page's `@graph`, referred to by
  /// their `@id` (with or without a `name` beside it).
  static func accountNames(_ value: Any?, graph: [[String: Any]]) -> [String] {
    switch value {
    case let object as [String: Any]:
      guard let id = object["@id"] as? String,
        let target = graph.first(where: { $0["@id"] as? String == id && $0["name"] != nil }),
        JSONLD.types(target).contains("Person")
      else { return [] }
      return JSONLD.string(object["name"]).map { [$0] } ?? JSONLD.string(target["name"]).map { [$0] } ?? []
    case let array as [Any]:
      return array.flatMap { accountNames($0, graph: graph) }
    default:
      return []
    }
  }

  /// Names out of a JSON-LD `author`: a string, a Person object, or a list of either; with
  /// `organizations`, only the `Organization` objects' names, else all others. A reference
  /// (`{"@id": "…/#/schema/person/…"}`, as Yoast's `@graph` writes it) is looked up in `graph`.
  static func names(_ value: Any?, organizations: Bool = false, graph: [[String: Any]] = []) -> [String] {
    switch value {
    case let string as String:
      guard !organizations, let name = Text.nonEmpty(Text.withoutMarkup(Text.decodeEntities(string))),
        !name.contains("://")
      else {
        return []
      }
      return [name]
    case var object as [String: Any]:
      if object["name"] == nil, let id = object["@id"] as? String,
        let target = graph.first(where: { $0["@id"] as? String == id && $0["name"] != nil })
      {
        object = target
      }
      let isOrganization = !Set(JSONLD.types(object)).isDisjoint(with: organizationTypes)
      guard isOrganization == organizations else { return [] }
      // A person whose `name` lists several people (`"name": ["<a …>Jane Doe</a>", "…"]`): each one.
      if let list = object["name"] as? [Any] {
        return list.compactMap { JSONLD.string($0).map(Text.withoutMarkup).flatMap(Text.nonEmpty) }
      }
      return JSONLD.string(object["name"]).map(Text.withoutMarkup).flatMap(Text.nonEmpty).map { [$0] } ?? []
    case let array as [Any]:
      return array.flatMap { names($0, organizations: organizations, graph: graph) }
    default:
      return []
    }
  }
}
