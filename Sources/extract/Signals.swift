import Foundation

/// SIGINT and SIGTERM during a batch: the first asks the run to stop taking new pages,
/// finish and write the ones in flight, and report; a second one ends the process at once.
/// The handlers are plain signal handlers that only store the signal number: a Dispatch
/// signal source needs a Dispatch thread, and when the system refuses threads (a process
/// limit) it never ran, so nothing could stop the run.
/// SIGPIPE is ignored so a closed output pipe is an error the writer sees, not a kill;
/// SIGXFSZ too, so a file over the size limit is a write error that removes its temporary
/// file, not a kill that leaves it behind.
final class Interruption: @unchecked Sendable {
  /// The first signal caught (0: none), as a C `sig_atomic_t`: all a handler may touch.
  nonisolated(unsafe) private static let received: UnsafeMutablePointer<sig_atomic_t> = {
    let pointer = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return pointer
  }()

  static let shared = Interruption()

  func install() {
    Output.ignoreDeliverySignals()
    _ = Self.received
    // A parent may hand down the signals blocked (a test runner does): unblock them here,
    // before the worker threads start and inherit the mask.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for number in [SIGINT, SIGTERM] { sigaddset(&unblocked, number) }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    for number in [SIGINT, SIGTERM] {
      signal(number) { number in
        if Interruption.received.pointee != 0 { _exit(128 + number) }
        Interruption.received.pointee = sig_atomic_t(number)
      }
    }
  }

  /// The signal that asked the run to stop, if one did.
  var caught: Int32? {
    let number = Int32(Self.received.pointee)
    return number == 0 ? nil : number
  }

  var name: String? {
    caught.map { $0 == SIGINT ? "SIGINT" : "SIGTERM" }
  }
}

extension Output {
  /// SIGPIPE and SIGXFSZ ignored, once: writes then fail with EPIPE or EFBIG, which the
  /// writer reports (exit 74) instead of the process dying with 141 or leaving a `.tmp` file.
  static func ignoreDeliverySignals() { _ = signalsIgnored }

  private static let signalsIgnored: Bool = {
    signal(SIGPIPE, SIG_IGN)
    signal(SIGXFSZ, SIG_IGN)
    return true
  }()
}
