import ClipperModel
internal import Glibc

extension Spool {
    /// How many numbered names (`x.1.txt`, `x.2.txt`, …) a move tries before giving up.
    static let maximumAttempts = 10_000

    /// Moves `source` into `directory` under `name`, or the first free numbered variant of it,
    /// never replacing anything. Returns the name it got, or nil when `source` is gone.
    func move(
        _ source: RawPath, into directory: RawPath, as name: String, maxBytes: Int = SpoolName.maximumBytes,
        stage: FailureReport.Stage
    ) throws(SpoolError) -> String? {
        for attempt in 0..<Self.maximumAttempts {
            let candidate = SpoolName.candidate(name, attempt: attempt, maxBytes: maxBytes)
            switch try SystemCalls.renameWithoutReplacing(source, directory.appending(candidate)) {
            case 0:
                return candidate
            case EEXIST:
                continue
            case let number:
                if number == ENOENT, try SystemCalls.status(source, stage: stage).kind == .missing { return nil }
                throw SpoolError.system("move \(source) into \(directory)/", errno: number, stage: stage)
            }
        }
        throw SpoolError(
            code: .system,
            message: "cannot move \(source) into \(directory)/: every numbered name up to "
                + "\(Self.maximumAttempts) is taken", stage: stage)
    }

    /// Moves the entry `source` itself (a link is not followed) into `failed/` with its report
    /// beside it. Returns its name in `failed/`, or nil when `source` is gone.
    ///
    /// Order, for crash safety: the report is written to a temporary name and flushed, renamed to
    /// `NAME.error.json` (without replacing: this reserves NAME), then the file is renamed to
    /// `NAME`, and one `fsync` of `failed/` makes both renames durable. So a file in `failed/`
    /// always has its report, except on a file system that reorders the two renames across a power
    /// failure; ``failures()`` lists such a file with a note instead of its reason.
    func moveToFailed(
        _ source: RawPath, as name: String, stage: FailureReport.Stage, reason: String
    ) throws(SpoolError) -> String? {
        for attempt in 0..<Self.maximumAttempts {
            let candidate = SpoolName.candidate(name, attempt: attempt, maxBytes: SpoolName.maximumFailedBytes)
            let target = failedPath.appending(candidate)
            let reportPath = failedPath.appending(candidate + SpoolName.reportSuffix)
            guard try SystemCalls.status(target, stage: stage).kind == .missing else { continue }
            let report = FailureReport(file: candidate, stage: stage, reason: reason, time: FailureReportFile.now())
            let temporary = failedPath.appending(".report-\(UInt64.random(in: .min ... .max)).tmp")
            guard try SystemCalls.createDurably(temporary, FailureReportFile.encode(report), stage: stage) else {
                continue
            }
            let reserved = try SystemCalls.renameWithoutReplacing(temporary, reportPath)
            guard reserved == 0 else {
                try SystemCalls.remove(temporary, stage: stage)
                if reserved == EEXIST { continue }
                throw SpoolError.system("write \(reportPath)", errno: reserved, stage: stage)
            }
            let moved = try SystemCalls.renameWithoutReplacing(source, target)
            if moved == 0 {
                try SystemCalls.syncDirectory(failedPath, stage: stage)
                return candidate
            }
            try SystemCalls.remove(reportPath, stage: stage)
            if moved == EEXIST { continue }
            if moved == ENOENT, try SystemCalls.status(source, stage: stage).kind == .missing { return nil }
            throw SpoolError.system("move \(source) into \(failed)/", errno: moved, stage: stage)
        }
        throw SpoolError(
            code: .system,
            message: "cannot move \(source) into \(failed)/: every numbered name up to "
                + "\(Self.maximumAttempts) is taken", stage: stage)
    }

    /// The error for a step the state machine refuses.
    func refused(_ reason: String, stage: FailureReport.Stage) -> SpoolError {
        SpoolError(code: .wrongState, message: reason, stage: stage)
    }
}
