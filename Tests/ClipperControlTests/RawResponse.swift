import ClipperControlAPI
import ClipperControlClient
import ClipperControlServer
import Foundation

/// An HTTP/1.1 answer read off the socket: its status code and body.
struct RawResponse {
    var status: Int
    var headers: String
    var body: String

    /// Parses `text`; the body is everything after the blank line (de-chunked when chunked).
    init(_ text: String) throws {
        guard let split = text.range(of: "\r\n\r\n") else {
            throw RawSocket.Failure(description: "no header end in \(text.debugDescription)")
        }
        headers = String(text[..<split.lowerBound])
        let statusLine = headers.prefix(while: { $0 != "\r" }).split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw RawSocket.Failure(description: "no status line in \(text.debugDescription)")
        }
        self.status = status
        body = String(text[split.upperBound...])
    }

    /// The `{"error": …}` sentence of an error answer.
    var errorSentence: String? {
        try? ControlJSON.makeDecoder().decode(APIError.self, from: Data(body.utf8)).error
    }

    /// Sends `method target` with an optional body, closing the connection after the answer.
    static func send(_ method: String, _ target: String, body: String? = nil, to socketPath: String) async throws
        -> RawResponse
    {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        if let body {
            request += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        } else {
            request += "\r\n"
        }
        return try RawResponse(await RawSocket.exchange(request, at: socketPath))
    }
}
