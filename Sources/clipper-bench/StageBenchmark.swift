import ClipperExtract
import ClipperModel
import ClipperParse

/// Parse and extract throughput on one core: the pure stages, no I/O.
///
/// Each stage runs over the corpus several times and reports its median pass, with the slowest and
/// fastest beside it: on a shared or virtual machine one pass can lose a third of its speed to a
/// neighbour, and the median of a few passes is what the code does.
enum StageBenchmark {
    /// How many times each stage goes over the corpus.
    static let passes = 5

    struct Result {
        var documents: Int
        var bytes: Int
        /// Each pass's wall time, fastest first.
        var elapsed: [Duration]
        /// This process's CPU time over the median pass (user and system).
        var cpu: Duration

        private var median: Duration { elapsed[elapsed.count / 2] }
        var perSecond: Double { Double(documents) / median.seconds }
        var cpuMillisecondsPerDocument: Double { cpu.milliseconds / Double(max(1, documents)) }
        var megabytesPerSecond: Double { megabytes(in: median) }
        /// The slowest and the fastest pass, in MB/s.
        var megabytesPerSecondRange: (slowest: Double, fastest: Double) {
            (megabytes(in: elapsed[elapsed.count - 1]), megabytes(in: elapsed[0]))
        }

        private func megabytes(in duration: Duration) -> Double { Double(bytes) / 1_000_000 / duration.seconds }

        /// Gathers `passes` runs (wall time and CPU time each) into the median's figures.
        init(documents: Int, bytes: Int, passes: [(elapsed: Duration, cpu: Duration)]) {
            self.documents = documents
            self.bytes = bytes
            let sorted = passes.sorted { $0.elapsed < $1.elapsed }
            elapsed = sorted.map(\.elapsed)
            cpu = sorted[sorted.count / 2].cpu
        }
    }

    static func parse(_ documents: [[UInt8]], names: String) -> (Result, [ParsedArticle]) {
        var articles: [ParsedArticle] = []
        articles.reserveCapacity(documents.count)
        let passes = (0..<passes).map { pass in
            measure {
                for document in documents {
                    if let article = try? ArticleParser.parse(document, fileName: names), pass == 0 {
                        articles.append(article)
                    }
                }
            }
        }
        return (Result(documents: documents.count, bytes: documents.reduce(0) { $0 + $1.count }, passes: passes), articles)
    }

    static func extract(_ articles: [ParsedArticle], with extractor: Extractor) -> Result {
        var found = 0
        let passes = (0..<passes).map { _ in
            measure {
                for article in articles { found &+= extractor.extract(from: article).people.count }
            }
        }
        precondition(found >= 0)
        return Result(documents: articles.count, bytes: articles.reduce(0) { $0 + $1.body.utf8.count }, passes: passes)
    }

    /// The wall time and this process's CPU time of one run of `work`.
    private static func measure(_ work: () -> Void) -> (elapsed: Duration, cpu: Duration) {
        let before = ResourceUsage.ofSelf()
        let elapsed = ContinuousClock().measure(work)
        return (elapsed, (ResourceUsage.ofSelf() - before).cpu)
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return max(1e-9, Double(seconds) + Double(attoseconds) / 1e18)
    }

    var milliseconds: Double { seconds * 1_000 }
}
