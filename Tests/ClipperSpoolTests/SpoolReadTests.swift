import ClipperModel
import ClipperSpool
import ClipperTestSupport
import Glibc
import Testing

struct SpoolReadTests {
    @Test func readsTheWholeFile() throws {
        let fixture = try SpoolFixture()
        let text = String(repeating: "A long article line.\n", count: 10_000)
        fixture.drop("long.txt", text)
        let claimed = try #require(try fixture.spool.claim("long.txt"))

        #expect(try fixture.spool.read(claimed, maxBytes: 10_000_000) == Array(text.utf8))
    }

    @Test func emptyAndOneByteFilesAreRead() throws {
        let fixture = try SpoolFixture()
        fixture.drop("empty.txt", "")
        fixture.drop("one.txt", "x")

        #expect(try fixture.spool.read(try #require(try fixture.spool.claim("empty.txt")), maxBytes: 10) == [])
        #expect(
            try fixture.spool.read(try #require(try fixture.spool.claim("one.txt")), maxBytes: 10) == [
                UInt8(ascii: "x")
            ])
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        // Given a 12.3 MB file (sparse: its size is set without writing it)
        let fixture = try SpoolFixture()
        fixture.drop("huge.txt", "")
        #expect(truncate(fixture.spool.inbox + "/huge.txt", 12_345_678) == 0)
        let claimed = try #require(try fixture.spool.claim("huge.txt"))

        let error = #expect(throws: SpoolError.self) { try fixture.spool.read(claimed, maxBytes: 10_000_000) }

        #expect(error?.description == "12.3 MB, over the 10 MB limit (max_file_size)")
        #expect(error?.stage == .read)
    }

    @Test func aFileTruncatedAfterTheClaimIsReadAsItIsNow() throws {
        let fixture = try SpoolFixture()
        fixture.drop("shrinking.txt", "0123456789")
        let claimed = try #require(try fixture.spool.claim("shrinking.txt"))
        #expect(truncate(fixture.spool.processing + "/" + claimed.name, 4) == 0)

        #expect(try fixture.spool.read(claimed, maxBytes: 100) == Array("0123".utf8))
    }

    @Test func aFileDeletedAfterTheClaimIsNotFound() throws {
        let fixture = try SpoolFixture()
        fixture.drop("gone.txt")
        let claimed = try #require(try fixture.spool.claim("gone.txt"))
        #expect(unlink(fixture.spool.processing + "/gone.txt") == 0)

        let error = #expect(throws: SpoolError.self) { try fixture.spool.read(claimed, maxBytes: 100) }
        #expect(error?.code == .notFound)
    }

    @Test func aLinkSwappedInAfterTheClaimIsNotFollowed() throws {
        let fixture = try SpoolFixture()
        fixture.drop("swapped.txt")
        let claimed = try #require(try fixture.spool.claim("swapped.txt"))
        let path = fixture.spool.processing + "/swapped.txt"
        #expect(unlink(path) == 0)
        #expect(symlink("/etc/passwd", path) == 0)

        let error = #expect(throws: SpoolError.self) { try fixture.spool.read(claimed, maxBytes: 1_000_000) }
        #expect(error?.description == "a symbolic link; Clipper does not follow links out of the inbox")
    }

    @Test func aFIFOSwappedInAfterTheClaimDoesNotBlock() throws {
        let fixture = try SpoolFixture()
        fixture.drop("pipe.txt")
        let claimed = try #require(try fixture.spool.claim("pipe.txt"))
        let path = fixture.spool.processing + "/pipe.txt"
        #expect(unlink(path) == 0)
        #expect(mkfifo(path, 0o644) == 0)

        let error = #expect(throws: SpoolError.self) { try fixture.spool.read(claimed, maxBytes: 100) }
        #expect(error?.description == "not a regular file (a FIFO)")
    }

    /// Root reads everything, so the test reads as `nobody` on a thread of its own (`setfsuid`);
    /// without root it cannot change user and checks only that the file is claimed.
    @Test func aFileWithoutReadPermissionIsAClearError() throws {
        let fixture = try SpoolFixture()
        fixture.drop("private.txt", "secret")
        #expect(chmod(fixture.spool.inbox + "/private.txt", 0o200) == 0)
        let claimed = try #require(try fixture.spool.claim("private.txt"))
        for folder in [fixture.directory.path, fixture.spool.processing] { #expect(chmod(folder, 0o755) == 0) }

        let spool = fixture.spool
        let message = asNobody {
            do {
                _ = try spool.read(claimed, maxBytes: 100)
                return "read it"
            } catch {
                return String(describing: error)
            }
        }
        if getuid() == 0 {
            #expect(
                message
                    == "Clipper may not read this file (mode 200, owner uid 0); make it readable to the clipper user and retry it"
            )
        } else {
            #expect(throws: SpoolError.self) { try spool.read(claimed, maxBytes: 100) }
        }
    }
}
