public import ClipperModel
internal import Glibc

/// Why a spool step failed: a code for code, one sentence for people, and the pipeline stage.
public struct SpoolError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The kind of problem.
    public enum Code: String, Sendable, Hashable {
        /// The name is not a plain file name (empty, `.`, `..`, or contains `/`).
        case invalidName
        /// No such file where the step expected it.
        case notFound
        /// `claim` moved the entry straight to `failed/` (a link, FIFO, socket or device) and wrote
        /// its report: count it as failed; there is nothing more to do with it.
        case quarantined
        /// The file is a symbolic link, and Clipper does not follow links.
        case symbolicLink
        /// The file is not a regular file (a FIFO, socket, device or directory).
        case notRegularFile
        /// The file is larger than the configured limit.
        case tooLarge
        /// Clipper may not read or move the file.
        case permissionDenied
        /// The inbox and the state directory are on different file systems.
        case crossDevice
        /// The step does not apply to a file in this state (a bug in the caller).
        case wrongState
        /// Any other system error.
        case system
    }

    /// The kind of problem.
    public var code: Code
    /// One sentence a person can act on.
    public var message: String
    /// The pipeline stage the error belongs to (`claim` for moves, `read` for reading).
    public var stage: FailureReport.Stage
    /// The C `errno` behind it, when there is one.
    public var errno: Int32?

    /// The sentence shown to people.
    public var description: String { message }

    /// Creates an error.
    public init(code: Code, message: String, stage: FailureReport.Stage, errno: Int32? = nil) {
        self.code = code
        self.message = message
        self.stage = stage
        self.errno = errno
    }

    /// The error for a failed system call: `"cannot \(action): \(strerror)"`.
    static func system(_ action: String, errno number: Int32, stage: FailureReport.Stage) -> SpoolError {
        let reason = String(cString: strerror(number))
        let code: Code
        switch number {
        case ENOENT: code = .notFound
        case EACCES, EPERM: code = .permissionDenied
        case EXDEV: code = .crossDevice
        case ELOOP: code = .symbolicLink
        default: code = .system
        }
        return SpoolError(
            code: code, message: "cannot \(action): \(reason.prefix(1).lowercased() + reason.dropFirst())",
            stage: stage, errno: number)
    }
}
