import ClipperControlAPI
import ClipperStore
import Hummingbird
import Logging
import NIOCore

/// Turns every error a route throws into an ``APIError`` answer with the right status.
///
/// Request problems are 400, unknown things 404, an unavailable store 503; anything
/// unexpected is 500 with a log line, never a crash or a bare connection reset.
struct ControlErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let (status, sentence) = Self.answer(for: error, request: request)
            if status == .internalServerError {
                context.logger.error(
                    "Control request failed",
                    metadata: [
                        "http.method": "\(request.method)", "http.path": "\(request.uri.path)", "error": "\(error)",
                    ]
                )
            }
            return Response.error(sentence, status: status)
        }
    }

    /// The status and sentence that answer `error`.
    static func answer(for error: any Error, request: Request) -> (HTTPResponse.Status, String) {
        switch error {
        case let error as APIError:
            return (.badRequest, error.error)
        case let error as ControlRequestError:
            switch error {
            case .badRequest(let why): return (.badRequest, why)
            case .notFound(let why): return (.notFound, why)
            case .unavailable(let why): return (.serviceUnavailable, why)
            }
        case let error as StoreError:
            switch error {
            case .badQuery, .ambiguous: return (.badRequest, error.description)
            case .unavailable: return (.serviceUnavailable, error.description)
            case .misconfigured: return (.internalServerError, error.description)
            }
        case is NIOTooManyBytesError:
            return (.contentTooLarge, "the request body is larger than \(ControlLimits.maximumBodyBytes) bytes")
        case let error as HTTPError:
            if error.status == .notFound {
                return (.notFound, "no such route: \(request.method) \(request.uri.path)")
            }
            return (error.status, error.body ?? error.status.reasonPhrase.lowercased())
        default:
            return (.internalServerError, "internal error: \(error)")
        }
    }
}
