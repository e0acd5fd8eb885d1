import Hummingbird
import NIOCore

extension Response {
    /// The content type of the Prometheus text exposition format.
    static let metricsContentType = "text/plain; version=0.0.4; charset=utf-8"

    /// A `/metrics` answer: `exposition`, the Prometheus text format.
    static func metrics(_ exposition: [UInt8]) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: metricsContentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: exposition))
        )
    }
}
