import ClipperModel
internal import Glibc

/// The file-state machine on disk: the inbox and, under the state directory, `processing/`,
/// `archive/` and `failed/`. A file is in exactly one of them at a time, and every move between
/// them is one `rename(2)` that never replaces an existing name, so the file system itself is the
/// journal (as in Maildir and Postfix's queue).
///
/// ```swift
/// let spool = try Spool(root: "var", inbox: "var/inbox")
/// if let file = try spool.claim("story.html") {
///     let bytes = try spool.read(file, maxBytes: 10_000_000)
///     // … index it, then:
///     try spool.finish(file, keepOriginal: true)
/// }
/// ```
///
/// All methods are synchronous file-system calls; `Spool` holds only paths, so it can be shared
/// by any number of tasks. See `docs/Reliability.md` for what survives a crash and which `fsync`
/// backs each step.
public struct Spool: Sendable {
    /// Where users drop files.
    public let inbox: String
    /// Files being processed (`ROOT/processing`).
    public let processing: String
    /// Files indexed and kept (`ROOT/archive`).
    public let archive: String
    /// Files that could not be processed, each with `NAME.error.json` (`ROOT/failed`).
    public let failed: String

    var inboxPath: RawPath { RawPath(inbox) }
    var processingPath: RawPath { RawPath(processing) }
    var archivePath: RawPath { RawPath(archive) }
    var failedPath: RawPath { RawPath(failed) }

    /// Opens the spool under the state directory `root`, creating `processing/`, `archive/`,
    /// `failed/` and the inbox (with missing parents) as needed.
    /// - Throws: ``SpoolError`` when a directory cannot be created, or when the inbox is on another
    ///   file system than `root` (moves must be renames).
    public init(root: String, inbox: String) throws(SpoolError) {
        self.inbox = inbox
        processing = root + "/processing"
        archive = root + "/archive"
        failed = root + "/failed"
        var created = false
        for directory in [RawPath(root), RawPath(inbox), processingPath, archivePath, failedPath] {
            created = try SystemCalls.makeDirectories(directory) || created
        }
        if created {
            // New directories must survive a power failure before files are moved into them.
            try SystemCalls.syncDirectory(RawPath(root), stage: .claim)
            try SystemCalls.syncDirectory(Self.parent(of: RawPath(inbox)), stage: .claim)
        }
        let inboxDevice = try SystemCalls.status(inboxPath, stage: .claim).device
        guard inboxDevice == (try SystemCalls.status(processingPath, stage: .claim).device) else {
            throw SpoolError(
                code: .crossDevice,
                message: "the inbox \(inbox) and the state directory \(root) are on different file systems; "
                    + "Clipper moves files with rename(2), so both must be on one",
                stage: .claim)
        }
    }

    /// The directory holding `path` (`.` for a bare name).
    static func parent(of path: RawPath) -> RawPath {
        guard let slash = path.bytes.lastIndex(of: UInt8(ascii: "/")) else { return RawPath(".") }
        return slash == 0 ? RawPath("/") : RawPath(bytes: Array(path.bytes[..<slash]))
    }
}
