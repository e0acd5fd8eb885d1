import ClipperControlAPI
import ClipperModel
import Foundation
import Hummingbird
import NIOCore

/// The status page: what `clipperctl status` shows, reloaded every few seconds.
struct StatusView: Sendable {
    struct FailureRow: Sendable {
        var file: String
        var stage: String
        var reason: String
        var time: String
    }

    var chrome: Chrome
    var message: String?
    var state: String
    var isPaused: Bool
    var pauseReason: String?
    var facts: [Fact]
    var progressValue: Int
    var progressMaximum: Int
    var progressText: String?
    var failures: [FailureRow]
    var hasFailures: Bool
    var csrf: String
}

extension WebSite {
    /// Seconds between the status page's reloads.
    static let statusRefresh = 5

    func status(message: String?) async throws -> Response {
        let report = await handlers.status()
        let failures = (try? await handlers.failures()) ?? report.recentFailures
        let backlog = report.queued + report.inFlight
        var progressText: String?
        if backlog > 0 {
            let done = report.processed + report.failed + report.duplicates
            let eta = report.rate > 0 ? " About \(Self.duration(Double(backlog) / report.rate)) left." : ""
            progressText = "\(done.grouped) done since start, \(backlog.grouped) to go.\(eta)"
        }
        var facts = [
            Fact(label: "Node", value: report.node),
            Fact(label: "Version", value: report.version),
            Fact(label: "Up since", value: Self.timestamp(report.startedAt)),
            Fact(label: "Inbox", value: report.inbox),
            Fact(label: "Store", value: report.store),
            Fact(label: "Workers", value: String(report.workers)),
            Fact(label: "Queued", value: report.queued.grouped),
            Fact(label: "In flight", value: report.inFlight.grouped),
            Fact(label: "Indexed since start", value: report.processed.grouped),
            Fact(label: "Duplicates", value: report.duplicates.grouped),
            Fact(label: "Failed", value: report.failed.grouped),
            Fact(
                label: "Rate",
                value: String(format: "%.1f files/s, %.1f KB/s", report.rate, report.bytesRate / 1_000)),
        ]
        if let statistics = report.storeStatistics {
            facts.append(Fact(label: "Articles in the store", value: statistics.articles.grouped))
        }
        let view = StatusView(
            chrome: Chrome(
                title: "Status", section: .status, refreshSeconds: Self.statusRefresh, refreshPath: "/status"),
            message: message,
            state: report.state.rawValue, isPaused: report.state == .paused, pauseReason: report.pauseReason,
            facts: facts, progressValue: report.processed + report.failed + report.duplicates,
            progressMaximum: report.processed + report.failed + report.duplicates + backlog, progressText: progressText,
            failures: failures.map { .init(file: $0.file, stage: $0.stage.rawValue, reason: $0.reason, time: $0.time) },
            hasFailures: !failures.isEmpty, csrf: csrf.value)
        return renderer.page("status", view)
    }

    /// Runs a status command posted from the page, after checking its CSRF token and origin, then
    /// shows the status page with what happened (a 303 would lose the sentence).
    func command(_ request: Request, _ action: (QueryParameters) async throws -> String) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 16_384)
        let form = QueryParameters(String(buffer: body))
        if let origin = request.headers[.origin], let host = request.head.authority,
            origin != "http://" + host, origin != "https://" + host
        {
            throw WebForbidden("This form was sent from another site (\(origin)); use the status page itself.")
        }
        guard csrf.accepts(form["csrf"]) else {
            throw WebForbidden(
                "This form is out of date (the daemon restarted since it was shown); reload the status page.")
        }
        return try await status(message: try await action(form))
    }

    func retry(_ form: QueryParameters) async throws -> String {
        if form["all"] != nil {
            let moved = try await handlers.retryAll()
            return "Moved \(moved) file\(moved == 1 ? "" : "s") back into the inbox."
        }
        guard let name = form["name"], !name.contains("/") else {
            throw WebInputError("Retry needs the name of a file in failed/.")
        }
        try await handlers.retry(name)
        return "Moved \(name) back into the inbox."
    }

    /// `seconds` as `2 h 5 min`, `4 min` or `12 s`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total >= 3_600 { return "\(total / 3_600) h \((total % 3_600) / 60) min" }
        if total >= 60 { return "\(total / 60) min" }
        return "\(max(1, total)) s"
    }
}

/// A state-changing request without a valid token or from another site (403).
struct WebForbidden: Error, Sendable, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
