/// Byte classes of eight bytes at once (SWAR: SIMD within a register): each test gives a mask with
/// the high bit of every byte's slot set where the byte is in the class, for rules that count over
/// every byte of a page.
enum ByteClasses {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The bytes of `chunk` equal to `byte`.
    @inline(__always)
    static func equal(_ chunk: UInt64, _ byte: UInt8) -> UInt64 {
        let x = chunk ^ (ones &* UInt64(byte))
        // High bit set where the byte of `x` is nonzero, exactly (no carry crosses a byte).
        let nonzero = ((x & lowBits) &+ lowBits) | x
        return ~nonzero & highBits
    }

    /// `mask` moved one byte on: each byte's slot holds the class of the byte before it, the first
    /// slot the last byte of the previous chunk (`carry`, from ``carry(of:)``).
    @inline(__always)
    static func previousBytes(_ mask: UInt64, carry: UInt64) -> UInt64 { (mask << 8) | carry }

    /// The class of `mask`'s last byte, in the first slot: the `carry` of the next chunk.
    @inline(__always)
    static func carry(of mask: UInt64) -> UInt64 { mask >> 56 }

    /// The ASCII white space of `chunk`: space, and tab to carriage return (0x09–0x0D), as
    /// ``Whitespace/isASCIISpace(_:)`` has it.
    @inline(__always)
    static func asciiSpace(_ chunk: UInt64) -> UInt64 {
        let low = chunk & lowBits
        let atLeastTab = (low &+ ones &* (0x80 - 0x09)) & highBits
        let atLeastShiftOut = (low &+ ones &* (0x80 - 0x0E)) & highBits
        let controls = atLeastTab & ~atLeastShiftOut & ~chunk & highBits
        return equal(chunk, 0x20) | controls
    }
}
