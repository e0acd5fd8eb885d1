import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `clipperctl` knows about where its output goes.
enum Terminal {
    /// Whether standard output is a terminal (a person reads it).
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard error is a terminal (progress may be drawn on it).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The width to fit tables into: the terminal's columns when standard output is a
    /// terminal (else `COLUMNS`, else 80), or `nil` (no limit) when output goes to a file or pipe.
    static var outputWidth: Int? {
        guard standardOutputIsTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }
}
