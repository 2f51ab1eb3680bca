import ExtractKit
import Foundation

/// What a run was asked to do, after the arguments were checked.
struct Settings {
  var format: Format
  var pretty: Bool
  var jobs: Int
  var outputDirectory: String?
  var force: Bool
  var quiet: Bool
  var url: String?
  var encoding: String?
  var maximumInputBytes: Int
  var maximumElements: Int
  /// `--format markdown`: the author bio and related posts after the article (`--no-asides`: off).
  var asides = true
  /// `--input jsonl`: request lines in, one record a line out, no error lines on stderr.
  var requests = false
  /// Several pages as `--format json` on standard output: one JSON array.
  var jsonArray: Bool { format == .json && outputDirectory == nil && !requests }
}

/// Extracting one page from where it lives; every error becomes a record, never a throw.
enum Work {
  static func file(path: String, options: ExtractOptions) -> Outcome {
    let origin = ErrorRecord.Origin(path: options.path, url: options.url)
    do {
      var bytes = try FileStream.contents(of: path, limit: options.maximumInputBytes)
      if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, limit: options.maximumInputBytes) }
      let size = bytes.count
      defer { Heap.extracted(pageBytes: size) }
      return .article(try ArticleExtractor().extract(html: consume bytes, options: options))
    } catch {
      return .failure(record(error, origin: origin))
    }
  }

  /// Standard input holding one page, read no further than one chunk past
  /// `--max-input-bytes`: a pipe of gigabytes is refused without being held.
  static func standardInput(options: ExtractOptions) -> Outcome {
    let origin = ErrorRecord.Origin(path: nil, url: options.url)
    do {
      let bytes = try FileStream().contents(limit: options.maximumInputBytes)
      return Self.bytes(bytes, options: options, origin: origin)
    } catch {
      return .failure(record(error, origin: origin))
    }
  }

  /// A page in memory; `warc` says where it sat in a WARC file.
  static func bytes(
    _ bytes: [UInt8], options: ExtractOptions, origin: ErrorRecord.Origin, warc: WARCOrigin? = nil
  ) -> Outcome {
    do {
      var bytes = bytes
      if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, limit: options.maximumInputBytes) }
      let size = bytes.count
      defer { Heap.extracted(pageBytes: size) }
      var article = try ArticleExtractor().extract(html: bytes, options: options)
      article.source.warc = warc
      return .article(article)
    } catch {
      return .failure(record(error, origin: origin))
    }
  }

  static func record(_ error: Error, origin: ErrorRecord.Origin) -> ErrorRecord {
    switch error {
    case let error as ExtractError:
      return ErrorRecord(source: origin, kind: error.kind, message: error.description)
    case let error as InputError:
      if case .unreadable(_, let reason) = error {
        return ErrorRecord(source: origin, kind: error.kind, message: reason)
      }
      return ErrorRecord(source: origin, kind: error.kind, message: error.description)
    default:
      return ErrorRecord(source: origin, kind: "unreadable", message: String(describing: error))
    }
  }
}

/// Many pages: files, folders and WARC files in, one record a page out, in input order,
/// extracted on `jobs` threads. Every page yields a record; a failure is a record too.
final class Batch: @unchecked Sendable {
  let settings: Settings
  private let directory: OutputDirectory?
  let progress: Progress
  private let lock = NSLock()
  private var records = 0
  /// A page's output could not be written (the exit code says so at the end).
  private var outputFailure: String?
  /// Standard output cannot take more: the run stops.
  private var outputStopped = false
  private var brokenPipe = false

  init(settings: Settings, expectedPages: Int?) throws {
    self.settings = settings
    directory = try settings.outputDirectory.map { try OutputDirectory(path: $0) }
    progress = Progress(live: !settings.quiet && Progress.standardErrorIsTerminal, total: expectedPages)
  }

  /// A finished page on its way out, with its display name and output file.
  struct Produced {
    /// The page's article or error record; nil once an article's record was rendered whole
    /// (`hold`), so a record waiting for an earlier one holds its bytes only.
    var outcome: Outcome?
    var display: String
    var destination: String?
    /// The record's bytes, rendered on the worker thread so the in-order writer only writes;
    /// nil for an article's JSON, streamed by the writer as it is made (`Output.stream`).
    var rendered: Result<[UInt8], Error>? = nil
    let failed: Bool
    let littleText: Bool

