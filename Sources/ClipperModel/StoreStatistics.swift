/// What a store holds, for `clipperctl status`.
public struct StoreStatistics: Sendable, Hashable, Codable {
    /// Distinct articles indexed.
    public var articles: Int
    /// Source files that repeated bytes already indexed.
    public var duplicates: Int
    /// The store's size on disk in bytes, when the store can tell.
    public var sizeBytes: Int?

    public init(articles: Int, duplicates: Int, sizeBytes: Int?) {
        self.articles = articles
        self.duplicates = duplicates
        self.sizeBytes = sizeBytes
    }

    enum CodingKeys: String, CodingKey {
        case articles, duplicates
        case sizeBytes = "size_bytes"
    }
}
