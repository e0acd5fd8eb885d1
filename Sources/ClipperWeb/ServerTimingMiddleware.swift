import HTTPTypes
import Hummingbird

/// Adds `Server-Timing: page;dur=MS`: how long the server spent making the answer (what
/// `make bench` reports as page time), readable in any browser's developer tools.
struct ServerTimingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let clock = ContinuousClock()
        let start = clock.now
        var response = try await next(request, context)
        let elapsed = clock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        response.headers[HTTPField.Name("Server-Timing")!] = "page;dur=\((milliseconds * 100).rounded() / 100)"
        return response
    }
}
