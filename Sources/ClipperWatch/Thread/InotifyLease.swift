import Synchronization

/// The right to use libinotifytools, which keeps one global inotify instance per process.
///
/// ``InboxWatcher/withEvents(directory:rescanInterval:bufferSize:logger:_:)`` holds it for its
/// whole run; a second watcher in the same process waits (first come, first served) until the
/// first has stopped its thread and cleaned the library up.
final class InotifyLease: Sendable {
    private struct State {
        var held = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    /// The one lease of this process.
    static let shared = InotifyLease()

    private let state = Mutex(State())

    /// Waits until the library is free, then holds it.
    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = state.withLock { state -> Bool in
                guard state.held else {
                    state.held = true
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if granted { continuation.resume() }
        }
    }

    /// Hands the library to the next waiter, or frees it.
    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.held = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
