/// UTF-16 in either byte order, to a Swift string (lone surrogates become U+FFFD).
enum UTF16Decoding {
    /// Decodes `bytes` (without the byte-order mark) as UTF-16, little- or big-endian.
    static func decode(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether BOM-less bytes look like UTF-16 text: most bytes on one side of each pair are zero
    /// (ASCII-range text) and almost none on the other. Returns the byte order, or nil.
    static func sniffByteOrder(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 16 else { return nil }
        var zerosEven = 0
        var zerosOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zerosEven += 1 } else { zerosOdd += 1 }
        }
        let pairs = sample.count / 2
        if zerosOdd * 10 >= pairs * 6 && zerosEven * 50 <= pairs { return true }
        if zerosEven * 10 >= pairs * 6 && zerosOdd * 50 <= pairs { return false }
        return nil
    }
}