    init(outcome: Outcome, display: String, destination: String?) {
      self.outcome = outcome
      self.display = display
      self.destination = destination
      failed = outcome.failed
      littleText = outcome.hasLittleText
    }
  }

  /// Queues one page's work, whose input is `cost` bytes held until it is written. A record
  /// that is not streamed is rendered on the worker that extracted it.
  func submit(_ runner: OrderedRunner<Produced>, cost: Int = 0, _ make: @escaping () -> Produced) {
    let (format, pretty, element, asides) = (settings.format, settings.pretty, settings.jsonArray, settings.asides)
    runner.submit(cost: cost) {
      var produced = make()
      if let outcome = produced.outcome, !Output.streams(outcome, format: format) {
        produced.rendered = Result {
          let bytes = try Output.render(outcome, format: format, pretty: pretty, asides: asides)
          return element ? Output.arrayElement(bytes, pretty: pretty) : bytes
        }
      }
      return produced
    }
  }

  /// A result that must wait for an earlier one (another thread's slower page): its record is
  /// rendered whole now, on the worker, and its article let go.
  func hold(_ produced: inout Produced) {
    guard produced.rendered == nil, case .article(let article)? = produced.outcome else { return }
    let (format, pretty, element) = (settings.format, settings.pretty, settings.jsonArray)
    var bytes: [UInt8] = []
    produced.rendered = Result {
      try Output.stream(article, format: format, pretty: pretty, element: element) { bytes.append(contentsOf: $0) }
      return bytes
    }
    produced.outcome = nil
  }

  /// Hands the record to `sink`: the bytes rendered, or the article's JSON streamed as made.
  private func emit(_ produced: Produced, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    if let rendered = produced.rendered {
      try rendered.get().withUnsafeBufferPointer { try sink($0) }
    } else if case .article(let article)? = produced.outcome {
      try Output.stream(
        article, format: settings.format, pretty: settings.pretty, element: settings.jsonArray, to: sink)
    }
  }

  /// Whether the record has any bytes (text and Markdown have none for a failed page).
  private func isEmpty(_ produced: Produced) -> Bool {
    guard let rendered = produced.rendered else { return false }
    return (try? rendered.get().isEmpty) ?? false
  }

  /// Pages whose output names would collide ("page.htm" and "page.html" both "page.json"):
  /// they keep their own extension in the name ("page.htm.json"), so a name never depends on
  /// which neighbour came first and a resumed run skips exactly the pages already written.
  private var collidingNames: Set<[String]> = []

  /// Batches of at least this many inputs (or any WARC file or request stream) load the
  /// language classifier ahead, on a thread of their own (`ClassifierLoading`): most batches
  /// of web pages reach it, while a few short pages may never need it.
  static let classifierLoadedAheadFromInputs = 8

  /// Runs every input and returns the exit code.
  func run(_ inputs: [Input]) -> Int32 {
    Interruption.shared.install()
    let loadsAhead =
      inputs.count >= Self.classifierLoadedAheadFromInputs
      || inputs.contains {
        switch $0 {
        case .warc, .requests: return true
        default: return false
        }
      }
    let classifier = loadsAhead ? ClassifierLoading() : nil
    // The loading writes and removes a temporary file: the process does not end during it.
    defer { classifier?.wait() }
    var claims: [[String]: [[String]]] = [:]
    for case .page(_, let name) in inputs {
      claims[OutputNames.file(for: name, extension: settings.format.fileExtension), default: []].append(name)
    }
    collidingNames = Set(claims.values.filter { $0.count > 1 }.joined())
    let runner = OrderedRunner<Produced>(
      jobs: settings.jobs, hold: { [self] produced in self.hold(&produced) },
      deliver: { [self] produced in self.write(produced) })
    for input in inputs {
      guard shouldContinue else { break }
      produce(input, runner: runner)
    }
    runner.finish()
    closeArray()
    progress.finish(quiet: settings.quiet, interrupted: Interruption.shared.name)
    if let signal = Interruption.shared.caught { return 128 + signal }
    lock.lock()
    defer { lock.unlock() }
    if brokenPipe || outputFailure != nil { return 74 }
    return progress.failed > 0 ? 65 : 0
  }

  var shouldContinue: Bool {
    lock.lock()
    defer { lock.unlock() }
    return Interruption.shared.caught == nil && !brokenPipe && !outputStopped
  }

