/// Where a file is in the spool, and what each step does to it: the file-state machine as a
/// value, with no I/O. ``Spool`` asks it what to do and carries the answer out.
///
/// A file is in exactly one of the folders at a time (the file system is the journal, as in
/// Maildir and Postfix's queue):
///
/// ```
/// inbox ──claim──▶ processing ──finish──▶ archive (or deleted)
///   │  ▲               │  │                  │
///   │  └──requeue──────┘  └──fail──▶ failed ──retry──▶ inbox
///   │                                        └──recover (archived, but no row: power loss)──▶ inbox
///   └──claim (link, FIFO, socket, device)──▶ failed
/// ```
public enum SpoolState: String, Sendable, Hashable, CaseIterable {
    case inbox, processing, archive, failed, deleted

    /// The reason given for a symbolic link in the inbox.
    public static let symbolicLinkReason = "a symbolic link; Clipper does not follow links out of the inbox"

    /// Claims an inbox entry, given what `lstat` found there. Regular files go to `processing/`;
    /// links and special files (which must never be opened: a FIFO would block) go straight to
    /// `failed/`; directories stay; a vanished name is forgotten.
    public mutating func claim(_ entry: EntryKind) -> SpoolAction {
        guard self == .inbox else { return refusal("claim") }
        switch entry {
        case .regularFile:
            self = .processing
            return .move(to: .processing)
        case .directory:
            return .leave
        case .missing:
            self = .deleted
            return .forget
        case .symbolicLink:
            self = .failed
            return .quarantine(reason: Self.symbolicLinkReason)
        case .fifo, .socket, .characterDevice, .blockDevice:
            self = .failed
            return .quarantine(reason: "not a regular file (\(entry.phrase))")
        }
    }

    /// Finishes a processed file: to `archive/`, or deleted when originals are not kept.
    public mutating func finish(keepOriginal: Bool) -> SpoolAction {
        guard self == .processing else { return refusal("finish") }
        self = keepOriginal ? .archive : .deleted
        return keepOriginal ? .move(to: .archive) : .unlink
    }

    /// Quarantines a file that could not be processed.
    public mutating func fail(reason: String) -> SpoolAction {
        guard self == .processing else { return refusal("quarantine") }
        self = .failed
        return .quarantine(reason: reason)
    }

    /// Puts a file left in `processing/` by a crash back into the inbox.
    public mutating func requeue() -> SpoolAction {
        guard self == .processing else { return refusal("requeue") }
        self = .inbox
        return .move(to: .inbox)
    }

    /// Puts an archived file that the store has no row for (a power cut undid the commit but
    /// not the move) back into the inbox.
    public mutating func recover() -> SpoolAction {
        guard self == .archive else { return refusal("recover") }
        self = .inbox
        return .move(to: .inbox)
    }

    /// Brings a quarantined file back into the inbox.
    public mutating func retry() -> SpoolAction {
        guard self == .failed else { return refusal("retry") }
        self = .inbox
        return .move(to: .inbox)
    }

    private func refusal(_ step: String) -> SpoolAction {
        .refuse(
            reason: "cannot \(step) a file that is in \(rawValue == "deleted" ? "no folder (deleted)" : "\(rawValue)/")"
        )
    }
}
