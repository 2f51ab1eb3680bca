import ExtractKit
import Foundation

/// Turns inputs into safe relative output names: never absolute, never "..", never a
/// component a file system could misread, whatever the input path or WARC record id holds.
enum OutputNames {
  /// Longest component kept, in bytes (file systems allow 255; room for the extension).
  static let maximumComponentBytes = 200

  /// A command-line file: its relative path when it stays below the current folder,
  /// else its file name.
  static func components(ofArgument path: String) -> [String] {
    let parts = path.split(separator: "/").map(String.init).filter { $0 != "." && !$0.isEmpty }
    if path.hasPrefix("/") || parts.contains("..") { return parts.last.map { [$0] } ?? ["page"] }
    return parts
  }

  /// The output file's components for an input's name, with the page extension (and
  /// `.gz`) replaced by the format's.
  static func file(for name: [String], extension newExtension: String) -> [String] {
    var parts = name.map(sanitize).filter { !$0.isEmpty }
    if parts.isEmpty { parts = ["page"] }
    var last = parts.removeLast()
    let lower = last.lowercased()
    if lower.hasSuffix(".gz") { last.removeLast(3) }
    let stem = Inputs.pathExtension(last).isEmpty ? last : String(last[..<last.lastIndex(of: ".")!])
    parts.append((stem.isEmpty ? "page" : stem) + "." + newExtension)
    return parts
  }

  /// The output file's components keeping the input's whole file name ("page.htm.json"):
  /// for pages whose names would otherwise collide.
  static func file(keepingExtensionOf name: [String], extension newExtension: String) -> [String] {
    var parts = name.map(sanitize).filter { !$0.isEmpty }
    if parts.isEmpty { parts = ["page"] }
    parts.append(parts.removeLast() + "." + newExtension)
    return parts
  }

  /// A WARC record: a folder named after the WARC file, and a file named after the record
  /// id (the UUID of `<urn:uuid:…>`, or a hash of an id that has none).
  static func file(forRecord recordID: String, in warcName: [String], extension newExtension: String) -> [String] {
    var folder = warcName.map(sanitize).filter { !$0.isEmpty }
    if var last = folder.popLast() {
      for suffix in [".gz", ".zst", ".warc"] where last.lowercased().hasSuffix(suffix) { last.removeLast(suffix.count) }
      folder.append(last.isEmpty ? "warc" : last)
    }
    var id = recordID
    if id.hasPrefix("<") && id.hasSuffix(">") { id = String(id.dropFirst().dropLast()) }
    if id.lowercased().hasPrefix("urn:uuid:") { id = String(id.dropFirst("urn:uuid:".count)) }
    var name = sanitize(id)
    if name.isEmpty || name != id { name = stableHash(recordID) }
    return folder + [name + "." + newExtension]
  }

  /// Keeps letters, digits and `._-+@=,` of a component; drops `.` and `..` entirely.
  static func sanitize(_ component: String) -> String {
    let allowed = Set("._-+@=,")
    var kept = String(
      component.unicodeScalars.map { scalar -> Character in
        let character = Character(scalar)
        return scalar.value < 0x80 && (character.isLetter || character.isNumber || allowed.contains(character))
          ? character : "_"
      })
    if kept.allSatisfy({ $0 == "." }) { return "" }
    if kept.hasPrefix(".") { kept = "_" + kept.dropFirst() }
    while kept.utf8.count > maximumComponentBytes { kept.removeLast() }
    return kept
  }

  /// FNV-1a, 64 bits, in hex: a name that is the same on every run for the same id.
  static func stableHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}

/// Writes one file a page under a folder, atomically (a temporary file renamed into
/// place, so a file is whole or absent), and never outside the folder: names are
/// sanitized and no symbolic link inside the folder is followed.
final class OutputDirectory: @unchecked Sendable {
  let root: URL
  private let rootPath: String
  private let lock = NSLock()
  private var used: Set<String> = []

  init(path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    root = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    rootPath = root.path
  }

  /// The path for these components; a second page with the same name in one run gets
  /// "~2", "~3" … before its extension, so no record overwrites another.
  func claim(_ components: [String]) -> String {
    lock.lock()
    defer { lock.unlock() }
    var candidate = path(components)
    var number = 2
    while used.contains(candidate) {
      var numbered = components
      let last = numbered.removeLast()
      let dot = last.lastIndex(of: ".") ?? last.endIndex
      numbered.append(last[..<dot] + "~\(number)" + last[dot...])
      candidate = path(numbered)
      number += 1
    }
    used.insert(candidate)
    return candidate
  }

  private func path(_ components: [String]) -> String {
    ([rootPath] + components).joined(separator: "/")
  }

  func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Writes `bytes` to `path` (a path from `claim`).
  func write(_ bytes: [UInt8], to path: String) throws {
    try write(to: path) { sink in try bytes.withUnsafeBufferPointer { try sink($0) } }
  }

  /// Writes what `body` hands its sink to `path` (a path from `claim`), as it comes: the
  /// file appears whole, under its name, once all is written.
  func write(to path: String, _ body: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
    guard path.hasPrefix(rootPath + "/") else { throw OutputError("\(path) is outside the output folder") }
    let relative = path.dropFirst(rootPath.count + 1).split(separator: "/").map(String.init)
    var folder = rootPath
    for component in relative.dropLast() {
      guard component != "..", component != "." else { throw OutputError("\(path): unsafe name") }
      folder += "/" + component
      var info = stat()
      if lstat(folder, &info) == 0 {
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
          throw OutputError("\(folder) is not a folder (symbolic links are not followed)")
        }
      } else if mkdir(folder, 0o755) != 0 && errno != EEXIST {
        throw OutputError("\(folder): \(String(cString: strerror(errno)))")
      }
    }
    let temporary = folder + "/.extract-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputError("\(temporary): \(String(cString: strerror(errno)))") }
    do {
      try Output.writeStreamed(to: descriptor, body)
      close(descriptor)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    // rename replaces a symbolic link at the target itself; it never writes through it.
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw OutputError("\(path): \(reason)")
    }
  }
}

struct OutputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
