import ClipperModel
import ClipperSpool
import Glibc
import Testing

struct SpoolFinishTests {
    @Test func finishArchivesWithoutReplacingAnEarlierFileOfTheSameName() throws {
        // Given story.html already archived yesterday
        let fixture = try SpoolFixture()
        fixture.drop("story.html", "yesterday")
        try fixture.spool.finish(try #require(try fixture.spool.claim("story.html")), keepOriginal: true)
        fixture.drop("story.html", "today")

        // When today's story.html is finished
        try fixture.spool.finish(try #require(try fixture.spool.claim("story.html")), keepOriginal: true)

        // Then both are archived
        #expect(fixture.names(in: fixture.spool.archive) == ["story.1.html", "story.html"])
        #expect(fixture.contents(fixture.spool.archive + "/story.1.html") == "today")
        #expect(fixture.names(in: fixture.spool.processing).isEmpty)
    }

    @Test func finishWithoutKeepingDeletesTheOriginal() throws {
        let fixture = try SpoolFixture()
        fixture.drop("story.html")
        try fixture.spool.finish(try #require(try fixture.spool.claim("story.html")), keepOriginal: false)

        #expect(fixture.names(in: fixture.spool.archive).isEmpty)
        #expect(fixture.names(in: fixture.spool.processing).isEmpty)
    }

    @Test func finishingTwiceIsNotFound() throws {
        let fixture = try SpoolFixture()
        fixture.drop("story.html")
        let claimed = try #require(try fixture.spool.claim("story.html"))
        try fixture.spool.finish(claimed, keepOriginal: true)

        let error = #expect(throws: SpoolError.self) { try fixture.spool.finish(claimed, keepOriginal: true) }
        #expect(error?.code == .notFound)
    }

    @Test func quarantineWritesTheFileAndItsReport() throws {
        // Given a claimed binary file
        let fixture = try SpoolFixture()
        fixture.drop("image.png", "\u{89}PNG")
        let claimed = try #require(try fixture.spool.claim("image.png"))

        // When it is quarantined at the parse stage
        try fixture.spool.quarantine(claimed, stage: .parse, reason: "a PNG image, not a text or HTML article")

        // Then failed/ holds it and its report, a JSON FailureReport with an ISO time
        #expect(fixture.names(in: fixture.spool.failed) == ["image.png", "image.png.error.json"])
        let written = fixture.contents(fixture.spool.failed + "/image.png.error.json")
        let json = try #require(written)
        #expect(json.contains(#""reason":"a PNG image, not a text or HTML article""#))
        #expect(json.contains(#""stage":"parse""#))
        let report = try #require(try fixture.spool.failures().first)
        #expect(report.file == "image.png")
        #expect(report.stage == .parse)
        #expect(report.time.count == 20 && report.time.hasSuffix("Z"))
    }

    @Test func quarantineNumbersATakenName() throws {
        let fixture = try SpoolFixture()
        for round in 1...2 {
            fixture.drop("bad.txt", "round \(round)")
            try fixture.spool.quarantine(
                try #require(try fixture.spool.claim("bad.txt")), stage: .parse, reason: "bad \(round)")
        }
        #expect(
            fixture.names(in: fixture.spool.failed) == [
                "bad.1.txt", "bad.1.txt.error.json", "bad.txt", "bad.txt.error.json",
            ])
        #expect(Set(try fixture.spool.failures().map(\.reason)) == ["bad 1", "bad 2"])
    }

    @Test func aLongNameIsShortenedSoItsReportFits() throws {
        // Given a 255-byte name: NAME.error.json would be 266 bytes
        let fixture = try SpoolFixture()
        let name = String(repeating: "x", count: 251) + ".txt"
        fixture.drop(name)
        let claimed = try #require(try fixture.spool.claim(name))

        try fixture.spool.quarantine(claimed, stage: .parse, reason: "not an article")

        let report = try #require(try fixture.spool.failures().first)
        #expect(report.file.utf8.count == 244)
        #expect(report.file.hasSuffix(".txt"))
        #expect(report.reason == "not an article")
        #expect(fixture.names(in: fixture.spool.failed).count == 2)
    }
}
