import ArgumentParser
import ClipperExtract
import ClipperModel
import ClipperRecovery
import ClipperStore
import ClipperTestSupport
import Foundation
import Logging

/// `clipper-bench`, behind `make bench`: numbers, not pass/fail.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clipper-bench",
        abstract: "Measure Clipper: parse and extract speed, end-to-end throughput, latency, memory and search."
    )

    @Option(help: "The sample articles to build the corpus from.")
    var seeds = "seeds"

    @Option(help: "Distinct articles in the stage and end-to-end runs.")
    var articles = 2_000

    @Option(help: "Files dropped one at a time for the latency run.")
    var latencySamples = 200

    @Option(help: "Inbox sizes for the flood runs (peak RSS against backlog), comma-separated.")
    var flood = "1000,100000"

    @Option(help: "Synthetic articles in the store for the search-latency run.")
    var searchArticles = 100_000

    @Option(
        help: ArgumentHelp(
            "Keep the SQLite store of the search run at this path, and reuse it when it exists (filled up to --search-articles).",
            discussion: "For EXPLAIN QUERY PLAN in sqlite3, and for runs that measure search alone.", valueName: "path")
    )
    var searchStore: String?

    @Flag(help: "Run the search-latency section only (with --search-store, over a kept store).")
    var searchOnly = false

    @Option(
        help: ArgumentHelp(
            "Run only these sections, comma-separated: \(Section.allCases.map(\.rawValue).joined(separator: ", ")).",
            discussion: "For profiling one part; without it every section runs.", valueName: "sections"))
    var only: String?

    @Option(
        help: ArgumentHelp(
            "Also measure search over an archive of this many articles (1000000 for issue 13's figure; 0: off).",
            valueName: "articles"))
    var largeArchive = 0

    @Option(help: "Archived files for the start-up archive-check run.")
    var archiveCheckFiles = 100_000

    @Option(help: "Articles per transaction in the in-process store-write stage.")
    var storeBatch = 256

    @Option(help: "A PostgreSQL URL to measure beside SQLite (make bench starts a throwaway server).")
    var postgres: String?

    /// Whether this binary was built for release (the only figures worth quoting) or debug.
    static var buildKind: String {
        #if DEBUG
            "debug (figures are not representative)"
        #else
            "release"
        #endif
    }

    /// The parts of the run `--only` can pick.
    enum Section: String, CaseIterable {
        case stages, write, endToEnd = "end-to-end", latency, flood, postgres, durability, search
    }

    func validate() throws {
        for name in only?.split(separator: ",") ?? [] where Section(rawValue: String(name)) == nil {
            throw ValidationError("unknown section '\(name)' in --only")
        }
    }

    /// Whether `section` runs: every one without `--only` (search alone with `--search-only`).
    func runs(_ section: Section) -> Bool {
        if searchOnly { return section == .search }
        guard let only else { return true }
        return only.split(separator: ",").contains { $0 == section.rawValue }
    }

    func run() async throws {
        say("Clipper benchmark: \(Self.buildKind) build, \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
        if Section.allCases.contains(where: { $0 != .search && runs($0) }) { try await stagesAndThroughput() }
        guard runs(.search) else { return }
        say("\nSearch latency over \(searchArticles) articles")
        try await searchLatency(label: "SQLite", location: nil, count: searchArticles, keep: searchStore)
        if let postgres { try await searchLatency(label: "PostgreSQL", location: postgres, count: searchArticles) }
        if largeArchive > 0 {
            say("\nSearch latency over \(largeArchive) articles")
            try await searchLatency(label: "SQLite", location: nil, count: largeArchive, keep: nil)
        }
    }

    /// Everything but search: stages, end to end, latency, flood, PostgreSQL intake and durability.
    private func stagesAndThroughput() async throws {
        let corpus = try Corpus(seedsDirectory: seeds)
        if runs(.stages) || runs(.write) { try await stagesAndWrite(corpus) }

        let endToEnd = EndToEndBenchmark()
        if runs(.endToEnd) {
            say("\nEnd to end, clipperd --once (SQLite)")
            report(try await endToEnd.batch(files: articles, make: corpus.text, extension: "txt", store: nil))
        }

        if runs(.latency) {
            say("\nDrop-to-searchable latency, daemon running (SQLite)")
            let (latencies, daemonPeak) = try await endToEnd.latency(samples: latencySamples, corpus: corpus)
            let summary = Percentiles(latencies)
            say(
                "  " + pad("latency")
                    + String(format: "p50 %.1f ms, p99 %.1f ms (%d files)", summary.p50, summary.p99, latencies.count))
            if let daemonPeak { say("  " + pad("peak RSS") + megabytes(daemonPeak)) }
        }

        if runs(.flood) {
            say("\nFlood: peak RSS of clipperd --once against backlog")
            for files in flood.split(separator: ",").compactMap({ Int($0) }) {
                let result = try await endToEnd.batch(files: files, make: corpus.text, extension: "txt", store: nil)
                let rate = String(format: "%.0f articles/s", Double(files) / result.elapsed.seconds)
                say("  " + pad("\(files) files") + "\(megabytes(result.peakResident ?? 0)) peak RSS, \(rate)")
            }
        }

        if let postgres, runs(.postgres) {
            say("\nEnd to end, clipperd --once (PostgreSQL)")
            report(try await endToEnd.batch(files: articles, make: corpus.text, extension: "txt", store: postgres))
            say("\nEnd to end, two clipperd --once nodes sharing PostgreSQL")
            report(
                try await endToEnd.batch(
                    files: articles, make: { corpus.text($0 + 5_000_000) }, extension: "txt", store: postgres, nodes: 2)
            )
        }

        if runs(.durability) { try await durability() }
    }

    /// Parse and extract on one core, then CPU per article by stage with the in-process store write.
    private func stagesAndWrite(_ corpus: Corpus) async throws {
        let extractor = Extractor()
        let texts = (0..<articles).map(corpus.text)
        let (textParse, textArticles) = StageBenchmark.parse(texts, names: "a.txt")
        let extract = StageBenchmark.extract(textArticles, with: extractor)
        if runs(.stages) {
            let (htmlParse, _) = StageBenchmark.parse((0..<articles).map(corpus.html), names: "a.html")
            say("Stages, one core (median of \(StageBenchmark.passes) passes; slowest and fastest pass in MB/s)")
            stageRow("parse, text", textParse, unit: "MB/s")
            stageRow("parse, HTML", htmlParse, unit: "MB/s")
            stageRow("extract", extract, unit: "MB/s of body")
        }
        guard runs(.write) else { return }

        say("\nCPU per article by stage, one core, in this process")
        let (hashing, ids) = WriteStageBenchmark.hash(texts)
        let records = zip(ids, textArticles).enumerated().map { number, pair in
            ArticleRecord(
                id: pair.0,
                source: SourceInfo(file: "article-\(number).txt", bytes: texts[number].count, mediaType: .plainText),
                article: pair.1, extraction: extractor.extract(from: pair.1))
        }
        let writing = try await WriteStageBenchmark.store(records, batchSize: storeBatch)
        let stages = [
            ("hash (SHA-256)", hashing.cpuMillisecondsPerDocument),
            ("parse, text", textParse.cpuMillisecondsPerDocument),
            ("extract", extract.cpuMillisecondsPerDocument),
            ("store write (SQLite)", writing.cpuMillisecondsPerDocument),
        ]
        for (label, milliseconds) in stages { say("  " + pad(label) + String(format: "%.3f ms", milliseconds)) }
        say("  " + pad("sum") + String(format: "%.3f ms", stages.reduce(0) { $0 + $1.1 }))
        say(
            "  " + pad("store write")
                + String(
                    format: "%.1f KB written per article, %d batches of %d", writing.kilobytesWrittenPerDocument,
                    writing.batches, storeBatch))
    }

    /// What durability costs: commits with their WAL fsync, one fsync here, and the archive check.
    private func durability() async throws {
        // On disk under the working directory: tmpfs would make every fsync free.
        let directory = FileManager.default.currentDirectoryPath + "/.build/bench-durability-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        say("\nDurability (SQLite on disk, synchronous = FULL)")
        let commits = try await DurabilityBenchmark.commitCost(in: directory, batches: 100, batchSize: 128)
        let fsync = try DurabilityBenchmark.fsyncCost(in: directory, bytes: 256 * 1_024, samples: 50)
        say(
            "  " + pad("commit, 128-article batch")
                + String(format: "p50 %.1f ms, p99 %.1f ms", commits.p50.milliseconds, commits.p99.milliseconds))
        say(
            "  " + pad("one 256 KB write + fdatasync")
                + String(format: "p50 %.1f ms (the WAL sync per batch)", fsync.milliseconds))
        let (healthy, damaged) = try await DurabilityBenchmark.archiveCheck(
            in: directory + "/archive-check", files: archiveCheckFiles, lost: 1_000)
        say("  " + pad("archive check, healthy") + healthy.summary)
        say("  " + pad("archive check, 1,000 lost") + damaged.summary)
    }

    /// Search over `count` synthetic articles: plain search as `clipperctl search` asks it, the web's
    /// search and article pages (SQLite), and `clipperctl search` from a cold start (SQLite).
    /// With `keep`, the SQLite store stays at that path and a later run tops it up instead of refilling it.
    private func searchLatency(label: String, location: String?, count: Int, keep: String? = nil) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "clipper-bench-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sqlitePath = keep ?? directory + "/search.sqlite"
        let url = location ?? "sqlite://\(sqlitePath)"
        var logger = Logger(label: "clipper-bench")
        logger.logLevel = .warning
        try await withArticleStore(
            StoreLocation(parsing: url), options: StoreOptions(nodeName: "bench"), logger: logger
        ) {
            store in
            let present = try await store.statistics().articles
            if present < count {
                let fill = try await StoreBenchmark.fill(
                    store, corpus: SyntheticCorpus(), from: present, count: count - present)
                say(
                    "  " + pad("\(label), filled")
                        + String(
                            format: "%d articles at %.0f articles/s", count - present,
                            Double(count - present) / fill.seconds))
            } else {
                say(
                    "  " + pad("\(label), reused")
                        + "\(present) articles in \(location == nil ? sqlitePath : "the database")")
            }
            let latency = try await StoreBenchmark.searchLatency(store)
            say(
                "  " + pad("\(label), search")
                    + String(
                        format: "p50 %.2f ms, p99 %.2f ms (%d searches, as clipperctl search asks them)",
                        latency.p50.milliseconds, latency.p99.milliseconds, latency.samples))
            guard location == nil else { return }
            let pages = try await WebBenchmark.run(
                store: store, corpus: SyntheticCorpus(), articleCount: count, logger: logger)
            say(
                "  " + pad("\(label), web search page")
                    + String(
                        format: "p50 %.2f ms, p99 %.2f ms (server time, with count and facets)",
                        pages.search.p50.milliseconds, pages.search.p99.milliseconds))
            say(
                "  " + pad("\(label), web article page")
                    + String(
                        format: "p50 %.2f ms, p99 %.2f ms; largest page %.0f KB", pages.article.p50.milliseconds,
                        pages.article.p99.milliseconds, Double(pages.largestPage) / 1_000))
        }
        if location == nil {
            let cold = try await StoreBenchmark.coldSearch(store: sqlitePath)
            say(
                "  " + pad("\(label), clipperctl cold")
                    + String(
                        format:
                            "p50 %.0f ms, slowest %.0f ms (a new process each, the store's pages dropped from the cache)",
                        cold.p50.milliseconds, cold.max.milliseconds))
        }
    }

    private func report(_ result: EndToEndBenchmark.BatchResult) {
        row(
            "throughput", Double(result.files) / result.elapsed.seconds, "articles/s",
            Double(result.bytes) / 1_000_000 / result.elapsed.seconds, "MB/s")
        let files = Double(max(1, result.files))
        say(
            "  " + pad("CPU per article")
                + String(
                    format: "%.3f ms (user %.3f + system %.3f), %.0f%% of one core",
                    result.usage.cpu.milliseconds / files, result.usage.user.milliseconds / files,
                    result.usage.system.milliseconds / files, 100 * result.usage.cpu.seconds / result.elapsed.seconds))
        say(
            "  " + pad("written per article")
                + String(format: "%.1f KB to files (WAL, database)", Double(result.usage.bytesWritten) / 1_024 / files))
        if let batches = result.batches {
            say(
                "  " + pad("batches")
                    + String(format: "%d, %.0f articles each", batches, files / Double(max(1, batches))))
        }
        if let syncs = result.syncs {
            let perBatch = result.batches.map {
                String(format: ", %.1f per batch", Double(syncs.total) / Double(max(1, $0)))
            }
            say("  " + pad("syncs") + "\(syncs.fdatasync) fdatasync + \(syncs.fsync) fsync" + (perBatch ?? ""))
        } else {
            say("  " + pad("syncs") + "not counted (needs perf, with syscall tracepoints)")
        }
        if let peak = result.peakResident { say("  " + pad("peak RSS") + megabytes(peak)) }
    }

    private func row(_ label: String, _ first: Double, _ firstUnit: String, _ second: Double, _ secondUnit: String) {
        say(
            "  " + pad(label) + String(format: "%10.1f ", first) + firstUnit + String(format: "  %8.2f ", second)
                + secondUnit)
    }

    private func stageRow(_ label: String, _ result: StageBenchmark.Result, unit: String) {
        let (slowest, fastest) = result.megabytesPerSecondRange
        row(label, result.perSecond, "articles/s", result.megabytesPerSecond, unit)
        say("  " + pad("") + String(format: "   passes %.2f–%.2f MB/s", slowest, fastest))
    }

    private func pad(_ label: String) -> String {
        label.count >= 29 ? label + " " : label + String(repeating: " ", count: 29 - label.count)
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

/// p50 and p99 of a set of durations, in milliseconds (nearest rank).
struct Percentiles {
    var p50: Double
    var p99: Double

    init(_ durations: [Duration]) {
        let sorted = durations.map(\.milliseconds).sorted()
        func rank(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))]
        }
        p50 = rank(50)
        p99 = rank(99)
    }
}

/// Writes `line` to standard output at once, unbuffered: a long run shows each number as it is
/// measured, also when the output goes to a file or a pipe.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
