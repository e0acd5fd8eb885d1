import ClipperModel
import ClipperStore
import Foundation
import Hummingbird

/// The search page's model.
struct SearchView: Sendable {
    struct SortLink: Sendable {
        var label: String
        var href: String
        var isCurrent: Bool
    }

    struct Chip: Sendable {
        var label: String
        var value: String
        var removeHref: String
    }

    struct Hidden: Sendable {
        var name: String
        var value: String
    }

    var chrome: Chrome
    var query: String
    var outlet: String
    var from: String
    var to: String
    var isDate: Bool
    var isOldest: Bool
    var error: String?
    var summary: String?
    var chips: [Chip]
    var hasChips: Bool
    var hidden: [Hidden]
    var facets: [EntityGroup]
    var hits: [HitView]
    var hasHits: Bool
    var pager: Pager?
    var sortLinks: [SortLink]
    var timelineHref: String
}

extension WebSite {
    func search(_ request: Request) async throws -> Response {
        let form: SearchForm
        do {
            form = try SearchForm(request.form)
        } catch {
            return renderer.page(
                "search", emptySearch(SearchForm(), query: request.form["q"] ?? "", error: error.description),
                status: .badRequest)
        }
        do {
            let page = try await store.searchPage(form.request)
            return renderer.page("search", searchView(form, page))
        } catch let StoreError.badQuery(why) {
            return renderer.page(
                "search", emptySearch(form, query: form.query ?? "", error: "That search cannot be run: \(why)."),
                status: .badRequest)
        }
    }

    private func searchView(_ form: SearchForm, _ page: SearchPage) -> SearchView {
        var view = emptySearch(form, query: form.query ?? "", error: nil)
        let total = page.total ?? page.hits.count
        let first = (form.page - 1) * SearchForm.pageSize + 1
        view.summary =
            total == 0
            ? "No article matches."
            : page.hits.isEmpty
                ? "\(total.grouped) article\(total == 1 ? "" : "s") match; this page is past the last."
                : "\(total.grouped) article\(total == 1 ? "" : "s") match; \(first.grouped)–\((first + page.hits.count - 1).grouped) shown."
        view.hits = page.hits.map(HitView.init)
        view.hasHits = !view.hits.isEmpty
        view.facets = [(EntityKind.person, "People"), (.organization, "Organizations"), (.place, "Places")].map {
            kind, heading in
            EntityGroup(
                heading: heading,
                links: page.facets(of: kind).filter { !form.filter.names(of: kind).contains($0.name) }.map {
                    EntityLink(
                        kind: kind, name: $0.name, count: $0.articles, filterHref: form.adding(kind, $0.name).href)
                })
        }
        let pager = Pager(
            page: form.page, hasMore: form.page * SearchForm.pageSize < total && form.page < SearchForm.maximumPage,
            total: total, pageSize: SearchForm.pageSize
        ) { form.onPage($0).href }
        view.pager = pager.isNeeded ? pager : nil
        return view
    }

    /// The search page with the form filled in and no results (yet, or because of `error`).
    private func emptySearch(_ form: SearchForm, query: String, error: String?) -> SearchView {
        var hidden: [SearchView.Hidden] = []
        hidden += form.people.map { .init(name: "person", value: $0) }
        hidden += form.organizations.map { .init(name: "organization", value: $0) }
        hidden += form.places.map { .init(name: "place", value: $0) }
        let orders: [(String, SearchRequest.Order)] = [
            ("Relevance", .relevance), ("Newest", .newest), ("Oldest", .oldest),
        ]
        var timeline = form
        timeline.page = 1
        timeline.order = .relevance
        return SearchView(
            chrome: Chrome(title: query.isEmpty ? "Search" : "Search: \(query)", section: .search, query: query),
            query: query, outlet: form.outlet ?? "", from: form.from ?? "", to: form.to ?? "",
            isDate: form.order == .newest, isOldest: form.order == .oldest, error: error, summary: nil,
            chips: form.chips.map { .init(label: $0.label, value: $0.value, removeHref: $0.removeHref) },
            hasChips: !form.chips.isEmpty, hidden: hidden, facets: [], hits: [], hasHits: false, pager: nil,
            sortLinks: orders.map { label, order in
                SearchView.SortLink(label: label, href: form.sorted(order).href, isCurrent: form.order == order)
            },
            timelineHref: timeline.href.replacingOccurrences(of: "/search", with: "/timeline", options: .anchored))
    }
}
