/// The checks every store makes on a search query before the engine sees it.
enum SearchQuery {
    /// The longest query accepted, in UTF-8 bytes; longer ones are a ``StoreError/badQuery(_:)``.
    static let maximumBytes = 1_000

    /// Returns the query trimmed, or throws ``StoreError/badQuery(_:)`` when it is empty, too long or not text.
    static func validated(_ query: String) throws -> String {
        let trimmed = query.trimmingWhitespace
        guard !trimmed.isEmpty else { throw StoreError.badQuery("the query is empty") }
        guard trimmed.utf8.count <= maximumBytes else {
            throw StoreError.badQuery("the query is \(trimmed.utf8.count) bytes long; the limit is \(maximumBytes)")
        }
        guard !trimmed.utf8.contains(0) else { throw StoreError.badQuery("the query contains a NUL character") }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
