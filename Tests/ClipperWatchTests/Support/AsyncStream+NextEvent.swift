import ClipperWatch

extension AsyncStream<InboxEvent>.Iterator {
    /// The next event other than `.rescan(.settle)`, which arrives two seconds after the start-up
    /// rescan and would otherwise interleave with the events a slow test run expects.
    mutating func nextEvent() async -> InboxEvent? {
        while let event = await next() {
            if event != .rescan(.settle) { return event }
        }
        return nil
    }
}
