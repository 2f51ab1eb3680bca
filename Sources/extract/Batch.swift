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
}

/// Extracting one page from where it lives; every error becomes a record, never a throw.
enum Work {
  static func file(path: String, options: ExtractOptions) -> Outcome {
    let origin = ErrorRecord.Origin(path: options.path, url: options.url)
    do {
      var bytes = try FileStream.contents(of: path, limit: options.maximumInputBytes)
      if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, limit: options.maximumInputBytes) }
      return .article(try ArticleExtractor().extract(html: bytes, options: options))
    } catch {
      return .failure(record(error, origin: origin))
    }
  }

  static func bytes(_ bytes: [UInt8], options: ExtractOptions, origin: ErrorRecord.Origin) -> Outcome {
    do {
      var bytes = bytes
      if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, limit: options.maximumInputBytes) }
      return .article(try ArticleExtractor().extract(html: bytes, options: options))
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
  private let progress: Progress
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
    var outcome: Outcome
    var display: String
    var destination: String?
    /// The record's bytes, rendered on the worker thread so the in-order writer only writes.
    var rendered: Result<[UInt8], Error> = .success([])
  }

  /// Queues one page's work; its record is rendered on the worker that extracted it.
  private func submit(_ runner: OrderedRunner<Produced>, _ make: @escaping () -> Produced) {
    let (format, pretty) = (settings.format, settings.pretty)
    runner.submit {
      var produced = make()
      produced.rendered = Result { try Output.render(produced.outcome, format: format, pretty: pretty) }
      return produced
    }
  }

  /// Runs every input and returns the exit code.
  func run(_ inputs: [Input]) -> Int32 {
    Interruption.shared.install()
    let runner = OrderedRunner<Produced>(jobs: settings.jobs) { [self] produced in self.write(produced) }
    for input in inputs {
      guard shouldContinue else { break }
      produce(input, runner: runner)
    }
    runner.finish()
    progress.finish(quiet: settings.quiet, interrupted: Interruption.shared.name)
    if let signal = Interruption.shared.caught { return 128 + signal }
    lock.lock()
    defer { lock.unlock() }
    if brokenPipe || outputFailure != nil { return 74 }
    return progress.failed > 0 ? 65 : 0
  }

  private var shouldContinue: Bool {
    lock.lock()
    defer { lock.unlock() }
    return Interruption.shared.caught == nil && !brokenPipe && !outputStopped
  }

  private func options(path: String?, url: String?, charsetHint: String? = nil) -> ExtractOptions {
    ExtractOptions(
      url: url ?? settings.url, encoding: settings.encoding, path: path,
      maximumInputBytes: settings.maximumInputBytes, charsetHint: charsetHint,
      maximumElements: settings.maximumElements)
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
      guard let destination = destination(OutputNames.file(for: name, extension: fileExtension)) else { return }
      let options = options(path: path, url: nil)
      submit(runner) {
        Produced(outcome: Work.file(path: path, options: options), display: path, destination: destination)
      }
    case .standardInput:
      guard let destination = destination(["stdin." + fileExtension]) else { return }
      let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      let options = options(path: nil, url: nil)
      let origin = ErrorRecord.Origin(path: nil, url: options.url)
      submit(runner) {
        Produced(
          outcome: Work.bytes(bytes, options: options, origin: origin), display: "<stdin>", destination: destination)
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
          let origin = ErrorRecord.Origin(path: path, url: record.targetURI, warcRecordId: record.recordID)
          let body = record.body
          submit(runner) {
            Produced(
              outcome: Work.bytes(body, options: options, origin: origin),
              display: display + " " + (record.targetURI ?? record.recordID), destination: destination)
          }
        case .failure(let recordID, let targetURI, let message):
          let components = OutputNames.file(
            forRecord: recordID ?? "\(display)#\(pages)", in: name, extension: fileExtension)
          guard let destination = destination(components) else { continue }
          let record = ErrorRecord(
            source: .init(path: path, url: targetURI, warcRecordId: recordID), kind: "warc", message: message)
          submit(runner) {
            Produced(
              outcome: .failure(record), display: display + " " + (targetURI ?? recordID ?? ""),
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

  /// Called in input order, one at a time: writes the record whole and counts it.
  private func write(_ produced: Produced) {
    if case .failure(let record) = produced.outcome {
      Output.errorLine("\(produced.display): \(record.error.message)")
    }
    if let destination = produced.destination, let directory {
      // One page's file that cannot be written fails that page; the run goes on.
      do {
        let bytes = try produced.rendered.get()
        if !bytes.isEmpty { try directory.write(bytes, to: destination) }
        progress.record(failed: produced.outcome.failed, littleText: produced.outcome.hasLittleText)
      } catch {
        Output.errorLine("\(produced.display): cannot write the output: \(error)")
        progress.record(failed: true)
        lock.lock()
        outputFailure = String(describing: error)
        lock.unlock()
      }
      return
    }
    do {
      var bytes = try produced.rendered.get()
      if !bytes.isEmpty {
        lock.lock()
        let first = records == 0
        records += 1
        lock.unlock()
        if !first && settings.format == .text { bytes.insert(contentsOf: Array("\u{0C}\n".utf8), at: 0) }
        if settings.format == .markdown {
          let source = produced.display.replacingOccurrences(of: "--", with: "- -")
          bytes.insert(contentsOf: Array("<!-- source: \(source) -->\n".utf8), at: 0)
        }
        try Output.writeAll(bytes, to: 1)
      }
      progress.record(failed: produced.outcome.failed, littleText: produced.outcome.hasLittleText)
    } catch let error as OutputError where error.isBrokenPipe {
      lock.lock()
      brokenPipe = true
      lock.unlock()
    } catch {
      Output.errorLine("cannot write the output: \(error)")
      lock.lock()
      outputFailure = String(describing: error)
      outputStopped = true
      lock.unlock()
    }
  }
}
