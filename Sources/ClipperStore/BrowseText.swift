/// Passages both stores cut from an article body for browse results, on UTF-8 bytes.
enum BrowseText {
    /// The sentence of `body` holding `text` verbatim (first occurrence), or `nil` when absent.
    ///
    /// A sentence runs from just after the previous `.`, `!` or `?` followed by a space, or a line
    /// break, to the next such end; at most 400 bytes either side of the figure are kept.
    static func sentence(containing text: String, in body: String) -> String? {
        let haystack = Array(body.utf8)
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count,
            let start = firstIndex(of: needle, in: haystack)
        else { return nil }
        let end = start + needle.count
        var lower = start
        while lower > 0, start - lower < 400 {
            let byte = haystack[lower - 1]
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: " "), lower >= 2, isSentenceEnd(haystack[lower - 2]) { break }
            lower -= 1
        }
        var upper = end
        while upper < haystack.count, upper - end < 400 {
            let byte = haystack[upper]
            if byte == UInt8(ascii: "\n") { break }
            upper += 1
            if isSentenceEnd(byte), upper == haystack.count || haystack[upper] == UInt8(ascii: " ") { break }
        }
        return String(decoding: haystack[lower..<upper], as: UTF8.self)
    }

    /// The body's first `limit` bytes or so, cut at a space, with `…` when cut short: the snippet of
    /// an article listed without a query.
    static func lead(of body: String, limit: Int = 240) -> String {
        let bytes = Array(body.utf8)
        guard bytes.count > limit else { return flattened(body) }
        var cut = limit
        while cut > limit / 2, bytes[cut] != UInt8(ascii: " ") { cut -= 1 }
        // Never cut inside a multi-byte character.
        while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return flattened(String(decoding: bytes[..<cut], as: UTF8.self)) + "…"
    }

    /// The whitespace-separated words of `text`, none when it is `nil` or blank.
    static func words(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    private static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
    }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
