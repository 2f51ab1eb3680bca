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
    try value.encode(to: TreeEncoder(box: box, codingPath: []))
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    box.write(to: &output, pretty: pretty, indent: 0)
    return output
  }
}

/// One JSON value under construction; objects keep their keys in insertion order.
/// Children live in arrays mutated in place, so appending stays O(1) however long a list is.
final class ValueBox {
  enum Storage {
    case null
    case literal(String)  // numbers and booleans, already formatted
    case string(String)
  }
  private enum Kind { case scalar, array, object }
  private var kind = Kind.scalar
  var storage: Storage = .null {
    didSet { kind = .scalar }
  }
  private var keys: [String] = []
  private var items: [ValueBox] = []

  func object() {
    guard kind != .object else { return }
    kind = .object
    keys = []
    items = []
  }

  func array() {
    guard kind != .array else { return }
    kind = .array
    items = []
  }

  func child(forKey key: String) -> ValueBox {
    object()
    if let index = keys.firstIndex(of: key) { return items[index] }
    let child = ValueBox()
    keys.append(key)
    items.append(child)
    return child
  }

  func appendChild() -> ValueBox {
    array()
    let child = ValueBox()
    items.append(child)
    return child
  }

  var count: Int { kind == .array ? items.count : 0 }

  func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
    switch kind {
    case .scalar:
      switch storage {
      case .null: output.append(contentsOf: "null".utf8)
      case .literal(let text): output.append(contentsOf: text.utf8)
      case .string(let text): ValueBox.writeString(text, to: &output)
      }
    case .array:
      guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        ValueBox.newline(&output, pretty: pretty, indent: indent + 1)
        item.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      ValueBox.newline(&output, pretty: pretty, indent: indent)
      output.append(UInt8(ascii: "]"))
    case .object:
      guard !keys.isEmpty else { return output.append(contentsOf: "{}".utf8) }
      output.append(UInt8(ascii: "{"))
      for index in keys.indices {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        ValueBox.newline(&output, pretty: pretty, indent: indent + 1)
        ValueBox.writeString(keys[index], to: &output)
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(UInt8(ascii: " ")) }
        items[index].write(to: &output, pretty: pretty, indent: indent + 1)
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
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        output.append(contentsOf: Array("\\u00".utf8))
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 0xF)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}

private struct TreeEncoder: Encoder {
  let box: ValueBox
  var codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    box.object()
    return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    box.array()
    return UnkeyedContainer(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(box: box, codingPath: codingPath) }
}

/// Stores a value in a box: scalars directly, anything else through its own `encode(to:)`.
private func store<T: Encodable>(_ value: T, in box: ValueBox, codingPath: [CodingKey]) throws {
  switch value {
  case let string as String: box.storage = .string(string)
  case let bool as Bool: box.storage = .literal(bool ? "true" : "false")
  case let int as Int: box.storage = .literal(String(int))
  case let double as Double:
    guard double.isFinite else {
      throw EncodingError.invalidValue(double, .init(codingPath: codingPath, debugDescription: "not a finite number"))
    }
    box.storage = .literal(double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double))
  default: try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: ValueBox
  var codingPath: [CodingKey]

  mutating func encodeNil(forKey key: Key) throws { box.child(forKey: key.stringValue).storage = .null }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try store(value, in: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = box.child(forKey: key.stringValue)
    child.object()
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    let child = box.child(forKey: key.stringValue)
    child.array()
    return UnkeyedContainer(box: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> Encoder { TreeEncoder(box: box.child(forKey: "super"), codingPath: codingPath) }

  mutating func superEncoder(forKey key: Key) -> Encoder {
    TreeEncoder(box: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
  }
}

private struct IndexKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ index: Int) {
    stringValue = String(index)
    intValue = index
  }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.init(intValue) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let box: ValueBox
  var codingPath: [CodingKey]
  var count: Int { box.count }

  mutating func encodeNil() throws { box.appendChild().storage = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let path = codingPath + [IndexKey(count)]
    try store(value, in: box.appendChild(), codingPath: path)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    let child = box.appendChild()
    child.object()
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    let child = box.appendChild()
    child.array()
    return UnkeyedContainer(box: child, codingPath: codingPath)
  }

  mutating func superEncoder() -> Encoder { TreeEncoder(box: box.appendChild(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let box: ValueBox
  var codingPath: [CodingKey]

  mutating func encodeNil() throws { box.storage = .null }

  mutating func encode<T: Encodable>(_ value: T) throws { try store(value, in: box, codingPath: codingPath) }
}
