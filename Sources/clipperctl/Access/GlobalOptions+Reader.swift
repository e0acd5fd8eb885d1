import ClipperConfig
import ClipperControlAPI
import ClipperControlClient

extension GlobalOptions {
    /// Runs `body` against the running daemon, or straight against the store when the
    /// daemon is not running, so reads work either way.
    ///
    /// `body` must not have written output before its first read fails: it runs a second
    /// time against the store.
    func withReader<T: Sendable>(_ body: (any ArticleReader) async throws -> T) async throws -> T {
        let configuration = try configuration()
        do {
            return try await body(controlClient(configuration))
        } catch ControlClientError.daemonNotRunning {
            return try await configuration.withStore { store in try await body(StoreReader(store: store)) }
        }
    }
}
