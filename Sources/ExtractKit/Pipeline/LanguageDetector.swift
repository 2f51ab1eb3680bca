import CExtTextCat
import Foundation

/// The language of the article text: the script for Chinese, Japanese and Korean (n-gram
/// profiles do poorly there), else libexttextcat's n-gram guess, Ukrainian and Russian then
/// told apart by their own letters. `language(declared:text:)` keeps what the page says
/// unless a confident guess from enough text contradicts it.
enum LanguageDetector {
  /// The classifier: loaded once, used under a lock (its buffers are per handle).
  private final class Classifier: @unchecked Sendable {
    let lock = NSLock()
    let handle: UnsafeMutableRawPointer?

    init() {
      let configuration = Classifier.configuration()
      // The file is read by the initialisation (the fingerprints are then in memory): removed after it.
      defer { if let configuration { try? FileManager.default.removeItem(atPath: configuration) } }
      handle =
        configuration.flatMap { special_textcat_Init($0, Languages.fingerprintFolder) }
        ?? special_textcat_Init(
          Languages.fingerprintFolder + Languages.fingerprintConfiguration, Languages.fingerprintFolder)
    }

    /// A configuration file naming `Languages.fingerprints` (libexttextcat reads its list from
    /// a file), written once per process to the temporary folder; nil when it cannot be.
    private static func configuration() -> String? {
      let lines = Languages.fingerprints.compactMap { name -> String? in
        guard FileManager.default.fileExists(atPath: Languages.fingerprintFolder + name + ".lm") else { return nil }
        let id = name.split(separator: "-").first.map(String.init) ?? name
        return "\(name).lm \(id)--utf8"
      }
      guard !lines.isEmpty else { return nil }
      let path = FileManager.default.temporaryDirectory.appendingPathComponent(
        "extract-textcat-\(ProcessInfo.processInfo.processIdentifier).conf")
      guard (try? Data(lines.joined(separator: "\n").utf8).write(to: path)) != nil else { return nil }
      return path.path
    }
  }

  private static let classifier = Classifier()

  /// Loads the classifier now, if it is not loaded yet (at most once in a process).
  static func loadClassifier() { _ = classifier }

  /// The article's language: the declared one (`<html lang>`, metadata) unless the text
  /// contradicts it confidently; the text's when the page declares none.
  static func language(declared: String?, text: String) -> String? {
    // A declared language is only ever replaced from enough text: a shorter one is not read.
    if declared != nil, text.utf8.count < Languages.minimumCJKCharacters * 4 * 3 { return declared }
    // Text plainly in the declared language keeps it without the classifier (a tenth of the
    // extraction time, and its fingerprints' loading, for the pages that never reach it).
    // The same without a declared language: the words' language when they are plainly one table's.
    if let declared, wordsConfirm(declared, sample(text)) { return declared }
    if declared == nil, scalarCount(text) >= Languages.minimumCharacters, let language = wordsLanguage(sample(text)) {
      return language
    }
    guard let guess = guess(text) else { return declared }
    guard let declared else { return guess.language }
    let primary = declared.split(separator: "-").first.map { $0.lowercased() } ?? declared
    if primary == guess.language { return declared }
    let enough = guess.cjk ? Languages.minimumCJKCharacters * 4 : Languages.minimumCharactersToContradict
    guard guess.confident, guess.characters >= enough, !Languages.neverContradicting.contains(guess.language) else {
      return declared
    }
    // The end of the text must say the same: an article quoting another language at length
    // (a German essay around an English speech) keeps the page's own tag.
    let ending = String(text.unicodeScalars.suffix(Languages.sampleBytes / 2))
    return LanguageDetector.guess(ending)?.language == guess.language ? guess.language : declared
  }

  struct Guess: Equatable {
    /// ISO 639-1 code (or 639-3 where there is none).
    var language: String
    /// The guesser named this language alone, or the script decided.
    var confident: Bool
    /// Characters of the whole text.
    var characters: Int

    /// Decided by the script: Chinese, Japanese or Korean.
    var cjk: Bool { ["zh", "ja", "ko"].contains(language) }
  }

