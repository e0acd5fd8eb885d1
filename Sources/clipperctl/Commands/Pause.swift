import ArgumentParser
import ClipperControlAPI
import ClipperControlClient
import ClipperModel

/// `clipperctl pause [--reason TEXT]`: the daemon stops taking new files.
struct Pause: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stop clipperd taking new files; files in flight finish, new ones wait in the inbox."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Why, shown by `clipperctl status` while paused.")
    var reason: String?

    func run() async throws {
        let report = try await global.withDaemon { try await $0.pause(reason: reason) }
        try global.output(report) { Pause.render(report) }
    }

    /// `clipperd on news1 is paused: reason.`
    static func render(_ report: StatusReport) -> String {
        "clipperd on \(report.node) is \(report.state.rawValue)" + (report.pauseReason.map { ": \($0)" } ?? "") + ".\n"
    }
}
