/// Where the watcher thread puts its events: the stream's bounded buffer, with lost events turned
/// into one rescan.
///
/// The stream buffers at most N events (`.bufferingOldest(N)`), so a consumer that falls behind
/// costs memory for N names, never more. When a yield is dropped, the outlet owes the consumer an
/// overflow rescan: it tries to yield `.rescan(.overflow)` at every later event and at every poll
/// of the thread (about once a second) until it fits. Meanwhile every other event is skipped,
/// because the rescan lists the inbox after it is taken from the stream, which is after every event
/// that was skipped or dropped before it entered the buffer.
struct EventOutlet {
    private let continuation: AsyncStream<InboxEvent>.Continuation
    /// A yield was dropped and the overflow rescan is not in the buffer yet.
    private(set) var owesRescan = false

    init(_ continuation: AsyncStream<InboxEvent>.Continuation) {
        self.continuation = continuation
    }

    /// Sends `event`, or, while a rescan is owed, tries the rescan in its place.
    mutating func send(_ event: InboxEvent) {
        if owesRescan {
            settleRescan()
        } else if case .dropped = continuation.yield(event) {
            owesRescan = true
        }
    }

    /// Tries to put the owed overflow rescan into the buffer.
    mutating func settleRescan() {
        guard owesRescan else { return }
        if case .dropped = continuation.yield(.rescan(.overflow)) { return }
        owesRescan = false
    }
}
