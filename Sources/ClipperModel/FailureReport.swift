/// Why a file was quarantined: the `NAME.error.json` written beside it in `failed/`.
public struct FailureReport: Sendable, Hashable, Codable {
    /// The pipeline stage that failed.
    public enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
        case claim, read, parse, extract, index
    }

    /// The file's name in `failed/`.
    public var file: String
    public var stage: Stage
    /// One sentence a person can act on.
    public var reason: String
    /// When it failed, as ISO 8601 with seconds (`2026-11-23T15:42:15Z`).
    public var time: String

    public init(file: String, stage: Stage, reason: String, time: String) {
        self.file = file
        self.stage = stage
        self.reason = reason
        self.time = time
    }
}
