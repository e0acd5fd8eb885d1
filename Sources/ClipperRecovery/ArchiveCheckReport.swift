import Foundation

/// What ``ArchiveCheck`` found.
public struct ArchiveCheckReport: Sendable, Equatable, Encodable {
    /// An archived file that could not be read for hashing.
    public struct Unreadable: Sendable, Equatable, Encodable {
        public var file: String
        public var reason: String
    }

    /// Files in `archive/`.
    public var checked = 0
    /// Of those, the files read and hashed because the store did not know their name.
    public var hashed = 0
    /// Archived files with no row in the store.
    public var missing: [String] = []
    /// The names those files got in the inbox (empty unless the check repaired).
    public var requeued: [String] = []
    /// Archived files that could not be read (left where they are).
    public var unreadable: [Unreadable] = []
    /// How long the check took.
    public var duration: Duration = .zero

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case checked, hashed, missing, requeued, unreadable, seconds
    }

    /// The report as `clipperctl check --json` prints it, with the duration in seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checked, forKey: .checked)
        try container.encode(hashed, forKey: .hashed)
        try container.encode(missing, forKey: .missing)
        try container.encode(requeued, forKey: .requeued)
        try container.encode(unreadable, forKey: .unreadable)
        try container.encode(seconds, forKey: .seconds)
    }

    /// ``duration`` in whole milliseconds, for log metadata.
    public var milliseconds: Int { Int((seconds * 1_000).rounded()) }

    private var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// One line for the log and `clipperctl check`.
    public var summary: String {
        var line = "archive check: \(checked) archived files, \(missing.count) with no row in the store"
        if !requeued.isEmpty { line += ", \(requeued.count) requeued for indexing" }
        if !unreadable.isEmpty { line += ", \(unreadable.count) unreadable" }
        return line + " (\(hashed) hashed, " + String(format: "%.2f s", seconds) + ")"
    }
}
