/// The outlet a text names as itself: the acronym the reporting refers to in the first person
/// ("in a call with NPR", "told NPR", "leaders NPR spoke with"), when it does so at least twice.
enum OutletCues {
    /// The two words before the acronym ("call with", "spoke to") or the one ("told").
    private static let beforePairs: Set<String> = ["call with", "interview with", "statement to", "said to",
        "speaking to", "spoke to", "spoke with", "obtained by", "reviewed by"]
    /// The word after the acronym ("NPR spoke with").
    private static let after: Set<String> = ["spoke", "reached", "obtained", "reviewed", "asked", "interviewed",
        "contacted"]

    /// The outlet, or nil.
    static func outlet(in paragraphs: [String]) -> String? {
        var counts: [String: Int] = [:]
        for paragraph in paragraphs {
            let words = paragraph.utf8.split(separator: 0x20)
            for (index, word) in words.enumerated() {
                guard let acronym = acronym(word) else { continue }
                var cued = false
                if index >= 1 {
                    let previous = lowercase(words[index - 1])
                    let pair = index >= 2 ? lowercase(words[index - 2]) + " " + previous : previous
                    cued = previous == "told" || beforePairs.contains(pair)
                }
                if !cued, word.count == acronym.utf8.count, index + 1 < words.count {
                    cued = after.contains(lowercase(words[index + 1]))
                }
                if cued { counts[acronym, default: 0] += 1 }
            }
        }
        return counts.filter { $0.value >= 2 }.max { $0.value < $1.value }?.key
    }

    /// Two to six ASCII capitals, optionally followed by punctuation ("NPR,").
    private static func acronym(_ word: Substring.UTF8View) -> String? {
        var letters = 0
        for byte in word {
            if byte >= 0x41 && byte <= 0x5A {
                letters += 1
            } else if ",.;:)".utf8.contains(byte) || byte == 0x27 {
                break
            } else {
                return nil
            }
        }
        guard (2...6).contains(letters) else { return nil }
        return String(decoding: word.prefix(letters), as: UTF8.self)
    }

    private static func lowercase(_ word: Substring.UTF8View) -> String {
        String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
