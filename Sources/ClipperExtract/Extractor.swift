public import ClipperModel

/// Finds who and what an article names: people, organizations, places, programs,
/// quotations with their speakers, figures and dates.
///
/// Pure and `Sendable`: build one (it loads the gazetteer) and share it between workers.
public struct Extractor: Sendable {
    public init() {}

    /// Extracts everything from a parsed article. Offsets are UTF-8 byte offsets into `article.body`.
    public func extract(from article: ParsedArticle) -> Extraction {
        fatalError("TODO: implement")
    }
}
