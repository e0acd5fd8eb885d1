/// The body of `POST /retry`: one quarantined file by name, or every one of them.
///
/// `{"name": "x.html"}` or `{"all": true}`; exactly one of the two.
public struct RetryRequest: Sendable, Hashable, Codable {
    /// The file's name in `failed/`.
    public var name: String?
    /// Whether to retry every quarantined file.
    public var all: Bool?

    /// A request to retry one file.
    public static func file(_ name: String) -> RetryRequest {
        RetryRequest(name: name, all: nil)
    }

    /// A request to retry every quarantined file.
    public static let allFailed = RetryRequest(name: nil, all: true)

    public init(name: String?, all: Bool?) {
        self.name = name
        self.all = all
    }
}
