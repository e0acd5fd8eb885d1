/// The body of `POST /pause` (optional): why intake stops.
public struct PauseRequest: Sendable, Hashable, Codable {
    /// Shown in `status` while paused; `paused by clipperctl` when left out.
    public var reason: String?

    public init(reason: String?) {
        self.reason = reason
    }
}
