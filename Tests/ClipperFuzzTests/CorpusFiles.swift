import Foundation

/// The committed inputs: `fuzz/corpus` (with its `regressions/`) and the sample articles in `seeds/`.
enum CorpusFiles {
    /// The package's root directory.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Every file under `fuzz/corpus`, regressions included, as paths relative to the root, sorted.
    static var fuzzCorpus: [String] { files(under: "fuzz/corpus") }

    /// The sample articles in `seeds/`, as paths relative to the root, sorted.
    static var seeds: [String] { files(under: "seeds") }

    /// The bytes of a file named relative to the root.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
    }

    private static func files(under directory: String) -> [String] {
        let base = URL(fileURLWithPath: root + "/" + directory).resolvingSymlinksInPath().path
        let entries = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return entries.sorted().filter { entry in
            var isDirectory: ObjCBool = false
            return !entry.hasPrefix(".")
                && FileManager.default.fileExists(atPath: base + "/" + entry, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.map { directory + "/" + $0 }
    }
}
