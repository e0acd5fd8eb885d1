/// The character set an HTML page declares for itself, read from its first bytes:
/// `<meta charset="…">`, `<meta http-equiv="Content-Type" content="text/html; charset=…">`,
/// or an XML declaration's `encoding="…"`.
enum CharsetDeclaration {
    /// How far into the page to look; browsers look at the first 1024 bytes, pages in the wild
    /// sometimes declare later, behind long comments or scripts.
    static let scanLimit = 8192

    /// The declared label, lowercased (`"windows-1252"`), or nil when the page declares none.
    static func label(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, scanLimit)
        var index = 0
        while index + 5 < end {
            if bytes[index] == UInt8(ascii: "<") {
                if matches(bytes, at: index + 1, "meta") || matches(bytes, at: index + 1, "?xml") {
                    let tagEnd = bytes[index..<end].firstIndex(of: UInt8(ascii: ">")) ?? end
                    let key = bytes[index + 1] == UInt8(ascii: "?") ? "encoding" : "charset"
                    if let label = value(of: key, in: bytes, from: index, to: tagEnd) { return label }
                    index = tagEnd
                    continue
                }
            }
            index += 1
        }
        return nil
    }

    /// The value after `key` (then `=` and an optional quote) inside `bytes[from..<to]`.
    private static func value(of key: String, in bytes: [UInt8], from: Int, to: Int) -> String? {
        var index = from
        while index + key.utf8.count < to {
            if matches(bytes, at: index, key) {
                var cursor = index + key.utf8.count
                while cursor < to, bytes[cursor] == 0x20 { cursor += 1 }
                guard cursor < to, bytes[cursor] == UInt8(ascii: "=") else {
                    index += 1
                    continue
                }
                cursor += 1
                while cursor < to, bytes[cursor] == 0x20 || bytes[cursor] == 0x22 || bytes[cursor] == 0x27 {
                    cursor += 1
                }
                var label: [UInt8] = []
                while cursor < to, isLabelByte(bytes[cursor]) {
                    label.append(lowercase(bytes[cursor]))
                    cursor += 1
                }
                return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
            }
            index += 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: ":"):
            true
        default: false
        }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// Case-insensitive ASCII comparison of `bytes` at `offset` with `word` (given in lowercase).
    private static func matches(_ bytes: [UInt8], at offset: Int, _ word: String) -> Bool {
        var index = offset
        for expected in word.utf8 {
            guard index < bytes.count, lowercase(bytes[index]) == expected else { return false }
            index += 1
        }
        return true
    }
}
