internal import Glibc

/// Why the inbox cannot be watched or listed: one sentence naming the directory and the problem
/// (`cannot watch /x/inbox: no such directory`).
public struct WatchError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The kind of problem, for code that reacts to it.
    public enum Code: String, Sendable, Hashable {
        /// The inbox does not exist (`ENOENT`).
        case noSuchDirectory
        /// The inbox path names something other than a directory (`ENOTDIR`).
        case notADirectory
        /// Clipper may not read the inbox (`EACCES`).
        case permissionDenied
        /// A kernel limit on inotify was reached (`ENOSPC`, `EMFILE`).
        case inotifyLimit
        /// The inbox was deleted, moved away or unmounted while it was watched.
        case inboxGone
        /// Any other system error.
        case system
    }

    /// The kind of problem.
    public var code: Code
    /// The sentence shown to people.
    public var message: String
    /// The C `errno` behind it, when there is one.
    public var errno: Int32?

    /// A sentence: what failed, on which directory, and why.
    public var description: String { message }

    init(code: Code, message: String, errno: Int32? = nil) {
        self.code = code
        self.message = message
        self.errno = errno
    }

    /// The error for a failed system call on `directory`, `action` being "watch" or "list".
    static func system(_ action: String, _ directory: String, errno number: Int32) -> WatchError {
        let prefix = "cannot \(action) \(directory)"
        switch number {
        case ENOENT:
            return WatchError(code: .noSuchDirectory, message: "\(prefix): no such directory", errno: number)
        case ENOTDIR:
            return WatchError(code: .notADirectory, message: "\(prefix): not a directory", errno: number)
        case EACCES, EPERM:
            return WatchError(code: .permissionDenied, message: "\(prefix): permission denied", errno: number)
        case ENOSPC:
            return WatchError(
                code: .inotifyLimit,
                message: "\(prefix): the inotify watch limit is reached (raise fs.inotify.max_user_watches)",
                errno: number)
        case EMFILE:
            return WatchError(
                code: .inotifyLimit,
                message: "\(prefix): too many inotify instances (raise fs.inotify.max_user_instances)",
                errno: number)
        default:
            return WatchError(code: .system, message: "\(prefix): \(String(cString: strerror(number)))", errno: number)
        }
    }
}
