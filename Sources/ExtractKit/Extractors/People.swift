import Foundation

/// Names with credentials and roles: "Patty Weasler, RN", "Jane Doe, MD, PhD",
/// "John Smith, Staff Writer", "By A and B", "By A, B and C".
enum People {
  /// The longest plausible name.
  static let maximumNameChars = 60
  static let maximumNameWords = 5

  /// Splits one author string into people.
  static func parse(_ raw: String, url: String? = nil) -> [Person] {
    var text = withoutSocialHandles(Text.clean(withoutParentheses(openingCoauthors(raw))))
    text = stripPrefix(text)
    // "RATGEBER-Online-Experte Falk Ostermeyer": a role compound before the name is not part of it.
    let leading = text.split(separator: " ", maxSplits: 1)
    if leading.count == 2, leading[0].contains("-"),
      let role = leading[0].split(separator: "-").last?.lowercased(), VocabularyBylines.roleCompounds.contains(role)
    {
      text = String(leading[1])
    }
    text = withoutLeadingRole(text)
    // "Übersetzung Jana Roth", "Übersetzt von Jana Roth": a translation credit names no author.
    if let first = text.split(separator: " ").first,
      VocabularyBylines.translationCreditSet.contains(BylineExtractor.bareWord(first))
    {
      return []
    }
    // "Written by A Edited by B": each "… by" starts another name.
    let lowered = text.lowercased()
    if let range = lowered.range(of: " by "), lowered.distance(from: lowered.startIndex, to: range.lowerBound) > 0 {
      let head = String(text[..<range.lowerBound])
      var first = head.split(separator: " ")
      if let role = first.last, role.first?.isLetter == true { first.removeLast() }
      let tail = String(text[range.upperBound...])
      return parse(first.joined(separator: " "), url: url) + parse(tail)
    }
    // Commas separate names and credentials alike; "and"/"&" only names.
    var people: [Person] = []
    var afterRole = false
    for part in text.split(separator: ",").map({ Text.clean(String($0)) }) where !part.isEmpty {
      let words = part.split(separator: " ")
      if isCredentialList(words), !people.isEmpty {
        people[people.count - 1].credentials += words.map { String($0).trimmingScalars(in: TrimSets.comma) }
        continue
      }
      // A role is dropped ("Jane Doe, Staff Writer"). After it, only a part that a joiner opens
      // names another person ("…, Staff Writer, and Tom Berg, Contributing Editor"); any other
      // part is affiliation ("Senior Staff Technologist, ACLU").
      if words.contains(where: { Patterns.roleWords.contains($0.lowercased()) }) {
        afterRole = !people.isEmpty
        continue
      }
      if afterRole {
        guard let first = words.first, Patterns.nameJoiners.contains(first.lowercased()) else { break }
        afterRole = false
      }
      // "Vantreck, L.", "Molen, Aart van der": a library's surname-first form. The given names follow
      // the comma (initials only, or ending in a particle) and belong to the one-word name before it.
      if isInvertedGivenNames(words), let last = people.last, !last.name.contains(" "), last.credentials.isEmpty {
        let name = part + " " + last.name
        if isPlausibleName(name) { people[people.count - 1].name = name }
        continue
      }
      let joined = splitJoined(part)
      // "Landesamt für Wald und Wiesen": an "and" inside a name that is no person's
      // joins no people; its last word alone is not one.
      if joined.count > 1, joined.contains(where: { !isPlausibleName(stripHonorifics($0)) }) { continue }
      for name in joined {
        var words = name.split(separator: " ").map(String.init)
        var credentials: [String] = []
        // "Dr. Sebastian Drüssemann": a title before the name is a credential, not part of it.
        while words.count > 2, let first = words.first, VocabularyBylines.honorifics.contains(first.lowercased()) {
          credentials.append(first)
          words.removeFirst()
          // "Dr. med. Stefan Hartmann": the doctorate's field belongs to the title.
          while words.count > 2, let field = words.first,
            VocabularyBylines.honorificQualifiers.contains(field.lowercased())
          {
            credentials[credentials.count - 1] += " " + field
            words.removeFirst()
          }
        }
        // "Jane Doe MD" without a comma.
        while words.count > 2, let last = words.last, isCredential(last) {
          credentials.insert(last, at: 0)
          words.removeLast()
        }
        // "Story by Jane Doe. Illustrations by …": the sentence's full stop after a surname is not
        // part of it; an initial or a short suffix keeps its dot ("Jane Q.", "Tom Berg Jr."), and so
        // do a title, a credential and a generation's numeral ("Anna Berger Ing.", "John Smith III.").
        if words.count >= 2, let last = words.last, last.hasSuffix("."),
          last.dropLast().count >= Thresholds.minimumSurnameLettersBeforeStop,
          last.dropLast().allSatisfy(\.isLetter),
          !VocabularyBylines.honorifics.contains(last.lowercased()), !isCredential(last),
          !last.dropLast().allSatisfy({ "IVX".contains($0) })
        {
          words[words.count - 1] = String(last.dropLast())
        }
        let cleaned = words.joined(separator: " ")
        if isPlausibleName(cleaned) { people.append(Person(name: cleaned, credentials: credentials, url: url)) }
      }
    }
    return people
  }

