import ClipperModel
import ClipperStore
import Hummingbird

/// The front page's model: the search box, the archive's size, who it names most, the latest articles.
struct HomeView: Sendable {
    var chrome: Chrome
    var articles: String
    var groups: [EntityGroup]
    var latest: [HitView]
    var hasLatest: Bool
}

extension WebSite {
    func home() async throws -> Response {
        let statistics = try await store.statistics()
        let latest = try await store.searchPage(
            SearchRequest(filter: ArticleFilter(), order: .newest, limit: 10, countTotal: false))
        var groups: [EntityGroup] = []
        for (kind, heading) in [(EntityKind.person, "People"), (.organization, "Organizations"), (.place, "Places")] {
            let top = try await store.entities(kind: kind, limit: 10)
            groups.append(
                EntityGroup(
                    heading: heading, links: top.map { EntityLink(kind: kind, name: $0.name, count: $0.articles) }))
        }
        let view = HomeView(
            chrome: Chrome(title: "The archive", section: .home),
            articles: "\(statistics.articles.grouped) article\(statistics.articles == 1 ? "" : "s")", groups: groups,
            latest: latest.hits.map(HitView.init), hasLatest: !latest.hits.isEmpty)
        return renderer.page("home", view)
    }
}