  func options(path: String?, url: String?, charsetHint: String? = nil, encoding: String? = nil) -> ExtractOptions {
    ExtractOptions(
      url: url ?? settings.url, encoding: settings.encoding ?? encoding, path: path,
      maximumInputBytes: settings.maximumInputBytes, charsetHint: charsetHint,
      maximumElements: settings.maximumElements, markdown: settings.format == .markdown)
  }

  /// The output file for a page, or nil when it exists and `--force` was not given
  /// (the page is then skipped: `--output-dir` resumes).
  private func destination(_ components: [String]) -> String?? {
    guard let directory else { return .some(nil) }
    let path = directory.claim(components)
    if !settings.force && directory.exists(path) {
      progress.recordSkipped()
      return nil
    }
    return .some(path)
  }

  private func produce(_ input: Input, runner: OrderedRunner<Produced>) {
    let fileExtension = settings.format.fileExtension
    switch input {
    case .page(let path, let name):
      let components =
        collidingNames.contains(name)
        ? OutputNames.file(keepingExtensionOf: name, extension: fileExtension)
        : OutputNames.file(for: name, extension: fileExtension)
      guard let destination = destination(components) else { return }
      let options = options(path: path, url: nil)
      submit(runner) {
        Produced(outcome: Work.file(path: path, options: options), display: path, destination: destination)
      }
    case .standardInput:
      guard let destination = destination(["stdin." + fileExtension]) else { return }
      let options = options(path: nil, url: nil)
      submit(runner) {
        Produced(outcome: Work.standardInput(options: options), display: "<stdin>", destination: destination)
      }
    case .unusable(let path, let kind, let message):
      guard
        let destination = destination(
          OutputNames.file(for: OutputNames.components(ofArgument: path), extension: fileExtension))
      else { return }
      let record = ErrorRecord(source: .init(path: path), kind: kind, message: message)
      submit(runner) { Produced(outcome: .failure(record), display: path, destination: destination) }
    case .warc(let path, let name):
      produceWARC(path: path, name: name, runner: runner)
    case .requests(let path):
      produceRequests(path: path, runner: runner)
    }
  }

  private func produceWARC(path: String?, name: [String], runner: OrderedRunner<Produced>) {
    let display = path ?? "<stdin>"
    let fileExtension = settings.format.fileExtension
    var pages = 0
    do {
      let stream: ByteStream = try path.map { try FileStream(path: $0) } ?? FileStream()
      let reader = try WARCReader(stream: stream, recordLimit: settings.maximumInputBytes)
      while shouldContinue, let entry = try reader.next() {
        pages += 1
        progress.expectMore(1)
        switch entry {
        case .page(let record):
          let components = OutputNames.file(forRecord: record.recordID, in: name, extension: fileExtension)
          guard let destination = destination(components) else { continue }
          let options = options(path: path, url: record.targetURI, charsetHint: record.charset)
          let origin = ErrorRecord.Origin(
            path: path, url: Self.webURL(record.targetURI), warcRecordId: record.recordID)
          let body = record.body
          let warc = WARCOrigin(
            recordId: record.recordID, date: record.date, filename: path.map { ($0 as NSString).lastPathComponent },
            offset: record.offset, length: record.length)
          submit(runner, cost: body.count) {
            Produced(
              outcome: Work.bytes(body, options: options, origin: origin, warc: warc),
              display: Messages.place(display, record.targetURI ?? record.recordID), destination: destination)
          }
        case .failure(let recordID, let targetURI, let message):
          let components = OutputNames.file(
            forRecord: recordID ?? "\(display)#\(pages)", in: name, extension: fileExtension)
          guard let destination = destination(components) else { continue }
          let record = ErrorRecord(
            source: .init(path: path, url: Self.webURL(targetURI), warcRecordId: recordID), kind: "warc",
            message: message)
          submit(runner) {
            Produced(
              outcome: .failure(record), display: Messages.place(display, targetURI ?? recordID),
              destination: destination)
          }
        }
      }
    } catch {
      // The WARC file itself failed (unreadable, corrupt gzip): one record says so and
      // how far it got; the records before it were already written.
      let components = OutputNames.file(for: name + ["error"], extension: fileExtension)
      guard let destination = destination(components) else { return }
      var record = Work.record(error, origin: .init(path: path))
      if pages > 0 { record.error.message += " (after \(pages) records)" }
      submit(runner) { Produced(outcome: .failure(record), display: display, destination: destination) }
    }
  }

