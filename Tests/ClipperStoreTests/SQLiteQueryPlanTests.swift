import ClipperModel
import ClipperTestSupport
import Foundation
import GRDB
import Testing

@testable import ClipperStore

/// The plans SQLite makes for the browse queries (search, entity pages, quotes, figures): read by
/// an index or the FTS5 table, never a full scan of a table that grows with the archive, and no
/// subquery run once per row. Without `ANALYZE` statistics (Clipper runs none) the plans do not
/// depend on how many rows there are, so a small store shows what a large one will do.
/// docs/Performance.md lists them.
@Suite(.timeLimit(.minutes(1)))
struct SQLiteQueryPlanTests {
    /// Tables whose size grows with the archive.
    static let bigTables = ["article", "articleSource", "person", "organization", "place", "quote", "figure"]

    static let withQuery = ArticleFilter(query: "police budget")
    static let withEverything = ArticleFilter(
        query: "police", people: ["Harold Medina"], organizations: ["Boise City Council"], places: ["Boise"],
        outlet: "Synthetic News", from: "2025-01-01", to: "2025-06-30")
    static let personOnly = ArticleFilter(people: ["Harold Medina"])

    @Test func searchRanksInsideTheFullTextIndex() async throws {
        try await withPlans { plan in
            for filter in [Self.withQuery, Self.withEverything] {
                let sql = try SQLiteStore.ranked(SQLiteFilter(filter))
                let lines = try plan(sql, Self.arguments(filter, then: [20, 0]))
                #expect(lines.contains { $0.hasPrefix("SCAN articleSearch VIRTUAL TABLE") }, "\(lines)")
                Self.expectNoFullScan(lines, of: sql)
            }
            // A hit's row and snippet: the article by its key, the match sought to that one rowid
            let row = try plan(SQLiteStore.pageRow, ["police", 1])
            #expect(row.contains("SEARCH a USING INTEGER PRIMARY KEY (rowid=?)"), "\(row)")
            #expect(row.contains { $0.hasPrefix("SCAN articleSearch VIRTUAL TABLE INDEX 0:=M") }, "\(row)")
        }
    }

    @Test func datePagesWalkThePublishedIndex() async throws {
        try await withPlans { plan in
            for filter in [ArticleFilter(), Self.withQuery, Self.personOnly, Self.withEverything] {
                let sql = try SQLiteStore.byDate(SQLiteFilter(filter), oldest: false)
                let lines = try plan(sql, Self.arguments(filter, then: [20, 0]))
                // Newest first stops at the page: no sort of every match
                #expect(lines.contains("SCAN article USING COVERING INDEX article_published"), "\(lines)")
                #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(lines)")
                Self.expectNoFullScan(lines, of: sql)
            }
        }
    }

    @Test func countsFacetsAndTimelineReadIndexes() async throws {
        try await withPlans { plan in
            for filter in [ArticleFilter(), Self.withQuery, Self.personOnly, Self.withEverything] {
                let sqlite = try SQLiteFilter(filter)
                var statements = try [
                    (SQLiteStore.timelineQuery(sqlite), Self.arguments(filter, then: [])),
                    (SQLiteStore.facetQuery(.person, sqlite), Self.arguments(filter, then: [8])),
                    (SQLiteStore.facetQuery(.place, sqlite), Self.arguments(filter, then: [8])),
                ]
                if filter != ArticleFilter() {
                    // Every article counted is SQLite's own fast count of an index; other counts read sets
                    statements.append((SQLiteStore.countQuery(sqlite), try Self.arguments(filter, then: [])))
                }
                for (sql, arguments) in statements {
                    Self.expectNoFullScan(try plan(sql, arguments), of: sql)
                }
            }
        }
    }

    @Test func quotesAndFiguresWalkByDate() async throws {
        try await withPlans { plan in
            let quotes = [
                QuoteQuery(limit: 100), QuoteQuery(speaker: "Medina", limit: 100),
                QuoteQuery(speaker: "Harold Medina", words: "plan", oldestFirst: true, limit: 100),
            ]
            for query in quotes {
                let (conditions, arguments) = SQLiteStore.quoteConditions(query)
                for dated in [true, false] {
                    let sql = SQLiteStore.quotesQuery(conditions).sql(dated: dated, oldestFirst: query.oldestFirst)
                    let lines = try plan(sql + " LIMIT ? OFFSET ?", arguments + [100, 0])
                    #expect(lines.contains { $0.hasPrefix("SEARCH a USING INDEX article_published") }, "\(lines)")
                    #expect(lines.contains("SEARCH q USING PRIMARY KEY (articleNumber=?)"), "\(lines)")
                    #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(lines)")
                    Self.expectNoFullScan(lines, of: sql, allowingCorrelated: query.speaker != nil)
                }
            }
            let figures = SQLiteStore.figuresQuery("f.unit = ? COLLATE NOCASE").sql(dated: true, oldestFirst: false)
            let lines = try plan(figures + " LIMIT ? OFFSET ?", ["USD", 20, 0])
            #expect(lines.contains("SEARCH f USING PRIMARY KEY (articleNumber=?)"), "\(lines)")
            Self.expectNoFullScan(lines, of: figures)
        }
    }

    @Test func anEntityIsLookedUpByName() async throws {
        try await withPlans { plan in
            for kind in [EntityKind.person, .organization, .place] {
                let sql = SQLiteStore.entityQuery(kind)
                let lines = try plan(sql, ["Harold Medina"])
                #expect(lines.contains { $0.hasPrefix("SEARCH \(kind.tableName) USING INDEX \(kind.tableName)_name") })
                Self.expectNoFullScan(lines, of: sql)
            }
        }
    }

    /// No `SCAN` of a big table's rows (a walk of an index that holds every column the query
    /// needs reads no row: the date walk, a count, the first articles for facets), and no
    /// correlated subquery unless allowed.
    static func expectNoFullScan(_ lines: [String], of sql: String, allowingCorrelated: Bool = false) {
        for line in lines {
            for table in bigTables where line == "SCAN \(table)" || line.hasPrefix("SCAN \(table) ") {
                #expect(
                    line.hasPrefix("SCAN article USING COVERING INDEX article_"),
                    "a full scan of \(table): \(line)\n\(sql)")
            }
            for alias in ["a", "e", "q", "f", "p"] where line == "SCAN \(alias)" {
                Issue.record("a full scan of \(alias): \(line)\n\(sql)")
            }
            if !allowingCorrelated {
                #expect(!line.contains("CORRELATED"), "a subquery per row: \(line)\n\(sql)")
            }
        }
    }

    /// The query's values in the order the SQL binds them, then `more`.
    static func arguments(_ filter: ArticleFilter, then more: StatementArguments) throws -> StatementArguments {
        var all = try SQLiteFilter(filter).allArguments
        all += more
        return all
    }

    /// Runs `body` with a function that returns the `EXPLAIN QUERY PLAN` lines of a statement,
    /// over a store holding 300 synthetic articles.
    func withPlans(_ body: (_ plan: (String, StatementArguments) throws -> [String]) throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/clipper.sqlite"
            try await withArticleStore(.sqlite(path: path), options: StoreOptions(nodeName: "test"), logger: testLogger)
            { store in
                let corpus = SyntheticCorpus(wordsPerArticle: 40)
                _ = try await store.index((0..<300).map(corpus.article))
            }
            let database = try DatabaseQueue(path: path)
            defer { try? database.close() }
            try body { sql, arguments in
                try database.read { db in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map {
                        $0["detail"] as String
                    }
                }
            }
        }
    }
}
