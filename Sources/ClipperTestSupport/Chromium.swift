import Foundation

/// Debian's `chromium` in headless mode, for tests that load pages in a real browser.
public enum Chromium {
    /// The browser's path, or `nil` when it is not installed (`make test-deps` installs it).
    public static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The DOM of `url` once its scripts (if any ran) had two seconds of virtual time, serialized.
    public static func dumpDOM(_ url: String) async throws -> String {
        let result = try await run(["--dump-dom", url])
        guard result.status == 0 else {
            throw ChromiumError(description: "chromium could not load \(url): \(result.stderr.suffix(600))")
        }
        return result.stdout
    }

    /// Renders `url` into the PNG file `path`, `width` by `height` CSS pixels.
    public static func screenshot(_ url: String, to path: String, width: Int = 1280, height: Int = 900) async throws {
        let result = try await run([
            "--screenshot=\(path)", "--window-size=\(width),\(height)", "--hide-scrollbars", url,
        ])
        guard result.status == 0, FileManager.default.fileExists(atPath: path) else {
            throw ChromiumError(description: "chromium could not render \(url): \(result.stderr.suffix(600))")
        }
    }

    private static func run(_ arguments: [String]) async throws -> CommandResult {
        guard let path else { throw ChromiumError(description: "chromium is not installed; run make test-deps") }
        return try await withTemporaryDirectory("clipper-chromium") { profile in
            try await runProgram(
                path,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                    "--disable-background-networking", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=\(profile)", "--virtual-time-budget=2000",
                ] + arguments)
        }
    }
}

/// Chromium failed to load or render a page.
public struct ChromiumError: Error, CustomStringConvertible {
    public var description: String
}