  /// A name without the role or author label written before it, without a colon ("Redakteurin
  /// Lena Vogel", "Autor Lena Vogel", "Senior Editor Jane Doe", "la journaliste Claire Martin"
  /// after "Par"): role words (`Patterns.roleWords`), field labels ("Autor") and a lower-case
  /// article before a role, as long as two words of the name are left.
  static func withoutLeadingRole(_ text: String) -> String {
    let words = text.split(separator: " ")
    var index = 0
    func isRole(_ word: Substring) -> Bool {
      let lowered = word.lowercased()
      return Patterns.roleWords.contains(lowered) || VocabularyBylines.fieldLabelSet.contains(lowered)
    }
    // "Redaktion Hamburger Abendblatt", "News Corp Australia", "Team Lena Vogel": a staff or
    // organisation word among the leading words names an account, not a role before a person;
    // the text stays whole so the staff and organisation checks see it.
    func isAccount(_ word: Substring) -> Bool {
      let lowered = word.lowercased()
      return VocabularyBylines.staffWordSet.contains(lowered) || VocabularyBylines.organizationWordSet.contains(lowered)
    }
    while words.count - index > 2 {
      if isAccount(words[index]) || (index + 1 < words.count && isAccount(words[index + 1])) { return text }
      if isRole(words[index]) {
        index += 1
      } else if words.count - index > 3, words[index].first?.isLowercase == true,
        VocabularyBylines.determinerSet.contains(String(words[index])), isRole(words[index + 1])
      {
        index += 2
      } else {
        break
      }
    }
    return index == 0 ? text : words[index...].joined(separator: " ")
  }

  /// A comma list of names some of which are user handles ("jdoe, Ana Lima, Tom Berg" after
  /// "Posted by"): each part a lower-case handle or names `parse` reads; nil when any part is
  /// neither or a credential ("Ana Lima, PhD"), when no part is a handle, or without a comma.
  static func namesWithHandles(_ names: String) -> [Person]? {
    guard ByteSearch.contains(names, byte: UInt8(ascii: ",")) else { return nil }
    var people: [Person] = []
    var handles = 0
    for part in names.split(separator: ",").map({ Text.clean(String($0)) }) where !part.isEmpty {
      guard !isCredentialList(part.split(separator: " ")) else { return nil }
      if part.first?.isLowercase == true, isHandle(part) {
        people.append(Person(name: part))
        handles += 1
        continue
      }
      let parsed = parse(part)
      guard !parsed.isEmpty, parsed.allSatisfy({ $0.credentials.isEmpty }) else { return nil }
      people += parsed
    }
    return handles > 0 && people.count >= Thresholds.minimumHandleListPeople ? people : nil
  }

  /// The given names of a surname-first name ("F.", "J. R.", "Aart van der"): initials only, or
  /// capitalised words ending in particles.
  static func isInvertedGivenNames(_ words: [Substring]) -> Bool {
    guard !words.isEmpty else { return false }
    if words.allSatisfy(isInitial) { return true }
    // "Aart van der": capitalised given names, then one particle or more.
    let given = words.prefix { !particles.contains(String($0)) }
    return !given.isEmpty && given.count < words.count && given.allSatisfy { $0.first?.isUppercase == true }
      && words[given.count...].allSatisfy { particles.contains(String($0)) }
  }

