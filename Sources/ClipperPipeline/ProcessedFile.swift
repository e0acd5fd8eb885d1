import ClipperModel
import ClipperSpool

/// What a worker made of one claimed file.
enum ProcessedFile: Sendable {
    /// Parsed and extracted; ready to be indexed.
    case article(IndexJob)
    /// Could not become an article; to be quarantined.
    case failed(ClaimedFile, FailureReport.Stage, String)
}

/// An article waiting for the indexer, with the claimed file it came from.
struct IndexJob: Sendable {
    var file: ClaimedFile
    var record: ArticleRecord
    /// Time spent reading, parsing and extracting.
    var elapsed: Duration
    /// When it was handed to the indexer (the store-write stage is timed from here).
    var ready: ContinuousClock.Instant
}
