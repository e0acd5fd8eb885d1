import ClipperControlAPI
import ClipperControlClient
import ClipperModel
import ClipperStore

/// The reads `clipperctl` makes, answered by the running daemon or by the store itself.
///
/// ``ControlClient`` and every ``ArticleStore`` already answer these under the same names.
protocol ArticleReader: Sendable {
    func search(_ query: String, limit: Int) async throws -> [SearchHit]
    func article(matching key: String) async throws -> ArticleRecord?
    func quotes(speaker: String?, limit: Int) async throws -> [QuoteHit]
    func entities(kind: EntityKind?, limit: Int) async throws -> [EntitySummary]
    func nodes() async throws -> [NodeStatus]
}

extension ControlClient: ArticleReader {}

/// An ``ArticleStore`` seen as an ``ArticleReader``.
struct StoreReader: ArticleReader {
    let store: any ArticleStore

    func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        try await store.search(query, limit: limit)
    }

    func article(matching key: String) async throws -> ArticleRecord? {
        try await store.article(matching: key)
    }

    func quotes(speaker: String?, limit: Int) async throws -> [QuoteHit] {
        try await store.quotes(speaker: speaker, limit: limit)
    }

    func entities(kind: EntityKind?, limit: Int) async throws -> [EntitySummary] {
        try await store.entities(kind: kind, limit: limit)
    }

    func nodes() async throws -> [NodeStatus] {
        try await store.nodes()
    }
}
