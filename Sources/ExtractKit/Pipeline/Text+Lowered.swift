extension Text {
  /// `String(text).lowercased()`, byte for byte, cheaper on a text that is not all ASCII.
  /// The standard library lower-cases such a text one scalar at a time, appending each scalar's
  /// `lowercaseMapping` (a new string) to the result: ~500 instructions a scalar, ASCII letters
  /// included. Here the ASCII, Latin-1 and basic Cyrillic scalars (most of the letters of the
  /// pages' languages) are mapped in place, and only the others ask for their mapping. An
  /// all-ASCII text takes the standard library's own ASCII path.
  static func lowered<S: StringProtocol>(_ text: S) -> String {
    let isASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where byte >= 0x80 { return false }
      return true
    }
    if isASCII == true { return String(text).lowercased() }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if let mapped = lowerScalar(value) {
        if mapped < 0x80 {
          bytes.append(UInt8(truncatingIfNeeded: mapped))
        } else if mapped < 0x800 {
          bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (mapped >> 6)))
          bytes.append(UInt8(truncatingIfNeeded: 0x80 | (mapped & 0x3F)))
        } else {
          bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
      } else {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The lower-case scalar of an ASCII, Latin-1 or basic Cyrillic scalar (each of them maps to
  /// one scalar, below U+0800); nil for any other scalar, whose mapping is asked for.
  /// (`TextLoweredTests` checks these ranges against `lowercased()` for every scalar.)
  @inline(__always)
  static func lowerScalar(_ value: UInt32) -> UInt32? {
    switch value {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: return value + 0x20
    case 0x400...0x40F: return value + 0x50
    case 0...0xFF, 0x430...0x45F: return value
    default: return nil
    }
  }
}
