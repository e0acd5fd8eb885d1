import ClipperModel
import ClipperStore
import ClipperTestSupport
import Foundation
import Testing

/// Real faults on a SQLite store: another process holding the write lock, a full disk and a
/// read-only file system. Each must surface as ``StoreError/unavailable(_:)`` (so the pipeline
/// pauses and retries) and clear once the fault does.
@Suite(.timeLimit(.minutes(1)))
struct SQLiteFaultTests {
    static let hasPython = (try? run("python3", ["-c", "import sqlite3"]))?.status == 0

    @Test(.enabled(if: hasPython, "needs python3 with its sqlite3 module to hold the lock from another process"))
    func anotherProcessHoldingTheWriteLockMakesWritesUnavailable() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/clipper.sqlite"
            let options = StoreOptions(nodeName: "test", busyTimeout: .milliseconds(200))
            try await withArticleStore(.sqlite(path: path), options: options, logger: testLogger) { store in
                _ = try await store.index([Fixture.plain(1)])

                // Given another process in the middle of a write transaction
                let holder = try LockHolder(path: path)
                // When the store writes, then it gives up after its busy timeout, saying why
                await #expect(
                    throws: StoreError.unavailable("the database \(path) is locked by another writer (waited 0.2 s)")
                ) {
                    try await store.index([Fixture.plain(2)])
                }
                // Readers are not blocked (WAL)
                #expect(try await store.search("drought", limit: 5).count == 1)

                // And once the other writer commits, writes go through
                try holder.release()
                #expect(try await store.index([Fixture.plain(2)]) == [.indexed])
            }
        }
    }

    @Test(.enabled(if: TmpfsMount.isPermitted, "needs root to mount a small tmpfs"))
    func aFullDiskMakesWritesUnavailableUntilThereIsRoom() async throws {
        try await TmpfsMount.with(kilobytes: 640) { mount in
            let path = mount.path + "/clipper.sqlite"
            try await withArticleStore(.sqlite(path: path), options: StoreOptions(nodeName: "test"), logger: testLogger)
            { store in
                // Given articles far larger than the disk, written until it fills
                let corpus = SyntheticCorpus(seed: 7, wordsPerArticle: 4_000)
                var next = 0
                var fault: StoreError?
                while fault == nil, next < 400 {
                    do {
                        _ = try await store.index((next..<next + 4).map(corpus.article))
                        next += 4
                    } catch let error as StoreError {
                        fault = error
                    }
                }
                // Then the store says the disk is full, and the failed batch left nothing behind
                #expect(fault == .unavailable("the disk holding \(path) is full"))
                #expect(try await store.statistics().articles == next)

                // And when there is room again, the same batch goes in
                try mount.remount("size=32m")
                #expect(
                    try await store.index((next..<next + 4).map(corpus.article)) == Array(repeating: .indexed, count: 4)
                )
            }
        }
    }

    @Test(.enabled(if: TmpfsMount.isPermitted, "needs root to mount a tmpfs read-only (root ignores file permissions)"))
    func aReadOnlyFileSystemMakesTheStoreUnavailableUntilWritable() async throws {
        try await TmpfsMount.with(kilobytes: 4_096) { mount in
            let location = StoreLocation.sqlite(path: mount.path + "/clipper.sqlite")
            let options = StoreOptions(nodeName: "test")
            try await withArticleStore(location, options: options, logger: testLogger) { store in
                _ = try await store.index([Fixture.plain(1)])
            }

            // Given the state directory's file system turned read-only
            try mount.remount("ro")
            // When the store opens and writes, then it is unavailable, and says so
            do {
                _ = try await withArticleStore(location, options: options, logger: testLogger) { store in
                    try await store.index([Fixture.plain(2)])
                }
                Issue.record("writing to a read-only file system succeeded")
            } catch let error as StoreError {
                guard case .unavailable(let why) = error else {
                    Issue.record("expected unavailable, got \(error)")
                    return
                }
                #expect(why.contains(mount.path))
            }

            // And once writable again, nothing was lost and writes go through
            try mount.remount("rw")
            try await withArticleStore(location, options: options, logger: testLogger) {
                (store: any ArticleStore) async throws in
                #expect(try await store.article(matching: Fixture.plain(1).id) == Fixture.plain(1))
                #expect(try await store.index([Fixture.plain(2)]) == [.indexed])
            }
        }
    }

    @Test func aFileThatIsNotADatabaseIsMisconfigured() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/clipper.sqlite"
            try Data(repeating: 0x41, count: 4_096).write(to: URL(fileURLWithPath: path))
            await #expect(throws: StoreError.misconfigured("the file \(path) is not a SQLite database")) {
                try await withArticleStore(
                    .sqlite(path: path), options: StoreOptions(nodeName: "test"), logger: testLogger
                ) { _ in }
            }
        }
    }

    @Test func aMissingDirectoryIsUnavailable() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/missing/clipper.sqlite"
            await #expect {
                try await withArticleStore(
                    .sqlite(path: path), options: StoreOptions(nodeName: "test"), logger: testLogger
                ) { _ in }
            } throws: { error in
                guard case .unavailable(let why) = error as? StoreError else { return false }
                return why.contains(path)
            }
        }
    }
}

/// Another process (python3's sqlite3) holding the database's write lock until released.
final class LockHolder {
    private let process: SpawnedProcess
    private let toChild: Int32
    private let fromChild: Int32

    /// Starts the process and returns once it holds the lock.
    init(path: String) throws {
        var input: [Int32] = [0, 0]
        var output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw TestSetupError("cannot make pipes") }
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            sys.stdin.readline()
            db.execute("COMMIT")
            """
        process = try SpawnedProcess(
            ["python3", "-c", script, path],
            pipes: (stdin: input[0], stdout: output[1], close: [input[1], output[0]]))
        close(input[0])
        close(output[1])
        toChild = input[1]
        fromChild = output[0]
        var seen: [UInt8] = []
        var byte: UInt8 = 0
        while !seen.contains(UInt8(ascii: "\n")) {
            guard read(fromChild, &byte, 1) == 1 else {
                throw TestSetupError("the lock holder exited before taking the lock")
            }
            seen.append(byte)
        }
        guard String(decoding: seen, as: UTF8.self).hasPrefix("locked") else {
            throw TestSetupError("the lock holder said \(String(decoding: seen, as: UTF8.self))")
        }
    }

    /// Commits and waits for the process to exit.
    func release() throws {
        var newline = UInt8(ascii: "\n")
        _ = write(toChild, &newline, 1)
        close(toChild)
        close(fromChild)
        guard process.wait() == 0 else { throw TestSetupError("the lock holder failed") }
    }
}
