import ClipperControlAPI
import Hummingbird
public import Logging
import NIOCore
public import ServiceLifecycle

/// `GET /metrics` on a TCP port, for a Prometheus server to scrape, as a `Service` for the
/// daemon's `ServiceGroup` (`metrics_listen`). It serves nothing else: the control API stays on
/// the Unix socket. The configuration allows loopback addresses only (metrics have no
/// authentication).
public struct MetricsServer: Service {
    private let application: Application<RouterResponder<BasicRequestContext>>

    /// - Parameters:
    ///   - host: The address to bind (`127.0.0.1`, `::1`, `localhost`).
    ///   - port: The TCP port (Prometheus exporters usually take one from 9100 up; Clipper's default is 9464).
    ///   - metrics: The exposition, read at each request.
    ///   - logger: Where the bind is logged.
    ///   - onReady: Called with the port once bound (tests that pass port 0 learn the real one).
    public init(
        host: String, port: Int, metrics: @escaping @Sendable () -> [UInt8], logger: Logger,
        onReady: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) {
        let router = Router(context: BasicRequestContext.self)
        router.get(RouterPath(ControlPath.metrics)) { _, _ in Response.metrics(metrics()) }
        self.application = Application(
            responder: router.buildResponder(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "clipperd"),
            onServerRunning: { channel in await onReady(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }

    /// Serves until graceful shutdown or cancellation.
    public func run() async throws {
        try await application.run()
    }
}
