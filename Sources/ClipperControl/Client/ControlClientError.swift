import ClipperControlAPI

/// What can go wrong talking to `clipperd` over its control socket.
public enum ControlClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing listens on the socket: the file is missing or refuses connections.
    case daemonNotRunning(socketPath: String)
    /// The daemon answered with an error status; `message` is its sentence.
    case rejected(status: Int, message: String)
    /// The daemon's answer could not be read as the API's JSON.
    case unreadableAnswer(path: String, reason: String)
    /// The socket exists but talking to it failed (permissions, a broken connection).
    case connectionFailed(socketPath: String, reason: String)

    public var description: String {
        switch self {
        case .daemonNotRunning(let socketPath): "clipperd is not running (no socket at \(socketPath))"
        case .rejected(_, let message): message
        case .unreadableAnswer(let path, let reason): "the answer to \(path) is not valid: \(reason)"
        case .connectionFailed(let socketPath, let reason): "cannot talk to clipperd at \(socketPath): \(reason)"
        }
    }
}
