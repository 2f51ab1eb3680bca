/// The byte pairs of a text, hashed into 4,096 bits, and its bytes, read once: a needle one of
/// whose pairs (for a needle of one byte, whose byte) is missing cannot occur in the text. A
/// filter in front of a search (`CompoundMatcher.contains`), never its answer: a pair may find
/// its bit set by another pair that shares it. Hand-written for `BylineExtractor.innerPrefix`,
/// which looks for some 200 labels' ASCII runs in each line that may hold a byline: a search
/// per label was most of the byline's instructions, and nearly every label misses a pair.
struct BytePairFilter {
  /// Bits 0..<4096: the pairs' hashes; bits 4096..<4352: the bytes.
  private var bits = [UInt64](repeating: 0, count: 68)

  init(_ text: [UInt8]) {
    bits.withUnsafeMutableBufferPointer { bits in
      var previous: UInt8?
      for byte in text {
        BytePairFilter.set(BytePairFilter.byteBit(byte), in: bits)
        if let previous { BytePairFilter.set(BytePairFilter.pairBit(previous, byte), in: bits) }
        previous = byte
      }
    }
  }

  /// False when `needle` surely does not occur in the text; true for an empty needle, as
  /// `CompoundMatcher.contains` answers.
  func mayContain(_ needle: some Sequence<UInt8>) -> Bool {
    bits.withUnsafeBufferPointer { bits in
      var previous: UInt8?
      for byte in needle {
        let bit = previous.map { BytePairFilter.pairBit($0, byte) } ?? BytePairFilter.byteBit(byte)
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        previous = byte
      }
      return true
    }
  }

  /// The bits `mayContain` tests for `needle`, in order: kept for a needle asked of many texts,
  /// then tested by `mayContain(bits:)` without reading the needle again.
  static func bits(of needle: some Sequence<UInt8>) -> [UInt16] {
    var bits: [UInt16] = []
    var previous: UInt8?
    for byte in needle {
      bits.append(UInt16(previous.map { pairBit($0, byte) } ?? byteBit(byte)))
      previous = byte
    }
    return bits
  }

  /// `mayContain` of the needle (or needles, joined) whose `bits(of:)` these are.
  func mayContain(bits needleBits: ArraySlice<UInt16>) -> Bool {
    bits.withUnsafeBufferPointer { bits in
      for bit in needleBits where bits[Int(bit >> 6)] & (1 << UInt64(bit & 63)) == 0 { return false }
      return true
    }
  }

  /// A pair's bit: the pair as a 16-bit number, mixed by an odd multiplier (a bijection on 16
  /// bits), its top 12 bits.
  @inline(__always) private static func pairBit(_ first: UInt8, _ second: UInt8) -> Int {
    Int(((UInt16(first) << 8 | UInt16(second)) &* 40503) >> 4)
  }

  @inline(__always) private static func byteBit(_ byte: UInt8) -> Int { 4096 + Int(byte) }

  @inline(__always) private static func set(_ bit: Int, in bits: UnsafeMutableBufferPointer<UInt64>) {
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }
}
