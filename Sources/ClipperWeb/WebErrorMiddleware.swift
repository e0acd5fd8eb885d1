import ClipperControlAPI
import ClipperStore
import Hummingbird
import Logging

/// Turns every error a page throws into a page that says what went wrong in one sentence, with the
/// right status; anything unexpected is a 500 and a log line, never a crash or a bare reset.
struct WebErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let (status, heading, sentence) = Self.answer(for: error, request: request)
            if status == .internalServerError {
                context.logger.error(
                    "Web request failed",
                    metadata: [
                        "http.method": "\(request.method)", "http.path": "\(request.uri.path)", "error": "\(error)",
                    ])
            }
            let view = ErrorView(chrome: Chrome(title: heading, section: .other), heading: heading, sentence: sentence)
            return renderer.page("error", view, status: status)
        }
    }

    /// The status, heading and sentence that answer `error`.
    static func answer(for error: any Error, request: Request) -> (HTTPResponse.Status, String, String) {
        switch error {
        case let error as WebInputError: return (.badRequest, "Cannot do that", error.description)
        case let error as WebNotFound: return (.notFound, "Not found", error.description)
        case let error as WebForbidden: return (.forbidden, "Refused", error.description)
        case let error as ControlRequestError:
            switch error {
            case .badRequest(let why): return (.badRequest, "Cannot do that", why)
            case .notFound(let why): return (.notFound, "Not found", why)
            case .unavailable(let why): return (.serviceUnavailable, "Unavailable", why)
            }
        case let error as StoreError:
            switch error {
            case .badQuery, .ambiguous: return (.badRequest, "Cannot do that", error.description)
            case .unavailable: return (.serviceUnavailable, "Unavailable", error.description + "; try again shortly")
            case .misconfigured: return (.internalServerError, "Server error", error.description)
            }
        case let error as HTTPError where error.status == .notFound:
            return (.notFound, "Not found", "There is no page at \(request.uri.path).")
        case let error as HTTPError:
            return (error.status, error.status.reasonPhrase, error.body ?? error.status.reasonPhrase)
        default:
            return (.internalServerError, "Server error", "Something went wrong on the server; its log says what.")
        }
    }
}
