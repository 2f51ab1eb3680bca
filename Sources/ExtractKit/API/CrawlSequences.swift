import Foundation

/// The HTML pages of a WARC file (WARC/1.0 or 1.1, plain or gzipped), one
/// ``CrawledPage`` at a time, as the command reads them: every `response` record holding a
/// successful HTML response (and `resource` records of type `text/html`); requests,
/// metadata, images and redirects passed over. One record is in memory at a time.
///
/// ```swift
/// for try await page in WARCPages(url: URL(fileURLWithPath: "crawl.warc.gz")) {
///   let article = try page.extract()
/// }
/// ```
///
/// A record that cannot be read (truncated, over the size limit, an unknown content
/// encoding) is a page with a ``CrawledPage/readError``; the iteration goes on. A file that
/// cannot be opened, or whose gzip data is corrupt, ends the iteration with an error.
///
/// Reading is blocking file I/O, done in `next()`; extract pages in a task group to use
/// several cores (see <doc:GettingStarted>).
public struct WARCPages: AsyncSequence, Sendable {
  /// The pages' type.
  public typealias Element = CrawledPage

  /// The WARC file.
  public let url: URL
  /// The options every page is extracted with; `maximumInputBytes` is also the largest
  /// record read (larger ones are failures, not held in memory).
  public let options: ExtractOptions

  /// Reads the WARC file at `url` (a file URL), with the command's limits by default.
  public init(url: URL, options: ExtractOptions = ExtractOptions()) {
    self.url = url
    self.options = options
  }

  /// Starts reading.
  public func makeAsyncIterator() -> Iterator {
    Iterator(url: url, options: options)
  }

  /// Reads the file record by record.
  public struct Iterator: AsyncIteratorProtocol {
    private let path: String
    private let options: ExtractOptions
    private var reader: WARCReader?
    private var done = false

    init(url: URL, options: ExtractOptions) {
      self.path = url.path
      self.options = options
    }

    /// The next page; nil at the end of the file.
    public mutating func next() async throws -> CrawledPage? {
      guard !done else { return nil }
      do {
        if reader == nil {
          reader = try WARCReader(stream: FileStream(path: path), recordLimit: options.maximumInputBytes)
        }
        guard let entry = try reader?.next() else {
          done = true
          return nil
        }
        switch entry {
        case .page(let record):
          var pageOptions = options
          pageOptions.url = record.targetURI ?? options.url
          pageOptions.path = path
          pageOptions.charsetHint = record.charset
          return CrawledPage(
            html: record.body, path: path, url: record.targetURI, warcRecordID: record.recordID,
            warcDate: record.date, options: pageOptions,
            warc: WARCOrigin(
              recordId: record.recordID, date: record.date, filename: (path as NSString).lastPathComponent,
              offset: record.offset,
              length: record.length))
        case .failure(let recordID, let targetURI, let message):
          var pageOptions = options
          pageOptions.url = targetURI ?? options.url
          pageOptions.path = path
          return CrawledPage(
            html: [], path: path, url: targetURI, warcRecordID: recordID,
            readError: PageReadError(kind: "warc", message: message), options: pageOptions)
        }
      } catch {
        done = true
        throw error
      }
    }
  }
}

/// The saved pages under a folder, one ``CrawledPage`` at a time, found as the command
/// finds them: searched recursively in sorted order, hidden entries and symbolic links
/// skipped, `.html .htm .xhtml .shtml` (and the other page extensions) files, any of them
/// gzipped as `.gz`, and files without an extension that start like HTML. WARC files in the
/// folder are not opened: read them with ``WARCPages``.
///
/// ```swift
/// for try await page in FolderPages(url: URL(fileURLWithPath: "mirror/")) {
///   let article = try page.extract()
/// }
/// ```
///
/// A file that cannot be read, is corrupt gzip, or exceeds `maximumInputBytes` is a page
/// with a ``CrawledPage/readError``; the iteration goes on. Only a folder that cannot be
/// listed at all ends it with an error.
public struct FolderPages: AsyncSequence, Sendable {
  /// The pages' type.
  public typealias Element = CrawledPage

  /// The folder.
  public let url: URL
  /// The options every page is extracted with; `maximumInputBytes` is also the largest
  /// file read (after gzip).
  public let options: ExtractOptions

