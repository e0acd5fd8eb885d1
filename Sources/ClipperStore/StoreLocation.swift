import Foundation

/// Where a store lives, parsed from the `--store` URL.
///
/// - `sqlite:///var/lib/clipper/clipper.sqlite`, `sqlite:relative/path.sqlite` or a bare path: a SQLite file.
/// - `postgres://user@host:5432/clipper?sslmode=require` (or `postgresql://`): a PostgreSQL database.
///   A socket directory works as `postgres://user@/clipper?host=/var/run/postgresql`.
///
/// The password is never part of the URL: it comes through ``StoreOptions/password``.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite database file (absolute, or relative to the working directory).
    case sqlite(path: String)
    /// A PostgreSQL database.
    case postgres(PostgresAddress)

    /// Where a PostgreSQL server is and which database on it to use.
    public struct PostgresAddress: Sendable, Hashable {
        /// The server's host name or IP address, or `nil` when ``socketDirectory`` is set.
        public var host: String?
        /// The TCP port, or the number in the socket file's name (`.s.PGSQL.5432`).
        public var port: Int
        /// The directory holding the server's Unix socket (`?host=/var/run/postgresql`).
        public var socketDirectory: String?
        /// The role to log in as.
        public var user: String
        /// The database holding Clipper's tables (created beforehand; Clipper creates the tables).
        public var database: String
        /// The `sslmode` query item: whether to use TLS.
        public var tls: TLSMode

        public init(
            host: String?, port: Int = 5432, socketDirectory: String? = nil, user: String, database: String,
            tls: TLSMode = .prefer
        ) {
            self.host = host
            self.port = port
            self.socketDirectory = socketDirectory
            self.user = user
            self.database = database
            self.tls = tls
        }

        /// `host:port`, or the socket path: how error messages name the server.
        public var endpoint: String {
            if let socketDirectory { return "\(socketDirectory)/.s.PGSQL.\(port)" }
            return "\(host ?? "localhost"):\(port)"
        }
    }

    /// Whether a PostgreSQL connection uses TLS, as libpq's `sslmode` says it.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// No TLS (`sslmode=disable`).
        case disable
        /// TLS when the server offers it (`sslmode=prefer`, the default; `allow` means the same here).
        case prefer
        /// TLS or no connection; the certificate is verified (`sslmode=require`, `verify-ca`, `verify-full`).
        case require
    }

    /// Parses a store URL or a bare path.
    ///
    /// Throws ``StoreError/misconfigured(_:)`` naming what is wrong, e.g. a password in the URL.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StoreError.misconfigured("the store location is empty") }
        if let rest = trimmed.dropPrefix("sqlite://") {
            guard !rest.isEmpty else { throw StoreError.misconfigured("the SQLite URL \(trimmed) has no file path") }
            guard rest.hasPrefix("/") else {
                throw StoreError.misconfigured(
                    "the SQLite URL \(trimmed) must hold an absolute path (sqlite:///abs/path) or use sqlite:relative/path"
                )
            }
            self = .sqlite(path: rest)
        } else if let rest = trimmed.dropPrefix("sqlite:") {
            guard !rest.isEmpty else { throw StoreError.misconfigured("the SQLite URL \(trimmed) has no file path") }
            self = .sqlite(path: rest)
        } else if let rest = trimmed.dropPrefix("postgres://") ?? trimmed.dropPrefix("postgresql://") {
            self = .postgres(try PostgresAddress(parsingAfterScheme: rest, url: trimmed))
        } else if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy(\.isLetter),
            trimmed[trimmed.index(after: colon)...].hasPrefix("//")
        {
            throw StoreError.misconfigured(
                "the store URL scheme \(trimmed[..<colon]) is not supported; use sqlite:// or postgres://")
        } else {
            self = .sqlite(path: trimmed)
        }
    }

    /// The location as a URL without any secret, for logs and `status`.
    public var redacted: String {
        switch self {
        case .sqlite(let path):
            return path.hasPrefix("/") ? "sqlite://\(path)" : "sqlite:\(path)"
        case .postgres(let address):
            var url = "postgres://\(address.user)@\(address.host ?? "")"
            if address.host != nil { url += ":\(address.port)" }
            url += "/\(address.database)"
            var items: [String] = []
            if let socketDirectory = address.socketDirectory {
                items.append("host=\(socketDirectory)")
                if address.port != 5432 { items.append("port=\(address.port)") }
            }
            if address.tls != .prefer { items.append("sslmode=\(address.tls.rawValue)") }
            return items.isEmpty ? url : url + "?" + items.joined(separator: "&")
        }
    }

    public var description: String { redacted }
}

