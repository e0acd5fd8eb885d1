import ClipperModel
import ClipperStore
import ClipperTestSupport
import Foundation
import Logging

/// A state directory for the web tests: a synthetic archive and hostile articles indexed straight
/// into its SQLite store, the seeds in its inbox for the daemon to index, and a running `clipperd`
/// with its web interface on a free loopback port.
struct WebArchive: Sendable {
    /// Synthetic articles indexed before the daemon starts.
    static let syntheticCount = 120

    let state: String
    let daemon: DaemonProcess
    /// `http://127.0.0.1:PORT`.
    let base: String

    /// Runs `body` with a fresh archive and daemon, stopped and removed afterwards.
    static func with(_ body: (WebArchive) async throws -> Void) async throws {
        try await withTemporaryDirectory("clipper-web") { state in
            let logger = Logger(label: "web-tests") { _ in SwiftLogNoOpLogHandler() }
            try await withArticleStore(
                .sqlite(path: state + "/clipper.sqlite"), options: StoreOptions(nodeName: "web-tests"), logger: logger
            ) {
                store in
                let corpus = SyntheticCorpus(seed: 14, wordsPerArticle: 120)
                _ = try await store.index((0..<syntheticCount).map(corpus.article))
                _ = try await store.index(HostileArticles.all)
            }
            let inbox = state + "/inbox"
            try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
            for seed in PackagePaths.seeds {
                try FileManager.default.copyItem(
                    atPath: seed, toPath: inbox + "/" + (seed as NSString).lastPathComponent)
            }
            let daemon = try DaemonProcess(arguments: [
                "--state-dir", state, "--workers", "2", "--web-listen", "127.0.0.1:0",
            ])
            do {
                // The port (0: any free one) is known only from the daemon's notice line.
                try await waitUntil("the web interface's address") {
                    daemon.lines.contains { $0.contains("web interface on http://") }
                }
                try await daemon.waitForStatus(socket: state + "/clipperd.sock", "the seeds indexed") {
                    $0.processed + $0.duplicates >= PackagePaths.seeds.count
                }
                let line = daemon.lines.first { $0.contains("web interface on http://") } ?? ""
                let url = line.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init) ?? ""
                let archive = WebArchive(
                    state: state, daemon: daemon, base: String(url.dropLast(url.hasSuffix("/") ? 1 : 0)))
                try await body(archive)
            } catch {
                daemon.send(SIGTERM)
                _ = try? await daemon.waitForExit()
                throw error
            }
            daemon.send(SIGTERM)
            _ = try await daemon.waitForExit()
        }
    }

    /// The rendered DOM of `path` (`/search?q=…`).
    func dom(_ path: String) async throws -> String {
        try await Chromium.dumpDOM(base + path)
    }
}

/// Articles whose title, body, names and quotations carry script payloads. Each payload would
/// write a marker (`XSS` + `RAN`, `pw` + `ned`) that appears nowhere in the text itself, so a
/// marker in the rendered DOM means a payload ran.
enum HostileArticles {
    static let markers = ["XSSRAN", "id=\"pwned\"", "PWNED"]

    static let payloads = [
        "<script>document.title='XSS'+'RAN'</script>",
        "\"><img src=x onerror=\"document.title='XSS'+'RAN'\">",
        "'><svg onload=document.body.insertAdjacentHTML('beforeend','<b id=pw'+'ned>')>",
        "&lt;script&gt;document.title='XSS'+'RAN'&lt;/script&gt;",
        "%3Cscript%3Edocument.title%3D'XSS'%2B'RAN'%3C%2Fscript%3E",
        "javascript:document.title='XSS'+'RAN'",
        "<a href=\"javascript:document.title='XSS'+'RAN'\">click</a>",
        "</textarea></title><script>document.write('PW'+'NED')</script>",
    ]

    static var all: [ArticleRecord] {
        payloads.enumerated().map { index, payload in
            let body = "Hostile report \(index). \(payload)\n\n\"\(payload)\" said \(payload) Person.\n\nThe end."
            let quoteStart = body.utf8.count - "\" said \(payload) Person.\n\nThe end.".utf8.count - payload.utf8.count
            let id = String(repeating: "e", count: 60) + String(format: "%04d", index)
            return ArticleRecord(
                id: id, source: SourceInfo(file: "hostile-\(index).html", bytes: body.utf8.count, mediaType: .html),
                article: ParsedArticle(
                    mediaType: .html, title: "Hostile \(index) \(payload)", authors: [payload], outlet: payload,
                    published: "2025-06-0\(index % 9 + 1)", dateline: payload, body: body,
                    removed: [RemovedBlock(kind: .other, text: payload)], related: [payload]),
                extraction: Extraction(
                    people: [Person(name: "\(payload) Person", mentions: [payload], roles: [payload])],
                    organizations: [Organization(name: "Org \(payload)", aliases: [payload])],
                    places: [Place(name: "Place \(payload)")],
                    quotes: [
                        Quotation(
                            speaker: "\(payload) Person", text: payload, cue: "said", start: quoteStart,
                            end: quoteStart + payload.utf8.count)
                    ],
                    figures: [Figure(text: "$\(index + 1) \(payload)", value: 1, unit: payload, of: payload)],
                    dates: [DateMention(text: payload, iso: payload)]))
        }
    }
}
