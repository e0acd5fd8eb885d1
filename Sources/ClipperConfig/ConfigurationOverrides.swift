/// Settings given on the command line; they win over every other source.
public struct ConfigurationOverrides: Sendable, Hashable {
    public var stateDir: String?
    public var inbox: String?
    public var store: String?
    public var socket: String?
    public var workers: Int?
    /// `--web-listen`: `HOST:PORT` or `off`.
    public var webListen: String?

    public init(
        stateDir: String? = nil, inbox: String? = nil, store: String? = nil, socket: String? = nil, workers: Int? = nil,
        webListen: String? = nil
    ) {
        self.stateDir = stateDir
        self.inbox = inbox
        self.store = store
        self.socket = socket
        self.workers = workers
        self.webListen = webListen
    }

    /// The overrides as raw settings, labelled with the flag that gave each.
    var settings: [ConfigurationKey: RawSetting] {
        var result: [ConfigurationKey: RawSetting] = [:]
        if let stateDir { result[.stateDir] = RawSetting(.text(stateDir), from: "--state-dir") }
        if let inbox { result[.inbox] = RawSetting(.text(inbox), from: "--inbox") }
        if let store { result[.store] = RawSetting(.text(store), from: "--store") }
        if let socket { result[.socket] = RawSetting(.text(socket), from: "--socket") }
        if let workers { result[.workers] = RawSetting(.integer(workers), from: "--workers") }
        if let webListen { result[.webListen] = RawSetting(.text(webListen), from: "--web-listen") }
        return result
    }
}
