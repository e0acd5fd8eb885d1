public import ClipperConfig
public import ClipperPipeline
public import ClipperStore
public import Logging

extension Configuration {
    /// The pipeline's part of the configuration.
    public var pipelineSettings: PipelineSettings {
        PipelineSettings(
            workers: workers, keepOriginals: keepOriginals, maxFileSize: maxFileSize, rescanInterval: rescanInterval,
            archiveCheck: archiveCheck
        )
    }

    /// Where the store is, parsed from ``store``.
    public func storeLocation() throws -> StoreLocation {
        try StoreLocation(parsing: store)
    }

    /// The store settings that are not part of its URL.
    public var storeOptions: StoreOptions {
        StoreOptions(
            password: storePassword, tls: storeTLS.flatMap(StoreLocation.TLSMode.init(rawValue:)),
            poolSize: storePoolSize,
            nodeName: nodeName
        )
    }

    /// ``logLevel`` as swift-log's level.
    public var loggerLevel: Logger.Level {
        Logger.Level(rawValue: logLevel) ?? .info
    }
}
