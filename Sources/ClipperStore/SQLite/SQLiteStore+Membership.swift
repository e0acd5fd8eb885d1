import GRDB

extension SQLiteStore {
    /// How many values one membership query binds (well under SQLite's 32,766 variables).
    static let membershipChunk = 500

    func indexedFileNames(among names: [String]) async throws -> Set<String> {
        try await members(of: names, sql: "SELECT DISTINCT file FROM articleSource WHERE file IN")
    }

    func indexedIDs(among ids: [String]) async throws -> Set<String> {
        try await members(of: ids, sql: "SELECT id FROM article WHERE id IN")
    }

    /// The values of `candidates` that `sql … (?, ?, …)` returns, queried in chunks on one reader.
    private func members(of candidates: [String], sql: String) async throws -> Set<String> {
        guard !candidates.isEmpty else { return [] }
        return try await mappingErrors {
            try await pool.read { db in
                var found = Set<String>()
                var start = 0
                while start < candidates.count {
                    let chunk = Array(candidates[start..<min(start + Self.membershipChunk, candidates.count)])
                    let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                    let statement = try db.cachedStatement(sql: "\(sql) (\(placeholders))")
                    found.formUnion(try String.fetchAll(statement, arguments: StatementArguments(chunk)))
                    start += chunk.count
                }
                return found
            }
        }
    }
}
