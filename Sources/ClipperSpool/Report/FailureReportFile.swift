import ClipperModel
import FoundationEssentials

/// The `NAME.error.json` beside each file in `failed/`: one JSON object (an encoded
/// `FailureReport`), written atomically.
enum FailureReportFile {
    /// The report as it is written: one line of JSON with sorted keys.
    static func encode(_ report: FailureReport) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding four strings cannot fail.
        let data = (try? encoder.encode(report)) ?? Data()
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// The report in `bytes`, or nil when they are not one (empty or cut short by a crash).
    static func decode(_ bytes: [UInt8]) -> FailureReport? {
        try? JSONDecoder().decode(FailureReport.self, from: Data(bytes))
    }

    /// Now, as ISO 8601 with seconds in UTC (`2026-11-23T15:42:15Z`).
    static func now() -> String {
        Date.now.formatted(.iso8601)
    }
}
