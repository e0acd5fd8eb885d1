import ClipperStore
import Foundation

/// The PostgreSQL server the tests use: the one `scripts/postgres-test-server.sh start` reports in
/// `CLIPPER_TEST_POSTGRES_URL`, or a private one a test starts for itself.
enum TestPostgres {
    /// The URL of the maintenance database (`postgres`) of the shared test server, when one is set.
    static let adminURL = ProcessInfo.processInfo.environment["CLIPPER_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// The script that starts and stops throwaway servers.
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/postgres-test-server.sh").path

    /// Runs `body` with a new, empty database on the shared server, dropped afterwards.
    static func withFreshDatabase<T>(
        on adminURL: String? = adminURL, _ body: (StoreLocation) async throws -> T
    ) async throws -> T {
        guard let adminURL else { throw TestSetupError("CLIPPER_TEST_POSTGRES_URL is not set") }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try psql(adminURL, "CREATE DATABASE \(name)")
        defer { try? psql(adminURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        guard case .postgres(var address) = try StoreLocation(parsing: adminURL) else {
            throw TestSetupError("CLIPPER_TEST_POSTGRES_URL is not a postgres:// URL")
        }
        address.database = name
        return try await body(.postgres(address))
    }

    /// Runs one SQL statement with `psql`, failing with its error output.
    static func psql(_ url: String, _ sql: String) throws {
        let result = try run("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
        guard result.status == 0 else { throw TestSetupError("psql failed: \(result.output)") }
    }

    /// A private server for tests that stop and start it: started by the script, stopped when `body` ends.
    static func withPrivateServer<T>(_ body: (_ url: String, _ directory: String) async throws -> T) async throws -> T {
        let started = try run(script, ["start"])
        guard started.status == 0 else { throw TestSetupError("the test server did not start: \(started.output)") }
        var values: [String: String] = [:]
        for line in started.output.split(separator: "\n") {
            let assignment = line.hasPrefix("export ") ? line.dropFirst(7) : line
            if let equals = assignment.firstIndex(of: "=") {
                values[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
            }
        }
        guard let url = values["CLIPPER_TEST_POSTGRES_URL"], let directory = values["CLIPPER_TEST_POSTGRES_DIR"] else {
            throw TestSetupError("the test server script printed no URL: \(started.output)")
        }
        defer { _ = try? run(script, ["stop", directory]) }
        return try await body(url, directory)
    }

    /// Stops (`suspend`) or restarts (`resume`) the private server in `directory`, keeping its data.
    static func control(_ command: String, _ directory: String) throws {
        let result = try run(script, [command, directory])
        guard result.status == 0 else { throw TestSetupError("\(command) failed: \(result.output)") }
    }
}

/// A test could not set up what it needs; the sentence says what.
struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a program (looked up on `PATH` when not a path) to completion and returns its exit
/// status and combined output.
///
/// Uses `posix_spawnp` and `waitpid` rather than Foundation's `Process`, whose exit detection on
/// Linux missed the end of a child that had started a server in the background. The output goes
/// through a temporary file, so a background server holding inherited descriptors cannot stall it.
@discardableResult
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
        "clipper-run-\(UUID().uuidString).log"
    ).path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    let process = try SpawnedProcess([executable] + arguments, stdin: "/dev/null", output: outputPath)
    let status = process.wait()
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return (status, text)
}
