import ArgumentParser
import ClipperControlAPI
import ClipperControlClient
import ClipperModel

/// `clipperctl resume`: the daemon takes new files again.
struct Resume: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Let clipperd take new files again after a pause.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let report = try await global.withDaemon { try await $0.resume() }
        try global.output(report) { Pause.render(report) }
    }
}
