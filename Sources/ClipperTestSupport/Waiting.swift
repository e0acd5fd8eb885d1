/// Checks `condition` until it holds, or throws ``TimedOut`` after `timeout`.
///
/// For state that announces nothing (a directory's entries, a mount table, a status answer):
/// the check runs every `interval`, and the wait ends the moment it holds. Never a fixed sleep.
public func waitUntil(
    _ what: String, timeout: Duration = .seconds(30), interval: Duration = .milliseconds(20),
    _ condition: () async throws -> Bool
) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while true {
        if try await condition() { return }
        guard clock.now < deadline else {
            throw TimedOut(description: "timed out after \(timeout) waiting for \(what)")
        }
        try await Task.sleep(for: interval)
    }
}
