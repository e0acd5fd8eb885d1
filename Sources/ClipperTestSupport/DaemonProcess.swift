public import ClipperModel
import Foundation
import Synchronization

/// A real `clipperd` process under test, started with arguments.
///
/// Tests await events, never log text and never a sleep: readiness through the systemd-style
/// notify socket it is given (``waitUntilReady(timeout:)``), progress through its status on
/// the control socket (``waitForStatus(socket:timeout:every:_:until:)``). Its log lines are
/// collected from standard error for failure messages and for tests about the log itself.
public final class DaemonProcess: Sendable {
    private let process: Process
    private let notify: NotifySocket?
    private let errors: CapturedOutput
    private let exitStatus = Mutex<(status: Int32?, waiters: [CheckedContinuation<Int32, Never>])>((nil, []))

    /// Starts `clipperd` with `arguments` and `environment` added to a clean environment.
    ///
    /// Unless `environment` names a `NOTIFY_SOCKET` of its own, the daemon gets one bound here,
    /// so that ``waitUntilReady(timeout:)`` and ``waitForNotification(containing:count:timeout:)`` work.
    /// The web interface is off unless the test turns it on (`--web-listen`, `CLIPPER_WEB_LISTEN`):
    /// daemons of tests running at once would otherwise all try the default port. A `launcher`
    /// (`perf stat … --`) runs `clipperd` as its child; ``pid`` is then the launcher's.
    public init(arguments: [String], environment: [String: String] = [:], launcher: [String] = []) throws {
        let process = Process()
        let daemon = PackagePaths.binaries + "/clipperd"
        process.executableURL = URL(fileURLWithPath: launcher.first ?? daemon)
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [daemon] + arguments
        var environment = environment
        if environment["NOTIFY_SOCKET"] == nil {
            let notify = try NotifySocket()
            environment["NOTIFY_SOCKET"] = notify.path
            self.notify = notify
        } else {
            self.notify = nil
        }
        process.environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("CLIPPER_") && $0.key != "NOTIFY_SOCKET"
        }
        .merging(["CLIPPER_WEB_LISTEN": "off"].merging(environment) { _, new in new }) { _, new in new }
        errors = try CapturedOutput()
        process.standardError = errors.handle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        self.process = process
        process.terminationHandler = { [weak self] process in
            self?.exited(process.terminationStatus)
        }
        try process.run()
    }

    /// The process id.
    public var pid: Int32 { process.processIdentifier }

    /// Every notify message so far (empty when the test gave its own `NOTIFY_SOCKET`).
    public var notifications: [String] { notify?.messages ?? [] }

    /// Every log line so far.
    public var lines: [String] { errors.lines }

    /// The log's last 40 lines or, after a crash, the start of the crash report (the crashed
    /// thread's frames), which a tail would cut off.
    private var lastEvents: [String] {
        let lines = self.lines
        guard let crash = lines.firstIndex(where: { $0.contains("crashed") }) else { return Array(lines.suffix(40)) }
        return Array(lines[max(0, crash - 10)..<min(lines.count, crash + 60)])
    }

    /// Sends a signal (`SIGTERM`, `SIGKILL`, `SIGHUP`).
    public func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the daemon's first `READY=1`, which it sends once the inotify watch is up
    /// (`STATUS=watching INBOX`), or throws after `timeout`.
    public func waitUntilReady(timeout: Duration = .seconds(30)) async throws {
        try await waitForNotification(containing: "STATUS=watching", timeout: timeout)
    }

    /// Waits until `count` of the daemon's notify messages contain `text` (`READY=1`,
    /// `STATUS=waiting for the store`), or throws after `timeout`.
    public func waitForNotification(containing text: String, count: Int = 1, timeout: Duration = .seconds(30))
        async throws
    {
        guard let notify else {
            throw TimedOut(description: "this daemon was started with a NOTIFY_SOCKET of the test's own")
        }
        try await notify.wait(
            timeout: timeout, "\(count) notify messages containing \"\(text)\"",
            log: { ["notify messages:"] + notify.messages + ["log:"] + self.lines }
        ) { messages in
            messages.count { $0.contains(text) } >= count
        }
    }

    /// Polls the daemon's status over its control socket, `every` so often, until `condition`
    /// holds, and returns that status; throws ``TimedOut`` after `timeout`, or at once if the
    /// daemon exits.
    ///
    /// A socket that does not answer yet (the daemon still starting) counts as "not yet".
    @discardableResult
    public func waitForStatus(
        socket: String, timeout: Duration = .seconds(30), every interval: Duration = .milliseconds(25),
        _ what: String = "the awaited status", until condition: (StatusReport) -> Bool = { _ in true }
    ) async throws -> StatusReport {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = "no answer yet"
        while true {
            if let status = exitStatus.withLock({ $0.status }) {
                throw TimedOut(
                    description: "clipperd exited with status \(status) while waiting for \(what); log:\n"
                        + lastEvents.joined(separator: "\n"))
            }
            do {
                let answer = try await ControlSocketGet.get("/status", socket: socket)
                if answer.status == 200 {
                    let report = try JSONDecoder().decode(StatusReport.self, from: Data(answer.body))
                    if condition(report) { return report }
                    last = Self.summary(report)
                } else {
                    last = "HTTP \(answer.status)"
                }
            } catch {
                last = "\(error)"
            }
            guard clock.now < deadline else {
                throw TimedOut(
                    description: "timed out after \(timeout) waiting for \(what); last status: \(last); log:\n"
                        + lines.suffix(40).joined(separator: "\n"))
            }
            try await Task.sleep(for: interval)
        }
    }

    private static func summary(_ report: StatusReport) -> String {
        "\(report.state.rawValue), queued \(report.queued), in flight \(report.inFlight), processed \(report.processed), "
            + "duplicates \(report.duplicates), failed \(report.failed)"
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
