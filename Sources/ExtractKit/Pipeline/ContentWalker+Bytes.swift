/// Byte filters of the body walker's closing-line tests: each answers, from a line's bytes,
/// whether the String test it stands before could pass.
extension ContentWalker {
  /// The ASCII opening of each copyright notice and mark ("tous droits r" of "tous droits
  /// réservés"): a line whose lower-cased text holds a notice or mark holds that opening.
  private static let copyrightPieces: [[UInt8]] = {
    let pieces = (VocabularyBoilerplate.copyrightNotices + VocabularyBoilerplate.copyrightMarks).map {
      Array($0.utf8.prefix { $0 < 0x80 })
    }
    // Lower-casing makes an ASCII "k" of the Kelvin sign: a piece with "k" would need it.
    precondition(pieces.allSatisfy { !$0.isEmpty && !$0.contains(UInt8(ascii: "k")) })
    return pieces
  }()

  /// Whether a line's bytes may hold a copyright notice as `holdsCopyrightNotice` finds one: a
  /// "©", or one of `copyrightPieces` with ASCII letters in any case. Lower-casing turns no
  /// other character into an ASCII letter but "İ" (into "i" and a combining dot, which a
  /// whole-character search does not take for "i") and the Kelvin sign (into "k", in no piece),
  /// so a line without them holds no notice.
  static func mayHoldCopyrightNotice(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if ByteSearch.holds(bytes, copyrightSign) { return true }
    return copyrightPieces.contains { piece in
      piece.withUnsafeBufferPointer { ByteSearch.holdsIgnoringASCIICase(bytes, $0) }
    }
  }
}
