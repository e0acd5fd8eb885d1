import Foundation

/// Folds the many ways text encodes white space into plain spaces and line feeds, trims each line,
/// and normalizes to Unicode NFC. Works on UTF-8 bytes.
enum TextNormalizer {
    /// `text` with `\r\n` and `\r` as `\n`, every horizontal white-space variant as one space,
    /// zero-width characters removed, runs of spaces collapsed, lines trimmed, and NFC applied.
    /// With `keepLines` false, line breaks fold into spaces too (one paragraph of HTML text).
    static func normalize(_ text: String, keepLines: Bool = true) -> String {
        var output: [UInt8] = []
        var source = text
        let mayCompose = source.withUTF8 { fold($0, keepLines: keepLines, into: &output) }
        let folded = String(decoding: output, as: UTF8.self)
        return mayCompose ? nfc(folded) : folded
    }

    /// Folds `bytes` into `output`; returns whether a lead byte of a block with combining characters
    /// was seen (an over-approximation that decides whether NFC must be computed at all).
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, keepLines: Bool, into output: inout [UInt8]) -> Bool {
        output.reserveCapacity(bytes.count)
        var mayCompose = false
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                    if keepLines {
                        trimTrailingSpace(&output)
                        output.append(0x0A)
                        pendingSpace = false
                    } else {
                        pendingSpace = true
                    }
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                    pendingSpace = true
                } else if byte < 0x20 || byte == 0x7F {
                    // Other control characters carry no text.
                } else {
                    if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
                    pendingSpace = false
                    output.append(byte)
                }
                index += 1
                continue
            }
            if let (variant, length) = Whitespace.variant(in: bytes, at: index) {
                switch variant {
                case .space: pendingSpace = true
                case .invisible: break
                case .lineBreak:
                    if keepLines {
                        trimTrailingSpace(&output)
                        output.append(0x0A)
                        pendingSpace = false
                    } else {
                        pendingSpace = true
                    }
                }
                index += length
                continue
            }
            switch byte {
            case 0xCC, 0xCD, 0xD2, 0xD6, 0xD7, 0xD8, 0xD9, 0xDB, 0xE0, 0xE1, 0xE3, 0xEF: mayCompose = true
            default: break
            }
            if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
            index += 1
        }
        trimTrailingSpace(&output)
        return mayCompose
    }

    private static func trimTrailingSpace(_ output: inout [UInt8]) {
        while output.last == 0x20 { output.removeLast() }
    }

    /// NFC, computed only when a character that could compose is present (ASCII and most
    /// precomposed text pass through untouched).
    static func nfc(_ text: String) -> String {
        let needsComposition = text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x061A, 0x064B...0x065F, 0x0670,
                0x06D6...0x06ED, 0x0900...0x0DFF, 0x1100...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF,
                0x3099...0x309A, 0xFE20...0xFE2F:
                true
            default:
                false
            }
        }
        return needsComposition ? text.precomposedStringWithCanonicalMapping : text
    }
}
