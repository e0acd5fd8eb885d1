import ClipperModel
import Testing

@testable import ClipperWeb

struct TimelineChartTests {
    @Test func shortSpansAreDaysWithEmptyDaysKept() {
        let chart = TimelineChart([DayCount(day: "2025-03-01", articles: 2), DayCount(day: "2025-03-04", articles: 4)])
        {
            "/search?from=\($0)&to=\($1)"
        }
        #expect(chart.bucket == "day")
        #expect(chart.bars.map(\.articles) == [2, 0, 0, 4])
        #expect(chart.bars.last?.height == TimelineChart.height - 4)
        #expect(chart.bars[1].height == 0)
        #expect(chart.bars[0].href == "/search?from=2025-03-01&to=2025-03-01")
        #expect(chart.total == 6)
    }

    @Test func longSpansAreWeeksOrMonths() {
        let weeks = TimelineChart([DayCount(day: "2025-01-01", articles: 1), DayCount(day: "2025-12-31", articles: 1)])
        {
            _, _ in ""
        }
        #expect(weeks.bucket == "week")
        #expect(weeks.bars.count >= 52 && weeks.bars.count <= 54)
        let months = TimelineChart([DayCount(day: "2020-01-15", articles: 1), DayCount(day: "2025-12-31", articles: 3)])
        {
            _, _ in ""
        }
        #expect(months.bucket == "month")
        #expect(months.bars.count == 72)
        #expect(months.bars.first?.from == "2020-01-01")
        #expect(months.bars.first?.to == "2020-01-31")
    }

    @Test func nothingDatedDrawsNothing() {
        #expect(TimelineChart([DayCount(day: "someday", articles: 1)]) { _, _ in "" }.hasBars == false)
    }
}
