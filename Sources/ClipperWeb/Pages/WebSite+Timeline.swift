import ClipperModel
import ClipperStore
import Foundation
import Hummingbird

/// The timeline page: articles per day, week or month for a query and filters.
struct TimelineView: Sendable {
    var chrome: Chrome
    var query: String
    var error: String?
    var chips: [SearchView.Chip]
    var hasChips: Bool
    var hidden: [SearchView.Hidden]
    var chart: TimelineChart?
    var searchHref: String
}

extension WebSite {
    func timeline(_ request: Request) async throws -> Response {
        var view = TimelineView(
            chrome: Chrome(title: "Timeline", section: .timeline), query: request.form["q"] ?? "", error: nil,
            chips: [], hasChips: false, hidden: [], chart: nil, searchHref: "/search")
        let form: SearchForm
        do {
            form = try SearchForm(request.form)
        } catch {
            view.error = error.description
            return renderer.page("timeline", view, status: .badRequest)
        }
        view.chips = form.chips.map {
            .init(
                label: $0.label, value: $0.value,
                removeHref: $0.removeHref.replacingOccurrences(of: "/search", with: "/timeline", options: .anchored))
        }
        view.hasChips = !view.chips.isEmpty
        view.hidden =
            form.people.map { .init(name: "person", value: $0) }
            + form.organizations.map { .init(name: "organization", value: $0) }
            + form.places.map { .init(name: "place", value: $0) }
        view.searchHref = form.href
        if let query = form.query { view.chrome.title = "Timeline: \(query)" }
        do {
            let days = try await store.timeline(form.filter)
            view.chart = TimelineChart(days) { from, to in
                var bucket = form
                bucket.from = from
                bucket.to = to
                bucket.order = .newest
                return bucket.href
            }
            return renderer.page("timeline", view)
        } catch let StoreError.badQuery(why) {
            view.error = "That search cannot be run: \(why)."
            return renderer.page("timeline", view, status: .badRequest)
        }
    }
}
