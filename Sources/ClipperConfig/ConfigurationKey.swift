/// Every setting Clipper reads, under the name it has in `clipper.toml`.
///
/// The environment variable is the key upper-cased behind `CLIPPER_`
/// (`max_file_size` → `CLIPPER_MAX_FILE_SIZE`).
public enum ConfigurationKey: String, CaseIterable, Sendable, Hashable {
    case stateDir = "state_dir"
    case inbox
    case store
    case storePasswordFile = "store_password_file"
    case storeTLS = "store_tls"
    case storePoolSize = "store_pool_size"
    case socket
    case workers
    case keepOriginals = "keep_originals"
    case maxFileSize = "max_file_size"
    case logLevel = "log_level"
    case rescanInterval = "rescan_interval"
    case shutdownTimeout = "shutdown_timeout"
    case heartbeatInterval = "heartbeat_interval"
    case nodeName = "node_name"
    case archiveCheck = "archive_check"
    case metricsListen = "metrics_listen"
    case webListen = "web_listen"
    case webPasswordFile = "web_password_file"

    /// The environment variable that sets this key.
    public var environmentName: String { "CLIPPER_" + rawValue.uppercased() }
}
