import Foundation

/// Counts a process's `fsync` and `fdatasync` calls by starting it under `perf stat` (the kernel's
/// syscall tracepoints), so the bench can say how many syncs a batch costs.
///
/// The daemon is started by perf, not attached to: `perf stat -p` attached after the start missed
/// the threads made in between, and some runs counted no sync at all. Under perf every thread the
/// daemon makes inherits the counters from its first instruction.
///
/// Optional: without perf, or where the kernel refuses tracing, there is no counter and the bench
/// says so.
struct SyncCounter {
    /// The calls counted.
    struct Count: Sendable {
        var fsync: Int
        var fdatasync: Int
        var total: Int { fsync + fdatasync }
    }

    private static let perf = "/usr/bin/perf"
    private static let events = "syscalls:sys_enter_fsync,syscalls:sys_enter_fdatasync"

    private let outputPath: String

    /// A counter writing to a file of its own; `nil` when perf is missing or cannot trace here
    /// (tried once on `/bin/true`).
    init?(name: String) {
        guard Self.canTrace else { return nil }
        outputPath = NSTemporaryDirectory() + "clipper-bench-syncs-\(getpid())-\(name).csv"
    }

    /// The command to put in front of the traced program's own.
    var launcher: [String] {
        [Self.perf, "stat", "-x", ",", "-o", outputPath, "-e", Self.events, "--"]
    }

    /// The counts, once the traced program has exited; `nil` when perf wrote none.
    func finish() -> Count? {
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        guard let text = try? String(contentsOfFile: outputPath, encoding: .utf8) else { return nil }
        var count = Count(fsync: 0, fdatasync: 0)
        var found = 0
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > 2, let value = Int(fields[0]) else { continue }
            if fields[2].hasSuffix("sys_enter_fdatasync") {
                count.fdatasync = value
                found += 1
            } else if fields[2].hasSuffix("sys_enter_fsync") {
                count.fsync = value
                found += 1
            }
        }
        return found == 2 ? count : nil
    }

    /// Whether perf runs and may read the syscall tracepoints.
    private static let canTrace: Bool = {
        guard FileManager.default.isExecutableFile(atPath: perf) else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: perf)
        probe.arguments = ["stat", "-e", events, "--", "/bin/true"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()
}
