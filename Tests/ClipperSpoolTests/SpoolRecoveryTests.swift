import ClipperModel
import ClipperSpool
import ClipperTestSupport
import Glibc
import Testing

struct SpoolRecoveryTests {
    @Test func filesLeftInProcessingByACrashGoBackToTheInbox() throws {
        // Given two files claimed by a daemon that then died, and a new file of the same name
        let fixture = try SpoolFixture()
        fixture.drop("a.txt", "old a")
        fixture.drop("b.txt")
        _ = try fixture.spool.claim("a.txt")
        _ = try fixture.spool.claim("b.txt")
        fixture.drop("a.txt", "new a")

        // When the next start requeues them
        let requeued = try fixture.spool.requeueAbandoned()

        // Then processing/ is empty and nothing was replaced
        #expect(Set(requeued) == ["a.1.txt", "b.txt"])
        #expect(fixture.names(in: fixture.spool.processing).isEmpty)
        #expect(fixture.names(in: fixture.spool.inbox) == ["a.1.txt", "a.txt", "b.txt"])
        #expect(fixture.contents(fixture.spool.inbox + "/a.txt") == "new a")
    }

    @Test func strayAndOrphanedReportsAreRemovedAtStartUp() throws {
        let fixture = try SpoolFixture()
        TemporaryDirectory.write(fixture.spool.failed + "/.report-123.tmp", "{")
        TemporaryDirectory.write(fixture.spool.failed + "/gone.txt.error.json", "{}")
        fixture.drop("kept.txt")
        try fixture.spool.quarantine(try #require(try fixture.spool.claim("kept.txt")), stage: .read, reason: "kept")

        #expect(try fixture.spool.requeueAbandoned() == [])

        #expect(fixture.names(in: fixture.spool.failed) == ["kept.txt", "kept.txt.error.json"])
    }

    @Test func failuresAreNewestFirstAndAFileWithoutReportIsStillListed() throws {
        let fixture = try SpoolFixture()
        TemporaryDirectory.write(
            fixture.spool.failed + "/old.txt.error.json",
            #"{"file":"old.txt","reason":"older","stage":"parse","time":"2020-01-01T00:00:00Z"}"#)
        TemporaryDirectory.write(fixture.spool.failed + "/old.txt")
        TemporaryDirectory.write(
            fixture.spool.failed + "/new.txt.error.json",
            #"{"file":"new.txt","reason":"newer","stage":"extract","time":"2026-01-01T00:00:00Z"}"#)
        TemporaryDirectory.write(fixture.spool.failed + "/new.txt")
        TemporaryDirectory.write(fixture.spool.failed + "/orphan.txt")
        TemporaryDirectory.write(fixture.spool.failed + "/cut.txt.error.json", #"{"file":"cu"#)
        TemporaryDirectory.write(fixture.spool.failed + "/cut.txt")
        var past = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, fixture.spool.failed + "/orphan.txt", &past, 0) == 0)
        #expect(utimensat(AT_FDCWD, fixture.spool.failed + "/cut.txt", &past, 0) == 0)

        let failures = try fixture.spool.failures()

        #expect(failures.map(\.file) == ["new.txt", "old.txt", "cut.txt", "orphan.txt"])
        #expect(failures[0].reason == "newer")
        #expect(failures[0].stage == .extract)
        #expect(failures[3].reason == "no readable report beside it (Clipper may have stopped while quarantining it)")
        #expect(failures[3].time == "2001-09-09T01:46:40Z")
    }

    @Test func retryBringsAFileBackAndRemovesItsReport() throws {
        let fixture = try SpoolFixture()
        fixture.drop("bad.txt", "fixed now")
        try fixture.spool.quarantine(try #require(try fixture.spool.claim("bad.txt")), stage: .parse, reason: "bug")

        try fixture.spool.retry("bad.txt")

        #expect(fixture.names(in: fixture.spool.inbox) == ["bad.txt"])
        #expect(fixture.names(in: fixture.spool.failed).isEmpty)
        #expect(try fixture.spool.failures().isEmpty)
    }

    @Test func retryNamesWhatIsWrong() throws {
        let fixture = try SpoolFixture()
        let missing = #expect(throws: SpoolError.self) { try fixture.spool.retry("nothing.txt") }
        #expect(missing?.description == "no such failed file: nothing.txt")

        fixture.drop("bad.txt")
        try fixture.spool.quarantine(try #require(try fixture.spool.claim("bad.txt")), stage: .parse, reason: "bug")
        let report = #expect(throws: SpoolError.self) { try fixture.spool.retry("bad.txt.error.json") }
        #expect(report?.description == "bad.txt.error.json is the report of a failed file; retry bad.txt instead")
        let path = #expect(throws: SpoolError.self) { try fixture.spool.retry("../inbox") }
        #expect(path?.code == .invalidName)
    }

    @Test func retryAllBringsEverythingBackWithoutReplacingTheInbox() throws {
        let fixture = try SpoolFixture()
        for name in ["one.txt", "two.txt", "three.txt"] {
            fixture.drop(name, "failed \(name)")
            try fixture.spool.quarantine(try #require(try fixture.spool.claim(name)), stage: .extract, reason: "bug")
        }
        fixture.drop("one.txt", "a new one")

        #expect(try fixture.spool.retryAll() == 3)

        #expect(fixture.names(in: fixture.spool.inbox) == ["one.1.txt", "one.txt", "three.txt", "two.txt"])
        #expect(fixture.contents(fixture.spool.inbox + "/one.txt") == "a new one")
        #expect(fixture.names(in: fixture.spool.failed).isEmpty)
    }
}
