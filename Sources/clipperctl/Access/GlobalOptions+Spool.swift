import ClipperConfig
import ClipperControlAPI
import ClipperControlClient
import ClipperModel
import ClipperSpool

extension GlobalOptions {
    /// The quarantined files, from the daemon, or from `failed/` when it is not running.
    func failures() async throws -> [FailureReport] {
        let configuration = try configuration()
        do {
            return try await controlClient(configuration).failures()
        } catch ControlClientError.daemonNotRunning {
            return try configuration.existingSpool()?.failures() ?? []
        }
    }

    /// Moves quarantined files back into the inbox: through the daemon, or straight in the
    /// spool when it is not running. Returns how many moved and whether the daemon did it.
    func retry(_ request: RetryRequest) async throws -> (retried: Int, byDaemon: Bool) {
        let configuration = try configuration()
        let client = controlClient(configuration)
        do {
            if let name = request.name {
                return (try await client.retry(name).retried, true)
            }
            return (try await client.retryAll().retried, true)
        } catch ControlClientError.daemonNotRunning {
            let spool = try configuration.existingSpool()
            if let name = request.name {
                guard let spool else { throw CommandError("no such failed file: \(name)") }
                try spool.retry(name)
                return (1, false)
            }
            return (try spool?.retryAll() ?? 0, false)
        }
    }
}
