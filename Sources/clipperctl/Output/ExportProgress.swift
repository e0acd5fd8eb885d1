import Foundation

/// The progress line `export` draws on standard error: `[#####.....]  52%  1,234 of 2,345 articles`.
struct ExportProgress {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    private var lastDrawn = ContinuousClock.now

    /// - Parameters:
    ///   - total: The number of articles expected.
    ///   - enabled: Whether to draw at all (standard error is a terminal).
    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Counts one article, redrawing at most five times a second.
    mutating func advance() {
        done += 1
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDrawn >= .milliseconds(200) || done == total else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\r" + Self.line(done: done, total: total)).utf8))
    }

    /// Erases the progress line.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The progress line for `done` of `total` articles.
    static func line(done: Int, total: Int) -> String {
        ProgressBar.render(done: done, total: max(total, done))
            + "  \(HumanFormat.count(done)) of \(HumanFormat.count(max(total, done))) articles"
    }
}
