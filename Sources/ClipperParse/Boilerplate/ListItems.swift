/// Lines that a browser or a text-mode renderer drew as items of a list or as a form: they open
/// with a bullet (`•`, `◦`, `▪`, `□`, `■`, `►`, `*`, `-`, `+`) and a space, or with a bracketed
/// widget (`[ ]`, `[Suchen]`) closed within its first 40 bytes.
enum ListItems {
    /// The bullets drawn as U+2022 •, U+25E6 ◦, U+25AA ▪, U+25A1 □, U+25A0 ■ and U+25BA ►, after their lead byte 0xE2.
    private static let bullets: [[UInt8]] = [[0x80, 0xA2], [0x97, 0xA6], [0x96, 0xAA], [0x96, 0xA1], [0x96, 0xA0], [0x96, 0xBA]]

    /// Whether `line` opens with a list bullet or a form widget.
    static func isListItem(_ line: String) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first else { return false }
        var rest = bytes.dropFirst()
        switch first {
        case UInt8(ascii: "["):
            return rest.prefix(40).contains(UInt8(ascii: "]"))
        case UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "+"):
            break
        case 0xE2:
            guard bullets.contains(where: { rest.starts(with: $0) }) else { return false }
            rest = rest.dropFirst(2)
        default:
            return false
        }
        return rest.first == UInt8(ascii: " ")
    }
}
