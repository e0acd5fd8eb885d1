public import ClipperControlAPI
public import ClipperStore
import Foundation
import Hummingbird
public import Logging
public import ServiceLifecycle

/// The control API: HTTP/JSON on a Unix socket, as a `Service` for the daemon's `ServiceGroup`.
///
/// Reads (`search`, `show`, `quotes`, `entities`, `nodes`, `export`) go straight to the
/// store; `status`, `pause`, `resume`, `failed` and `retry` go to the daemon through
/// ``ControlHandlers``. Routes are listed in ``ControlPath``.
///
/// ```swift
/// let server = ControlServer(socketPath: "/run/clipper/clipperd.sock", store: store, handlers: handlers, logger: logger)
/// let group = ServiceGroup(services: [pipeline, server], logger: logger)
/// ```
///
/// - Important: binding removes any file already at `socketPath` (Hummingbird does this),
///   so the caller must make sure no other daemon owns it (`clipperd` holds a lock file).
///   Once bound, the socket's mode is set to 0660: its owner and group may connect.
public struct ControlServer: Service {
    /// The socket's permissions once bound: read and write for owner and group (0660).
    public static let socketPermissions = 0o660

    private let application: Application<RouterResponder<BasicRequestContext>>

    /// - Parameters:
    ///   - socketPath: Where to bind the socket.
    ///   - store: The store reads are answered from.
    ///   - handlers: What the daemon does for `status`, `pause`, `resume`, `failed` and `retry`.
    ///   - logger: Where request failures and the bind are logged.
    ///   - onReady: Called once the socket is bound and its mode set (tests await it).
    public init(
        socketPath: String,
        store: any ArticleStore,
        handlers: ControlHandlers,
        logger: Logger,
        onReady: @escaping @Sendable () async -> Void = {}
    ) {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ControlErrorMiddleware())
        ControlRoutes(store: store, handlers: handlers).add(to: router)
        self.application = Application(
            responder: router.buildResponder(),
            configuration: ApplicationConfiguration(
                address: .unixDomainSocket(path: socketPath), serverName: "clipperd"),
            onServerRunning: { _ in
                if chmod(socketPath, mode_t(Self.socketPermissions)) != 0 {
                    let reason = String(cString: strerror(errno))
                    logger.error(
                        "Cannot set the control socket's mode to 0660",
                        metadata: ["socket.path": "\(socketPath)", "error": "\(reason)"]
                    )
                }
                await onReady()
            },
            logger: logger
        )
    }

    /// Serves until graceful shutdown or cancellation.
    public func run() async throws {
        try await application.run()
    }
}
