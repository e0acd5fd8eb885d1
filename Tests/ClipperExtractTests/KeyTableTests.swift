import Testing

@testable import ClipperExtract

struct KeyTableTests {
    @Test func storesOverwritesAndMissesKeys() {
        var table = KeyTable<Int>()
        table[7] = 70
        table[9] = 90
        table[7] = 71
        #expect(table[7] == 71)
        #expect(table[9] == 90)
        #expect(table[8] == nil)
        #expect(table.contains(9) && !table.contains(8))
        #expect(table.count == 2)
    }

    @Test func keepsEveryValueAcrossGrowth() {
        var table = KeyTable<UInt64>(capacity: 1)
        let keys = (1...5_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (offset, key) in keys.enumerated() { table[key] = UInt64(offset) }
        #expect(table.count == keys.count)
        #expect(keys.enumerated().allSatisfy { table[$1] == UInt64($0) })
        #expect(table[0x1234_5678] == nil)
    }

    @Test func neitherNilNorTheZeroKeyIsStored() {
        var table: KeyTable<String> = [5: "five"]
        table[5] = nil
        table[6] = nil
        table[0] = "zero"
        #expect(table[5] == "five")
        #expect(table[6] == nil && table[0] == nil)
        #expect(table.count == 1)
    }

    @Test func defaultValuesBuildLists() {
        var table = KeyTable<[Int]>()
        table[3, default: []].append(1)
        table[3, default: []].append(2)
        #expect(table[3] == [1, 2])
        #expect(table[4, default: [9]] == [9])
        #expect(!table.contains(4))
    }
}
