import Foundation

/// Runs work on a fixed number of threads and delivers results in submission order.
/// At most `window` results, and at most `byteBudget` bytes of input (record bodies waiting
/// or in work), are in flight or waiting for an earlier one, so a crawl of any size streams
/// through with a flat footprint. Hand-written: Dispatch has no bounded, order-keeping pool,
/// and no package in reach provides one for threads.
final class OrderedRunner<Result>: @unchecked Sendable {
  private let condition = NSCondition()
  /// Work not started yet; a started slot is set to nil at once, so its input is freed when
  /// the work ends rather than when the queue is next compacted.
  private var pending: [(index: Int, cost: Int, work: (() -> Result)?)] = []
  private var pendingHead = 0
  private var finished: [Int: (cost: Int, result: Result)] = [:]
  private var submitted = 0
  private var delivered = 0
  /// Input bytes of the work submitted and not yet delivered.
  private var inFlightBytes = 0
  private var closed = false
  private var running = 0
  private let window: Int
  private let byteBudget: Int
  private let deliver: (Result) -> Void
  /// Threads that started: fewer than asked when the system refuses more (a process limit).
  /// With none, work runs on the submitting thread.
  private(set) var threads = 0

  /// Results held per thread beyond the one it works on: enough to keep threads busy
  /// while one slow page (a 2 MB one among 50 KB ones) holds up the ones after it; at 4 the
  /// other thread ran dry behind it. Memory stays flat: these are finished records.
  static var windowPerJob: Int { 16 }
  /// Input bytes (record bodies) in flight per thread. A 64 MiB WARC record goes through
  /// alone; small pages fill the count window first. With the page limit `L`, the bodies
  /// held are at most `jobs × byteBudgetPerJob + L`.
  static var byteBudgetPerJob: Int { 16 << 20 }

  init(jobs: Int, deliver: @escaping (Result) -> Void) {
    self.window = max(2, jobs * Self.windowPerJob)
    self.byteBudget = jobs * Self.byteBudgetPerJob
    self.deliver = deliver
    for _ in 0..<jobs {
      condition.lock()
      running += 1
      condition.unlock()
      guard Self.startThread({ [self] in self.workLoop() }) else {
        condition.lock()
        running -= 1
        condition.unlock()
        break
      }
      threads += 1
    }
  }

  /// A joinable-free thread with the main thread's stack size (deep pages recurse in
  /// libxml2); false when the system cannot start one. Foundation's `Thread.start` gives no
  /// such answer: a refused thread silently never ran, and `finish` waited for it forever.
  private static func startThread(_ body: @escaping () -> Void) -> Bool {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let box = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
      &thread, &attributes,
      { argument in
        let body = Unmanaged<ThreadBody>.fromOpaque(argument!).takeRetainedValue()
        body.run()
        return nil
      }, box)
    if status != 0 {
      Unmanaged<ThreadBody>.fromOpaque(box).release()
      return false
    }
    return true
  }

  /// Queues work whose input is `cost` bytes; blocks while the window or the byte budget is
  /// full (a piece of work larger than the budget waits until nothing else is in flight).
  func submit(cost: Int = 0, _ work: @escaping () -> Result) {
    if threads == 0 {
      deliver(work())
      return
    }
    condition.lock()
    while submitted - delivered >= window || (inFlightBytes > 0 && cost > byteBudget - inFlightBytes) {
      condition.wait()
    }
    pending.append((submitted, cost, work))
    submitted += 1
    inFlightBytes += cost
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
      let (index, cost, work) = pending[pendingHead]
      pending[pendingHead].work = nil
      pendingHead += 1
      if pendingHead > 1024 {
        pending.removeFirst(pendingHead)
        pendingHead = 0
      }
      condition.unlock()
      let result = work!()
      condition.lock()
      finished[index] = (cost, result)
      // Whoever completes the next result in order writes it (and any that follow).
      while let next = finished.removeValue(forKey: delivered) {
        deliver(next.result)
        delivered += 1
        inFlightBytes -= next.cost
      }
      condition.broadcast()
      condition.unlock()
    }
  }
}

/// A thread's work, passed through `pthread_create`'s one pointer.
private final class ThreadBody {
  let run: () -> Void
  init(_ run: @escaping () -> Void) { self.run = run }
}
