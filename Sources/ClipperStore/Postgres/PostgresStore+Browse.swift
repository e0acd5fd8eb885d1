import ClipperModel
import Logging
import PostgresNIO

extension PostgresStore {
    func searchPage(_ request: SearchRequest) async throws -> SearchPage {
        var sql = PostgresSQL()
        let filter = try PostgresFilter(request.filter, binding: &sql)
        let hitsQuery = Self.hitsQuery(filter, request: request, sql: sql)
        let countQuery = sql.query("SELECT count(*)::bigint FROM article a WHERE \(filter.conditions)")
        let facetQueries = [EntityKind.person, .organization, .place].map { kind in
            var facetSQL = sql
            let limit = facetSQL.bind(request.facetLimit)
            return (
                kind,
                facetSQL.query(
                    """
                    SELECT min(e.name COLLATE "C"), count(DISTINCT e.article_id)::bigint AS articles
                    FROM \(kind.tableName) e
                    WHERE e.article_id IN (
                        SELECT a.id FROM article a WHERE \(filter.conditions) LIMIT \(SearchRequest.facetScope))
                    GROUP BY lower(e.name) ORDER BY articles DESC, lower(min(e.name COLLATE "C")) LIMIT \(limit)
                    """)
            )
        }
        let logger = logger
        return try await withConnection { connection in
            var hits: [ArticleHit] = []
            if request.limit > 0 {
                let rows = try await connection.query(hitsQuery, logger: logger)
                for try await (id, file, title, published, outlet, snippet, bodyLength, score) in rows.decode(
                    (String, String, String?, String?, String?, String, Int, Double).self)
                {
                    let text =
                        filter.tsquery == nil
                        ? BrowseText.lead(of: snippet) : Self.snippet(snippet, bodyLength: bodyLength)
                    hits.append(
                        ArticleHit(
                            search: SearchHit(
                                id: id, file: file, title: title, published: published, snippet: text, score: score),
                            outlet: outlet, people: []))
                }
                let people = try await Self.people(of: hits.map(\.search.id), on: connection, logger: logger)
                for index in hits.indices { hits[index].people = people[hits[index].search.id] ?? [] }
            }
            var total: Int?
            if request.countTotal {
                for try await count in try await connection.query(countQuery, logger: logger).decode(Int.self) {
                    total = count
                }
            }
            var facets: [FacetCount] = []
            if request.facetLimit > 0 {
                for (kind, query) in facetQueries {
                    for try await (name, articles) in try await connection.query(query, logger: logger).decode(
                        (String, Int).self)
                    {
                        facets.append(FacetCount(kind: kind, name: name, articles: articles))
                    }
                }
            }
            return SearchPage(hits: hits, total: total, facets: facets)
        }
    }

    func timeline(_ filter: ArticleFilter) async throws -> [DayCount] {
        var sql = PostgresSQL()
        let filter = try PostgresFilter(filter, binding: &sql)
        let query = sql.query(
            """
            SELECT substr(a.published, 1, 10) AS day, count(*)::bigint FROM article a
            WHERE \(filter.conditions) AND a.published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
            GROUP BY day ORDER BY day
            """)
        let logger = logger
        return try await withConnection { connection in
            var days: [DayCount] = []
            for try await (day, count) in try await connection.query(query, logger: logger).decode((String, Int).self) {
                days.append(DayCount(day: day, articles: count))
            }
            return days
        }
    }

