import ArgumentParser
import ClipperConfig
import ClipperRecovery
import Foundation

/// `clipperctl check`: the archive check `clipperd` runs at start-up, by hand.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that every file in archive/ has a row in the store; requeue those that do not.",
        discussion: """
            A file is archived only after its row is durable, so a healthy node has none missing. \
            Missing rows come from a power cut on an unsynced store or a restored backup; the files \
            go back into the inbox, where clipperd indexes them (now, if it is running; at its next \
            start otherwise). Exits 1 when files were missing and --dry-run kept them in place.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Only report; leave missing files in archive/.")
    var dryRun = false

    func run() async throws {
        let configuration = try global.configuration()
        guard let spool = try configuration.existingSpool() else {
            throw CommandError("there is no archive under \(configuration.stateDir) yet; start clipperd to create it")
        }
        let repair = !dryRun
        let report = try await configuration.withStore { store in
            try await ArchiveCheck(spool: spool, store: store, maxBytes: configuration.maxFileSize).run(repair: repair)
        }
        try global.output(report) { Self.render(report, repaired: repair) }
        if dryRun, !report.missing.isEmpty { throw ExitCode(1) }
    }

    /// The summary line, then each missing or unreadable file.
    static func render(_ report: ArchiveCheckReport, repaired: Bool) -> String {
        var text = report.summary + "\n"
        for name in report.missing {
            text += (repaired ? "requeued  " : "missing   ") + name + "\n"
        }
        for file in report.unreadable {
            text += "unreadable  \(file.file): \(file.reason)\n"
        }
        return text
    }
}
