/// A TCP address to listen on, `HOST:PORT` (`127.0.0.1:9464`, `[::1]:9464`, `localhost:9464`).
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host as written, without brackets.
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; `nil` when it is not that shape or the port is out of range.
    public init?(parsing text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (1...65_535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, !host.contains(" ") else { return nil }
        self.init(host: host, port: port)
    }

    /// Whether only this machine can reach it: `localhost`, `::1` or an address in 127.0.0.0/8.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || (host.hasPrefix("127.") && host.split(separator: ".").count == 4)
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
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