    func quotes(_ query: QuoteQuery) async throws -> [QuoteHit] {
        guard query.limit > 0 else { return [] }
        var sql = PostgresSQL()
        var conditions: [String] = []
        if let speaker = query.speaker?.trimmingWhitespace, !speaker.isEmpty {
            // The speaker's name holds the words, or the article's person of that name was
            // also mentioned as exactly these words ("Medina" for "Harold Medina").
            conditions.append(
                """
                q.speaker IS NOT NULL AND (
                    ' ' || lower(q.speaker) || ' ' LIKE '% ' || lower(\(sql.bind(speaker.escapingLikeWildcards))) || ' %'
                    OR EXISTS (
                        SELECT 1 FROM person p, jsonb_array_elements_text(p.mentions) m
                        WHERE p.article_id = q.article_id AND lower(p.name) = lower(q.speaker)
                          AND lower(m) = lower(\(sql.bind(speaker)))))
                """)
        }
        for word in BrowseText.words(query.words) {
            conditions.append("q.text ILIKE '%' || \(sql.bind(word.escapingLikeWildcards)) || '%'")
        }
        let direction = query.oldestFirst ? "ASC" : "DESC"
        let limit = sql.bind(query.limit)
        let offset = sql.bind(max(0, query.offset))
        let statement = sql.query(
            """
            SELECT q.article_id, a.title, a.published, q.speaker, q.text, q.cue
            FROM quote q JOIN article a ON a.id = q.article_id
            WHERE \(conditions.isEmpty ? "true" : conditions.joined(separator: " AND "))
            ORDER BY a.published \(direction) NULLS LAST, a.number \(direction), q.position
            LIMIT \(limit) OFFSET \(offset)
            """)
        let logger = logger
        return try await withConnection { connection in
            var hits: [QuoteHit] = []
            for try await (id, title, published, speaker, text, cue) in try await connection.query(
                statement, logger: logger
            ).decode((String, String?, String?, String?, String, String?).self) {
                hits.append(
                    QuoteHit(articleID: id, title: title, published: published, speaker: speaker, text: text, cue: cue))
            }
            return hits
        }
    }

    func figures(_ query: FigureQuery) async throws -> [FigureHit] {
        guard query.limit > 0 else { return [] }
        var sql = PostgresSQL()
        var conditions: [String] = []
        for word in BrowseText.words(query.words) {
            conditions.append(
                "(f.text || ' ' || f.unit || ' ' || coalesce(f.subject, '')) ILIKE '%' || \(sql.bind(word.escapingLikeWildcards)) || '%'"
            )
        }
        if let unit = query.unit?.trimmingWhitespace, !unit.isEmpty {
            conditions.append("lower(f.unit) = lower(\(sql.bind(unit)))")
        }
        if let minimum = query.minimum { conditions.append("f.value >= \(sql.bind(minimum))") }
        if let maximum = query.maximum { conditions.append("f.value <= \(sql.bind(maximum))") }
        let limit = sql.bind(query.limit)
        let offset = sql.bind(max(0, query.offset))
        let statement = sql.query(
            """
            SELECT f.article_id, a.title, a.published, f.text, f.value, f.unit, f.qualifier, f.subject, a.body
            FROM figure f JOIN article a ON a.id = f.article_id
            WHERE \(conditions.isEmpty ? "true" : conditions.joined(separator: " AND "))
            ORDER BY a.published DESC NULLS LAST, a.number DESC, f.position
            LIMIT \(limit) OFFSET \(offset)
            """)
        let logger = logger
        return try await withConnection { connection in
            var hits: [FigureHit] = []
            for try await (id, title, published, text, value, unit, qualifier, subject, body)
                in try await connection
                .query(statement, logger: logger).decode(
                    (String, String?, String?, String, Double, String, String?, String?, String).self)
            {
                let figure = Figure(text: text, value: value, unit: unit, qualifier: qualifier, of: subject)
                hits.append(
                    FigureHit(
                        articleID: id, title: title, published: published, figure: figure,
                        sentence: BrowseText.sentence(containing: text, in: body)))
            }
            return hits
        }
    }

    func indexedAt(articleID: String) async throws -> Double? {
        let logger = logger
        return try await withConnection { connection in
            for try await seconds in try await connection.query(
                "SELECT indexed_at FROM article WHERE id = \(articleID)", logger: logger
            ).decode(Double.self) {
                return seconds
            }
            return nil
        }
    }

