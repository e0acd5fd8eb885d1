import ClipperModel
import ClipperSpool
import ClipperTestSupport
import Glibc
import Testing

struct SpoolClaimTests {
    @Test func openingCreatesTheFoldersAndTheInbox() throws {
        let directory = TemporaryDirectory()
        let spool = try Spool(root: directory.path + "/state", inbox: directory.path + "/drop/inbox")
        for folder in [spool.inbox, spool.processing, spool.archive, spool.failed] {
            var status = stat()
            #expect(stat(folder, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR, "\(folder)")
        }
        #expect(spool.processing == directory.path + "/state/processing")
    }

    @Test(.enabled(if: access("/dev/shm", W_OK) == 0 && TemporaryDirectory.onSeparateFileSystem))
    func anInboxOnAnotherFileSystemIsRefused() throws {
        let shared = TemporaryDirectory()
        let disk = TemporaryDirectory(base: "/tmp")
        let error = #expect(throws: SpoolError.self) {
            try Spool(root: disk.path, inbox: shared.path + "/inbox")
        }
        #expect(error?.code == .crossDevice)
        #expect(error?.description.contains("are on different file systems") == true)
    }

    @Test func claimMovesTheFileIntoProcessing() throws {
        let fixture = try SpoolFixture()
        fixture.drop("story.html", "<p>Hello</p>")

        let claimed = try #require(try fixture.spool.claim("story.html"))

        #expect(
            claimed
                == ClaimedFile(name: "story.html", originalName: "story.html", size: 12, modified: claimed.modified))
        #expect(claimed.modified > 0, "the claim keeps the time the file landed")
        #expect(fixture.names(in: fixture.spool.inbox).isEmpty)
        #expect(fixture.names(in: fixture.spool.processing) == ["story.html"])
    }

    @Test func aSecondFileWithTheSameNameNeverReplacesTheFirst() throws {
        let fixture = try SpoolFixture()
        fixture.drop("story.html", "first")
        let first = try #require(try fixture.spool.claim("story.html"))
        fixture.drop("story.html", "second")

        let second = try #require(try fixture.spool.claim("story.html"))

        #expect(first.name == "story.html")
        #expect(second.name == "story.1.html")
        #expect(fixture.contents(fixture.spool.processing + "/story.html") == "first")
        #expect(fixture.contents(fixture.spool.processing + "/story.1.html") == "second")
    }

    @Test func aFileDeletedOrTakenBeforeTheClaimIsNil() throws {
        let fixture = try SpoolFixture()
        #expect(try fixture.spool.claim("never-there.txt") == nil)
        fixture.drop("race.txt")
        _ = try fixture.spool.claim("race.txt")
        // A second claim of the same event (another worker, a rescan) finds nothing
        #expect(try fixture.spool.claim("race.txt") == nil)
    }

    @Test func aSubdirectoryIsLeftInTheInbox() throws {
        let fixture = try SpoolFixture()
        #expect(mkdir(fixture.spool.inbox + "/folder", 0o755) == 0)

        #expect(try fixture.spool.claim("folder") == nil)
        #expect(fixture.names(in: fixture.spool.inbox) == ["folder"])
    }

    @Test func aSymbolicLinkIsQuarantinedAndItsTargetUntouched() throws {
        // Given a link in the inbox to a file outside it
        let fixture = try SpoolFixture()
        let outside = TemporaryDirectory()
        outside.write("secret.txt", "do not move me")
        #expect(symlink(outside.path + "/secret.txt", fixture.spool.inbox + "/link.txt") == 0)

        // When it is claimed
        let error = #expect(throws: SpoolError.self) { try fixture.spool.claim("link.txt") }

        // Then the link itself is in failed/ with its report, and the target is where it was
        #expect(error?.code == .quarantined)
        #expect(error?.description == "a symbolic link; Clipper does not follow links out of the inbox")
        #expect(fixture.fileType(fixture.spool.failed + "/link.txt") == S_IFLNK)
        #expect(fixture.contents(outside.path + "/secret.txt") == "do not move me")
        let report = try #require(try fixture.spool.failures().first)
        #expect(report.file == "link.txt")
        #expect(report.stage == .claim)
        #expect(report.reason == "a symbolic link; Clipper does not follow links out of the inbox")
    }

    @Test func aFIFOIsQuarantinedWithoutBlocking() throws {
        let fixture = try SpoolFixture()
        #expect(mkfifo(fixture.spool.inbox + "/pipe.txt", 0o644) == 0)

        let error = #expect(throws: SpoolError.self) { try fixture.spool.claim("pipe.txt") }

        #expect(error?.description == "not a regular file (a FIFO)")
        #expect(fixture.fileType(fixture.spool.failed + "/pipe.txt") == S_IFIFO)
    }

    @Test func aSocketIsQuarantined() throws {
        let fixture = try SpoolFixture()
        let path = fixture.spool.inbox + "/socket.txt"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)

        let error = #expect(throws: SpoolError.self) { try fixture.spool.claim("socket.txt") }

        #expect(error?.description == "not a regular file (a socket)")
        #expect(fixture.names(in: fixture.spool.failed) == ["socket.txt", "socket.txt.error.json"])
    }

    @Test(arguments: ["../escape.txt", "a/b.txt", "", ".."])
    func pathsAreRefused(_ name: String) throws {
        let fixture = try SpoolFixture()
        let error = #expect(throws: SpoolError.self) { try fixture.spool.claim(name) }
        #expect(error?.code == .invalidName)
    }

    @Test(arguments: [
        "with spaces.txt", "new\nline.txt", "\"quoted\" 'name'.txt", "-leading-dash.txt", "été €.html",
        String(repeating: "n", count: 251) + ".txt",
    ])
    func oddNamesGoThroughClaimReadAndFinish(_ name: String) throws {
        let fixture = try SpoolFixture()
        fixture.drop(name, "body")

        let claimed = try #require(try fixture.spool.claim(name))
        #expect(claimed.name == name)
        #expect(try fixture.spool.read(claimed, maxBytes: 100) == Array("body".utf8))
        try fixture.spool.finish(claimed, keepOriginal: true)

        #expect(fixture.names(in: fixture.spool.archive) == [name])
    }

    @Test func aNameThatIsNotUTF8IsClaimedUnderAValidName() throws {
        // Given caf\xE9.txt, which the watcher reports as "caf\u{FFFD}.txt"
        let fixture = try SpoolFixture()
        let raw = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = Array(fixture.spool.inbox.utf8) + [UInt8(ascii: "/")] + raw + [0]
        let descriptor = path.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_CLOEXEC, 0o644) }
        }
        #expect(write(descriptor, "café", 5) == 5)
        close(descriptor)

        // When it is claimed by that name
        let claimed = try #require(try fixture.spool.claim("caf\u{FFFD}.txt"))

        // Then it is in processing/ with the bad byte written as %E9, and readable
        #expect(claimed.name == "caf%E9.txt")
        #expect(claimed.originalName == "caf\u{FFFD}.txt")
        #expect(fixture.names(in: fixture.spool.processing) == ["caf%E9.txt"])
        #expect(fixture.names(in: fixture.spool.inbox).isEmpty)
        #expect(try fixture.spool.read(claimed, maxBytes: 100).count == 5)
    }
}
