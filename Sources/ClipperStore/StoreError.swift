/// What can go wrong in a store, in words a user can act on.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The search query is not valid in the engine's syntax; the text says why.
    case badQuery(String)
    /// An id prefix matches more than one article.
    case ambiguous(String)
    /// The store cannot be written now (locked, disk full, read-only, server down).
    /// Transient: the pipeline pauses intake and retries.
    case unavailable(String)
    /// The store URL or its settings are wrong. Permanent.
    case misconfigured(String)

    public var description: String {
        switch self {
        case .badQuery(let why): "the search query is not valid: \(why)"
        case .ambiguous(let prefix): "the id prefix \(prefix) matches more than one article; give more digits"
        case .unavailable(let why): "the store is unavailable: \(why)"
        case .misconfigured(let why): "the store is misconfigured: \(why)"
        }
    }
}
