import ClipperModel
import ClipperStore
import Foundation
import Hummingbird

/// The quotations page: by speaker and words.
struct QuotesView: Sendable {
    var chrome: Chrome
    var speaker: String
    var words: String
    var quotes: [QuoteView]
    var hasQuotes: Bool
    var pager: Pager?
}

/// The figures page: by words, unit and value range.
struct FiguresView: Sendable {
    struct Row: Sendable {
        var text: String
        var value: String
        var unit: String
        var of: String?
        var sentence: String?
        var articleHref: String
        var articleTitle: String
        var published: String?
    }

    var chrome: Chrome
    var words: String
    var unit: String
    var minimum: String
    var maximum: String
    var error: String?
    var figures: [Row]
    var hasFigures: Bool
    var pager: Pager?
}

extension WebSite {
    /// Quotations or figures on a page.
    static let listPageSize = 50

    func quotes(_ request: Request) async throws -> Response {
        let form = request.form
        let page = try Self.page(form)
        let speaker = form["speaker"]
        let words = form["q"]
        let hits = try await store.quotes(
            QuoteQuery(
                speaker: speaker, words: words, offset: (page - 1) * Self.listPageSize, limit: Self.listPageSize + 1))
        let pager = Pager(page: page, hasMore: hits.count > Self.listPageSize, pageSize: Self.listPageSize) {
            WebPath.withQuery("/quotes", [("speaker", speaker ?? ""), ("q", words ?? ""), ("page", String($0))])
        }
        let shown = hits.prefix(Self.listPageSize).map(QuoteView.init)
        let view = QuotesView(
            chrome: Chrome(title: speaker.map { "Quotations: \($0)" } ?? "Quotations", section: .quotes),
            speaker: speaker ?? "", words: words ?? "", quotes: Array(shown), hasQuotes: !shown.isEmpty,
            pager: pager.isNeeded ? pager : nil)
        return renderer.page("quotes", view)
    }

    func figures(_ request: Request) async throws -> Response {
        let form = request.form
        var view = FiguresView(
            chrome: Chrome(title: "Figures", section: .figures), words: form["q"] ?? "", unit: form["unit"] ?? "",
            minimum: form["min"] ?? "", maximum: form["max"] ?? "", error: nil, figures: [], hasFigures: false,
            pager: nil)
        let page: Int
        let minimum: Double?
        let maximum: Double?
        do {
            page = try Self.page(form)
            minimum = try Self.amount(form["min"], field: "min")
            maximum = try Self.amount(form["max"], field: "max")
        } catch {
            view.error = error.description
            return renderer.page("figures", view, status: .badRequest)
        }
        let hits = try await store.figures(
            FigureQuery(
                words: form["q"], unit: form["unit"], minimum: minimum, maximum: maximum,
                offset: (page - 1) * Self.listPageSize, limit: Self.listPageSize + 1))
        view.figures = hits.prefix(Self.listPageSize).map { hit in
            FiguresView.Row(
                text: hit.figure.text, value: Self.number(hit.figure.value), unit: hit.figure.unit, of: hit.figure.of,
                sentence: hit.sentence, articleHref: WebPath.article(hit.articleID),
                articleTitle: hit.title ?? "article " + hit.articleID.prefix(12), published: hit.published)
        }
        view.hasFigures = !view.figures.isEmpty
        let pager = Pager(page: page, hasMore: hits.count > Self.listPageSize, pageSize: Self.listPageSize) {
            WebPath.withQuery(
                "/figures",
                [
                    ("q", form["q"] ?? ""), ("unit", form["unit"] ?? ""), ("min", form["min"] ?? ""),
                    ("max", form["max"] ?? ""), ("page", String($0)),
                ])
        }
        view.pager = pager.isNeeded ? pager : nil
        return renderer.page("figures", view)
    }

    /// The `page` parameter (1-based), 1 when absent.
    static func page(_ form: QueryParameters) throws(WebInputError) -> Int {
        guard let text = form["page"] else { return 1 }
        guard let page = Int(text), (1...SearchForm.maximumPage).contains(page) else {
            throw WebInputError(
                "page must be a whole number from 1 to \(SearchForm.maximumPage), not \(text.debugDescription)")
        }
        return page
    }

    /// A value bound such as `10000`, `30e9`, `1,000,000` or `30 billion`.
    static func amount(_ text: String?, field: String) throws(WebInputError) -> Double? {
        guard let text else { return nil }
        var words = text.lowercased().replacingOccurrences(of: ",", with: "").split(separator: " ")
        var scale = 1.0
        if words.count == 2,
            let multiplier = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12][String(words[1])]
        {
            scale = multiplier
            words.removeLast()
        }
        guard words.count == 1, let value = Double(words[0].trimmingPrefix("$")), value.isFinite else {
            throw WebInputError(
                "\(field) must be a number such as 10000, 2.5e9 or 30 billion, not \(text.debugDescription)")
        }
        return value * scale
    }
}
