/// Lowercasing with an ASCII fast path: most keys are plain ASCII, and Unicode case mapping is slow.
enum ASCIICase {
    /// `text` lowercased; byte by byte when it is all ASCII, by Unicode rules otherwise.
    static func lowercased(_ text: String) -> String {
        var copy = text
        return copy.withUTF8(lowercased)
    }

    /// The text of UTF-8 `bytes`, lowercased: byte by byte when the only characters with a case are
    /// ASCII (curly quotes, dashes and no-break spaces have none), by Unicode rules otherwise.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard hasCaseOnlyInASCII(bytes) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            for (index, byte) in bytes.enumerated() {
                output[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// Whether every non-ASCII character in `bytes` is one without case: U+0080–U+00BF (`C2 xx`:
    /// no-break space, «, », ·) or U+2000–U+207F (`E2 80 xx`, `E2 81 xx`: spaces, dashes, quotes,
    /// bullets, ellipsis).
    private static func hasCaseOnlyInASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte == 0xC2 {
                index += 2
            } else if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `text` opens with `prefix` (lower-case ASCII) in any ASCII case, compared by bytes.
    static func hasPrefix(_ text: some StringProtocol, lowercased prefix: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next() else { return false }
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            guard folded == expected else { return false }
        }
        return true
    }
}
