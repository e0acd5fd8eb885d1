import Foundation

/// Counts a process's `fsync` and `fdatasync` calls with `perf stat` attached to it (the kernel's
/// syscall tracepoints), so the bench can say how many syncs a batch costs.
///
/// Optional: without perf, or where the kernel refuses tracing, there is no counter and the bench
/// says so.
final class SyncCounter {
    /// The calls counted.
    struct Count: Sendable {
        var fsync: Int
        var fdatasync: Int
        var total: Int { fsync + fdatasync }
    }

    private let perf: Process
    private let outputPath: String
    private let exited: AsyncStream<Void>

    /// Attaches to `pid`; `nil` when perf cannot be started.
    init?(pid: Int32) {
        let outputPath = NSTemporaryDirectory() + "clipper-bench-syncs-\(pid).csv"
        let perf = Process()
        perf.executableURL = URL(fileURLWithPath: "/usr/bin/perf")
        perf.arguments = [
            "stat", "-x", ",", "-o", outputPath, "-e", "syscalls:sys_enter_fsync,syscalls:sys_enter_fdatasync",
            "-p", String(pid),
        ]
        perf.standardOutput = FileHandle.nullDevice
        perf.standardError = FileHandle.nullDevice
        let (exited, continuation) = AsyncStream<Void>.makeStream()
        perf.terminationHandler = { _ in continuation.finish() }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/perf"), (try? perf.run()) != nil else {
            return nil
        }
        self.perf = perf
        self.outputPath = outputPath
        self.exited = exited
    }

    /// The counts, once the traced process has exited (perf stops with it); `nil` when perf could
    /// not trace it.
    func finish() async -> Count? {
        for await _ in exited {}
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        guard perf.terminationStatus == 0, let text = try? String(contentsOfFile: outputPath, encoding: .utf8)
        else { return nil }
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
}
