import ClipperModel

/// Values the rendering tests show.
enum Samples {
    static let report = StatusReport(
        node: "news1", version: "1.0.0", pid: 4242, startedAt: 1_000, now: 1_090, state: .running, pauseReason: nil,
        inbox: "/var/lib/clipper/inbox", stateDir: "/var/lib/clipper",
        store: "sqlite:///var/lib/clipper/clipper.sqlite",
        workers: 4, queued: 120, inFlight: 4, processed: 1_234, failed: 2, duplicates: 7, rate: 3.14,
        bytesRate: 1_500_000,
        recentFailures: [
            FailureReport(
                file: "image.png", stage: .parse, reason: "a PNG image, not a text or HTML article",
                time: "1970-01-01T00:17:10Z")
        ],
        storeStatistics: StoreStatistics(articles: 1_234, duplicates: 7, sizeBytes: 45_200_000)
    )

    static let hits = [
        SearchHit(
            id: String(repeating: "9a", count: 32), file: "000_9a6ba32a55528ed4.txt",
            title: "Sheriffs split over sanctuary policy",
            published: "2025-03-30", snippet: "the [sanctuary] [policy] divided\nsheriffs", score: 4.2),
        SearchHit(
            id: String(repeating: "b2", count: 32), file: "budget.txt", title: nil, published: nil,
            snippet: "a [policy] change", score: 1.1),
    ]
}
