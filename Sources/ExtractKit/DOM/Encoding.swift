import CUchardet

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decides a page's character encoding before libxml2 sees it.
///
/// Left alone, libxml2 2.9 believes any `<meta charset>`, and when the bytes disagree it
/// stops converting and silently drops the rest of the page. So the decision is made
/// here, in this order: byte-order mark, the caller's override, UTF-8 when the bytes are
/// valid UTF-8, a declared charset the bytes agree with (they convert without error, and
/// a single-byte declaration is not contradicted by a detector that reads another script),
/// else what uchardet (Mozilla's detector) reads in the bytes, else windows-1252.
/// Pages in other encodings are converted to UTF-8 here with iconv, strictly, so libxml2
/// only ever parses UTF-8 (or UTF-16): a conversion that fails means the bytes disagree.
/// Single-byte western pages are transcoded with a 32-entry table (WHATWG's windows-1252,
/// which iconv's lacks for five bytes).
enum EncodingSniffer {
  struct Decision: Equatable {
    /// The bytes to hand to libxml2.
    var bytes: [UInt8]
    /// The name libxml2 parses them as.
    var parseAs: String
    /// The page's encoding as reported in `source.encoding`.
    var reported: String
    var warning: String?
    /// The bytes are known to be valid UTF-8 (the parse then need not check them again).
    var validUTF8 = false
  }

  /// How far into the page a `<meta charset>` is looked for (HTML's prescan uses 1024;
  /// real pages often put it later, after long comments or scripts).
  static let prescanBytes = 4096

