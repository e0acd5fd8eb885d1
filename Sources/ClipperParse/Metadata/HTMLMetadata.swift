/// Title, authors, outlet and publication date of an HTML page, from the most explicit source
/// that states each: JSON-LD, then OpenGraph and other `<meta>` tags, then `<time>`, then `<title>`.
struct HTMLMetadata {
    var title: String?
    var authors: [String] = []
    var outlet: String?
    var published: String?
    /// The JSON-LD `articleBody`, when the page states one.
    var articleBody: String?

    private static let dateKeys = [
        "article:published_time", "og:published_time", "published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dc.date", "dcterms.created", "dcterms.date", "article.published", "og:pubdate", "citation_publication_date",
    ]

    init(_ source: PageMetadataSource, firstHeading: String?) {
        let jsonLD = JSONLDArticle(scripts: source.jsonLD)
        let meta = source.meta
        articleBody = jsonLD?.articleBody
        outlet =
            Self.clean(jsonLD?.publisher) ?? Self.clean(meta["og:site_name"]) ?? Self.clean(meta["application-name"])

        let titleCandidates = [jsonLD?.headline, meta["og:title"], meta["twitter:title"], source.title, firstHeading]
        let site = outlet
        title = titleCandidates.lazy.compactMap { Self.clean($0) }.map { TitleText.withoutSiteName($0, site: site) }
            .first { !$0.isEmpty }

        var names = jsonLD?.authors ?? []
        if names.isEmpty { names = source.metaAuthors }
        if names.isEmpty, let byline = meta["byl"] ?? meta["dc.creator"] { names = [byline] }
        authors = Bylines.names(fromMetadata: names)

        var dates: [String?] = [jsonLD?.datePublished]
        dates += Self.dateKeys.map { meta[$0] }
        dates += source.itempropDates.map { Optional($0) }
        dates += source.times.filter { $0.itemprop == "datePublished" }.map(\.datetime)
        dates += source.times.prefix(1).map(\.datetime)
        published = dates.lazy.compactMap { $0.flatMap(DateText.isoDate(in:)) }.first
    }

    private static func clean(_ text: String?) -> String? {
        guard let text, !CString.contains(text, "://") else { return nil }
        let normalized = TextNormalizer.normalize(EntityDecoder.decode(text), keepLines: false)
        return normalized.isEmpty ? nil : normalized
    }
}
