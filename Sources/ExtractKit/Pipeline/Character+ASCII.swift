extension Character {
  /// `isLetter || isNumber`, an ASCII character answered from its byte. The Unicode properties
  /// are looked up in the runtime's tables (`_swift_stdlib_getBinaryProperties`), about 1% of a
  /// page's time when asked of every character of the lines split into words, and most
  /// characters are ASCII. Same answers: in ASCII only "A"…"Z" and "a"…"z" are letters and
  /// "0"…"9" numbers; "\r\n", the one ASCII character of two scalars, is neither, as its
  /// `asciiValue` ("\n") is neither.
  @inline(__always) var isLetterOrNumber: Bool {
    if let byte = asciiValue { return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
    return isLetter || isNumber
  }

  /// `isLetter`, an ASCII character answered from its byte (as `isLetterOrNumber`).
  @inline(__always) var isLetterASCIIFirst: Bool {
    if let byte = asciiValue { return (byte | 0x20) &- 0x61 < 26 }
    return isLetter
  }

  /// `isASCII && isNumber`: "0"…"9", without the Unicode numeric-type lookup.
  @inline(__always) var isASCIIDigit: Bool {
    guard let byte = asciiValue else { return false }
    return byte &- 0x30 < 10
  }
}