  /// A name without the titles before it ("Dr. Jane Doe" → "Jane Doe"), as `parse` reads it.
  static func stripHonorifics(_ name: String) -> String {
    var words = name.split(separator: " ")
    while words.count > 2, let first = words.first, VocabularyBylines.honorifics.contains(first.lowercased()) {
      words.removeFirst()
      // "Dr. med. Stefan Hartmann": a doctorate's field only after its title, as `parse` reads it.
      while words.count > 2, let field = words.first, VocabularyBylines.honorificQualifiers.contains(field.lowercased())
      {
        words.removeFirst()
      }
    }
    return words.joined(separator: " ")
  }

  /// "F.", "J.R.": one capital letter and a dot, once or more.
  static func isInitial(_ word: Substring) -> Bool {
    let characters = Array(word)
    guard characters.count >= 2, characters.count % 2 == 0 else { return false }
    return stride(from: 0, to: characters.count, by: 2).allSatisfy {
      characters[$0].isUppercase && characters[$0 + 1] == "."
    }
  }

  /// A user handle named after an explicit "by" ("quirlo", "n0va7", "www.example.com"):
  /// one word of letters, digits and ".-_", not a role or a label.
  static func isHandle(_ text: String, allowingGlued: Bool = false) -> Bool {
    guard (2...VocabularyBylines.maximumHandleChars).contains(text.count), !text.contains("://"),
      !text.contains("@"), text.contains(where: \.isLetter),
      text.allSatisfy({ $0.isLetterOrNumber || $0 == "." || $0 == "-" || $0 == "_" })
    else { return false }
    let lowered = text.lowercased()
    // "by the river": an article is never a handle.
    return !Patterns.roleWords.contains(lowered) && !VocabularyBylines.labelWords.contains(lowered)
      && !VocabularyBylines.determinerSet.contains(lowered) && (allowingGlued || !isGlued(text))
  }

