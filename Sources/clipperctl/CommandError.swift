/// A failure `clipperctl` reports as one sentence, with the exit status to end with.
struct CommandError: Error, CustomStringConvertible {
    /// The sentence printed after `clipperctl: `.
    var description: String
    /// The process's exit status.
    var exitCode: Int32

    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }

    /// The exit status when the daemon is needed and not running (as `systemctl status` does).
    static let daemonNotRunningExitCode: Int32 = 3
}
