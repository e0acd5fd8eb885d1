import ClipperWatch

/// Reads an event stream until every expected name was seen, by a `.file` event or by the inbox
/// listing that follows a `.rescan`, as the pipeline does.
struct EventCollector {
    let inbox: String
    private(set) var seen: Set<String> = []
    private(set) var rescans: [RescanReason] = []
    private(set) var fileEvents: [String] = []

    init(inbox: String) {
        self.inbox = inbox
    }

    /// Consumes events until `expected` ⊆ seen; returns false if the stream ended first.
    mutating func collect(
        _ expected: Set<String>, from iterator: inout AsyncStream<InboxEvent>.Iterator
    ) async throws -> Bool {
        while !expected.isSubset(of: seen) {
            guard let event = await iterator.next() else { return false }
            try record(event)
        }
        return true
    }

    /// Consumes events until a `.rescan(reason)` arrives (or was seen already); returns false if
    /// the stream ended first.
    mutating func awaitRescan(
        _ reason: RescanReason, from iterator: inout AsyncStream<InboxEvent>.Iterator
    ) async throws -> Bool {
        while !rescans.contains(reason) {
            guard let event = await iterator.next() else { return false }
            try record(event)
        }
        return true
    }

    private mutating func record(_ event: InboxEvent) throws {
        switch event {
        case .file(let name):
            fileEvents.append(name)
            seen.insert(name)
        case .rescan(let reason):
            rescans.append(reason)
            seen.formUnion(try InboxScan.names(in: inbox))
        }
    }
}
