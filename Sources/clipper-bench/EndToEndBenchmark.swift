import ClipperModel
import ClipperTestSupport
import Foundation
import GRDB

/// Whole runs of the real `clipperd`: a batch with `--once`, and drop-to-searchable latency
/// with the daemon running.
struct EndToEndBenchmark {

    struct BatchResult {
        var files: Int
        var bytes: Int
        var elapsed: Duration
        var peakResident: Int?
        /// The daemons' CPU time and bytes written to files, from `getrusage(RUSAGE_CHILDREN)`.
        var usage: ResourceUsage
        /// Transactions that indexed new articles (SQLite only: distinct `indexedAt` times).
        var batches: Int?
        /// The daemons' `fsync` and `fdatasync` calls, when `perf` could count them.
        var syncs: SyncCounter.Count?
    }

    /// Fills a fresh inbox with `files` documents and times `clipperd --once` over it, sampling
    /// its peak RSS. With `nodes` > 1, that many daemons share the store, each on its own inbox.
    func batch(
        files: Int, make: (Int) -> [UInt8], extension fileExtension: String, store: String?, nodes: Int = 1
    ) async throws -> BatchResult {
        try await withTemporaryDirectory("clipper-bench") { root in
            var bytes = 0
            var stateDirectories: [String] = []
            for node in 0..<nodes {
                let state = root + "/node\(node)"
                try FileManager.default.createDirectory(atPath: state + "/inbox", withIntermediateDirectories: true)
                stateDirectories.append(state)
            }
            for number in 0..<files {
                let document = make(number)
                bytes += document.count
                let state = stateDirectories[number % nodes]
                try Data(document).write(to: URL(fileURLWithPath: "\(state)/inbox/article-\(number).\(fileExtension)"))
            }
            // The inbox is on disk before the run, as a scraper's files are by the time they are
            // read: otherwise the daemon's first fdatasync also writes back the whole corpus.
            sync()
            let clock = ContinuousClock()
            let start = clock.now
            let usageBefore = ResourceUsage.ofChildren()
            let counters = (0..<nodes).map { SyncCounter(name: "node\($0)") }
            let processes = try stateDirectories.enumerated().map { node, state in
                var arguments = ["--state-dir", state, "--once"]
                if let store { arguments += ["--store", store] }
                return try DaemonProcess(
                    arguments: arguments, environment: ["CLIPPER_NODE_NAME": "bench-\(node)"],
                    launcher: counters[node]?.launcher ?? [])
            }
            var peak = 0
            for (node, process) in processes.enumerated() {
                let underPerf = counters[node] != nil
                // Unstructured: samples memory beside the awaited run; cancelled when the run ends.
                let sampler = Task {
                    var highest = 0
                    while !Task.isCancelled {
                        // Under perf, the daemon is perf's child.
                        let daemon = underPerf ? ProcessMemory.firstChild(of: process.pid) : process.pid
                        highest = max(highest, daemon.flatMap(ProcessMemory.peakResident(of:)) ?? 0)
                        try? await Task.sleep(for: .milliseconds(50))
                    }
                    return highest
                }
                let status = try await process.waitForExit(timeout: .seconds(3_600))
                sampler.cancel()
                peak = max(peak, await sampler.value)
                guard status == 0 else {
                    throw BenchError(
                        "clipperd --once exited with \(status): \(process.lines.suffix(5).joined(separator: "\n"))")
                }
            }
            let elapsed = clock.now - start
            var syncs: SyncCounter.Count? = SyncCounter.Count(fsync: 0, fdatasync: 0)
            for counter in counters {
                let count = counter?.finish()
                syncs = count.flatMap { count in
                    syncs.map { .init(fsync: $0.fsync + count.fsync, fdatasync: $0.fdatasync + count.fdatasync) }
                }
            }
            let usage = ResourceUsage.ofChildren() - usageBefore
            // Every file must have been processed: a number over a partial run would flatter.
            let archived = try stateDirectories.reduce(0) { count, state in
                count + (try FileManager.default.contentsOfDirectory(atPath: state + "/archive").count)
            }
            guard archived == files else {
                throw BenchError("only \(archived) of \(files) files reached archive/")
            }
            var batches: Int?
            if store == nil {
                let written = try Self.articles(inStoreAt: stateDirectories[0] + "/clipper.sqlite")
                // Near-duplicates take the store's cheaper path: the run must be of distinct articles.
                guard written.nearDuplicates == 0 else {
                    throw BenchError("\(written.nearDuplicates) of \(files) articles were stored as near-duplicates")
                }
                batches = written.batches
            }
            return BatchResult(
                files: files, bytes: bytes, elapsed: elapsed, peakResident: peak > 0 ? peak : nil, usage: usage,
                batches: batches, syncs: syncs)
        }
    }

    /// How many transactions indexed the SQLite store's articles (each batch stamps its articles
    /// with one `indexedAt` time), and how many were stored as near-duplicates of another.
    static func articles(inStoreAt path: String) throws -> (batches: Int, nearDuplicates: Int) {
        let database = try DatabaseQueue(path: path)
        defer { try? database.close() }
        return try database.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT count(DISTINCT indexedAt), count(duplicateOf) FROM article")
            return (row?[0] ?? 0, row?[1] ?? 0)
        }
    }

    /// Starts a daemon, drops `samples` files one at a time (write, then rename) and times each
    /// from the rename to the status that counts it committed and searchable (polled every 2 ms).
    func latency(samples: Int, corpus: Corpus) async throws -> (latencies: [Duration], peakResident: Int?) {
        try await withTemporaryDirectory("clipper-bench") { state in
            let daemon = try DaemonProcess(arguments: ["--state-dir", state])
            try await daemon.waitUntilReady()
            let clock = ContinuousClock()
            var latencies: [Duration] = []
            for number in 0..<samples {
                let name = "latency-\(number).txt"
                let temporary = "\(state)/inbox/\(name).part"
                try Data(corpus.text(1_000_000 + number)).write(to: URL(fileURLWithPath: temporary))
                let start = clock.now
                try FileManager.default.moveItem(atPath: temporary, toPath: "\(state)/inbox/\(name)")
                try await daemon.waitForStatus(
                    socket: state + "/clipperd.sock", every: .milliseconds(2), "\(name) indexed"
                ) { $0.processed > number }
                latencies.append(clock.now - start)
            }
            let peak = ProcessMemory.peakResident(of: daemon.pid)
            daemon.send(SIGTERM)
            _ = try await daemon.waitForExit()
            return (latencies, peak)
        }
    }
}
