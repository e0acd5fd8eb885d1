import Foundation
import Synchronization

/// A real `clipperd` process under test: started with arguments, its log lines
/// collected from standard error, awaited by content (never by sleeping).
public final class DaemonProcess: Sendable {
    private let process: Process
    private let log = Mutex<(lines: [String], partial: String, waiters: [Waiter])>(([], "", []))
    private let exitStatus = Mutex<(status: Int32?, waiters: [CheckedContinuation<Int32, Never>])>((nil, []))

    private struct Waiter {
        let id: UUID
        let predicate: @Sendable ([String]) -> Bool
        let continuation: CheckedContinuation<Void, Never>
    }

    /// Starts `clipperd` with `arguments` and `environment` added to a clean environment.
    ///
    /// The web interface is off unless the test turns it on (`--web-listen`, `CLIPPER_WEB_LISTEN`):
    /// daemons of tests running at once would otherwise all try the default port.
    public init(arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PackagePaths.binaries + "/clipperd")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CLIPPER_") }
            .merging(["CLIPPER_WEB_LISTEN": "off"].merging(environment) { _, new in new }) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        self.process = process
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
            } else {
                self?.received(data)
            }
        }
        process.terminationHandler = { [weak self] process in
            self?.exited(process.terminationStatus)
        }
        try process.run()
    }

    /// The process id.
    public var pid: Int32 { process.processIdentifier }

    /// Every log line so far.
    public var lines: [String] { log.withLock { $0.lines } }

    /// Sends a signal (`SIGTERM`, `SIGKILL`, `SIGHUP`).
    public func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits until the log satisfies `predicate`, or throws after `timeout`.
    public func waitForLog(
        timeout: Duration = .seconds(30), _ what: String, until predicate: @escaping @Sendable ([String]) -> Bool
    ) async throws {
        let id = UUID()
        try await withTimeout(timeout, what: what, lines: { self.lines }) {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let satisfied = self.log.withLock { state in
                    if predicate(state.lines) { return true }
                    state.waiters.append(Waiter(id: id, predicate: predicate, continuation: continuation))
                    return false
                }
                if satisfied { continuation.resume() }
            }
        } onTimeout: {
            let waiter = self.log.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume()
        }
    }

    /// Waits until `count` log lines contain `text`.
    public func waitForLines(containing text: String, count: Int = 1, timeout: Duration = .seconds(30)) async throws {
        try await waitForLog(timeout: timeout, "\(count) log lines containing \"\(text)\"") { lines in
            lines.count { $0.contains(text) } >= count
        }
    }

    /// Waits for the process to exit and returns its status, or throws after `timeout`.
    public func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let box = Mutex<Int32>(-1)
        try await withTimeout(timeout, what: "clipperd to exit", lines: { self.lines }) {
            let status = await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
                let known = self.exitStatus.withLock { state -> Int32? in
                    if let status = state.status { return status }
                    state.waiters.append(continuation)
                    return nil
                }
                if let known { continuation.resume(returning: known) }
            }
            box.withLock { $0 = status }
        } onTimeout: {
            self.send(SIGKILL)
        }
        return box.withLock { $0 }
    }

    private func received(_ data: Data) {
        let ready = log.withLock { state -> [Waiter] in
            state.partial += String(decoding: data, as: UTF8.self)
            var pieces = state.partial.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            state.partial = pieces.removeLast()
            state.lines += pieces
            let lines = state.lines
            let ready = state.waiters.filter { $0.predicate(lines) }
            state.waiters.removeAll { waiter in ready.contains { $0.id == waiter.id } }
            return ready
        }
        for waiter in ready { waiter.continuation.resume() }
    }

    private func exited(_ status: Int32) {
        let waiters = exitStatus.withLock { state in
            state.status = status
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: status) }
    }
}

/// A condition a test awaited did not come true in time.
public struct TimedOut: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

/// Runs `body`; if it has not finished after `timeout`, calls `onTimeout` (which must make
/// `body` return) and throws ``TimedOut`` with the daemon's log for context.
func withTimeout(
    _ timeout: Duration, what: String, lines: @escaping @Sendable () -> [String],
    _ body: @escaping @Sendable () async -> Void, onTimeout: @escaping @Sendable () -> Void
) async throws {
    let finished = await withTaskGroup(of: Bool.self) { group in
        group.addTask {
            await body()
            return true
        }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return false
        }
        let first = await group.next() ?? false
        if !first { onTimeout() }
        group.cancelAll()
        await group.waitForAll()
        return first
    }
    if !finished {
        throw TimedOut(
            description: "timed out after \(timeout) waiting for \(what); log:\n"
                + lines().suffix(40).joined(separator: "\n"))
    }
}
