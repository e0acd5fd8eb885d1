import ArgumentParser

/// The flags every `clipperctl` command takes, before or after the command name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The config file (default: CLIPPER_CONFIG, else /etc/clipper/clipper.toml).", valueName: "file"))
    var config: String?

    @Option(
        name: .customLong("state-dir"),
        help: ArgumentHelp("The state directory: inbox, store and socket live under it by default.", valueName: "dir"))
    var stateDir: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store URL (sqlite:///path/clipper.sqlite or postgres://user@host:5432/db).", valueName: "url"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("The daemon's control socket.", valueName: "path"))
    var socket: String?

    @Flag(name: .long, help: "Print the API's JSON instead of text for people.")
    var json = false
}

extension GlobalOptions {
    /// Writes `value` as the API's JSON with `--json`, else `text()` for people.
    func output(_ value: some Encodable, text: () -> String) throws {
        if json {
            try StandardStreams.writeJSON(value)
        } else {
            StandardStreams.write(text())
        }
    }
}
