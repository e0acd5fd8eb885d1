/// One indexed article: what the store holds, what `show` displays and one line of `export`.
///
/// Encodes to the export schema of `docs/Export.md`: snake_case keys, and every
/// unknown value present as `null` or `[]` rather than left out.
public struct ArticleRecord: Sendable, Hashable, Codable {
    /// The SHA-256 of the original bytes, in lowercase hex.
    public var id: String
    public var source: SourceInfo
    public var title: String?
    public var authors: [String]
    public var outlet: String?
    public var published: String?
    public var dateline: String?
    public var body: String
    public var removed: [RemovedBlock]
    public var people: [Person]
    public var organizations: [Organization]
    public var places: [Place]
    public var programs: [Program]
    public var quotes: [Quotation]
    public var figures: [Figure]
    public var dates: [DateMention]
    public var credits: [String]
    public var related: [String]
    /// The id of an earlier article with the same body, when this one repeats it under other bytes.
    public var duplicateOf: String?

    public init(
        id: String, source: SourceInfo, article: ParsedArticle, extraction: Extraction, duplicateOf: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = article.title
        self.authors = article.authors
        self.outlet = article.outlet
        self.published = article.published
        self.dateline = article.dateline
        self.body = article.body
        self.removed = article.removed
        self.people = extraction.people
        self.organizations = extraction.organizations
        self.places = extraction.places
        self.programs = extraction.programs
        self.quotes = extraction.quotes
        self.figures = extraction.figures
        self.dates = extraction.dates
        self.credits = article.credits
        self.related = article.related
        self.duplicateOf = duplicateOf
    }

    /// The extraction part of the record.
    public var extraction: Extraction {
        Extraction(
            people: people, organizations: organizations, places: places, programs: programs,
            quotes: quotes, figures: figures, dates: dates
        )
    }

    enum CodingKeys: String, CodingKey {
        case id, source, title, authors, outlet, published, dateline, body, removed
        case people, organizations, places, programs, quotes, figures, dates, credits, related
        case duplicateOf = "duplicate_of"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decode(SourceInfo.self, forKey: .source)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        dateline = try c.decodeIfPresent(String.self, forKey: .dateline)
        body = try c.decode(String.self, forKey: .body)
        removed = try c.decodeIfPresent([RemovedBlock].self, forKey: .removed) ?? []
        people = try c.decodeIfPresent([Person].self, forKey: .people) ?? []
        organizations = try c.decodeIfPresent([Organization].self, forKey: .organizations) ?? []
        places = try c.decodeIfPresent([Place].self, forKey: .places) ?? []
        programs = try c.decodeIfPresent([Program].self, forKey: .programs) ?? []
        quotes = try c.decodeIfPresent([Quotation].self, forKey: .quotes) ?? []
        figures = try c.decodeIfPresent([Figure].self, forKey: .figures) ?? []
        dates = try c.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
        credits = try c.decodeIfPresent([String].self, forKey: .credits) ?? []
        related = try c.decodeIfPresent([String].self, forKey: .related) ?? []
        duplicateOf = try c.decodeIfPresent(String.self, forKey: .duplicateOf)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(published, forKey: .published)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(body, forKey: .body)
        try c.encode(removed, forKey: .removed)
        try c.encode(people, forKey: .people)
        try c.encode(organizations, forKey: .organizations)
        try c.encode(places, forKey: .places)
        try c.encode(programs, forKey: .programs)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(figures, forKey: .figures)
        try c.encode(dates, forKey: .dates)
        try c.encode(credits, forKey: .credits)
        try c.encode(related, forKey: .related)
        try c.encode(duplicateOf, forKey: .duplicateOf)
    }
}
