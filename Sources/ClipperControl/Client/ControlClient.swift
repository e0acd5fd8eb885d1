public import AsyncHTTPClient
public import ClipperControlAPI
public import ClipperModel
import Foundation
import NIOCore
import NIOHTTP1

/// Talks to `clipperd`'s control API over its Unix socket, one typed method per route.
///
/// ```swift
/// let client = ControlClient(socketPath: "/run/clipper/clipperd.sock")
/// let report = try await client.status()
/// ```
///
/// When nothing listens on the socket every method throws
/// ``ControlClientError/daemonNotRunning(socketPath:)``; an error answer throws
/// ``ControlClientError/rejected(status:message:)`` with the daemon's sentence.
public struct ControlClient: Sendable {
    /// The socket this client connects to.
    public let socketPath: String
    let httpClient: HTTPClient
    let timeout: TimeAmount

    /// The largest answer read into memory (one article with a long body fits easily).
    static let maximumAnswerBytes = 256 * 1024 * 1024

    /// - Parameters:
    ///   - socketPath: The daemon's control socket.
    ///   - httpClient: The client to send requests with; the process-wide shared one by default,
    ///     which needs no shutdown. A client you create yourself you shut down yourself.
    ///   - timeoutSeconds: How long one request (not `export`) may take.
    public init(socketPath: String, httpClient: HTTPClient = .shared, timeoutSeconds: Int64 = 30) {
        self.socketPath = socketPath
        self.httpClient = httpClient
        self.timeout = .seconds(timeoutSeconds)
    }

    /// `GET /status`.
    public func status() async throws -> StatusReport {
        try await get(ControlPath.status)
    }

    /// `GET /search`: full-text search, best first.
    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        try await get(ControlPath.search, query: [("q", query), ("limit", String(limit))])
    }

    /// `GET /articles/KEY`: the article with that id, id prefix or file name, or `nil`.
    public func article(matching key: String) async throws -> ArticleRecord? {
        do {
            return try await get(ControlPath.articles + "/" + Self.percentEncoded(key))
        } catch ControlClientError.rejected(status: 404, _) {
            return nil
        }
    }

    /// `GET /quotes`: quotations, newest article first, optionally by one speaker.
    public func quotes(speaker: String?, limit: Int) async throws -> [QuoteHit] {
        var query = [("limit", String(limit))]
        if let speaker { query.append(("speaker", speaker)) }
        return try await get(ControlPath.quotes, query: query)
    }

    /// `GET /entities`: entities across articles, most articles first, optionally of one kind.
    public func entities(kind: EntityKind?, limit: Int) async throws -> [EntitySummary] {
        var query = [("limit", String(limit))]
        if let kind { query.append(("type", kind.rawValue)) }
        return try await get(ControlPath.entities, query: query)
    }

    /// `GET /failed`: the quarantined files with their reasons.
    public func failures() async throws -> [FailureReport] {
        try await get(ControlPath.failed)
    }

    /// `POST /retry`: moves one quarantined file back into the inbox.
    public func retry(_ name: String) async throws -> RetryResponse {
        try await post(ControlPath.retry, body: RetryRequest.file(name))
    }

    /// `POST /retry` with `{"all": true}`: moves every quarantined file back into the inbox.
    public func retryAll() async throws -> RetryResponse {
        try await post(ControlPath.retry, body: RetryRequest.allFailed)
    }

    /// `POST /pause`: stops intake; returns the status afterwards.
    public func pause(reason: String? = nil) async throws -> StatusReport {
        try await post(ControlPath.pause, body: PauseRequest(reason: reason))
    }

    /// `POST /resume`: restarts intake; returns the status afterwards.
    public func resume() async throws -> StatusReport {
        try await post(ControlPath.resume, body: Optional<PauseRequest>.none)
    }

    /// `GET /nodes`: every node writing to the daemon's store.
    public func nodes() async throws -> [NodeStatus] {
        try await get(ControlPath.nodes)
    }

    /// `GET /export`: every article as JSON Lines, handed to `body` in chunks as they arrive.
    ///
    /// Chunks do not follow line boundaries; their concatenation is the whole export.
    public func export(_ body: ([UInt8]) async throws -> Void) async throws {
        let response = try await send(HTTPClientRequest(url: url(ControlPath.export, query: [])), timeout: .hours(24))
        try await Self.checkStatus(response, path: ControlPath.export)
        for try await chunk in response.body {
            try await body(Array(chunk.readableBytesView))
        }
    }
}
