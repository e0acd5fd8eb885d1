import ClipperConfig
import Glibc

/// Checks, before the daemon starts anything, that a TCP address it will listen on is free, so
/// that one held by another process stops it with one sentence and no half start.
enum ListenProbe {
    /// Binds and closes a socket on `address` (as the servers do, with `SO_REUSEADDR`), turning
    /// "in use" and "not an address of this machine" into ``DaemonError``s that name `key`.
    /// Port 0 (any free port) is never checked. ``ListeningService`` catches the same errors
    /// should another process take the port between this check and the server's bind.
    static func ensureFree(_ address: ListenAddress, key: String) throws {
        guard address.port != 0 else { return }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(address.host, String(address.port), &hints, &found) == 0, let first = found else {
            return  // The server reports a host it cannot resolve itself.
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var on: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 else { return }
        if let error = ListeningService.error(errno: errno, key: key, address: address.description) { throw error }
    }
}
