import Foundation
import Testing

@testable import ExtractKit

/// The byte filter before the closing lines' copyright test turns away only lines the test
/// itself rejects.
@Suite("Copyright notice bytes: the filter keeps every line the notice test takes")
struct CopyrightBytesTests {
  private static func filter(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { ContentWalker.mayHoldCopyrightNotice($0) }
  }

  @Test("Notices in any case and language pass the filter and the test")
  func notices() {
    for line in [
      "© 2023 Garden Media", "COPYRIGHT 2021 Example", "(C) 1999 by someone", "Alle Rechte VORBEHALTEN.",
      "Tous droits RÉSERVÉS", "Tous droits re\u{301}serve\u{301}s", "Todos los derechos reservados",
      "All Rights Reserved",
    ] {
      #expect(Self.filter(line), "\(line)")
      #expect(ContentWalker.holdsCopyrightNotice(line), "\(line)")
    }
  }

  @Test("Lines the filter turns away hold no notice")
  func rejected() {
    for line in [
      "Über die Straße – „Grüße“ aus Köln", "Sign up for our newsletter", "ALL RİGHTS RESERVED",
      "Alle Rechte bleiben", "Tous droits", "Zażółć gęślą jaźń",
    ] {
      #expect(!Self.filter(line), "\(line)")
      #expect(!ContentWalker.holdsCopyrightNotice(line), "\(line)")
    }
  }
}
