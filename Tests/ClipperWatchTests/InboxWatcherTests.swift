import ClipperTestSupport
import ClipperWatch
import Glibc
import Logging
import Testing

@Suite(.timeLimit(.minutes(1)))
struct InboxWatcherTests {
    let logger = Logger(label: "clipper.watch.test")

    @Test func startupRescanComesFirstAndFindsFilesDroppedBeforeTheWatch() async throws {
        // Given a file dropped while nothing watched
        let inbox = TemporaryDirectory()
        inbox.write("before.txt")

        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            // Then the first event is the start-up rescan, and the listing finds the file
            #expect(await iterator.nextEvent() == .rescan(.startup))
            let names = try InboxScan.names(in: inbox.path)
            #expect(Array(names) == ["before.txt"])
        }
    }

    @Test func closedAndRenamedFilesArriveAndTemporaryNamesDoNot() async throws {
        let inbox = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))

            // When a scraper writes x.part, a dot-file is written, then x.part is renamed to x.html
            inbox.write("story.html.part")
            inbox.write(".hidden.html")
            #expect(rename(inbox.path + "/story.html.part", inbox.path + "/story.html") == 0)
            inbox.write("direct.txt")

            // Then only the rename and the direct write are reported, in order
            #expect(await iterator.nextEvent() == .file("story.html"))
            #expect(await iterator.nextEvent() == .file("direct.txt"))
        }
    }

    @Test func aFileStillBeingWrittenIsNotReportedUntilClosed() async throws {
        let inbox = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))

            // Given a file opened and half written, still open
            let open = Glibc.open(inbox.path + "/slow.txt", O_CREAT | O_WRONLY | O_CLOEXEC, 0o644)
            #expect(open >= 0)
            #expect(Glibc.write(open, "half", 4) == 4)
            // When another file is written and closed
            inbox.write("quick.txt")
            // Then the closed one arrives first (inotify keeps order), the open one only once closed
            #expect(await iterator.nextEvent() == .file("quick.txt"))
            close(open)
            #expect(await iterator.nextEvent() == .file("slow.txt"))
        }
    }

    @Test func subdirectoriesAreIgnored() async throws {
        let inbox = TemporaryDirectory()
        let outside = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))

            // When a directory is created, one is moved in, and a file is written inside one
            #expect(mkdir(inbox.path + "/made", 0o755) == 0)
            #expect(mkdir(outside.path + "/moved", 0o755) == 0)
            #expect(rename(outside.path + "/moved", inbox.path + "/moved") == 0)
            TemporaryDirectory.write(inbox.path + "/made/inner.txt")
            inbox.write("marker.txt")

            // Then the next event is the marker: nothing about the directories or their contents
            #expect(await iterator.nextEvent() == .file("marker.txt"))
            let names = try InboxScan.names(in: inbox.path)
            #expect(Array(names) == ["marker.txt"])
        }
    }

    @Test func symbolicLinksAndFIFOsCreatedInTheInboxAreReported() async throws {
        let inbox = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))

            #expect(symlink("/etc/passwd", inbox.path + "/link.txt") == 0)
            #expect(mkfifo(inbox.path + "/pipe.txt", 0o644) == 0)

            #expect(await iterator.nextEvent() == .file("link.txt"))
            #expect(await iterator.nextEvent() == .file("pipe.txt"))
        }
    }

    @Test func aNameThatIsNotUTF8ArrivesWithReplacementCharacters() async throws {
        let inbox = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))

            inbox.write(rawName: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))

            #expect(await iterator.nextEvent() == .file("caf\u{FFFD}.txt"))
        }
    }

    @Test func periodicRescanArrivesOnTheInterval() async throws {
        let inbox = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .milliseconds(100), logger: logger) {
            events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.next() == .rescan(.startup))
            #expect(await iterator.next() == .rescan(.periodic))
        }
    }

    @Test func aSettleRescanFollowsTheStartupRescan() async throws {
        let inbox = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.next() == .rescan(.startup))
            // A file written just now is left out of a live listing until it has settled…
            inbox.write("fresh.txt")
            let fresh = try InboxScan.names(in: inbox.path, unchangedFor: InboxScan.settleTime)
            #expect(fresh.isEmpty)
            // …and its close event comes anyway, as does the settle rescan. Which comes first depends on
            // how long after the start-up rescan this test got to write the file (on a loaded machine,
            // more than the settle time), so the two are taken in either order.
            let next = [await iterator.next(), await iterator.next()]
            #expect(next.contains(.file("fresh.txt")))
            #expect(next.contains(.rescan(.settle)))
            var old = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, inbox.path + "/fresh.txt", &old, 0) == 0)
            let settled = try InboxScan.names(in: inbox.path, unchangedFor: InboxScan.settleTime)
            #expect(Array(settled) == ["fresh.txt"])
        }
    }

    @Test func aMissingInboxCannotBeWatched() async throws {
        let root = TemporaryDirectory()
        let missing = root.path + "/inbox"
        let missingError = await #expect(throws: WatchError.self) {
            try await InboxWatcher.withEvents(directory: missing, rescanInterval: .zero, logger: logger) { _ in }
        }
        #expect(missingError?.description == "cannot watch \(missing): no such directory")
        root.write("file.txt")
        let error = await #expect(throws: WatchError.self) {
            try await InboxWatcher.withEvents(directory: root.path + "/file.txt", rescanInterval: .zero, logger: logger)
            { _ in }
        }
        #expect(error?.code == .notADirectory)
    }

    @Test func deletingTheInboxEndsTheStreamAndThrows() async throws {
        let root = TemporaryDirectory()
        let inbox = root.path + "/inbox"
        #expect(mkdir(inbox, 0o755) == 0)
        let error = await #expect(throws: WatchError.self) {
            try await InboxWatcher.withEvents(directory: inbox, rescanInterval: .zero, logger: logger) { events in
                var iterator = events.makeAsyncIterator()
                #expect(await iterator.nextEvent() == .rescan(.startup))
                #expect(rmdir(inbox) == 0)
                // The stream ends: the watch is gone
                while await iterator.nextEvent() != nil {}
            }
        }
        #expect(error?.code == .inboxGone)

        // And the next watcher starts clean: nothing stale is left in libinotifytools' buffer
        let next = TemporaryDirectory()
        try await InboxWatcher.withEvents(directory: next.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))
            next.write("after.txt")
            #expect(await iterator.nextEvent() == .file("after.txt"))
        }
    }

    @Test func returnsWhenBodyEndsAndTheNextWatcherCanStart() async throws {
        let inbox = TemporaryDirectory()
        for round in 1...3 {
            let value = try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger)
            {
                events in
                var iterator = events.makeAsyncIterator()
                #expect(await iterator.nextEvent() == .rescan(.startup))
                return round
            }
            #expect(value == round)
        }
    }

    @Test func aThrowingBodyStillStopsTheWatcher() async throws {
        struct Expected: Error {}
        let inbox = TemporaryDirectory()
        await #expect(throws: Expected.self) {
            try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { _ in
                throw Expected()
            }
        }
        // The library is free again
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: logger) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))
        }
    }
}
