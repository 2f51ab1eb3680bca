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
    let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      appendEscaped(bytes, to: &output)
      return true
    }
    if copied == nil {
      for byte in text.utf8 { escape(byte, to: &output) }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// A string's bytes, escaped, without the quotes. Escapes are per byte, so a string written
  /// in pieces cut anywhere gives the same bytes as written whole.
  static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    // Runs of bytes that need no escape are copied whole: a per-byte append was a hot spot.
    // Eight bytes at a time are tested first: nearly every word of text needs no escape.
    var runStart = 0
    var index = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return }
    while index < count {
      if index + 8 <= count, !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
        index += 8
        continue
      }
      let byte = base[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        escape(byte, to: &output)
        runStart = index + 1
      }
      index += 1
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
  }

  /// Whether a word of eight bytes holds one below 0x20, a quote or a backslash: exact for
  /// the word as a whole (the "has less than" and "has zero" byte tests of word arithmetic),
  /// so a false answer lets all eight through.
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let control = (word &- ones &* 0x20) & ~word & high
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    return control | ((quote &- ones) & ~quote & high) | ((backslash &- ones) & ~backslash & high) != 0
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

/// Writes an `Article` as JSON straight from its fields: the same bytes `OrderedJSONEncoder`
/// makes of it (key order, `null`s, escapes, indentation), without `Encodable`'s boxed
/// containers and dynamic casts per value, which cost a fifth of an extraction on pages of
/// many lists. `JSONWriterTests` holds the two to the same output on every test page.
struct JSONWriter {
  private(set) var output: [UInt8] = []
  private let pretty: Bool
  /// Items written so far in each open container, outermost first.
  private var counts: [Int] = []
  /// Where a streamed record goes, `chunkBytes` at a time (nil: the record is kept whole in
  /// `output`), and the first error it threw (nothing more is handed to it after one).
  private var sink: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
  private var chunkBytes = Int.max
  private var failure: Error?

  init(pretty: Bool, capacity: Int = 16_384) {
    self.pretty = pretty
    output.reserveCapacity(capacity)
  }

  /// Bytes a streamed record is handed on in: large enough that a write call costs nothing
  /// per byte, small against any page (the record of a page of lists is five times the page,
  /// and was held whole before it was written).
  static let streamedChunkBytes = 64 << 10

  /// Writes the article's JSON to `sink` in pieces of about `chunkBytes` (a string longer
  /// than that is cut, escapes being per byte): the same bytes as `write(_:pretty:)`, without
  /// the whole record in memory. Throws the first error `sink` threw.
  static func stream(
    _ article: Article, pretty: Bool, chunkBytes: Int = streamedChunkBytes,
    to sink: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    try withoutActuallyEscaping(sink) { sink in
      var writer = JSONWriter(pretty: pretty, capacity: chunkBytes + chunkBytes / 4)
      writer.sink = sink
      writer.chunkBytes = chunkBytes
      article.write(to: &writer)
      writer.drain()
      if let failure = writer.failure { throw failure }
    }
  }

  /// Hands the buffered bytes to the sink once there are `chunkBytes` of them.
  private mutating func drainIfFull() {
    if output.count >= chunkBytes { drain() }
  }

  private mutating func drain() {
    guard let sink, !output.isEmpty else { return }
    if failure == nil {
      do { try output.withUnsafeBufferPointer { try sink($0) } } catch { failure = error }
    }
    output.removeAll(keepingCapacity: true)
  }

  /// Output bytes reserved per byte of the article's text: its sections, lists and steps
  /// repeat the text, so a record runs to about two to five times it (five on pages of lists
  /// side by side). Reserved once, the buffer is not regrown by doubling, when the old and the
  /// new buffer both held the record; a large reservation is mapped on its own, and the part
  /// never written costs no memory.
  static let reservedBytesPerTextByte = 8
  /// Reserved beyond that: the metadata, headings and links of a page of little text.
  static let reservedBytesBeyondText = 64 << 10

