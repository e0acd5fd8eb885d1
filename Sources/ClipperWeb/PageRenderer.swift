import Foundation
import Hummingbird
import Mustache
import NIOCore

/// The templates and static files of the web interface, loaded once from the target's resources.
///
/// Templates are Mustache with HTML escaping by default: `{{value}}` is always escaped, and no
/// template uses the unescaped `{{{…}}}` form, so nothing from an article can become markup.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The files under `/static/`, by name, with their media type.
    private let statics: [String: (bytes: ByteBuffer, type: String)]

    /// Loads the templates and static files from the bundle (`Resources/templates`, `Resources/static`).
    init() throws {
        guard
            let templates = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources"),
            let folder = Bundle.module.url(forResource: "static", withExtension: nil, subdirectory: "Resources")
        else {
            throw WebSetupError("the web interface's templates are missing from the installation")
        }
        do {
            library = try MustacheLibrary(templatesIn: templates.path)
        } catch {
            throw WebSetupError("a web template does not parse: \(error)")
        }
        var statics: [String: (bytes: ByteBuffer, type: String)] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                continue
            }
            let type =
                name.hasSuffix(".css")
                ? "text/css; charset=utf-8"
                : name.hasSuffix(".svg") ? "image/svg+xml" : "application/octet-stream"
            statics[name] = (ByteBuffer(bytes: data), type)
        }
        self.statics = statics
    }

    /// `model` rendered through the template `name` as an HTML response.
    func page(_ name: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(model, withTemplate: name) ?? "template \(name) is missing"
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// The static file `name`, or `nil`.
    func staticFile(_ name: String) -> Response? {
        guard let file = statics[name] else { return nil }
        return Response(
            status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"],
            body: ResponseBody(byteBuffer: file.bytes))
    }
}

extension MustacheLibrary {
    /// Every `.mustache` file under `directory`, loaded synchronously (the library's own loader is `async`).
    fileprivate init(templatesIn directory: String) throws {
        self.init()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            try register(text, named: String(name.dropLast(".mustache".count)))
        }
    }
}

/// The web interface cannot start: its files are missing or broken, or its settings are wrong.
public struct WebSetupError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
