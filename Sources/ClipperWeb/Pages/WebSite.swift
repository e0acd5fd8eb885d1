import ClipperControlAPI
import ClipperModel
import ClipperStore
import Foundation
import Hummingbird

/// What the pages are made from: the store (the same queries as the control API), the daemon's
/// handlers for status and its commands, the templates, the CSRF token and the archive of originals.
struct WebSite: Sendable {
    let store: any ArticleStore
    let handlers: ControlHandlers
    let renderer: PageRenderer
    let csrf: CSRFToken
    /// Where indexed originals are kept (`STATE_DIR/archive`).
    let archive: String

    /// Adds every page's route to `router` (the URL scheme of docs/Web.md).
    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in try await home() }
        router.get("/search") { request, _ in try await search(request) }
        router.get("/articles/:id") { _, context in try await article(try key(context, "id")) }
        router.get("/articles/:id/original") { _, context in try await original(try key(context, "id")) }
        router.get("/people/:name") { request, context in try await entity(.person, try key(context, "name"), request) }
        router.get("/organizations/:name") { request, context in
            try await entity(.organization, try key(context, "name"), request)
        }
        router.get("/places/:name") { request, context in try await entity(.place, try key(context, "name"), request) }
        router.get("/quotes") { request, _ in try await quotes(request) }
        router.get("/figures") { request, _ in try await figures(request) }
        router.get("/timeline") { request, _ in try await timeline(request) }
        router.get("/status") { _, _ in try await status(message: nil) }
        router.post("/status/retry") { request, _ in try await command(request) { form in try await retry(form) } }
        router.post("/status/pause") { request, _ in
            try await command(request) { _ in
                await handlers.pause("paused from the web page")
                return "Paused: no new files are taken until Resume."
            }
        }
        router.post("/status/resume") { request, _ in
            try await command(request) { _ in
                await handlers.resume()
                return "Resumed: new files are taken again."
            }
        }
        router.get("/static/:file") { _, context in
            guard let response = renderer.staticFile(try key(context, "file")) else {
                throw WebNotFound("There is no such file.")
            }
            return response
        }
    }

    /// The path parameter `name`, percent-decoded.
    private func key(_ context: BasicRequestContext, _ name: String) throws -> String {
        let raw = try context.parameters.require(name)
        guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
            throw WebInputError("The address is not valid: \(raw) is not a percent-encoded name.")
        }
        return decoded
    }
}

extension Request {
    /// The URL's query, parsed as a form sends it.
    var form: QueryParameters { QueryParameters(uri.query) }
}
