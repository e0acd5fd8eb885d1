/// One page of browse results: the hits, how many match in all, and who they name most.
public struct SearchPage: Sendable, Hashable, Codable {
    public var hits: [ArticleHit]
    /// Every match, when the request asked for the count.
    public var total: Int?
    /// The entities named by the most matching articles, most first, per kind (person, organization, place),
    /// counted over at most ``SearchRequest/facetScope`` of them.
    public var facets: [FacetCount]

    public init(hits: [ArticleHit], total: Int?, facets: [FacetCount]) {
        self.hits = hits
        self.total = total
        self.facets = facets
    }

    /// The facets of one kind, most articles first.
    public func facets(of kind: EntityKind) -> [FacetCount] {
        facets.filter { $0.kind == kind }
    }
}

/// An entity and how many of the matching articles name it.
public struct FacetCount: Sendable, Hashable, Codable {
    public var kind: EntityKind
    public var name: String
    public var articles: Int

    public init(kind: EntityKind, name: String, articles: Int) {
        self.kind = kind
        self.name = name
        self.articles = articles
    }
}
