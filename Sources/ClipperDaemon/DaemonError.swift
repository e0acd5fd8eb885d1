/// A reason the daemon cannot start or go on, in one sentence.
public struct DaemonError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
