import Foundation
import Testing

/// The vocabulary tables are matched against page text byte by byte (`ByteSearch`,
/// `PhraseOpenings`, the locators' byte filters), and page text is almost always in NFC: a word
/// typed into a table in decomposed form ("u" + U+0308 for "ü") would look right and never
/// match. So every source file, tables and all, is held in NFC.
@Suite("Source text")
struct SourceTextTests {
  static let sources = Paths.package.appendingPathComponent("Sources")

  static func swiftFiles() -> [URL] {
    let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
  }

  @Test("every source line, vocabulary tables included, is in Unicode NFC")
  func sourcesAreNFC() throws {
    let files = Self.swiftFiles()
    #expect(files.count > 50, "the sources were not found under \(Self.sources.path)")
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let composed = String(line).precomposedStringWithCanonicalMapping
        let same = line.unicodeScalars.elementsEqual(composed.unicodeScalars)
        #expect(same, "\(file.lastPathComponent):\(number + 1) is not in NFC: \(line)")
      }
    }
  }
}
