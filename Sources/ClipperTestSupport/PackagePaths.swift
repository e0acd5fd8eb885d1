import Foundation

/// Where the package, its seeds and the built binaries are, for tests.
public enum PackagePaths {
    /// The package's root directory.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `../shared` beside the package (the eval sets and scorers), when present.
    public static var shared: String { (root as NSString).deletingLastPathComponent + "/shared" }

    /// The five sample articles shipped in `seeds/`, as full paths, sorted.
    public static var seeds: [String] {
        let directory = root + "/seeds"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().map { directory + "/" + $0 }
    }

    /// The directory holding the built `clipperd` and `clipperctl`: `$CLIPPER_BIN_DIR`, else the
    /// directory of the running test binary (SwiftPM puts products beside it).
    public static var binaries: String {
        if let directory = ProcessInfo.processInfo.environment["CLIPPER_BIN_DIR"] { return directory }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.path + "/clipperd") { return url.path }
        }
        return root + "/.build/debug"
    }
}
