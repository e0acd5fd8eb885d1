import ClipperControlAPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks whether anything accepts connections on a Unix socket, before a request is sent.
///
/// AsyncHTTPClient retries a refused connection until the request's deadline, so a daemon
/// that is not running would take the whole timeout to notice; `connect(2)` on a Unix socket
/// answers at once.
enum SocketProbe {
    /// What a connection attempt found.
    enum Outcome: Equatable {
        /// Something accepted the connection.
        case listening
        /// No socket file, or a socket nobody listens on (a daemon that stopped or crashed).
        case nobodyListening
        /// The socket exists but cannot be used; the text says why (`Permission denied`).
        case unusable(String)
    }

    /// Connects to `path` and closes the connection straight away.
    static func probe(_ path: String) -> Outcome {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            return .unusable("the socket path is longer than \(MemoryLayout.size(ofValue: address.sun_path) - 1) bytes")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        #if canImport(Glibc)
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
            let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return .unusable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var result: Int32
        repeat {
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
        } while result != 0 && errno == EINTR
        if result == 0 { return .listening }
        switch errno {
        case ENOENT, ECONNREFUSED, ENOTSOCK, ENOTDIR: return .nobodyListening
        case EAGAIN: return .listening  // the backlog is full: the daemon is there, only busy
        default: return .unusable(String(cString: strerror(errno)))
        }
    }
}
