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
        text.utf8.withContiguousStorageIfAvailable(wordCount) ?? Array(text.utf8).withUnsafeBufferPointer(wordCount)
    }

    /// The number of words in `bytes` split at spaces, counted eight bytes at a time: a word starts
    /// where a byte that is no space follows a space (or opens the bytes).
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var words = 0
        var index = 0
        var carry: UInt64 = 0
        while index + 8 <= bytes.count {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let nonSpace = ~ByteClasses.equal(chunk, 0x20) & ByteClasses.highBits
            words &+= (nonSpace & ~ByteClasses.previousBytes(nonSpace, carry: carry)).nonzeroBitCount
            carry = ByteClasses.carry(of: nonSpace)
            index += 8
        }
        var previousIsSpace = carry == 0
        while index < bytes.count {
            let isSpace = bytes[index] == 0x20
            if !isSpace && previousIsSpace { words &+= 1 }
            previousIsSpace = isSpace
            index += 1
        }
        return words
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
