import Dispatch
import Glibc

/// `sd_notify(3)` without libsystemd: one datagram to the socket systemd names in
/// `$NOTIFY_SOCKET` (a path, or an abstract name when it starts with `@`).
public enum SystemdNotification {
    /// Sends `state` (`"READY=1"`, `"STATUS=…"`, several lines joined by `\n`).
    ///
    /// Never blocks: a listener that stops reading (its queue full) loses the message rather than
    /// holding a thread of the cooperative pool, which would stall the daemon's shutdown.
    ///
    /// - Returns: `false` when not run by systemd (no `$NOTIFY_SOCKET`) or the send failed.
    @discardableResult
    public static func send(_ state: String, environment: [String: String]) -> Bool {
        guard let path = environment["NOTIFY_SOCKET"], !path.isEmpty else { return false }
        var pathBytes = Array(path.utf8)
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: pathBytes)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count + (pathBytes.first == 0 ? 0 : 1))
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let message = Array(state.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                message.withUnsafeBytes { bytes in
                    sendto(
                        descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT), socketAddress,
                        length)
                }
            }
        }
        return sent == message.count
    }

    /// The watchdog interval systemd asks for (`WatchdogSec=`), when it is meant for this process.
    public static func watchdogInterval(environment: [String: String]) -> Duration? {
        guard let text = environment["WATCHDOG_USEC"], let microseconds = Int64(text), microseconds > 0 else {
            return nil
        }
        if let pid = environment["WATCHDOG_PID"], Int32(pid) != getpid() { return nil }
        return .microseconds(microseconds)
    }

    /// `CLOCK_MONOTONIC` now, in microseconds, for `RELOADING=1` + `MONOTONIC_USEC=`.
    public static func monotonicMicroseconds() -> UInt64 {
        // DispatchTime counts CLOCK_MONOTONIC on Linux.
        DispatchTime.now().uptimeNanoseconds / 1_000
    }
}
