import Logging
import Testing

@testable import ClipperDaemon

struct LogLevelSwitchTests {
    @Test func aReloadChangesTheLevelOfExistingLoggers() {
        let levelSwitch = LogLevelSwitch(.info)
        var logger = Logger(label: "test") { label in
            JournalLogHandler(label: label, levelSwitch: levelSwitch, environment: [:])
        }
        #expect(logger.logLevel == .info)
        levelSwitch.level = .debug
        #expect(logger.logLevel == .debug)
        logger.logLevel = .error
        #expect(levelSwitch.level == .error)
    }
}
