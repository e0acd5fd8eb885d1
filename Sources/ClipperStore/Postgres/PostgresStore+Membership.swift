import PostgresNIO

extension PostgresStore {
    func indexedFileNames(among names: [String]) async throws -> Set<String> {
        try await members(of: names) { "SELECT DISTINCT file FROM article_source WHERE file = ANY(\($0))" }
    }

    func indexedIDs(among ids: [String]) async throws -> Set<String> {
        try await members(of: ids) { "SELECT id FROM article WHERE id = ANY(\($0))" }
    }

    /// The values of `candidates` that `query`, given them as one array parameter, returns.
    private func members(
        of candidates: [String], _ query: @escaping @Sendable ([String]) -> PostgresQuery
    ) async throws -> Set<String> {
        guard !candidates.isEmpty else { return [] }
        let logger = logger
        return try await withConnection { connection in
            var found = Set<String>()
            for try await value in try await connection.query(query(candidates), logger: logger).decode(String.self) {
                found.insert(value)
            }
            return found
        }
    }
}
