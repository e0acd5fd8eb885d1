/// What the watcher tells the pipeline: a file is ready, or the inbox must be listed again.
public enum InboxEvent: Sendable, Hashable {
    /// A name in the inbox that is ready: it was closed after writing (`IN_CLOSE_WRITE`) or moved in
    /// (`IN_MOVED_TO`), or it is a symbolic link, FIFO, socket or device created there (`IN_CREATE`;
    /// the spool quarantines those). Already passed through ``InboxFilter``.
    ///
    /// A name that is not valid UTF-8 arrives with U+FFFD in place of each bad byte, as
    /// `String(decoding:as:)` makes it; `Spool.claim` finds the entry it stands for.
    case file(String)
    /// List the inbox again (``InboxScan/names(in:)``): events may have been missed.
    case rescan(RescanReason)
}
