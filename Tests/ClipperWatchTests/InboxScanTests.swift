import ClipperTestSupport
import ClipperWatch
import Glibc
import Testing

struct InboxScanTests {
    @Test func listsAcceptedNamesOldestFirstAndSkipsDirectories() throws {
        // Given files with set modification times, a sub-directory, a dot-file and a temporary name
        let inbox = TemporaryDirectory()
        for (name, seconds) in [("new.txt", 3_000), ("old.txt", 1_000), ("middle.html", 2_000)] {
            inbox.write(name)
            var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, inbox.path + "/" + name, &times, 0) == 0)
        }
        mkdir(inbox.path + "/sub.txt", 0o755)
        inbox.write(".hidden")
        inbox.write("download.part")

        // When the inbox is listed
        let names = try InboxScan.names(in: inbox.path)

        // Then only the articles are listed, oldest first
        #expect(Array(names) == ["old.txt", "middle.html", "new.txt"])
    }

    @Test func namesChangedAtTheSameInstantAreListedInByteOrder() throws {
        // Given three files with one modification time, one name longer than the others
        let inbox = TemporaryDirectory()
        for name in ["b.txt", "a-long-name-of-an-article.html", "a.txt"] {
            inbox.write(name)
            var times = [timespec(tv_sec: 5_000, tv_nsec: 7), timespec(tv_sec: 5_000, tv_nsec: 7)]
            #expect(utimensat(AT_FDCWD, inbox.path + "/" + name, &times, 0) == 0)
        }

        // Then the listing orders them by name, each read back whole
        let names = try InboxScan.names(in: inbox.path)
        #expect(names.count == 3)
        #expect(Array(names) == ["a-long-name-of-an-article.html", "a.txt", "b.txt"])
    }

    @Test func aLiveListingLeavesOutFilesStillChanging() throws {
        // Given a file written just now and one last changed long ago
        let inbox = TemporaryDirectory()
        inbox.write("writing.txt")
        inbox.write("done.txt")
        var old = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, inbox.path + "/done.txt", &old, 0) == 0)

        // Then a live listing waits for the fresh one, and a one-off listing takes both
        #expect(Array(try InboxScan.names(in: inbox.path, unchangedFor: .seconds(2))) == ["done.txt"])
        #expect(Array(try InboxScan.names(in: inbox.path)) == ["done.txt", "writing.txt"])
    }

    @Test func listsLinksAndFIFOsSoTheSpoolCanQuarantineThem() throws {
        let inbox = TemporaryDirectory()
        #expect(symlink("/etc/passwd", inbox.path + "/link.txt") == 0)
        #expect(mkfifo(inbox.path + "/pipe.txt", 0o644) == 0)

        #expect(Set(try InboxScan.names(in: inbox.path)) == ["link.txt", "pipe.txt"])
    }

    @Test func listsNamesThatAreNotUTF8WithReplacementCharacters() throws {
        let inbox = TemporaryDirectory()
        inbox.write(rawName: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))

        #expect(Array(try InboxScan.names(in: inbox.path)) == ["caf\u{FFFD}.txt"])
    }

    @Test func aMissingInboxIsAClearError() {
        let root = TemporaryDirectory()
        let missing = root.path + "/inbox"
        #expect(throws: WatchError.self) { try InboxScan.names(in: missing) }
        do {
            _ = try InboxScan.names(in: missing)
        } catch {
            #expect(error.description == "cannot list \(missing): no such directory")
            #expect(error.code == .noSuchDirectory)
        }
    }
}
