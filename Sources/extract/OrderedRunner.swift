import Foundation

/// Runs work on a fixed number of threads and delivers results in submission order.
/// At most `window` results are in flight or waiting for an earlier one, so a crawl of
/// any size streams through with a flat footprint. Hand-written: Dispatch has no bounded,
/// order-keeping pool, and no package in reach provides one for threads.
final class OrderedRunner<Result>: @unchecked Sendable {
  private let condition = NSCondition()
  private var pending: [(index: Int, work: () -> Result)] = []
  private var pendingHead = 0
  private var finished: [Int: Result] = [:]
  private var submitted = 0
  private var delivered = 0
  private var closed = false
  private var running = 0
  private let window: Int
  private let deliver: (Result) -> Void

  /// Results held per thread beyond the one it works on: enough to keep threads busy
  /// while one slow page (a 2 MB one among 50 KB ones) holds up the ones after it; at 4 the
  /// other thread ran dry behind it. Memory stays flat: these are finished records.
  static var windowPerJob: Int { 16 }

  init(jobs: Int, deliver: @escaping (Result) -> Void) {
    self.window = max(2, jobs * Self.windowPerJob)
    self.deliver = deliver
    running = jobs
    for number in 0..<jobs {
      let thread = Thread { [self] in self.workLoop() }
      thread.name = "extract-\(number)"
      // Deep pages recurse in libxml2; give workers the main thread's stack size.
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Queues work; blocks while the window is full.
  func submit(_ work: @escaping () -> Result) {
    condition.lock()
    while submitted - delivered >= window { condition.wait() }
    pending.append((submitted, work))
    submitted += 1
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until every submitted result is delivered, then stops the threads.
  func finish() {
    condition.lock()
    closed = true
    condition.broadcast()
    while delivered < submitted || running > 0 { condition.wait() }
    condition.unlock()
  }

  private func workLoop() {
    while true {
      condition.lock()
      while pendingHead == pending.count && !closed { condition.wait() }
      if pendingHead == pending.count {
        running -= 1
        condition.broadcast()
        condition.unlock()
        return
      }
      let (index, work) = pending[pendingHead]
      pendingHead += 1
      if pendingHead > 1024 {
        pending.removeFirst(pendingHead)
        pendingHead = 0
      }
      condition.unlock()
      let result = work()
      condition.lock()
      finished[index] = result
      // Whoever completes the next result in order writes it (and any that follow).
      while let next = finished.removeValue(forKey: delivered) {
        deliver(next)
        delivered += 1
      }
      condition.broadcast()
      condition.unlock()
    }
  }
}
