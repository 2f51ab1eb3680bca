import Foundation

/// Counts pages as they are written, draws a progress line on a terminal's standard error
/// (redrawn in place a few times a second) and prints the one-line summary at the end.
final class Progress: @unchecked Sendable {
  private let lock = NSLock()
  private let live: Bool
  private let start = DispatchTime.now()
  private var timer: DispatchSourceTimer?
  private(set) var done = 0
  private(set) var failed = 0
  private(set) var skipped = 0
  /// Pages whose article came out with little or no text.
  private(set) var littleText = 0
  /// Pages expected, when known (WARC files hold an unknown number).
  private var total: Int?
  private var drawn = false

  /// How often the progress line is redrawn.
  static let interval = DispatchTimeInterval.milliseconds(250)

  init(live: Bool, total: Int?) {
    self.live = live
    self.total = total
    guard live else { return }
    let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    timer.schedule(deadline: .now() + Self.interval, repeating: Self.interval)
    timer.setEventHandler { [weak self] in self?.draw() }
    timer.resume()
    self.timer = timer
  }

  /// A terminal on standard error: only then is a progress line drawn.
  static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

  func record(failed: Bool, littleText: Bool = false) {
    lock.lock()
    done += 1
    if failed { self.failed += 1 }
    if littleText { self.littleText += 1 }
    lock.unlock()
  }

  func recordSkipped() {
    lock.lock()
    skipped += 1
    lock.unlock()
  }

  /// Adds pages found while reading (WARC records) to the expected total.
  func expectMore(_ count: Int) {
    lock.lock()
    total = total.map { $0 + count }
    lock.unlock()
  }

  var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }

  private func draw() {
    lock.lock()
    defer { lock.unlock() }
    let elapsed = seconds
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    var line = total.map { "\(done + skipped)/\($0) pages" } ?? "\(done + skipped) pages"
    line += String(format: " · %.1f pages/s · %@", rate, Self.clock(elapsed))
    if let total, rate > 0 {
      line += " · ETA " + Self.clock(Double(max(0, total - done - skipped)) / rate)
    }
    if failed > 0 { line += " · \(failed) failed" }
    Output.errorLineRaw("\r\u{1B}[K" + line)
    drawn = true
  }

  /// Stops redrawing and prints the summary (unless quiet): pages, failures, time, rate.
  func finish(quiet: Bool, interrupted: String?) {
    timer?.cancel()
    lock.lock()
    defer { lock.unlock() }
    if drawn { Output.errorLineRaw("\r\u{1B}[K") }
    guard !quiet else { return }
    let elapsed = seconds
    var summary = "\(done) \(done == 1 ? "page" : "pages"), \(failed) failed"
    if littleText > 0 { summary += ", \(littleText) with little or no text" }
    if skipped > 0 { summary += ", \(skipped) skipped (output exists)" }
    summary += String(format: ", %.2f s, %.1f pages/s", elapsed, elapsed > 0 ? Double(done) / elapsed : 0)
    if let interrupted { summary += "; interrupted by \(interrupted)" }
    Output.errorLine(summary)
  }

  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return whole >= 3600
      ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
      : String(format: "%d:%02d", whole / 60, whole % 60)
  }
}

extension Output {
  static func errorLineRaw(_ text: String) {
    try? writeAll(Array(text.utf8), to: 2)
  }
}
