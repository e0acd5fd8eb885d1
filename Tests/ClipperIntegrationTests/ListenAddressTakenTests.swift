import ClipperTestSupport
import Foundation
import Glibc
import Testing

/// `web_listen` and `metrics_listen` on a port another process listens on: clipperd exits at
/// once with one sentence naming the address and the key, and starts nothing.
@Suite(.timeLimit(.minutes(1)))
struct ListenAddressTakenTests {
    @Test(arguments: [("web_listen", "CLIPPER_WEB_LISTEN"), ("metrics_listen", "CLIPPER_METRICS_LISTEN")])
    func aTakenPortStopsTheDaemonWithOneSentence(key: String, variable: String) async throws {
        let holder = try ListeningSocket()
        defer { holder.close() }
        try await withTemporaryDirectory { state in
            let address = "127.0.0.1:\(holder.port)"
            let daemon = try DaemonProcess(arguments: ["--state-dir", state], environment: [variable: address])
            // (waitForExit kills it if it does not stop)
            #expect(try await daemon.waitForExit(timeout: .seconds(30)) != 0)
            try await waitUntil("clipperd's error line") { daemon.lines.contains { $0.contains(key) } }
            let lines = daemon.lines.filter { !$0.isEmpty }
            #expect(lines.count == 1, "one sentence: \(lines)")
            let sentence = lines.last ?? ""
            #expect(sentence.contains("\(key) \(address) is already in use by another process"), "\(sentence)")
            // Nothing started: no control socket was made
            #expect(!FileManager.default.fileExists(atPath: state + "/clipperd.sock"))
        }
    }
}

/// A TCP socket listening on a free loopback port, as another program holding it would.
private struct ListeningSocket {
    let descriptor: Int32
    let port: Int

    init() throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let descriptor = self.descriptor
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, pointer, &length) == 0
            }
        }
        try #require(listening)
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() {
        _ = Glibc.close(descriptor)
    }
}
