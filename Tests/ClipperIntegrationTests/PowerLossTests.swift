import ClipperRecovery
import ClipperTestSupport
import Foundation
import Testing

extension DaemonLoadTests {
    /// Power loss, simulated with LazyFS: the state directory lives on a mount that drops every
    /// byte not yet synced when told to. Each round drops files, lets `clipperd` index all of them
    /// (or some), then kills it with SIGKILL and drops the cache, as a power cut would; the next
    /// round starts a new daemon on what is left. At the end every file must be indexed exactly
    /// once or quarantined with a reason.
    ///
    /// The short form runs in `make test`; `make powertest` runs 20 rounds of 50 files per mode
    /// (`CLIPPER_POWERTEST_ROUNDS`, `CLIPPER_POWERTEST_FILES`).
    @Suite(.serialized, .timeLimit(.minutes(20)))
    struct PowerLossTests {
        enum Moment: String, CaseIterable, Sendable {
            /// After every file of the round reached `archive/`.
            case afterIngest = "after ingest"
            /// After a random number of the round's files reached `archive/`.
            case midIngest = "mid-ingest"
        }

        private let environment = ProcessInfo.processInfo.environment

        @Test(
            .enabled(if: LazyFS.unavailableReason == nil, "\(LazyFS.unavailableReason ?? "")"),
            arguments: Moment.allCases)
        func powerLossLosesAndDuplicatesNothing(at moment: Moment) async throws {
            let rounds = Int(environment["CLIPPER_POWERTEST_ROUNDS"] ?? "") ?? 3
            let perRound = Int(environment["CLIPPER_POWERTEST_FILES"] ?? "") ?? 20
            var generator = SeededGenerator(seed: UInt64(environment["CLIPPER_POWERTEST_SEED"] ?? "") ?? 20_261_201)
            try await withTemporaryDirectory("clipper-power") { directory in
                let lazy = try await LazyFS(in: directory)
                do {
                    try await run(
                        on: lazy, socket: directory + "/clipperd.sock", moment: moment, rounds: rounds,
                        perRound: perRound, generator: &generator)
                } catch {
                    try? await lazy.unmount()
                    throw error
                }
                try await lazy.unmount()
            }
        }

        private func run(
            on lazy: LazyFS, socket: String, moment: Moment, rounds: Int, perRound: Int,
            generator: inout SeededGenerator
        ) async throws {
            let state = lazy.mountPoint + "/state"
            let inbox = state + "/inbox"
            try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
            let seeds = try PackagePaths.seeds.map { try String(contentsOfFile: $0, encoding: .utf8) }
            var expected: [String: String] = [:]  // file name -> article id
            for round in 0..<rounds {
                // Given a round of new files, each written and synced the way a careful scraper does
                for number in 0..<perRound {
                    let name = "power-\(round)-\(number).txt"
                    let text =
                        seeds[(round * perRound + number) % seeds.count] + "\n\nPower-test copy \(round)-\(number).\n"
                    try Self.writeSynced(text, to: inbox + "/" + name)
                    expected[name] = ArticleID.of(Array(text.utf8))
                }
                // When clipperd has archived all of them (or some), and the power goes
                let daemon = try DaemonProcess(arguments: ["--state-dir", state, "--socket", socket, "--workers", "2"])
                let before = expected.count - perRound
                let target =
                    moment == .afterIngest ? expected.count : before + Int.random(in: 1..<perRound, using: &generator)
                try await waitUntil("\(target) files in archive/", timeout: .seconds(120)) {
                    Self.count(state + "/archive") >= target
                }
                daemon.send(SIGKILL)
                _ = try await daemon.waitForExit()
                try await lazy.clearCache()
            }

            // Then a last run (recovery included) finishes whatever is left, and every file is accounted for
            let last = try await runBinary("clipperd", ["--state-dir", state, "--socket", socket, "--once"])
            #expect(last.status == 0, "\(last.stderr.suffix(2000))")
            let export = try await runBinary("clipperctl", ["--state-dir", state, "--socket", socket, "export"])
            #expect(export.status == 0, "\(export.stderr)")
            let ids = export.stdout.split(separator: "\n").compactMap { line in
                (try? jsonObject(String(line)))?["id"] as? String
            }
            let indexed = Set(ids)
            let failed = Set(try FileManager.default.contentsOfDirectory(atPath: state + "/failed"))
            let queued = Self.count(inbox) + Self.count(state + "/processing")
            let lost = expected.filter { !indexed.contains($0.value) && !failed.contains($0.key) }.map(\.key).sorted()
            let integrity = try await runProgram(
                "/usr/bin/sqlite3", [state + "/clipper.sqlite", "PRAGMA integrity_check;"]
            )
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            print(
                "power test (\(moment.rawValue)): \(expected.count) files, \(rounds) power cuts, lost \(lost.count), "
                    + "duplicated \(ids.count - indexed.count), indexed \(indexed.count), failed \(failed.count), "
                    + "queued \(queued), integrity \(integrity)")
            #expect(lost.isEmpty, "lost after a power cut: \(lost.prefix(10))")
            #expect(ids.count == indexed.count, "no article indexed twice")
            #expect(indexed.count == expected.count, "every file indexed (they are all good articles)")
            #expect(queued == 0, "nothing left in the inbox or processing/")
            #expect(integrity == "ok")
        }

        /// Writes `text` to `path` and `fsync`s it before returning.
        private static func writeSynced(_ text: String, to path: String) throws {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
        }

        private static func count(_ directory: String) -> Int {
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).count { !$0.hasPrefix(".") }
        }
    }
}
