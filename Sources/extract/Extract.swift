import ArgumentParser
import ExtractKit
import Foundation

@main
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Turn a saved web article into typed JSON.",
    discussion: """
      Prints the article as JSON: title, byline, hero image, headings, sections, lists,
      steps, author bio, related posts and the clean text (see `extract schema`).

      Examples:
        extract page.html > article.json
        curl -s https://example.com/post | extract - --url https://example.com/post
        extract page.html --compact | jq .title
        extract schema > article.schema.json

      Exit codes: 0 the article was written; 64 wrong usage; 65 the input is not a usable
      HTML page (empty, binary, too large); 66 the input cannot be read; 74 the output
      cannot be written.
      """,
    version: ExtractVersion.current,
    subcommands: [Page.self, Schema.self],
    defaultSubcommand: Page.self
  )
}

enum ExtractVersion {
  static let current = "0.1.0"
}

/// Exit codes after BSD's sysexits.h, so scripts can tell bad input from a bad call.
enum Exit {
  static let dataError = ExitCode(65)
  static let noInput = ExitCode(66)
  static let ioError = ExitCode(74)

  static func fail(_ message: String, _ code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data(("extract: " + message + "\n").utf8))
    return code
  }
}

struct Page: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "page", abstract: "Extract the articles of HTML pages, folders and WARC files (the default).")

  @Argument(
    help: ArgumentHelp(
      "HTML files (.html, .htm, .xhtml, .shtml, maybe .gz), folders (searched recursively), WARC files (.warc, .warc.gz), or - for standard input.",
      valueName: "path"))
  var paths: [String] = []

  @Option(name: .customLong("files-from"), help: "Read more paths from this file, one a line (- for standard input).")
  var filesFrom: String?

  @Flag(help: "Read the inputs (or standard input with -) as WARC files whatever their names.")
  var warc = false

  @Option(help: "The page's URL: the base for relative links when the page has no <base href> (one page only).")
  var url: String?

  @Option(help: "Read pages in this encoding, whatever they declare (e.g. windows-1252).")
  var encoding: String?

  @Option(
    help:
      "json (indented), jsonl (one record a line), text or markdown. Default: json for one page or --output-dir, jsonl for several pages on standard output."
  )
  var format: FormatOption?

  @Flag(help: "Print JSON on one line (the same as --format jsonl).")
  var compact = false

  @Option(
    name: .customLong("output-dir"),
    help: "Write one file a page under this folder, mirroring the input paths, instead of standard output.")
  var outputDirectory: String?

  @Flag(
    help:
      "With --output-dir, extract pages whose output file exists too (by default they are skipped, so a run resumes).")
  var force = false

  @Option(name: [.customShort("j"), .long], help: "Pages extracted at once (default: all cores).")
  var jobs: Int?

  @Flag(name: [.customShort("q"), .long], help: "No progress line and no summary on standard error.")
  var quiet = false

  @Option(name: .customLong("max-input-bytes"), help: "Refuse larger pages (after gzip) with an error record.")
  var maximumInputBytes = ExtractOptions.defaultMaximumInputBytes

  @Option(
    name: .customLong("max-elements"),
    help: "Refuse pages with more elements with a too-complex error: the bound on one page's work.")
  var maximumElements = ExtractOptions.defaultMaximumElements

  func validate() throws {
    if let url, URL(string: url)?.scheme == nil {
      throw ValidationError("--url needs an absolute URL such as https://example.com/post, not '\(url)'")
    }
    if paths.isEmpty && filesFrom == nil {
      throw ValidationError("name a page, a folder or a WARC file, or - for standard input")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs needs a number of at least 1, not \(jobs)") }
    if maximumInputBytes < 1 { throw ValidationError("--max-input-bytes needs a positive number") }
    if maximumElements < 1 { throw ValidationError("--max-elements needs a positive number") }
    if force && outputDirectory == nil { throw ValidationError("--force only applies with --output-dir") }
    if paths.filter({ $0 == "-" }).count > 1 || (paths.contains("-") && filesFrom == "-") {
      throw ValidationError("standard input can be read only once")
    }
  }

  func run() throws {
    var all = paths
    if let filesFrom {
      do { all += try Inputs.paths(fromFile: filesFrom) } catch { throw ValidationError(String(describing: error)) }
    }
    let inputs = Inputs.expand(all, forceWARC: warc)
    let single =
      outputDirectory == nil && filesFrom == nil && paths.count == 1 && inputs.count <= 1
      && !(inputs.first.map { if case .warc = $0 { return true } else { return false } } ?? false)
      && !isDirectory(paths[0])
    if url != nil && !(single || (inputs.count == 1 && outputDirectory != nil)) {
      throw ValidationError("--url applies to one page only; WARC records carry their own URLs")
    }
    let chosen = format?.format ?? (compact ? .jsonl : (single || outputDirectory != nil ? .json : .jsonl))
    let settings = Settings(
      format: chosen, pretty: !compact, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      outputDirectory: outputDirectory, force: force, quiet: quiet, url: url, encoding: encoding,
      maximumInputBytes: maximumInputBytes, maximumElements: maximumElements)
    if single, let input = inputs.first {
      try runSingle(input, settings: settings)
      return
    }
    let expected = inputs.contains { if case .warc = $0 { return true } else { return false } } ? nil : inputs.count
    let batch: Batch
    do {
      batch = try Batch(settings: settings, expectedPages: expected)
    } catch {
      throw Exit.fail("--output-dir \(outputDirectory ?? ""): \(error.localizedDescription)", Exit.ioError)
    }
    let status = batch.run(inputs)
    if status != 0 { throw ExitCode(status) }
  }

  private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// One page to standard output: the article, or one error line and a non-zero exit.
  private func runSingle(_ input: Input, settings: Settings) throws {
    let outcome: Outcome
    let name: String
    switch input {
    case .page(let path, _):
      name = path
      outcome = Work.file(
        path: path,
        options: ExtractOptions(
          url: url, encoding: encoding, path: path, maximumInputBytes: settings.maximumInputBytes,
          maximumElements: settings.maximumElements))
    case .standardInput:
      name = "<stdin>"
      let options = ExtractOptions(
        url: url, encoding: encoding, maximumInputBytes: settings.maximumInputBytes,
        maximumElements: settings.maximumElements)
      outcome = Work.standardInput(options: options)
    case .unusable(let path, _, let message):
      throw Exit.fail("\(path): \(message)", Exit.noInput)
    case .warc:
      return
    }
    if case .failure(let record) = outcome {
      let code = record.error.kind == "unreadable" ? Exit.noInput : Exit.dataError
      throw Exit.fail("\(name): \(record.error.message)", code)
    }
    let bytes = try Output.render(outcome, format: settings.format, pretty: settings.pretty)
    do {
      try Output.writeAll(bytes, to: 1)
    } catch {
      throw Exit.fail("cannot write the output: \(error)", Exit.ioError)
    }
  }
}

/// `--format`'s values.
struct FormatOption: ExpressibleByArgument {
  let format: Format

  init?(argument: String) {
    guard let format = Format(rawValue: argument.lowercased()) else { return nil }
    self.format = format
  }

  static var allValueStrings: [String] { Format.allCases.map(\.rawValue) }
}

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema (draft 2020-12) of the article JSON.")

  func run() throws {
    FileHandle.standardOutput.write(Data((ArticleSchema.json + "\n").utf8))
  }
}
