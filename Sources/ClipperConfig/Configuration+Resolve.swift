import Foundation

extension Configuration {
    /// The config file used when none is named and `--state-dir` is not given.
    public static let systemConfigFile = "/etc/clipper/clipper.toml"

    /// Resolves the configuration from its four sources.
    ///
    /// The file is `configFile`, else `CLIPPER_CONFIG`, else ``systemConfigFile`` when it
    /// exists and no state directory was given on the command line.
    ///
    /// - Throws: ``ConfigurationError`` naming the first setting that is wrong.
    public static func resolve(
        configFile: String?,
        environment: [String: String],
        overrides: ConfigurationOverrides = ConfigurationOverrides()
    ) throws(ConfigurationError) -> Configuration {
        let fileManager = FileManager.default
        var path = configFile ?? environment["CLIPPER_CONFIG"]
        if path == nil, overrides.stateDir == nil, fileManager.fileExists(atPath: systemConfigFile) {
            path = systemConfigFile
        }
        var settings: [ConfigurationKey: RawSetting] = [:]
        if let path {
            guard let data = fileManager.contents(atPath: path) else {
                throw ConfigurationError("cannot read the config file \(path)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ConfigurationError("the config file \(path) is not UTF-8 text")
            }
            settings.merge(try ConfigurationFile.settings(fromTOML: text, path: path)) { _, new in new }
        }
        for key in ConfigurationKey.allCases {
            if let value = environment[key.environmentName] {
                settings[key] = RawSetting(.text(value), from: key.environmentName)
            }
        }
        settings.merge(overrides.settings) { _, new in new }

        var password = environment["CLIPPER_STORE_PASSWORD"]
        if password == nil, let passwordFile = try settings[.storePasswordFile]?.text() {
            guard let data = fileManager.contents(atPath: absolute(passwordFile)),
                let text = String(data: data, encoding: .utf8)
            else {
                throw ConfigurationError("cannot read the store password file \(passwordFile)")
            }
            password = text.trimmingWhitespace()
        }
        return try Configuration(settings: settings, password: password, configFile: path)
    }

    private init(settings: [ConfigurationKey: RawSetting], password: String?, configFile: String?)
        throws(ConfigurationError)
    {
        let stateDir = Self.absolute(try settings[.stateDir]?.text() ?? "/var/lib/clipper")
        self.stateDir = stateDir
        self.inbox = Self.absolute(try settings[.inbox]?.text() ?? stateDir + "/inbox")
        self.store = try settings[.store]?.text() ?? "sqlite://" + stateDir + "/clipper.sqlite"
        self.storePassword = password
        self.storeTLS = try settings[.storeTLS]?.choice(["disable", "prefer", "require"])
        self.storePoolSize = try settings[.storePoolSize]?.integer(in: 1...200) ?? 4
        self.socket = Self.absolute(try settings[.socket]?.text() ?? stateDir + "/clipperd.sock")
        let workers = try settings[.workers]?.integer(in: 0...256) ?? 0
        self.workers = workers == 0 ? ProcessInfo.processInfo.activeProcessorCount : workers
        self.keepOriginals = try settings[.keepOriginals]?.boolean() ?? true
        self.maxFileSize = try settings[.maxFileSize]?.byteCount() ?? 20_000_000
        self.logLevel =
            try settings[.logLevel]?.choice(["trace", "debug", "info", "notice", "warning", "error", "critical"])
            ?? "info"
        self.rescanInterval = .seconds(try settings[.rescanInterval]?.integer(in: 1...86_400) ?? 300)
        self.shutdownTimeout = .seconds(try settings[.shutdownTimeout]?.integer(in: 1...3_600) ?? 10)
        self.heartbeatInterval = .seconds(try settings[.heartbeatInterval]?.integer(in: 1...3_600) ?? 10)
        self.nodeName = try settings[.nodeName]?.text() ?? ProcessInfo.processInfo.hostName
        self.archiveCheck = try settings[.archiveCheck]?.boolean() ?? true
        self.metricsListen = try Self.metricsAddress(settings[.metricsListen])
        if let setting = settings[.webListen] {
            self.webListen = try ListenAddress(setting)
        } else {
            self.webListen = ListenAddress.defaultWeb
        }
        self.webPasswordFile = try settings[.webPasswordFile]?.text()
        self.webPasswordFile = webPasswordFile.map(Self.absolute)
        self.configFile = configFile
    }

    /// `path` made absolute against the current directory.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let base = FileManager.default.currentDirectoryPath
        return path.hasPrefix("./") ? base + "/" + path.dropFirst(2) : base + "/" + path
    }
}
