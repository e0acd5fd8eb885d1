import Logging

/// The log handler of the PostgreSQL connection pool's background logger: it reports the pool's
/// `info` messages at `debug`.
///
/// While the server is down the pool says "Connection creation failed" at `info` on every retry,
/// about once a second; Clipper already says once per retry of its own, at `warning`, that intake
/// paused and why. At `debug` level the pool's messages are all there.
struct ConnectionPoolLogHandler: LogHandler {
    var upstream: any LogHandler

    func log(event: LogEvent) {
        var event = event
        if event.level == .info { event.level = .debug }
        guard event.level >= upstream.logLevel else { return }
        upstream.log(event: event)
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { upstream.metadataProvider }
        set { upstream.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { upstream[metadataKey: key] }
        set { upstream[metadataKey: key] = newValue }
    }

    var metadata: Logger.Metadata {
        get { upstream.metadata }
        set { upstream.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { upstream.logLevel }
        set { upstream.logLevel = newValue }
    }
}

extension Logger {
    /// This logger with the pool's `info` messages lowered to `debug` (``ConnectionPoolLogHandler``).
    var forConnectionPool: Logger {
        var logger = self
        logger.handler = ConnectionPoolLogHandler(upstream: handler)
        return logger
    }
}
