import Glibc
import NIOCore
import ServiceLifecycle

/// One of the daemon's TCP servers (the web interface, the metrics endpoint), named by the
/// configuration key that set its address, so that an address another process holds stops the
/// daemon with one sentence naming both instead of NIO's `bind` error.
struct ListeningService: Service {
    /// The configuration key (`web_listen`, `metrics_listen`).
    let key: String
    /// The address as configured (`127.0.0.1:7700`).
    let address: String
    let server: any Service

    func run() async throws {
        do {
            try await server.run()
        } catch let failure as IOError {
            throw Self.error(errno: failure.errnoCode, key: key, address: address) ?? failure
        }
    }

    /// The sentence for a failed bind of `address`, or `nil` for errors other than "in use" and
    /// "not an address of this machine".
    static func error(errno: Int32, key: String, address: String) -> DaemonError? {
        switch errno {
        case EADDRINUSE:
            DaemonError(
                "\(key) \(address) is already in use by another process; stop that process, or set \(key) to another address or to off"
            )
        case EADDRNOTAVAIL:
            DaemonError("\(key) \(address) is not an address of this machine; set \(key) to one that is")
        default:
            nil
        }
    }
}
