import Foundation
public import Logging
import Synchronization

/// One line per event on standard error, readable in journald and in a terminal:
/// `info indexed 256 files in 84 ms [batch.size=256 duration_ms=84.2]`.
///
/// The metadata follows the message in logfmt pairs, sorted by key; a value with a space,
/// a quote, an `=` or nothing in it is quoted (`reason="not a text file"`), so a log shipper
/// can split the pairs without knowing the message.
///
/// Under systemd (`$JOURNAL_STREAM` set) the line starts with a `<N>` priority
/// prefix that journald turns into the entry's priority, and carries no time stamp,
/// which journald adds itself.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let levelSwitch: LogLevelSwitch
    private let underJournald: Bool
    private static let output = Mutex(())

    public init(label: String, levelSwitch: LogLevelSwitch, environment: [String: String]) {
        self.label = label
        self.levelSwitch = levelSwitch
        self.underJournald = environment["JOURNAL_STREAM"] != nil
    }

    public var logLevel: Logger.Level {
        get { levelSwitch.level }
        set { levelSwitch.level = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line =
            underJournald
            ? "<\(Self.priority(event.level))>\(event.message)"
            : "\(Date().formatted(.iso8601)) \(event.level) \(event.message)"
        if !merged.isEmpty { line += " " + Self.pairs(merged) }
        line = line.replacingOccurrences(of: "\n", with: "\\n") + "\n"
        Self.output.withLock { _ in
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// `metadata` as `[key=value key="two words"]`, sorted by key.
    static func pairs(_ metadata: Logger.Metadata) -> String {
        let fields = metadata.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(quotedIfNeeded("\(value)"))"
        }
        return "[" + fields.joined(separator: " ") + "]"
    }

    /// `value` as it is, or in double quotes with `"` and `\` escaped when it holds a space,
    /// a quote, an `=`, a `]`, or nothing.
    static func quotedIfNeeded(_ value: String) -> String {
        let plain =
            !value.isEmpty
            && !value.utf8.contains { byte in
                byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "=")
                    || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\\")
            }
        if plain { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    /// syslog priorities, as journald reads them from a `<N>` prefix.
    private static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}
