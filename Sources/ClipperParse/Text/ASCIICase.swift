/// Lowercasing with an ASCII fast path: most keys are plain ASCII, and Unicode case mapping is slow.
enum ASCIICase {
    /// `text` lowercased; byte by byte when it is all ASCII, by Unicode rules otherwise.
    static func lowercased(_ text: String) -> String {
        var copy = text
        let ascii: String? = copy.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                for (index, byte) in bytes.enumerated() {
                    output[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
        return ascii ?? text.lowercased()
    }
}
