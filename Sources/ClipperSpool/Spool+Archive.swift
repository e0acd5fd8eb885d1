import ClipperModel
internal import Glibc

extension Spool {
    /// The names of the files in `archive/` (dot-files left out), as ``readArchived(_:maxBytes:)``
    /// and ``recoverArchived(_:)`` take them.
    public func archivedNames() throws(SpoolError) -> [String] {
        try SystemCalls.names(in: archivePath, stage: .claim)
            .filter { $0.first != UInt8(ascii: ".") }
            .map { SpoolName.printable($0) }
    }

    /// Moves the archived files `names` back into the inbox (numbered if a name is taken there),
    /// so the pipeline indexes them again; returns the names they got. Files gone meanwhile are
    /// skipped. Both directories are synced once at the end.
    public func recoverArchived(_ names: [String]) throws(SpoolError) -> [String] {
        var requeued: [String] = []
        for name in names {
            var state = SpoolState.archive
            guard case .move = state.recover() else { continue }
            if let placed = try move(archivePath.appending(name), into: inboxPath, as: name, stage: .claim) {
                requeued.append(placed)
            }
        }
        if !requeued.isEmpty {
            try SystemCalls.syncDirectory(inboxPath, stage: .claim)
            try SystemCalls.syncDirectory(archivePath, stage: .claim)
        }
        return requeued
    }
}
