public import ClipperModel
import FoundationEssentials
internal import Glibc

extension Spool {
    /// At start-up, before watching: moves every file left in `processing/` by a crash back into
    /// the inbox (numbered if its name is taken there), removes half-written report files and
    /// reports whose file is gone from `failed/`, and returns the names the files got in the inbox.
    ///
    /// Call it only while no pipeline is running on this spool.
    public func requeueAbandoned() throws(SpoolError) -> [String] {
        var requeued: [String] = []
        for raw in try SystemCalls.names(in: processingPath, stage: .claim) where raw.first != UInt8(ascii: ".") {
            var state = SpoolState.processing
            guard case .move = state.requeue() else { continue }
            let name = SpoolName.printable(raw)
            if let placed = try move(processingPath.appending(raw), into: inboxPath, as: name, stage: .claim) {
                requeued.append(placed)
            }
        }
        try removeStrayReports()
        if !requeued.isEmpty {
            try SystemCalls.syncDirectory(inboxPath, stage: .claim)
            try SystemCalls.syncDirectory(processingPath, stage: .claim)
        }
        return requeued
    }

    /// The quarantined files with their reports, newest first. Reads only the directory, so it
    /// works while the daemon is stopped. A file whose report is missing or unreadable (a crash
    /// while it was quarantined) is listed with stage `claim`, a note and its modification time.
    public func failures() throws(SpoolError) -> [FailureReport] {
        var reports: [FailureReport] = []
        for raw in try SystemCalls.names(in: failedPath, stage: .claim) where isQuarantinedFile(raw) {
            let name = String(decoding: raw, as: UTF8.self)
            let reportPath = failedPath.appending(raw + Array(SpoolName.reportSuffix.utf8))
            if let report = FailureReportFile.decode(try readReport(reportPath)) {
                reports.append(FailureReport(file: name, stage: report.stage, reason: report.reason, time: report.time))
            } else {
                let modified = try SystemCalls.status(failedPath.appending(raw), stage: .claim).modified
                reports.append(
                    FailureReport(
                        file: name, stage: .claim,
                        reason: "no readable report beside it (Clipper may have stopped while quarantining it)",
                        time: Date(timeIntervalSince1970: Double(modified)).formatted(.iso8601)))
            }
        }
        return reports.sorted { ($0.time, $1.file) > ($1.time, $0.file) }
    }

    /// Moves the quarantined file `name` (as listed by ``failures()``) back into the inbox, where
    /// the watcher picks it up, and removes its report.
    /// - Throws: ``SpoolError`` `.notFound` (`no such failed file: x.txt`), `.invalidName`.
    public func retry(_ name: String) throws(SpoolError) {
        guard SpoolName.isPlain(name), name.first != "." else {
            throw SpoolError(
                code: .invalidName, message: "not a plain file name: \(name.debugDescription)", stage: .claim)
        }
        let source = failedPath.appending(name)
        guard try SystemCalls.status(source, stage: .claim).kind != .missing else {
            throw SpoolError(code: .notFound, message: "no such failed file: \(name)", stage: .claim)
        }
        if name.hasSuffix(SpoolName.reportSuffix) {
            let file = String(name.dropLast(SpoolName.reportSuffix.count))
            if try SystemCalls.status(failedPath.appending(file), stage: .claim).kind != .missing {
                throw SpoolError(
                    code: .invalidName, message: "\(name) is the report of a failed file; retry \(file) instead",
                    stage: .claim)
            }
        }
        var state = SpoolState.failed
        guard case .move = state.retry(),
            try move(source, into: inboxPath, as: name, stage: .claim) != nil
        else {
            throw SpoolError(code: .notFound, message: "no such failed file: \(name)", stage: .claim)
        }
        try SystemCalls.syncDirectory(inboxPath, stage: .claim)
        try SystemCalls.remove(failedPath.appending(name + SpoolName.reportSuffix), stage: .claim)
    }

    /// Retries every quarantined file; returns how many went back to the inbox.
    public func retryAll() throws(SpoolError) -> Int {
        var count = 0
        for report in try failures() {
            try retry(report.file)
            count += 1
        }
        return count
    }

    /// Whether a name in `failed/` is a quarantined file (not a report, not a temporary file).
    private func isQuarantinedFile(_ raw: [UInt8]) -> Bool {
        raw.first != UInt8(ascii: ".") && !raw.reversed().starts(with: SpoolName.reportSuffix.utf8.reversed())
    }

    /// The bytes of a report (at most 64 KiB), or none when it is missing.
    private func readReport(_ path: RawPath) throws(SpoolError) -> [UInt8] {
        guard try SystemCalls.status(path, stage: .claim).kind == .regularFile else { return [] }
        let descriptor = try path.withCString { name in
            SystemCalls.retryingOnInterrupt { open(name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        return try SystemCalls.readAll(descriptor, expected: 1_024, limit: 65_536, path: path, stage: .claim)
    }

    /// Removes temporary report files and reports whose quarantined file is gone.
    private func removeStrayReports() throws(SpoolError) {
        let suffix = Array(SpoolName.reportSuffix.utf8)
        for raw in try SystemCalls.names(in: failedPath, stage: .claim) {
            if raw.starts(with: Array(".report-".utf8)) {
                try SystemCalls.remove(failedPath.appending(raw), stage: .claim)
            } else if raw.count > suffix.count, raw.reversed().starts(with: suffix.reversed()) {
                let file = Array(raw.dropLast(suffix.count))
                if try SystemCalls.status(failedPath.appending(file), stage: .claim).kind == .missing {
                    try SystemCalls.remove(failedPath.appending(raw), stage: .claim)
                }
            }
        }
    }
}
