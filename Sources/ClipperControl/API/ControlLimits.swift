/// Bounds on what a request may ask for.
public enum ControlLimits {
    /// The number of results when a request gives no `limit`.
    public static let defaultLimit = 20
    /// The largest `limit` a request may give.
    public static let maximumLimit = 10_000
    /// The largest request body accepted, in bytes.
    public static let maximumBodyBytes = 64 * 1024
}

extension ControlLimits {
    /// Checks a result limit: between 1 and ``maximumLimit``.
    ///
    /// - Throws: an ``APIError`` naming the bad value.
    public static func validateLimit(_ limit: Int) throws(APIError) {
        guard (1...maximumLimit).contains(limit) else {
            throw APIError("the limit must be between 1 and \(maximumLimit), not \(limit)")
        }
    }
}
