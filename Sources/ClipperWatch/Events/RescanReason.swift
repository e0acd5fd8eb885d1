/// Why the inbox must be listed again.
public enum RescanReason: String, Sendable {
    /// The first event, sent once the watch is up: files that arrived while nothing watched.
    case startup
    /// Events were lost: the kernel's queue overflowed (`IN_Q_OVERFLOW`) or the consumer fell
    /// behind and the stream's buffer was full.
    case overflow
    /// The safety rescan on the configured interval.
    case periodic
    /// A second listing ``InboxScan/settleTime`` after a start-up or overflow rescan, for the
    /// files the first one left out because they were still changing.
    case settle
}
