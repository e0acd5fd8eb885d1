import ClipperExtract
import ClipperModel
import ClipperParse
import ClipperRecovery
import ClipperSpool

/// The CPU part of the pipeline: read a claimed file, hash it, parse it, extract from it.
struct ArticleProcessor: Sendable {
    let spool: Spool
    let extractor: Extractor

    func process(_ file: ClaimedFile, maxBytes: Int) -> ProcessedFile {
        let clock = ContinuousClock()
        let start = clock.now
        let bytes: [UInt8]
        do {
            bytes = try spool.read(file, maxBytes: maxBytes)
        } catch {
            return .failed(file, .read, error.description)
        }
        let article: ParsedArticle
        do {
            article = try ArticleParser.parse(bytes, fileName: file.originalName)
        } catch {
            return .failed(file, .parse, error.reason)
        }
        let extraction = extractor.extract(from: article)
        let source = SourceInfo(file: file.originalName, bytes: bytes.count, mediaType: article.mediaType)
        let record = ArticleRecord(id: ArticleID.of(bytes), source: source, article: article, extraction: extraction)
        return .article(IndexJob(file: file, record: record, elapsed: clock.now - start))
    }
}
