import ClipperModel
import Foundation

extension Status.Snapshot {
    /// Prints the snapshot as the API's JSON on one line.
    func writeJSON() throws {
        switch self {
        case .running(let report): try StandardStreams.writeJSON(report)
        case .stopped(let stopped): try StandardStreams.writeJSON(stopped)
        case .cluster(let nodes, _): try StandardStreams.writeJSON(nodes)
        }
    }

    /// The snapshot for people, seen at `now` (seconds since 1970); `backlog` adds a progress line.
    func render(now: Double, backlog: BacklogProgress?, width: Int?) -> String {
        switch self {
        case .running(let report): Status.render(report, backlog: backlog, width: width)
        case .stopped(let stopped): Status.render(stopped)
        case .cluster(let nodes, let staleAfter): Status.render(nodes, now: now, staleAfter: staleAfter, width: width)
        }
    }
}

extension Status {
    /// A running daemon's report: one labelled line per fact, then its latest failures.
    static func render(_ report: StatusReport, backlog: BacklogProgress?, width: Int?) -> String {
        var lines: [(String, String)] = []
        var state = report.state.rawValue
        if let reason = report.pauseReason { state += ": \(reason)" }
        lines.append(("State", "\(state), up \(HumanFormat.duration(report.now - report.startedAt))"))
        lines.append(("Inbox", report.inbox))
        var store = report.store
        if let statistics = report.storeStatistics { store += " (" + describe(statistics) + ")" }
        lines.append(("Store", store))
        lines.append(
            (
                "Queue",
                "\(HumanFormat.count(report.queued)) queued, \(HumanFormat.count(report.inFlight)) in flight, \(report.workers) workers"
            ))
        lines.append(
            (
                "Since start",
                "\(HumanFormat.count(report.processed)) indexed, \(HumanFormat.count(report.failed)) failed, "
                    + "\(HumanFormat.count(report.duplicates)) duplicates"
            ))
        lines.append(
            ("Rate", "\(HumanFormat.rate(report.rate, unit: "articles")) (\(HumanFormat.byteRate(report.bytesRate)))"))
        if let backlog, let progress = backlog.line(rate: report.rate) {
            lines.append(("Backlog", progress))
        }
        var output = "clipperd \(report.version) on \(report.node) (pid \(report.pid)) is \(report.state.rawValue)\n"
        for (label, value) in lines {
            output += "  " + (label + ":").padding(toLength: 13, withPad: " ", startingAt: 0) + value + "\n"
        }
        if !report.recentFailures.isEmpty {
            output += "\nRecent failures (clipperctl failed lists them all):\n"
            output += Failed.render(report.recentFailures, now: report.now, width: width)
        }
        return output
    }

    /// A stopped daemon: says so, then what the store holds.
    static func render(_ stopped: StoppedStatus) -> String {
        var output = stopped.message + "\n"
        if let statistics = stopped.storeStatistics {
            output += "  Store:       \(stopped.store) (\(describe(statistics)))\n"
        } else if let error = stopped.storeError {
            output += "  Store:       \(stopped.store): \(error)\n"
        }
        return output
    }

    /// Every node of the store: counts, rate, last heartbeat; silent ones marked stopped.
    static func render(_ nodes: [NodeStatus], now: Double, staleAfter: Double, width: Int?) -> String {
        guard !nodes.isEmpty else { return "No clipperd node has reported to this store yet.\n" }
        var table = TextTable([
            .init(title: "NODE", flexible: true), .init(title: "STATE"), .init(title: "VERSION"),
            .init(title: "INDEXED", alignment: .right), .init(title: "FAILED", alignment: .right),
            .init(title: "DUPLICATES", alignment: .right), .init(title: "RATE", alignment: .right),
            .init(title: "HEARTBEAT"), .init(title: "UP"),
        ])
        for node in nodes.sorted(by: { $0.name < $1.name }) {
            let silent = now - node.heartbeatAt > staleAfter
            let stopped = node.stoppedAt != nil || silent
            table.append([
                node.name, node.stoppedAt != nil ? "stopped" : (silent ? "silent" : "running"), node.version,
                HumanFormat.count(node.processed),
                HumanFormat.count(node.failed), HumanFormat.count(node.duplicates),
                stopped ? "-" : HumanFormat.rate(node.rate, unit: "articles"),
                HumanFormat.relativeTime(node.heartbeatAt, now: now),
                stopped ? "-" : HumanFormat.duration(now - node.startedAt),
            ])
        }
        return table.render(width: width)
    }

    /// `1,234 articles, 12 duplicates, 45 MB`.
    static func describe(_ statistics: StoreStatistics) -> String {
        var parts = [
            "\(HumanFormat.count(statistics.articles)) articles",
            "\(HumanFormat.count(statistics.duplicates)) duplicates",
        ]
        if let size = statistics.sizeBytes { parts.append(HumanFormat.bytes(size)) }
        return parts.joined(separator: ", ")
    }
}
