import ArgumentParser
import ClipperControlAPI
import ClipperControlClient

/// `--limit N` for the commands that list rows (`search`, `quotes`, `entities`), checked against
/// the same bounds the control API enforces.
struct LimitOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "The most rows to show.")
    var limit = ControlLimits.defaultLimit

    func validate() throws {
        do {
            try ControlLimits.validateLimit(limit)
        } catch {
            throw ValidationError(error.error)
        }
    }
}
