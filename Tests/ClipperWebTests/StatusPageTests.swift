import ClipperControlAPI
import ClipperModel
import ClipperStore
import ClipperTestSupport
import ClipperWeb
import Foundation
import Logging
import ServiceLifecycle
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The status page as docs/Web.md describes it: it reloads itself (at /status), and while a
/// backlog drains it shows a progress bar and the time left at the current rate.
@Suite(.timeLimit(.minutes(1)))
struct StatusPageTests {
    @Test func aDrainingBacklogShowsProgressAndTimeLeft() async throws {
        // 42 files to go at 4 files/s: about 11 s left; 60 done since start
        let page = try await Self.statusPage(
            Self.report(queued: 40, inFlight: 2, processed: 58, failed: 1, duplicates: 1, rate: 4))
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"5; url=/status\">"))
        #expect(page.contains("<progress id=\"progress\" value=\"60\" max=\"102\">"))
        #expect(page.contains("60 done since start, 42 to go. About 11 s left."))
    }

    @Test func anIdleDaemonShowsNoProgressBar() async throws {
        let page = try await Self.statusPage(
            Self.report(queued: 0, inFlight: 0, processed: 7, failed: 0, duplicates: 0, rate: 0))
        #expect(page.contains("<meta http-equiv=\"refresh\""))
        #expect(!page.contains("<progress"))
    }

    static func report(queued: Int, inFlight: Int, processed: Int, failed: Int, duplicates: Int, rate: Double)
        -> StatusReport
    {
        StatusReport(
            node: "test", version: "test", pid: 1, startedAt: 0, now: 0, state: .running, pauseReason: nil,
            inbox: "/inbox", stateDir: "/state", store: "sqlite", workers: 2, queued: queued, inFlight: inFlight,
            processed: processed, failed: failed, duplicates: duplicates, rate: rate, bytesRate: 0,
            recentFailures: [], storeStatistics: nil)
    }

    /// `/status` from a web server whose daemon reports `report`, over loopback.
    static func statusPage(_ report: StatusReport) async throws -> String {
        try await withTemporaryDirectory("clipper-web-status") { directory in
            let logger = Logger(label: "clipper.web.tests") { _ in SwiftLogNoOpLogHandler() }
            return try await withArticleStore(
                .sqlite(path: directory + "/clipper.sqlite"), options: StoreOptions(nodeName: "test"), logger: logger
            ) { store in
                let handlers = ControlHandlers(
                    status: { report }, pause: { _ in }, resume: {}, retry: { _ in }, retryAll: { 0 },
                    failures: { [] })
                let ready = AsyncStream.makeStream(of: Int.self)
                let server = try WebServer(
                    host: "127.0.0.1", port: 0, store: store, handlers: handlers, archive: directory,
                    password: nil, logger: logger, onReady: { ready.continuation.yield($0) })
                let services = ServiceGroup(
                    configuration: ServiceGroupConfiguration(services: [server], logger: logger))
                return try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await services.run() }
                    defer { group.cancelAll() }
                    var ports = ready.stream.makeAsyncIterator()
                    let port = try #require(await ports.next())
                    let url = try #require(URL(string: "http://127.0.0.1:\(port)/status"))
                    let (data, _) = try await URLSession.shared.data(from: url)
                    await services.triggerGracefulShutdown()
                    try await group.waitForAll()
                    return String(decoding: data, as: UTF8.self)
                }
            }
        }
    }
}
