import Testing

@testable import ClipperPipeline

struct RateWindowTests {
    @Test func ratesAverageOverTheTimeSinceTheFirstRecord() {
        var window = RateWindow()
        for second in 0..<10 { window.record(size: 1_000, at: second) }
        let rates = window.rates(at: 9)
        #expect(rates.files == 1)
        #expect(rates.bytes == 1_000)
    }

    @Test func oldBucketsFallOutAfterAMinute() {
        var window = RateWindow()
        window.record(size: 10, at: 0)
        #expect(window.rates(at: 30).files > 0)
        #expect(window.rates(at: 61).files == 0)
        window.record(size: 10, at: 200)
        #expect(window.rates(at: 200).files == 1.0 / 60)
    }

    @Test func anEmptyWindowIsZero() {
        #expect(RateWindow().rates(at: 100).files == 0)
    }
}
