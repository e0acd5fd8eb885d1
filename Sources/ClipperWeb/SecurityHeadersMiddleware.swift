import HTTPTypes
import Hummingbird

/// Adds the headers every answer carries: a strict Content-Security-Policy (no inline script,
/// nothing from elsewhere, no framing), `nosniff`, no referrer across sites.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Everything from this server only; no script at all; forms post back here only.
    static var policy: String {
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; img-src 'self'; style-src 'self'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.policy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }
}
