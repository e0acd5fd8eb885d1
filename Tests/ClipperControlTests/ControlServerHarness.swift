import ClipperControlAPI
import ClipperControlClient
import ClipperControlServer
import ClipperModel
import ClipperStore
import ClipperTestSupport
import Logging
import ServiceLifecycle

/// A running control server for one test: a real SQLite store on a temporary file holding
/// ``Fixtures/records``, the server bound to a real Unix socket beside it, and a client.
struct ControlServerHarness {
    let client: ControlClient
    let socketPath: String
    let directory: String
    let store: any ArticleStore
    let daemon: TestDaemon
}

struct ServerDidNotStart: Error, CustomStringConvertible {
    var description: String { "the control server stopped before binding its socket" }
}

/// Starts the server, waits until its socket is bound, runs `body`, then shuts the server down gracefully.
func withControlServer(
    records: [ArticleRecord] = Fixtures.records,
    daemon: TestDaemon = TestDaemon(),
    _ body: (ControlServerHarness) async throws -> Void
) async throws {
    // A short prefix: a Unix socket path must fit in 108 bytes.
    try await withTemporaryDirectory("cc") { directory in
        var logger = Logger(label: "ClipperControlTests")
        logger.logLevel = .error
        let socketPath = directory + "/clipperd.sock"
        let location = StoreLocation.sqlite(path: directory + "/clipper.sqlite")
        try await withArticleStore(location, options: StoreOptions(nodeName: "test-node"), logger: logger) { store in
            _ = try await store.index(records)
            let (ready, signalReady) = AsyncStream.makeStream(of: Void.self)
            let server = ControlServer(
                socketPath: socketPath, store: store, handlers: daemon.handlers, logger: logger,
                onReady: { signalReady.yield() }
            )
            let services = ServiceGroup(services: [server], logger: logger)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    defer { signalReady.finish() }
                    try await services.run()
                }
                var bound = false
                for await _ in ready {
                    bound = true
                    break
                }
                guard bound else { throw ServerDidNotStart() }
                let harness = ControlServerHarness(
                    client: ControlClient(socketPath: socketPath), socketPath: socketPath, directory: directory,
                    store: store, daemon: daemon
                )
                do {
                    try await body(harness)
                } catch {
                    await services.triggerGracefulShutdown()
                    throw error
                }
                await services.triggerGracefulShutdown()
                try await group.waitForAll()
            }
        }
    }
}
