#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A growing run of plain values in one block of the C heap, grown by `realloc`, that the
/// document takes over as it is (`take`). A Swift array grows by copying into a new block
/// while the old one is still held, and the document then copied each array once more: the
/// peak of a big page's memory, at the end of the parse. A block big enough to be mapped on
/// its own (glibc, `Extract.separatelyMappedBytes`) is grown by remapping its pages, and a
/// capacity reserved from the page's size costs nothing until it is written.
struct GrowableBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 16)
    base = GrowableBuffer.resized(nil, to: self.capacity)
  }

  private static func resized(_ block: UnsafeMutablePointer<Element>?, to capacity: Int)
    -> UnsafeMutablePointer<Element>
  {
    guard let raw = realloc(block, capacity * MemoryLayout<Element>.stride) else {
      fatalError("out of memory growing a buffer to \(capacity) values")
    }
    return raw.bindMemory(to: Element.self, capacity: capacity)
  }

  /// Room for `extra` more values.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    capacity = Swift.max(capacity * 2, count + extra)
    base = GrowableBuffer.resized(base, to: capacity)
  }

  @inline(__always)
  mutating func append(_ value: Element) {
    reserve(1)
    (base + count).initialize(to: value)
    count += 1
  }

  @inline(__always)
  mutating func append(contentsOf values: UnsafeBufferPointer<Element>) {
    guard let source = values.baseAddress, !values.isEmpty else { return }
    reserve(values.count)
    (base + count).initialize(from: source, count: values.count)
    count += values.count
  }

  var isEmpty: Bool { count == 0 }

  /// The values, valid until the next change.
  var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

  subscript(index: Int) -> Element {
    get { base[index] }
    nonmutating set { base[index] = newValue }
  }

  /// Drops the values from `newCount` on.
  mutating func truncate(to newCount: Int) { count = Swift.min(count, newCount) }

  /// The values as a buffer the caller owns (to free with `free`), the unused capacity given
  /// back; this buffer is left empty, holding nothing.
  mutating func take() -> UnsafeMutableBufferPointer<Element> {
    let taken = UnsafeMutableBufferPointer(start: GrowableBuffer.resized(base, to: Swift.max(count, 1)), count: count)
    capacity = 16
    count = 0
    base = GrowableBuffer.resized(nil, to: capacity)
    return taken
  }

  /// Frees the block; the buffer is not used again.
  func release() { free(base) }
}
