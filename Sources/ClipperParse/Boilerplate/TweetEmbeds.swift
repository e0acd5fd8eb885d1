import Foundation

/// Embedded posts copied out of a page: "… — Name (@handle) February 18, 2026", pic.twitter.com links.
enum TweetEmbeds {
    /// Whether `line` is an embedded tweet.
    static func isTweet(_ line: String) -> Bool {
        guard ByteScan.contains(line, UInt8(ascii: "@")) || ByteScan.contains(line, UInt8(ascii: "/")) else {
            return false
        }
        if CString.contains(line, "pic.twitter.com/") { return true }
        guard let open = CString.offset(of: "(@", in: line) else { return false }
        // Byte offsets of ASCII marks are character boundaries: the slices below are whole characters.
        let bytes = line.utf8
        let handleStart = bytes.index(bytes.startIndex, offsetBy: open + 2)
        guard let close = bytes[handleStart...].firstIndex(of: UInt8(ascii: ")")) else { return false }
        let name = line[handleStart..<close]
        guard !name.isEmpty, name.count <= 30, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            return false
        }
        // The signature: a dash before the author's name, a date after the handle.
        let tail = String(line[bytes.index(after: close)...])
        let before = String(decoding: bytes.prefix(open), as: UTF8.self)
        let signed = CString.contains(before, "—") || ByteScan.contains(before, UInt8(ascii: "-"))
        return signed && DateText.isoDate(ofDateLine: tail) != nil
    }
}
