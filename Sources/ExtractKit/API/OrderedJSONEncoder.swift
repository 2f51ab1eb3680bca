/// Encodes `Encodable` values to JSON keeping keys in the order `encode(to:)` writes them.
///
/// Foundation's `JSONEncoder` on Linux stores objects in dictionaries, so key order changes
/// from run to run; the contract promises a stable order. None of the packages in reach
/// does ordered JSON encoding, so this small encoder is written here. It also skips the
/// round trip through `Any` that `JSONEncoder` makes.
public struct OrderedJSONEncoder: Sendable {
  public var pretty: Bool

  public init(pretty: Bool = true) { self.pretty = pretty }

  public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let box = ValueBox()
    try value.encode(to: TreeEncoder(box: box, path: nil))
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    box.write(to: &output, pretty: pretty, indent: 0)
    return output
  }
}

/// One JSON value under construction; objects keep their keys in insertion order.
final class ValueBox {
  enum Storage {
    case null
    case literal(String)  // numbers and booleans, already formatted
    case string(String)
    case array([ValueBox])
    case object(keys: [String], values: [ValueBox])
  }
  var storage: Storage = .null

  func object() {
    if case .object = storage { return }
    storage = .object(keys: [], values: [])
  }

  func array() {
    if case .array = storage { return }
    storage = .array([])
  }

  func child(forKey key: String) -> ValueBox {
    object()
    guard case .object(var keys, var values) = storage else { fatalError("unreachable") }
    if let index = keys.firstIndex(of: key) { return values[index] }
    storage = .null  // release the enum's copies so the appends below do not copy the arrays
    let child = ValueBox()
    keys.append(key)
    values.append(child)
    storage = .object(keys: keys, values: values)
    return child
  }

  func appendChild() -> ValueBox {
    array()
    guard case .array(var items) = storage else { fatalError("unreachable") }
    storage = .null  // release the enum's copy so the append below does not copy the array
    let child = ValueBox()
    items.append(child)
    storage = .array(items)
    return child
  }

  var count: Int {
    if case .array(let items) = storage { return items.count }
    return 0
  }

  func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
    switch storage {
    case .null: output.append(contentsOf: "null".utf8)
    case .literal(let text): output.append(contentsOf: text.utf8)
    case .string(let text): ValueBox.writeString(text, to: &output)
    case .array(let items):
      guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        ValueBox.newline(&output, pretty: pretty, indent: indent + 1)
        item.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      ValueBox.newline(&output, pretty: pretty, indent: indent)
      output.append(UInt8(ascii: "]"))
    case .object(let keys, let values):
      guard !keys.isEmpty else { return output.append(contentsOf: "{}".utf8) }
      output.append(UInt8(ascii: "{"))
      for index in keys.indices {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        ValueBox.newline(&output, pretty: pretty, indent: indent + 1)
        ValueBox.writeString(keys[index], to: &output)
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(UInt8(ascii: " ")) }
        values[index].write(to: &output, pretty: pretty, indent: indent + 1)
      }
      ValueBox.newline(&output, pretty: pretty, indent: indent)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ output: inout [UInt8], pretty: Bool, indent: Int) {
    guard pretty else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  private static let hex = Array("0123456789abcdef".utf8)

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

private struct TreeEncoder: Encoder {
  let box: ValueBox
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    box.object()
    return KeyedEncodingContainer(KeyedContainer<Key>(box: box, path: path))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    box.array()
    return UnkeyedContainer(box: box, path: path)
  }

  func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(box: box, path: path) }
}

/// Stores a value in a box: scalars directly, anything else through its own `encode(to:)`.
private func store<T: Encodable>(_ value: T, in box: ValueBox, path: PathLink?) throws {
  switch value {
  case let string as String: box.storage = .string(string)
  case let bool as Bool: box.storage = .literal(bool ? "true" : "false")
  case let int as Int: box.storage = .literal(String(int))
  case let double as Double:
    guard double.isFinite else {
      throw EncodingError.invalidValue(
        double, .init(codingPath: PathLink.keys(path), debugDescription: "not a finite number"))
    }
    box.storage = .literal(double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double))
  default: try value.encode(to: TreeEncoder(box: box, path: path))
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: ValueBox
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }

  mutating func encodeNil(forKey key: Key) throws { box.child(forKey: key.stringValue).storage = .null }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try store(value, in: box.child(forKey: key.stringValue), path: PathLink(path, key))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = box.child(forKey: key.stringValue)
    child.object()
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, path: PathLink(path, key)))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    let child = box.child(forKey: key.stringValue)
    child.array()
    return UnkeyedContainer(box: child, path: PathLink(path, key))
  }

  mutating func superEncoder() -> Encoder { TreeEncoder(box: box.child(forKey: "super"), path: path) }

  mutating func superEncoder(forKey key: Key) -> Encoder {
    TreeEncoder(box: box.child(forKey: key.stringValue), path: PathLink(path, key))
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
  let box: ValueBox
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }
  var count: Int { box.count }

  mutating func encodeNil() throws { box.appendChild().storage = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try store(value, in: box.appendChild(), path: PathLink(path, IndexKey(count)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    let child = box.appendChild()
    child.object()
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, path: path))
  }

  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    let child = box.appendChild()
    child.array()
    return UnkeyedContainer(box: child, path: path)
  }

  mutating func superEncoder() -> Encoder { TreeEncoder(box: box.appendChild(), path: path) }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let box: ValueBox
  let path: PathLink?
  var codingPath: [CodingKey] { PathLink.keys(path) }

  mutating func encodeNil() throws { box.storage = .null }

  mutating func encode<T: Encodable>(_ value: T) throws { try store(value, in: box, path: path) }
}
