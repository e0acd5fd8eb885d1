import GRDB
import GRDBSQLite

/// One of the writer's cached statements, bound and run through the SQLite C API.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` array of boxed values for every
/// row, validates it against the statement and binds it through nested closures; for the forty
/// or so entity rows of an article that cost more CPU than the inserts themselves
/// (docs/Performance.md, "The store's write path"). Here each value is bound in place.
struct SQLiteInsert {
    private let statement: Statement
    private let connection: SQLiteConnection?

    /// The cached statement for `sql` on `db` (prepared once per connection).
    init(_ sql: String, in db: Database) throws {
        statement = try db.cachedStatement(sql: sql)
        connection = db.sqliteConnection
    }

    /// Binds the values `bind` adds, in the order of the statement's parameters, and runs it.
    /// - Throws: a `DatabaseError` with SQLite's code and message when the statement fails.
    func run(_ bind: (inout Values) -> Void) throws {
        let handle = statement.sqliteStatement
        var values = Values(handle: handle)
        bind(&values)
        let code = sqlite3_step(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            // Read before the reset: the connection's error is the step's.
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
        }
    }

    /// The parameters of one run, bound left to right; strings are copied by SQLite.
    struct Values {
        fileprivate let handle: SQLiteStatement
        private var index: CInt = 0

        fileprivate init(handle: SQLiteStatement) {
            self.handle = handle
        }

        mutating func add(_ value: Int64) {
            index += 1
            sqlite3_bind_int64(handle, index, value)
        }

        mutating func add(_ value: Int) {
            add(Int64(value))
        }

        mutating func add(_ value: Double) {
            index += 1
            sqlite3_bind_double(handle, index, value)
        }

        mutating func add(_ value: String) {
            index += 1
            let position = index
            let length = CInt(value.utf8.count)
            _ = value.withCString { sqlite3_bind_text(handle, position, $0, length, Self.transient) }
        }

        mutating func add(_ value: String?) {
            guard let value else {
                index += 1
                sqlite3_bind_null(handle, index)
                return
            }
            add(value)
        }

        /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the call returns.
        private static var transient: sqlite3_destructor_type {
            unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        }
    }
}
