import ClipperTestSupport
import Foundation
import Glibc
import Testing

@testable import ClipperDaemon

/// `sd_notify` against a datagram socket the test binds, as systemd would.
struct SystemdNotificationTests {
    /// Binds a Unix datagram socket at `path` and returns its descriptor.
    private func bindDatagramSocket(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0)
        return descriptor
    }

    private func receive(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        return String(decoding: buffer[..<max(0, count)], as: UTF8.self)
    }

    @Test func sendsOneDatagramToTheNotifySocket() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/notify.sock"
            let descriptor = try bindDatagramSocket(at: path)
            defer { close(descriptor) }
            #expect(SystemdNotification.send("READY=1\nSTATUS=watching", environment: ["NOTIFY_SOCKET": path]))
            #expect(receive(descriptor) == "READY=1\nSTATUS=watching")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aListenerThatStopsReadingNeverBlocksTheSender() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/notify.sock"
            let descriptor = try bindDatagramSocket(at: path)
            defer { close(descriptor) }
            // Given a listener that reads nothing (its queue holds net.unix.max_dgram_qlen messages)
            // When far more messages are sent than it can hold, every call returns
            let delivered = (0..<1_000).count { _ in
                SystemdNotification.send("WATCHDOG=1", environment: ["NOTIFY_SOCKET": path])
            }
            // Then the first ones were delivered and the rest dropped, not waited for
            #expect(delivered > 0 && delivered < 1_000)
            #expect(receive(descriptor) == "WATCHDOG=1")
        }
    }

    @Test func withoutANotifySocketNothingIsSent() {
        #expect(!SystemdNotification.send("READY=1", environment: [:]))
        #expect(!SystemdNotification.send("READY=1", environment: ["NOTIFY_SOCKET": "/nonexistent/notify.sock"]))
    }

    @Test func theWatchdogIntervalIsOnlyForThisProcess() {
        #expect(SystemdNotification.watchdogInterval(environment: ["WATCHDOG_USEC": "30000000"]) == .seconds(30))
        #expect(
            SystemdNotification.watchdogInterval(environment: [
                "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "\(getpid())",
            ])
                == .seconds(30)
        )
        #expect(
            SystemdNotification.watchdogInterval(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"]) == nil
        )
        #expect(SystemdNotification.watchdogInterval(environment: ["WATCHDOG_USEC": "nonsense"]) == nil)
    }

    @Test func theMonotonicClockMoves() {
        let first = SystemdNotification.monotonicMicroseconds()
        #expect(first > 0)
        #expect(SystemdNotification.monotonicMicroseconds() >= first)
    }
}
