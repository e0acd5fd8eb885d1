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
}
