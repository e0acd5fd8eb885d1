import Synchronization

/// The bounded buffer between the workers and the writer, counted in articles.
///
/// Workers wait in ``send(_:)`` only while it holds `capacity` articles, so a commit never holds
/// them up by itself; the writer takes whole batches with ``nextBatch(waitingAtMost:)``, which
/// returns at once when a full batch is ready or no worker is making another article (a lone
/// file is committed without delay), and otherwise waits a little for the batch to fill.
final class IndexQueue: Sendable {
    private let state: Mutex<State>

    /// - Parameters:
    ///   - capacity: the most articles held (at least `batchSize`).
    ///   - batchSize: the most articles in one batch.
    init(capacity: Int, batchSize: Int) {
        let batchSize = max(1, batchSize)
        state = Mutex(State(capacity: max(batchSize, capacity), batchSize: batchSize))
    }

    /// How many articles wait for the writer.
    var count: Int { state.withLock { $0.count } }

    /// Tells the writer an article is on its way, so a partial batch waits for it.
    /// Each call is followed by one ``send(_:)`` or one ``abandon()``.
    func willSend() {
        state.withLock { $0.producing += 1 }
    }

    /// The article announced by ``willSend()`` will not come (its file failed).
    func abandon() {
        let receiver = state.withLock { state in
            state.producing -= 1
            return state.readyReceiver()
        }
        receiver?.resume()
    }

    /// Adds `job`, waiting while the queue is full. Returns `false`, dropping the job, when the task
    /// is cancelled or the queue is finished first (its file stays in `processing/` until the next start).
    @discardableResult
    func send(_ job: IndexJob) async -> Bool {
        let id = state.withLock { $0.newWaiterID() }
        while true {
            let outcome = await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<SendOutcome, Never>) in
                    let (outcome, receiver) = state.withLock { state in
                        state.offer(job, from: id, cancelled: Task.isCancelled, continuation: continuation)
                    }
                    receiver?.resume()
                    if let outcome { continuation.resume(returning: outcome) }
                }
            } onCancel: {
                state.withLock { $0.removeSender(id) }?.resume(returning: .retry)
            }
            switch outcome {
            case .accepted: return true
            case .rejected: return false
            case .retry: continue
            }
        }
    }

    /// Ends the queue: the writer takes what is left, then gets `nil`.
    func finish() {
        let (senders, receiver) = state.withLock { state in
            state.finished = true
            return (state.removeSenders(), state.readyReceiver())
        }
        senders.forEach { $0.resume(returning: .retry) }
        receiver?.resume()
    }

    /// The next batch, oldest first, or `nil` once the queue is finished and empty (or the task
    /// is cancelled).
    ///
    /// Waits for the first article; then returns at once if a whole batch is ready or no worker is
    /// making another article, and otherwise waits up to `delay` for the batch to fill.
    func nextBatch(waitingAtMost delay: Duration) async -> [IndexJob]? {
        await wait(for: .any)
        if !state.withLock({ $0.isReady(.batch) }) {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.wait(for: .batch) }
                group.addTask { try? await Task.sleep(for: delay) }
                await group.next()
                group.cancelAll()
            }
        }
        let (batch, senders) = state.withLock { state in (state.takeBatch(), state.removeSenders()) }
        senders.forEach { $0.resume(returning: .retry) }
        return batch.isEmpty ? nil : batch
    }

    /// Waits until `condition` holds, the queue is finished, or the task is cancelled.
    private func wait(for condition: State.Condition) async {
        let id = state.withLock { $0.newWaiterID() }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state in
                    state.awaitReceiver(id, condition, cancelled: Task.isCancelled, continuation: continuation)
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.removeReceiver(id) }?.resume()
        }
    }

    fileprivate enum SendOutcome: Sendable {
        case accepted, rejected, retry
    }

    /// The queue's decisions, as a plain value: the class above only carries them out.
    private struct State {
        enum Condition { case any, batch }

        let capacity: Int
        let batchSize: Int
        var jobs: [IndexJob] = []
        var head = 0
        /// Articles announced with `willSend()` and not sent or abandoned yet.
        var producing = 0
        var finished = false
        var lastWaiterID = 0
        var senders: [(id: Int, continuation: CheckedContinuation<SendOutcome, Never>)] = []
        var receiver: (id: Int, condition: Condition, continuation: CheckedContinuation<Void, Never>)?

        var count: Int { jobs.count - head }

        mutating func newWaiterID() -> Int {
            lastWaiterID += 1
            return lastWaiterID
        }

        func isReady(_ condition: Condition) -> Bool {
            if finished { return true }
            switch condition {
            case .any: return count > 0
            case .batch: return count >= batchSize || producing <= 0
            }
        }

        /// Takes `job` if there is room (`nil` outcome: the sender waits, registered), and says
        /// which writer to wake.
        mutating func offer(
            _ job: IndexJob, from id: Int, cancelled: Bool, continuation: CheckedContinuation<SendOutcome, Never>
        ) -> (SendOutcome?, CheckedContinuation<Void, Never>?) {
            if cancelled || finished {
                producing -= 1
                return (.rejected, readyReceiver())
            }
            guard count < capacity else {
                senders.append((id, continuation))
                return (nil, nil)
            }
            jobs.append(job)
            producing -= 1
            return (.accepted, readyReceiver())
        }

        /// Registers the writer unless `condition` already holds (then `true`).
        mutating func awaitReceiver(
            _ id: Int, _ condition: Condition, cancelled: Bool, continuation: CheckedContinuation<Void, Never>
        ) -> Bool {
            if cancelled || isReady(condition) { return true }
            receiver = (id, condition, continuation)
            return false
        }

        /// The waiting writer, removed, when what it waits for has come.
        mutating func readyReceiver() -> CheckedContinuation<Void, Never>? {
            guard let waiting = receiver, isReady(waiting.condition) else { return nil }
            receiver = nil
            return waiting.continuation
        }

        mutating func removeReceiver(_ id: Int) -> CheckedContinuation<Void, Never>? {
            guard let waiting = receiver, waiting.id == id else { return nil }
            receiver = nil
            return waiting.continuation
        }

        mutating func removeSender(_ id: Int) -> CheckedContinuation<SendOutcome, Never>? {
            guard let index = senders.firstIndex(where: { $0.id == id }) else { return nil }
            return senders.remove(at: index).continuation
        }

        mutating func removeSenders() -> [CheckedContinuation<SendOutcome, Never>] {
            defer { senders.removeAll() }
            return senders.map(\.continuation)
        }

        mutating func takeBatch() -> [IndexJob] {
            let end = head + min(batchSize, count)
            let batch = Array(jobs[head..<end])
            head = end
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= capacity {
                jobs.removeFirst(head)
                head = 0
            }
            return batch
        }
    }
}
