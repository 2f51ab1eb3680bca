import Testing

@testable import ExtractKit

/// The tables built once per process, built the cheap way, equal what the plain way gives.
@Suite("Start-up tables: built cheaply, the same as built plainly")
struct StartupTablesTests {
  /// The word-scalar table written in the source equals the one derived from the standard
  /// library's Unicode properties, entry for entry.
  @Test("The written word-scalar table is the derived one")
  func wordScalarTableEqualsDerived() {
    let derived = Text.WordScalars.derived()
    #expect(Text.WordScalars.table.count == derived.count)
    for (slot, entry) in derived.enumerated() where Text.WordScalars.table[slot] != entry {
      Issue.record("slot \(slot): written \(Text.WordScalars.table[slot]), derived \(entry)")
    }
  }

  /// The related phrases that lengthen a stream phrase, found by bytes first, are the ones the
  /// plain character comparison finds.
  @Test("stream-lengthening phrases: the byte filter keeps what hasPrefix keeps")
  func streamLengtheningPhrasesEqualPlainFilter() {
    let plain = SectionVocabulary.relatedHeadings.filter { phrase in
      SectionVocabulary.siteStreamHeadings.contains { phrase.hasPrefix($0) }
    }
    #expect(SectionVocabulary.streamLengtheningPhrases.openings == plain)
    #expect(!plain.isEmpty)
  }
}
