import ClipperModel
import ClipperStore
import ClipperTestSupport
import Crypto
import Foundation
import Logging

/// The stages around parse and extract, on one core in this process: hashing the original bytes
/// (the article id), and writing finished records to a fresh SQLite store in batches.
enum WriteStageBenchmark {
    /// CPU and bytes written by one stage over `documents` articles.
    struct Result {
        var documents: Int
        var usage: ResourceUsage
        var elapsed: Duration
        /// Store runs only: the transactions it took.
        var batches: Int = 0

        var cpuMillisecondsPerDocument: Double { usage.cpu.milliseconds / Double(max(1, documents)) }
        var kilobytesWrittenPerDocument: Double { Double(usage.bytesWritten) / 1_024 / Double(max(1, documents)) }
    }

    /// The article id of each document: SHA-256 in lowercase hex, as the pipeline makes it.
    static func hash(_ documents: [[UInt8]]) -> (Result, [String]) {
        let clock = ContinuousClock()
        let before = ResourceUsage.ofSelf()
        var ids: [String] = []
        ids.reserveCapacity(documents.count)
        let elapsed = clock.measure {
            for document in documents {
                ids.append(SHA256.hash(data: document).map { String(format: "%02x", $0) }.joined())
            }
        }
        return (Result(documents: documents.count, usage: ResourceUsage.ofSelf() - before, elapsed: elapsed), ids)
    }

    /// Writes `records` to a new SQLite store on disk (under the temporary directory) in batches of
    /// `batchSize`, as the indexer does, and measures this process's CPU and bytes written meanwhile.
    static func store(_ records: [ArticleRecord], batchSize: Int) async throws -> Result {
        try await withTemporaryDirectory("clipper-bench-store") { directory in
            var logger = Logger(label: "clipper-bench")
            logger.logLevel = .warning
            return try await withArticleStore(
                .sqlite(path: directory + "/clipper.sqlite"), options: StoreOptions(nodeName: "bench"), logger: logger
            ) { store in
                let clock = ContinuousClock()
                let before = ResourceUsage.ofSelf()
                var batches = 0
                let elapsed = try await clock.measure {
                    for start in stride(from: 0, to: records.count, by: batchSize) {
                        _ = try await store.index(Array(records[start..<min(records.count, start + batchSize)]))
                        batches += 1
                    }
                }
                return Result(
                    documents: records.count, usage: ResourceUsage.ofSelf() - before, elapsed: elapsed,
                    batches: batches)
            }
        }
    }
}
