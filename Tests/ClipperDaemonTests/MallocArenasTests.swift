import Testing

@testable import ClipperDaemon

struct MallocArenasTests {
    @Test func limitsTheArenasToOneACoreAtLeastTwo() {
        let limit = MallocArenas.limit(environment: [:])
        #expect((limit ?? 0) >= 2)
    }

    @Test func leavesTheLimitToGlibcWhenTheEnvironmentSetsIt() {
        #expect(MallocArenas.limit(environment: ["MALLOC_ARENA_MAX": "4"]) == nil)
    }
}
