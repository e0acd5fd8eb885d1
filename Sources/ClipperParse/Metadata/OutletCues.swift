import Foundation
/// The outlet a text names as itself: the acronym the reporting refers to in the first person
/// ("in a call with NPR", "told NPR", "leaders NPR spoke with"), when it does so at least twice.
enum OutletCues {
    private static let before = ["told ", "call with ", "interview with ", "statement to ", "said to ", "speaking to ",
        "spoke to ", "spoke with ", "according to data obtained by ", "obtained by ", "reviewed by "]
    private static let after = [" spoke with", " spoke to", " reached out", " obtained", " reviewed", " asked",
        " has learned", " interviewed", " contacted"]

    /// The outlet, or nil.
    static func outlet(in paragraphs: [String]) -> String? {
        var counts: [String: Int] = [:]
        for paragraph in paragraphs {
            for word in paragraph.split(separator: " ") {
                let acronym = word.trimmingTrailing(",.;:)’'\"”")
                guard (2...6).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase && $0.isLetter }) else {
                    continue
                }
                guard let range = paragraph.range(of: " " + acronym) else { continue }
                let head = paragraph[..<range.lowerBound] + " "
                let tail = paragraph[range.upperBound...]
                if before.contains(where: { head.hasSuffix($0) }) || after.contains(where: { tail.hasPrefix($0) }) {
                    counts[acronym, default: 0] += 1
                }
            }
        }
        return counts.filter { $0.value >= 2 }.max { $0.value < $1.value }?.key
    }
}
