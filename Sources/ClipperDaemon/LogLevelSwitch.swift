public import Logging
import Synchronization

/// The process's log level, changeable at run time (a SIGHUP reload).
public final class LogLevelSwitch: Sendable {
    private let rawLevel: Atomic<Int>

    public init(_ level: Logger.Level) {
        rawLevel = Atomic(Self.levels.firstIndex(of: level) ?? 2)
    }

    public var level: Logger.Level {
        get { Self.levels[rawLevel.load(ordering: .relaxed)] }
        set { rawLevel.store(Self.levels.firstIndex(of: newValue) ?? 2, ordering: .relaxed) }
    }

    private static let levels = Logger.Level.allCases
}
