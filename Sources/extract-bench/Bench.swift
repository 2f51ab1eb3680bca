import ExtractKit
import Foundation

/// Speed of `extract` against libxml2's parse alone, in one run over a folder of pages.
///
///     swift run -c release extract-bench [FOLDER] [--passes N]
///     valgrind --tool=callgrind .build/release/extract-bench [FOLDER] --only parse|tokenize|extract
///     .build/release/extract-bench --only scaling            (the scaling and memory tables alone)
///     valgrind --tool=callgrind .build/release/extract-bench --only scale:lists:64
///
/// FOLDER defaults to ../shared/corpus/readability (every `*.html` below it is a page).
/// Prints, per measure, the median of N passes (default 5): ms/page, MB/s; then the ratio of
/// full extraction to the parse alone (and to libxml2's bare SAX parse, which extraction is
/// built on), batch throughput on all cores, and peak memory; then
/// the same for the `extract` command (built beside this binary) with `--jobs 1` and `2`;
/// then time per byte of pages built at 1x to 64x of five shapes (`Scaling`), and the peak
/// memory of the `extract` command on the largest of each, over the page's bytes.
@main
struct Bench {
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
    default:
      break
    }
    let folder = arguments.first ?? "../shared/corpus/readability"
    let pages = try loadPages(folder)
    guard !pages.isEmpty else {
      FileHandle.standardError.write(Data("extract-bench: no .html pages under \(folder)\n".utf8))
      exit(66)
    }
    let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_000_000
    print("pages: \(pages.count), \(String(format: "%.1f", megabytes)) MB, median of \(passes) passes")

    switch only {
    case "parse"?:
      for page in pages { ParseBaseline.parse(page) }
      return
    case "tokenize"?:
      for page in pages { ParseBaseline.tokenize(page) }
      return
    case "extract"?:
      for page in pages { _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false) }
      return
    case let other?:
      FileHandle.standardError.write(
        Data("extract-bench: --only takes parse, tokenize, extract, scaling or scale:SHAPE:FACTOR, not \(other)\n".utf8)
      )
      exit(64)
    case nil:
      break
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    // Interleaved: each pass times (a), (b) and (c) back to back, so a machine that speeds up or
    // slows down between passes moves all three alike; ratios are medians of per-pass ratios.
    let times = interleaved(
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
    let (parse, tokenize, full, batch) = (
      medianOf(times[0]), medianOf(times[1]), medianOf(times[2]), medianOf(times[3])
    )
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
    try commandRows(
      paths: try pagePaths(folder), passes: passes, megabytes: megabytes,
      parse: { for page in pages { ParseBaseline.parse(page) } },
      extract: { for page in pages { _ = try? ArticleExtractor.json(extractor.extract(html: page), pretty: false) } })
    let biggest = Scaling.table(sample: sample, passes: passes, extractor: extractor)
    try memoryRows(pages: biggest)
  }

  /// The `extract` command, built beside this binary.
  static var commandBinary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("extract")
  }

  /// Peak memory of the `extract` command on one large page of each shape, over the page's
  /// bytes, once the peak on a tiny page (the process's constant) is taken off; and the
  /// growth from the shape's 1x page to its largest over the bytes added, which counts the
  /// one-time costs a tiny page never reaches (the language classifier's tables) as the
  /// constant they are.
  static func memoryRows(pages: [(String, [UInt8], [UInt8])]) throws {
    guard FileManager.default.isExecutableFile(atPath: commandBinary.path) else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid())-memory")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func peak(_ page: [UInt8]) throws -> Double {
      let file = folder.appendingPathComponent("page.html")
      try Data(page).write(to: file)
      // The page listed several times, one job: long enough for the 5 ms polls of the peak,
      // and the peak of one page, since memory does not grow with the count.
      let list = folder.appendingPathComponent("list.txt")
      let copies = min(200, max(5, 4_000_000 / page.count))
      try Data(Array(repeating: file.path, count: copies).joined(separator: "\n").utf8).write(to: list)
      return (0..<3).map { _ in
        runCommand(["--files-from", list.path, "--jobs", "1"], measureMemory: true).maxRSS
      }.min()!
    }
    let constant = try peak([UInt8]("<p>tiny</p>".utf8))
    print(String(format: "peak memory of the extract command on one page (constant %.1f MB taken off):", constant))
    for (name, smallest, page) in pages {
      let megabytes = try peak(page)
      let base = try peak(smallest)
      print(
        "  " + name.padding(toLength: 20, withPad: " ", startingAt: 0)
          + String(
            format: "%8.2f MB page %8.1f MB peak   %.1fx the page's bytes   %.1fx over the 1x page's peak",
            Double(page.count) / 1_048_576, megabytes, (megabytes - constant) * 1_048_576 / Double(page.count),
            (megabytes - base) * 1_048_576 / Double(page.count - smallest.count)))
    }
  }

  /// The `extract` command itself over the same pages (files read, JSON Lines written to
  /// /dev/null): `--jobs 1` against `--jobs 2`, and the peak memory of a batch over the
  /// pages once and repeated `repeats` times, which must not grow with the number of pages.
  /// `parse` and `extract` are (a) and (b) again, timed in the same passes as the command: its
  /// ratio to each (a ratio to (b) from other passes moved with the machine's load), and the
  /// command over one tiny page, its fixed cost (start-up, arguments, the language tables).
  static func commandRows(
    paths: [String], passes: Int, megabytes: Double, parse: @escaping () -> Void, extract: @escaping () -> Void
  ) throws {
    let binary = commandBinary
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      print("(the extract command is not built beside extract-bench; command rows skipped)")
      return
    }
    let list = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid()).txt")
    let repeatedList = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid())-x.txt")
    defer {
      try? FileManager.default.removeItem(at: list)
      try? FileManager.default.removeItem(at: repeatedList)
    }
    try Data(paths.joined(separator: "\n").utf8).write(to: list)
    // The fixed cost: a page long enough to be given to the language guesser, once.
    let tinyPage = FileManager.default.temporaryDirectory.appendingPathComponent("extract-bench-\(getpid())-tiny.html")
    defer { try? FileManager.default.removeItem(at: tinyPage) }
    try Data(
      ("<html><body><article><p>" + Scaling.words + ", " + Scaling.words + ".</p></article></body></html>\n").utf8
    )
    .write(to: tinyPage)
    let repeats = 20
    try Data(Array(repeating: paths.joined(separator: "\n"), count: repeats).joined(separator: "\n").utf8).write(
      to: repeatedList)
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
    let times = [timed[1], timed[3], timed[0], timed[2], timed[4]]
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
    let repeated = runCommand(["--files-from", repeatedList.path, "--jobs", "2"], measureMemory: true)
    print(
      String(
        format: "command peak memory (max RSS), --jobs 2: %.1f MB over %d pages, %.1f MB over %d pages",
        two.maxRSS, paths.count, repeated.maxRSS, paths.count * repeats))
  }

  // posix_spawn and wait4 rather than Process: Foundation reaps its children itself, and
  // the child's peak memory comes only from wait4's rusage.
  static func runCommand(_ arguments: [String], measureMemory: Bool = false) -> (seconds: Double, maxRSS: Double) {
    let binary = commandBinary
    let argv = ([binary.path] + arguments + ["--quiet", "--format", "jsonl"]).map { strdup($0) } + [nil]
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

  /// Seconds of each body in each pass, the bodies run one after another within a pass
  /// (after one warm-up round).
  static func interleaved(_ passes: Int, _ bodies: [() -> Void]) -> [[Double]] {
    for body in bodies { body() }
    var times = Array(repeating: [Double](), count: bodies.count)
    for _ in 0..<passes {
      for (index, body) in bodies.enumerated() {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      }
    }
    return times
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
