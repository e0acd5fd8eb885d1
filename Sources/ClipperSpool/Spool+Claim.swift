import ClipperModel

extension Spool {
    /// Claims the inbox file `name` for processing: moves it into `processing/` with one
    /// `rename(2)` that never replaces an existing name (`x.txt` becomes `x.1.txt` there if needed).
    ///
    /// Decided from `lstat` alone, so nothing in the inbox is ever opened or followed here:
    /// - a regular file is claimed;
    /// - a directory is left alone (Clipper ignores sub-directories): returns nil;
    /// - a name that is gone (another worker took it, or it was deleted) returns nil;
    /// - a symbolic link, FIFO, socket or device is moved itself (never its target) to `failed/`
    ///   with its report, and `claim` throws ``SpoolError`` with code `.quarantined` and the reason
    ///   (`a symbolic link; Clipper does not follow links out of the inbox`).
    ///
    /// A `name` with U+FFFD stands for an inbox name that is not valid UTF-8 (as the watcher and
    /// `InboxScan` report it): the spool finds that entry and claims it under a valid name with
    /// each bad byte written as `%XX`.
    /// - Throws: ``SpoolError``: `.invalidName` for a name with `/`, `.quarantined` as above,
    ///   otherwise a system error naming the path.
    public func claim(_ name: String) throws(SpoolError) -> ClaimedFile? {
        guard SpoolName.isPlain(name) else {
            throw SpoolError(
                code: .invalidName, message: "not a plain file name: \(name.debugDescription)", stage: .claim)
        }
        guard let raw = try inboxEntry(named: name) else { return nil }
        let source = inboxPath.appending(raw)
        let status = try SystemCalls.status(source, stage: .claim)
        let safeName = SpoolName.printable(raw)
        var state = SpoolState.inbox
        switch state.claim(status.kind) {
        case .move:
            guard let placed = try move(source, into: processingPath, as: safeName, stage: .claim) else { return nil }
            return ClaimedFile(
                name: placed, originalName: name, size: status.size, modified: status.modifiedTime)
        case .quarantine(let reason):
            guard try moveToFailed(source, as: safeName, stage: .claim, reason: reason) != nil else { return nil }
            throw SpoolError(code: .quarantined, message: reason, stage: .claim)
        case .leave, .forget:
            return nil
        case .unlink, .refuse:
            throw refused("cannot claim \(name)", stage: .claim)
        }
    }

    /// The raw inbox entry `name` stands for: its UTF-8 bytes, or, when it contains U+FFFD and no
    /// such name exists, the first entry that is not valid UTF-8 and reads as `name` once decoded.
    func inboxEntry(named name: String) throws(SpoolError) -> [UInt8]? {
        let direct = Array(name.utf8)
        guard name.unicodeScalars.contains("\u{FFFD}"),
            try SystemCalls.status(inboxPath.appending(direct), stage: .claim).kind == .missing
        else { return direct }
        return try SystemCalls.names(in: inboxPath, stage: .claim).first { raw in
            String(validating: raw, as: UTF8.self) == nil && String(decoding: raw, as: UTF8.self) == name
        }
    }
}
