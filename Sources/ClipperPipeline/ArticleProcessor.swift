import ClipperExtract
import ClipperModel
import ClipperParse
import ClipperRecovery
import ClipperSpool

/// The CPU part of the pipeline: read a claimed file, hash it, parse it, extract from it.
struct ArticleProcessor: Sendable {
    let spool: Spool
    let extractor: Extractor
    let metrics: PipelineMetrics

    func process(_ file: ClaimedFile, maxBytes: Int) -> ProcessedFile {
        let clock = ContinuousClock()
        let start = clock.now
        let bytes: [UInt8]
        do {
            bytes = try spool.read(file, maxBytes: maxBytes)
        } catch {
            return .failed(file, .read, error.description)
        }
        let read = clock.now
        metrics.record(.read, read - start)
        metrics.read(bytes: bytes.count)
        let article: ParsedArticle
        do {
            article = try ArticleParser.parse(bytes, fileName: file.originalName)
        } catch {
            return .failed(file, .parse, error.reason)
        }
        let parsed = clock.now
        metrics.record(.parse, parsed - read)
        let extraction = extractor.extract(from: article)
        let extracted = clock.now
        metrics.record(.extract, extracted - parsed)
        let source = SourceInfo(file: file.originalName, bytes: bytes.count, mediaType: article.mediaType)
        let record = ArticleRecord(id: ArticleID.of(bytes), source: source, article: article, extraction: extraction)
        return .article(IndexJob(file: file, record: record, elapsed: extracted - start, ready: extracted))
    }
}
