import ArgumentParser
import ExtractKit
import Foundation

#if canImport(Glibc)
  /// glibc's `mallopt`: malloc.h is not part of the Glibc module.
  @_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
  /// malloc.h's `M_MMAP_THRESHOLD`.
  private let mmapThreshold: Int32 = -3
  /// malloc.h's `M_TRIM_THRESHOLD`.
  private let trimThreshold: Int32 = -1
  /// malloc.h's `M_TOP_PAD`.
  private let topPad: Int32 = -2
  /// glibc's `malloc_trim`: gives free heap pages back, those between blocks in use too.
  @_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// The heap after a big page. Its extraction leaves the heap's small blocks freed but resident
/// (glibc keeps them for reuse, `Extract.keptFreeBytes`), and the next big page's parse
/// buffers, mapped on their own, came on top of them: the command's peak over a batch of
/// big pages stood 2 MB (a page's size) above one page's.
enum Heap {
  /// Pages at least this large give the heap's free pages back once extracted: their
  /// extraction takes 50 ms and more, the trim and the faults that follow it well under 1 ms.
  static let trimmedAfterBytes = 1 << 20

  static func extracted(pageBytes: Int) {
    #if canImport(Glibc)
      if pageBytes >= trimmedAfterBytes { _ = mallocTrim(0) }
    #endif
  }
}

@main
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Turn saved web articles into typed JSON.",
    version: ExtractVersion.current,
    subcommands: [Page.self, Schema.self],
    defaultSubcommand: Page.self
  )

  /// Help is wrapped for this many columns whatever the terminal's width.
  static let helpColumns = 80

  /// Parses and runs like ArgumentParser's `main`, with three differences: `extract --help`
  /// shows the page command's whole usage (not a list of subcommands), help is wrapped for
  /// 80 columns, and every error is one line on standard error.
  /// Blocks at least this large are mapped on their own and given back when freed. glibc
  /// otherwise raises the bar to the largest block freed so far, so after the first big page
  /// the next page's buffers come from the heap, which keeps their pages: the command's peak
  /// memory grew by half the page again over a batch.
  static let separatelyMappedBytes: Int32 = 256 << 10
  /// Free memory at the heap's top is given back only past this much. Setting the mapping
  /// bar fixes glibc's trim bar at 128 KiB, which gave the heap's top back after nearly
  /// every page and faulted it in again for the next: a quarter of the command's time.
  static let keptFreeBytes: Int32 = 16 << 20
  /// Free memory left at the heap's top when it is trimmed, and grown ahead when it grows.
  /// Without it a trim gave the whole top back and the next page faulted it in again (over
  /// the readability pages about 11,000 page faults, 6,500 with it). 8 MiB cut them to
  /// 3,900 but raised the 1.85 MB page's peak from 6.2x to 7.9x its bytes; 4 MiB leaves it.
  static let heapTopPadBytes: Int32 = 4 << 20

  static func main() {
    #if canImport(Glibc)
      _ = mallopt(mmapThreshold, separatelyMappedBytes)
      _ = mallopt(trimThreshold, keptFreeBytes)
      _ = mallopt(topPad, heapTopPadBytes)
    #endif
    var arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.count == 1, ["--help", "-h", "help"].contains(arguments[0]) { arguments = ["page", "--help"] }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch let code as ExitCode {
      // The message, if any, was written where the failure was found.
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // --help and --version.
        let text = fullMessage(for: error, columns: helpColumns)
        if !text.isEmpty { try? Output.writeAll(Array((text + "\n").utf8), to: 1) }
        Foundation.exit(0)
      }
      Output.errorLine(usageLine(message(for: error)))
      Foundation.exit(code.rawValue)
    }
  }

  /// A usage error as one line. The command's own messages already say where and what to
  /// do; ArgumentParser's (capitalized sentences: "Unknown option …") get a pointer to help.
  static func usageLine(_ message: String) -> String {
    var line = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: "; ")
    guard let first = line.first, first.isUppercase else { return line }
    line = first.lowercased() + line.dropFirst()
    return line + " (see extract --help)"
  }
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
    Output.errorLine(message)
    return code
  }
}

/// What `--input` reads.
enum InputMode: String, CaseIterable, ExpressibleByArgument {
  /// Pages, folders and WARC files, told apart by name and first bytes.
  case html
  /// Every input is a WARC file, whatever its name (the same as `--warc`).
  case warc
  /// JSON Lines of requests, `{"url": …, "html": …}` or `{"path": …}`: one record out a line in.
  case jsonl
}

