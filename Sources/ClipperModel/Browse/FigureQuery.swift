/// Which figures to find: by words of the figure or what it counts, by unit and by value.
public struct FigureQuery: Sendable, Hashable {
    /// Words that must all appear in the figure as written, its unit or what it counts (case-insensitive).
    public var words: String?
    /// The unit exactly (`USD`, `percent`, `agents`), case-insensitive.
    public var unit: String?
    /// The smallest value, inclusive.
    public var minimum: Double?
    /// The largest value, inclusive.
    public var maximum: Double?
    public var offset: Int
    public var limit: Int

    public init(
        words: String? = nil, unit: String? = nil, minimum: Double? = nil, maximum: Double? = nil, offset: Int = 0,
        limit: Int
    ) {
        self.words = words
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.offset = offset
        self.limit = limit
    }
}

/// A figure together with the sentence and the article it appears in.
public struct FigureHit: Sendable, Hashable, Codable {
    public var articleID: String
    public var title: String?
    public var published: String?
    public var figure: Figure
    /// The body's sentence holding the figure as written, or `nil` when it is not found verbatim.
    public var sentence: String?

    public init(articleID: String, title: String?, published: String?, figure: Figure, sentence: String?) {
        self.articleID = articleID
        self.title = title
        self.published = published
        self.figure = figure
        self.sentence = sentence
    }
}
