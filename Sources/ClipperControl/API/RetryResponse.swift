/// The answer to `POST /retry`: how many files went back into the inbox.
public struct RetryResponse: Sendable, Hashable, Codable {
    /// The number of files moved from `failed/` back into the inbox.
    public var retried: Int

    public init(retried: Int) {
        self.retried = retried
    }
}
