/// The output of the parse stage: a clean article and what is known about it.
///
/// Unknown values are `nil` or empty, never guessed.
public struct ParsedArticle: Sendable, Hashable {
    /// What kind of document the source was.
    public var mediaType: MediaType
    /// The headline.
    public var title: String?
    /// The bylined authors, in byline order.
    public var authors: [String]
    /// The publication (site or outlet) when the source makes it evident.
    public var outlet: String?
    /// The publication date as ISO 8601 (`2025-03-30`).
    public var published: String?
    /// The dateline, without its punctuation (`SACRAMENTO, Calif.`).
    public var dateline: String?
    /// The clean article text: paragraphs separated by a blank line (`"\n\n"`).
    public var body: String
    /// The blocks dropped from the source, each with the reason.
    public var removed: [RemovedBlock]
    /// People credited for photos or video, kept apart from the people the article names.
    public var credits: [String]
    /// Items of a "Sources:" or "Related:" list: metadata, not body.
    public var related: [String]

    public init(
        mediaType: MediaType,
        title: String? = nil,
        authors: [String] = [],
        outlet: String? = nil,
        published: String? = nil,
        dateline: String? = nil,
        body: String,
        removed: [RemovedBlock] = [],
        credits: [String] = [],
        related: [String] = []
    ) {
        self.mediaType = mediaType
        self.title = title
        self.authors = authors
        self.outlet = outlet
        self.published = published
        self.dateline = dateline
        self.body = body
        self.removed = removed
        self.credits = credits
        self.related = related
    }
}
