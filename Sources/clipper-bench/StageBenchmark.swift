import ClipperExtract
import ClipperModel
import ClipperParse

/// Parse and extract throughput on one core: the pure stages, no I/O.
enum StageBenchmark {
    struct Result {
        var documents: Int
        var bytes: Int
        var elapsed: Duration
        /// This process's CPU time over the run (user and system).
        var cpu: Duration

        var perSecond: Double { Double(documents) / elapsed.seconds }
        var cpuMillisecondsPerDocument: Double { cpu.milliseconds / Double(max(1, documents)) }
        var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / elapsed.seconds }
    }

    static func parse(_ documents: [[UInt8]], names: String) -> (Result, [ParsedArticle]) {
        let clock = ContinuousClock()
        var articles: [ParsedArticle] = []
        articles.reserveCapacity(documents.count)
        let before = ResourceUsage.ofSelf()
        let elapsed = clock.measure {
            for document in documents {
                if let article = try? ArticleParser.parse(document, fileName: names) { articles.append(article) }
            }
        }
        return (
            Result(
                documents: documents.count, bytes: documents.reduce(0) { $0 + $1.count }, elapsed: elapsed,
                cpu: (ResourceUsage.ofSelf() - before).cpu), articles
        )
    }

    static func extract(_ articles: [ParsedArticle], with extractor: Extractor) -> Result {
        let clock = ContinuousClock()
        var found = 0
        let before = ResourceUsage.ofSelf()
        let elapsed = clock.measure {
            for article in articles { found &+= extractor.extract(from: article).people.count }
        }
        precondition(found >= 0)
        return Result(
            documents: articles.count, bytes: articles.reduce(0) { $0 + $1.body.utf8.count }, elapsed: elapsed,
            cpu: (ResourceUsage.ofSelf() - before).cpu)
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return max(1e-9, Double(seconds) + Double(attoseconds) / 1e18)
    }

    var milliseconds: Double { seconds * 1_000 }
}
