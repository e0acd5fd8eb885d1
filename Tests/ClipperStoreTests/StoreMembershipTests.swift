import ClipperModel
import ClipperStore
import Testing

/// The lookups behind the archive check, on every store.
@Suite(.timeLimit(.minutes(1)))
struct StoreMembershipTests {
    @Test(arguments: StoreKind.allCases)
    func namesAndIdsAreFoundOnlyWhenIndexed(kind: StoreKind) async throws {
        try StoreConformanceTests.require(kind)
        try await withFreshStore(kind) { store in
            let first = Fixture.plain(1, file: "first.txt")
            _ = try await store.index([first, Fixture.copy(of: first, file: "again.txt")])

            #expect(
                try await store.indexedFileNames(among: ["first.txt", "again.txt", "never.txt"])
                    == ["first.txt", "again.txt"])
            #expect(try await store.indexedIDs(among: [first.id, Fixture.id(2)]) == [first.id])
            #expect(try await store.indexedFileNames(among: []).isEmpty)

            // More names than one query binds
            let many = (0..<1_200).map { "file-\($0).txt" } + ["first.txt"]
            #expect(try await store.indexedFileNames(among: many) == ["first.txt"])
        }
    }
}
