import Crypto
import Foundation
import Hummingbird
import Synchronization

/// HTTP Basic authentication against one ``PasswordHash`` (any user name): what `web_password_file`
/// turns on. A header that passed once is remembered by its SHA-256, so PBKDF2 runs once per
/// password, not once per request.
final class PasswordMiddleware<Context: RequestContext>: RouterMiddleware, Sendable {
    private let password: PasswordHash
    private let accepted = Mutex<Set<Data>>([])

    init(password: PasswordHash) {
        self.password = password
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let header = request.headers[.authorization], check(header) else {
            return Response(
                status: .unauthorized,
                headers: [
                    .wwwAuthenticate: #"Basic realm="Clipper", charset="UTF-8""#,
                    .contentType: "text/plain; charset=utf-8",
                ],
                body: ResponseBody(byteBuffer: .init(string: "This Clipper asks for its password.\n")))
        }
        return try await next(request, context)
    }

    private func check(_ header: String) -> Bool {
        let digest = Data(SHA256.hash(data: Data(header.utf8)))
        if accepted.withLock({ $0.contains(digest) }) { return true }
        guard header.lowercased().hasPrefix("basic "),
            let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let credentials = String(data: decoded, encoding: .utf8),
            let colon = credentials.firstIndex(of: ":")
        else { return false }
        guard password.matches(String(credentials[credentials.index(after: colon)...])) else { return false }
        accepted.withLock { set in
            if set.count > 16 { set.removeAll() }
            set.insert(digest)
        }
        return true
    }
}
