import ExtractKit
import Foundation

/// One thing named on the command line (or in `--files-from`), resolved into what to read.
enum Input: Equatable {
  /// An HTML page (maybe gzipped). `name` is its path relative to the folder it was found
  /// in, for `--output-dir`.
  case page(path: String, name: [String])
  /// A WARC file, or standard input with `--warc -`.
  case warc(path: String?, name: [String])
  /// Standard input holding one page.
  case standardInput
  /// JSON Lines of page requests (`--input jsonl`): a file, or standard input when nil.
  case requests(path: String?)
  /// A path that cannot be used; it still gets a record.
  case unusable(path: String, kind: String, message: String)
}

/// Expands paths into inputs: folders recursively (sorted, hidden entries skipped), WARC
/// files by name or by their first bytes.
enum Inputs {
  /// Extensions of saved pages, as wget, browsers and crawlers name them.
  static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "xht", "php", "asp", "aspx", "jsp"]

  static func expand(_ paths: [String], forceWARC: Bool) -> [Input] {
    var inputs: [Input] = []
    for path in paths {
      if path == "-" {
        inputs.append(forceWARC ? .warc(path: nil, name: ["stdin"]) : .standardInput)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        inputs.append(.unusable(path: path, kind: "unreadable", message: "no such file"))
        continue
      }
      if isDirectory.boolValue {
        // Output names keep the folder as named ("site/blog/a.json"), as files keep theirs.
        walk(folder: path, relative: OutputNames.components(ofArgument: path), into: &inputs, forceWARC: forceWARC)
      } else {
        let name = OutputNames.components(ofArgument: path)
        inputs.append(forceWARC || isWARC(path) ? .warc(path: path, name: name) : .page(path: path, name: name))
      }
    }
    return inputs
  }

  /// Longest `--files-from` list read: a million paths of 64 bytes; more is refused rather
  /// than held (standard input can be endless).
  static let maximumListBytes = 64 << 20

  /// Paths from a file, a pipe (`<(…)`) or standard input for "-", one a line; blank lines
  /// and lines starting with "#" are skipped.
  static func paths(fromFile file: String, limit: Int = maximumListBytes) throws -> [String] {
    let bytes: [UInt8]
    do {
      bytes = try (file == "-" ? FileStream() : FileStream(path: file)).contents(limit: limit)
    } catch let error as ExtractError {
      if case .tooLarge = error { throw ValidationFailure("--files-from \(file): the list is over \(limit) bytes") }
      throw ValidationFailure("--files-from \(file): \(error)")
    } catch {
      throw ValidationFailure("--files-from \(file): cannot be read")
    }
    return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
      .map { $0.trimmingScalars(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }

  /// A folder's entries as raw bytes: `FileManager` drops names that are not UTF-8 without
  /// a word, and a page must never vanish from a run in silence.
  private static func entries(of folder: String) -> [[UInt8]]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [[UInt8]] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
    }
    return names
  }

  private static func walk(folder: String, relative: [String], into inputs: inout [Input], forceWARC: Bool) {
    guard let raw = entries(of: folder) else {
      inputs.append(.unusable(path: folder, kind: "unreadable", message: "the folder cannot be read"))
      return
    }
    var names: [String] = []
    for name in raw where name.first != UInt8(ascii: ".") {
      guard let text = String(validating: name, as: UTF8.self) else {
        let shown = (folder as NSString).appendingPathComponent(String(decoding: name, as: UTF8.self))
        inputs.append(.unusable(path: shown, kind: "unreadable", message: "the file name is not UTF-8"))
        continue
      }
      names.append(text)
    }
    for entry in names.sorted() {
      let path = (folder as NSString).appendingPathComponent(entry)
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      let type = info.st_mode & S_IFMT
      // Symbolic links are not followed: a mirror's links can loop or point outside it.
      if type == S_IFDIR {
        walk(folder: path, relative: relative + [entry], into: &inputs, forceWARC: forceWARC)
      } else if type == S_IFREG {
        if forceWARC || isWARC(entry) {
          inputs.append(.warc(path: path, name: relative + [entry]))
        } else if isPageName(entry) || (pathExtension(entry).isEmpty && sniffsAsHTML(path)) {
          inputs.append(.page(path: path, name: relative + [entry]))
        }
      }
    }
  }

  static func isWARC(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") || lower.hasSuffix(".warc.zst")
  }

  static func isPageName(_ name: String) -> Bool {
    var name = name.lowercased()
    if name.hasSuffix(".gz") { name.removeLast(3) }
    return pageExtensions.contains(pathExtension(name))
  }

  static func pathExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...]).lowercased()
  }

  /// How many leading bytes decide whether an extension-less file is a page.
  static let sniffBytes = 1024

  /// Extension-less files (wget's `index`, CMS exports) are pages when they start like one.
  private static func sniffsAsHTML(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    var head = [UInt8]((try? handle.read(upToCount: sniffBytes)) ?? Data())
    if Gzip.isCompressed(head) {
      // The first inflated chunk is enough; the rest of the member is not needed here.
      head = (try? GzipStream(MemoryStream(head)).read(maxBytes: sniffBytes)) ?? []
    }
    let text = String(decoding: head.prefix(sniffBytes), as: UTF8.self).lowercased()
    return ["<!doctype html", "<html", "<head", "<body"].contains { text.contains($0) }
  }
}

/// A usage problem found after argument parsing (e.g. an unreadable `--files-from`).
struct ValidationFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