  /// `hint` is the charset the transport declared (HTTP `Content-Type`): like a meta
  /// charset it is taken only when the bytes agree, and before the meta (as browsers do).
  static func decide(_ bytes: [UInt8], override: String?, hint: String? = nil) -> Decision {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return Decision(bytes: Array(bytes.dropFirst(3)), parseAs: "UTF-8", reported: "utf-8")
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return Decision(bytes: Array(bytes.dropFirst(2)), parseAs: "UTF-16LE", reported: "utf-16le")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return Decision(bytes: Array(bytes.dropFirst(2)), parseAs: "UTF-16BE", reported: "utf-16be")
    }
    if let override, let name = canonical(override) {
      return decision(for: name, bytes)
    }
    if let name = utf16WithoutBOM(bytes) {
      return Decision(bytes: bytes, parseAs: name.uppercased(), reported: name)
    }
    let validUTF8 = isValidUTF8(bytes)
    let declared = hint.flatMap(canonical) ?? declaredCharset(bytes).flatMap(canonical)
    if validUTF8 {
      var result = Decision(bytes: bytes, parseAs: "UTF-8", reported: "utf-8", validUTF8: true)
      // A page declared in another charset whose non-ASCII bytes form valid UTF-8 was
      // saved as UTF-8 by a tool that kept the old declaration (seen: gb2312 pages).
      if let declared, declared != "utf-8", containsNonASCII(bytes) {
        result.warning = "declared \(declared) but the bytes are UTF-8; read as utf-8"
      }
      return result
    }
    if declared == nil || declared == "utf-8", let repaired = utf8WithStrayBytes(bytes) {
      return repaired
    }
    guard let declared else { return detected(bytes) }
    if declared != "utf-8", let result = converted(bytes, from: declared) {
      // A single-byte declaration fits any bytes; it is wrong when a detector reads another
      // script in them (a windows-1252 label on a windows-1251 Russian page).
      if let script = singleByteScripts[declared], let name = detect(bytes), name != declared,
        let other = singleByteScripts[name] ?? .multiByte as Script?, other != script,
        var detected = converted(bytes, from: name)
      {
        detected.warning = "declared \(declared) but the bytes read as \(name)"
        return detected
      }
      return result
    }
    var fallback = detected(bytes)
    fallback.warning = "declared \(declared) but the bytes are not; read as \(fallback.reported)"
    return fallback
  }

  /// The page as UTF-8 with its stray bytes read as windows-1252, when it is mostly UTF-8
  /// (`Thresholds.strayBytesMinimumSequences`, `Thresholds.sequencesPerStrayByte`): a page
  /// whose text is UTF-8 but carries a few bytes from another charset (a template or an include
  /// saved in latin-1); read whole as windows-1252 its every accented letter would be mojibake.
  static func utf8WithStrayBytes(_ bytes: [UInt8]) -> Decision? {
    var sequences = 0
    var strays = 0
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let length = sequenceLength(buffer, index)
        if length == 0 {
          strays += 1
          index += 1
        } else {
          if length > 1 { sequences += 1 }
          index += length
        }
      }
    }
    guard strays > 0, sequences >= Thresholds.strayBytesMinimumSequences,
      strays * Thresholds.sequencesPerStrayByte <= sequences
    else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + strays * 2)
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let length = sequenceLength(buffer, index)
        if length == 0 {
          output.append(contentsOf: windows1252ToUTF8([buffer[index]]))
          index += 1
        } else {
          output.append(contentsOf: buffer[index..<(index + length)])
          index += length
        }
      }
    }
    let decision = Decision(
      bytes: output, parseAs: "UTF-8", reported: "utf-8",
      warning: "read as utf-8, with \(strays) stray non-UTF-8 bytes as windows-1252", validUTF8: true)
    return decision
  }

  /// The length of the well-formed UTF-8 sequence at `index` (table 3-7 of Unicode), 0 when
  /// the bytes there are not one.
  @inline(__always)
  static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    let count = buffer.count
    let lead = buffer[index]
    if lead < 0x80 { return 1 }
    func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      index + offset < count && buffer[index + offset] >= low && buffer[index + offset] <= high
    }
    switch lead {
    case 0xC2...0xDF: return continuation(1) ? 2 : 0
    case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
    case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
    case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default: return 0
    }
  }

  /// The writing systems of single-byte charsets: a detector's answer replaces a declared
  /// single-byte charset only when it is of another script.
  enum Script { case latin, cyrillic, greek, hebrew, arabic, thai, turkish, baltic, multiByte }

  static let singleByteScripts: [String: Script] = [
    "windows-1252": .latin, "iso-8859-15": .latin, "windows-1250": .latin, "iso-8859-2": .latin,
    "iso-8859-3": .latin, "iso-8859-16": .latin, "windows-1251": .cyrillic, "koi8-r": .cyrillic,
    "koi8-u": .cyrillic, "iso-8859-5": .cyrillic, "ibm866": .cyrillic, "windows-1253": .greek,
    "iso-8859-7": .greek, "windows-1255": .hebrew, "iso-8859-8": .hebrew, "windows-1256": .arabic,
    "iso-8859-6": .arabic, "windows-874": .thai, "iso-8859-11": .thai, "tis-620": .thai, "windows-1254": .turkish,
    "iso-8859-9": .turkish, "windows-1257": .baltic, "iso-8859-4": .baltic, "iso-8859-13": .baltic,
  ]

  /// The page read in the charset uchardet detects, when its bytes convert; else windows-1252.
  private static func detected(_ bytes: [UInt8]) -> Decision {
    if let name = detect(bytes), name != "utf-8", let result = converted(bytes, from: name) { return result }
    return decision(for: "windows-1252", bytes)
  }

  /// How much of a page uchardet reads: its statistics settle long before, and a 50 MB page
  /// would cost a pass of its own.
  static let detectionBytes = 256 << 10

  /// uchardet's answer as one of our names; nil when it has none or names one we do not read.
  static func detect(_ bytes: [UInt8]) -> String? {
    guard let detector = uchardet_new() else { return nil }
    defer { uchardet_delete(detector) }
    let status = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        uchardet_handle_data(detector, $0.baseAddress, min($0.count, detectionBytes))
      }
    }
    guard status == 0 else { return nil }
    uchardet_data_end(detector)
    guard let name = uchardet_get_charset(detector), name.pointee != 0 else { return nil }
    return canonical(String(cString: name))
  }

  /// The page converted to UTF-8 from `name`, or nil when its bytes are not valid there.
  private static func converted(_ bytes: [UInt8], from name: String) -> Decision? {
    switch name {
    case "utf-8":
      return isValidUTF8(bytes) ? Decision(bytes: bytes, parseAs: "UTF-8", reported: "utf-8") : nil
    case "windows-1252":
      return decision(for: name, bytes)
    case "utf-16le", "utf-16be":
      return Decision(bytes: bytes, parseAs: name.uppercased(), reported: name)
    default:
      guard let utf8 = iconvToUTF8(bytes, from: name) else { return nil }
      return Decision(bytes: utf8, parseAs: "UTF-8", reported: name)
    }
  }

  private static func decision(for name: String, _ bytes: [UInt8]) -> Decision {
    switch name {
    case "utf-8":
      return Decision(bytes: bytes, parseAs: "UTF-8", reported: "utf-8")
    case "windows-1252":
      // WHATWG reads iso-8859-1 and us-ascii labels as windows-1252 too.
      return Decision(bytes: windows1252ToUTF8(bytes), parseAs: "UTF-8", reported: "windows-1252")
    default:
      // The caller's override: converted when its bytes allow, else handed to libxml2 as named.
      if let result = converted(bytes, from: name) { return result }
      return Decision(bytes: bytes, parseAs: name.uppercased(), reported: name)
    }
  }

  /// Strict conversion with iconv: nil at the first byte sequence invalid in `name`.
  static func iconvToUTF8(_ bytes: [UInt8], from name: String) -> [UInt8]? {
    let converter = iconv_open("UTF-8", name.uppercased())
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    // The output is not zero-filled and the input not copied: a buffer of three times the
    // page, filled, was resident whole; left unwritten, its tail costs no memory.
    var failed = false
    let output = [UInt8](unsafeUninitializedCapacity: bytes.count * 3 + 16) { outputBuffer, produced in
      bytes.withUnsafeBufferPointer { inputBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inputBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inputBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var outLeft = outputBuffer.count
        failed = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft != 0
        produced = failed ? 0 : outputBuffer.count - outLeft
      }
    }
    return failed ? nil : output
  }

  /// How many leading bytes tell UTF-16 without a byte-order mark from 8-bit text.
  static let utf16ProbeBytes = 256

  /// "utf-16le" or "utf-16be" when the page is UTF-16 without a byte-order mark: markup is
  /// ASCII, so every other byte of its first characters is zero (and only those).
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
    let probe = bytes.prefix(utf16ProbeBytes)
    guard probe.count >= 8 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for (index, byte) in probe.enumerated() where byte == 0 {
      if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let half = probe.count / 2
    if oddZeros * 10 >= half * 7 && evenZeros * 10 <= half { return "utf-16le" }
    if evenZeros * 10 >= half * 7 && oddZeros * 10 <= half { return "utf-16be" }
    return nil
  }

  /// Maps labels to one name per encoding; nil for labels iconv would not know.
  static func canonical(_ label: String) -> String? {
    let name = label.trimmingASCIIWhitespace().lowercased()
    switch name {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
      "iso_8859-1", "ascii", "us-ascii", "iso-ir-100", "cp819", "ibm819":
      return "windows-1252"
    case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312": return "gbk"
    case "gb18030": return "gb18030"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis": return "shift_jis"
    case "euc-jp", "x-euc-jp": return "euc-jp"
    case "iso-2022-jp": return "iso-2022-jp"
    case "euc-kr", "ks_c_5601-1987", "windows-949", "korean": return "euc-kr"
    case "big5", "big5-hkscs", "x-x-big5": return "big5"
    case "koi8-r", "koi8_r", "koi8": return "koi8-r"
    case "ibm866", "cp866", "866": return "ibm866"
    case "uhc", "cp949": return "euc-kr"
    case "tis-620", "windows-874": return "windows-874"
    case "koi8-u": return "koi8-u"
    case "utf-16", "utf-16le": return "utf-16le"
    case "utf-16be": return "utf-16be"
    default:
      if name.hasPrefix("windows-125") || name.hasPrefix("iso-8859-") || name.hasPrefix("cp125") {
        return name.replacingOccurrences(of: "cp125", with: "windows-125")
      }
      return nil
    }
  }

  /// The charset of the first `<meta charset>` or `<meta http-equiv=content-type>`.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    // Lower-cased in one pass over the bytes in place: `map` over the prefix cost about twenty
    // instructions a byte, for 4 KB of every page.
    let count = min(bytes.count, prescanBytes)
    let head = bytes.withUnsafeBufferPointer { source in
      [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        for offset in 0..<count { buffer[offset] = ByteSearch.lower(source[offset]) }
        initialized = count
      }
    }
    let needle = Array("charset".utf8)
    var index = 0
    while index + needle.count < head.count {
      // To the next "c" at once: comparing seven bytes at every position was most of the search.
      guard head[index] == needle[0] else {
        guard let next = head[index...].firstIndex(of: needle[0]) else { return nil }
        index = next
        continue
      }
      guard head[index..<(index + needle.count)].elementsEqual(needle) else {
        index += 1
        continue
      }
      // Only inside a <meta ...> tag.
      guard let open = head[..<index].lastIndex(of: UInt8(ascii: "<")),
        head[open...].starts(with: Array("<meta".utf8)),
        head[open..<index].firstIndex(of: UInt8(ascii: ">")) == nil
      else {
        index += needle.count
        continue
      }
      var cursor = index + needle.count
      while cursor < head.count, head[cursor] == 0x20 { cursor += 1 }
      guard cursor < head.count, head[cursor] == UInt8(ascii: "=") else {
        index = cursor
        continue
      }
      cursor += 1
      while cursor < head.count, head[cursor] == 0x20 || head[cursor] == 0x22 || head[cursor] == 0x27 {
        cursor += 1
      }
      var value: [UInt8] = []
      while cursor < head.count, value.count < 40 {
        let byte = head[cursor]
        let isNameByte =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
          || byte == 0x2E || byte == 0x3A
        if !isNameByte { break }
        value.append(byte)
        cursor += 1
      }
      if !value.isEmpty { return String(decoding: value, as: UTF8.self) }
      index = cursor
    }
    return nil
  }

  /// Well-formed UTF-8 as Unicode's table 3-7 defines it (no overlong forms, no surrogates,
  /// nothing above U+10FFFF). Checked in place, eight ASCII bytes at a time: building a
  /// `String` to validate costs an allocation and a copy of the whole page.
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      guard let base = buffer.baseAddress else { return true }
      let raw = UnsafeRawPointer(base)
      var index = 0
      while index < count {
        // Thirty-two ASCII bytes at a time, then eight: most of a page is ASCII.
        if index + 32 <= count,
          (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0
        {
          index += 32
          continue
        }
        if index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
          continue
        }
        let length = sequenceLength(buffer, index)
        guard length > 0 else { return false }
        index += length
      }
      return true
    }
  }

  static func containsNonASCII(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 >= 0x80 } }

  /// windows-1252's 0x80–0x9F row (WHATWG's table: undefined bytes map to the C1 control).
  private static let highRow: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalar = byte < 0xA0 ? highRow[Int(byte - 0x80)] : UInt32(byte)
      output.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
    }
    return output
  }
}

extension String {
  func trimmingASCIIWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[first...last])
  }
}
