import ArgumentParser
import ClipperConfig
import ClipperDaemon
import Foundation
import Glibc
import Logging

/// `clipperd`: flags → configuration → ``Daemon``.
@main
struct ClipperDaemonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clipperd",
        abstract: "Watch an inbox of news articles; parse, extract and index each new file.",
        discussion: """
            Settings come from, in increasing precedence: defaults, the config file \
            (/etc/clipper/clipper.toml, CLIPPER_CONFIG or --config), CLIPPER_* environment \
            variables, and these flags. See config/clipper.toml for every key.
            """,
        version: ClipperVersion.current
    )

    @Option(name: .customLong("config"), help: ArgumentHelp("The config file (TOML).", valueName: "file"))
    var configFile: String?

    @Option(help: ArgumentHelp("The folder to watch (default: STATE_DIR/inbox).", valueName: "dir"))
    var inbox: String?

    @Option(
        help: ArgumentHelp(
            "Where the spool, lock, socket and SQLite file live (default: /var/lib/clipper).", valueName: "dir"))
    var stateDir: String?

    @Option(
        help: ArgumentHelp(
            "The store: sqlite:///path/clipper.sqlite or postgres://user@host:5432/db.", valueName: "url"))
    var store: String?

    @Option(help: ArgumentHelp("The control socket's path (default: STATE_DIR/clipperd.sock).", valueName: "path"))
    var socket: String?

    @Option(help: ArgumentHelp("Files processed at once (default: the number of cores).", valueName: "n"))
    var workers: Int?

    @Option(
        help: ArgumentHelp(
            "Where the web interface listens: HOST:PORT or off (default: 127.0.0.1:7700).", valueName: "address"))
    var webListen: String?

    @Flag(help: "Process every file in the inbox, then exit.")
    var once = false

    func validate() throws {
        if let workers, !(1...256).contains(workers) {
            throw ValidationError("--workers must be a whole number from 1 to 256, not \(workers).")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        MallocArenas.limit(environment: environment)
        let overrides = ConfigurationOverrides(
            stateDir: stateDir, inbox: inbox, store: store, socket: socket, workers: workers,
            webListen: webListen)
        let configFile = self.configFile
        let resolve: @Sendable () throws -> Configuration = {
            try Configuration.resolve(configFile: configFile, environment: environment, overrides: overrides)
        }
        let configuration: Configuration
        do {
            configuration = try resolve()
        } catch {
            Self.fail("\(error)", code: ConfigurationError.exitCode)
        }
        let levelSwitch = LogLevelSwitch(configuration.loggerLevel)
        LoggingSystem.bootstrap { label in
            JournalLogHandler(label: label, levelSwitch: levelSwitch, environment: environment)
        }
        do {
            try await Daemon(
                configuration: configuration, environment: environment, levelSwitch: levelSwitch, reread: resolve
            )
            .run(once: once)
        } catch {
            Self.fail("\(error)", code: 1)
        }
    }

    /// Prints one sentence and exits, never a stack trace.
    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("clipperd: \(message)\n".utf8))
        Glibc.exit(code)
    }
}