  /// A WARC-Target-URI for an error record's `source.url`: http(s) only, as in articles.
  static func webURL(_ uri: String?) -> String? {
    guard let uri, let scheme = URL(string: uri)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
      return nil
    }
    return uri
  }

  /// A path or URI inside an HTML comment: `%`, `<`, `>`, control characters and every `-`
  /// next to another `-` percent-encoded, so no name can close the comment (`--->`) or open
  /// another; "my-page.html" stays as it is.
  static func commentSafe(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = ""
    for (index, scalar) in scalars.enumerated() {
      let doubledDash =
        scalar == "-"
        && ((index > 0 && scalars[index - 1] == "-") || (index + 1 < scalars.count && scalars[index + 1] == "-"))
      if scalar.value < 0x20 || scalar.value == 0x7F || "%<>".unicodeScalars.contains(scalar) || doubledDash {
        result += "%" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Called in input order, one at a time: writes the record whole and counts it.
  private func write(_ produced: Produced) {
    if case .failure(let record)? = produced.outcome, !settings.requests {
      Output.errorLine("\(produced.display): \(Messages.withHint(record.error.message, kind: record.error.kind))")
    }
    if let destination = produced.destination, let directory {
      // One page's file that cannot be written fails that page; the run goes on.
      do {
        if !isEmpty(produced) { try directory.write(to: destination) { try emit(produced, to: $0) } }
        progress.record(failed: produced.failed, littleText: produced.littleText)
      } catch {
        Output.errorLine("\(produced.display): cannot write the output (\(error))")
        progress.record(failed: true)
        lock.lock()
        outputFailure = String(describing: error)
        lock.unlock()
      }
      return
    }
    lock.lock()
    let stopped = outputStopped || brokenPipe
    lock.unlock()
    // Records already in flight when standard output failed are dropped without a line each.
    if stopped { return }
    do {
      if !isEmpty(produced) {
        lock.lock()
        let first = records == 0
        records += 1
        lock.unlock()
        var prefix: [UInt8] = []
        if !first && settings.format == .text { prefix += Array("\u{0C}\n".utf8) }
        if settings.jsonArray { prefix += Array((first ? "[\n" : ",\n").utf8) }
        if settings.format == .markdown {
          prefix += Array("<!-- source: \(Self.commentSafe(produced.display)) -->\n".utf8)
        }
        try Output.writeStreamed(to: 1, prefix: prefix) { try emit(produced, to: $0) }
      }
      progress.record(failed: produced.failed, littleText: produced.littleText)
    } catch let error as OutputError where error.isBrokenPipe {
      lock.lock()
      brokenPipe = true
      lock.unlock()
    } catch {
      Output.errorLine("\(Messages.standardOutput): cannot write the output (\(error))")
      progress.record(failed: true)
      lock.lock()
      outputFailure = String(describing: error)
      outputStopped = true
      lock.unlock()
    }
  }

  /// Ends the JSON array of `--format json` (or writes an empty one), unless standard
  /// output already failed.
  private func closeArray() {
    guard settings.jsonArray else { return }
    lock.lock()
    let (closing, failed) = (records == 0 ? "[]\n" : "\n]\n", brokenPipe || outputStopped)
    lock.unlock()
    if !failed { try? Output.writeAll(Array(closing.utf8), to: 1) }
  }
}

/// The language classifier loaded on a thread of its own while the first pages are read and
/// parsed: 61 fingerprint files (5 ms) off the path of the page that first needs them, and so
/// of every page after it. A page that needs the classifier sooner waits for the loading
/// under way (a lazy global is initialized once); when no thread can be started, the first
/// page that needs it loads it, as before.
final class ClassifierLoading: @unchecked Sendable {
  private let done: DispatchSemaphore
  private let started: Bool

  init() {
    let done = DispatchSemaphore(value: 0)
    self.done = done
    started = OrderedRunner<Batch.Produced>.startThread {
      ArticleExtractor.loadLanguageClassifier()
      done.signal()
    }
  }

  /// Returns once the loading ended (at once when it never started).
  func wait() {
    if started { done.wait() }
  }
}
