import ArgumentParser
import ClipperModel
import Foundation

/// `clipperctl failed`: quarantined files with their stage and reason.
struct Failed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the files in failed/ with the stage that failed and why.",
        discussion: "clipperctl retry NAME (or --all-failed) moves them back into the inbox."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let failures = try await global.failures()
        try global.output(failures) {
            Self.render(failures, now: Date().timeIntervalSince1970, width: Terminal.outputWidth)
        }
    }

    /// The failures as a table: file, stage, when, reason.
    static func render(_ failures: [FailureReport], now: Double, width: Int?) -> String {
        guard !failures.isEmpty else { return "No failed files.\n" }
        var table = TextTable([
            .init(title: "FILE", flexible: true), .init(title: "STAGE"), .init(title: "WHEN"),
            .init(title: "REASON", flexible: true),
        ])
        for failure in failures {
            let when = ISO8601Time.seconds(failure.time).map { HumanFormat.relativeTime($0, now: now) } ?? failure.time
            table.append([failure.file, failure.stage.rawValue, when, failure.reason])
        }
        return table.render(width: width)
    }
}
