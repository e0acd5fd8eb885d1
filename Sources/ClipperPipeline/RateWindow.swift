/// Counts over the last minute in one-second buckets: a plain value, no clock of its own.
struct RateWindow: Sendable, Hashable {
    private static let span = 60
    private var files = [Int](repeating: 0, count: span)
    private var bytes = [Int](repeating: 0, count: span)
    private var latestSecond = 0
    private var firstSecond: Int?

    /// Records one finished file of `size` bytes at `second` (seconds on a monotonic clock).
    mutating func record(size: Int, at second: Int) {
        advance(to: second)
        files[second % Self.span] += 1
        bytes[second % Self.span] += size
    }

    /// Files and bytes per second over the last minute (or since the first record, if sooner).
    func rates(at second: Int) -> (files: Double, bytes: Double) {
        guard let firstSecond else { return (0, 0) }
        var copy = self
        copy.advance(to: second)
        let elapsed = Double(max(1, min(Self.span, second - firstSecond + 1)))
        return (Double(copy.files.reduce(0, +)) / elapsed, Double(copy.bytes.reduce(0, +)) / elapsed)
    }

    private mutating func advance(to second: Int) {
        if firstSecond == nil { firstSecond = second; latestSecond = second }
        guard second > latestSecond else { return }
        let cleared = min(Self.span, second - latestSecond)
        for offset in 1...cleared {
            let slot = (latestSecond + offset) % Self.span
            files[slot] = 0
            bytes[slot] = 0
        }
        latestSecond = second
    }
}
