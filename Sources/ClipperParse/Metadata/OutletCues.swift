import Glibc

/// The outlet a text names as itself: the acronym the reporting refers to in the first person
/// ("in a call with NPR", "told NPR", "leaders NPR spoke with"), when it does so at least twice.
enum OutletCues {
    /// The two words before the acronym ("call with", "spoke to") or the one ("told").
    private static let beforePairs: Set<String> = [
        "call with", "interview with", "statement to", "said to",
        "speaking to", "spoke to", "spoke with", "obtained by", "reviewed by",
    ]
    /// The word after the acronym ("NPR spoke with").
    private static let after: Set<String> = [
        "spoke", "reached", "obtained", "reviewed", "asked", "interviewed",
        "contacted",
    ]

    /// The outlet, or nil.
    static func outlet(in paragraphs: [String]) -> String? {
        var counts: [String: Int] = [:]
        for paragraph in paragraphs {
            var copy = paragraph
            copy.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return }
                // Word starts only, found with `memchr`: only one that is an ASCII capital can begin
                // an acronym.
                var index = 0
                while index < bytes.count {
                    if bytes[index] >= 0x41, bytes[index] <= 0x5A {
                        var end = index
                        while end < bytes.count, bytes[end] >= 0x41, bytes[end] <= 0x5A { end += 1 }
                        let boundary = end == bytes.count || isBoundary(bytes[end])
                        if (2...6).contains(end - index), boundary,
                            isCued(bytes, start: index, end: end, bareWord: end == bytes.count || bytes[end] == 0x20)
                        {
                            counts[
                                String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self),
                                default: 0] += 1
                        }
                    }
                    guard let space = memchr(base + index, 0x20, bytes.count - index) else { break }
                    index = UnsafeRawPointer(space).assumingMemoryBound(to: UInt8.self) - base + 1
                }
            }
        }
        return counts.filter { $0.value >= 2 }.max { $0.value < $1.value }?.key
    }

    /// Space, punctuation, or the first byte of a curly apostrophe after a word.
    private static func isBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x27, 0xE2: true
        default: false
        }
    }

    private static func isCued(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, bareWord: Bool) -> Bool {
        let previous = word(before: start, in: bytes)
        if let previous {
            if previous.text == "told" { return true }
            if let earlier = word(before: previous.start, in: bytes),
                beforePairs.contains(earlier.text + " " + previous.text)
            {
                return true
            }
        }
        guard bareWord, end + 1 < bytes.count else { return false }
        var next = end + 1
        while next < bytes.count, bytes[next] != 0x20 { next += 1 }
        return after.contains(lowercase(bytes, end + 1, next))
    }

    /// The lowercased word ending right before `position` (which follows a space), and where it starts.
    private static func word(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (text: String, start: Int)?
    {
        guard position >= 2, bytes[position - 1] == 0x20 else { return nil }
        var start = position - 1
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        guard start < position - 1, position - 1 - start <= 16 else { return nil }
        return (lowercase(bytes, start, position - 1), start)
    }

    private static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
