import ClipperModel
import ClipperTestSupport
import Foundation
import Testing

/// The real `clipperd` and `clipperctl` binaries on a temporary state directory.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct EndToEndTests {
    @Test func aDayInTheLifeOfAnInbox() async throws {
        try await withTemporaryDirectory { state in
            let inbox = state + "/inbox"
            // Given a running daemon on an empty state directory
            let socket = state + "/clipperd.sock"
            let daemon = try DaemonProcess(arguments: ["--state-dir", state, "--workers", "2"])
            try await daemon.waitUntilReady()

            // When the five seeds arrive, some written in place, some written then renamed
            let seeds = PackagePaths.seeds
            try #require(seeds.count == 5)
            for (index, seed) in seeds.enumerated() {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: seed))
                let name = (seed as NSString).lastPathComponent
                if index.isMultiple(of: 2) {
                    try Inbox.write(bytes, named: name, into: inbox)
                } else {
                    try Inbox.writeThenRename(bytes, named: name, into: inbox)
                }
            }
            try await daemon.waitForStatus(socket: socket, "5 indexed") { $0.processed >= 5 }

            // Then status counts them, and search and show find them
            let status = try await ctl(state, "status", "--json")
            #expect(status.status == 0, "\(status.stderr)")
            let report = try jsonObject(status.stdout)
            #expect(report["processed"] as? Int == 5)
            #expect(report["state"] as? String == "running")

            let search = try await ctl(state, "search", "sanctuary", "--json")
            #expect(search.status == 0, "\(search.stderr)")
            let hits = try jsonArray(search.stdout)
            #expect(!hits.isEmpty)
            let id = try #require(hits.first?["id"] as? String)

            let show = try await ctl(state, "show", String(id.prefix(12)), "--json")
            #expect(show.status == 0, "\(show.stderr)")
            #expect(try jsonObject(show.stdout)["id"] as? String == id)

            let human = try await ctl(state, "search", "sanctuary")
            #expect(human.status == 0)
            #expect(human.stdout.contains("["), "snippets mark the matched words")

            // When one seed arrives again under another name, it is a duplicate, not a second article
            let again = try Data(contentsOf: URL(fileURLWithPath: seeds[0]))
            try Inbox.writeThenRename(again, named: "again.txt", into: inbox)
            try await daemon.waitForStatus(socket: socket, "a duplicate") { $0.duplicates >= 1 }

            // When a binary file arrives, it is quarantined with a reason that clipperctl shows
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64))
            try Inbox.writeThenRename(png, named: "picture.txt", into: inbox)
            try await daemon.waitForStatus(socket: socket, "a quarantined file") { $0.failed >= 1 }
            #expect(Inbox.contents(of: state + "/failed").contains("picture.txt"))
            let failed = try await ctl(state, "failed", "--json")
            let failures = try jsonArray(failed.stdout)
            #expect(failures.count == 1)
            #expect((failures.first?["reason"] as? String)?.contains("PNG") == true)

            let counts = try jsonObject(try await ctl(state, "status", "--json").stdout)
            #expect(counts["duplicates"] as? Int == 1)
            #expect(counts["failed"] as? Int == 1)

            // When it gets SIGTERM, it exits cleanly
            daemon.send(SIGTERM)
            #expect(try await daemon.waitForExit() == 0)
            #expect(Inbox.contents(of: state + "/processing").isEmpty)

            // And status says it is not running, with exit status 3
            let stopped = try await ctl(state, "status")
            #expect(stopped.status == 3)
            #expect(stopped.stdout.contains("not running") || stopped.stderr.contains("not running"))

            // When files arrive while it is stopped, the next start processes them and nothing else
            let late =
                "A late article. " + String(repeating: "The council met on Tuesday to discuss the budget. ", count: 12)
            try Inbox.write(Data(late.utf8), named: "late.txt", into: inbox)
            let restarted = try DaemonProcess(arguments: ["--state-dir", state, "--workers", "2"])
            let settled = try await restarted.waitForStatus(socket: socket, "late.txt indexed") {
                $0.outcomes >= 1 && $0.queued == 0 && $0.inFlight == 0
            }
            #expect(settled.processed == 1 && settled.duplicates == 0 && settled.failed == 0, "nothing indexed twice")
            restarted.send(SIGTERM)
            #expect(try await restarted.waitForExit() == 0)

            // And search, show and export work with the daemon stopped
            let export = try await ctl(state, "export")
            #expect(export.status == 0, "\(export.stderr)")
            let lines = export.stdout.split(separator: "\n")
            #expect(lines.count == 6)
            #expect(Inbox.contents(of: state + "/archive").count == 7)
        }
    }

    @Test func aSecondDaemonOnTheSameStateDirectoryRefusesToStart() async throws {
        try await withTemporaryDirectory { state in
            let first = try DaemonProcess(arguments: ["--state-dir", state])
            try await first.waitUntilReady()
            let second = try await runBinary("clipperd", ["--state-dir", state])
            #expect(second.status != 0)
            #expect(second.stderr.contains("already running"))
            #expect(
                FileManager.default.fileExists(atPath: state + "/clipperd.sock"), "the first daemon keeps its socket")
            #expect(try await ctl(state, "status").status == 0)
            first.send(SIGTERM)
            #expect(try await first.waitForExit() == 0)
        }
    }

    @Test func onceProcessesTheInboxAndExits() async throws {
        try await withTemporaryDirectory { state in
            try FileManager.default.createDirectory(atPath: state + "/inbox", withIntermediateDirectories: true)
            for seed in PackagePaths.seeds {
                try FileManager.default.copyItem(
                    atPath: seed, toPath: state + "/inbox/" + (seed as NSString).lastPathComponent)
            }
            let run = try await runBinary("clipperd", ["--state-dir", state, "--once"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(Inbox.contents(of: state + "/inbox").isEmpty)
            #expect(Inbox.contents(of: state + "/archive").count == 5)
            let export = try await ctl(state, "export")
            #expect(export.stdout.split(separator: "\n").count == 5)
        }
    }

    @Test(arguments: [
        (["--workers", "0"], "--workers must be a whole number from 1 to 256"),
        (["--config", "/nonexistent.toml"], "cannot read the config file /nonexistent.toml"),
    ])
    func badSettingsAreOneClearSentence(arguments: [String], message: String) async throws {
        try await withTemporaryDirectory { state in
            let run = try await runBinary("clipperd", ["--state-dir", state] + arguments)
            #expect(run.status != 0)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(!run.stderr.contains("Fatal error"))
        }
    }

    @Test func aBadConfigValueExitsWithEX_CONFIG() async throws {
        try await withTemporaryDirectory { state in
            let run = try await runBinary(
                "clipperd", ["--state-dir", state], environment: ["CLIPPER_MAX_FILE_SIZE": "huge"])
            #expect(run.status == 78)
            #expect(run.stderr.contains("CLIPPER_MAX_FILE_SIZE"))
        }
    }

    private func ctl(_ state: String, _ arguments: String...) async throws -> CommandResult {
        try await runBinary("clipperctl", ["--state-dir", state] + arguments)
    }
}
