import Foundation

/// Folds the many ways text encodes white space into plain spaces and line feeds, trims each line,
/// and normalizes to Unicode NFC. Works on UTF-8 bytes.
enum TextNormalizer {
    /// `text` with `\r\n` and `\r` as `\n`, every horizontal white-space variant as one space,
    /// zero-width characters removed, runs of spaces collapsed, lines trimmed, and NFC applied.
    /// With `keepLines` false, line breaks fold into spaces too (one paragraph of HTML text).
    static func normalize(_ text: String, keepLines: Bool = true) -> String {
        var source = text
        return source.withUTF8 { normalize(bytes: $0, keepLines: keepLines) }
    }

    /// The normalized text of UTF-8 `bytes` (an HTML paragraph gathered from its text nodes): what
    /// `normalize(_:keepLines:)` makes of them, without making a string of them first. Invalid
    /// sequences are repaired as `String(decoding:as:)` repairs them.
    static func normalize(bytes: [UInt8], keepLines: Bool = true) -> String {
        bytes.withUnsafeBufferPointer { normalize(bytes: $0, keepLines: keepLines) }
    }

    private static func normalize(bytes: UnsafeBufferPointer<UInt8>, keepLines: Bool) -> String {
        var mayCompose = false
        // Folding never lengthens the text, so the output fits in the input's size.
        let folded = String(unsafeUninitializedCapacity: bytes.count) { output in
            let (length, compose) = fold(bytes, keepLines: keepLines, into: output)
            mayCompose = compose
            return length
        }
        return mayCompose ? nfc(folded) : folded
    }

    /// Folds `bytes` into `output` and returns the length written, and whether a lead byte of a
    /// block with combining characters was seen (an over-approximation that decides whether NFC must
    /// be computed at all).
    private static func fold(
        _ bytes: UnsafeBufferPointer<UInt8>, keepLines: Bool, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> (Int, Bool) {
        var mayCompose = false
        var length = 0
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        @inline(__always) func trimTrailingSpace() {
            while length > 0, output[length - 1] == 0x20 { length -= 1 }
        }
        @inline(__always) func lineBreak() {
            if keepLines {
                trimTrailingSpace()
                output[length] = 0x0A
                length += 1
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        @inline(__always) func emit(_ byte: UInt8) {
            if pendingSpace, length > 0, output[length - 1] != 0x0A {
                output[length] = 0x20
                length += 1
            }
            pendingSpace = false
            output[length] = byte
            length += 1
        }
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                    lineBreak()
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                    pendingSpace = true
                } else if byte >= 0x20 && byte != 0x7F {
                    emit(byte)
                    // The rest of a run of printable ASCII (most of any text) is copied as it is.
                    index += 1
                    while index < count, bytes[index] > 0x20, bytes[index] < 0x7F {
                        output[length] = bytes[index]
                        length += 1
                        index += 1
                    }
                    continue
                }
                index += 1
                continue
            }
            if let (variant, variantLength) = Whitespace.variant(in: bytes, at: index) {
                switch variant {
                case .space: pendingSpace = true
                case .invisible: break
                case .lineBreak: lineBreak()
                }
                index += variantLength
                continue
            }
            switch byte {
            case 0xCC, 0xCD, 0xD2, 0xD6, 0xD7, 0xD8, 0xD9, 0xDB, 0xE0, 0xE1, 0xE3, 0xEF: mayCompose = true
            default: break
            }
            emit(byte)
            index += 1
            // The character's continuation bytes (never white space, never a lead that may compose)
            // are copied as they are.
            while index < count, bytes[index] & 0xC0 == 0x80 {
                output[length] = bytes[index]
                length += 1
                index += 1
            }
        }
        trimTrailingSpace()
        return (length, mayCompose)
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
