import ClipperModel
import ClipperTestSupport
import Foundation
import Glibc
import Testing

/// Hostile and broken input against the real daemon: each file ends indexed or in
/// `failed/` with a reason, and the daemon keeps serving throughout.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct BadInputTests {
    /// Files whose content is the problem, with what must become of each.
    /// `indexed` is nil where either outcome is right: libxml2 stops building the tree 256
    /// levels down, so a page nested 100,000 deep may hold no reachable text.
    private static let contents: [(name: String, bytes: [UInt8], indexed: Bool?)] = {
        var random = SeededGenerator(seed: 7)
        let article = Array(
            "Officials said on Monday that the budget would grow. “It is a good day,” said Mayor Ana Ruiz.\n".utf8)
        var nested = Array("<html><body>".utf8)
        nested += Array(repeating: Array("<div>".utf8), count: 100_000).flatMap { $0 }
        nested += Array("<p>Deep inside the page, the council approved the plan on Tuesday.</p></body></html>".utf8)
        return [
            ("empty.txt", [], false),
            ("one-byte.txt", [0x41], false),
            ("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 1, count: 100), false),
            ("document.pdf", Array("%PDF-1.7\n".utf8) + Array(repeating: 0x20, count: 100), false),
            ("program.elf", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 100), false),
            ("archive.zip", [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100), false),
            ("noise.bin", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }, false),
            (
                "scripts-only.html",
                Array("<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>".utf8),
                false
            ),
            ("latin1.txt", article.map { $0 } + [0x93, 0x51, 0x94, 0x0A] + article, true),
            (
                "utf16.txt",
                [0xFF, 0xFE]
                    + String(decoding: article, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                true
            ),
            (
                "one-line.txt",
                Array(repeating: Array("The council met again and talked at length. ".utf8), count: 120_000).flatMap {
                    $0
                }, true
            ),
            ("nested.html", nested, nil),
        ]
    }()

    /// Names that are hard on shells and file systems, each holding a real article.
    private static let awkwardNames = [
        "with spaces.txt", "new\nline.txt", "quote\"and'apostrophe.txt", "-leading-dash.txt",
        String(repeating: "n", count: 251) + ".txt",
    ]

    @Test func everyBadFileEndsIndexedOrQuarantinedWithAReason() async throws {
        try await withTemporaryDirectory { state in
            let inbox = state + "/inbox"
            let daemon = try DaemonProcess(
                arguments: ["--state-dir", state, "--workers", "2"], environment: ["CLIPPER_MAX_FILE_SIZE": "8MB"]
            )
            try await daemon.waitUntilReady()
            let article = try Data(contentsOf: URL(fileURLWithPath: PackagePaths.seeds[0]))

            // Given broken contents, awkward names, a file over the size limit and special files
            for file in Self.contents { try Data(file.bytes).write(to: URL(fileURLWithPath: inbox + "/" + file.name)) }
            for name in Self.awkwardNames { try article.write(to: URL(fileURLWithPath: inbox + "/" + name)) }
            try Data(count: 9_000_000).write(to: URL(fileURLWithPath: inbox + "/too-big.txt"))
            let target = state + "/outside-target.txt"
            try article.write(to: URL(fileURLWithPath: target))
            #expect(symlink(target, inbox + "/link.txt") == 0)
            #expect(mkfifo(inbox + "/pipe.txt", 0o644) == 0)
            try FileManager.default.createDirectory(atPath: inbox + "/folder.txt", withIntermediateDirectories: false)
            // A non-UTF-8 name, written with raw bytes
            let rawName = Array((inbox + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
            let descriptor = rawName.withUnsafeBufferPointer {
                open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644)
            }
            article.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)

            // Then each ends in archive/ or failed/, and the daemon keeps serving
            let total = Self.contents.count + Self.awkwardNames.count + 1 + 3  // + café, too-big, link, pipe
            try await daemon.waitForStatus(
                socket: state + "/clipperd.sock", timeout: .seconds(120), "every bad file handled"
            ) {
                $0.outcomes >= total
            }
            let status = try await runBinary("clipperctl", ["--state-dir", state, "status", "--json"])
            #expect(status.status == 0)
            let report = try jsonObject(status.stdout)
            let outcomes =
                (report["processed"] as? Int ?? 0) + (report["failed"] as? Int ?? 0)
                + (report["duplicates"] as? Int ?? 0)
            #expect(outcomes == total)
            for file in Self.contents where file.indexed == true {
                #expect(
                    FileManager.default.fileExists(atPath: state + "/archive/" + file.name), "\(file.name) is indexed")
            }

            let failed = try await runBinary("clipperctl", ["--state-dir", state, "failed", "--json"])
            let reasons = try jsonArray(failed.stdout)
            let byName = Dictionary(
                reasons.compactMap { entry in (entry["file"] as? String).map { ($0, entry["reason"] as? String ?? "") }
                }
            ) { a, _ in a }
            for file in Self.contents
            where file.indexed != true && !FileManager.default.fileExists(atPath: state + "/archive/" + file.name) {
                #expect(!(byName[file.name] ?? "").isEmpty, "\(file.name) has a reason")
            }
            #expect(byName["too-big.txt"]?.contains("max_file_size") == true)
            #expect(byName["link.txt"]?.contains("symbolic link") == true)
            #expect(byName["pipe.txt"] != nil)
            // The link's target is untouched; the sub-directory is left alone
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == article)
            #expect(FileManager.default.fileExists(atPath: inbox + "/folder.txt"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: state + "/processing").isEmpty)

            daemon.send(SIGTERM)
            #expect(try await daemon.waitForExit() == 0)
        }
    }

    @Test func aFileStillBeingWrittenWaitsForItsClose() async throws {
        try await withTemporaryDirectory { state in
            let inbox = state + "/inbox"
            let daemon = try DaemonProcess(arguments: ["--state-dir", state])
            try await daemon.waitUntilReady()
            // Given a file opened and partly written, never renamed
            let descriptor = open(inbox + "/open.txt", O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(descriptor >= 0)
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: Data("The mayor said on Monday that".utf8))
            // When another file completes, the open one is still not taken
            try Data(contentsOf: URL(fileURLWithPath: PackagePaths.seeds[1])).write(
                to: URL(fileURLWithPath: inbox + "/done.txt"))
            try await daemon.waitForStatus(socket: state + "/clipperd.sock", "done.txt indexed") { $0.processed >= 1 }
            #expect(FileManager.default.fileExists(atPath: inbox + "/open.txt"))
            // Then closing it (IN_CLOSE_WRITE) gets it indexed whole
            try handle.write(contentsOf: Data(" the bridge would reopen in May after two years of repairs.\n".utf8))
            try handle.close()
            try await daemon.waitForStatus(socket: state + "/clipperd.sock", "open.txt indexed") { $0.processed >= 2 }
            let show = try await runBinary("clipperctl", ["--state-dir", state, "show", "open.txt", "--json"])
            #expect((try jsonObject(show.stdout)["body"] as? String)?.contains("two years of repairs") == true)
            daemon.send(SIGTERM)
            #expect(try await daemon.waitForExit() == 0)
        }
    }

    @Test func aFixedLimitAndRetryRecoverQuarantinedFiles() async throws {
        try await withTemporaryDirectory { state in
            let config = state + "/clipper.toml"
            try "state_dir = \"\(state)\"\nmax_file_size = \"1KB\"\n".write(
                toFile: config, atomically: true, encoding: .utf8)
            let daemon = try DaemonProcess(arguments: ["--config", config])
            try await daemon.waitUntilReady()
            for seed in PackagePaths.seeds.prefix(2) {
                try FileManager.default.copyItem(
                    atPath: seed, toPath: state + "/inbox/" + (seed as NSString).lastPathComponent)
            }
            try await daemon.waitForStatus(socket: state + "/clipperd.sock", "2 quarantined") { $0.failed >= 2 }
            // When the limit is raised and the config reloaded (SIGHUP), retry brings them back
            try "state_dir = \"\(state)\"\nmax_file_size = \"1MB\"\n".write(
                toFile: config, atomically: true, encoding: .utf8)
            daemon.send(SIGHUP)
            // The reload is done when READY=1 comes again (the first one said the watch was up)
            try await daemon.waitForNotification(containing: "READY=1", count: 2)
            let retry = try await runBinary("clipperctl", ["--config", config, "retry", "--all-failed"])
            #expect(retry.status == 0, "\(retry.stderr)")
            try await daemon.waitForStatus(socket: state + "/clipperd.sock", "2 indexed") { $0.processed >= 2 }
            let failed = try await runBinary("clipperctl", ["--config", config, "failed", "--json"])
            #expect(try jsonArray(failed.stdout).isEmpty)
            daemon.send(SIGTERM)
            #expect(try await daemon.waitForExit() == 0)
        }
    }

    /// The daemon, and `clipperd --once` alike: SIGTERM finishes what is in flight and exits 0.
    @Test(arguments: [false, true])
    func sigtermUnderLoadDrainsAndLeavesTheRestInTheInbox(once: Bool) async throws {
        try await withTemporaryDirectory { state in
            let inbox = state + "/inbox"
            try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
            let seed = try String(contentsOfFile: PackagePaths.seeds[2], encoding: .utf8)
            let total = 1_500
            for number in 0..<total {
                try Data((seed + "\nCopy \(number).\n").utf8).write(
                    to: URL(fileURLWithPath: "\(inbox)/load-\(number).txt"))
            }
            let daemon = try DaemonProcess(
                arguments: ["--state-dir", state, "--workers", "2"] + (once ? ["--once"] : []))
            // (`--once` has no control socket: its progress shows in archive/)
            try await waitForEntries(in: state + "/archive", atLeast: 30)
            daemon.send(SIGTERM)
            #expect(try await daemon.waitForExit(timeout: .seconds(20)) == 0)
            if once { #expect(daemon.lines.contains { $0.contains("stopped early") }) }
            let fileManager = FileManager.default
            let archived = try fileManager.contentsOfDirectory(atPath: state + "/archive").count
            let waiting = try fileManager.contentsOfDirectory(atPath: inbox).count
            #expect(try fileManager.contentsOfDirectory(atPath: state + "/processing").isEmpty)
            #expect(waiting > 0, "files not started stay in the inbox")
            #expect(archived + waiting == total, "nothing lost")
        }
    }

    @Test func aStaleSocketFromACrashIsReplaced() async throws {
        try await withTemporaryDirectory { state in
            let first = try DaemonProcess(arguments: ["--state-dir", state])
            try await first.waitForStatus(socket: state + "/clipperd.sock", "the control socket to answer")
            first.send(SIGKILL)
            _ = try await first.waitForExit()
            #expect(FileManager.default.fileExists(atPath: state + "/clipperd.sock"), "SIGKILL leaves the socket file")
            let second = try DaemonProcess(arguments: ["--state-dir", state])
            try await second.waitUntilReady()
            let status = try await runBinary("clipperctl", ["--state-dir", state, "status", "--json"])
            #expect(status.status == 0, "\(status.stderr)")
            #expect(try jsonObject(status.stdout)["pid"] as? Int == Int(second.pid))
            second.send(SIGTERM)
            #expect(try await second.waitForExit() == 0)
        }
    }
}
