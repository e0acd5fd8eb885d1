// swift-tools-version:6.1
import PackageDescription

/// Settings every Swift target shares: language mode 6 plus the upcoming
/// features Hummingbird builds with, so imports stay internal by default.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "clipper",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "clipperd", targets: ["clipperd"]),
        .executable(name: "clipperctl", targets: ["clipperctl"]),
        .executable(name: "clipper-bench", targets: ["clipper-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-async-algorithms.git", from: "1.1.4"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // C bridges: a modulemap and a shim header each, nothing else.
        .systemLibrary(
            name: "CInotifyTools",
            providers: [.apt(["libinotifytools0-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CGlibcMalloc"),

        // Shared values: Article, Extraction, ArticleRecord. No I/O.
        .target(name: "ClipperModel", swiftSettings: swiftSettings),

        // 1. Watch: the inbox through libinotifytools, as an AsyncStream of names.
        .target(
            name: "ClipperWatch",
            dependencies: ["CInotifyTools", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        // 2. Spool: claim, finish, quarantine and requeue files (the file system is the journal).
        .target(
            name: "ClipperSpool",
            dependencies: ["ClipperModel"],
            swiftSettings: swiftSettings
        ),
        // 3. Parse: bytes to a clean article and its metadata (pure).
        .target(
            name: "ClipperParse",
            dependencies: ["ClipperModel", "CLibXML2"],
            swiftSettings: swiftSettings
        ),
        // 4. Extract: people, organizations, places, quotes, figures, dates (pure).
        .target(
            name: "ClipperExtract",
            dependencies: ["ClipperModel"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // 5. Store: the ArticleStore protocol, SQLite (GRDB, FTS5) and PostgreSQL (postgres-nio).
        .target(
            name: "ClipperStore",
            dependencies: [
                "ClipperModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The writer binds its rows with the SQLite C API (SQLiteInsert).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Recovery: the article id, and the archive check that requeues archived files the store lost.
        .target(
            name: "ClipperRecovery",
            dependencies: ["ClipperSpool", "ClipperStore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Configuration: defaults < clipper.toml < CLIPPER_* environment < flags.
        .target(
            name: "ClipperConfig",
            dependencies: ["ClipperModel", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: swiftSettings
        ),
        // Wires 1-5 with Swift concurrency: bounded channel, N workers, one batching indexer.
        .target(
            name: "ClipperPipeline",
            dependencies: [
                "ClipperModel", "ClipperWatch", "ClipperSpool", "ClipperParse", "ClipperExtract", "ClipperStore",
                "ClipperRecovery",
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // 6. Control: HTTP/JSON over a Unix socket, in three concerns: the messages and the daemon's
        // handlers (API), the routes on Hummingbird (Server, in clipperd) and the client (in clipperctl).
        .target(
            name: "ClipperControlAPI",
            dependencies: ["ClipperModel"],
            path: "Sources/ClipperControl/API",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ClipperControlServer",
            dependencies: [
                "ClipperControlAPI", "ClipperModel", "ClipperStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/ClipperControl/Server",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ClipperControlClient",
            dependencies: [
                "ClipperControlAPI", "ClipperModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Sources/ClipperControl/Client",
            swiftSettings: swiftSettings
        ),

        // 7. Web: the archive's pages in a browser (Hummingbird, Mustache templates, CSS as resources).
        .target(
            name: "ClipperWeb",
            dependencies: [
                "ClipperModel", "ClipperStore", "ClipperControlAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // The daemon as a library: configuration -> ServiceGroup, systemd notifications, lock, logging.
        .target(
            name: "ClipperDaemon",
            dependencies: [
                "ClipperConfig", "ClipperPipeline", "ClipperControlAPI", "ClipperControlServer", "ClipperWeb",
                "ClipperStore", "ClipperSpool",
                "ClipperExtract", "ClipperWatch", "CGlibcMalloc",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // Executables: thin, flags -> Config -> library calls.
        .executableTarget(
            name: "clipperd",
            dependencies: [
                "ClipperConfig", "ClipperDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "clipperctl",
            dependencies: [
                "ClipperConfig", "ClipperControlAPI", "ClipperControlClient", "ClipperStore", "ClipperModel",
                "ClipperSpool", "ClipperRecovery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "clipper-bench",
            dependencies: [
                "ClipperParse", "ClipperExtract", "ClipperModel", "ClipperStore", "ClipperTestSupport", "ClipperWeb",
                "ClipperControlAPI", "ClipperRecovery", "ClipperSpool",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),

        // libFuzzer target over parse and extract (`make fuzz`); without -DFUZZING it replays inputs.
        .executableTarget(
            name: "clipper-fuzz",
            dependencies: ["ClipperParse", "ClipperExtract", "ClipperModel"],
            swiftSettings: swiftSettings
        ),

        // Test support: temporary state dirs, the real binaries, fixtures.
        .target(
            name: "ClipperTestSupport",
            dependencies: ["ClipperModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ClipperModelTests", dependencies: ["ClipperModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperWatchTests", dependencies: ["ClipperWatch", "ClipperTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperSpoolTests", dependencies: ["ClipperSpool", "ClipperTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperParseTests",
            dependencies: ["ClipperParse", "ClipperTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClipperExtractTests", dependencies: ["ClipperExtract", "ClipperParse", "ClipperTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperStoreTests",
            dependencies: [
                "ClipperStore", "ClipperModel", "ClipperTestSupport", .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClipperRecoveryTests",
            dependencies: ["ClipperRecovery", "ClipperStore", "ClipperSpool", "ClipperModel", "ClipperTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ClipperConfigTests", dependencies: ["ClipperConfig"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperDaemonTests", dependencies: ["ClipperDaemon", "ClipperTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperPipelineTests",
            dependencies: [
                "ClipperPipeline", "ClipperTestSupport", "ClipperStore", "ClipperSpool", "ClipperExtract",
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClipperControlTests",
            dependencies: ["ClipperControlAPI", "ClipperControlServer", "ClipperControlClient", "ClipperTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperWebTests",
            dependencies: [
                "ClipperWeb", "ClipperModel", "ClipperTestSupport", "ClipperStore", "ClipperControlAPI",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "clipperctlTests", dependencies: ["clipperctl", "ClipperControlAPI", "ClipperControlClient"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ClipperFuzzTests",
            dependencies: ["clipper-fuzz", "ClipperParse", "ClipperExtract", "ClipperModel", "ClipperTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClipperIntegrationTests",
            dependencies: [
                "ClipperTestSupport", "ClipperModel", "ClipperRecovery", "ClipperStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings),
    ]
)
