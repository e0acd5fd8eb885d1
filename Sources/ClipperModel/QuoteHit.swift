/// A quotation together with the article it appears in.
public struct QuoteHit: Sendable, Hashable, Codable {
    public var articleID: String
    public var title: String?
    public var published: String?
    public var speaker: String?
    public var text: String
    public var cue: String?

    public init(articleID: String, title: String?, published: String?, speaker: String?, text: String, cue: String?) {
        self.articleID = articleID
        self.title = title
        self.published = published
        self.speaker = speaker
        self.text = text
        self.cue = cue
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case title, published, speaker, text, cue
    }
}
