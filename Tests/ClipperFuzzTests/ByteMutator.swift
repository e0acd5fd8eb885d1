import ClipperTestSupport

/// Mutates real documents the way a fuzzer does: bit flips, byte changes, inserted and deleted
/// runs, splices from another document, truncations and repeated chunks.
struct ByteMutator {
    /// The largest input a mutation may make, to keep each input's work small.
    static let maximumLength = 16_384

    /// `bytes` after one to four random mutations, some taking material from `donor`.
    static func mutate(_ bytes: [UInt8], donor: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            mutateOnce(&result, donor: donor, using: &random)
        }
        return Array(result.prefix(maximumLength))
    }

    private static func mutateOnce(_ bytes: inout [UInt8], donor: [UInt8], using random: inout SeededGenerator) {
        guard !bytes.isEmpty else {
            bytes = Array(donor.prefix(Int.random(in: 0...min(donor.count, 256), using: &random)))
            return
        }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            bytes[at] ^= 1 << UInt8.random(in: 0..<8, using: &random)
        case 1:
            bytes[at] = random.pick([
                0, 0x0A, 0x22, 0x3C, 0x3E, 0x26, 0x80, 0xC3, 0xE2, 0xFF, UInt8.random(in: 0...255, using: &random),
            ])
        case 2:
            let count = Int.random(in: 1...16, using: &random)
            bytes.insert(contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
        case 3:
            bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...256, using: &random)))
        case 4:
            guard !donor.isEmpty else { return }
            let from = Int.random(in: 0..<donor.count, using: &random)
            bytes.insert(
                contentsOf: donor[from..<min(donor.count, from + Int.random(in: 1...512, using: &random))], at: at)
        case 5:
            bytes.removeSubrange(at...)
        default:
            let chunk = bytes[at..<min(bytes.count, at + Int.random(in: 1...64, using: &random))]
            let times = Int.random(in: 2...64, using: &random)
            bytes.insert(contentsOf: Array(repeating: Array(chunk), count: times).joined(), at: at)
        }
    }
}