struct Page: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "page",
    abstract: "Turn saved web articles into typed JSON.",
    usage: """
      extract [<path> ...] [--format <format>] [--output-dir <dir>] [options]
        cat page.html | extract [--url <url>] [options]
        extract --input jsonl [<file> ...] [options]
        extract schema
      """,
    discussion: """
      Reads saved web pages and prints each article as JSON: title, byline, hero
      image, headings, sections, lists, steps, author bio, related posts, links and
      the clean text. `extract schema` prints the JSON Schema of the output.

      One page:
        extract page.html > article.json     indented JSON (page.html.gz too)
        cat page.html | extract              the page on standard input (or: -)
        curl -s URL | extract --url URL      a live page: extract reads no URLs
        extract page.html --format text      the title and the clean text
        extract page.html --format markdown  front matter, then the article as
                                             Markdown (--no-asides: without the
                                             author bio and related posts)
        extract page.html --compact | jq .title

      Many pages, in input order, on --jobs threads, memory flat:
        extract site/ a.html crawl.warc.gz > articles.jsonl    one JSON line each
        extract site/ --format json > articles.json            one JSON array
        extract --files-from list.txt        paths one a line (- for stdin)
        extract site/ --output-dir out/      one file a page; reruns resume
        extract --warc - < crawl.warc.gz     a WARC stream on standard input

      From a program, one process for many pages:
        extract --input jsonl                reads lines {"url": ..., "html": ...}
                                             or {"path": ...}, writes one JSON
                                             line each, in order, as they come

      A page that cannot be extracted gives an error record in the output (JSON
      formats) and one line on standard error: extract: WHERE: what went wrong.

      Exit codes: 0 every article written; 64 wrong usage; 65 an input is not a
      usable HTML page (empty, binary, too large, too complex); 66 an input cannot
      be read; 74 the output cannot be written; 130/143 interrupted.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "HTML files (.html, .htm, .xhtml, .shtml, maybe .gz), folders (searched recursively), WARC files (.warc, .warc.gz), or - for standard input (the default when it is not a terminal).",
      valueName: "path"))
  var paths: [String] = []

  @Option(
    name: .customLong("files-from"),
    help: ArgumentHelp("Read more paths from this file, one a line (- for standard input).", valueName: "file"))
  var filesFrom: String?

  @Option(
    help: ArgumentHelp(
      "html (pages, folders and WARC files by name), warc (every input is a WARC file), or jsonl (lines of {\"url\", \"html\"} or {\"path\"} requests; one JSON line out each, flushed).",
      valueName: "kind"))
  var input: InputMode = .html

  @Flag(help: "Read the inputs (or standard input with -) as WARC files whatever their names (--input warc).")
  var warc = false

  @Option(help: "The page's URL: the base for relative links when the page has no <base href> (one page only).")
  var url: String?

  @Option(help: "Read pages in this encoding, whatever they declare (e.g. windows-1252).")
  var encoding: String?

  @Option(
    help:
      "json (indented; an array for several pages), jsonl (one record a line), text or markdown. Default: json for one page or --output-dir, jsonl for several pages on standard output."
  )
  var format: FormatOption?

  @Flag(help: "Print JSON on one line (the same as --format jsonl).")
  var compact = false

  @Flag(
    name: .customLong("no-asides"),
    help: "With --format markdown, leave out the author bio and the related posts (the article alone).")
  var noAsides = false

  @Option(
    name: .customLong("output-dir"),
    help: ArgumentHelp(
      "Write one file a page under this folder, mirroring the input paths, instead of standard output.",
      valueName: "dir"))
  var outputDirectory: String?

  @Flag(
    help:
      "With --output-dir, extract pages whose output file exists too (by default they are skipped, so a run resumes).")
  var force = false

  @Option(
    name: [.customShort("j"), .long],
    help: ArgumentHelp("Pages extracted at once (default: all cores).", valueName: "n"))
  var jobs: Int?

  @Flag(name: [.customShort("q"), .long], help: "No progress line and no summary on standard error.")
  var quiet = false

  @Option(
    name: .customLong("max-input-bytes"),
    help: ArgumentHelp("Refuse larger pages (after gzip) with a too-large error record.", valueName: "bytes"))
  var maximumInputBytes = ExtractOptions.defaultMaximumInputBytes

  @Option(
    name: .customLong("max-elements"),
    help: ArgumentHelp(
      "Refuse pages with more elements with a too-complex error record: the bound on one page's work.",
      valueName: "count"))
  var maximumElements = ExtractOptions.defaultMaximumElements

  /// The paths to read: standard input when none is named and it is not a terminal.
  var inputPaths: [String] {
    paths.isEmpty && filesFrom == nil ? ["-"] : paths
  }

  var readsWARC: Bool { warc || input == .warc }

  func validate() throws {
    if let url, URL(string: url)?.scheme == nil {
      throw ValidationError("--url: needs an absolute URL such as https://example.com/post, not '\(url)'")
    }
    for path in paths where Self.looksLikeURL(path) && !FileManager.default.fileExists(atPath: path) {
      throw ValidationError(
        "\(path): extract reads saved pages, not URLs; run: curl -s \(path) | extract --url \(path)")
    }
    if paths.isEmpty && filesFrom == nil && isatty(0) == 1 {
      throw ValidationError(
        "no input: name a page, a folder or a WARC file, or pipe a page in (cat page.html | extract)")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs: needs a number of at least 1, not \(jobs)") }
    if maximumInputBytes < 1 { throw ValidationError("--max-input-bytes: needs a positive number") }
    if maximumElements < 1 { throw ValidationError("--max-elements: needs a positive number") }
    if force && outputDirectory == nil { throw ValidationError("--force: applies only with --output-dir") }
    if paths.filter({ $0 == "-" }).count > 1 || (paths.contains("-") && filesFrom == "-") {
      throw ValidationError("-: standard input can be read only once")
    }
    if input == .jsonl {
      if warc { throw ValidationError("--warc: does not apply with --input jsonl") }
      if url != nil { throw ValidationError("--url: does not apply with --input jsonl; give \"url\" on each line") }
      if outputDirectory != nil { throw ValidationError("--output-dir: does not apply with --input jsonl") }
      if let format, format.format != .jsonl {
        throw ValidationError("--format: --input jsonl writes JSON Lines only, drop --format \(format.format.rawValue)")
      }
    }
  }

  static func looksLikeURL(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  func run() throws {
    var all = inputPaths
    if let filesFrom {
      do { all += try Inputs.paths(fromFile: filesFrom) } catch { throw ValidationError(String(describing: error)) }
    }
    if input == .jsonl {
      try runRequests(all)
      return
    }
    let inputs = Inputs.expand(all, forceWARC: readsWARC)
    let single =
      outputDirectory == nil && filesFrom == nil && all.count == 1 && inputs.count <= 1
      && !(inputs.first.map { if case .warc = $0 { return true } else { return false } } ?? false)
      && !isDirectory(all[0])
    if url != nil && !(single || (inputs.count == 1 && outputDirectory != nil)) {
      throw ValidationError("--url: applies to one page only; WARC records carry their own URLs")
    }
    let chosen = format?.format ?? (compact ? .jsonl : (single || outputDirectory != nil ? .json : .jsonl))
    let settings = settings(format: chosen)
    if single, let input = inputs.first {
      try runSingle(input, settings: settings)
      return
    }
    let expected = inputs.contains { if case .warc = $0 { return true } else { return false } } ? nil : inputs.count
    try runBatch(inputs, settings: settings, expectedPages: expected)
  }

  private func settings(format: Format) -> Settings {
    Settings(
      format: format, pretty: !compact, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      outputDirectory: outputDirectory, force: force, quiet: quiet, url: url, encoding: encoding,
      maximumInputBytes: maximumInputBytes, maximumElements: maximumElements, asides: !noAsides)
  }

  private func runBatch(_ inputs: [Input], settings: Settings, expectedPages: Int?) throws {
    let batch: Batch
    do {
      batch = try Batch(settings: settings, expectedPages: expectedPages)
    } catch {
      throw Exit.fail(
        "--output-dir \(outputDirectory ?? ""): cannot create the folder (\(Messages.reason(error)))", Exit.ioError)
    }
    let status = batch.run(inputs)
    if status != 0 { throw ExitCode(status) }
  }

  /// `--input jsonl`: request lines from standard input or the named files, one record each.
  private func runRequests(_ paths: [String]) throws {
    var settings = settings(format: .jsonl)
    settings.pretty = false
    settings.requests = true
    let inputs = paths.map { path -> Input in
      if path == "-" { return .requests(path: nil) }
      guard FileManager.default.isReadableFile(atPath: path), !isDirectory(path) else {
        return .unusable(path: path, kind: "unreadable", message: "cannot be read as a file of requests")
      }
      return .requests(path: path)
    }
    try runBatch(inputs, settings: settings, expectedPages: nil)
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
          maximumElements: settings.maximumElements, markdown: settings.format == .markdown))
    case .standardInput:
      name = "<stdin>"
      let options = ExtractOptions(
        url: url, encoding: encoding, maximumInputBytes: settings.maximumInputBytes,
        maximumElements: settings.maximumElements, markdown: settings.format == .markdown)
      outcome = Work.standardInput(options: options)
    case .unusable(let path, let kind, let message):
      throw Exit.fail("\(path): \(Messages.withHint(message, kind: kind))", Exit.noInput)
    case .warc, .requests:
      return
    }
    if case .failure(let record) = outcome {
      let code = record.error.kind == "unreadable" ? Exit.noInput : Exit.dataError
      throw Exit.fail("\(name): \(Messages.withHint(record.error.message, kind: record.error.kind))", code)
    }
    if case .article(let article) = outcome, Output.streams(outcome, format: settings.format) {
      do {
        try Output.writeStreamed(to: 1) {
          try Output.stream(article, format: settings.format, pretty: settings.pretty, element: false, to: $0)
        }
      } catch {
        throw Exit.fail("\(Messages.standardOutput): cannot write the output (\(error))", Exit.ioError)
      }
      return
    }
    let bytes = try Output.render(
      outcome, format: settings.format, pretty: settings.pretty, asides: settings.asides)
    do {
      try Output.writeAll(bytes, to: 1)
    } catch {
      throw Exit.fail("\(Messages.standardOutput): cannot write the output (\(error))", Exit.ioError)
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
  // The name given, not derived: ArgumentParser derives a name from the type's by reflection
  // at every start (1.0 M of the 40 M instructions of a start on a short page).
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of the article JSON.")

  func run() throws {
    FileHandle.standardOutput.write(Data((ArticleSchema.json + "\n").utf8))
  }
}
