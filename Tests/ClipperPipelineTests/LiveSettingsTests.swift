import Testing

@testable import ClipperPipeline

struct LiveSettingsTests {
    @Test func aReloadAppliesWhatItCanAndNamesTheRest() {
        let live = LiveSettings(
            PipelineSettings(workers: 2, keepOriginals: true, maxFileSize: 100, rescanInterval: .seconds(300)))
        let needRestart = live.reload(
            PipelineSettings(workers: 4, keepOriginals: false, maxFileSize: 50, rescanInterval: .seconds(60)))
        #expect(needRestart == ["workers", "rescan_interval"])
        #expect(live.current.keepOriginals == false)
        #expect(live.current.maxFileSize == 50)
        #expect(live.current.workers == 2)
    }
}
