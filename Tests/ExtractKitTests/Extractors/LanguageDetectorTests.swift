import Foundation
import Testing

@testable import ExtractKit

/// `language`: what the page declares, unless its text says otherwise; the text's own language
/// when the page declares none.
@Suite("Language: detected from the article text when the page does not say or says wrong")
struct LanguageDetectorTests {
  struct Paragraph: Decodable {
    var language: String
    var text: String
  }

  /// Real paragraphs of 18 languages (`Tests/Fixtures/language`, built by its `make_paragraphs.py`).
  static let paragraphs: [Paragraph] = {
    let url = Paths.package.appendingPathComponent("Tests/Fixtures/language/paragraphs.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return (try? JSONDecoder().decode([Paragraph].self, from: data)) ?? []
  }()

  @Test("real paragraphs in at least 15 languages: at least 95% guessed right")
  func paragraphAccuracy() {
    #expect(Set(Self.paragraphs.map(\.language)).count >= 15)
    let wrong = Self.paragraphs.filter { LanguageDetector.guess($0.text)?.language != $0.language }
    let share = Double(Self.paragraphs.count - wrong.count) / Double(max(1, Self.paragraphs.count))
    #expect(
      share >= 0.95,
      "\(wrong.count) of \(Self.paragraphs.count) wrong: \(wrong.map { "\($0.language): \($0.text.prefix(40))" })")
  }

  /// A German article of the filler's length.
  static let german = """
    Die Stadtwerke wollen künftig Wärme aus dem Fluss gewinnen und damit rund zweitausend Haushalte versorgen. \
    Eine Großwärmepumpe am Ufer soll dem Wasser im Winter einige Grad entziehen, bevor es zurück in den Fluss \
    fließt. Nach Angaben des Unternehmens sinken dadurch die Emissionen des Fernwärmenetzes deutlich, während \
    die Preise für die Kunden stabil bleiben sollen. Der Bau beginnt im Frühjahr und dauert etwa zwei Jahre.
    """

  @Test("a page without <html lang> gets the language of its text")
  func undeclared() throws {
    let article = try TestPage.extract(
      "<article><h1>Wärme aus dem Fluss</h1><p>\(Self.german)</p></article>", lang: nil)
    #expect(article.language == "de")
  }

  @Test("<html lang> the text agrees with is kept as written, region included")
  func declaredKept() throws {
    let article = try TestPage.extract(
      "<article><h1>Wärme aus dem Fluss</h1><p>\(Self.german)</p></article>", lang: "de-AT")
    #expect(article.language == "de-AT")
  }

  @Test("a template's lang=\"en\" on a German article gives way to the text's language")
  func declaredContradicted() throws {
    let article = try TestPage.extract(
      "<article><h1>Wärme aus dem Fluss</h1><p>\(Self.german)</p><p>\(Self.german)</p></article>", lang: "en")
    #expect(article.language == "de")
  }

  @Test("a short text does not overrule the declared language, nor guess without one")
  func shortText() throws {
    let declared = try TestPage.extract(
      "<article><h1>Wärme</h1><p>Die Stadtwerke bauen eine Wärmepumpe.</p></article>", lang: "en")
    #expect(declared.language == "en")
    #expect(LanguageDetector.guess("Die Stadtwerke bauen eine Wärmepumpe.") == nil)
  }

  @Test("<html lang> its text's function words plainly confirm is kept without the classifier")
  func declaredConfirmedByWords() throws {
    #expect(LanguageDetector.wordsConfirm("de-AT", LanguageDetector.sample(Self.german)))
    #expect(!LanguageDetector.wordsConfirm("en", LanguageDetector.sample(Self.german)))
    #expect(!LanguageDetector.wordsConfirm("nl", LanguageDetector.sample(Self.german)))
    #expect(LanguageDetector.wordsLanguage(LanguageDetector.sample(Self.german)) == "de")
    // A language without a table is never confirmed by words: the classifier decides.
    #expect(!LanguageDetector.wordsConfirm("lb", LanguageDetector.sample(Self.german)))
  }

  @Test("real paragraphs of each language confirm, or name, no other language by their words")
  func paragraphsConfirmOnlyTheirOwn() {
    let byLanguage = Dictionary(grouping: Self.paragraphs, by: \.language).mapValues {
      $0.map(\.text).joined(separator: " ")
    }
    let codes = VocabularyStopwords.byLanguage.map(\.code)
    var confirmed = 0
    for (language, text) in byLanguage {
      let sample = LanguageDetector.sample(text)
      if LanguageDetector.wordsConfirm(language, sample) { confirmed += 1 }
      let wrong = codes.filter { $0 != language && LanguageDetector.wordsConfirm($0, sample) }
      #expect(wrong.isEmpty, "\(language) text confirms \(wrong)")
      let named = LanguageDetector.wordsLanguage(sample)
      #expect(named == nil || named == language, "\(language) text named \(named ?? "")")
    }
    // Most of these are short interface messages, not prose: a third still reads as its own.
    #expect(confirmed >= byLanguage.count / 3)
  }

  @Test("Chinese, Japanese and Korean are told by their scripts; Ukrainian from Russian by its letters")
  func scripts() {
    #expect(LanguageDetector.guess(String(repeating: "缓存尚未同步，无法交差引证一个软件包文件。", count: 8))?.language == "zh")
    #expect(LanguageDetector.guess(String(repeating: "キャッシュが同期しておらず、パッケージファイルを相互参照できません。", count: 4))?.language == "ja")
    #expect(
      LanguageDetector.guess(String(repeating: "캐시가 동기화되지 않았습니다. 패키지 파일을 상호 참조할 수 없습니다. ", count: 4))?.language == "ko")
    let ukrainian = String(
      repeating: "Обробка залежностей для побудови закінчилася невдало, спробуйте ще раз пізніше. ", count: 3)
    #expect(LanguageDetector.guess(ukrainian)?.language == "uk")
  }
}
