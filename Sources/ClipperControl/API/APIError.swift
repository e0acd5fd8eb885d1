/// The body of every error answer: `{"error": "one sentence"}`.
///
/// The sentence names the problem in words a user can act on; `clipperctl`
/// prints it as it is.
public struct APIError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// One sentence saying what went wrong.
    public var error: String

    public init(_ error: String) {
        self.error = error
    }

    public var description: String { error }
}
