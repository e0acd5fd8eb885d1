import ClipperModel
import ClipperTestSupport
import Foundation
import Testing

extension DaemonLoadTests {
    /// Postfix-style crash safety: ingest while killing `clipperd` with SIGKILL at random
    /// moments, restart, repeat; at the end nothing is lost, nothing is indexed twice.
    ///
    /// The short form runs in `make test`; `make crashtest` runs the long one
    /// (`CLIPPER_CRASHTEST_FILES`, `CLIPPER_CRASHTEST_KILLS`).
    @Suite(.serialized, .timeLimit(.minutes(10)))
    struct CrashTests {
        private let environment = ProcessInfo.processInfo.environment

        @Test func sigkillAtRandomMomentsLosesAndDuplicatesNothing() async throws {
            let files = Int(environment["CLIPPER_CRASHTEST_FILES"] ?? "") ?? 1_000
            let kills = Int(environment["CLIPPER_CRASHTEST_KILLS"] ?? "") ?? 20
            var generator = SeededGenerator(seed: UInt64(environment["CLIPPER_CRASHTEST_SEED"] ?? "") ?? 20_261_123)
            try await withTemporaryDirectory("clipper-crash") { state in
                let inbox = state + "/inbox"
                try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
                // Given thousands of distinct articles, and a few exact copies under other names
                let seeds = try PackagePaths.seeds.map { try String(contentsOfFile: $0, encoding: .utf8) }
                var written = 0
                func write(_ count: Int) throws {
                    for number in written..<(written + count) {
                        let text = seeds[number % seeds.count] + "\n\nCrash-test copy \(number).\n"
                        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(inbox)/crash-\(number).txt"))
                    }
                    written += count
                }
                try write(files)
                let copies = files / 100
                for number in 0..<copies {
                    try FileManager.default.copyItem(
                        atPath: "\(inbox)/crash-\(number).txt", toPath: "\(inbox)/copy-\(number).txt")
                }

                // When clipperd is killed with SIGKILL after a random number of commits, again and again
                // (more articles arrive whenever the inbox runs low, so every kill lands mid-ingest)
                var killed = 0
                while killed < kills {
                    if try FileManager.default.contentsOfDirectory(atPath: inbox).count < 150 { try write(250) }
                    let daemon = try DaemonProcess(arguments: ["--state-dir", state, "--workers", "2"])
                    let target = Int.random(in: 1...40, using: &generator)
                    do {
                        try await daemon.waitForStatus(
                            socket: state + "/clipperd.sock", timeout: .seconds(60), "\(target) commits"
                        ) { $0.processed + $0.duplicates >= target }
                    } catch {
                        daemon.send(SIGKILL)
                        _ = try await daemon.waitForExit()
                        // Only an inbox that ran dry may end the kills early; a daemon that stops committing is a bug.
                        let waiting = try FileManager.default.contentsOfDirectory(atPath: inbox).count
                        #expect(waiting == 0, "clipperd stopped committing with \(waiting) files waiting: \(error)")
                        break
                    }
                    daemon.send(SIGKILL)
                    #expect(try await daemon.waitForExit() != 0)
                    killed += 1
                }
                #expect(killed == kills, "every kill landed mid-ingest")

                // Then a last run finishes the inbox and whatever the kills left in processing/
                let last = try await runBinary("clipperd", ["--state-dir", state, "--once"])
                #expect(last.status == 0, "\(last.stderr.suffix(2000))")

                let fileManager = FileManager.default
                let processing = try fileManager.contentsOfDirectory(atPath: state + "/processing")
                let failed = try fileManager.contentsOfDirectory(atPath: state + "/failed")
                let archived = try fileManager.contentsOfDirectory(atPath: state + "/archive")
                let left = try fileManager.contentsOfDirectory(atPath: inbox)
                let export = try await runBinary("clipperctl", ["--state-dir", state, "export"])
                let ids = export.stdout.split(separator: "\n").map { line in
                    (try? jsonObject(String(line)))?["id"] as? String ?? ""
                }
                let integrity = try await sqliteIntegrity(state + "/clipper.sqlite")
                print(
                    "crash test: \(written + copies) files, \(killed) kills, lost \(written + copies - archived.count - failed.count), "
                        + "duplicated \(ids.count - Set(ids).count), indexed \(Set(ids).count), integrity \(integrity)"
                )
                #expect(processing.isEmpty, "nothing is left in processing/")
                #expect(left.isEmpty, "nothing is left in the inbox")
                #expect(failed.isEmpty, "no good file was quarantined: \(failed.prefix(5))")
                #expect(archived.count == written + copies, "every original reached archive/")
                #expect(ids.count == written, "one article per distinct content")
                #expect(Set(ids).count == ids.count, "no article indexed twice")
                #expect(integrity == "ok")
            }
        }

        /// `PRAGMA integrity_check` through the sqlite3 shell.
        private func sqliteIntegrity(_ path: String) async throws -> String {
            try await runProgram("/usr/bin/sqlite3", [path, "PRAGMA integrity_check;"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
