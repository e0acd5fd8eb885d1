import ClipperModel
import ClipperRecovery
import ClipperSpool
import ClipperStore
import ClipperTestSupport
import Foundation
import Glibc
import Logging

/// What durability costs, for `make bench`: the commit of one batch (its WAL fsync included),
/// one bare fsync on the same disk, and the start-up archive check over a large archive.
/// Runs on disk (under the working directory), never on tmpfs, where an fsync costs nothing.
enum DurabilityBenchmark {
    /// Commits `batches` batches of `batchSize` synthetic articles to a SQLite store on disk and
    /// returns the commit-time percentiles.
    static func commitCost(in directory: String, batches: Int, batchSize: Int) async throws
        -> StoreBenchmark.LatencySummary
    {
        let corpus = SyntheticCorpus(seed: 11)
        let clock = ContinuousClock()
        var durations: [Duration] = []
        try await withArticleStore(
            .sqlite(path: directory + "/commit.sqlite"), options: StoreOptions(nodeName: "bench"), logger: quiet
        ) { store in
            for number in 0..<batches {
                let batch = (number * batchSize..<(number + 1) * batchSize).map(corpus.article)
                durations.append(try await clock.measure { _ = try await store.index(batch) })
            }
        }
        return StoreBenchmark.LatencySummary(durations)
    }

    /// Median time of writing `bytes` to a file on this disk and `fdatasync`-ing it: what one WAL
    /// sync costs here.
    static func fsyncCost(in directory: String, bytes: Int, samples: Int) throws -> Duration {
        let path = directory + "/fsync.bin"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw BenchError("cannot create \(path)") }
        defer {
            close(descriptor)
            unlink(path)
        }
        let block = [UInt8](repeating: 0x2a, count: bytes)
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<samples {
            durations.append(
                clock.measure {
                    _ = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                    _ = fdatasync(descriptor)
                })
        }
        return StoreBenchmark.LatencySummary(durations).p50
    }

    /// Builds an archive of `files` files with a row each, then times the archive check twice: on
    /// the healthy archive, and after `lost` rows' files were added with no row (what a power cut
    /// on an unsynced store leaves). Returns both reports.
    static func archiveCheck(in directory: String, files: Int, lost: Int) async throws
        -> (healthy: ArchiveCheckReport, damaged: ArchiveCheckReport)
    {
        let spool = try Spool(root: directory, inbox: directory + "/inbox")
        let corpus = SyntheticCorpus(seed: 13, wordsPerArticle: 120)
        return try await withArticleStore(
            .sqlite(path: directory + "/archive.sqlite"), options: StoreOptions(nodeName: "bench"), logger: quiet
        ) { store in
            for start in stride(from: 0, to: files, by: 1_000) {
                var batch: [ArticleRecord] = []
                for number in start..<min(files, start + 1_000) {
                    let name = "archived-\(number).txt"
                    let bytes = Array(corpus.article(number).body.utf8)
                    try Data(bytes).write(to: URL(fileURLWithPath: spool.archive + "/" + name))
                    batch.append(record(bytes, name: name))
                }
                _ = try await store.index(batch)
            }
            let check = ArchiveCheck(spool: spool, store: store, maxBytes: 20_000_000)
            let healthy = try await check.run(repair: false)
            for number in files..<(files + lost) {
                let bytes = Array(corpus.article(number).body.utf8)
                try Data(bytes).write(to: URL(fileURLWithPath: spool.archive + "/archived-\(number).txt"))
            }
            let damaged = try await check.run(repair: false)
            return (healthy, damaged)
        }
    }

    private static func record(_ bytes: [UInt8], name: String) -> ArticleRecord {
        ArticleRecord(
            id: ArticleID.of(bytes), source: SourceInfo(file: name, bytes: bytes.count, mediaType: .plainText),
            article: ParsedArticle(mediaType: .plainText, body: String(decoding: bytes, as: UTF8.self)),
            extraction: Extraction())
    }

    private static var quiet: Logger {
        var logger = Logger(label: "clipper-bench")
        logger.logLevel = .warning
        return logger
    }
}
