import ClipperConfig
import ClipperStore
import Foundation
import Logging

extension Configuration {
    /// Opens the configured store for reading, hands it to `body`, and closes it afterwards.
    ///
    /// A SQLite file that does not exist yet is an error rather than a new empty store:
    /// `clipperctl` only reads what `clipperd` wrote.
    func withStore<T: Sendable>(_ body: (any ArticleStore) async throws -> T) async throws -> T {
        let location = try StoreLocation(parsing: store)
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw CommandError("there is no store at \(path) yet; start clipperd to create it")
        }
        let options = StoreOptions(
            password: storePassword,
            tls: storeTLS.flatMap(StoreLocation.TLSMode.init(rawValue:)),
            poolSize: 2,
            nodeName: nodeName
        )
        return try await withArticleStore(location, options: options, logger: Self.storeLogger, body)
    }

    /// The store's log: warnings and worse, on standard error, so standard output stays clean.
    private static var storeLogger: Logger {
        var logger = Logger(label: "clipperctl", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .warning
        return logger
    }
}
