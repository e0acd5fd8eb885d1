import Foundation
import Testing

@testable import ClipperDaemon

struct MallocArenasTests {
    @Test func limitsTheArenasToOneACoreAtLeastTwo() {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        #expect(MallocArenas.limit(environment: [:]) == max(2, cores))
    }

    @Test func leavesTheLimitToGlibcWhenTheEnvironmentSetsIt() {
        #expect(MallocArenas.limit(environment: ["MALLOC_ARENA_MAX": "4"]) == nil)
    }
}
