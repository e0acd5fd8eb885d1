import Synchronization

/// One store operation on a pooled connection, bounded in time without ever waiting for a call
/// that does not return.
///
/// postgres-nio leaves a query sent on a connection that the server is closing at that moment
/// pending for ever (the upstream fix was reverted), and such a call ignores cancellation. A task
/// group would wait for it; so the operation runs in a task of its own, and the caller resumes on
/// whichever comes first: the result, the lease deadline (no connection at all), the work
/// deadline, or its own cancellation. A stuck call is abandoned, cancelled, and costs one
/// suspended task.
final class PostgresOperation<Value: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Value, any Error>?
        var outcome: Result<Value, any Error>?
        var leased = false
        var tasks: [Task<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Runs `work` with a connection from `lease` and returns its value, or throws
    /// ``PostgresLeaseTimeout`` when `lease` has not called `leased` within `leaseTimeout`
    /// (`nil`: no lease phase), or ``PostgresWorkTimeout`` when `workTimeout` more has passed.
    static func run(
        leaseTimeout: Duration?, workTimeout: Duration,
        lease: @escaping @Sendable (_ leased: @escaping @Sendable () -> Void) async throws -> Value
    ) async throws -> Value {
        let operation = PostgresOperation<Value>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                operation.start(continuation, leaseTimeout: leaseTimeout, workTimeout: workTimeout, lease: lease)
            }
        } onCancel: {
            operation.finish(.failure(CancellationError()))
        }
    }

    /// Runs `operation` and returns its value, or throws ``PostgresWorkTimeout`` after `timeout`.
    static func run(within timeout: Duration, _ operation: @escaping @Sendable () async throws -> Value)
        async throws -> Value
    {
        try await run(leaseTimeout: nil, workTimeout: timeout) { _ in try await operation() }
    }

    private func start(
        _ continuation: CheckedContinuation<Value, any Error>, leaseTimeout: Duration?, workTimeout: Duration,
        lease: @escaping @Sendable (_ leased: @escaping @Sendable () -> Void) async throws -> Value
    ) {
        let finished = state.withLock { state -> Result<Value, any Error>? in
            if let outcome = state.outcome { return outcome }
            state.continuation = continuation
            return nil
        }
        if let finished {
            continuation.resume(with: finished)
            return
        }
        // Unstructured: a child task would be awaited by its group, and a stuck postgres-nio call never returns.
        let work = Task {
            do {
                finish(.success(try await lease { self.state.withLock { $0.leased = true } }))
            } catch {
                finish(.failure(error))
            }
        }
        // Unstructured for the same reason: it must resume the caller while `work` may still be stuck.
        let deadline = Task {
            do {
                if let leaseTimeout {
                    try await Task.sleep(for: leaseTimeout)
                    guard state.withLock({ $0.leased }) else {
                        finish(.failure(PostgresLeaseTimeout()))
                        return
                    }
                }
                try await Task.sleep(for: workTimeout)
                finish(.failure(PostgresWorkTimeout(limit: (leaseTimeout ?? .zero) + workTimeout)))
            } catch {
                // Cancelled: the operation finished.
            }
        }
        let cancelNow = state.withLock { state in
            state.tasks = [work, deadline]
            return state.outcome != nil
        }
        if cancelNow { work.cancel(); deadline.cancel() }
    }

    /// Records the first outcome, resumes the caller with it and cancels what is still running.
    private func finish(_ outcome: Result<Value, any Error>) {
        let (continuation, tasks) = state.withLock {
            state -> (CheckedContinuation<Value, any Error>?, [Task<Void, Never>]) in
            guard state.outcome == nil else { return (nil, []) }
            state.outcome = outcome
            defer {
                state.continuation = nil
                state.tasks = []
            }
            return (state.continuation, state.tasks)
        }
        for task in tasks { task.cancel() }
        continuation?.resume(with: outcome)
    }
}

/// No pooled connection within the connect timeout.
struct PostgresLeaseTimeout: Error {}

/// A leased connection did not finish its work in time (a server that went away mid-query).
struct PostgresWorkTimeout: Error {
    let limit: Duration
}
