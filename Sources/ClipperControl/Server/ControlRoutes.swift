import ClipperControlAPI
import ClipperModel
import ClipperStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// The control API's routes: reads go to the store, commands to the daemon's handlers.
struct ControlRoutes: Sendable {
    let store: any ArticleStore
    let handlers: ControlHandlers

    /// Adds every route of ``ControlPath`` to `router`.
    func add(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(ControlPath.status)) { _, _ in try Response.json(await handlers.status()) }
        router.get(RouterPath(ControlPath.search)) { request, _ in try await search(request) }
        router.get(RouterPath(ControlPath.articles + "/:key")) { _, context in try await article(context) }
        router.get(RouterPath(ControlPath.quotes)) { request, _ in try await quotes(request) }
        router.get(RouterPath(ControlPath.entities)) { request, _ in try await entities(request) }
        router.get(RouterPath(ControlPath.failed)) { _, _ in try Response.json(try await handlers.failures()) }
        router.post(RouterPath(ControlPath.retry)) { request, _ in try await retry(request) }
        router.post(RouterPath(ControlPath.pause)) { request, _ in try await pause(request) }
        router.post(RouterPath(ControlPath.resume)) { _, _ in
            await handlers.resume()
            return try Response.json(await handlers.status())
        }
        router.get(RouterPath(ControlPath.nodes)) { _, _ in try Response.json(try await store.nodes()) }
        router.get(RouterPath(ControlPath.export)) { _, context in export(logger: context.logger) }
        router.get(RouterPath(ControlPath.metrics)) { _, _ in Response.metrics(handlers.metrics()) }
    }

    private func search(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        guard let query = parameters["q"].map(String.init) else {
            throw APIError("the search needs a query: add ?q=WORDS")
        }
        let limit = try Self.limit(in: parameters)
        return try Response.json(try await store.search(query, limit: limit))
    }

    private func article(_ context: BasicRequestContext) async throws -> Response {
        let raw = try context.parameters.require("key")
        guard let key = raw.removingPercentEncoding, !key.isEmpty else {
            throw APIError("the article key is not a valid percent-encoded name: \(raw)")
        }
        guard let record = try await store.article(matching: key) else {
            throw ControlRequestError.notFound("no such article: \(key)")
        }
        return try Response.json(record)
    }

    private func quotes(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        let speaker = parameters["speaker"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let limit = try Self.limit(in: parameters)
        return try Response.json(try await store.quotes(speaker: speaker, limit: limit))
    }

    private func entities(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        var kind: EntityKind?
        if let type = parameters["type"], !type.isEmpty {
            guard let parsed = EntityKind(rawValue: String(type)) else {
                let known = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError("unknown entity type \(type); use one of \(known)")
            }
            kind = parsed
        }
        let limit = try Self.limit(in: parameters)
        return try Response.json(try await store.entities(kind: kind, limit: limit))
    }

    private func retry(_ request: Request) async throws -> Response {
        let body = try await Self.decode(RetryRequest.self, from: request)
        switch (body?.name, body?.all) {
        case (let name?, nil), (let name?, false?):
            guard !name.isEmpty, !name.contains("/") else {
                throw APIError("the file name to retry must be a plain name in failed/, not \(name.debugDescription)")
            }
            try await handlers.retry(name)
            return try Response.json(RetryResponse(retried: 1))
        case (nil, true?):
            return try Response.json(RetryResponse(retried: try await handlers.retryAll()))
        default:
            throw APIError(#"the retry request needs either {"name": "FILE"} or {"all": true}"#)
        }
    }

    private func pause(_ request: Request) async throws -> Response {
        let body = try await Self.decode(PauseRequest.self, from: request)
        let reason = body?.reason.flatMap { $0.isEmpty ? nil : $0 } ?? "paused by clipperctl"
        await handlers.pause(reason)
        return try Response.json(await handlers.status())
    }

    /// Streams every article as JSON Lines, oldest first, at the client's pace.
    ///
    /// Each line is written straight to the connection, and a write waits while the socket is
    /// not writable, so the store reads its next page only as the client takes lines: memory
    /// holds one page of records, whatever the client's speed. A store error after the first
    /// line has gone out ends the stream early and is logged; a client that hangs up ends it too.
    private func export(logger: Logger) -> Response {
        let store = self.store
        let body = ResponseBody { writer in
            let encoder = ControlJSON.makeEncoder()
            do {
                try await store.forEachArticle { record in
                    var line = ByteBuffer(bytes: try encoder.encode(record))
                    line.writeInteger(UInt8(ascii: "\n"))
                    try await writer.write(line)
                }
            } catch let error as StoreError {
                logger.error("Export stopped early", metadata: ["error": "\(error)"])
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/jsonl; charset=utf-8"], body: body)
    }

    /// The `limit` query parameter, or ``ControlLimits/defaultLimit`` when absent.
    static func limit(in parameters: Parameters) throws(APIError) -> Int {
        guard let text = parameters["limit"] else { return ControlLimits.defaultLimit }
        guard let limit = Int(text) else {
            throw APIError("the limit must be a whole number, not \(text.debugDescription)")
        }
        try ControlLimits.validateLimit(limit)
        return limit
    }

    /// The request's JSON body as `type`, or `nil` when the body is empty.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T? {
        var request = request
        let buffer = try await request.collectBody(upTo: ControlLimits.maximumBodyBytes)
        guard buffer.readableBytes > 0 else { return nil }
        do {
            return try ControlJSON.makeDecoder().decode(type, from: Data(buffer.readableBytesView))
        } catch {
            throw APIError("the request body is not valid JSON for this route")
        }
    }
}
