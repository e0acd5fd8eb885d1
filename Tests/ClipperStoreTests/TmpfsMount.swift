import Foundation

/// A small tmpfs mounted for one test, so disk-full and read-only faults are real.
///
/// Mounting needs root (and a kernel that lets the container mount); tests that need it are
/// enabled only when ``isPermitted``.
struct TmpfsMount {
    /// The mount point.
    let path: String

    /// Whether this process may mount a tmpfs here (tried once).
    static let isPermitted: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
            "clipper-mount-probe-\(UUID().uuidString)"
        ).path
        guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil else {
            return false
        }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard (try? run("mount", ["-t", "tmpfs", "-o", "size=64k", "clipper-probe", probe]))?.status == 0 else {
            return false
        }
        _ = try? run("umount", [probe])
        return true
    }()

    /// Runs `body` with a fresh tmpfs of `kilobytes`, unmounted and removed afterwards.
    static func with<T>(kilobytes: Int, _ body: (TmpfsMount) async throws -> T) async throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clipper-tmpfs-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mounted = try run("mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "clipper-test", path])
        guard mounted.status == 0 else { throw TestSetupError("mount failed: \(mounted.output)") }
        defer { _ = try? run("umount", ["-l", path]) }
        return try await body(TmpfsMount(path: path))
    }

    /// Changes the mount's options in place (`ro`, `rw`, `size=16m`).
    func remount(_ options: String) throws {
        let result = try run("mount", ["-o", "remount,\(options)", path])
        guard result.status == 0 else { throw TestSetupError("remount \(options) failed: \(result.output)") }
    }
}
