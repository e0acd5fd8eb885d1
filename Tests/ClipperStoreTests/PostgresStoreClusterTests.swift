import ClipperModel
import ClipperStore
import ClipperTestSupport
import Testing

/// Many nodes on one PostgreSQL database, and the server going away under them.
@Suite(
    .enabled(if: StoreKind.postgres.isAvailable, "CLIPPER_TEST_POSTGRES_URL is not set: PostgreSQL is not tested"),
    .timeLimit(.minutes(1)))
struct PostgresStoreClusterTests {
    @Test func twoNodesStartingAndIndexingTogetherStoreEachArticleOnce() async throws {
        try await TestPostgres.withFreshDatabase { location in
            let corpus = SyntheticCorpus(seed: 3, wordsPerArticle: 60)
            // Node a indexes 0..<200 in order; node b indexes 100..<300 backwards; both start at once
            // on an empty database, so they also race to migrate it.
            let plans: [(node: String, batches: [Range<Int>])] = [
                ("node-a", stride(from: 0, to: 200, by: 25).map { $0..<$0 + 25 }),
                ("node-b", stride(from: 275, through: 100, by: -25).map { $0..<$0 + 25 }),
            ]
            let results = try await withThrowingTaskGroup(of: [(String, IndexOutcome)].self) { group in
                for plan in plans {
                    group.addTask {
                        try await withArticleStore(
                            location, options: StoreOptions(poolSize: 2, nodeName: plan.node), logger: testLogger
                        ) { store in
                            var outcomes: [(String, IndexOutcome)] = []
                            for batch in plan.batches {
                                let records = batch.map(corpus.article)
                                outcomes += zip(records.map(\.id), try await store.index(records)).map { ($0, $1) }
                            }
                            return outcomes
                        }
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }

            // Then every distinct article was indexed exactly once, and each overlap counted once as a duplicate
            var indexed: [String: Int] = [:]
            var duplicates = 0
            for (id, outcome) in results {
                switch outcome {
                case .indexed: indexed[id, default: 0] += 1
                case .duplicate(let of): duplicates += 1; #expect(of == id)
                case .alreadyIndexed: Issue.record("\(id) was already indexed")
                }
            }
            #expect(indexed.count == 300)
            #expect(indexed.values.allSatisfy { $0 == 1 })
            #expect(duplicates == 100)
            try await withArticleStore(location, options: StoreOptions(nodeName: "reader"), logger: testLogger) {
                (store: any ArticleStore) async throws in
                #expect(try await store.statistics().articles == 300)
                #expect(try await store.statistics().duplicates == 100)
            }
        }
    }

    @Test func anUnreachableServerIsUnavailableAtOnce() async throws {
        let location = try StoreLocation(parsing: "postgres://postgres@127.0.0.1:1/clipper?sslmode=disable")
        await #expect(throws: StoreError.unavailable("cannot reach PostgreSQL at 127.0.0.1:1: connection refused")) {
            try await withArticleStore(location, options: StoreOptions(nodeName: "test"), logger: testLogger) { _ in }
        }
    }

    /// A mistake in the store URL that only the server can reveal, and what the error must say.
    enum URLMistake: CaseIterable, Sendable {
        /// A database that does not exist.
        case missingDatabase
        /// `sslmode=require` against the test server, which has no certificate.
        case tlsFromAServerWithout

        func apply(to address: inout StoreLocation.PostgresAddress) {
            switch self {
            case .missingDatabase: address.database = "no_such_database_here"
            case .tlsFromAServerWithout: address.tls = .require
            }
        }

        var explanation: String {
            switch self {
            case .missingDatabase: "no_such_database_here does not exist"
            case .tlsFromAServerWithout: "does not offer TLS"
            }
        }
    }

    @Test(arguments: URLMistake.allCases)
    func aURLTheServerRejectsIsMisconfigured(_ mistake: URLMistake) async throws {
        guard case .postgres(var address) = try StoreLocation(parsing: try #require(TestPostgres.adminURL)) else {
            return
        }
        mistake.apply(to: &address)
        await #expect {
            try await withArticleStore(.postgres(address), options: StoreOptions(nodeName: "test"), logger: testLogger)
            { _ in }
        } throws: { error in
            guard case .misconfigured(let why) = error as? StoreError else { return false }
            return why.contains(mistake.explanation)
        }
    }

    @Test func aServerStoppedMidwayIsUnavailableAndWorksAgainAfterRestart() async throws {
        try await TestPostgres.withPrivateServer { url, directory in
            let options = StoreOptions(poolSize: 2, nodeName: "test", connectTimeout: .seconds(2))
            try await withArticleStore(try StoreLocation(parsing: url), options: options, logger: testLogger) { store in
                #expect(try await store.index([Fixture.plain(1)]) == [.indexed])

                // Given the server stops while the store is open
                try TestPostgres.control("suspend", directory)
                // When the store writes, then it is unavailable and names the server
                await #expect {
                    try await store.index([Fixture.plain(2)])
                } throws: { error in
                    guard case .unavailable(let why) = error as? StoreError else { return false }
                    return why.contains("PostgreSQL at 127.0.0.1:")
                }

                // And after a restart the same store writes again (the pool reconnects on its own,
                // so each retry waits at most the connect timeout)
                try TestPostgres.control("resume", directory)
                var outcome: [IndexOutcome]?
                for _ in 0..<10 where outcome == nil {
                    outcome = try? await store.index([Fixture.plain(2)])
                }
                #expect(outcome == [.indexed])
                #expect(try await store.article(matching: Fixture.plain(1).id) == Fixture.plain(1))
            }
        }
    }
}