  static func write(_ article: Article, pretty: Bool) -> [UInt8] {
    let estimate = article.text.utf8.count * reservedBytesPerTextByte + reservedBytesBeyondText
    var writer = JSONWriter(pretty: pretty, capacity: pretty ? estimate * 2 : estimate)
    article.write(to: &writer)
    return writer.output
  }

  mutating func object(_ body: (inout JSONWriter) -> Void) {
    output.append(UInt8(ascii: "{"))
    counts.append(0)
    body(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array<Element>(_ elements: [Element], _ body: (inout JSONWriter, Element) -> Void) {
    output.append(UInt8(ascii: "["))
    counts.append(0)
    for element in elements {
      beginItem()
      body(&self, element)
    }
    close(UInt8(ascii: "]"))
  }

  private mutating func close(_ bracket: UInt8) {
    let count = counts.removeLast()
    if count > 0 { newline() }
    output.append(bracket)
  }

  private mutating func beginItem() {
    drainIfFull()
    if counts[counts.count - 1] > 0 { output.append(UInt8(ascii: ",")) }
    counts[counts.count - 1] += 1
    newline()
  }

  private mutating func newline() {
    guard pretty else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: counts.count * 2))
  }

  /// Starts the next member of the open object.
  mutating func key(_ key: StaticString) {
    beginItem()
    output.append(UInt8(ascii: "\""))
    output.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    output.append(UInt8(ascii: "\""))
    output.append(UInt8(ascii: ":"))
    if pretty { output.append(UInt8(ascii: " ")) }
  }

  mutating func value(_ string: String) {
    guard sink != nil, string.utf8.count > chunkBytes else {
      JSONStream.writeString(string, to: &output)
      return
    }
    // A text longer than a chunk (an article's whole text) goes out in pieces.
    var utf8 = string
    utf8.makeContiguousUTF8()
    output.append(UInt8(ascii: "\""))
    utf8.utf8.withContiguousStorageIfAvailable { bytes in
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + chunkBytes)
        JSONStream.appendEscaped(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &output)
        drainIfFull()
        start = end
      }
    }
    output.append(UInt8(ascii: "\""))
  }
  mutating func value(_ int: Int) { output.append(contentsOf: String(int).utf8) }
  mutating func value(_ bool: Bool) { output.append(contentsOf: (bool ? "true" : "false").utf8) }
  mutating func null() { output.append(contentsOf: "null".utf8) }

  mutating func value(_ string: String?) {
    if let string { value(string) } else { null() }
  }

  mutating func value(_ int: Int?) {
    if let int { value(int) } else { null() }
  }

  mutating func value(_ strings: [String]) { array(strings) { $0.value($1) } }

  mutating func value<Value: JSONWritable>(_ value: Value?) {
    if let value { value.write(to: &self) } else { null() }
  }

  mutating func value<Value: JSONWritable>(_ values: [Value]) { array(values) { $1.write(to: &$0) } }
}

/// A model type `JSONWriter` writes member by member, as its `encode(to:)` does.
protocol JSONWritable {
  func write(to writer: inout JSONWriter)
}

extension Article: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("schemaVersion")
      writer.value(schemaVersion)
      writer.key("source")
      writer.value(source)
      writer.key("title")
      writer.value(title)
      writer.key("description")
      writer.value(description)
      writer.key("siteName")
      writer.value(siteName)
      writer.key("language")
      writer.value(language)
      writer.key("publishedAt")
      writer.value(publishedAt)
      writer.key("modifiedAt")
      writer.value(modifiedAt)
      writer.key("byline")
      writer.value(byline)
      writer.key("heroImage")
      writer.value(heroImage)
      writer.key("headings")
      writer.value(headings)
      writer.key("sections")
      writer.value(sections)
      writer.key("lists")
      writer.value(lists)
      writer.key("steps")
      writer.value(steps)
      writer.key("authorBio")
      writer.value(authorBio)
      writer.key("related")
      writer.value(related)
      writer.key("links")
      writer.value(links)
      writer.key("text")
      writer.value(text)
      writer.key("warnings")
      writer.value(warnings)
    }
  }
}

