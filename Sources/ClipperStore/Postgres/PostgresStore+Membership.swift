import PostgresNIO

extension PostgresStore {
    func indexedFileNames(among names: [String]) async throws -> Set<String> {
        guard !names.isEmpty else { return [] }
        let logger = logger
        return try await withConnection { connection in
            var found = Set<String>()
            for try await file in try await connection.query(
                "SELECT DISTINCT file FROM article_source WHERE file = ANY(\(names))", logger: logger
            ).decode(String.self) {
                found.insert(file)
            }
            return found
        }
    }

    func indexedIDs(among ids: [String]) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        let logger = logger
        return try await withConnection { connection in
            var found = Set<String>()
            for try await id in try await connection.query(
                "SELECT id FROM article WHERE id = ANY(\(ids))", logger: logger
            ).decode(String.self) {
                found.insert(id)
            }
            return found
        }
    }
}
