import ClipperModel
import ClipperParse
import ClipperTestSupport
import Foundation
import Testing

/// Scores the parser on the development sets with the project's scorers, and fails below the bars:
/// main-text F1 ≥ 0.955 on the 58 HTML pages, and the parse fields of the seeds' gold standard.
@Suite(.serialized)
struct ScoringTests {
    /// The fields of the export schema the scorers read.
    struct ExportLine: Encodable {
        struct Source: Encodable { var file: String }
        var source: Source
        var title: String?
        var authors: [String]
        var outlet: String?
        var published: String?
        var body: String
    }

    @Test(.timeLimit(.minutes(1)))
    func htmlDevelopmentSetMeetsTheBar() async throws {
        let pages = Fixture.sharedDirectory.appendingPathComponent("eval/html/pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".html.gz") }
            .sorted()
        #expect(names.count == 58)
        let lines = try names.map { name in
            let bytes = try gunzip(pages.appendingPathComponent(name))
            return try exportLine(bytes, file: String(name.dropLast(".gz".count)))
        }
        let (status, output) = try await score(
            lines, script: "eval/score_html.py", arguments: ["--min", "0.955", "--worst", "5"])
        #expect(status == 0, "\(output)")
    }

    @Test(.timeLimit(.minutes(1)))
    func seedsMeetTheBars() async throws {
        let seeds = Fixture.sharedDirectory.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        #expect(names.count == 5)
        let lines = try names.map { name in
            try exportLine([UInt8](try Data(contentsOf: seeds.appendingPathComponent(name))), file: name)
        }
        let bars = [
            "boilerplate_removed=0.95", "body_kept=1.0", "duplicates_collapsed=1.0", "title=0.8", "authors=0.8",
        ]
        let (status, output) = try await score(
            lines, script: "eval/score.py", arguments: bars.flatMap { ["--min", $0] })
        #expect(status == 0, "\(output)")
    }

    private func exportLine(_ bytes: [UInt8], file: String) throws -> Data {
        let article = try ArticleParser.parse(bytes, fileName: file)
        let line = ExportLine(
            source: .init(file: file), title: article.title, authors: article.authors,
            outlet: article.outlet, published: article.published, body: article.body)
        return try JSONEncoder().encode(line)
    }

    /// Writes `lines` as JSON Lines to a temporary file and runs `python3 ../shared/SCRIPT FILE ARGUMENTS`.
    private func score(_ lines: [Data], script: String, arguments: [String]) async throws -> (Int32, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "clipper-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let export = directory.appendingPathComponent("export.jsonl")
        var data = Data()
        for line in lines {
            data.append(line)
            data.append(0x0A)
        }
        try data.write(to: export)
        let scriptPath = Fixture.sharedDirectory.appendingPathComponent(script).path
        let result = try await runProgram("/usr/bin/env", ["python3", scriptPath, export.path] + arguments)
        return (result.status, result.stdout + result.stderr)
    }

    private func gunzip(_ file: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gzip could not read \(file.lastPathComponent)")
        return [UInt8](data)
    }
}
