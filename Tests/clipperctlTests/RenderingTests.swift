import ClipperModel
import Testing

@testable import clipperctl

/// What each command prints for people.
struct RenderingTests {
    @Test func statusShowsUnitsRatesAndUptime() {
        let text = Status.render(Samples.report, backlog: nil, width: nil)
        #expect(text.hasPrefix("clipperd 1.0.0 on news1 (pid 4242) is running\n"))
        #expect(text.contains("State:       running, up 1 min 30 s"))
        #expect(text.contains("(1,234 articles, 7 duplicates, 45 MB)"))
        #expect(text.contains("120 queued, 4 in flight, 4 workers"))
        #expect(text.contains("1,234 indexed, 2 failed, 7 duplicates"))
        #expect(text.contains("3.1 articles/s (1.5 MB/s)"))
        #expect(text.contains("image.png"))
        #expect(text.contains("a PNG image, not a text or HTML article"))
        #expect(!text.contains("Backlog"))
    }

    @Test func aPausedDaemonSaysWhy() {
        var report = Samples.report
        report.state = .paused
        report.pauseReason = "the store is unavailable: disk full"
        #expect(
            Status.render(report, backlog: nil, width: nil).contains(
                "State:       paused: the store is unavailable: disk full"))
        #expect(Pause.render(report) == "clipperd on news1 is paused: the store is unavailable: disk full.\n")
    }

    @Test func aDrainingBacklogShowsProgressAndTimeLeft() {
        // Given a watch that first saw 124 files waiting, then 100 after 24 more were finished.
        var backlog = BacklogProgress()
        var report = Samples.report
        backlog.observe(report)
        report.processed += 24
        report.queued = 96
        backlog.observe(report)
        #expect(backlog.done == 24)
        let text = Status.render(report, backlog: backlog, width: nil)
        #expect(text.contains("Backlog:     [#####.........................]  19%  24 of 124 files, 32 s left"))
        // When nothing waits any more, the bar goes away and the next backlog counts from zero.
        report.queued = 0
        report.inFlight = 0
        backlog.observe(report)
        #expect(backlog.line(rate: 1) == nil)
        #expect(backlog.done == 0)
    }

    @Test func aStoppedDaemonShowsTheStoreCounts() {
        let stopped = StoppedStatus(
            message: "clipperd is not running (no socket at /v/clipperd.sock)", socket: "/v/clipperd.sock",
            store: "sqlite:///v/clipper.sqlite",
            storeStatistics: StoreStatistics(articles: 5, duplicates: 1, sizeBytes: 81_920))
        #expect(
            Status.render(stopped) == """
                clipperd is not running (no socket at /v/clipperd.sock)
                  Store:       sqlite:///v/clipper.sqlite (5 articles, 1 duplicates, 82 KB)

                """)
    }

    @Test func clusterMarksNodesThatStoppedOrWentSilent() {
        let now = 10_000.0
        let nodes = [
            NodeStatus(
                name: "news2", version: "1.0", startedAt: 5_000, heartbeatAt: now - 100, processed: 10, failed: 0,
                duplicates: 1, rate: 0),
            NodeStatus(
                name: "news3", version: "1.0", startedAt: 5_000, heartbeatAt: now - 2, processed: 7, failed: 0,
                duplicates: 0, rate: 0.1, stoppedAt: now - 2),
            NodeStatus(
                name: "news1", version: "1.0", startedAt: 6_400, heartbeatAt: now - 4, processed: 2_500, failed: 3,
                duplicates: 9, rate: 2.5),
        ]
        let lines = Status.render(nodes, now: now, staleAfter: 30, width: nil).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("NODE   STATE    VERSION  INDEXED"))
        #expect(lines[1].hasPrefix("news1  running"))
        #expect(lines[1].contains("2,500"))
        #expect(lines[1].contains("2.5 articles/s"))
        #expect(lines[1].contains("4 s ago"))
        #expect(lines[1].hasSuffix("1 h"))
        #expect(lines[2].hasPrefix("news2  silent"), "no heartbeat for longer than staleAfter, no clean stop")
        #expect(lines[2].contains("1 min ago"))
        #expect(lines[3].hasPrefix("news3  stopped"), "a clean stop shows at once")
        #expect(lines[3].contains("2 s ago"))
        #expect(!lines[3].contains("articles/s"))
        #expect(
            Status.render([], now: now, staleAfter: 30, width: nil)
                == "No clipperd node has reported to this store yet.\n")
    }

    @Test func searchShowsRankedRowsWithSnippets() {
        let lines = Search.render(Samples.hits, width: nil).split(separator: "\n")
        #expect(lines[0].hasPrefix("#  ID"))
        #expect(lines[1].hasPrefix("1  9a9a9a9a9a9a  2025-03-30  Sheriffs split over sanctuary policy"))
        #expect(lines[2] == "    the [sanctuary] [policy] divided sheriffs")
        #expect(lines[3].hasPrefix("2  b2b2b2b2b2b2  -           budget.txt"))
        #expect(Search.render([], width: nil) == "No articles match.\n")
    }

    @Test func searchFitsTheTerminal() {
        let text = Search.render(Samples.hits, width: 40)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(text.contains("…"))
    }

    @Test func failedShowsRelativeTimes() {
        let failures = [
            FailureReport(file: "x.pdf", stage: .parse, reason: "a PDF document", time: "1970-01-01T00:10:00Z")
        ]
        let lines = Failed.render(failures, now: 720, width: nil).split(separator: "\n")
        #expect(lines[0] == "FILE   STAGE  WHEN       REASON")
        #expect(lines[1] == "x.pdf  parse  2 min ago  a PDF document")
        #expect(Failed.render([], now: 0, width: nil) == "No failed files.\n")
    }

    @Test func retrySaysWhatHappened() {
        #expect(
            Retry.render(retried: 1, byDaemon: true) == "Moved 1 file back into the inbox; clipperd is processing it.\n"
        )
        #expect(
            Retry.render(retried: 3, byDaemon: false)
                == "Moved 3 files back into the inbox; clipperd will process them when it starts.\n")
        #expect(Retry.render(retried: 0, byDaemon: true) == "No failed files to retry.\n")
    }

    @Test func showListsTheArticleAndWhatWasExtracted() {
        let record = ArticleRecord(
            id: String(repeating: "a1", count: 32),
            source: SourceInfo(file: "story.html", bytes: 6_767, mediaType: .html),
            article: ParsedArticle(
                mediaType: .html, title: "Sheriffs split", authors: ["Ana Ruiz", "Bo Li"], published: "2025-03-30",
                body: "Body text.", removed: [RemovedBlock(kind: .navigation, text: "Skip to content")]),
            extraction: Extraction(
                people: [Person(name: "Harold Medina", roles: ["Chief of Police"], count: 9)],
                quotes: [Quotation(speaker: nil, text: "We will see,", cue: nil, start: 0, end: 12)],
                figures: [Figure(text: "$30 billion", value: 30_000_000_000, unit: "USD", of: "hiring")]))
        let text = Show.render(record, body: true, removed: true, width: nil)
        #expect(text.hasPrefix("Title:     Sheriffs split\n"))
        #expect(text.contains("File:      story.html (6.8 KB, text/html)"))
        #expect(text.contains("Authors:   Ana Ruiz, Bo Li"))
        #expect(text.contains("\nBody text.\n"))
        #expect(text.contains("People (1)\nNAME           MENTIONS  ROLES\nHarold Medina         9  Chief of Police\n"))
        #expect(text.contains("(unattributed)  “We will see,”"))
        #expect(text.contains("$30 billion  30,000,000,000  USD   hiring"))
        #expect(text.contains("Removed (1)"))
        #expect(!text.contains("Places"))
        let short = Show.render(record, body: false, removed: false, width: nil)
        #expect(!short.contains("Body text."))
        #expect(!short.contains("Removed"))
    }
}
