import ClipperModel
import Testing

@testable import ClipperPipeline

struct PipelineMonitorTests {
    @Test func countsFollowAFileThroughThePipeline() {
        let monitor = PipelineMonitor()
        monitor.queued(2)
        monitor.started("a.txt")
        #expect(monitor.counters().queued == 1)
        #expect(monitor.counters().inFlight == 1)
        monitor.indexed("a.txt", size: 100, duplicate: false)
        monitor.started("b.txt")
        monitor.indexed("b.txt", size: 100, duplicate: true)
        let counters = monitor.counters()
        #expect(counters.processed == 1)
        #expect(counters.duplicates == 1)
        #expect(counters.inFlight == 0)
        #expect(counters.oldestInFlight == nil)
    }

    @Test func recentFailuresKeepTheNewestFive() {
        let monitor = PipelineMonitor()
        for number in 0..<7 {
            let report = FailureReport(file: "\(number).bin", stage: .parse, reason: "binary", time: "now")
            monitor.quarantined("\(number).bin", report: report)
        }
        let counters = monitor.counters()
        #expect(counters.failed == 7)
        #expect(counters.recentFailures.map(\.file) == ["6.bin", "5.bin", "4.bin", "3.bin", "2.bin"])
    }

    @Test(.timeLimit(.minutes(1))) func intakeWaitsWhilePausedAndGoesOnWhenResumed() async {
        let monitor = PipelineMonitor()
        monitor.pause(reason: "maintenance")
        #expect(monitor.counters().pauseReason == "maintenance")
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await monitor.waitUntilIntakeMayTake() }
            monitor.resume()
            await group.waitForAll()
        }
        #expect(monitor.counters().pauseReason == nil)
    }

    @Test(.timeLimit(.minutes(1))) func aStoreFaultPausesUntilTheStoreRecovers() async {
        let monitor = PipelineMonitor()
        monitor.storeFailed("database is locked")
        #expect(monitor.counters().pauseReason == "database is locked")
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await monitor.waitUntilIntakeMayTake() }
            group.addTask { await monitor.waitUntil { $0.pauseReason == nil } }
            monitor.storeRecovered()
            await group.waitForAll()
        }
    }

    @Test(.timeLimit(.minutes(1))) func drainingReleasesAPausedIntake() async {
        let monitor = PipelineMonitor()
        monitor.pause(reason: "user")
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await monitor.waitUntilIntakeMayTake() }
            monitor.beginDraining()
            await group.waitForAll()
        }
        #expect(monitor.isDraining)
    }

    @Test(.timeLimit(.minutes(1))) func waitUntilReturnsWhenTheConditionComesTrue() async {
        let monitor = PipelineMonitor()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await monitor.waitUntil { $0.processed == 2 } }
            for name in ["a", "b"] {
                monitor.started(name)
                monitor.indexed(name, size: 1, duplicate: false)
            }
            await group.waitForAll()
        }
        #expect(monitor.counters().processed == 2)
    }
}
