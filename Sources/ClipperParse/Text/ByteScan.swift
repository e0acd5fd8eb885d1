import Glibc

/// Scans over a string's UTF-8 bytes in place (through `memchr` and plain pointer loops), for rules
/// that run on every line.
enum ByteScan {
    /// Whether `text` contains `byte`.
    static func contains(_ text: some StringProtocol, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        } ?? text.utf8.contains(byte)
    }

    /// Whether `bytes` contains `byte`.
    static func contains(_ bytes: [UInt8], _ byte: UInt8) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// The number of Unicode scalars (UTF-8 lead bytes) in `text`.
    static func scalarCount(_ text: some StringProtocol) -> Int {
        text.utf8.withContiguousStorageIfAvailable { buffer in
            var count = 0
            for byte in buffer where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.unicodeScalars.count
    }

    /// The number of words in `text` split at spaces: what `split(separator: " ").count` gives.
    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The pieces of `text` between the occurrences of `separator`, found left to right by bytes:
    /// what Foundation's `components(separatedBy:)` gives, without bridging to UTF-16.
    static func components(of text: String, separatedBy separator: String) -> [String] {
        let needle = Array(separator.utf8)
        guard let first = needle.first else { return [text] }
        var pieces: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    index += needle.count
                    start = index
                } else {
                    index += 1
                }
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        return pieces
    }
}
