import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A bound Unix datagram socket that plays systemd's part for a daemon under test: it collects
/// the `sd_notify` messages (`READY=1`, `STATUS=…`, `RELOADING=1`) so a test can await them.
///
/// A thread of its own receives (never the cooperative pool); it ends, closing the socket and
/// removing its file, once this object is gone.
final class NotifySocket: Sendable {
    let path: String
    private let state = Mutex<(messages: [String], waiters: [Waiter])>(([], []))

    private struct Waiter {
        let id: UUID
        let predicate: @Sendable ([String]) -> Bool
        let continuation: CheckedContinuation<Void, Never>
    }

    /// Binds a new socket in a fresh directory under /tmp (socket paths are limited to 107 bytes).
    init() throws {
        var template = Array("/tmp/clipper-notify-XXXXXX".utf8CString)
        let directory = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!).map { String(cString: $0) } }
        guard let directory else { throw TimedOut(description: "cannot make a directory for the notify socket") }
        let path = directory + "/notify.sock"
        self.path = path
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard descriptor >= 0, bound == 0 else {
            close(descriptor)
            throw TimedOut(description: "cannot bind the notify socket \(path): errno \(errno)")
        }
        // Wake up twice a second to notice that this object is gone.
        var timeout = timeval(tv_sec: 0, tv_usec: 500_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        Thread.detachNewThread { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while let socket = self {
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count > 0 { socket.received(String(decoding: buffer[..<count], as: UTF8.self)) }
            }
            close(descriptor)
            unlink(path)
            rmdir(directory)
        }
    }

    /// Every message so far, oldest first.
    var messages: [String] { state.withLock { $0.messages } }

    /// Waits until the messages satisfy `predicate`, or throws ``TimedOut`` after `timeout`.
    func wait(
        timeout: Duration, _ what: String, log: @escaping @Sendable () -> [String],
        until predicate: @escaping @Sendable ([String]) -> Bool
    ) async throws {
        let id = UUID()
        try await withTimeout(timeout, what: what, lines: log) {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let satisfied = self.state.withLock { state in
                    if predicate(state.messages) { return true }
                    state.waiters.append(Waiter(id: id, predicate: predicate, continuation: continuation))
                    return false
                }
                if satisfied { continuation.resume() }
            }
        } onTimeout: {
            let waiter = self.state.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume()
        }
    }

    private func received(_ message: String) {
        let ready = state.withLock { state -> [Waiter] in
            state.messages.append(message)
            let messages = state.messages
            let ready = state.waiters.filter { $0.predicate(messages) }
            state.waiters.removeAll { waiter in ready.contains { $0.id == waiter.id } }
            return ready
        }
        for waiter in ready { waiter.continuation.resume() }
    }
}
