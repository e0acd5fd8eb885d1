/// Strips HTML tags left inside plain text (`<u>said with the help</u>` keeps "said with the help").
/// Only known tag names are stripped, so "x < y" and "<3" stay as written; block tags become line breaks.
enum InlineTags {
    private static let inline: Set<String> = [
        "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "ins", "del", "kbd", "mark", "q", "s", "small",
        "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "img", "time", "wbr",
    ]
    private static let block: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "figure", "figcaption", "table", "tr", "td", "hr", "pre",
    ]

    /// `text` without its known tags.
    static func strip(_ text: String) -> String {
        guard ByteScan.contains(text, UInt8(ascii: "<")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let (length, isBlock) = tag(in: bytes, at: index) {
                if isBlock { output.append(0x0A) }
                index += length
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The length of a known tag starting at `start` and whether it is a block tag.
    private static func tag(in bytes: [UInt8], at start: Int) -> (Int, Bool)? {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        var name: [UInt8] = []
        while index < bytes.count, name.count <= 10 {
            let byte = bytes[index]
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetter || (isDigit && !name.isEmpty) else { break }
            name.append(byte | 0x20)
            index += 1
        }
        let tagName = String(decoding: name, as: UTF8.self)
        let isBlock = block.contains(tagName)
        guard isBlock || inline.contains(tagName), index < bytes.count else { return nil }
        // The rest of the tag: attributes up to '>' on the same line.
        let limit = min(bytes.count, index + 400)
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: ">"): return (index - start + 1, isBlock)
            case UInt8(ascii: "<"), 0x0A: return nil
            default: index += 1
            }
        }
        return nil
    }
}
