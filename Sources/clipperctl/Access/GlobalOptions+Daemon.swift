import ClipperControlAPI
import ClipperControlClient

extension GlobalOptions {
    /// Runs `body` against the running daemon; when it is not running, fails with
    /// exit status 3 and the sentence that says so.
    func withDaemon<T>(_ body: (ControlClient) async throws -> T) async throws -> T {
        let client = controlClient(try configuration())
        do {
            return try await body(client)
        } catch let error as ControlClientError {
            if case .daemonNotRunning = error {
                throw CommandError(error.description, exitCode: CommandError.daemonNotRunningExitCode)
            }
            throw error
        }
    }
}
