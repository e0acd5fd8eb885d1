import ClipperControlAPI
import Foundation
import Hummingbird
import NIOCore

extension Response {
    /// A JSON answer holding `value`, encoded with ``ControlJSON``.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try ControlJSON.makeEncoder().encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// An ``APIError`` answer: `{"error": "…"}` with `status`.
    static func error(_ sentence: String, status: HTTPResponse.Status) -> Response {
        // Encoding a struct of one string cannot fail; fall back to a fixed body all the same.
        (try? json(APIError(sentence), status: status))
            ?? Response(
                status: status, body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"error":"internal error"}"#)))
    }
}
