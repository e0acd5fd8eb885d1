import ArgumentParser
import ClipperModel
import ClipperStore
import Foundation

/// `clipperctl export [--output FILE]`: every article as JSON Lines, straight from the store.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every article as JSON Lines (one article a line, oldest first).",
        discussion: """
            Reads the store directly, so it works with clipperd running or stopped. With --output the \
            file appears complete or not at all (it is written beside it and renamed at the end).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if let output, output.isEmpty || output.hasSuffix("/") {
            throw ValidationError("--output needs a file name")
        }
    }

    func run() async throws {
        let configuration = try global.configuration()
        let showProgress = Terminal.standardErrorIsTerminal
        let output = self.output
        let written = try await configuration.withStore { store in
            let total = showProgress ? try await store.statistics().articles : 0
            var sink = try ExportSink(path: output)
            var progress = ExportProgress(total: total, enabled: showProgress)
            do {
                try await store.forEachArticle { record in
                    try sink.write(record)
                    progress.advance()
                }
                try sink.finish()
            } catch {
                sink.abandon()
                progress.clear()
                throw error
            }
            progress.clear()
            return sink.count
        }
        if showProgress {
            let articles = written == 1 ? "1 article" : "\(HumanFormat.count(written)) articles"
            StandardStreams.writeError("Exported \(articles)" + (output.map { " to \($0)" } ?? "") + ".")
        }
    }
}
