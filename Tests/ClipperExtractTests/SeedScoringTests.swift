import ClipperExtract
import ClipperModel
import ClipperParse
import ClipperTestSupport
import Foundation
import Testing

/// Parses the five seeds, extracts, writes an export and scores it against the hand-made gold
/// standard with `../shared/eval/score.py`, failing below the bars.
struct SeedScoringTests {
    static let bars = [
        "people=0.90", "organizations=0.85", "places=0.90", "programs=0.80", "quotes=0.90", "quote_speakers=0.85",
        "figures=0.90", "dates=0.80",
    ]

    @Test(.timeLimit(.minutes(1)))
    func seedsExportScoresAboveTheBars() async throws {
        let scorer = PackagePaths.shared + "/eval/score.py"
        try #require(
            FileManager.default.fileExists(atPath: scorer),
            "the scorer \(scorer) is missing: check out the shared folder beside the repository")
        let seeds = PackagePaths.seeds
        try #require(seeds.count == 5, "expected the five seeds in \(PackagePaths.root)/seeds")

        let encoder = JSONEncoder()
        var export = Data()
        for path in seeds {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let name = (path as NSString).lastPathComponent
            let article = try ArticleParser.parse(bytes, fileName: name)
            let record = ArticleRecord(
                id: name, source: SourceInfo(file: name, bytes: bytes.count, mediaType: article.mediaType),
                article: article, extraction: sharedExtractor.extract(from: article))
            export.append(try encoder.encode(record))
            export.append(0x0A)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "clipper-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let exportFile = directory.appendingPathComponent("seeds.jsonl")
        try export.write(to: exportFile)

        let result = try await runProgram(
            "/usr/bin/env", ["python3", scorer, exportFile.path] + Self.bars.flatMap { ["--min", $0] })
        #expect(result.status == 0, "score.py says the seeds are below the bars:\n\(result.stdout)\(result.stderr)")
    }
}
