import Foundation

/// Reading the ISO 8601 times the API carries (`2026-11-23T15:42:15Z`).
enum ISO8601Time {
    /// `text` as seconds since 1970, or `nil` when it is not an ISO 8601 time.
    static func seconds(_ text: String) -> Double? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date.timeIntervalSince1970 }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)?.timeIntervalSince1970
    }
}