extension StoreLocation.PostgresAddress {
    /// Parses `user@host:port/database?sslmode=…&host=…` (what follows `postgres://`).
    init(parsingAfterScheme rest: String, url: String) throws {
        var remainder = Substring(rest)
        var query: Substring = ""
        if let mark = remainder.firstIndex(of: "?") {
            query = remainder[remainder.index(after: mark)...]
            remainder = remainder[..<mark]
        }
        var authority = remainder
        var database: Substring = ""
        if let slash = remainder.firstIndex(of: "/") {
            authority = remainder[..<slash]
            database = remainder[remainder.index(after: slash)...]
        }
        var user: Substring = ""
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            user = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
        }
        if user.contains(":") {
            throw StoreError.misconfigured(
                "the store URL must not hold a password; set CLIPPER_STORE_PASSWORD or password_file instead")
        }
        var host: Substring? = hostPort
        var port = 5432
        if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
            host = hostPort[..<colon]
            let portText = hostPort[hostPort.index(after: colon)...]
            guard let value = Int(portText), (1...65535).contains(value) else {
                throw StoreError.misconfigured("the port \(portText) in \(url) is not a number from 1 to 65535")
            }
            port = value
        }
        if host?.hasPrefix("[") == true, host?.hasSuffix("]") == true { host = host?.dropFirst().dropLast() }
        if host?.isEmpty == true { host = nil }
        var tls = StoreLocation.TLSMode.prefer
        var socketDirectory: String?
        for item in query.split(separator: "&") where !item.isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1)
            let key = parts[0]
            let value = parts.count > 1 ? String(parts[1]).removingPercentEncodingOrSelf : ""
            switch key {
            case "sslmode":
                switch value {
                case "disable": tls = .disable
                case "allow", "prefer": tls = .prefer
                case "require", "verify-ca", "verify-full": tls = .require
                default:
                    throw StoreError.misconfigured(
                        "sslmode=\(value) is not one of disable, allow, prefer, require, verify-ca, verify-full")
                }
            case "host":
                guard value.hasPrefix("/") else {
                    throw StoreError.misconfigured(
                        "the host=\(value) query item must be a socket directory starting with /")
                }
                socketDirectory = value
            case "port":
                guard let value = Int(value), (1...65535).contains(value) else {
                    throw StoreError.misconfigured("the port \(value) in \(url) is not a number from 1 to 65535")
                }
                port = value
            case "password":
                throw StoreError.misconfigured(
                    "the store URL must not hold a password; set CLIPPER_STORE_PASSWORD or password_file instead")
            default:
                throw StoreError.misconfigured("the store URL query item \(key) is not supported (use sslmode or host)")
            }
        }
        guard host != nil || socketDirectory != nil else {
            throw StoreError.misconfigured("the store URL \(url) names no host")
        }
        guard !user.isEmpty else {
            throw StoreError.misconfigured("the store URL \(url) names no user (postgres://USER@host/database)")
        }
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError.misconfigured("the store URL \(url) names no database (postgres://user@host/DATABASE)")
        }
        self.init(
            host: host.map(String.init), port: port, socketDirectory: socketDirectory,
            user: String(user).removingPercentEncodingOrSelf,
            database: String(database).removingPercentEncodingOrSelf, tls: tls)
    }
}

extension String {
    /// The string after `prefix`, or `nil` when it does not start with it (case-insensitive scheme match).
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        guard lowercased().hasPrefix(prefix) else { return nil }
        return String(dropFirst(prefix.count))
    }

    /// Decodes `%XX` escapes; leaves the text alone when they are malformed.
    fileprivate var removingPercentEncodingOrSelf: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else if byte == UInt8(ascii: "%") {
                return self
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
