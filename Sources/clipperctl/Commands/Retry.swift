import ArgumentParser
import ClipperControlAPI
import ClipperControlClient

/// `clipperctl retry NAME... | --all-failed`: moves quarantined files back into the inbox.
struct Retry: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Move quarantined files from failed/ back into the inbox to be processed again."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Names of files in failed/ (as `clipperctl failed` lists them).", valueName: "name"))
    var names: [String] = []

    @Flag(name: .customLong("all-failed"), help: "Retry every file in failed/.")
    var allFailed = false

    func validate() throws {
        if allFailed, !names.isEmpty {
            throw ValidationError("give file names or --all-failed, not both")
        }
        if !allFailed, names.isEmpty {
            throw ValidationError("give the names of files to retry, or --all-failed")
        }
        if let bad = names.first(where: { $0.isEmpty || $0.contains("/") }) {
            throw ValidationError("\(bad.debugDescription) is not a file name in failed/ (no directories)")
        }
    }

    func run() async throws {
        var retried = 0
        var byDaemon = true
        if allFailed {
            (retried, byDaemon) = try await global.retry(.allFailed)
        } else {
            for name in names {
                let result = try await global.retry(.file(name))
                retried += result.retried
                byDaemon = result.byDaemon
            }
        }
        try global.output(RetryResponse(retried: retried)) { Self.render(retried: retried, byDaemon: byDaemon) }
    }

    /// What happened, for people.
    static func render(retried: Int, byDaemon: Bool) -> String {
        if retried == 0 { return "No failed files to retry.\n" }
        let (files, them) = retried == 1 ? ("1 file", "it") : ("\(HumanFormat.count(retried)) files", "them")
        return byDaemon
            ? "Moved \(files) back into the inbox; clipperd is processing \(them).\n"
            : "Moved \(files) back into the inbox; clipperd will process \(them) when it starts.\n"
    }
}
