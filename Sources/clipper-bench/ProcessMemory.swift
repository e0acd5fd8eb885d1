import Foundation

/// A process's peak resident memory, from `/proc/PID/status` (`VmHWM`, the high-water mark).
enum ProcessMemory {
    /// The peak RSS in bytes, or `nil` when the process is gone.
    static func peakResident(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }

    /// The first child of `pid` (the daemon a launcher such as `perf stat` started), or `nil`
    /// before it is made or after it is gone.
    static func firstChild(of pid: Int32) -> Int32? {
        guard let children = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
        else { return nil }
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }
}
