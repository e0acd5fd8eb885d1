import Foundation

/// A LazyFS mount (a FUSE file system that holds written data in its own cache until `fsync`,
/// and drops that cache on command): power loss, simulated. Built by `scripts/lazyfs.sh` from
/// `../shared/tools/lazyfs`; see its README for what it models (lost: data not synced; kept:
/// every create, rename and unlink) and what not (an undone rename).
public final class LazyFS: Sendable {
    /// Why the power-loss tests cannot run here, or `nil` when they can.
    public static var unavailableReason: String? {
        if !FileManager.default.fileExists(atPath: "/dev/fuse") { return "/dev/fuse is missing on this machine" }
        if binary == nil { return "LazyFS is not built: run scripts/lazyfs.sh (make test does)" }
        return nil
    }

    /// The built binary, `.build/lazyfs/lazyfs` under the package.
    static var binary: String? {
        let path = PackagePaths.root + "/.build/lazyfs/lazyfs"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Where files written through the mount appear.
    public let mountPoint: String
    private let fifo: String
    private let logFile: String
    private let process: Process

    /// Mounts LazyFS at `directory/mnt`, backed by `directory/root`, and waits until it is mounted.
    public init(in directory: String) async throws {
        guard let binary = Self.binary else { throw LazyFSUnavailable(reason: Self.unavailableReason ?? "no LazyFS") }
        let fileManager = FileManager.default
        mountPoint = directory + "/mnt"
        fifo = directory + "/faults.fifo"
        logFile = directory + "/lazyfs.log"
        for folder in [mountPoint, directory + "/root"] {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let config = """
            [faults]
            fifo_path="\(fifo)"
            [cache]
            apply_eviction=false
            [cache.simple]
            custom_size="1gb"
            blocks_per_page=1
            [filesystem]
            log_all_operations=false
            logfile="\(logFile)"
            """
        try Data(config.utf8).write(to: URL(fileURLWithPath: directory + "/lazyfs.toml"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            mountPoint, "--config-path", directory + "/lazyfs.toml", "-o", "allow_other", "-o", "modules=subdir",
            "-o", "subdir=" + directory + "/root", "-f",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        let mountPoint = mountPoint
        try await waitUntil("LazyFS to mount \(mountPoint)") { Self.isMounted(mountPoint) }
    }

    /// Power loss: drops every byte written through the mount and not yet synced, then returns
    /// once LazyFS confirms it.
    public func clearCache() async throws {
        try await command("lazyfs::clear-cache", confirmation: "cache is cleared")
    }

    /// Unmounts and waits for LazyFS to exit.
    public func unmount() async throws {
        _ = try await runProgram("/bin/fusermount3", ["-u", mountPoint])
        let process = process
        try await waitUntil("LazyFS to exit") { !process.isRunning }
    }

    /// Sends one command through the fault FIFO and waits for its line in LazyFS's log.
    private func command(_ text: String, confirmation: String) async throws {
        let before = occurrences(of: confirmation)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: fifo))
        try handle.write(contentsOf: Data((text + "\n").utf8))
        try handle.close()
        try await waitUntil("LazyFS to answer \(text)") { self.occurrences(of: confirmation) > before }
    }

    private func occurrences(of text: String) -> Int {
        let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        return log.components(separatedBy: text).count - 1
    }

    private static func isMounted(_ path: String) -> Bool {
        let table = (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""
        return table.split(separator: "\n").contains { $0.split(separator: " ").dropFirst().first == Substring(path) }
    }
}

/// LazyFS cannot run here (see ``LazyFS/unavailableReason``).
public struct LazyFSUnavailable: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "LazyFS is unavailable: \(reason)" }
}
