extension TextMetrics {
  /// `visibleLength` over contiguous bytes, eight at a time where they are ASCII from the
  /// space up (prose between tags nearly always is): the byte loop was a tenth of building the
  /// tree. The count is the byte loop's, exactly; other words go through it.
  static func visibleLength(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = text.baseAddress else { return 0 }
    let total = text.count
    var count = 0
    var pendingSpace = false
    var index = 0
    // The word's first byte is its low byte (`spaces << 8` moves each byte's flag to the next
    // byte, `& 0x80` reads the first) only on a little-endian CPU; elsewhere the byte loop counts.
    #if _endian(little)
      let high: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= total {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        // Bit 7 of each byte (no byte carries into the next: every byte is below 0x80):
        // `+ 0x60` sets it from 0x20 up; the space xor'd away, `+ 0x7F` sets it for any other.
        guard word & high == 0, (word &+ 0x6060_6060_6060_6060) & high == high else {
          for offset in 0..<8 { step(base[index + offset], &count, &pendingSpace) }
          index += 8
          continue
        }
        let visible = ((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & high
        let spaces = ~visible & high
        // A visible byte after a space adds the one space the run counts as, unless nothing
        // visible came before it (leading whitespace); a run ending the word is `pendingSpace`.
        var afterSpace = visible & (spaces << 8)
        if count == 0 { afterSpace &= ~(visible & (0 &- visible)) }
        count += Self.bytesSet(visible) + Self.bytesSet(afterSpace)
        if pendingSpace && visible & 0x80 != 0 { count += 1 }
        pendingSpace = spaces >> 63 != 0 && count > 0
        index += 8
      }
    #endif
    while index < total {
      step(base[index], &count, &pendingSpace)
      index += 1
    }
    return count
  }

  /// How many bytes of `mask` have bit 7 set (no other bit is): a multiply sums them into the
  /// top byte, where `nonzeroBitCount` is a loop of shifts on a CPU without `popcnt` assumed.
  @inline(__always)
  private static func bytesSet(_ mask: UInt64) -> Int {
    Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }

  /// One byte of `visibleLength(_: some Sequence<UInt8>)`'s loop.
  @inline(__always)
  static func step(_ byte: UInt8, _ count: inout Int, _ pendingSpace: inout Bool) {
    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
      pendingSpace = count > 0
    } else if byte & 0xC0 != 0x80 {  // count scalars, not UTF-8 continuation bytes
      if pendingSpace { count += 1 }
      pendingSpace = false
      count += 1
    }
  }
}
