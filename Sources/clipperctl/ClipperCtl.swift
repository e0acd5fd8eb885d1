import ArgumentParser
import ClipperConfig
import Foundation

/// `clipperctl`: control `clipperd` and read what it indexed.
///
/// Every command takes ``GlobalOptions`` and `--json`. Errors are one sentence on
/// standard error after `clipperctl: `, and a non-zero exit status: 1 in general,
/// 3 when a command needs the daemon and it is not running, 64 for bad flags,
/// 78 for a bad configuration.
@main
struct ClipperCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clipperctl",
        abstract: "Control clipperd and read the articles it indexed.",
        discussion: """
            search, show, quotes, entities, failed, retry and export work with clipperd stopped, \
            straight from the store and the spool.
            """,
        subcommands: [
            Status.self, Search.self, Show.self, Quotes.self, Entities.self,
            Failed.self, Retry.self, Pause.self, Resume.self, Export.self, Check.self,
        ]
    )

    /// Accepted before the command name too (`clipperctl --state-dir var status`).
    @OptionGroup var global: GlobalOptions

    /// Parses the command line, runs the command, and turns any error into one line and an exit status.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            // Help and version requests print to standard output and exit 0.
            if exitCode(for: error) == .success { exit(withError: error) }
            StandardStreams.writeError("clipperctl: " + message(for: error))
            Foundation.exit(exitCode(for: error).rawValue)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            let (sentence, status) = failure(for: error)
            StandardStreams.writeError("clipperctl: " + sentence)
            Foundation.exit(status)
        }
    }

    /// The sentence and exit status that report `error`.
    static func failure(for error: any Error) -> (String, Int32) {
        switch error {
        case let error as CommandError: (error.description, error.exitCode)
        case let error as ConfigurationError: (error.description, ConfigurationError.exitCode)
        case is ValidationError, is CleanExit: (message(for: error), exitCode(for: error).rawValue)
        case let error as any CustomStringConvertible: (error.description, 1)
        default: (message(for: error), exitCode(for: error).rawValue)
        }
    }
}
