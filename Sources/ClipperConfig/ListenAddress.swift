/// A TCP address to listen on: `127.0.0.1:7700`, `[::1]:7700`, `0.0.0.0:8080`, `localhost:7700`.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host without brackets (`::1`).
    public var host: String
    /// 0 picks a free port.
    public var port: Int

    /// The web interface's address when `web_listen` is not set.
    public static let defaultWeb = ListenAddress(host: "127.0.0.1", port: 7700)

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT` (IPv6 hosts in brackets); `off` is handled by the caller.
    public init?(parsing text: String) {
        let text = text.trimmingWhitespace()
        var host: Substring
        var portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                return nil
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (0...65_535).contains(port) else { return nil }
        self.host = String(host)
        self.port = port
    }

    /// Whether only this machine can connect: `127.0.0.0/8`, `::1` or `localhost`.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// `HOST:PORT`, with brackets around an IPv6 host.
    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// The setting's address, or `nil` for `off`.
    init?(_ setting: RawSetting) throws(ConfigurationError) {
        let text = try setting.text()
        if text.lowercased() == "off" { return nil }
        guard let address = ListenAddress(parsing: text) else {
            throw setting.invalid("HOST:PORT (127.0.0.1:7700, [::1]:7700) or off")
        }
        self = address
    }
}

extension Configuration {
    /// `metrics_listen`: `off` (the default) or a loopback `HOST:PORT`. Metrics have no
    /// authentication, so anything reachable from other machines is refused.
    static func metricsAddress(_ setting: RawSetting?) throws(ConfigurationError) -> String? {
        guard let setting else { return nil }
        let text = try setting.text()
        if text.lowercased() == "off" { return nil }
        guard let address = ListenAddress(parsing: text) else {
            throw setting.invalid("off or HOST:PORT, such as 127.0.0.1:9464")
        }
        guard address.isLoopback else {
            throw ConfigurationError(
                "\(setting.source) must be a loopback address such as 127.0.0.1:9464, not \(setting.shown): "
                    + "metrics have no authentication; put a reverse proxy in front to expose them")
        }
        return address.description
    }
}
