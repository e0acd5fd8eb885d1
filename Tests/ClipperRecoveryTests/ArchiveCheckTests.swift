import ClipperModel
import ClipperRecovery
import ClipperSpool
import ClipperStore
import ClipperTestSupport
import Foundation
import Logging
import Testing

/// The archive check against a real SQLite store and a real spool on disk.
@Suite(.timeLimit(.minutes(1)))
struct ArchiveCheckTests {
    let logger = Logger(label: "clipper.recovery.tests") { _ in SwiftLogNoOpLogHandler() }

    /// A record for `bytes` as the pipeline would index it from `file`.
    static func record(_ bytes: String, file: String) -> ArticleRecord {
        ArticleRecord(
            id: ArticleID.of(Array(bytes.utf8)),
            source: SourceInfo(file: file, bytes: bytes.utf8.count, mediaType: .plainText),
            article: ParsedArticle(mediaType: .plainText, title: file, body: bytes),
            extraction: Extraction())
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func requeuesOnlyArchivedFilesWithNoRowAndCountsWhatItHashed() async throws {
        try await withTemporaryDirectory { root in
            let spool = try Spool(root: root, inbox: root + "/inbox")
            try await withArticleStore(
                .sqlite(path: root + "/clipper.sqlite"), options: StoreOptions(nodeName: "test"), logger: logger
            ) { store in
                // Given an archive of four files: one indexed under its own name, one indexed under
                // the name it had before the archive numbered it, one same-bytes copy recorded as a
                // duplicate, and one whose row a power cut lost
                let kept = "A city council voted on the budget on Tuesday."
                let numbered = "Flood warnings were lifted along the river."
                let lost = "The school board met for the last time this year."
                try Self.write(kept, to: spool.archive + "/kept.txt")
                try Self.write(numbered, to: spool.archive + "/story.1.txt")
                try Self.write(kept, to: spool.archive + "/copy.txt")
                try Self.write(lost, to: spool.archive + "/lost.txt")
                _ = try await store.index([
                    Self.record(kept, file: "kept.txt"), Self.record(numbered, file: "story.txt"),
                    Self.record(kept, file: "copy.txt"),
                ])

                // When the check runs with repair
                let report = try await ArchiveCheck(spool: spool, store: store, maxBytes: 1_000_000).run(repair: true)

                // Then only the lost file goes back into the inbox; the others stay archived
                #expect(report.checked == 4)
                #expect(report.missing == ["lost.txt"])
                #expect(report.requeued == ["lost.txt"])
                #expect(report.hashed == 2)  // story.1.txt and lost.txt: the store knew the other names
                #expect(FileManager.default.fileExists(atPath: spool.inbox + "/lost.txt"))
                #expect(try spool.archivedNames().sorted() == ["copy.txt", "kept.txt", "story.1.txt"])
                #expect(report.summary.hasPrefix("archive check: 4 archived files, 1 with no row in the store"))

                // And a second check finds nothing more to do
                let again = try await ArchiveCheck(spool: spool, store: store, maxBytes: 1_000_000).run(repair: true)
                #expect(again.missing.isEmpty && again.checked == 3)
            }
        }
    }

    @Test func aDryRunReportsWithoutMovingAnything() async throws {
        try await withTemporaryDirectory { root in
            let spool = try Spool(root: root, inbox: root + "/inbox")
            try await withArticleStore(
                .sqlite(path: root + "/clipper.sqlite"), options: StoreOptions(nodeName: "test"), logger: logger
            ) { store in
                try Self.write("An article nobody indexed.", to: spool.archive + "/orphan.txt")
                let report = try await ArchiveCheck(spool: spool, store: store, maxBytes: 1_000_000).run(repair: false)
                #expect(report.missing == ["orphan.txt"])
                #expect(report.requeued.isEmpty)
                #expect(try spool.archivedNames() == ["orphan.txt"])
            }
        }
    }

    @Test func aFileOverTheSizeLimitIsReportedUnreadableAndLeftInPlace() async throws {
        try await withTemporaryDirectory { root in
            let spool = try Spool(root: root, inbox: root + "/inbox")
            try await withArticleStore(
                .sqlite(path: root + "/clipper.sqlite"), options: StoreOptions(nodeName: "test"), logger: logger
            ) { store in
                try Self.write(String(repeating: "x", count: 2_000), to: spool.archive + "/big.txt")
                let report = try await ArchiveCheck(spool: spool, store: store, maxBytes: 1_000).run(repair: true)
                #expect(report.unreadable.map(\.file) == ["big.txt"])
                #expect(report.missing.isEmpty)
                #expect(try spool.archivedNames() == ["big.txt"])
            }
        }
    }

    @Test func theJSONFormGivesTheDurationInSeconds() throws {
        var report = ArchiveCheckReport()
        report.checked = 3
        report.missing = ["lost.txt"]
        report.duration = .milliseconds(250)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        #expect(
            json == #"{"checked":3,"hashed":0,"missing":["lost.txt"],"requeued":[],"seconds":0.25,"unreadable":[]}"#)
    }
}
