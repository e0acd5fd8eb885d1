public import ClipperControlAPI
public import ClipperStore
import Foundation
import Hummingbird
public import Logging
import NIOCore
public import ServiceLifecycle

/// The web interface: the archive's pages over HTTP, as a `Service` for the daemon's `ServiceGroup`.
///
/// Pages read the store through the same ``ArticleStore`` queries as the control API and reach the
/// daemon (status, retry, pause, resume) through the same ``ControlHandlers``. URLs are in docs/Web.md.
///
/// ```swift
/// let web = try WebServer(
///     host: "127.0.0.1", port: 7700, store: store, handlers: handlers, archive: stateDir + "/archive",
///     password: nil, logger: logger)
/// ```
public struct WebServer: Service {
    private let application: Application<RouterResponder<BasicRequestContext>>

    /// - Parameters:
    ///   - host: The address to bind (`127.0.0.1`, `::1`, `0.0.0.0`).
    ///   - port: The TCP port; 0 picks a free one (reported to `onReady`).
    ///   - store: Where pages read from.
    ///   - handlers: What the daemon does for status, retry, pause and resume.
    ///   - archive: The folder of kept originals (`STATE_DIR/archive`), for downloads.
    ///   - password: When set, every request must carry it (HTTP Basic, any user name).
    ///   - onReady: Called with the bound port once the server listens.
    /// - Throws: ``WebSetupError`` when the templates are missing or broken.
    public init(
        host: String, port: Int, store: any ArticleStore, handlers: ControlHandlers, archive: String,
        password: PasswordHash?, logger: Logger, onReady: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) throws {
        let renderer = try PageRenderer()
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ServerTimingMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        if let password { router.add(middleware: PasswordMiddleware(password: password)) }
        router.add(middleware: WebErrorMiddleware(renderer: renderer))
        WebSite(store: store, handlers: handlers, renderer: renderer, csrf: CSRFToken(), archive: archive)
            .add(to: router)
        application = Application(
            responder: router.buildResponder(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "clipperd"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                logger.notice("web interface on http://\(host.contains(":") ? "[\(host)]" : host):\(bound)/")
                await onReady(bound)
            },
            logger: logger)
    }

    /// Serves until graceful shutdown or cancellation.
    public func run() async throws {
        try await application.run()
    }
}
