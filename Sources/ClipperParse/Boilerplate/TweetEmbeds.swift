import Foundation

/// Embedded posts copied out of a page: "… — Name (@handle) February 18, 2026", pic.twitter.com links.
enum TweetEmbeds {
    /// Whether `line` is an embedded tweet.
    static func isTweet(_ line: String) -> Bool {
        guard ByteScan.contains(line, UInt8(ascii: "@")) || ByteScan.contains(line, UInt8(ascii: "/")) else {
            return false
        }
        if CString.contains(line, "pic.twitter.com/") { return true }
        guard CString.contains(line, "(@"), let handle = line.range(of: "(@") else { return false }
        guard let close = line[handle.upperBound...].firstIndex(of: ")") else { return false }
        let name = line[handle.upperBound..<close]
        guard !name.isEmpty, name.count <= 30, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            return false
        }
        // The signature: a dash before the author's name, a date after the handle.
        let tail = String(line[line.index(after: close)...])
        let signed = line[..<handle.lowerBound].contains("—") || line[..<handle.lowerBound].contains("-")
        return signed && DateText.isoDate(ofDateLine: tail) != nil
    }
}
