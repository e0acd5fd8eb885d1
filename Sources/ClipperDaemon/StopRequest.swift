import Synchronization
import UnixSignals

/// SIGTERM or SIGINT, trapped from the moment the daemon starts opening its store until it stops:
/// a signal during a connection attempt ends the wait that follows it, one during `--once` drains
/// the pipeline, one while the services run shuts the service group down gracefully.
final class StopRequest: Sendable {
    private let state = Mutex<(requested: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

    /// Runs `body` while SIGTERM and SIGINT are trapped into this request.
    ///
    /// This is the daemon's only trap for them: a second trap for the same signals, set up when
    /// this one is gone, can take libdispatch many seconds to register, and signals that arrive
    /// meanwhile are lost. The service group is stopped from ``stopped()`` instead.
    static func trappingSignals<T: Sendable>(_ body: (StopRequest) async throws -> T) async rethrows -> T {
        let request = StopRequest()
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        // Unstructured: the trap outlives no scope (cancelled on return) but must not be awaited by `body`.
        let listener = Task {
            for await _ in signals { request.fulfil() }
        }
        defer { listener.cancel() }
        return try await body(request)
    }

    /// Whether a stop was asked for.
    var isRequested: Bool { state.withLock { $0.requested } }

    /// Waits `delay`; `false` when a stop was asked for first (or already).
    func wait(_ delay: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await Task.sleep(for: delay)
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                await self.stopped()
                return false
            }
            let result = await group.next() ?? false
            group.cancelAll()
            return result
        }
    }

    private func fulfil() {
        let waiter = state.withLock { state in
            state.requested = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Returns once a stop is asked for, or when the task is cancelled.
    func stopped() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state in
                    if state.requested || Task.isCancelled { return true }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }
}
