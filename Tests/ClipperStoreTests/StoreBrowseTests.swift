import ClipperModel
import ClipperStore
import Testing

/// The browse queries the web interface reads (filters, facets, timeline, quotes, figures,
/// entities), run against every store like the conformance suite.
@Suite(.timeLimit(.minutes(1)))
struct StoreBrowseTests {
    @Test(arguments: StoreKind.allCases)
    func filtersNarrowAndFacetsCount(kind: StoreKind) async throws {
        try StoreConformanceTests.require(kind)
        try await withFreshStore(kind) { store in
            _ = try await store.index([Fixture.sanctuary, Fixture.budget, Fixture.plain(1)])

            // Every article, newest first, when there is neither query nor filter
            let all = try await store.searchPage(SearchRequest(filter: ArticleFilter(), facetLimit: 5))
            #expect(all.total == 3)
            #expect(all.hits.map(\.search.id) == [Fixture.budget.id, Fixture.sanctuary.id, Fixture.plain(1).id])
            #expect(all.hits.first?.people == ["harold medina"])
            #expect(all.hits[1].outlet == "Southwest Daily")
            // People merge case-insensitively in facets: both articles name the chief
            #expect(all.facets(of: .person).map(\.articles) == [2])
            #expect(all.facets(of: .place).first?.articles == 2)

            // A person filter matches whatever the case
            let chief = try await store.searchPage(
                SearchRequest(filter: ArticleFilter(people: ["HAROLD MEDINA"]), order: .oldest))
            #expect(chief.hits.map(\.search.id) == [Fixture.sanctuary.id, Fixture.budget.id])

            // Filters combine: a query, an organization and a date range
            let narrow = try await store.searchPage(
                SearchRequest(
                    filter: ArticleFilter(
                        query: "officers", organizations: ["immigration and customs enforcement"], from: "2025-03-01",
                        to: "2025-03-30")))
            #expect(narrow.total == 1)
            #expect(narrow.hits.first?.search.snippet.contains("[officers]") == true)
            let outside = try await store.searchPage(
                SearchRequest(filter: ArticleFilter(query: "betrayed", from: "2025-03-31")))
            #expect(outside.total == 0)
            #expect(
                try await store.searchPage(SearchRequest(filter: ArticleFilter(outlet: "southwest daily"))).total == 1)

            // Paging skips, and counts stay whole
            let second = try await store.searchPage(SearchRequest(filter: ArticleFilter(), offset: 2, limit: 2))
            #expect(second.total == 3)
            #expect(second.hits.map(\.search.id) == [Fixture.plain(1).id])

            // The timeline counts dated articles per day
            #expect(
                try await store.timeline(ArticleFilter(places: ["Albuquerque"]))
                    == [DayCount(day: "2025-03-30", articles: 1), DayCount(day: "2025-04-02", articles: 1)])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func quotesFiguresAndEntitiesAreFound(kind: StoreKind) async throws {
        try StoreConformanceTests.require(kind)
        try await withFreshStore(kind) { store in
            _ = try await store.index([Fixture.sanctuary, Fixture.budget])

            let oldest = try await store.quotes(QuoteQuery(speaker: "Medina", oldestFirst: true, limit: 10))
            #expect(oldest.map(\.text) == ["My officers felt betrayed,", "We will do more with less,"])
            let words = try await store.quotes(QuoteQuery(words: "LESS more", limit: 10))
            #expect(words.map(\.articleID) == [Fixture.budget.id])

            let billions = try await store.figures(FigureQuery(unit: "usd", minimum: 1e9, limit: 10))
            #expect(billions.map(\.figure.text) == ["$30 billion"])
            #expect(billions.first?.sentence?.hasPrefix("The city council will vote on the $30 billion") == true)
            #expect(try await store.figures(FigureQuery(words: "ICE agents", limit: 10)).count == 1)
            #expect(try await store.figures(FigureQuery(maximum: 10, limit: 10)).map(\.figure.unit) == ["percent"])

            let chief = try #require(try await store.entity(.person, named: "harold MEDINA"))
            #expect(chief.articles == 2)
            #expect(chief.mentions == 4)
            #expect(chief.roles == ["Albuquerque Chief of Police"])
            #expect(chief.aliases.contains("Chief Medina"))
            #expect(
                try await store.entity(.organization, named: "Immigration and Customs Enforcement")?.aliases == ["ICE"])
            #expect(try await store.entity(.place, named: "Nowhere") == nil)
            #expect(try await store.indexedAt(articleID: Fixture.budget.id) != nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aBadQueryIsASentence(kind: StoreKind) async throws {
        try StoreConformanceTests.require(kind)
        try await withFreshStore(kind) { store in
            _ = try await store.index([Fixture.sanctuary])
            await #expect(throws: StoreError.self) {
                _ = try await store.searchPage(SearchRequest(filter: ArticleFilter(query: "   ")))
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func dateOrderPutsUndatedArticlesLastAndPagesAcrossThem(kind: StoreKind) async throws {
        try StoreConformanceTests.require(kind)
        try await withFreshStore(kind) { store in
            // Given two dated articles with quotes and figures and an undated one
            var undated = Fixture.budget
            undated.id = Fixture.id(3, prefix: "d0")
            undated.source.file = "002_undated.txt"
            undated.published = nil
            undated.title = "Undated police note"
            undated.body =
                "The police budget, again: \"We will do more with less,\" Medina said. Officials agreed."
            _ = try await store.index([Fixture.sanctuary, Fixture.budget, undated])
            let newest = [Fixture.budget.id, Fixture.sanctuary.id, undated.id]
            let oldest = [Fixture.sanctuary.id, Fixture.budget.id, undated.id]
            // The first article has two quotes.
            let newestQuotes = [Fixture.budget.id, Fixture.sanctuary.id, Fixture.sanctuary.id, undated.id]
            let oldestQuotes = [Fixture.sanctuary.id, Fixture.sanctuary.id, Fixture.budget.id, undated.id]

            // Then quotes come newest (or oldest) first, undated last, and pages of one add up to the whole
            for (oldestFirst, expected) in [(false, newestQuotes), (true, oldestQuotes)] {
                let all = try await store.quotes(QuoteQuery(oldestFirst: oldestFirst, limit: 10))
                #expect(all.map(\.articleID) == expected)
                var paged: [String] = []
                for offset in 0..<5 {
                    paged += try await store.quotes(QuoteQuery(oldestFirst: oldestFirst, offset: offset, limit: 1))
                        .map(\.articleID)
                }
                #expect(paged == expected)
            }
            #expect(
                try await store.quotes(QuoteQuery(speaker: "Medina", offset: 2, limit: 5)).map(\.articleID)
                    == [undated.id])
            #expect(
                try await store.figures(FigureQuery(unit: "percent", limit: 5)).map(\.articleID) == [
                    Fixture.budget.id, undated.id,
                ])

            // And a search in date order does the same
            for (order, expected) in [(SearchRequest.Order.newest, newest), (.oldest, oldest)] {
                let page = try await store.searchPage(
                    SearchRequest(filter: ArticleFilter(query: "police"), order: order, limit: 10))
                #expect(page.hits.map(\.search.id) == expected)
                #expect(page.total == 3)
                let second = try await store.searchPage(
                    SearchRequest(filter: ArticleFilter(query: "police"), order: order, offset: 2, limit: 1))
                #expect(second.hits.map(\.search.id) == [undated.id])
            }
        }
    }
}