  static func guess(_ text: String) -> Guess? {
    let characters = scalarCount(text)
    guard characters >= Languages.minimumCJKCharacters else { return nil }
    let sample = sample(text)
    if let language = cjk(sample) { return Guess(language: language, confident: true, characters: characters) }
    guard characters >= Languages.minimumCharacters else { return nil }
    guard let handle = classifier.handle else { return nil }
    classifier.lock.lock()
    let output = sample.utf8CString.withUnsafeBufferPointer { buffer in
      textcat_Classify(handle, buffer.baseAddress, buffer.count - 1).map { String(cString: $0) }
    }
    classifier.lock.unlock()
    // "[de--utf8][nl--utf8]": candidates best first; "UNKNOWN" or "SHORT" when it cannot tell.
    guard let output, output.hasPrefix("[") else { return nil }
    let candidates = output.split(separator: "]").map { $0.drop { $0 == "[" } }
    guard let first = candidates.first, var language = first.split(separator: "-").first.map(String.init) else {
      return nil
    }
    if language == "ru" || language == "uk" {
      let ukrainian = sample.contains { Languages.ukrainianLetters.contains($0) }
      let russian = sample.contains { Languages.russianLetters.contains($0) }
      if ukrainian && !russian { language = "uk" } else if russian && !ukrainian { language = "ru" }
    }
    return Guess(language: language, confident: candidates.count == 1, characters: characters)
  }

  /// The start of the text that is read: `Languages.sampleBytes` of it.
  static func sample(_ text: String) -> String {
    String(text.utf8.prefix(Languages.sampleBytes)) ?? String(text.prefix(Languages.sampleBytes / 3))
  }

  /// Each function word of `VocabularyStopwords` with the tables listing it (bit i: table i).
  private static let stopwordTables: [String: UInt32] = {
    var tables: [String: UInt32] = [:]
    for (index, table) in VocabularyStopwords.byLanguage.enumerated() {
      for word in table.words { tables[word, default: 0] |= 1 << UInt32(index) }
    }
    return tables
  }()

  /// Whether the sample's words are plainly the `declared` language: enough of them its
  /// function words, and more of them than of any other table's.
  static func wordsConfirm(_ declared: String, _ sample: String) -> Bool {
    let primary = declared.split(separator: "-").first.map { $0.lowercased() } ?? declared.lowercased()
    guard let own = VocabularyStopwords.byLanguage.firstIndex(where: { $0.code == primary }) else { return false }
    return plainly(own, stopwordCounts(sample))
  }

  /// The one language the sample's words are plainly (as `wordsConfirm`), nil when none is.
  static func wordsLanguage(_ sample: String) -> String? {
    let counts = stopwordCounts(sample)
    guard let best = counts.perTable.indices.max(by: { counts.perTable[$0] < counts.perTable[$1] }),
      plainly(best, counts)
    else { return nil }
    return VocabularyStopwords.byLanguage[best].code
  }

