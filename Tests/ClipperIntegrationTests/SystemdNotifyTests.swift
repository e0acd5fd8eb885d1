import ClipperTestSupport
import Dispatch
import Foundation
import Glibc
import Testing

/// The real daemon talking to a notify socket the test binds, as systemd does.
@Suite(.timeLimit(.minutes(2)))
struct SystemdNotifyTests {
    @Test func readyReloadingAndStoppingReachTheNotifySocket() async throws {
        try await withTemporaryDirectory { state in
            let listener = try NotifyListener(path: state + "/notify.sock")
            let daemon = try DaemonProcess(
                arguments: ["--state-dir", state],
                environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "2000000"]
            )
            // READY=1 once the watch is up
            #expect(try await listener.next(containing: "READY=1").contains("STATUS=watching"))
            // The watchdog is pinged while the pipeline is healthy
            _ = try await listener.next(containing: "WATCHDOG=1")
            // SIGHUP: RELOADING=1 with the monotonic time, then READY=1 again
            daemon.send(SIGHUP)
            #expect(try await listener.next(containing: "RELOADING=1").contains("MONOTONIC_USEC="))
            _ = try await listener.next(containing: "READY=1")
            // SIGTERM: STOPPING=1, then a clean exit
            daemon.send(SIGTERM)
            _ = try await listener.next(containing: "STOPPING=1")
            #expect(try await daemon.waitForExit() == 0)
        }
    }
}

/// A bound Unix datagram socket whose messages are awaited one at a time.
final class NotifyListener: Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0)
        // A receive gives up after 30 s: a missing message fails the test instead of hanging it.
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(descriptor)
    }

    /// The next message that contains `text` (earlier ones are skipped).
    func next(containing text: String) async throws -> String {
        while true {
            let message = await receive()
            guard let message else { throw TimedOut(description: "no notify message containing \(text)") }
            if message.contains(text) { return message }
        }
    }

    private func receive() async -> String? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = buffer.withUnsafeMutableBytes { recv(self.descriptor, $0.baseAddress, $0.count, 0) }
                continuation.resume(returning: count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil)
            }
        }
    }
}
