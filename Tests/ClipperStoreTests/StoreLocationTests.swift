import ClipperStore
import Testing

struct StoreLocationTests {
    @Test(arguments: [
        ("sqlite:///var/lib/clipper/clipper.sqlite", "/var/lib/clipper/clipper.sqlite"),
        ("sqlite:var/clipper.sqlite", "var/clipper.sqlite"),
        ("SQLITE:relative.sqlite", "relative.sqlite"),
        ("/srv/clipper.sqlite", "/srv/clipper.sqlite"),
        ("state/clipper.sqlite", "state/clipper.sqlite"),
    ])
    func sqliteLocationsParse(text: String, path: String) throws {
        #expect(try StoreLocation(parsing: text) == .sqlite(path: path))
    }

    @Test func postgresURLsParseEveryPart() throws {
        let location = try StoreLocation(parsing: "postgres://clipper@db.example.org:5433/news?sslmode=require")
        #expect(
            location
                == .postgres(
                    .init(host: "db.example.org", port: 5433, user: "clipper", database: "news", tls: .require)))
        #expect(location.redacted == "postgres://clipper@db.example.org:5433/news?sslmode=require")

        let defaults = try StoreLocation(parsing: "postgresql://me@localhost/clipper")
        #expect(
            defaults == .postgres(.init(host: "localhost", port: 5432, user: "me", database: "clipper", tls: .prefer)))

        let socket = try StoreLocation(parsing: "postgres://me@/clipper?host=/var/run/postgresql")
        guard case .postgres(let address) = socket else { throw TestSetupError("not PostgreSQL") }
        #expect(address.socketDirectory == "/var/run/postgresql")
        #expect(address.endpoint == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(try StoreLocation(parsing: socket.redacted) == socket)

        let ipv6 = try StoreLocation(parsing: "postgres://me@[::1]:6000/clipper?sslmode=disable")
        #expect(ipv6 == .postgres(.init(host: "::1", port: 6000, user: "me", database: "clipper", tls: .disable)))
    }

    @Test(arguments: [
        ("postgres://me:secret@db/clipper", "must not hold a password"),
        ("postgres://me@db/clipper?password=secret", "must not hold a password"),
        ("postgres://me@db:99999/clipper", "port 99999"),
        ("postgres://me@db:abc/clipper", "port abc"),
        ("postgres://me@db", "names no database"),
        ("postgres://db/clipper", "names no user"),
        ("postgres://me@/clipper", "names no host"),
        ("postgres://me@db/clipper?sslmode=sometimes", "sslmode=sometimes"),
        ("postgres://me@db/clipper?host=relative", "socket directory"),
        ("postgres://me@db/clipper?application_name=x", "application_name"),
        ("mysql://me@db/clipper", "mysql is not supported"),
        ("sqlite://", "no file path"),
        ("sqlite://relative/path", "absolute path"),
        ("   ", "empty"),
    ])
    func badLocationsSayWhatIsWrong(text: String, problem: String) {
        #expect {
            try StoreLocation(parsing: text)
        } throws: { error in
            guard case .misconfigured(let why) = error as? StoreError else { return false }
            return why.contains(problem)
        }
    }

    @Test func redactedLocationsParseBackToTheSameLocation() throws {
        for text in [
            "sqlite:///a/b.sqlite", "sqlite:b.sqlite", "postgres://u@h:1234/d", "postgres://u@h/d?sslmode=disable",
        ] {
            let location = try StoreLocation(parsing: text)
            #expect(try StoreLocation(parsing: location.redacted) == location)
            #expect(location.description == location.redacted)
        }
    }
}
