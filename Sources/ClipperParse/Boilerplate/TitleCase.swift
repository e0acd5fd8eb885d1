/// English headline style, most words capitalized ("Obama Just Nominated A Judge"): a line in
/// it is a headline even when it holds full stops, which running text in sentence case never is.
enum TitleCase {
    /// Whether three or more of `line`'s words of four letters or more start with a letter, and
    /// three in four of those with a capital.
    static func isTitleCase(_ line: String) -> Bool {
        var long = 0
        var capitalized = 0
        for word in line.utf8.split(separator: UInt8(ascii: " ")) {
            guard word.count >= 4, let first = word.first, (first | 0x20) &- 0x61 < 26 else { continue }
            long += 1
            if first &- 0x41 < 26 { capitalized += 1 }
        }
        return long >= 3 && capitalized * 4 >= long * 3
    }
}