  /// Text glued from several elements or words ("Jane RoeProfileFollowUnfollow",
  /// "AQuietSongAtTheHarbour"): lower-to-upper changes twice or more within one word.
  static func isGlued(_ word: some StringProtocol) -> Bool {
    // An ASCII word read from its bytes: each is a character, cased only when a letter.
    let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      var changes = 0
      var previousLower = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte >= 0x41 && byte <= 0x5A && previousLower { changes += 1 }
        previousLower = byte >= 0x61 && byte <= 0x7A
      }
      return changes >= 2
    }
    if let ascii, let answer = ascii { return answer }
    var changes = 0
    var previousLower = false
    for character in word {
      if character.isUppercase && previousLower { changes += 1 }
      previousLower = character.isLowercase
    }
    return changes >= 2
  }

  /// "Jeanne Dupont (avec Paul Martin et Claire Roux)": a parenthesis opening with a "with"-word
  /// whose rest is only full names (two words or more each) names co-authors, and becomes another
  /// comma part; any other aside ("(with AP)", "(Reuters)") is left to `withoutParentheses`.
  static func openingCoauthors(_ text: String) -> String {
    guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return text }
    let inner = text[text.index(after: open)..<close].split(separator: " ")
    guard let opener = inner.first, VocabularyBylines.coauthorOpenerSet.contains(opener.lowercased()) else {
      return text
    }
    let names = inner.dropFirst().joined(separator: " ")
    let people = splitJoined(names)
    guard !people.isEmpty,
      people.allSatisfy({ $0.split(separator: " ").count >= 2 && isPlausibleName($0) })
    else { return text }
    return String(text[..<open]) + ", " + names + String(text[text.index(after: close)...])
  }

  /// Drops "(…)" asides: "Jane Q. Roe (http://example.org/jroe/)", "Jane Doe (Reuters)"; with
  /// `drops`, only the asides whose inside it picks (a title's "(51873)"). A nested parenthesis
  /// goes with the one around it, an unclosed one runs to the end, a stray ")" is an empty aside.
  /// Drops "@handle" words beside a name: a news byline links the writer's social account after
  /// the name ("By Jane Roe @janeroe", "Jane Roe · @janeroe"). A name holds no "@" word; a line
  /// of handles only is left as it is.
  static func withoutSocialHandles(_ text: String) -> String {
    guard ByteSearch.contains(text, byte: UInt8(ascii: "@")) else { return text }
    let words = text.split(separator: " ")
    let kept = words.filter { !($0.first == "@" && $0.count > 1) }
    guard !kept.isEmpty, kept.count < words.count else { return text }
    return kept.joined(separator: " ")
  }

  static func withoutParentheses(_ text: String, dropping drops: (Substring) -> Bool = { _ in true }) -> String {
    guard ByteSearch.contains(text, byte: UInt8(ascii: "(")) else { return text }
    var output = ""
    var depth = 0
    var open = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "(" {
        if depth == 0 { open = index }
        depth += 1
      } else if character == ")" {
        if depth == 0 {
          if !drops(text[index..<index]) { output.append(character) }
        } else {
          depth -= 1
          if depth == 0 && !drops(text[text.index(after: open)..<index]) { output += text[open...index] }
        }
      } else if depth == 0 {
        output.append(character)
      }
      index = text.index(after: index)
    }
    if depth > 0 && !drops(text[text.index(after: open)...]) { output += text[open...] }
    return output
  }

  static func stripPrefix(_ text: String) -> String {
    switch asciiPrefixLength(text) {
    case .some(.some(let length)): return Text.clean(String(text.dropFirst(length + 1)))
    case .some(.none): return text
    case .none: break
    }
    // The prefixes are ASCII: a text opening with another character opens with none, unless
    // lower-casing makes it ASCII ("İ" and the Kelvin sign are the only such scalars).
    if bylinePrefixesAreASCII, let scalar = text.unicodeScalars.first, scalar.value >= 0x80, scalar.value != 0x130,
      scalar.value != 0x212A
    {
      return text
    }
    let lowered = text.lowercased()
    guard let first = lowered.first else { return text }
    // The prefix, then a space or a colon: tested without building "prefix " and "prefix:" for
    // each of the table's words. `hasPrefix` compares Characters, so only a prefix opening with
    // the text's first one (no prefix is empty) is compared.
    for prefix in Patterns.bylinePrefixes where prefix.first == first && lowered.hasPrefix(prefix) {
      let next = lowered.dropFirst(prefix.count).first
      if next == " " || next == ":" { return Text.clean(String(text.dropFirst(prefix.count + 1))) }
    }
    return text
  }

  /// `Patterns.bylinePrefixes` as bytes, in order, and whether they are all ASCII.
  private static let asciiBylinePrefixes: [[UInt8]] = Patterns.bylinePrefixes.map { Array($0.utf8) }
  private static let bylinePrefixesAreASCII = asciiBylinePrefixes.allSatisfy { $0.allSatisfy { $0 < 0x80 } }

  /// `stripPrefix`'s decision from the text's opening bytes: the length of the prefix to drop
  /// (with the space or colon after it), `.some(nil)` for none, nil when a non-ASCII byte comes
  /// before some prefix is decided (the Strings then decide: lower-casing may change its length,
  /// a mark may join the character before). An ASCII byte followed by an ASCII byte (or the
  /// end) is a character of its own, so the bytes read so far are the lowered text's characters.
  private static func asciiPrefixLength(_ text: String) -> Int?? {
    guard bylinePrefixesAreASCII else { return nil }
    var text = text
    return text.withUTF8 { bytes -> Int?? in
      for prefix in asciiBylinePrefixes {
        var index = 0
        while index < prefix.count {
          guard index < bytes.count else { break }  // the text ends inside the prefix: no match
          guard bytes[index] < 0x80 else { return nil }
          guard ByteSearch.lower(bytes[index]) == prefix[index] else { break }
          index += 1
        }
        guard index == prefix.count, index < bytes.count else { continue }
        // The character after the prefix, when it stands alone.
        let next = bytes[index]
        guard next < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 else { return nil }
        if next == 0x20 || next == 0x3A { return .some(prefix.count) }
      }
      return .some(nil)
    }
  }

  private static func splitJoined(_ part: String) -> [String] {
    var names: [String] = []
    var current: [Substring] = []
    for word in part.split(separator: " ") {
      if Patterns.nameJoiners.contains(word.lowercased()) {
        if !current.isEmpty { names.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(word)
      }
    }
    if !current.isEmpty { names.append(current.joined(separator: " ")) }
    return names
  }

  static func isCredential(_ word: some StringProtocol) -> Bool {
    let key = word.uppercased().filter { $0 != "." && $0 != "," }
    return Patterns.credentials.contains(key)
  }

  static func isCredentialList(_ words: [Substring]) -> Bool {
    !words.isEmpty && words.allSatisfy { isCredential($0) }
  }

  /// Name particles that start lower-case ("Ludwig van Beethoven", "Maria de la Cruz"). Not
  /// Swedish "af"/"av": as particles they made a whole "Skrivet av Anna" line one name.
  static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "bin", "al", "ter", "ten",
  ]

  static func isPlausibleName(_ name: String) -> Bool {
    guard !name.isEmpty, name.count <= maximumNameChars, !name.contains("://"), !name.contains("@") else {
      return false
    }
    let words = name.split(separator: " ")
    guard (1...maximumNameWords).contains(words.count) else { return false }
    // "Von", "Posted", "Donnerstag": byline labels, not names.
    if words.count == 1, VocabularyBylines.labelWords.contains(name.lowercased()) { return false }
    // "Post author", "Posted Jane": a label first in a two-word "name".
    if words.count == 2, VocabularyBylines.labelWords.contains(words[0].lowercased()) { return false }
    if containsNumber(name) { return false }
    // "Kommentare", "No Comments": a comment count's words in byline markup, not a name.
    if words.contains(where: { VocabularyComments.titleWords.contains($0.lowercased()) }) { return false }
    // Text glued from several elements ("Jane RoeProfileFollowUnfollow") is not a name.
    if words.contains(where: isGlued) { return false }
    guard let first = words.first?.first, startsName(first) else { return false }
    return words.allSatisfy { word in
      guard let initial = word.first else { return false }
      return startsName(initial) || particles.contains(word.lowercased()) || !initial.isLetter
    }
  }

  /// `text.contains(where: \.isNumber)`, over the bytes when the text is ASCII (where only the
  /// digits are numbers).
  static func containsNumber(_ text: String) -> Bool {
    var text = text
    let ascii = text.withUTF8 { bytes -> Bool? in
      var digit = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte >= 0x30 && byte <= 0x39 { digit = true }
      }
      return digit
    }
    return ascii ?? text.contains(where: { $0.isNumber })
  }

  /// A name some of whose words a site writes lower-case ("Rafiq anwar" in its byline and its
  /// JSON-LD): two to `maximumLowercaseNameWords` words of letters, the first capitalised.
  static func isNameWithLowercaseWords(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard (2...maximumLowercaseNameWords).contains(words.count), let first = words.first?.first, startsName(first),
      words.allSatisfy({ word in
        word.allSatisfy(\.isLetter) && !VocabularyBylines.labelWords.contains(word.lowercased())
      })
    else { return false }
    return true
  }
  /// A structured name shown with lower-case words has at most this many (given name and surname, a middle name).
  static let maximumLowercaseNameWords = 3

  /// Upper-case, or a letter of a script without case (CJK, Arabic, Hebrew …).
  private static func startsName(_ character: Character) -> Bool {
    character.isUppercase || (character.isLetter && !character.isLowercase)
  }

  /// "Patty Weasler, RN" → ("Patty Weasler", ["RN"]).
  static func nameAndCredentials(_ raw: String) -> (name: String, credentials: [String]) {
    let cleaned = Text.clean(raw)
    // An ASCII text split at its comma bytes (each byte a character); any other by characters.
    let pieces =
      cleaned.utf8.withContiguousStorageIfAvailable({ ByteSearch.isASCII($0) }) == true
      ? cleaned.utf8.split(separator: 0x2C).map { Substring($0) } : cleaned.split(separator: ",")
    let parts = pieces.map { Text.clean(String($0)) }
    guard let name = parts.first else { return ("", []) }
    var credentials: [String] = []
    for part in parts.dropFirst() {
      let words = part.split(separator: " ")
      if isCredentialList(words) { credentials += words.map(String.init) }
    }
    return (name, credentials)
  }
}
