/// The routes of the control API, shared by the server and the client.
///
/// Every answer is JSON (`/export` is JSON Lines, `/metrics` the Prometheus text format);
/// errors are an ``APIError`` body.
public enum ControlPath {
    /// `GET`: the daemon's ``StatusReport``.
    public static let status = "/status"
    /// `GET ?q=QUERY&limit=N`: `[SearchHit]`, best first.
    public static let search = "/search"
    /// `GET /articles/KEY` (id, id prefix or file name): one `ArticleRecord`.
    public static let articles = "/articles"
    /// `GET ?speaker=NAME&limit=N`: `[QuoteHit]`.
    public static let quotes = "/quotes"
    /// `GET ?type=person|organization|place|program&limit=N`: `[EntitySummary]`.
    public static let entities = "/entities"
    /// `GET`: `[FailureReport]`, the quarantined files.
    public static let failed = "/failed"
    /// `POST` a ``RetryRequest``: a ``RetryResponse``.
    public static let retry = "/retry"
    /// `POST` an optional ``PauseRequest``: the ``StatusReport`` after pausing.
    public static let pause = "/pause"
    /// `POST`: the ``StatusReport`` after resuming.
    public static let resume = "/resume"
    /// `GET`: `[NodeStatus]`, every node writing to the store.
    public static let nodes = "/nodes"
    /// `GET`: every article as JSON Lines, oldest first, streamed.
    public static let export = "/export"
    /// `GET`: the daemon's metrics in the Prometheus text format (`text/plain; version=0.0.4`).
    public static let metrics = "/metrics"
}