    func entity(_ kind: EntityKind, named name: String) async throws -> EntityDetail? {
        let name = name.trimmingWhitespace
        guard !name.isEmpty else { return nil }
        let logger = logger
        return try await withConnection { connection in
            var found: (String, Int, Int)?
            for try await row in try await connection.query(
                """
                SELECT min(name COLLATE "C"), sum(count)::bigint, count(DISTINCT article_id)::bigint
                FROM \(unescaped: kind.tableName) WHERE lower(name) = lower(\(name)) HAVING count(*) > 0
                """, logger: logger
            ).decode((String, Int, Int).self) {
                found = row
            }
            guard let (stored, mentions, articles) = found else { return nil }
            var roles: [String] = []
            if kind == .person {
                for try await role in try await connection.query(
                    """
                    SELECT DISTINCT r FROM person p, jsonb_array_elements_text(p.roles) r
                    WHERE lower(p.name) = lower(\(name)) ORDER BY r
                    """, logger: logger
                ).decode(String.self) {
                    roles.append(role)
                }
            }
            let aliases = try await Self.aliases(of: name, kind: kind, on: connection, logger: logger)
            return EntityDetail(
                kind: kind, name: stored, aliases: EntityAliases.merged(name: stored, candidates: aliases),
                roles: roles, mentions: mentions, articles: articles)
        }
    }

    /// The page of hits: ranked by `ts_rank` with `ts_headline` snippets for a query, else by date
    /// with the body's start (and its length) for the lead.
    private static func hitsQuery(_ filter: PostgresFilter, request: SearchRequest, sql: PostgresSQL) -> PostgresQuery {
        var sql = sql
        let limit = sql.bind(request.limit)
        let offset = sql.bind(max(0, request.offset))
        let byDate = request.order != .relevance || filter.tsquery == nil
        let direction = request.order == .oldest ? "ASC" : "DESC"
        let dateOrder = "a.published \(direction) NULLS LAST, a.number \(direction)"
        guard let tsquery = filter.tsquery else {
            return sql.query(
                """
                SELECT a.id, a.file, a.title, a.published, a.outlet, substr(a.body, 1, 400), length(a.body), 0::float8
                FROM article a WHERE \(filter.conditions)
                ORDER BY \(dateOrder) LIMIT \(limit) OFFSET \(offset)
                """)
        }
        // The inner queries pick the page; only its articles get a headline. By relevance, the
        // SearchRequest.rankScope newest matches are ranked in the same pass that finds them (each
        // row's tsvector is read once; only number and score are sorted), and `ts_rank` (term
        // frequency, title words weighted A) rather than `ts_rank_cd` (cover density), which costs
        // twice as much a row: see docs/Performance.md.
        let best =
            byDate
            ? """
            SELECT a.number, ts_rank(a.search, \(tsquery))::float8 AS score
            FROM article a WHERE \(filter.conditions)
            ORDER BY \(dateOrder) LIMIT \(limit) OFFSET \(offset)
            """
            : """
            SELECT number, score FROM (
                SELECT a.number, ts_rank(a.search, \(tsquery))::float8 AS score
                FROM article a WHERE \(filter.conditions)
                ORDER BY a.number DESC LIMIT \(SearchRequest.rankScope)) newest
            ORDER BY score DESC, number LIMIT \(limit) OFFSET \(offset)
            """
        return sql.query(
            """
            WITH best AS (\(best))
            SELECT a.id, a.file, a.title, a.published, a.outlet,
                   ts_headline('english', a.body, \(tsquery),
                               'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1'),
                   length(a.body), best.score
            FROM best JOIN article a ON a.number = best.number
            ORDER BY \(byDate ? dateOrder : "best.score DESC, a.number")
            """)
    }

    /// The people each of `articleIDs` names, most mentioned first (five at most), in one query.
    private static func people(of articleIDs: [String], on connection: PostgresConnection, logger: Logger)
        async throws -> [String: [String]]
    {
        guard !articleIDs.isEmpty else { return [:] }
        var people: [String: [String]] = [:]
        let rows = try await connection.query(
            """
            SELECT article_id, name FROM (
                SELECT article_id, name, position, count,
                       row_number() OVER (PARTITION BY article_id ORDER BY count DESC, position) AS place
                FROM person WHERE article_id = ANY(\(articleIDs))) ranked
            WHERE place <= 5 ORDER BY article_id, place
            """, logger: logger)
        for try await (id, name) in rows.decode((String, String).self) { people[id, default: []].append(name) }
        return people
    }

    /// The headline with `…` where it cuts the body short, as SQLite's `snippet()` marks it.
    private static func snippet(_ headline: String, bodyLength: Int) -> String {
        let shown = headline.count - headline.filter { $0 == "[" || $0 == "]" }.count
        return shown < bodyLength ? "…" + headline + "…" : headline
    }
}
