import ClipperModel
import ClipperSpool
public import CoreMetrics

/// The pipeline's metrics, made through a swift-metrics factory (the daemon passes its
/// Prometheus one): what each file came to, how long each stage took, how the store keeps up.
///
/// Every counter, timer and gauge is made once, here, with its labels fixed; the hot path only
/// increments or records into objects it already holds, so nothing is built per file.
/// The gauges (queue depth, in flight, intake paused) are set from the ``PipelineMonitor``'s
/// counters when metrics are read (``observe(_:)``), never on the hot path.
public struct PipelineMetrics: Sendable {
    /// The metric names, as Prometheus shows them.
    public enum Name {
        /// Counter, label `outcome` (`indexed`, `duplicate`, `failed`) and, for `failed`, `stage`.
        public static let files = "clipper_files_total"
        /// Counter: bytes of input read by the workers.
        public static let bytes = "clipper_processed_bytes_total"
        /// Histogram, label `stage` (`read`, `parse`, `extract`, `store_write`): seconds per file.
        public static let stageDuration = "clipper_stage_duration_seconds"
        /// Histogram: seconds from a file's modification time (when it landed) to its commit.
        public static let dropToSearchable = "clipper_drop_to_searchable_seconds"
        /// Histogram: articles per store transaction.
        public static let batchSize = "clipper_store_batch_size"
        /// Histogram: seconds per committed store transaction.
        public static let commitDuration = "clipper_store_commit_duration_seconds"
        /// Gauge: files seen in the inbox and not yet claimed.
        public static let queueDepth = "clipper_queue_depth"
        /// Gauge: files claimed and not yet finished.
        public static let inFlight = "clipper_in_flight"
        /// Gauge (0 or 1), label `reason` (`user`, `store_unavailable`): whether intake is paused.
        public static let intakePaused = "clipper_intake_paused"
    }

    /// The stages timed per file, as their `stage` label.
    public enum Stage: String, Sendable, CaseIterable {
        case read, parse, extract
        case storeWrite = "store_write"
    }

    private let indexed: Counter
    private let duplicates: Counter
    private let failed: [FailureReport.Stage: Counter]
    private let bytes: Counter
    private let stages: [Stage: Timer]
    private let dropToSearchable: Timer
    private let batchSize: Recorder
    private let commitDuration: Timer
    private let queueDepth: Gauge
    private let inFlight: Gauge
    private let pausedByUser: Gauge
    private let pausedByStore: Gauge

    /// Makes every metric through `factory`.
    public init(factory: any MetricsFactory) {
        indexed = Counter(label: Name.files, dimensions: [("outcome", "indexed")], factory: factory)
        duplicates = Counter(label: Name.files, dimensions: [("outcome", "duplicate")], factory: factory)
        var failed: [FailureReport.Stage: Counter] = [:]
        for stage in FailureReport.Stage.allCases {
            failed[stage] = Counter(
                label: Name.files, dimensions: [("outcome", "failed"), ("stage", stage.rawValue)], factory: factory)
        }
        self.failed = failed
        bytes = Counter(label: Name.bytes, factory: factory)
        var stages: [Stage: Timer] = [:]
        for stage in Stage.allCases {
            stages[stage] = Timer(label: Name.stageDuration, dimensions: [("stage", stage.rawValue)], factory: factory)
        }
        self.stages = stages
        dropToSearchable = Timer(label: Name.dropToSearchable, factory: factory)
        batchSize = Recorder(label: Name.batchSize, aggregate: true, factory: factory)
        commitDuration = Timer(label: Name.commitDuration, factory: factory)
        queueDepth = Gauge(label: Name.queueDepth, factory: factory)
        inFlight = Gauge(label: Name.inFlight, factory: factory)
        pausedByUser = Gauge(label: Name.intakePaused, dimensions: [("reason", "user")], factory: factory)
        pausedByStore = Gauge(label: Name.intakePaused, dimensions: [("reason", "store_unavailable")], factory: factory)
    }

    /// Metrics that go nowhere (tests, `clipperd --once`).
    public static let disabled = PipelineMetrics(factory: NOOPMetricsHandler.instance)

    /// Sets the gauges from the monitor's counters; called just before the metrics are read.
    public func observe(_ counters: PipelineCounters) {
        queueDepth.record(counters.queued)
        inFlight.record(counters.inFlight)
        pausedByUser.record(counters.pausedByUser ? 1 : 0)
        pausedByStore.record(counters.storeUnavailable ? 1 : 0)
    }

    func indexedFile() {
        indexed.increment()
    }

    func duplicateFile() {
        duplicates.increment()
    }

    func failed(at stage: FailureReport.Stage) {
        failed[stage]?.increment()
    }

    func read(bytes count: Int) {
        bytes.increment(by: count)
    }

    func record(_ stage: Stage, _ duration: Duration) {
        stages[stage]?.recordNanoseconds(Self.nanoseconds(duration))
    }

    /// Records a committed job's store-write time (from its hand-over to `committed`) and its
    /// drop-to-searchable time (from its file's mtime to `now`, seconds since 1970; skipped when
    /// the mtime is unknown or the clock says the file is from the future).
    func searchable(_ job: IndexJob, committed: ContinuousClock.Instant, now: Double) {
        record(.storeWrite, committed - job.ready)
        let modified = job.file.modified
        guard modified > 0, now >= modified else { return }
        dropToSearchable.recordNanoseconds(Int64((now - modified) * 1e9))
    }

    func committed(batchOf count: Int, in duration: Duration) {
        batchSize.record(count)
        commitDuration.recordNanoseconds(Self.nanoseconds(duration))
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
