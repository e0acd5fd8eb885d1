import ClipperModel
import ClipperStore
import Testing

/// One suite, run against every store: SQLite on a temporary file, PostgreSQL on a fresh database
/// when `CLIPPER_TEST_POSTGRES_URL` is set (otherwise its cases are cancelled with that reason,
/// and `postgresIsConfigured` shows as skipped, so a missing server never passes silently).
@Suite(.timeLimit(.minutes(1)))
struct StoreConformanceTests {
    /// Skips the PostgreSQL case, visibly, when no test server is configured.
    static func require(_ kind: StoreKind) throws {
        if !kind.isAvailable {
            try Test.cancel(
                "CLIPPER_TEST_POSTGRES_URL is not set; run eval \"$(scripts/postgres-test-server.sh start)\"")
        }
    }

    // Reported as skipped when the PostgreSQL half of this suite cannot run.
    @Test(
        .enabled(
            if: StoreKind.postgres.isAvailable,
            "CLIPPER_TEST_POSTGRES_URL is not set: the PostgreSQL store is not tested"))
    func postgresIsConfigured() throws {
        #expect(TestPostgres.adminURL?.hasPrefix("postgres") == true)
    }

    @Test(arguments: StoreKind.allCases)
    func indexedArticlesReadBackAsIndexed(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            // Given two articles, when they are indexed
            let outcomes = try await store.index([Fixture.sanctuary, Fixture.budget])
            #expect(outcomes == [.indexed, .indexed])

            // Then each reads back equal, by id, by id prefix and by file name
            #expect(try await store.article(matching: Fixture.sanctuary.id) == Fixture.sanctuary)
            #expect(try await store.article(matching: String(Fixture.budget.id.prefix(8))) == Fixture.budget)
            #expect(
                try await store.article(matching: String(Fixture.budget.id.prefix(8)).uppercased()) == Fixture.budget)
            #expect(try await store.article(matching: "000_sanctuary.html") == Fixture.sanctuary)
            #expect(try await store.article(matching: "missing.txt") == nil)
            #expect(try await store.article(matching: Fixture.id(99)) == nil)

            // And export hands them over oldest first, equal to what was indexed
            var exported: [ArticleRecord] = []
            try await store.forEachArticle { exported.append($0) }
            #expect(exported == [Fixture.sanctuary, Fixture.budget])

            let statistics = try await store.statistics()
            #expect(statistics.articles == 2)
            #expect(statistics.duplicates == 0)
            #expect((statistics.sizeBytes ?? 0) > 0)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func searchRanksAndMarksMatches(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            _ = try await store.index([Fixture.sanctuary, Fixture.budget, Fixture.plain(1)])

            let hits = try await store.search("sanctuary", limit: 10)
            #expect(hits.map(\.id) == [Fixture.sanctuary.id])
            let hit = try #require(hits.first)
            #expect(hit.file == "000_sanctuary.html")
            #expect(hit.title == Fixture.sanctuary.title)
            #expect(hit.published == "2025-03-30")
            #expect(hit.snippet.lowercased().contains("[sanctuary]"))
            #expect(hit.score > 0)

