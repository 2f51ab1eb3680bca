import ExtractKit
import Foundation

/// Speed of `extract` against libxml2's parse alone, in one run over one or more sets of pages.
///
///     swift run -c release extract-bench [FOLDER...] [--passes N]
///     .build/release/extract-bench [FOLDER...] --only table [--passes N]   (the per-set table alone)
///     valgrind --tool=callgrind .build/release/extract-bench FOLDER --only parse|tokenize|extract
///     .build/release/extract-bench --only scaling            (the scaling and memory tables alone)
///     valgrind --tool=callgrind .build/release/extract-bench --only scale:lists:64
///
/// Each FOLDER is a set (every `*.html` below it but `expected.html` is a page); they default
/// to ../shared/corpus/readability and ../shared/corpus/trafilatura-dev (a default folder that
/// is missing is skipped and said so). Per set, prints the median of N passes (default 5):
/// ms/page, MB/s of libxml2's parse alone (a), its bare SAX parse (a'), full extraction (b),
/// batch throughput on all cores (c), the `extract` command (built beside this binary) with
/// `--jobs 1` (d) and `2` (e), their ratios, and peak memory; then one table of every set
/// with the same measures in CPU time (what a loaded machine disturbs least), the ratios as
/// medians of per-pass ratios; then time per byte of pages built at 1x to 64x of seven shapes
/// (`Scaling`), and the peak memory of the `extract` command on the largest of each.
@main
struct Bench {
  static let defaultFolders = ["../shared/corpus/readability", "../shared/corpus/trafilatura-dev"]

  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var passes = 5
    if let index = arguments.firstIndex(of: "--passes"), index + 1 < arguments.count {
      passes = max(1, Int(arguments[index + 1]) ?? 5)
      arguments.removeSubrange(index...(index + 1))
    }
    // `--only parse|extract`: one round of (a) or (b) and nothing else, for an instruction
    // profile (callgrind counts repeatably where wall-clock time on a shared VM does not).
    var only: String?
    if let index = arguments.firstIndex(of: "--only"), index + 1 < arguments.count {
      only = arguments[index + 1]
      arguments.removeSubrange(index...(index + 1))
    }
    let extractor = ArticleExtractor()
    let sample = try? [UInt8](Data(contentsOf: URL(fileURLWithPath: "Samples/lower-back-massage.html")))
    // The built pages need no corpus: handled before it is read (and held in memory).
    switch only {
    case "scaling"?:
      // The scaling and per-page memory tables alone.
      try memoryRows(pages: Scaling.table(sample: sample, passes: passes, extractor: extractor))
      return
    case let scale? where scale.hasPrefix("scale:"):
      // `--only scale:SHAPE:FACTOR` (scale:lists:64): one extraction of one built page.
      let parts = scale.split(separator: ":")
      guard parts.count == 3, let factor = Int(parts[2]),
        let page = Scaling.page(shape: String(parts[1]), factor: factor, sample: sample)
      else {
        FileHandle.standardError.write(Data("extract-bench: --only scale:SHAPE:FACTOR, not \(scale)\n".utf8))
        exit(64)
      }
      print("page: \(page.count) bytes")
      _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false)
      return
    case nil, "table"?, "parse"?, "tokenize"?, "extract"?:
      break
    case let other?:
      FileHandle.standardError.write(
        Data(
          ("extract-bench: --only takes table, parse, tokenize, extract, scaling or scale:SHAPE:FACTOR, "
            + "not \(other)\n").utf8))
      exit(64)
    }
    var folders = arguments
    if folders.isEmpty {
      folders = defaultFolders.filter { FileManager.default.fileExists(atPath: $0) }
      for missing in defaultFolders where !folders.contains(missing) {
        print("(\(missing) is not on this machine: set skipped)")
      }
    }
    var sets: [PageSet] = []
    for folder in folders {
      let pages = try loadPages(folder)
      guard !pages.isEmpty else {
        FileHandle.standardError.write(Data("extract-bench: no .html pages under \(folder)\n".utf8))
        exit(66)
      }
      sets.append(PageSet(folder: folder, pages: pages, paths: try pagePaths(folder)))
    }

    switch only {
    case "parse"?:
      for set in sets { for page in set.pages { ParseBaseline.parse(page) } }
      return
    case "tokenize"?:
      for set in sets { for page in set.pages { ParseBaseline.tokenize(page) } }
      return
    case "extract"?:
      for set in sets {
        for page in set.pages { _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false) }
      }
      return
    case "table"?:
      // (a), (a'), (b) and (d) of every set, and the table: what `Benchmarks/peers.py` reads.
      let rows = try sets.map { try tableRow($0, passes: passes, extractor: extractor) }
      printTable(rows, passes: passes)
      return
    default:
      break
    }
    var rows: [TableRow] = []
    for (number, set) in sets.enumerated() {
      print("")
      rows.append(
        try fullRows(set, passes: passes, extractor: extractor, repeatedBatch: number == 0))
    }
    print("")
    printTable(rows, passes: passes)
    print("")
    let biggest = Scaling.table(sample: sample, passes: passes, extractor: extractor)
    try memoryRows(pages: biggest)
  }

  /// One set of pages: its folder, its pages' bytes and their paths (for the command).
  struct PageSet {
    var folder: String
    var pages: [[UInt8]]
    var paths: [String]
    var name: String { URL(fileURLWithPath: folder).lastPathComponent }
    var megabytes: Double { Double(pages.reduce(0) { $0 + $1.count }) / 1_000_000 }
  }

  /// A set's line of the table: per-pass times of (a), (a'), (b) and (d), wall clock and CPU.
  struct TableRow {
    var name: String
    var pages: Int
    var megabytes: Double
    var parse: Timing
    var tokenize: Timing
    var extract: Timing
    var command: Timing
  }

  /// The table of every set, in CPU time (this process's own for (a), (a'), (b); the child's
  /// for the command), ratios as medians of per-pass ratios, and the command's wall-clock
  /// ratio beside. `Benchmarks/peers.py` reads these lines.
  static func printTable(_ rows: [TableRow], passes: Int) {
    print("per set, CPU ms/page (median of \(passes) passes; ratios: medians of per-pass ratios):")
    print(
      "set                 pages       MB  (a) parse  (a') SAX  (b) extract  (d) command   b/a   d/a  d/a wall")
    for row in rows {
      func perPage(_ values: [Double]) -> Double { medianOf(values) * 1000 / Double(row.pages) }
      // The name whole, however long: `Benchmarks/peers.py` finds the set by it.
      print(
        row.name + String(repeating: " ", count: max(1, 18 - row.name.count))
          + String(
            format: "%6d %8.1f %10.2f %9.2f %12.2f %12.2f %5.2f %5.2f %9.2f", row.pages, row.megabytes,
            perPage(row.parse.cpu), perPage(row.tokenize.cpu), perPage(row.extract.cpu), perPage(row.command.cpu),
            medianRatio(row.extract.cpu, row.parse.cpu), medianRatio(row.command.cpu, row.parse.cpu),
            medianRatio(row.command.wall, row.parse.wall)))
    }
  }

  /// (a), (a'), (b) and (d) of one set in the same passes, nothing printed.
  static func tableRow(_ set: PageSet, passes: Int, extractor: ArticleExtractor) throws -> TableRow {
    let list = try listFile(set.paths, suffix: "table")
    defer { try? FileManager.default.removeItem(at: list) }
    let pages = set.pages
    let times = interleaved(
      passes,
      [
        { for page in pages { ParseBaseline.parse(page) } },
        { for page in pages { ParseBaseline.tokenize(page) } },
        { for page in pages { _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false) } },
        { _ = runCommand(["--files-from", list.path, "--jobs", "1"]) },
      ])
    return TableRow(
      name: set.name, pages: pages.count, megabytes: set.megabytes, parse: times[0], tokenize: times[1],
      extract: times[2], command: times[3])
  }

  /// Every measure of one set, printed as it comes; returns its line of the table.
  static func fullRows(_ set: PageSet, passes: Int, extractor: ArticleExtractor, repeatedBatch: Bool) throws
    -> TableRow
  {
    let pages = set.pages
    print(
      "set \(set.name) (\(set.folder)): \(pages.count) pages, "
        + String(format: "%.1f", set.megabytes) + " MB, median of \(passes) passes")
    let cores = ProcessInfo.processInfo.activeProcessorCount
    // Interleaved: each pass times (a), (b) and (c) back to back, so a machine that speeds up or
    // slows down between passes moves all three alike; ratios are medians of per-pass ratios.
    let timings = interleaved(
      passes,
      [
        { for page in pages { ParseBaseline.parse(page) } },
        { for page in pages { ParseBaseline.tokenize(page) } },
        { for page in pages { _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false) } },
        {
          DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            _ = try? ArticleExtractor.json(extractor.extract(html: pages[index]), pretty: false)
          }
        },
      ])
    let times = timings.map(\.wall)
    let (parse, tokenize, full, batch) = (
      medianOf(times[0]), medianOf(times[1]), medianOf(times[2]), medianOf(times[3])
    )
    let megabytes = set.megabytes
    func row(_ name: String, _ seconds: Double) {
      let perPage = seconds * 1000 / Double(pages.count)
      print(
        name.padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: "%8.2f ms/page %8.1f MB/s", perPage, megabytes / seconds))
    }
    row("(a) libxml2 parse alone", parse)
    row("(a') libxml2 SAX parse, no tree", tokenize)
    row("(b) extract, 1 thread", full)
    row("(c) extract, \(cores) threads (throughput)", batch)
    print(
      String(
        format: "ratio b/a: %.2f   batch speed-up c vs b: %.2f   (medians of per-pass ratios)",
        medianRatio(times[2], times[0]), medianRatio(times[2], times[3])))
    print(
      String(
        format: "ratio b/a': %.2f   (full extraction over the bare SAX parse it is built on)",
        medianRatio(times[2], times[1])))
    print(String(format: "peak memory of this process (max RSS): %.1f MB", peakMemoryMB()))
    let command = try commandRows(
      paths: set.paths, passes: passes, megabytes: megabytes, repeatedBatch: repeatedBatch,
      parse: { for page in pages { ParseBaseline.parse(page) } },
      extract: { for page in pages { _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false) } })
    // The table's (a), (b) and (d) from the command's passes, where they are timed together.
    return TableRow(
      name: set.name, pages: pages.count, megabytes: megabytes, parse: command?.parse ?? timings[0],
      tokenize: timings[1], extract: command?.extract ?? timings[2],
      command: command?.command ?? Timing(wall: [.nan], cpu: [.nan]))
  }

  /// A temporary file listing `paths`, one a line, for `--files-from`.
  static func listFile(_ paths: [String], suffix: String) throws -> URL {
    let list = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid())-\(suffix).txt")
    try Data(paths.joined(separator: "\n").utf8).write(to: list)
    return list
  }

  /// The `extract` command, built beside this binary.
  static var commandBinary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("extract")
  }

  /// Peak memory of the `extract` command on one large page of each shape, over the page's
  /// bytes, once the peak on a tiny page (the process's constant) is taken off; and the
  /// growth from the shape's 1x page to its largest over the bytes added, which counts the
  /// one-time costs a tiny page never reaches (the language classifier's tables) as the
  /// constant they are. Last, the peak with `--format text`: the same extraction without
  /// any JSON record, so the record's share of the peak is the difference (on the built
  /// pages of 0.08–0.18 MB there was none: the peak is the extraction's working memory).
  static func memoryRows(pages: [(String, [UInt8], [UInt8])]) throws {
    guard FileManager.default.isExecutableFile(atPath: commandBinary.path) else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid())-memory")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func peak(_ page: [UInt8], format: String = "jsonl") throws -> Double {
      let file = folder.appendingPathComponent("page.html")
      try Data(page).write(to: file)
      // The page listed several times, one job: long enough for the 5 ms polls of the peak,
      // and the peak of one page, since memory does not grow with the count.
      let list = folder.appendingPathComponent("list.txt")
      let copies = min(200, max(5, 4_000_000 / page.count))
      try Data(Array(repeating: file.path, count: copies).joined(separator: "\n").utf8).write(to: list)
      return (0..<3).map { _ in
        runCommand(["--files-from", list.path, "--jobs", "1"], format: format, measureMemory: true).maxRSS
      }.min()!
    }
    let constant = try peak([UInt8]("<p>tiny</p>".utf8))
    print(String(format: "peak memory of the extract command on one page (constant %.1f MB taken off):", constant))
    for (name, smallest, page) in pages {
      let megabytes = try peak(page)
      let base = try peak(smallest)
      let text = try peak(page, format: "text")
      print(
        "  " + name.padding(toLength: 20, withPad: " ", startingAt: 0)
          + String(
            format: "%8.2f MB page %8.1f MB peak   %.1fx the page's bytes   %.1fx over the 1x page's peak"
              + "   %.1f MB peak as text",
            Double(page.count) / 1_048_576, megabytes, (megabytes - constant) * 1_048_576 / Double(page.count),
            (megabytes - base) * 1_048_576 / Double(page.count - smallest.count), text))
    }
  }

  /// The `extract` command itself over the same pages (files read, JSON Lines written to
  /// /dev/null): `--jobs 1` against `--jobs 2`, and the peak memory of a batch over the
  /// pages once and repeated `repeats` times, which must not grow with the number of pages.
  /// `parse` and `extract` are (a) and (b) again, timed in the same passes as the command: its
  /// ratio to each (a ratio to (b) from other passes moved with the machine's load), and the
  /// command over one tiny page, its fixed cost (start-up, arguments, the language tables).
  /// Returns (a), (b) and the command with `--jobs 1` as timed in these passes.
  static func commandRows(
    paths: [String], passes: Int, megabytes: Double, repeatedBatch: Bool, parse: @escaping () -> Void,
    extract: @escaping () -> Void
  ) throws -> (parse: Timing, extract: Timing, command: Timing)? {
    let binary = commandBinary
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      print("(the extract command is not built beside extract-bench; command rows skipped)")
      return nil
    }
    let list = try listFile(paths, suffix: "command")
    let repeatedList = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid())-x.txt")
    defer {
      try? FileManager.default.removeItem(at: list)
      try? FileManager.default.removeItem(at: repeatedList)
    }
    // The fixed cost: a page long enough to be given to the language guesser, once.
    let tinyPage = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid())-tiny.html")
    defer { try? FileManager.default.removeItem(at: tinyPage) }
    try Data(
      ("<html><body><article><p>" + Scaling.words + ", " + Scaling.words + ".</p></article></body></html>\n").utf8
    )
    .write(to: tinyPage)
    let repeats = 20
    let commands = [["--files-from", list.path, "--jobs", "1"], ["--files-from", list.path, "--jobs", "2"]]
    // Timed in this order in each pass: (a) just before the command with --jobs 1, so their
    // ratio compares two runs a moment apart, and (b) just after it (a burst of other work on
    // the machine between (a) and the command, with --jobs 2 between them, moved the ratio).
    let timed = interleaved(
      passes,
      [
        parse, { _ = runCommand(commands[0]) }, extract, { _ = runCommand(commands[1]) },
        { _ = runCommand([tinyPage.path, "--jobs", "1"]) },
      ])
    // As before: the command with --jobs 1 and 2, (a), (b), the short page.
    let times = [timed[1], timed[3], timed[0], timed[2], timed[4]].map(\.wall)
    let one = (seconds: medianOf(times[0]), maxRSS: 0.0)
    let two = (seconds: medianOf(times[1]), maxRSS: runCommand(commands[1], measureMemory: true).maxRSS)
    func row(_ name: String, _ seconds: Double) {
      print(
        name.padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: "%8.2f ms/page %8.1f MB/s", seconds * 1000 / Double(paths.count), megabytes / seconds))
    }
    row("(d) extract command, --jobs 1", one.seconds)
    row("(e) extract command, --jobs 2", two.seconds)
    print(
      String(
        format: "command speed-up --jobs 2 vs --jobs 1: %.2f   (median of per-pass ratios)",
        medianRatio(times[0], times[1])))
    print(
      String(
        format:
          "ratio d/a: %.2f   (the command, --jobs 1, over libxml2's parse alone, timed in the same passes; "
          + "passes %.2f to %.2f)",
        medianRatio(times[0], times[2]), zip(times[0], times[2]).map { $0 / $1 }.min()!,
        zip(times[0], times[2]).map { $0 / $1 }.max()!))
    print(
      String(
        format: "  same passes: b/a %.2f, d/b %.2f; the command's fixed cost (one short page) %.1f ms = %.2f of a",
        medianRatio(times[3], times[2]), medianRatio(times[0], times[3]), medianOf(times[4]) * 1000,
        medianRatio(times[4], times[2])))
    if repeatedBatch {
      // Once, on the first set: whether the peak grows with the number of pages.
      try Data(Array(repeating: paths.joined(separator: "\n"), count: repeats).joined(separator: "\n").utf8).write(
        to: repeatedList)
      let repeated = runCommand(["--files-from", repeatedList.path, "--jobs", "2"], measureMemory: true)
      print(
        String(
          format: "command peak memory (max RSS), --jobs 2: %.1f MB over %d pages, %.1f MB over %d pages",
          two.maxRSS, paths.count, repeated.maxRSS, paths.count * repeats))
    } else {
      print(String(format: "command peak memory (max RSS), --jobs 2: %.1f MB over %d pages", two.maxRSS, paths.count))
    }
    return (timed[0], timed[2], timed[1])
  }

  // posix_spawn and wait4 rather than Process: Foundation reaps its children itself, and
  // the child's peak memory comes only from wait4's rusage.
  static func runCommand(_ arguments: [String], format: String = "jsonl", measureMemory: Bool = false) -> (
    seconds: Double, maxRSS: Double
  ) {
    let binary = commandBinary
    let argv = ([binary.path] + arguments + ["--quiet", "--format", format]).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else { return (0, 0) }
    // The child's own high-water mark: /proc's VmHWM starts anew at exec, while wait4's
    // ru_maxrss carries the parent's memory over (spawn shares it until exec).
    var status: Int32 = 0
    var peakKB = 0
    while true {
      let done = waitpid(pid, &status, measureMemory ? WNOHANG : 0)
      if done == pid || (done < 0 && errno != EINTR) { break }
      guard measureMemory else { continue }
      if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
      {
        peakKB = max(peakKB, kilobytes)
      }
      usleep(5_000)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (seconds, Double(peakKB) / 1024)
  }

  static func pagePaths(_ folder: String) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var paths: [String] = []
    for case let path as String in walker where path.hasSuffix(".html") && !path.hasSuffix("expected.html") {
      paths.append(URL(fileURLWithPath: folder).appendingPathComponent(path).path)
    }
    return paths.sorted()
  }

  static func loadPages(_ folder: String) throws -> [[UInt8]] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var pages: [[UInt8]] = []
    for case let path as String in walker where path.hasSuffix(".html") && !path.hasSuffix("expected.html") {
      pages.append([UInt8](try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(path))))
    }
    return pages
  }

  /// One body's seconds in each pass: on the wall clock, and of CPU (this process's, all its
  /// threads, and that of the children it waited for: a command run by the body).
  struct Timing {
    var wall: [Double] = []
    var cpu: [Double] = []
  }

  /// Each body timed in each pass, the bodies run one after another within a pass (after one
  /// warm-up round).
  static func interleaved(_ passes: Int, _ bodies: [() -> Void]) -> [Timing] {
    for body in bodies { body() }
    var times = Array(repeating: Timing(), count: bodies.count)
    for _ in 0..<passes {
      for (index, body) in bodies.enumerated() {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuSeconds()
        body()
        times[index].cpu.append(cpuSeconds() - cpuStart)
        times[index].wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      }
    }
    return times
  }

  /// CPU seconds of this process and of its children it has waited for.
  static func cpuSeconds() -> Double {
    var seconds = 0.0
    for who in [RUSAGE_SELF, RUSAGE_CHILDREN] {
      var usage = rusage()
      getrusage(who.rawValue, &usage)
      seconds +=
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    return seconds
  }

  static func medianOf(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

  /// The median over passes of `numerator[pass] / denominator[pass]`.
  static func medianRatio(_ numerator: [Double], _ denominator: [Double]) -> Double {
    medianOf(zip(numerator, denominator).map { $0 / $1 })
  }

  static func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
  }
}
