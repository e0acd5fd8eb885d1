import PostgresNIO

/// A query put together piece by piece: text with `$n` placeholders and the values bound to them.
struct PostgresSQL {
    private(set) var bindings = PostgresBindings()
    private var count = 0

    /// Binds `value` and returns its placeholder (`$3`).
    mutating func bind(_ value: some PostgresNonThrowingEncodable) -> String {
        bindings.append(value)
        count += 1
        return "$\(count)"
    }

    /// The query `sql`, whose placeholders were made by ``bind(_:)``.
    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
