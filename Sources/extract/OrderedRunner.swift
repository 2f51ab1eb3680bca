import Foundation

/// Runs work on a fixed number of threads and delivers results in submission order, one at
/// a time, outside the lock: a result finished when every earlier one was delivered is
/// delivered at once by its thread (its record streamed as it is made); one that must wait
/// is first passed to `hold` on its thread (its record rendered), then delivered in turn.
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
  /// A thread is delivering results: the next ones in order are left to it.
  private var delivering = false
  private let window: Int
  private let byteBudget: Int
  private let hold: (inout Result) -> Void
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

  init(jobs: Int, hold: @escaping (inout Result) -> Void = { _ in }, deliver: @escaping (Result) -> Void) {
    self.window = max(2, jobs * Self.windowPerJob)
    self.byteBudget = jobs * Self.byteBudgetPerJob
    self.hold = hold
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
  static func startThread(_ body: @escaping () -> Void) -> Bool {
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
      var result = work!()
      condition.lock()
      if index == delivered && !delivering {
        // Next in order: delivered as it is, and any finished after it.
        deliverInOrder(result, cost: cost)
      } else {
        condition.unlock()
        hold(&result)
        condition.lock()
        finished[index] = (cost, result)
        // The results before it may have been delivered while it was held.
        if !delivering, let next = finished.removeValue(forKey: delivered) {
          deliverInOrder(next.result, cost: next.cost)
        }
      }
      condition.broadcast()
      condition.unlock()
    }
  }

  /// Delivers `result` (the next in order) and the finished ones that follow it, with the
  /// lock held on entry and on return, released while each is delivered: the other threads
  /// take new work and finish pages meanwhile.
  private func deliverInOrder(_ result: Result, cost: Int) {
    delivering = true
    var next: (cost: Int, result: Result)? = (cost, result)
    while let (cost, result) = next {
      condition.unlock()
      deliver(result)
      condition.lock()
      delivered += 1
      inFlightBytes -= cost
      condition.broadcast()
      next = finished.removeValue(forKey: delivered)
    }
    delivering = false
  }
}

/// A thread's work, passed through `pthread_create`'s one pointer.
private final class ThreadBody {
  let run: () -> Void
  init(_ run: @escaping () -> Void) { self.run = run }
}
