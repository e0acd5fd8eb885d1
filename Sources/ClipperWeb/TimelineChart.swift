import ClipperModel
import Foundation

/// Articles over time as the bars of an SVG chart, drawn on the server: per day over a short span,
/// per week over a few years, per month beyond. Empty buckets between the first and last are kept.
struct TimelineChart: Sendable, Hashable {
    struct Bar: Sendable, Hashable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        /// `2025-03-03: 4 articles`.
        var label: String
        /// The first and last day of the bucket, `YYYY-MM-DD`.
        var from: String
        var to: String
        var articles: Int
        /// The search for the bucket's articles.
        var href: String
    }

    static let width = 720.0
    static let height = 160.0

    var bars: [Bar]
    /// `day`, `week` or `month`.
    var bucket: String
    var firstLabel: String
    var lastLabel: String
    var maximum: Int
    var total: Int
    /// One sentence for screen readers and the image's label.
    var summary: String
    var width = Self.width
    var height = Self.height
    /// Whether there is anything to draw (a stored flag: templates read stored properties only).
    var hasBars: Bool

    /// The chart of `days`; `link` gives the search for a bucket's first and last day.
    init(_ days: [DayCount], link: (_ from: String, _ to: String) -> String) {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? TimeZone.current
        let parsed: [(date: Date, count: Int)] = days.compactMap { day in
            Self.date(day.day, calendar).map { ($0, day.articles) }
        }
        guard let first = parsed.first?.date, let last = parsed.last?.date else {
            self.bars = []
            self.bucket = "day"
            self.firstLabel = ""
            self.lastLabel = ""
            self.maximum = 0
            self.total = 0
            self.summary = "No dated articles."
            self.hasBars = false
            return
        }
        let spanDays = (calendar.dateComponents([.day], from: first, to: last).day ?? 0) + 1
        let component: Calendar.Component = spanDays <= 92 ? .day : spanDays <= 1_100 ? .weekOfYear : .month
        bucket = component == .day ? "day" : component == .weekOfYear ? "week" : "month"
        func start(of date: Date) -> Date {
            calendar.dateInterval(of: component == .day ? .day : component, for: date)?.start ?? date
        }
        var counts: [Date: Int] = [:]
        for entry in parsed { counts[start(of: entry.date), default: 0] += entry.count }
        var starts: [Date] = []
        var cursor = start(of: first)
        let end = start(of: last)
        while cursor <= end, starts.count < 400 {
            starts.append(cursor)
            cursor = calendar.date(byAdding: component, value: 1, to: cursor) ?? end.addingTimeInterval(1)
        }
        let maximum = max(1, counts.values.max() ?? 1)
        // A few buckets stay narrow bars on the left rather than filling the width.
        let slot = min(Self.width / Double(starts.count), 40)
        let chartHeight = Self.height - 4
        bars = starts.enumerated().map { index, bucketStart in
            let count = counts[bucketStart] ?? 0
            let bucketEnd =
                calendar.date(
                    byAdding: .day, value: -1,
                    to: calendar.date(byAdding: component, value: 1, to: bucketStart) ?? bucketStart) ?? bucketStart
            let from = Self.day(bucketStart, calendar)
            let to = Self.day(bucketEnd, calendar)
            let height = count == 0 ? 0 : max(2, chartHeight * Double(count) / Double(maximum))
            return Bar(
                x: (Double(index) * slot * 100).rounded() / 100, y: ((Self.height - height) * 100).rounded() / 100,
                width: (max(1, slot - (slot > 4 ? 1 : 0)) * 100).rounded() / 100,
                height: (height * 100).rounded() / 100,
                label: "\(from == to ? from : from + " to " + to): \(count) article\(count == 1 ? "" : "s")",
                from: from, to: to, articles: count, href: link(from, to))
        }
        self.maximum = maximum
        hasBars = !bars.isEmpty
        total = parsed.reduce(0) { $0 + $1.count }
        firstLabel = Self.day(first, calendar)
        lastLabel = Self.day(last, calendar)
        summary =
            "\(total) dated article\(total == 1 ? "" : "s") from \(firstLabel) to \(lastLabel), per \(bucket); at most \(maximum) in one \(bucket)."
    }

    private static func date(_ text: String, _ calendar: Calendar) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    private static func day(_ date: Date, _ calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0
        let month = parts.month ?? 0
        let day = parts.day ?? 0
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
