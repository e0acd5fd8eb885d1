import ClipperModel

/// Progress through a backlog, across successive status reports (`status --watch`).
///
/// A backlog starts when files are queued or in flight; its size is what was finished
/// since it started plus what is still waiting. It ends, and the count starts over, when
/// nothing waits any more.
struct BacklogProgress {
    /// Files finished (indexed, failed or duplicate) when the current backlog started.
    private var baseline: Int?
    private var finished = 0
    private var waiting = 0

    /// Takes in the latest report.
    mutating func observe(_ report: some BacklogReport) {
        finished = report.processed + report.failed + report.duplicates
        waiting = report.queued + report.inFlight
        if waiting == 0 {
            baseline = nil
        } else if baseline == nil || finished < baseline! {
            baseline = finished
        }
    }

    /// Files finished since the backlog started.
    var done: Int { baseline.map { finished - $0 } ?? 0 }

    /// `[####......]  40%  120 of 300 files, 2 min left`, or `nil` when nothing waits.
    func line(rate: Double) -> String? {
        guard waiting > 0 else { return nil }
        let total = done + waiting
        var text =
            ProgressBar.render(done: done, total: total)
            + "  \(HumanFormat.count(done)) of \(HumanFormat.count(total)) files"
        if rate > 0 {
            text += ", \(HumanFormat.duration(Double(waiting) / rate)) left"
        }
        return text
    }
}

/// The counters of a status report that progress is computed from.
protocol BacklogReport {
    var processed: Int { get }
    var failed: Int { get }
    var duplicates: Int { get }
    var queued: Int { get }
    var inFlight: Int { get }
}

extension StatusReport: BacklogReport {}
