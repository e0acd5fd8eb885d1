/// Bounds on what a request may ask for.
public enum ControlLimits {
    /// The number of results when a request gives no `limit`.
    public static let defaultLimit = 20
    /// The largest `limit` a request may give.
    public static let maximumLimit = 10_000
    /// The longest search query accepted, in UTF-8 bytes.
    public static let maximumQueryBytes = 1_000
    /// The largest request body accepted, in bytes.
    public static let maximumBodyBytes = 64 * 1024
}

extension ControlLimits {
    /// Checks a search query before it reaches a store: not empty, not longer than
    /// ``maximumQueryBytes``, no NUL bytes.
    ///
    /// - Throws: an ``APIError`` whose sentence says what is wrong with the query.
    public static func validateQuery(_ query: String) throws(APIError) {
        if query.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw APIError("the search query is empty")
        }
        let bytes = query.utf8.count
        if bytes > maximumQueryBytes {
            throw APIError("the search query is too long (\(bytes) bytes; at most \(maximumQueryBytes))")
        }
        if query.utf8.contains(0) {
            throw APIError("the search query contains a NUL character")
        }
    }

    /// Checks a result limit: between 1 and ``maximumLimit``.
    ///
    /// - Throws: an ``APIError`` naming the bad value.
    public static func validateLimit(_ limit: Int) throws(APIError) {
        guard (1...maximumLimit).contains(limit) else {
            throw APIError("the limit must be between 1 and \(maximumLimit), not \(limit)")
        }
    }
}
