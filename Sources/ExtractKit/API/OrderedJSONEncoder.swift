/// Encodes `Encodable` values to JSON keeping keys in the order `encode(to:)` writes them.
///
/// Foundation's `JSONEncoder` on Linux stores objects in dictionaries, so key order changes
/// from run to run; the contract promises a stable order. None of the packages in reach
/// does ordered JSON encoding, so this small encoder is written here. It writes as it goes:
/// each value straight into the output, a container closed when its owner's `encode(to:)`
/// returns or when a key or element is next written to an outer container. So a container
/// must be filled before its parent is written to again (as every `encode(to:)` of the
/// contract, synthesized or not, does), and each key is written once.
package struct OrderedJSONEncoder: Sendable {
  package var pretty: Bool

  package init(pretty: Bool = true) { self.pretty = pretty }

  package func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let stream = JSONStream(pretty: pretty)
    try stream.store(value, path: nil)
    return stream.output
  }
}

/// The output under construction and the containers open in it, outermost first.
final class JSONStream {
  private(set) var output: [UInt8] = []
  private let pretty: Bool
  private var open: [(isObject: Bool, count: Int)] = []

  init(pretty: Bool) {
    self.pretty = pretty
    output.reserveCapacity(16_384)
  }

  /// Writes one value where the output stands: scalars directly, anything else through its
  /// own `encode(to:)`, then closes what that opened; a value that wrote nothing is `null`.
  fileprivate func store<T: Encodable>(_ value: T, path: PathLink?) throws {
    switch value {
    case let string as String: JSONStream.writeString(string, to: &output)
    case let bool as Bool: output.append(contentsOf: (bool ? "true" : "false").utf8)
    case let int as Int: output.append(contentsOf: String(int).utf8)
    case let double as Double:
      guard double.isFinite else {
        throw EncodingError.invalidValue(
          double, .init(codingPath: PathLink.keys(path), debugDescription: "not a finite number"))
      }
      let text = double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double)
      output.append(contentsOf: text.utf8)
    default:
      let depth = open.count
      let start = output.count
      try value.encode(to: StreamEncoder(stream: self, depth: depth, path: path))
      close(downTo: depth)
      if output.count == start { output.append(contentsOf: "null".utf8) }
    }
  }

  fileprivate func writeNull() { output.append(contentsOf: "null".utf8) }

  /// Opens an object or array as the container at `depth` (its index in `open`), or returns
  /// the one the same encoder already opened there.
  fileprivate func openContainer(object: Bool, at depth: Int) -> Int {
    close(downTo: depth + 1)
    if open.count == depth + 1 { return depth }
    precondition(open.count == depth, "JSON written out of order")
    output.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
    open.append((object, 0))
    return depth
  }

  /// Starts the next key or element of the container at `level`: closes anything inside it
  /// that is still open, then writes the separator and the indentation.
  fileprivate func beginItem(in level: Int) {
    close(downTo: level + 1)
    precondition(open.count == level + 1, "a JSON container was written to after it closed")
    if open[level].count > 0 { output.append(UInt8(ascii: ",")) }
    open[level].count += 1
    newline(indent: level + 1)
  }

  fileprivate func writeKey(_ key: String) {
    JSONStream.writeString(key, to: &output)
    output.append(UInt8(ascii: ":"))
    if pretty { output.append(UInt8(ascii: " ")) }
  }

  fileprivate func count(at level: Int) -> Int { level < open.count ? open[level].count : 0 }

  private func close(downTo depth: Int) {
    while open.count > depth {
      let (isObject, count) = open.removeLast()
      if count > 0 { newline(indent: open.count) }
      output.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }
  }

  private static let hex = Array("0123456789abcdef".utf8)

  private func newline(indent: Int) {
    guard pretty else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  static func writeString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    // Runs of bytes that need no escape are copied whole: a per-byte append was a hot spot.
    let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var runStart = 0
      for index in 0..<bytes.count {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        escape(byte, to: &output)
        runStart = index + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
      return true
    }
    if copied == nil {
      for byte in text.utf8 { escape(byte, to: &output) }
    }
    output.append(UInt8(ascii: "\""))
  }

  private static func escape(_ byte: UInt8, to output: inout [UInt8]) {
    // Two appends, not an array literal: an escape per paragraph break ("\n\n") made an
    // array allocation each.
    let backslash = UInt8(ascii: "\\")
    switch byte {
    case UInt8(ascii: "\""), backslash:
      output.append(backslash)
      output.append(byte)
    case 0x0A:
      output.append(backslash)
      output.append(UInt8(ascii: "n"))
    case 0x0D:
      output.append(backslash)
      output.append(UInt8(ascii: "r"))
    case 0x09:
      output.append(backslash)
      output.append(UInt8(ascii: "t"))
    case 0..<0x20:
      output.append(contentsOf: "\\u00".utf8)
      output.append(hex[Int(byte >> 4)])
      output.append(hex[Int(byte & 0xF)])
    default: output.append(byte)
    }
  }
}

