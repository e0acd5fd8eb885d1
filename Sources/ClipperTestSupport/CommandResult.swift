import Foundation

/// What a finished command printed and how it exited.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a built binary (`clipperctl`, `clipperd --once`) to completion and returns its output.
///
/// It starts from this process's environment without the `CLIPPER_` variables, so a test sees
/// only the settings it passes in `environment`, and with the web interface off unless the test
/// turns it on (tests running at once would otherwise all try its default port).
public func runBinary(
    _ name: String, _ arguments: [String], environment: [String: String] = [:]
) async throws -> CommandResult {
    let inherited = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CLIPPER_") }
        .merging(["CLIPPER_WEB_LISTEN": "off"]) { _, new in new }
    return try await runProgram(
        PackagePaths.binaries + "/" + name, arguments, environment: inherited.merging(environment) { _, new in new })
}

/// Runs the program at `path` to completion and returns its output and exit status.
///
/// Output goes through files, not pipes: a program that starts a server (`pg_ctl start`) leaves
/// it holding whatever it inherited, and a pipe would not reach end-of-file until that server stops.
public func runProgram(
    _ path: String, _ arguments: [String], environment: [String: String]? = nil
) async throws -> CommandResult {
    try await withTemporaryDirectory("clipper-run") { directory in
        let (outputPath, errorsPath) = (directory + "/stdout", directory + "/stderr")
        for file in [outputPath, errorsPath] {
            guard FileManager.default.createFile(atPath: file, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
            }
        }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
        defer {
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let exited = AsyncStream<Int32> { continuation in
            process.terminationHandler = { process in
                continuation.yield(process.terminationStatus)
                continuation.finish()
            }
        }
        try process.run()
        var status: Int32 = -1
        for await code in exited { status = code }
        return CommandResult(
            status: status,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errorsPath)), as: UTF8.self)
        )
    }
}
