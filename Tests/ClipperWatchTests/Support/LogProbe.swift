import Dispatch
import Logging
import Synchronization

/// A log handler for one test: every message goes into `messages`, and the watcher thread can be
/// held on its first `inotify event` message until the test calls `release()`.
///
/// Holding the thread is how the tests make the kernel's inotify queue overflow on purpose: while
/// the thread waits inside `log`, nobody reads the queue.
final class LogProbe: Sendable {
    let messages: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation
    private let holdNextEvent: Atomic<Bool>
    private let gate = DispatchSemaphore(value: 0)

    init(holdFirstEvent: Bool = false) {
        (messages, continuation) = AsyncStream.makeStream(of: String.self)
        holdNextEvent = Atomic(holdFirstEvent)
    }

    /// A logger at trace level that reports to this probe.
    var logger: Logger {
        Logger(label: "clipper.watch.test") { _ in Handler(probe: self) }
    }

    /// Lets a held watcher thread go on.
    func release() {
        gate.signal()
    }

    /// Waits until a message equal to `text` was logged.
    func waitFor(_ text: String) async {
        for await message in messages where message == text {
            return
        }
    }

    fileprivate func record(_ message: String) {
        continuation.yield(message)
        if message == "inotify event", holdNextEvent.exchange(false, ordering: .acquiringAndReleasing) {
            continuation.yield("held")
            gate.wait()
        }
    }

    private struct Handler: LogHandler {
        let probe: LogProbe
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        var metadataProvider: Logger.MetadataProvider?

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            probe.record(event.message.description)
        }
    }
}
