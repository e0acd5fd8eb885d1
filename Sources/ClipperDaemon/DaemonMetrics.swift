import ClipperPipeline
import Prometheus

/// The daemon's Prometheus registry and the pipeline metrics recorded into it; the answer to
/// `GET /metrics` on the control socket and on `metrics_listen`.
struct DaemonMetrics: Sendable {
    let pipeline: PipelineMetrics
    private let registry: PrometheusCollectorRegistry
    private let monitor: PipelineMonitor
    private let inbox: String

    init(monitor: PipelineMonitor, inbox: String) {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets = [
            PipelineMetrics.Name.stageDuration: [
                .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .microseconds(2_500),
                .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2_500), .seconds(5), .seconds(10),
            ],
            PipelineMetrics.Name.commitDuration: [
                .milliseconds(1), .microseconds(2_500), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                .milliseconds(2_500), .seconds(5), .seconds(10),
            ],
            PipelineMetrics.Name.dropToSearchable: [
                .milliseconds(10), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
                .seconds(1), .milliseconds(2_500), .seconds(5), .seconds(10), .seconds(30), .seconds(60),
                .seconds(300), .seconds(3_600),
            ],
        ]
        factory.valueHistogramBuckets = [
            PipelineMetrics.Name.batchSize: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1_024]
        ]
        self.pipeline = PipelineMetrics(factory: factory)
        self.registry = registry
        self.monitor = monitor
        self.inbox = inbox
    }

    /// Every metric now, in the Prometheus text format; the gauges are read from the monitor first.
    func exposition() -> [UInt8] {
        var counters = monitor.counters()
        // As in `status`: the files waiting include those the pipeline has not heard of yet.
        counters.queued = max(counters.queued, InboxBacklog.count(in: inbox))
        pipeline.observe(counters)
        return registry.emitToBuffer()
    }
}