            // Stemming: "budgets" finds "budget"; a phrase; words in both; a word in none
            #expect(try await store.search("budgets", limit: 10).map(\.id) == [Fixture.budget.id])
            #expect(
                try await store.search("\"city council\"", limit: 10).map(\.id).sorted()
                    == [Fixture.sanctuary.id, Fixture.budget.id].sorted())
            #expect(try await store.search("police", limit: 1).count == 1)
            #expect(try await store.search("zeppelin", limit: 10).isEmpty)
            #expect(try await store.search("police", limit: 0).isEmpty)

            // A title match outranks a body-only match
            let police = try await store.search("police", limit: 10)
            #expect(Set(police.map(\.id)) == [Fixture.sanctuary.id, Fixture.budget.id])
            #expect(police.map(\.score) == police.map(\.score).sorted(by: >))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func quotesMatchSpeakersByNameOrMention(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            _ = try await store.index([Fixture.sanctuary, Fixture.budget, Fixture.plain(1)])

            // Newest article first
            let all = try await store.quotes(speaker: nil, limit: 10)
            #expect(
                all.map(\.text) == ["We will do more with less,", "My officers felt betrayed,", "We are reviewing it,"])
            #expect(all.first?.articleID == Fixture.budget.id)
            #expect(all.first?.cue == "told")

            // A surname finds the full name; the full name finds a quote attributed by surname,
            // because that article mentions the person as "Medina"
            #expect(try await store.quotes(speaker: "Medina", limit: 10).count == 2)
            #expect(try await store.quotes(speaker: "harold medina", limit: 10).count == 1)
            #expect(
                try await store.quotes(speaker: "Chief Medina", limit: 10).map(\.articleID) == [Fixture.sanctuary.id])
            // Whole words only, and LIKE wildcards are literal
            #expect(try await store.quotes(speaker: "Med", limit: 10).isEmpty)
            #expect(try await store.quotes(speaker: "%", limit: 10).isEmpty)
            #expect(try await store.quotes(speaker: "Medina", limit: 1).count == 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func entitiesMergeAcrossArticlesByName(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            _ = try await store.index([Fixture.sanctuary, Fixture.budget])

            let people = try await store.entities(kind: .person, limit: 10)
            #expect(
                people == [
                    EntitySummary(
                        kind: .person, name: "Harold Medina", aliases: ["Chief Medina", "Medina"], mentions: 4,
                        articles: 2)
                ])
            let all = try await store.entities(kind: nil, limit: 10)
            #expect(all.first?.articles == 2)
            #expect(Set(all.map(\.kind)) == Set(EntityKind.allCases))
            let organization = try #require(all.first { $0.kind == .organization })
            #expect(organization.aliases == ["ICE"])
            #expect(
                all.first { $0.kind == .place }
                    == EntitySummary(kind: .place, name: "Albuquerque", aliases: [], mentions: 3, articles: 2))
            #expect(try await store.entities(kind: nil, limit: 2).count == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func indexingIsIdempotentOnTheID(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            let article = Fixture.plain(1)
            #expect(try await store.index([article]) == [.indexed])
            // The same bytes from the same file again (a replay after a crash)
            #expect(try await store.index([article]) == [.alreadyIndexed])
            // The same bytes under another name
            #expect(
                try await store.index([Fixture.copy(of: article, file: "again.txt")]) == [.duplicate(of: article.id)])
            #expect(try await store.index([Fixture.copy(of: article, file: "again.txt")]) == [.alreadyIndexed])
            // Repeats inside one batch
            let second = Fixture.plain(2)
            let outcomes = try await store.index([
                second, second, Fixture.copy(of: second, file: "b.txt"), Fixture.copy(of: second, file: "b.txt"),
            ])
            #expect(outcomes == [.indexed, .alreadyIndexed, .duplicate(of: second.id), .alreadyIndexed])

            let statistics = try await store.statistics()
            #expect(statistics.articles == 2)
            #expect(statistics.duplicates == 2)
            // Every name seen finds the article
            #expect(try await store.article(matching: "again.txt")?.id == article.id)
            #expect(try await store.article(matching: "b.txt")?.id == second.id)
            #expect(try await store.search("drought", limit: 10).count == 2)
            #expect(try await store.index([]) == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func repeatedBodiesPointToTheFirstArticle(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            // Given an article, and later other bytes whose body differs only in case, spacing and punctuation
            let first = Fixture.plain(1, body: "Water levels fell. The river is low!")
            let resaved = Fixture.plain(2, body: "water levels  fell\n\nthe river is low")
            let other = Fixture.plain(3, body: "Water levels rose. The river is high!")
            // (one in a later batch, one in the same batch as its original)
            _ = try await store.index([first])
            let sameBatchOriginal = Fixture.plain(4, body: "Budget hearing set for May.")
            let sameBatchCopy = Fixture.plain(5, body: "budget hearing set for may")
            #expect(
                try await store.index([resaved, other, sameBatchOriginal, sameBatchCopy]) == [
                    .indexed, .indexed, .indexed, .indexed,
                ])

            #expect(try await store.article(matching: first.id)?.duplicateOf == nil)
            #expect(try await store.article(matching: resaved.id)?.duplicateOf == first.id)
            #expect(try await store.article(matching: other.id)?.duplicateOf == nil)
            #expect(try await store.article(matching: sameBatchCopy.id)?.duplicateOf == sameBatchOriginal.id)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func idPrefixesMustBeUnique(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            let one = Fixture.plain(1, prefix: "abcdef01")
            let two = Fixture.plain(2, prefix: "abcdef02")
            _ = try await store.index([one, two])
            await #expect(throws: StoreError.ambiguous("abcdef0")) { try await store.article(matching: "abcdef0") }
            #expect(try await store.article(matching: "abcdef01")?.id == one.id)
            #expect(try await store.article(matching: "ABCDEF02")?.id == two.id)
            // Shorter than 6 digits is not a prefix, only a (missing) file name
            #expect(try await store.article(matching: "abcde") == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func malformedQueriesAreBadQueriesOrResultsNeverCrashes(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            _ = try await store.index([Fixture.sanctuary, Fixture.budget])
            let queries = [
                "\"unbalanced", "AND", "*", "police AND", "OR OR", "NOT", "(police", "police)", "title:",
                "nosuchfield:police",
                "-", "---police", "police -budget", "\"", "'", "^", "NEAR(police", "💥", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃", "\u{202E}police",
                "police\u{0301}", "\u{FEFF}", "a:b:c", "{police}", "+police", "police~", "police:*",
                String(repeating: "police ", count: 140),
            ]
            for query in queries {
                do {
                    _ = try await store.search(query, limit: 5)
                } catch let error as StoreError {
                    guard case .badQuery(let why) = error else {
                        Issue.record("\(query) raised \(error), not a bad query")
                        continue
                    }
                    #expect(!why.isEmpty)
                }
            }
            for query in ["", "   ", "\n", String(repeating: "x", count: 1_001)] {
                await #expect(throws: StoreError.self) { try await store.search(query, limit: 5) }
            }
            // The store still answers afterwards
            #expect(try await store.search("police", limit: 5).count == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aBatchCommitsWholeOrNotAtAll(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { (store: any ArticleStore) async throws in
            // Given a batch whose last article cannot be stored (a figure that is not a number)
            var broken = Fixture.plain(2)
            broken.figures = [Figure(text: "NaN", value: .nan, unit: "USD")]
            await #expect(throws: (any Error).self) { try await store.index([Fixture.plain(1), broken]) }

            // Then nothing of it is visible
            #expect(try await store.statistics().articles == 0)
            #expect(try await store.article(matching: Fixture.plain(1).id) == nil)
            #expect(try await store.search("drought", limit: 5).isEmpty)
            // And the store takes the next batch
            #expect(try await store.index([Fixture.plain(1)]) == [.indexed])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func nodesReportOneRowEach(kind: StoreKind) async throws {
        try Self.require(kind)
        try await withFreshStore(kind) { store in
            #expect(try await store.nodes().isEmpty)
            var one = NodeStatus(
                name: "news1", version: "1.0", startedAt: 100, heartbeatAt: 110, processed: 5, failed: 1, duplicates: 0,
                rate: 0.5)
            let two = NodeStatus(
                name: "news2", version: "1.0", startedAt: 100, heartbeatAt: 105, processed: 0, failed: 0, duplicates: 0,
                rate: 0)
            try await store.heartbeat(one)
            try await store.heartbeat(two)
            one.heartbeatAt = 120
            one.processed = 9
            try await store.heartbeat(one)
            #expect(try await store.nodes() == [one, two])

            // A clean stop is recorded, and a restart clears it
            one.stoppedAt = 125
            try await store.heartbeat(one)
            #expect(try await store.nodes().first?.stoppedAt == 125)
            one.stoppedAt = nil
            try await store.heartbeat(one)
            #expect(try await store.nodes() == [one, two])
        }
    }

    /// The same articles and queries give the same results on both stores (ranking aside).
    @Test(.enabled(if: StoreKind.postgres.isAvailable, "CLIPPER_TEST_POSTGRES_URL is not set"))
    func storesAgreeInContent() async throws {
        let articles = [Fixture.sanctuary, Fixture.budget] + (1...5).map { Fixture.plain($0) }
        func answers(_ kind: StoreKind) async throws -> [String] {
            try await withFreshStore(kind) { store in
                _ = try await store.index(articles)
                var answers: [String] = []
                for query in ["police", "\"city council\"", "drought relief", "officers", "budget", "river"] {
                    answers.append("\(query): \(try await store.search(query, limit: 20).map(\.id).sorted())")
                }
                answers.append("quotes: \(try await store.quotes(speaker: nil, limit: 20))")
                answers.append("medina: \(try await store.quotes(speaker: "medina", limit: 20))")
                answers.append("entities: \(try await store.entities(kind: nil, limit: 20))")
                var exported: [ArticleRecord] = []
                try await store.forEachArticle { exported.append($0) }
                answers.append("export: \(exported == articles)")
                return answers
            }
        }
        let sqlite = try await answers(.sqlite)
        let postgres = try await answers(.postgres)
        #expect(sqlite == postgres)
    }
}
