/// What the pipeline needs to know from the configuration.
public struct PipelineSettings: Sendable, Hashable {
    /// How many files are parsed and extracted at once.
    public var workers: Int
    /// Keep originals in `archive/` after indexing (otherwise delete them). Reloadable.
    public var keepOriginals: Bool
    /// Files larger than this are quarantined without being read. Reloadable.
    public var maxFileSize: Int
    /// How often the inbox is listed again under inotify.
    public var rescanInterval: Duration
    /// The most articles written in one transaction.
    public var batchSize: Int
    /// The longest an indexed article waits for its batch to fill while workers are still
    /// making articles (a lone file is written at once).
    public var batchDelay: Duration
    /// Requeue archived files the store has no row for, at start-up (``ArchiveCheck``).
    public var archiveCheck: Bool
    /// The most articles made and waiting for the writer; workers wait only when it is reached.
    public var queueCapacity: Int

    public init(
        workers: Int, keepOriginals: Bool, maxFileSize: Int, rescanInterval: Duration,
        batchSize: Int = 256, batchDelay: Duration = .milliseconds(20), queueCapacity: Int = 512,
        archiveCheck: Bool = true
    ) {
        self.workers = max(1, workers)
        self.keepOriginals = keepOriginals
        self.maxFileSize = maxFileSize
        self.rescanInterval = rescanInterval
        self.batchSize = max(1, batchSize)
        self.batchDelay = batchDelay
        self.archiveCheck = archiveCheck
        self.queueCapacity = max(self.batchSize, queueCapacity)
    }
}
