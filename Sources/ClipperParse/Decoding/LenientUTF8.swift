/// UTF-8 that tolerates stray bytes: every well-formed UTF-8 sequence is read as UTF-8, every byte
/// that is not part of one as Windows-1252. A page saved as UTF-8 with a few Latin-1 bytes pasted in
/// keeps both its "ö" and its "é", where decoding the whole page as Windows-1252 would garble every
/// UTF-8 character ("Ã¶"). A page that is all Windows-1252 comes out as Windows-1252.
enum LenientUTF8 {
    /// Decodes every byte; cannot fail.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte < 0x80 {
                output.append(byte)
                index += 1
                continue
            }
            let length = sequenceLength(input, at: index)
            if length > 0 {
                output.append(contentsOf: input[index..<(index + length)])
                index += length
            } else {
                output.append(contentsOf: Windows1252.decode([byte]).utf8)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence starting at `index` (a non-ASCII byte), or 0.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