  /// Reads the pages under the folder at `url` (a file URL), with the command's limits by
  /// default.
  public init(url: URL, options: ExtractOptions = ExtractOptions()) {
    self.url = url
    self.options = options
  }

  /// Starts the walk.
  public func makeAsyncIterator() -> Iterator {
    Iterator(root: url.path, options: options)
  }

  /// Walks the folder depth first, one folder's listing held per level.
  public struct Iterator: AsyncIteratorProtocol {
    private let options: ExtractOptions
    private let root: String
    private var started = false
    /// The folders being walked: each one's sorted entries and the next to look at.
    private var stack: [(folder: String, entries: [String], next: Int)] = []

    init(root: String, options: ExtractOptions) {
      self.root = root
      self.options = options
    }

    /// The next page; nil when the folder is walked.
    public mutating func next() async throws -> CrawledPage? {
      if !started {
        started = true
        stack.append((root, try PageFiles.entries(of: root), 0))
      }
      while let top = stack.last {
        guard top.next < top.entries.count else {
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let name = top.entries[top.next]
        let path = (top.folder as NSString).appendingPathComponent(name)
        switch PageFiles.kind(of: path, name: name) {
        case .folder:
          // A sub-folder that cannot be listed is passed over, as the command does.
          if let entries = try? PageFiles.entries(of: path) { stack.append((path, entries, 0)) }
        case .page:
          return read(path)
        case .other:
          continue
        }
      }
      return nil
    }

    private func read(_ path: String) -> CrawledPage {
      var pageOptions = options
      pageOptions.path = path
      do {
        var bytes = try FileStream.contents(of: path, limit: options.maximumInputBytes)
        if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, limit: options.maximumInputBytes) }
        return CrawledPage(html: bytes, path: path, options: pageOptions)
      } catch {
        let failure: PageReadError
        switch error {
        case let error as ExtractError: failure = PageReadError(kind: error.kind, message: error.description)
        case .unreadable(_, let reason) as InputError: failure = PageReadError(kind: "unreadable", message: reason)
        case let error as InputError: failure = PageReadError(kind: error.kind, message: error.description)
        default: failure = PageReadError(kind: "unreadable", message: error.localizedDescription)
        }
        return CrawledPage(html: [], path: path, readError: failure, options: pageOptions)
      }
    }
  }
}

/// Which files of a folder are saved pages: the rules the command and ``FolderPages`` share.
package enum PageFiles {
  /// Extensions of saved pages, as wget, browsers and crawlers name them.
  package static let extensions: Set<String> = ["html", "htm", "xhtml", "shtml", "xht", "php", "asp", "aspx", "jsp"]

  /// How many leading bytes decide whether an extension-less file is a page.
  package static let sniffBytes = 1024

  /// What extension-less pages (wget's `index`, CMS exports) start with.
  package static let htmlStarts = ["<!doctype html", "<html", "<head", "<body"]

  enum Kind {
    case folder
    case page
    case other
  }

  /// A folder's entries, sorted, hidden ones left out.
  static func entries(of folder: String) throws -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    } catch {
      throw InputError.unreadable(path: folder, reason: "the folder cannot be read")
    }
  }

  static func kind(of path: String, name: String) -> Kind {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let type = attributes[.type] as? FileAttributeType
    else { return .other }
    // Symbolic links are not followed: a mirror's links can loop or point outside it.
    if type == .typeDirectory { return .folder }
    guard type == .typeRegular else { return .other }
    if isWARC(name) { return .other }
    return isPageName(name) || (pathExtension(name).isEmpty && sniffsAsHTML(path)) ? .page : .other
  }

  package static func isWARC(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
  }

  package static func isPageName(_ name: String) -> Bool {
    var name = name.lowercased()
    if name.hasSuffix(".gz") { name.removeLast(3) }
    return extensions.contains(pathExtension(name))
  }

  package static func pathExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...]).lowercased()
  }

  package static func sniffsAsHTML(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    var head = [UInt8]((try? handle.read(upToCount: sniffBytes)) ?? Data())
    if Gzip.isCompressed(head) {
      // The first inflated chunk is enough; the rest of the member is not needed here.
      head = (try? GzipStream(MemoryStream(head)).read(maxBytes: sniffBytes)) ?? []
    }
    let text = String(decoding: head.prefix(sniffBytes), as: UTF8.self).lowercased()
    return htmlStarts.contains { text.contains($0) }
  }
}
