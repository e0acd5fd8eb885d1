import ClipperConfig
import ClipperControlAPI
import ClipperControlClient
import ClipperModel
import ClipperStore
import Foundation
import Testing

@testable import clipperctl

/// What `--json` prints, and the sentences errors become.
struct JSONOutputTests {
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try ControlJSON.makeEncoder().encode(value), as: UTF8.self)
    }

    @Test func aStoppedDaemonIsReportedWithSnakeCaseKeys() throws {
        let stopped = StoppedStatus(
            message: "clipperd is not running (no socket at /v/s.sock)", socket: "/v/s.sock",
            store: "sqlite:///v/c.sqlite",
            storeStatistics: StoreStatistics(articles: 2, duplicates: 0, sizeBytes: nil))
        #expect(
            try json(stopped)
                == #"{"message":"clipperd is not running (no socket at /v/s.sock)","running":false,"socket":"/v/s.sock","store":"sqlite:///v/c.sqlite","store_statistics":{"articles":2,"duplicates":0}}"#
        )
    }

    @Test func apiMessagesHaveTheDocumentedShape() throws {
        #expect(try json(RetryResponse(retried: 3)) == #"{"retried":3}"#)
        #expect(try json(RetryRequest.allFailed) == #"{"all":true}"#)
        #expect(try json(RetryRequest.file("a b.txt")) == #"{"name":"a b.txt"}"#)
        #expect(try json(APIError("no such article: 12ab")) == #"{"error":"no such article: 12ab"}"#)
        #expect(
            try json(Samples.hits[1])
                == #"{"file":"budget.txt","id":"\#(Samples.hits[1].id)","score":1.1,"snippet":"a [policy] change"}"#)
    }

    @Test func aStatusReportRoundTrips() throws {
        let data = try ControlJSON.makeEncoder().encode(Samples.report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""in_flight":4"#))
        #expect(text.contains(#""store":"sqlite:///var/lib/clipper/clipper.sqlite""#))
        #expect(try ControlJSON.makeDecoder().decode(StatusReport.self, from: data) == Samples.report)
    }

    @Test func errorsBecomeOneSentenceAndAnExitStatus() {
        #expect(ClipperCtl.failure(for: CommandError("no such article: 12ab")) == ("no such article: 12ab", 1))
        #expect(
            ClipperCtl.failure(for: StoreError.badQuery("unbalanced quotation mark")) == (
                "the search query is not valid: unbalanced quotation mark", 1
            ))
        #expect(
            ClipperCtl.failure(for: ControlClientError.daemonNotRunning(socketPath: "/run/c.sock"))
                == ("clipperd is not running (no socket at /run/c.sock)", 1))
        #expect(
            ClipperCtl.failure(for: ControlClientError.rejected(status: 400, message: "the limit must be …")).0
                == "the limit must be …")
        #expect(ClipperCtl.failure(for: ConfigurationError("workers in clipper.toml must be a number")).1 == 78)
    }
}
