import Foundation

/// Polls `directory` until it holds at least `count` entries, or throws ``TimedOut`` after
/// `timeout`: for progress that shows only in the spool (`clipperd --once` has no control socket).
public func waitForEntries(
    in directory: String, atLeast count: Int, timeout: Duration = .seconds(30),
    every interval: Duration = .milliseconds(25)
) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var seen = 0
    while true {
        seen = (try? FileManager.default.contentsOfDirectory(atPath: directory).count) ?? 0
        if seen >= count { return }
        guard clock.now < deadline else {
            throw TimedOut(
                description: "timed out after \(timeout) waiting for \(count) entries in \(directory) (saw \(seen))")
        }
        try await Task.sleep(for: interval)
    }
}
