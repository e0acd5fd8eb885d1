import Synchronization

/// Pipeline settings that a config reload (SIGHUP) may change while files flow.
public final class LiveSettings: Sendable {
    private let settings: Mutex<PipelineSettings>

    public init(_ settings: PipelineSettings) {
        self.settings = Mutex(settings)
    }

    /// The settings now.
    public var current: PipelineSettings { settings.withLock { $0 } }

    /// Takes the reloadable parts of `new` (`keepOriginals`, `maxFileSize`) and returns
    /// the names of the settings that differ but only change with a restart.
    public func reload(_ new: PipelineSettings) -> [String] {
        settings.withLock { settings in
            var needRestart: [String] = []
            if new.workers != settings.workers { needRestart.append("workers") }
            if new.rescanInterval != settings.rescanInterval { needRestart.append("rescan_interval") }
            settings.keepOriginals = new.keepOriginals
            settings.maxFileSize = new.maxFileSize
            return needRestart
        }
    }
}
