import ArgumentParser
import ClipperConfig
import ClipperControlAPI
import ClipperControlClient
import Foundation
import Testing

@testable import clipperctl

/// `status` and the reads with no daemon running, on a real, empty state directory.
@Suite(.timeLimit(.minutes(1)))
struct StatusSnapshotTests {
    @Test func withNoDaemonAndNoStoreStatusSaysBoth() async throws {
        try await withEmptyDirectory { directory in
            let configuration = try GlobalOptions.parse(["--state-dir", directory]).configuration()
            let snapshot = try await Status.snapshot(configuration, cluster: false)
            guard case .stopped(let stopped) = snapshot else {
                Issue.record("expected a stopped daemon, got \(snapshot)")
                return
            }
            #expect(stopped.message == "clipperd is not running (no socket at \(directory)/clipperd.sock)")
            #expect(stopped.storeStatistics == nil)
            #expect(
                stopped.storeError
                    == "there is no store at \(directory)/clipper.sqlite yet; start clipperd to create it")
            // Reading must not create the state directory's folders.
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        }
    }

    @Test func withNoDaemonFailedListsNothingAndCreatesNothing() async throws {
        try await withEmptyDirectory { directory in
            let options = try GlobalOptions.parse(["--state-dir", directory])
            #expect(try await options.failures().isEmpty)
            let retried = try await options.retry(.allFailed)
            #expect(retried.retried == 0)
            #expect(!retried.byDaemon)
            await #expect(throws: CommandError.self) { try await options.retry(.file("x.txt")) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        }
    }

    @Test func pauseWithNoDaemonExitsThree() async throws {
        try await withEmptyDirectory { directory in
            let options = try GlobalOptions.parse(["--state-dir", directory])
            let error = await #expect(throws: CommandError.self) {
                try await options.withDaemon { try await $0.pause() }
            }
            #expect(error?.exitCode == 3)
            #expect(error?.description == "clipperd is not running (no socket at \(directory)/clipperd.sock)")
        }
    }
}

/// Runs `body` with a new empty directory under the temporary directory, removed afterwards.
private func withEmptyDirectory(_ body: (String) async throws -> Void) async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ctl-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try await body(path)
}
