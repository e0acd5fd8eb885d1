import AsyncHTTPClient
import ClipperControlAPI
import Foundation
import NIOCore
import NIOHTTP1

extension ControlClient {
    /// Sends a `GET` and decodes the JSON answer.
    func get<Answer: Decodable>(_ path: String, query: [(String, String)] = []) async throws -> Answer {
        let response = try await send(HTTPClientRequest(url: url(path, query: query)), timeout: nil)
        return try await Self.decode(response, path: path)
    }

    /// Sends a `POST` with a JSON body (none when `body` is `nil`) and decodes the JSON answer.
    func post<Answer: Decodable>(_ path: String, body: (some Encodable)?) async throws -> Answer {
        var request = HTTPClientRequest(url: url(path, query: []))
        request.method = .POST
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try ControlJSON.makeEncoder().encode(body)))
        }
        let response = try await send(request, timeout: nil)
        return try await Self.decode(response, path: path)
    }

    /// The request URL: the `http+unix` scheme with the socket path percent-encoded as the host.
    func url(_ path: String, query: [(String, String)]) -> String {
        var target = path
        if !query.isEmpty {
            target += "?" + query.map { "\($0.0)=\(Self.percentEncoded($0.1))" }.joined(separator: "&")
        }
        return "http+unix://" + Self.percentEncoded(socketPath) + target
    }

    /// Sends `request`, turning a missing or refusing socket into ``ControlClientError/daemonNotRunning(socketPath:)``.
    func send(_ request: HTTPClientRequest, timeout: TimeAmount?) async throws -> HTTPClientResponse {
        switch SocketProbe.probe(socketPath) {
        case .listening: break
        case .nobodyListening: throw ControlClientError.daemonNotRunning(socketPath: socketPath)
        case .unusable(let reason): throw ControlClientError.connectionFailed(socketPath: socketPath, reason: reason)
        }
        do {
            return try await httpClient.execute(request, timeout: timeout ?? self.timeout)
        } catch {
            throw classify(error)
        }
    }

    /// The client error that describes a request that failed after the socket answered the probe:
    /// the daemon stopped in between, or it did not answer in time.
    func classify(_ error: any Error) -> ControlClientError {
        if SocketProbe.probe(socketPath) == .nobodyListening {
            return .daemonNotRunning(socketPath: socketPath)
        }
        if let error = error as? HTTPClientError, error == .deadlineExceeded {
            return .connectionFailed(
                socketPath: socketPath, reason: "no answer within \(timeout.nanoseconds / 1_000_000_000) s")
        }
        return .connectionFailed(socketPath: socketPath, reason: "\(error)")
    }

    /// Throws the daemon's sentence when the answer is an error.
    static func checkStatus(_ response: HTTPClientResponse, path: String) async throws {
        guard !(200..<300).contains(response.status.code) else { return }
        let bytes = try await response.body.collect(upTo: 1024 * 1024)
        let message =
            (try? ControlJSON.makeDecoder().decode(APIError.self, from: Data(bytes.readableBytesView)))?.error
            ?? "the daemon answered \(path) with \(response.status.code) \(response.status.reasonPhrase)"
        throw ControlClientError.rejected(status: Int(response.status.code), message: message)
    }

    /// The answer's JSON body as `Answer`, or the daemon's error.
    static func decode<Answer: Decodable>(_ response: HTTPClientResponse, path: String) async throws -> Answer {
        try await checkStatus(response, path: path)
        let bytes = try await response.body.collect(upTo: maximumAnswerBytes)
        do {
            return try ControlJSON.makeDecoder().decode(Answer.self, from: Data(bytes.readableBytesView))
        } catch {
            throw ControlClientError.unreadableAnswer(path: path, reason: "\(error)")
        }
    }

    /// `text` with every byte outside the unreserved set (`A-Z a-z 0-9 - . _ ~`) percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return result
    }
}
