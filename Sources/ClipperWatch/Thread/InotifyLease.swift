import Synchronization

/// The right to use libinotifytools, which keeps one global inotify instance per process.
///
/// ``InboxWatcher/withEvents(directory:rescanInterval:bufferSize:logger:_:)`` holds it for its
/// whole run; a second watcher in the same process waits (first come, first served) until the
/// first has stopped its thread and cleaned the library up.
final class InotifyLease: Sendable {
    private struct State {
        var held = false
        var nextID = 0
        var waiters: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    }

    /// The one lease of this process.
    static let shared = InotifyLease()

    private let state = Mutex(State())

    /// Waits until the library is free, then holds it.
    /// - Throws: `CancellationError` when the task is cancelled while waiting (it then holds nothing).
    func acquire() async throws {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Result<Void, any Error>? in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    guard state.held else {
                        state.held = true
                        return .success(())
                    }
                    state.waiters.append((id, continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                state.waiters.firstIndex { $0.id == id }.map { state.waiters.remove(at: $0) }
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Hands the library to the next waiter, or frees it.
    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard !state.waiters.isEmpty else {
                state.held = false
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        next?.resume()
    }
}
