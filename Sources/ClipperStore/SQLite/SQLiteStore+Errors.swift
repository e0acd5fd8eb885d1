import GRDB

extension SQLiteStore {
    /// The ``StoreError`` for an engine error on the database at `path`; other errors pass through.
    static func storeError(for error: any Error, path: String, busyTimeout: Duration) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        let detail = error.message.map { ": \($0)" } ?? ""
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.unavailable(
                "the database \(path) is locked by another writer (waited \(busyTimeout.formattedSeconds))")
        case .SQLITE_FULL:
            return StoreError.unavailable("the disk holding \(path) is full")
        case .SQLITE_READONLY:
            return StoreError.unavailable("the database \(path) is read-only\(detail)")
        case .SQLITE_CANTOPEN:
            return StoreError.unavailable(
                "cannot open the database \(path) (missing directory, permissions or a read-only file system)")
        case .SQLITE_IOERR:
            return StoreError.unavailable("an I/O error on the database \(path)\(detail)")
        case .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError.unavailable("no permission to write the database \(path)\(detail)")
        case .SQLITE_NOTADB:
            return StoreError.misconfigured("the file \(path) is not a SQLite database")
        case .SQLITE_CORRUPT:
            return StoreError.misconfigured("the database \(path) is damaged\(detail); restore it from a backup")
        default:
            return error
        }
    }
}
