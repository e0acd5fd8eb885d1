import ClipperModel
import ClipperStore
import ClipperTestSupport
import Foundation

/// Timings of a store for `make bench`: how fast it fills and how long searches take.
enum StoreBenchmark {
    /// Latency percentiles over a set of timed calls.
    struct LatencySummary: Sendable, Hashable {
        /// How many calls were timed.
        var samples: Int
        /// The median call.
        var p50: Duration
        /// The call 99% of calls were at least as fast as.
        var p99: Duration
        /// The slowest call.
        var max: Duration

        /// The `p`th percentile (0...100) of `durations`, nearest rank.
        init(_ durations: [Duration]) {
            let sorted = durations.sorted()
            func percentile(_ p: Double) -> Duration {
                guard !sorted.isEmpty else { return .zero }
                let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
                return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank))]
            }
            samples = sorted.count
            p50 = percentile(50)
            p99 = percentile(99)
            max = sorted.last ?? .zero
        }
    }

    /// Indexes `count` articles of `corpus` (numbers `start..<start+count`) in batches of
    /// `batchSize`, the way the pipeline's indexer does, and returns the time it took.
    static func fill(
        _ store: any ArticleStore, corpus: SyntheticCorpus, from start: Int = 0, count: Int, batchSize: Int = 500,
        progress: @Sendable (Int) -> Void = { _ in }
    ) async throws -> Duration {
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var next = start
        while next < start + count {
            let end = Swift.min(start + count, next + batchSize)
            let batch = (next..<end).map(corpus.article)
            elapsed += try await clock.measure { _ = try await store.index(batch) }
            next = end
            progress(next - start)
        }
        return elapsed
    }

    /// Runs each of `queries` `rounds` times (after one untimed warm-up round) and summarises the
    /// latency of single searches returning up to `limit` hits.
    static func searchLatency(
        _ store: any ArticleStore, queries: [String] = SyntheticCorpus.queries, rounds: Int = 20, limit: Int = 20
    ) async throws -> LatencySummary {
        for query in queries { _ = try await store.search(query, limit: limit) }
        let clock = ContinuousClock()
        var durations: [Duration] = []
        durations.reserveCapacity(queries.count * rounds)
        for _ in 0..<rounds {
            for query in queries {
                durations.append(try await clock.measure { _ = try await store.search(query, limit: limit) })
            }
        }
        return LatencySummary(durations)
    }

    /// Times `clipperctl search` over the SQLite store at `store` from a cold start: a new process for
    /// each query, with the store's pages dropped from the kernel's cache first (`POSIX_FADV_DONTNEED`),
    /// so each run reads what it needs from the disk as after a reboot.
    static func coldSearch(store: String, queries: [String] = SyntheticCorpus.queries) async throws -> LatencySummary {
        let clock = ContinuousClock()
        var durations: [Duration] = []
        try await withTemporaryDirectory("clipper-bench-cold") { stateDirectory in
            for query in queries {
                for file in [store, store + "-wal", store + "-shm"] { dropCachedPages(of: file) }
                var result: CommandResult?
                durations.append(
                    try await clock.measure {
                        result = try await runBinary(
                            "clipperctl",
                            ["--state-dir", stateDirectory, "--store", "sqlite://" + store, "search", query])
                    })
                guard let result, result.status == 0 else {
                    throw BenchError("clipperctl search \(query) failed: \(result?.stderr ?? "")")
                }
            }
        }
        return LatencySummary(durations)
    }

    /// Asks the kernel to forget the cached pages of `path` (nothing happens when it does not exist).
    private static func dropCachedPages(of path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
    }
}