  /// The sample's words, and of them how many each table lists. Words are read from the
  /// UTF-8 bytes (letters, digits-free runs; ASCII punctuation, no-break spaces, guillemets and
  /// the General Punctuation block end one): splitting by `Character` cost as much as the classifier.
  private static func stopwordCounts(_ sample: String) -> (perTable: [Int], words: Int) {
    var counts = [Int](repeating: 0, count: VocabularyStopwords.byLanguage.count)
    var words = 0
    // Read once: each global's access is a guarded call.
    let starts = stopwordStarts
    let packedTables = packedStopwordTables
    let stringTables = stopwordTables
    let maximum = stopwordMaximumBytes
    // A copy of the sample's bytes (a few kilobytes), read in this function's own loop: called
    // from a closure, the word's end made every access to the counts a run-time exclusivity check.
    let bytes = Array(sample.utf8)
    // The word being read, a run of the sample's bytes in place: where it starts, its length,
    // whether it is all ASCII, and its first `packedWordBytes` bytes lower-cased, as `packed`.
    var start = 0
    var length = 0
    var ascii = true
    var packedWord: UInt64 = 0
    func count(_ found: UInt32?) {
      guard var tables = found else { return }
      while tables != 0 {
        counts[tables.trailingZeroBitCount] += 1
        tables &= tables - 1
      }
    }
    func finish() {
      words += 1
      defer {
        length = 0
        ascii = true
        packedWord = 0
      }
      // A word longer than every function word is none.
      guard length <= maximum else { return }
      guard ascii else {
        // Its ASCII letters lower-cased as read, the rest by `lowercased()`.
        let text = String(
          decoding: bytes[start..<start + length].lazy.map { $0 < 0x80 ? $0 | 0x20 : $0 }, as: UTF8.self)
        count(stringTables[Text.lowered(text)])
        return
      }
      // An ASCII word is looked up only when some function word has its length and first byte:
      // most words are not, and the look-up hashed a String made for each.
      let first = UInt8(truncatingIfNeeded: packedWord)
      guard starts[length &* 4 &+ Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return }
      // A short word is looked up by its bytes packed in one integer, with no String made.
      if length <= packedWordBytes {
        count(packedTables[packedWord])
      } else {
        count(stringTables[String(decoding: bytes[start..<start + length].lazy.map { $0 | 0x20 }, as: UTF8.self)])
      }
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      // No-break spaces, guillemets and the General Punctuation block end a word and are skipped.
      if byte == 0xC2 && (next == 0xA0 || next == 0xAB || next == 0xBB) || byte == 0xE2 && next == 0x80 {
        if length > 0 { finish() }
        index += byte == 0xC2 ? 2 : 3
        continue
      }
      if byte >= 0x80 {
        if length == 0 { start = index }
        ascii = false
        length += 1
      } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
        if length == 0 { start = index }
        if length < packedWordBytes { packedWord |= UInt64(byte | 0x20) << UInt64(length &* 8) }
        length += 1
      } else if length > 0 {
        finish()
      }
      index += 1
    }
    if length > 0 { finish() }
    return (counts, words)
  }

  /// The most bytes of a word `packed` holds.
  private static let packedWordBytes = 8

  /// A word of at most `packedWordBytes` bytes, none of them zero, as one integer (first byte
  /// lowest): two such words are equal exactly when their integers are.
  @inline(__always) private static func packed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    for byte in bytes {
      value |= UInt64(byte) << shift
      shift &+= 8
    }
    return value
  }

  /// `stopwordTables`' ASCII words of at most `packedWordBytes` bytes, by `packed`: an ASCII
  /// word read from the sample (lower-case letters) equals a String key exactly when its bytes
  /// do, so this answers as `stopwordTables` does for those words.
  private static let packedStopwordTables: [UInt64: UInt32] = {
    var tables: [UInt64: UInt32] = [:]
    for (word, bits) in stopwordTables {
      let bytes = Array(word.utf8)
      guard !bytes.isEmpty, bytes.count <= packedWordBytes, bytes.allSatisfy({ $0 > 0 && $0 < 0x80 }) else {
        continue
      }
      tables[packed(bytes)] = bits
    }
    return tables
  }()

  /// For each length in bytes (up to `stopwordMaximumBytes`) and first byte of a function word, a
  /// bit: entry `length * 4 + first / 64`, bit `first % 64`.
  private static let stopwordStarts: [UInt64] = {
    var starts = [UInt64](repeating: 0, count: (stopwordMaximumBytes + 1) * 4)
    for word in stopwordTables.keys {
      let bytes = Array(word.utf8)
      guard let first = bytes.first, bytes.count <= stopwordMaximumBytes else { continue }
      starts[bytes.count * 4 + Int(first >> 6)] |= 1 << UInt64(first & 63)
    }
    return starts
  }()

  /// The longest function word's UTF-8 bytes: a longer word is counted without a look-up.
  private static let stopwordMaximumBytes = stopwordTables.keys.map(\.utf8.count).max() ?? 0

  /// Table `own`'s words are enough of the sample's, and outnumber every other table's.
  private static func plainly(_ own: Int, _ counts: (perTable: [Int], words: Int)) -> Bool {
    let perTable = counts.perTable
    guard counts.words >= Languages.minimumWordsToConfirm,
      Double(perTable[own]) >= Double(counts.words) * Languages.minimumStopwordShare
    else { return false }
    return perTable.indices.allSatisfy {
      $0 == own || Double(perTable[$0]) * Languages.stopwordMargin <= Double(perTable[own])
    }
  }

  /// `text.unicodeScalars.count`, from the UTF-8 bytes: one scalar per byte that is not a
  /// continuation byte. Walking the scalar view of a whole article cost a tenth of the guess.
  static func scalarCount(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
  }

  /// "ko", "ja" or "zh" when the text is written in that script; nil otherwise.
  private static func cjk(_ sample: String) -> String? {
    // These scripts are written with UTF-8 lead bytes E3 to ED; a text without them is none of them.
    guard sample.utf8.contains(where: { $0 >= 0xE3 && $0 <= 0xED }) else { return nil }
    var letters = 0
    var hangul = 0
    var kana = 0
    var han = 0
    for scalar in sample.unicodeScalars where scalar.properties.isAlphabetic {
      letters += 1
      switch scalar.value {
      case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
      case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: kana += 1
      case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: han += 1
      default: break
      }
    }
    guard letters > 0 else { return nil }
    let total = Double(letters)
    if Double(hangul) / total >= Languages.minimumHangulShare { return "ko" }
    if Double(kana) / total >= Languages.minimumKanaShare { return "ja" }
    if Double(han) / total >= Languages.minimumHanShare { return "zh" }
    return nil
  }
}
