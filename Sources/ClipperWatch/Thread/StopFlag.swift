import Synchronization

/// The flag the watcher thread checks between two `inotifytools_next_event` calls.
///
/// A class so that the thread and the task that started it share one atomic; `Sendable` by
/// construction (its only stored property is an `Atomic`).
final class StopFlag: Sendable {
    private let value = Atomic<Bool>(false)

    /// Asks the thread to stop; it notices within one poll (about a second).
    func set() {
        value.store(true, ordering: .releasing)
    }

    /// Whether the thread was asked to stop.
    var isSet: Bool {
        value.load(ordering: .acquiring)
    }
}
