/// Decodes HTML character references left in plain text (`&amp;`, `&#8217;`, `&#x2019;`, `&nbsp;`).
/// HTML pages get theirs decoded by libxml2; this is for text copied with its entities.
enum EntityDecoder {
    /// The named references that turn up in copied news text.
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "middot": "·",
        "bull": "•", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
        "euro": "€", "pound": "£", "cent": "¢", "sect": "§", "para": "¶", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}",
    ]

    /// `text` with its character references replaced; unknown or malformed ones stay as written.
    static func decode(_ text: String) -> String {
        guard ByteScan.contains(text, UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let (replacement, length) = reference(in: bytes, at: index) {
                output.append(contentsOf: replacement.utf8)
                index += length
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The replacement for the reference starting at `start` (an `&`) and its length in bytes.
    private static func reference(in bytes: [UInt8], at start: Int) -> (String, Int)? {
        let limit = min(bytes.count, start + 12)
        guard let semicolon = bytes[start..<limit].firstIndex(of: UInt8(ascii: ";")), semicolon > start + 1 else {
            return nil
        }
        let body = bytes[(start + 1)..<semicolon]
        let length = semicolon - start + 1
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            let isHex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
            let number = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
            guard let value = UInt32(number, radix: isHex ? 16 : 10), value != 0,
                let scalar = Unicode.Scalar(value)
            else { return nil }
            // Numeric references in the C1 range mean Windows-1252, as in browsers.
            if (0x80...0x9F).contains(value) {
                return (Windows1252.decode([UInt8(value)]), length)
            }
            return (String(Character(scalar)), length)
        }
        guard let replacement = named[String(decoding: body, as: UTF8.self)] else { return nil }
        return (replacement, length)
    }
}
