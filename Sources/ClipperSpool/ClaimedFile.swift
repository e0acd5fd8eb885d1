/// A file the spool moved from the inbox into `processing/`: the pipeline owns it until it calls
/// `finish` or `quarantine`.
public struct ClaimedFile: Sendable, Hashable {
    /// Its name in `processing/`: the inbox name, made unique (`x.txt` → `x.1.txt`) and, if the
    /// inbox name was not valid UTF-8, with each bad byte written as `%XX`.
    public var name: String
    /// The name it had in the inbox (bytes that are not valid UTF-8 shown as U+FFFD).
    public var originalName: String
    /// Its size in bytes when it was claimed.
    public var size: Int
    /// Its modification time when it was claimed (when it landed in the inbox), in seconds since
    /// 1970; 0 when unknown.
    public var modified: Double

    /// Creates a claimed file value.
    public init(name: String, originalName: String, size: Int, modified: Double = 0) {
        self.name = name
        self.originalName = originalName
        self.size = size
        self.modified = modified
    }
}
