import ClipperControlAPI
import ClipperModel
import ClipperStore
import ClipperTestSupport
import ClipperWeb
import Foundation
import Logging
import ServiceLifecycle

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Page timings of the web interface for `make bench`: its server on a filled store, the
/// search page (with counts and facets) and the article page fetched over loopback, timed by
/// the server's own `Server-Timing` header.
enum WebBenchmark {
    /// Server time per page kind, and the largest page seen.
    struct Result {
        var search: StoreBenchmark.LatencySummary
        var article: StoreBenchmark.LatencySummary
        var largestPage: Int
    }

    /// Serves `store` on a free port and fetches each query's search page and `articles` article pages
    /// `rounds` times (after one untimed round).
    static func run(
        store: any ArticleStore, corpus: SyntheticCorpus, articleCount: Int, rounds: Int = 5, logger: Logger
    ) async throws -> Result {
        let ready = AsyncStream.makeStream(of: Int.self)
        let handlers = ControlHandlers(
            status: { Self.idleStatus }, pause: { _ in }, resume: {}, retry: { _ in }, retryAll: { 0 },
            failures: { [] })
        let server = try WebServer(
            host: "127.0.0.1", port: 0, store: store, handlers: handlers, archive: "/nonexistent", password: nil,
            logger: logger, onReady: { port in ready.continuation.yield(port) })
        // Stopped by a graceful shutdown, as the daemon stops it: cancelling its task instead makes
        // Hummingbird log "Waiting on child channel: CancellationError" as an error.
        let services = ServiceGroup(configuration: ServiceGroupConfiguration(services: [server], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            do {
                var ports = ready.stream.makeAsyncIterator()
                guard let port = await ports.next() else { throw CancellationError() }
                let result = try await measure(
                    base: "http://127.0.0.1:\(port)", corpus: corpus, articleCount: articleCount, rounds: rounds)
                await services.triggerGracefulShutdown()
                try await group.waitForAll()
                return result
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
        }
    }

    /// Fetches each query's search page and 50 article pages from the server at `base`, `rounds` times
    /// after one untimed round.
    private static func measure(base: String, corpus: SyntheticCorpus, articleCount: Int, rounds: Int) async throws
        -> Result
    {
        let searches = SyntheticCorpus.queries.map {
            base + "/search?q=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }
        var random = SeededGenerator(seed: 7)
        let articles = (0..<50).map { _ in
            base + "/articles/" + corpus.article(random.below(articleCount)).id.prefix(12)
        }
        var largest = 0
        var searchTimes: [Duration] = []
        var articleTimes: [Duration] = []
        for round in 0...rounds {
            for url in searches {
                let (time, size) = try await fetch(url)
                if round > 0 { searchTimes.append(time) }
                largest = max(largest, size)
            }
            for url in articles {
                let (time, size) = try await fetch(url)
                if round > 0 { articleTimes.append(time) }
                largest = max(largest, size)
            }
        }
        return Result(
            search: StoreBenchmark.LatencySummary(searchTimes),
            article: StoreBenchmark.LatencySummary(articleTimes),
            largestPage: largest)
    }

    /// The server's time for `url` (its `Server-Timing` header) and the page's size in bytes.
    private static func fetch(_ url: String) async throws -> (Duration, Int) {
        guard let address = URL(string: url) else { throw URLError(.badURL) }
        let (data, response) = try await URLSession.shared.data(from: address)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            throw BenchError("\(url) answered \((response as? HTTPURLResponse)?.statusCode ?? 0)")
        }
        let timing = (http.value(forHTTPHeaderField: "Server-Timing") ?? "").split(separator: "=").last
        let milliseconds = Double(timing ?? "") ?? 0
        return (.microseconds(Int64(milliseconds * 1_000)), data.count)
    }

    private static var idleStatus: StatusReport {
        StatusReport(
            node: "bench", version: "bench", pid: getpid(), startedAt: 0, now: 0, state: .running, pauseReason: nil,
            inbox: "", stateDir: "", store: "", workers: 1, queued: 0, inFlight: 0, processed: 0, failed: 0,
            duplicates: 0, rate: 0, bytesRate: 0, recentFailures: [], storeStatistics: nil)
    }
}
