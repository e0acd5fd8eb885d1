import Foundation
import Testing

@testable import ClipperConfig

struct ConfigurationTests {
    /// Writes `text` to a temporary TOML file and returns its path.
    private func configFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clipper-\(UUID().uuidString).toml")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func defaultsDeriveFromTheStateDirectory() throws {
        let configuration = try Configuration.resolve(
            configFile: nil, environment: [:], overrides: ConfigurationOverrides(stateDir: "/srv/clips")
        )
        #expect(configuration.inbox == "/srv/clips/inbox")
        #expect(configuration.store == "sqlite:///srv/clips/clipper.sqlite")
        #expect(configuration.socket == "/srv/clips/clipperd.sock")
        #expect(configuration.keepOriginals)
        #expect(configuration.rescanInterval == .seconds(300))
        #expect(configuration.workers >= 1)
    }

    @Test func flagsBeatEnvironmentWhichBeatsTheFile() throws {
        let path = try configFile(
            """
            state_dir = "/from/file"
            workers = 2
            log_level = "debug"
            """
        )
        let environment = ["CLIPPER_WORKERS": "3", "CLIPPER_LOG_LEVEL": "warning"]
        let configuration = try Configuration.resolve(
            configFile: path, environment: environment, overrides: ConfigurationOverrides(workers: 4)
        )
        #expect(configuration.stateDir == "/from/file")
        #expect(configuration.workers == 4)
        #expect(configuration.logLevel == "warning")
    }

    @Test func relativePathsBecomeAbsolute() throws {
        let configuration = try Configuration.resolve(
            configFile: nil, environment: [:], overrides: ConfigurationOverrides(stateDir: "var")
        )
        #expect(configuration.stateDir == FileManager.default.currentDirectoryPath + "/var")
    }

    @Test(arguments: [
        ("workers = \"many\"", "workers must be a whole number from 0 to 256"),
        ("keep_originals = \"perhaps\"", "keep_originals must be true or false"),
        ("max_file_size = \"huge\"", "max_file_size must be a size"),
        ("log_level = \"loud\"", "log_level must be one of trace"),
        ("wokers = 2", "unknown key \"wokers\""),
        ("workers = ", "is not valid TOML"),
    ])
    func badValuesNameTheKey(line: String, expected: String) throws {
        let path = try configFile(line + "\n")
        #expect {
            try Configuration.resolve(configFile: path, environment: [:])
        } throws: { error in
            "\(error)".contains(expected) && "\(error)".contains(path)
        }
    }

    @Test func badEnvironmentValuesNameTheVariable() {
        #expect {
            try Configuration.resolve(
                configFile: nil, environment: ["CLIPPER_RESCAN_INTERVAL": "soon"],
                overrides: ConfigurationOverrides(stateDir: "/tmp/x")
            )
        } throws: { error in
            "\(error)" == "CLIPPER_RESCAN_INTERVAL must be a whole number from 1 to 86400, not \"soon\""
        }
    }

    @Test func aMissingConfigFileIsAClearError() {
        #expect {
            try Configuration.resolve(configFile: "/nonexistent/clipper.toml", environment: [:])
        } throws: { error in
            "\(error)" == "cannot read the config file /nonexistent/clipper.toml"
        }
    }

    @Test func thePasswordComesFromTheEnvironmentOrAFile() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID().uuidString)").path
        try "s3cret\n".write(toFile: secret, atomically: true, encoding: .utf8)
        let path = try configFile("store_password_file = \"\(secret)\"\n")
        let fromFile = try Configuration.resolve(configFile: path, environment: [:])
        #expect(fromFile.storePassword == "s3cret")
        let fromEnvironment = try Configuration.resolve(
            configFile: path, environment: ["CLIPPER_STORE_PASSWORD": "other"])
        #expect(fromEnvironment.storePassword == "other")
    }

    @Test(arguments: [
        ("20MB", 20_000_000), ("512 KB", 512_000), ("1GiB", 1_073_741_824), ("4096", 4096), ("1.5M", 1_500_000),
    ])
    func sizesParse(text: String, bytes: Int) {
        #expect(ByteCount.parse(text) == bytes)
    }

    @Test(arguments: ["", "MB", "-3MB", "12 parsecs"])
    func nonSizesDoNotParse(text: String) {
        #expect(ByteCount.parse(text) == nil)
    }

    @Test func theShippedConfigFileIsValid() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shipped = root.appendingPathComponent("config/clipper.toml").path
        let configuration = try Configuration.resolve(configFile: shipped, environment: [:])
        #expect(configuration.stateDir == "/var/lib/clipper")
        #expect(configuration.socket == "/run/clipper/clipperd.sock")
    }
}
