/// Everything `clipperd` and `clipperctl` need to know, resolved from
/// defaults < `clipper.toml` < `CLIPPER_*` environment < command-line flags.
///
/// Paths are absolute. See `config/clipper.toml` for what each setting means.
public struct Configuration: Sendable, Hashable {
    /// Where the spool folders (`processing/`, `archive/`, `failed/`), the lock file and,
    /// by default, the inbox, the SQLite file and the socket live.
    public var stateDir: String
    /// The folder Clipper watches for new files.
    public var inbox: String
    /// The store URL: `sqlite:///path/clipper.sqlite` or `postgres://user@host:5432/db`.
    public var store: String
    /// The store password, from `CLIPPER_STORE_PASSWORD` or `store_password_file`; never from a flag.
    public var storePassword: String?
    /// TLS to PostgreSQL: `disable`, `prefer` or `require`; `nil` leaves it to the URL's `sslmode`.
    public var storeTLS: String?
    /// The most connections to PostgreSQL this node opens.
    public var storePoolSize: Int
    /// The control socket's path.
    public var socket: String
    /// How many files are parsed and extracted at once.
    public var workers: Int
    /// Keep originals in `archive/` after indexing (otherwise delete them).
    public var keepOriginals: Bool
    /// Files larger than this many bytes are quarantined without being read.
    public var maxFileSize: Int
    /// `trace`, `debug`, `info`, `notice`, `warning`, `error` or `critical`.
    public var logLevel: String
    /// How often the inbox is listed again, as a safety net under inotify.
    public var rescanInterval: Duration
    /// How long a stopping daemon waits for the files in flight.
    public var shutdownTimeout: Duration
    /// How often this node reports its counters to the store.
    public var heartbeatInterval: Duration
    /// This node's name in `clipperctl status --cluster`.
    public var nodeName: String
    /// Check at start-up that every file in `archive/` has a row in the store, and requeue those
    /// that do not (damage from a power cut on an unsynced store, a restored backup).
    public var archiveCheck: Bool
    /// The loopback `HOST:PORT` that serves `/metrics` over TCP for Prometheus; `nil` when off
    /// (`/metrics` is always on the control socket).
    public var metricsListen: String?
    /// Where the web interface listens, or `nil` when `web_listen` is `off`.
    public var webListen: ListenAddress?
    /// The file holding the web interface's hashed password (`web_password_file`), if any.
    public var webPasswordFile: String?
    /// The config file read, if any.
    public var configFile: String?

    /// The lock file that keeps a second daemon off the same state directory.
    public var lockFile: String { stateDir + "/clipperd.lock" }
}
