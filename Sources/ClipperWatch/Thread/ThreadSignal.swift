import Synchronization

/// A value sent once from the watcher thread to the task awaiting it.
///
/// Unlike an `AsyncStream`, waiting is not cut short by task cancellation: the task that started
/// the thread must learn that it ended before another watcher may use libinotifytools.
final class ThreadSignal<Value: Sendable>: Sendable {
    private enum State {
        case pending
        case waiting(CheckedContinuation<Value, Never>)
        case sent(Value)
    }

    private let state = Mutex<State>(.pending)

    /// Delivers `value` (once; later calls are ignored).
    func send(_ value: Value) {
        let waiter = state.withLock { state -> CheckedContinuation<Value, Never>? in
            switch state {
            case .pending:
                state = .sent(value)
                return nil
            case .waiting(let continuation):
                state = .sent(value)
                return continuation
            case .sent:
                return nil
            }
        }
        waiter?.resume(returning: value)
    }

    /// The value, once it is sent. Only one task may wait.
    func value() async -> Value {
        await withCheckedContinuation { (continuation: CheckedContinuation<Value, Never>) in
            let ready = state.withLock { state -> Value? in
                switch state {
                case .pending:
                    state = .waiting(continuation)
                    return nil
                case .sent(let value):
                    return value
                case .waiting:
                    preconditionFailure("ThreadSignal has one waiter")
                }
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