extension Source: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("path")
      writer.value(path)
      writer.key("url")
      writer.value(url)
      writer.key("canonicalUrl")
      writer.value(canonicalUrl)
      writer.key("bytes")
      writer.value(bytes)
      writer.key("encoding")
      writer.value(encoding)
      writer.key("warc")
      writer.value(warc)
    }
  }
}

extension WARCOrigin: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("recordId")
      writer.value(recordId)
      writer.key("date")
      writer.value(date)
      writer.key("filename")
      writer.value(filename)
      writer.key("offset")
      writer.value(offset)
      writer.key("length")
      writer.value(length)
    }
  }
}

extension Byline: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("raw")
      writer.value(raw)
      writer.key("authors")
      writer.value(authors)
      writer.key("publishedAt")
      writer.value(publishedAt)
      writer.key("commentCount")
      writer.value(commentCount)
    }
  }
}

extension Person: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("name")
      writer.value(name)
      writer.key("credentials")
      writer.value(credentials)
      writer.key("url")
      writer.value(url)
    }
  }
}

extension ArticleImage: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("src")
      writer.value(src)
      writer.key("alt")
      writer.value(alt)
      writer.key("width")
      writer.value(width)
      writer.key("height")
      writer.value(height)
    }
  }
}

extension Heading: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("level")
      writer.value(level)
      writer.key("text")
      writer.value(text)
      writer.key("id")
      writer.value(id)
    }
  }
}

extension ArticleSection: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("heading")
      writer.value(heading)
      writer.key("blocks")
      writer.value(blocks)
      writer.key("sections")
      writer.value(sections)
    }
  }
}

extension Block: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("type")
      switch self {
      case .paragraph(let text):
        writer.value("paragraph")
        writer.key("text")
        writer.value(text)
      case .list(let list):
        writer.value("list")
        writer.key("list")
        list.write(to: &writer)
      case .image(let image):
        writer.value("image")
        writer.key("image")
        image.write(to: &writer)
      case .quote(let text):
        writer.value("quote")
        writer.key("text")
        writer.value(text)
      case .code(let text):
        writer.value("code")
        writer.key("text")
        writer.value(text)
      case .table(let rows):
        writer.value("table")
        writer.key("rows")
        writer.array(rows) { $0.value($1) }
      }
    }
  }
}

extension ArticleList: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("ordered")
      writer.value(ordered)
      writer.key("intro")
      writer.value(intro)
      writer.key("items")
      writer.value(items)
    }
  }
}

extension ListItem: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("title")
      writer.value(title)
      writer.key("text")
      writer.value(text)
      writer.key("lists")
      writer.value(lists)
    }
  }
}

extension StepGroup: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("title")
      writer.value(title)
      writer.key("steps")
      writer.value(steps)
    }
  }
}

extension Step: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("position")
      writer.value(position)
      writer.key("text")
      writer.value(text)
    }
  }
}

extension AuthorBio: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("name")
      writer.value(name)
      writer.key("credentials")
      writer.value(credentials)
      writer.key("bio")
      writer.value(bio)
      writer.key("image")
      writer.value(image)
      writer.key("url")
      writer.value(url)
      writer.key("links")
      writer.value(links)
    }
  }
}

extension Related: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("heading")
      writer.value(heading)
      writer.key("posts")
      writer.value(posts)
    }
  }
}

extension PostCard: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("title")
      writer.value(title)
      writer.key("url")
      writer.value(url)
      writer.key("author")
      writer.value(author)
      writer.key("publishedAt")
      writer.value(publishedAt)
      writer.key("commentCount")
      writer.value(commentCount)
      writer.key("excerpt")
      writer.value(excerpt)
      writer.key("image")
      writer.value(image)
    }
  }
}

extension Link: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { writer in
      writer.key("text")
      writer.value(text)
      writer.key("url")
      writer.value(url)
    }
  }
}
