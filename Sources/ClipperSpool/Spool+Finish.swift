public import ClipperModel

extension Spool {
    /// Moves a processed file out of `processing/`: into `archive/` (under a unique name), or
    /// deletes it when `keepOriginal` is false. Call it only after the store has committed the file.
    ///
    /// No `fsync`: if a power failure undoes the move, the file is back in `processing/`, is
    /// requeued at start-up and indexed again into the same row (the id is its SHA-256).
    /// - Throws: ``SpoolError`` `.notFound` when the file is no longer in `processing/`.
    public func finish(_ file: ClaimedFile, keepOriginal: Bool) throws(SpoolError) {
        let source = processingPath.appending(file.name)
        var state = SpoolState.processing
        switch state.finish(keepOriginal: keepOriginal) {
        case .move:
            guard try move(source, into: archivePath, as: file.name, stage: .index) != nil else {
                throw notInProcessing(file, stage: .index)
            }
        case .unlink:
            guard try SystemCalls.remove(source, stage: .index) else { throw notInProcessing(file, stage: .index) }
        case .quarantine, .leave, .forget, .refuse:
            throw refused("cannot finish \(file.name)", stage: .index)
        }
    }

    /// Moves a file that could not be processed to `failed/NAME` with `failed/NAME.error.json`
    /// (the `FailureReport`: stage, reason, time). NAME is the file's name, numbered if taken and
    /// shortened if needed so that `NAME.error.json` fits in 255 bytes.
    ///
    /// The report is flushed to disk before the file is moved, and `failed/` is synced after.
    /// - Throws: ``SpoolError`` `.notFound` when the file is no longer in `processing/`.
    public func quarantine(_ file: ClaimedFile, stage: FailureReport.Stage, reason: String) throws(SpoolError) {
        var state = SpoolState.processing
        switch state.fail(reason: reason) {
        case .quarantine(let reason):
            let source = processingPath.appending(file.name)
            guard try moveToFailed(source, as: file.name, stage: stage, reason: reason) != nil else {
                throw notInProcessing(file, stage: stage)
            }
        case .move, .unlink, .leave, .forget, .refuse:
            throw refused("cannot quarantine \(file.name)", stage: stage)
        }
    }

    private func notInProcessing(_ file: ClaimedFile, stage: FailureReport.Stage) -> SpoolError {
        SpoolError(code: .notFound, message: "\(file.name) is no longer in \(processing)/", stage: stage)
    }
}
