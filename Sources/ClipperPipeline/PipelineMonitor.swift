import ClipperModel
import Synchronization

/// The pipeline's shared, thread-safe state: counters for `status`, the pause gate
/// intake waits on, and the ages of files in flight for the watchdog.
///
/// A `Mutex` guards one plain value; every method holds it only for a few assignments.
public final class PipelineMonitor: Sendable {
    private struct State {
        var queued = 0
        var inFlight: [String: ContinuousClock.Instant] = [:]
        var processed = 0
        var failed = 0
        var duplicates = 0
        var window = RateWindow()
        var recentFailures: [FailureReport] = []
        var userPause: String?
        var storeFault: String?
        var draining = false
        var waiters: [(id: Int, continuation: CheckedContinuation<Void, Never>)] = []
        var observers: [Observer] = []

        var pauseReason: String? { storeFault ?? userPause }
        var mayTake: Bool { draining || pauseReason == nil }
    }

    private struct Observer {
        let id: Int
        let condition: @Sendable (PipelineCounters) -> Bool
        let continuation: CheckedContinuation<Void, Never>
    }

    private let state = Mutex(State())
    private let nextObserver = Atomic<Int>(0)
    private let clock = ContinuousClock()
    private let origin: ContinuousClock.Instant

    public init() {
        origin = clock.now
    }

    /// The counters now.
    public func counters() -> PipelineCounters {
        let now = clock.now
        return state.withLock { snapshot($0, at: now) }
    }

    /// Returns once the counters satisfy `condition` (checked now and after every change).
    /// Tests and the benchmark await pipeline progress with it instead of polling.
    public func waitUntil(_ condition: @escaping @Sendable (PipelineCounters) -> Bool) async {
        let id = nextObserver.add(1, ordering: .relaxed).newValue
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = clock.now
            let satisfied = state.withLock { state in
                if condition(snapshot(state, at: now)) { return true }
                state.observers.append(Observer(id: id, condition: condition, continuation: continuation))
                return false
            }
            if satisfied { continuation.resume() }
        }
    }

    private func snapshot(_ state: State, at now: ContinuousClock.Instant) -> PipelineCounters {
        let rates = state.window.rates(at: secondsSinceOrigin(now))
        return PipelineCounters(
            queued: state.queued, inFlight: state.inFlight.count, processed: state.processed,
            failed: state.failed, duplicates: state.duplicates, rate: rates.files, bytesRate: rates.bytes,
            pauseReason: state.pauseReason, pausedByUser: state.userPause != nil,
            storeUnavailable: state.storeFault != nil, recentFailures: state.recentFailures,
            oldestInFlight: state.inFlight.values.min().map { now - $0 }
        )
    }

    /// Applies `change` and wakes the observers whose condition now holds.
    private func update(_ change: (inout State) -> Void) {
        let now = clock.now
        let ready = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            change(&state)
            guard !state.observers.isEmpty else { return [] }
            let counters = snapshot(state, at: now)
            var ready: [CheckedContinuation<Void, Never>] = []
            state.observers.removeAll { observer in
                guard observer.condition(counters) else { return false }
                ready.append(observer.continuation)
                return true
            }
            return ready
        }
        for continuation in ready { continuation.resume() }
    }

    /// Whether the pipeline is shutting down.
    public var isDraining: Bool { state.withLock { $0.draining } }

    // MARK: Pausing

    /// Stops intake until ``resume()``; files in flight finish.
    public func pause(reason: String) {
        update { $0.userPause = reason }
    }

    /// Lets intake take files again after ``pause(reason:)``.
    public func resume() {
        release { $0.userPause = nil }
    }

    func storeFailed(_ reason: String) {
        update { $0.storeFault = reason }
    }

    func storeRecovered() {
        release { $0.storeFault = nil }
    }

    /// Marks the pipeline as draining and wakes intake so it can stop: no file is taken from now
    /// on, the files in flight are finished and committed. (`run()` does this itself on a
    /// graceful shutdown; `runOnce()` callers call it on SIGTERM.)
    public func beginDraining() {
        release { $0.draining = true }
    }

    /// Returns when intake may take a file: not paused, or draining (then intake stops), or
    /// when the task is cancelled (the caller checks `Task.isCancelled`).
    func waitUntilIntakeMayTake() async {
        let id = nextObserver.add(1, ordering: .relaxed).newValue
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state in
                    if state.mayTake || Task.isCancelled { return true }
                    state.waiters.append((id, continuation))
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                state.waiters.firstIndex { $0.id == id }.map { state.waiters.remove(at: $0) }
            }
            waiter?.continuation.resume()
        }
    }

    private func release(_ change: (inout State) -> Void) {
        var waiters: [(id: Int, continuation: CheckedContinuation<Void, Never>)] = []
        update { state in
            change(&state)
            guard state.mayTake else { return }
            waiters = state.waiters
            state.waiters = []
        }
        for waiter in waiters { waiter.continuation.resume() }
    }

    // MARK: Counting

    func queued(_ count: Int) {
        update { $0.queued += count }
    }

    func started(_ name: String) {
        let now = clock.now
        update { state in
            state.queued = max(0, state.queued - 1)
            state.inFlight[name] = now
        }
    }

    /// A queued name that will not start: gone from the inbox, or already on its way to a worker.
    func vanished() {
        update { $0.queued = max(0, $0.queued - 1) }
    }

    func indexed(_ name: String, size: Int, duplicate: Bool) {
        finish(name, size: size) { state in
            if duplicate { state.duplicates += 1 } else { state.processed += 1 }
        }
    }

    func quarantined(_ name: String, report: FailureReport) {
        finish(name, size: 0) { state in
            state.failed += 1
            state.recentFailures.insert(report, at: 0)
            if state.recentFailures.count > 5 { state.recentFailures.removeLast() }
        }
    }

    private func finish(_ name: String, size: Int, _ count: (inout State) -> Void) {
        let second = secondsSinceOrigin(clock.now)
        update { state in
            state.inFlight[name] = nil
            state.window.record(size: size, at: second)
            count(&state)
        }
    }

    private func secondsSinceOrigin(_ instant: ContinuousClock.Instant) -> Int {
        Int((instant - origin).components.seconds)
    }
}
