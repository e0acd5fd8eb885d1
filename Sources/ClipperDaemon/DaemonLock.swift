import Glibc

/// The lock that keeps a second `clipperd` off a state directory: an exclusive
/// `flock(2)` on `clipperd.lock`, held for the life of the process (the kernel
/// releases it when the process dies, so a crash never leaves it stale).
public struct DaemonLock: ~Copyable {
    private let descriptor: Int32

    /// Takes the lock or says who holds it.
    public init(path: String) throws(DaemonError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DaemonError("cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.readPID(descriptor)
            close(descriptor)
            let who = holder.map { "clipperd (pid \($0))" } ?? "clipperd"
            throw DaemonError("another \(who) is already running on this state directory (lock file \(path))")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    private static func readPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).filter(\.isNumber))
    }
}