/// A coding path as a chain from its last key: the path is read only for an error, so a key
/// costs one link, not a copy of the whole array per encoded value.
private final class PathLink {
  let parent: PathLink?
  let key: CodingKey
  init(_ parent: PathLink?, _ key: CodingKey) {
    self.parent = parent
    self.key = key
  }

  static func keys(_ link: PathLink?) -> [CodingKey] {
    var keys: [CodingKey] = []
    var current = link
    while let link = current {
      keys.append(link.key)
      current = link.parent
    }
    return keys.reversed()
  }
}

private struct StreamEncoder: Encoder {
  let stream: JSONStream
  /// The index in the stream's open containers that a container made here takes.
  let depth: Int
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let level = stream.openContainer(object: true, at: depth)
    return KeyedEncodingContainer(KeyedContainer<Key>(stream: stream, level: level, path: path))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    UnkeyedContainer(stream: stream, level: stream.openContainer(object: false, at: depth), path: path)
  }

  func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(stream: stream, path: path) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let stream: JSONStream
  let level: Int
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }

  private func begin(_ key: Key) {
    stream.beginItem(in: level)
    stream.writeKey(key.stringValue)
  }

  mutating func encodeNil(forKey key: Key) throws {
    begin(key)
    stream.writeNull()
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    begin(key)
    try stream.store(value, path: PathLink(path, key))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    begin(key)
    let nested = stream.openContainer(object: true, at: level + 1)
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(stream: stream, level: nested, path: PathLink(path, key)))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    begin(key)
    return UnkeyedContainer(
      stream: stream, level: stream.openContainer(object: false, at: level + 1), path: PathLink(path, key))
  }

  // A super encoder writes its value in place, so it must write one before the next key.
  mutating func superEncoder() -> Encoder {
    stream.beginItem(in: level)
    stream.writeKey("super")
    return StreamEncoder(stream: stream, depth: level + 1, path: path)
  }

  mutating func superEncoder(forKey key: Key) -> Encoder {
    begin(key)
    return StreamEncoder(stream: stream, depth: level + 1, path: PathLink(path, key))
  }
}

private struct IndexKey: CodingKey {
  let index: Int
  var stringValue: String { String(index) }  // made only when an error reads the path
  var intValue: Int? { index }
  init(_ index: Int) { self.index = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.init(intValue) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let stream: JSONStream
  let level: Int
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }
  var count: Int { stream.count(at: level) }

  mutating func encodeNil() throws {
    stream.beginItem(in: level)
    stream.writeNull()
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let index = count
    stream.beginItem(in: level)
    try stream.store(value, path: PathLink(path, IndexKey(index)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    stream.beginItem(in: level)
    let nested = stream.openContainer(object: true, at: level + 1)
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(stream: stream, level: nested, path: path))
  }

  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    stream.beginItem(in: level)
    return UnkeyedContainer(stream: stream, level: stream.openContainer(object: false, at: level + 1), path: path)
  }

  mutating func superEncoder() -> Encoder {
    stream.beginItem(in: level)
    return StreamEncoder(stream: stream, depth: level + 1, path: path)
  }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let stream: JSONStream
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }

  mutating func encodeNil() throws { stream.writeNull() }

  mutating func encode<T: Encodable>(_ value: T) throws { try stream.store(value, path: path) }
}
