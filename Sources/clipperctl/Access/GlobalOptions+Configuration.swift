import ClipperConfig
import ClipperControlAPI
import ClipperControlClient
import Foundation

extension GlobalOptions {
    /// The configuration these flags select, on top of `clipper.toml` and `CLIPPER_*`.
    func configuration() throws(ConfigurationError) -> Configuration {
        try Configuration.resolve(
            configFile: config,
            environment: ProcessInfo.processInfo.environment,
            overrides: ConfigurationOverrides(stateDir: stateDir, store: store, socket: socket)
        )
    }

    /// A client for the daemon's control socket.
    func controlClient(_ configuration: Configuration) -> ControlClient {
        ControlClient(socketPath: configuration.socket)
    }
}
