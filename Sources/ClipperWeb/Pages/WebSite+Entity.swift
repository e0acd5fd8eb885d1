import ClipperModel
import ClipperStore
import Hummingbird

/// A person's, organization's or place's page.
struct EntityView: Sendable {
    var chrome: Chrome
    var kindLabel: String
    var name: String
    var aliases: String?
    var roles: [String]
    var hasRoles: Bool
    var counts: String
    var chart: TimelineChart
    var quotes: [QuoteView]
    var hasQuotes: Bool
    var quotesHref: String?
    var groups: [EntityGroup]
    var articles: [HitView]
    var allHref: String
}

extension WebSite {
    /// Articles listed on an entity's page; the rest are a link to the search.
    static let entityArticles = 20
    /// Quotations listed on a person's page.
    static let entityQuotes = 100

    func entity(_ kind: EntityKind, _ name: String, _ request: Request) async throws -> Response {
        guard let detail = try await store.entity(kind, named: name) else {
            throw WebNotFound("No article names the \(kind.rawValue) \(name).")
        }
        let form = SearchForm().adding(kind, detail.name)
        let page = try await store.searchPage(
            SearchRequest(
                filter: form.filter, order: .newest, limit: Self.entityArticles, countTotal: false, facetLimit: 8))
        let days = try await store.timeline(form.filter)
        let quotes =
            kind == .person
            ? try await store.quotes(QuoteQuery(speaker: detail.name, oldestFirst: true, limit: Self.entityQuotes)) : []
        let groups = [
            (EntityKind.person, "People named with them"), (.organization, "Organizations"), (.place, "Places"),
        ]
        .map { other, heading in
            EntityGroup(
                heading: heading,
                links: page.facets(of: other).filter {
                    !(other == kind && $0.name.lowercased() == detail.name.lowercased())
                }
                .map { EntityLink(kind: other, name: $0.name, count: $0.articles) })
        }
        let label = kind == .person ? "Person" : kind == .organization ? "Organization" : "Place"
        let view = EntityView(
            chrome: Chrome(title: detail.name, section: .other), kindLabel: label, name: detail.name,
            aliases: detail.aliases.isEmpty
                ? nil : (kind == .organization ? "Also: " : "Also named: ") + detail.aliases.joined(separator: ", "),
            roles: detail.roles, hasRoles: !detail.roles.isEmpty,
            counts:
                "Named in \(detail.articles.grouped) article\(detail.articles == 1 ? "" : "s"), \(detail.mentions.grouped) mention\(detail.mentions == 1 ? "" : "s") in all.",
            chart: TimelineChart(days) { from, to in
                var bucket = form
                bucket.from = from
                bucket.to = to
                bucket.order = .newest
                return bucket.href
            },
            quotes: quotes.map(QuoteView.init), hasQuotes: !quotes.isEmpty,
            quotesHref: kind == .person ? WebPath.withQuery("/quotes", [("speaker", detail.name)]) : nil,
            groups: groups, articles: page.hits.map(HitView.init), allHref: form.sorted(.newest).href)
        return renderer.page("entity", view)
    }
}
