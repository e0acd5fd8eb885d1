/// Which quotations to find: by speaker, by the words quoted, in date order.
public struct QuoteQuery: Sendable, Hashable {
    /// Words of the speaker's name or of a name the article uses for them (whole words, case-insensitive).
    public var speaker: String?
    /// Words that must all appear in the quotation (case-insensitive, anywhere).
    public var words: String?
    /// Oldest article first instead of newest first.
    public var oldestFirst: Bool
    public var offset: Int
    public var limit: Int

    public init(speaker: String? = nil, words: String? = nil, oldestFirst: Bool = false, offset: Int = 0, limit: Int) {
        self.speaker = speaker
        self.words = words
        self.oldestFirst = oldestFirst
        self.offset = offset
        self.limit = limit
    }
}
