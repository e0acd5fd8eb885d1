import Foundation

/// What a finished command printed and how it exited.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a built binary (`clipperctl`, `clipperd --once`) to completion and returns its output.
public func runBinary(
    _ name: String, _ arguments: [String], environment: [String: String] = [:], stdin: [UInt8]? = nil
) async throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: PackagePaths.binaries + "/" + name)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CLIPPER_") }
        .merging(environment) { _, new in new }
    let output = Pipe()
    let errors = Pipe()
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
    async let out = Task.detached { output.fileHandleForReading.readDataToEndOfFile() }.value
    async let err = Task.detached { errors.fileHandleForReading.readDataToEndOfFile() }.value
    let (stdoutData, stderrData) = await (out, err)
    var status: Int32 = -1
    for await code in exited { status = code }
    return CommandResult(
        status: status, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self)
    )
}
