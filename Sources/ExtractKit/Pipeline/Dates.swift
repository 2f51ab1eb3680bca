import Foundation

/// Dates as pages write them, to ISO 8601. Hand-written: Foundation's date formatters are
/// slow to create and each handles one pattern and one locale.
enum Dates {
  /// An ISO 8601 date or date-time ("2019-08-13", "2019-08-13T09:00:00-04:00", "2019-08-13 09:00"),
  /// returned as given when well formed ("T" normalised), else nil.
  static func iso(_ raw: String) -> String? {
    let text = Text.clean(raw)
    let scalars = Array(text.utf8)
    guard scalars.count >= 10, let year = number(scalars, 0, 4),
      scalars[4] == UInt8(ascii: "-") || scalars[4] == UInt8(ascii: "/"),
      let month = number(scalars, 5, 2), scalars[7] == scalars[4], let day = number(scalars, 8, 2),
      valid(year: year, month: month, day: day)
    else { return nil }
    let date = format(year: year, month: month, day: day)
    guard scalars.count > 10, scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: " ") else { return date }
    // Keep the time when it is a real one: HH:MM[:SS[.fff]] and an optional zone.
    var index = 11
    guard let hour = number(scalars, index, 2), hour < 24, scalars.count > index + 4,
      scalars[index + 2] == UInt8(ascii: ":"), let minute = number(scalars, index + 3, 2), minute < 60
    else { return date }
    index += 5
    var time = String(format2(hour)) + ":" + format2(minute)
    if scalars.count >= index + 3, scalars[index] == UInt8(ascii: ":"), let second = number(scalars, index + 1, 2),
      second < 61
    {
      time += ":" + format2(second)
      index += 3
      if index < scalars.count, scalars[index] == UInt8(ascii: ".") {
        var end = index + 1
        while end < scalars.count, scalars[end] >= 0x30, scalars[end] <= 0x39 { end += 1 }
        time += String(decoding: scalars[index..<end], as: UTF8.self)
        index = end
      }
    } else {
      time += ":00"
    }
    var zone = ""
    if index < scalars.count {
      if scalars[index] == UInt8(ascii: "Z") {
        zone = "Z"
      } else if scalars[index] == UInt8(ascii: "+") || scalars[index] == UInt8(ascii: "-"),
        let zoneHour = number(scalars, index + 1, 2)
      {
        var zoneMinute = 0
        if let minutes = number(scalars, index + 4, 2), scalars[index + 3] == UInt8(ascii: ":") {
          zoneMinute = minutes
        } else if let minutes = number(scalars, index + 3, 2) {
          zoneMinute = minutes
        }
        zone = String(Character(Unicode.Scalar(scalars[index]))) + format2(zoneHour) + ":" + format2(zoneMinute)
      }
    }
    return date + "T" + time + zone
  }

  /// A date written in words or digits anywhere in `raw`: "August 13, 2019", "13 August 2019",
  /// "Aug. 13th, 2019", "13. März 2019", "13 de agosto de 2019", "2019-08-13", "13.08.2019",
  /// "08/13/2019" (month first when the first number cannot be a day's month … ambiguous
  /// slashes are read month first, as US pages write them). Two-digit years with slashes
  /// ("10/17/23", Squarespace): when a number over 12 decides the order, or when `monthFirst`
  /// (the page is en-US); with dots ("23.09.22", German CMSs) day first. With `dayFirst` (the
  /// page's language writes dates day first, see `VocabularyDates.isDayFirst`) ambiguous slashes
  /// are read day first ("05/06/2019" is the 5th of June). Returns "YYYY-MM-DD" or an ISO date-time.
  static func find(in raw: String, monthFirst: Bool = false, dayFirst: Bool = false) -> String? {
    // Every date read has two numbers and a year, and numbers are ASCII digits: most texts
    // asked have fewer ("12 comments", "Page 2 of 5").
    guard mayHoldDate(raw) else { return nil }
    let tokens = tokenize(raw)
    for (index, token) in tokens.enumerated() {
      switch token {
      case .word(let known, let word):
        guard let month = known >= 0 ? (known > 0 ? known : nil) : Patterns.months[word] else { continue }
        // Month Day, Year
        if index + 2 < tokens.count, case .number(let day, _) = tokens[index + 1],
          case .number(let year, let digits) = tokens[index + 2],
          digits == 4, valid(year: year, month: month, day: day)
        {
          return format(year: year, month: month, day: day)
        }
        // Month Year, with the day before: Day Month Year
        if index >= 1, index + 1 < tokens.count, case .number(let day, _) = tokens[index - 1],
          case .number(let year, let digits) = tokens[index + 1], digits == 4, valid(year: year, month: month, day: day)
        {
          return format(year: year, month: month, day: day)
        }
      case .number(let first, let digits):
        // "2019年10月19日", "2019년 10월 19일": each number followed by its marker.
        if digits == 4, index + 4 < tokens.count, case .word(_, let yearMark) = tokens[index + 1],
          case .number(let month, _) = tokens[index + 2], case .word(_, let monthMark) = tokens[index + 3],
          case .number(let day, _) = tokens[index + 4],
          VocabularyDates.ideographicMarkers.contains(where: { $0.year == yearMark && $0.month == monthMark }),
          valid(year: first, month: month, day: day)
        {
          return format(year: first, month: month, day: day)
        }
        if digits == 4, index + 2 < tokens.count, case .number(let month, _) = tokens[index + 1],
          case .number(let day, _) = tokens[index + 2], valid(year: first, month: month, day: day)
        {
          return iso(raw.isoCandidate(from: first)) ?? format(year: first, month: month, day: day)
        }
        if digits <= 2, index + 2 < tokens.count, case .number(let second, let secondDigits) = tokens[index + 1],
          secondDigits <= 2, case .number(let year, let yearDigits) = tokens[index + 2], yearDigits == 4
        {
          // 13.08.2019 (day first, as Europe writes it) vs 08/13/2019 (US): a number over 12 decides.
          if first > 12, valid(year: year, month: second, day: first) {
            return format(year: year, month: second, day: first)
          }
          if second > 12, valid(year: year, month: first, day: second) {
            return format(year: year, month: first, day: second)
          }
          let readDayFirst = raw.contains(".") || (dayFirst && !monthFirst)
          let (month, day) = readDayFirst ? (second, first) : (first, second)
          if valid(year: year, month: month, day: day) { return format(year: year, month: month, day: day) }
        }
        if digits <= 2, index + 2 < tokens.count, case .number(let second, let secondDigits) = tokens[index + 1],
          secondDigits <= 2, case .number(let shortYear, let yearDigits) = tokens[index + 2], yearDigits == 2,
          raw.contains("/") || raw.contains(".")
        {
          let year = 2000 + shortYear
          // Dotted dates are day first wherever they are written ("23.09.22").
          if (dayFirst && !monthFirst) || !raw.contains("/"), valid(year: year, month: second, day: first) {
            return format(year: year, month: second, day: first)
          }
          if second > 12 || (monthFirst && first <= 12), valid(year: year, month: first, day: second) {
            return format(year: year, month: first, day: second)
          }
          if first > 12, valid(year: year, month: second, day: first) {
            return format(year: year, month: second, day: first)
          }
        }
      }
    }
    return nil
  }

  private enum Token {
    /// A word, lower-cased, and its month number when known (0: no month; -1: not yet looked up).
    /// A word read from ASCII bytes is looked up there and kept as "" (no ideographic marker is ASCII).
    case word(month: Int, text: String)
    case number(Int, digits: Int)
  }

  /// Whether `text` names a span of days: `(day)(sep)(day) (month) (year)` ("9-23 Feb 2017",
  /// "vom 5. bis 19. März 2018", "del 9 al 23 de mayo de 2017") or `(month) (day)(sep)(day),
  /// (year)` ("March 3–5, 2021"), `sep` a dash or one of `VocabularyDates.rangeWordSet`. Asked
  /// only of the few date lines by the title: read by Characters.
  static func holdsDayRange(_ text: String) -> Bool {
    enum Piece: Equatable {
      /// A run of digits, and whether it is glued to a digit group before it ("2017-02", "23.02").
      case number(digits: Int, glued: Bool)
      case word(String)
      case dash
    }
    var pieces: [Piece] = []
    var word = ""
    var digits = 0
    var glued = false
    // The two characters before the current one.
    var previous: Character = " "
    var beforePrevious: Character = " "
    func flush() {
      if digits > 0 { pieces.append(.number(digits: digits, glued: glued)) }
      if !word.isEmpty { pieces.append(.word(word)) }
      digits = 0
      word = ""
    }
    for character in text {
      if character.isASCIIDigit {
        if digits == 0 {
          flush()
          glued = "./-".contains(previous) && beforePrevious.isASCIIDigit
        }
        digits += 1
      } else if character.isLetterASCIIFirst {
        if digits > 0 { flush() }
        word.append(contentsOf: character.lowercased())
      } else {
        flush()
        if character == "-" || character == "\u{2013}" || character == "\u{2014}" { pieces.append(.dash) }
      }
      beforePrevious = previous
      previous = character
    }
    flush()
    // The first day stands alone ("9-23"), not inside a numeric date ("2017-02-23").
    func isDay(_ piece: Piece, first: Bool = false) -> Bool {
      if case .number(let count, let glued) = piece { return count <= 2 && !(first && glued) }
      return false
    }
    func isYear(_ piece: Piece) -> Bool {
      if case .number(let count, _) = piece { return count == 4 }
      return false
    }
    func isSeparator(_ piece: Piece) -> Bool {
      if case .word(let value) = piece { return VocabularyDates.rangeWordSet.contains(value) }
      return piece == .dash
    }
    func isWord(_ piece: Piece) -> Bool {
      if case .word = piece { return true }
      return false
    }
    func isShortWord(_ piece: Piece) -> Bool {
      if case .word(let value) = piece { return value.count <= 3 }
      return false
    }
    for start in pieces.indices {
      // (day)(sep)(day) [short word] (month) [short word] (year)
      if start + 4 < pieces.count, isDay(pieces[start], first: true), isSeparator(pieces[start + 1]),
        isDay(pieces[start + 2])
      {
        var index = start + 3
        if index + 2 < pieces.count, isShortWord(pieces[index]), isWord(pieces[index + 1]) { index += 1 }
        if isWord(pieces[index]) {
          index += 1
          if index + 1 < pieces.count, isShortWord(pieces[index]) { index += 1 }
          if index < pieces.count, isYear(pieces[index]) { return true }
        }
      }
      // (month) (day)(sep)(day)[ordinal] (year)
      if start + 4 < pieces.count, isWord(pieces[start]), isDay(pieces[start + 1], first: true),
        isSeparator(pieces[start + 2]),
        isDay(pieces[start + 3])
      {
        var index = start + 4
        if index + 1 < pieces.count, case .word(let suffix) = pieces[index], ["st", "nd", "rd", "th"].contains(suffix) {
          index += 1
        }
        if isYear(pieces[index]) { return true }
      }
    }
    return false
  }

  /// Whether `raw` may hold a date `find` reads: every form has two numbers (runs of ASCII
  /// digits; a number token is one, or part of one when a mark joins its last digit) and a
  /// four-digit year, or a two-digit one after a slash or a dot.
  static func mayHoldDate(_ raw: String) -> Bool {
    var raw = raw
    return raw.withUTF8 { bytes in
      var runs = 0
      var run = 0
      var longest = 0
      var slashOrDot = false
      for byte in bytes {
        if byte >= 0x30 && byte <= 0x39 {
          if run == 0 { runs += 1 }
          run += 1
          if run > longest { longest = run }
          continue
        }
        run = 0
        if byte == 0x2F || byte == 0x2E { slashOrDot = true }
      }
      return runs >= 2 && (longest >= 4 || slashOrDot)
    }
  }

  /// The month names and abbreviations of `Patterns.months` written in ASCII, by length and first
  /// byte: an ASCII word is looked up from its bytes, without a String made and hashed.
  private struct ASCIIMonths: Sendable {
    /// `(bytes, month)` of the names with length `l` and first byte `b` at `buckets[l * 128 + b]`.
    let buckets: [[([UInt8], Int)]]
    /// The longest name's length: a longer word names no month.
    let longest: Int
    /// The most bytes a word is lower-cased into (`SIMD32`).
    static let capacity = 32
    /// What `month` answers for a weekday: the word is read past, as the ignored words are.
    static let weekday = -1
    static let shared = ASCIIMonths()

    private init() {
      // Weekdays are looked up in the same table, as `weekday`.
      let words =
        Patterns.months.map { (Array($0.key.utf8), $0.value) }
        + VocabularyDates.weekdaySet.filter { Patterns.months[$0] == nil }.map { (Array($0.utf8), ASCIIMonths.weekday) }
      let names = words.filter { !$0.0.isEmpty && $0.0.allSatisfy { $0 < 0x80 } }
      longest = names.map(\.0.count).max() ?? 0
      precondition(longest <= ASCIIMonths.capacity, "ASCIIMonths: a month name longer than the buffer")
      var buckets = [[([UInt8], Int)]](repeating: [], count: (longest + 1) * 128)
      for (bytes, month) in names { buckets[bytes.count * 128 + Int(bytes[0])].append((bytes, month)) }
      self.buckets = buckets
    }

    /// The month a lower-cased ASCII word names, 0 for none, `weekday` for a weekday.
    func month(_ word: UnsafeBufferPointer<UInt8>) -> Int {
      guard word.count <= longest, let first = word.first else { return 0 }
      for (bytes, month) in buckets[word.count * 128 + Int(first)] where bytes.elementsEqual(word) { return month }
      return 0
    }
  }

  /// `ignoredWords` as bytes, for the ASCII tokenizer.
  private static let ignoredASCIIWords: [[UInt8]] = ignoredWords.map { Array($0.utf8) }.filter {
    $0.allSatisfy { $0 < 0x80 } && $0.count <= ASCIIMonths.capacity
  }

  /// Words not read as month names: "13th", "1st": the suffix is not a word of its own;
  /// "1º", "1ª" (Italian, Spanish, Portuguese ordinal indicators) likewise.
  private static let ignoredWords = ["st", "nd", "rd", "th", "er", "de", "del", "of", "am", "le", "el", "o", "º", "ª"]

  /// Runs of ASCII digits and of letters, lower-cased, up to the 401st token. A number written
  /// onto a word ("Rosalie7 am 14.06.2019", "mp3") is no part of a date: it is left out.
  private static func tokenize(_ raw: String) -> [Token] {
    let ascii = raw.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 < 0x80 } ? tokenizeASCII(bytes) : nil
    }
    if let ascii, let tokens = ascii { return tokens }
    return tokenizeCharacters(raw)
  }

  /// `tokenizeCharacters` over ASCII bytes, where each byte is a character (or "\r\n" two
  /// that are neither digit nor letter): Character by Character it was a hot spot.
  private static func tokenizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    var start = -1  // the current run's first byte, -1 between runs
    var isNumber = false
    var glued = false  // the current run is digits right after letters
    func flush(_ end: Int) {
      guard start >= 0 else { return }
      let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
      start = -1
      if isNumber {
        guard !glued else { return }
        var value = 0
        for byte in run {
          let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
          let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - 0x30))
          guard !overflowTimes && !overflowSum else { return }  // as `Int(_:)` gives nil
          value = sum
        }
        tokens.append(.number(value, digits: run.count))
      } else {
        // Lower-cased in a small buffer (a longer word is no month and no ignored word).
        var lowered = SIMD32<UInt8>()
        let count = run.count
        if count <= ASCIIMonths.capacity {
          for offset in 0..<count { lowered[offset] = ByteSearch.lower(run[offset]) }
        }
        let month = withUnsafeBytes(of: &lowered) { raw -> Int? in
          guard count <= ASCIIMonths.capacity else { return 0 }
          let word = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
          if ignoredASCIIWords.contains(where: { $0.elementsEqual(word) }) { return nil }
          let month = ASCIIMonths.shared.month(word)
          return month == ASCIIMonths.weekday ? nil : month
        }
        if let month { tokens.append(.word(month: month, text: "")) }
      }
    }
    for index in 0..<bytes.count {
      let byte = bytes[index]
      let digit = byte >= 0x30 && byte <= 0x39
      let folded = byte | 0x20
      if digit || (folded >= 0x61 && folded <= 0x7A) {
        if start >= 0 && digit != isNumber {
          flush(index)
          glued = digit
        } else if start < 0 {
          glued = false
        }
        if start < 0 { start = index }
        isNumber = digit
      } else {
        flush(index)
      }
      if tokens.count > 400 {
        flush(index + 1)
        return tokens
      }
    }
    flush(bytes.count)
    return tokens
  }

  private static func tokenizeCharacters(_ raw: String) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var isNumber = false
    var glued = false  // the current run is digits right after letters
    func flush() {
      guard !current.isEmpty else { return }
      if isNumber {
        if !glued, let value = Int(current) { tokens.append(.number(value, digits: current.count)) }
      } else {
        let word = current.lowercased()
        if !ignoredWords.contains(word) && !VocabularyDates.weekdaySet.contains(word) {
          tokens.append(.word(month: -1, text: word))
        }
      }
      current = ""
    }
    for character in raw {
      let digit = character.isASCIIDigit
      // Scripts written without spaces ("发布于2016年10月14日"): an ideograph is a word of its own,
      // and a number written onto one is still a number.
      if character.unicodeScalars.first.map(isIdeographic) == true {
        flush()
        tokens.append(.word(month: -1, text: String(character)))
        continue
      }
      if digit || character.isLetterASCIIFirst {
        if !current.isEmpty && digit != isNumber {
          flush()
          glued = digit
        } else if current.isEmpty {
          glued = false
        }
        isNumber = digit
        current.append(character)
      } else {
        flush()
      }
      if tokens.count > 400 { break }  // a date sits near the start of whatever holds it
    }
    flush()
    return tokens
  }

  /// CJK ideographs, kana and Hangul syllables (the blocks dates are written in there).
  private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF: return true
    default: return false
    }
  }

  static func valid(year: Int, month: Int, day: Int) -> Bool {
    guard (1990...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
    let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  static func format(year: Int, month: Int, day: Int) -> String {
    String(year) + "-" + format2(month) + "-" + format2(day)
  }

  private static func format2(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }

  fileprivate static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
    guard start >= 0, start + count <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[start..<(start + count)] {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}

extension String {
  /// The substring starting at the first occurrence of a four-digit year, for ISO re-parsing.
  fileprivate func isoCandidate(from year: Int) -> String {
    guard let range = range(of: String(year)) else { return self }
    return String(self[range.lowerBound...])
  }
}

extension Dates {
  /// Days since 1970-01-01 of the date an ISO string starts with, for comparing dates by day.
  static func dayNumber(_ iso: String) -> Int? {
    let bytes = Array(iso.utf8.prefix(10))
    guard bytes.count == 10, let year = number(bytes, 0, 4), let month = number(bytes, 5, 2),
      let day = number(bytes, 8, 2), valid(year: year, month: month, day: day)
    else { return nil }
    // Days from civil (proleptic Gregorian), shifted so March starts the year.
    let shifted = month <= 2 ? year - 1 : year
    let era = shifted / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Whether an ISO date-time is in UTC ("…Z", "…+00:00"): its day may be the page's local
  /// day plus or minus one.
  static func isUTC(_ iso: String) -> Bool {
    iso.count > 10 && (iso.hasSuffix("Z") || iso.hasSuffix("+00:00") || iso.hasSuffix("-00:00"))
  }

  /// A date in a URL's path: "/2019/08/13/", "/2019-08-13-title", "/20190813-title".
  static func inURL(_ url: String) -> String? {
    var path = Substring(url)
    if let scheme = url.range(of: "://") {
      let rest = url[scheme.upperBound...]
      guard let slash = rest.firstIndex(of: "/") else { return nil }
      path = rest[slash...]
    }
    if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
    let bytes = Array(path.utf8)
    func isDigit(_ index: Int) -> Bool {
      index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
    }
    let separators: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_")]
    var index = 0
    while index + 8 <= bytes.count {
      defer { index += 1 }
      guard isDigit(index), !isDigit(index - 1), let year = number(bytes, index, 4) else { continue }
      // YYYY/MM/DD with one separator kind
      if index + 10 <= bytes.count, separators.contains(bytes[index + 4]), bytes[index + 7] == bytes[index + 4],
        let month = number(bytes, index + 5, 2), let day = number(bytes, index + 8, 2), !isDigit(index + 10),
        valid(year: year, month: month, day: day)
      {
        return format(year: year, month: month, day: day)
      }
      // YYYYMMDD as a whole run of digits
      if let month = number(bytes, index + 4, 2), let day = number(bytes, index + 6, 2), !isDigit(index + 8),
        valid(year: year, month: month, day: day)
      {
        return format(year: year, month: month, day: day)
      }
    }
    return nil
  }
}
