import Testing

@testable import clipperctl

/// Sizes, rates, counts and times written for people.
struct HumanFormatTests {
    @Test(arguments: [
        (0, "0 B"), (512, "512 B"), (999, "999 B"), (1_000, "1 KB"), (6_767, "6.8 KB"), (12_300_000, "12 MB"),
        (1_250_000_000, "1.3 GB"),
    ])
    func bytes(count: Int, text: String) {
        #expect(HumanFormat.bytes(count) == text)
    }

    @Test func ratesHaveOneDecimalBelowTen() {
        #expect(HumanFormat.rate(3.14, unit: "articles") == "3.1 articles/s")
        #expect(HumanFormat.rate(0, unit: "articles") == "0 articles/s")
        #expect(HumanFormat.rate(120.4, unit: "articles") == "120 articles/s")
        #expect(HumanFormat.byteRate(1_234_567) == "1.2 MB/s")
    }

    @Test func countsHaveThousandsSeparators() {
        #expect(HumanFormat.count(0) == "0")
        #expect(HumanFormat.count(999) == "999")
        #expect(HumanFormat.count(1_000) == "1,000")
        #expect(HumanFormat.count(1_234_567) == "1,234,567")
        #expect(HumanFormat.count(-45_000) == "-45,000")
    }

    @Test(arguments: [
        (0.0, "0 s"), (45, "45 s"), (185, "3 min 5 s"), (600, "10 min"), (7_500, "2 h 5 min"), (7_200, "2 h"),
        (90_000, "1 day"), (300_000, "3 days"),
    ])
    func durations(seconds: Double, text: String) {
        #expect(HumanFormat.duration(seconds) == text)
    }

    @Test func relativeTimes() {
        let now = 1_000_000.0
        #expect(HumanFormat.relativeTime(now, now: now) == "just now")
        #expect(HumanFormat.relativeTime(now - 12, now: now) == "12 s ago")
        #expect(HumanFormat.relativeTime(now - 125, now: now) == "2 min ago")
        #expect(HumanFormat.relativeTime(now - 3 * 3_600, now: now) == "3 h ago")
        #expect(HumanFormat.relativeTime(now - 4 * 86_400, now: now) == "4 days ago")
        #expect(HumanFormat.relativeTime(now + 30, now: now) == "in 30 s")
    }

    @Test func figureValues() {
        #expect(HumanFormat.number(30_000_000_000) == "30,000,000,000")
        #expect(HumanFormat.number(70) == "70")
        #expect(HumanFormat.number(2.5) == "2.5")
        #expect(HumanFormat.number(3.14159) == "3.14")
        #expect(HumanFormat.number(-0.05) == "-0.05")
    }

    @Test func isoTimesAreRead() {
        #expect(ISO8601Time.seconds("1970-01-01T00:01:00Z") == 60)
        #expect(ISO8601Time.seconds("2026-11-23T15:42:15.250Z") != nil)
        #expect(ISO8601Time.seconds("yesterday") == nil)
    }
}
