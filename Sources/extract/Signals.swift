import Foundation

/// SIGINT and SIGTERM during a batch: the first asks the run to stop taking new pages,
/// finish and write the ones in flight, and report; a second one ends the process at once.
/// SIGPIPE is ignored so a closed output pipe is an error the writer sees, not a kill.
final class Interruption: @unchecked Sendable {
  private let lock = NSLock()
  private var received: Int32?
  private var sources: [DispatchSourceSignal] = []

  static let shared = Interruption()

  func install() {
    signal(SIGPIPE, SIG_IGN)
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInteractive))
      source.setEventHandler { [self] in
        lock.lock()
        let again = received != nil
        if !again { received = number }
        lock.unlock()
        if again { _exit(128 + number) }
      }
      source.resume()
      sources.append(source)
    }
  }

  /// The signal that asked the run to stop, if one did.
  var caught: Int32? {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  var name: String? {
    caught.map { $0 == SIGINT ? "SIGINT" : "SIGTERM" }
  }
}
