/// The shape of a line of text: word count, case, how it ends. Line rules decide on shapes.
/// Computed from the UTF-8 bytes; Unicode properties are consulted only for non-ASCII letters.
struct TextShape {
    /// Words, counted as runs of non-space bytes.
    let wordCount: Int
    /// Letters present and none of them lowercase ("DONATE", "HEARD ON WEEKEND EDITION SUNDAY").
    let isAllCaps: Bool
    /// Ends with sentence punctuation, possibly followed by a closing quote or bracket.
    let endsSentence: Bool
    let startsLowercase: Bool

    init(_ line: String) {
        var words = 0
        var hasLetter = false
        var hasLower = false
        var hasNonASCII = false
        var sentenceEnd = false
        var copy = line
        copy.withUTF8 { bytes in
            words = Self.wordCount(bytes)
            // Case: stop at the first lowercase ASCII letter (the second byte of most lines).
            for byte in bytes {
                if byte >= 0x61 && byte <= 0x7A {
                    hasLower = true
                    break
                }
                if byte >= 0x41 && byte <= 0x5A {
                    hasLetter = true
                } else if byte >= 0x80 {
                    hasNonASCII = true
                }
            }
            sentenceEnd = Self.endsSentence(bytes)
        }
        wordCount = words
        if !hasLower && hasNonASCII {
            for scalar in line.unicodeScalars where !scalar.isASCII && scalar.properties.isAlphabetic {
                hasLetter = true
                if scalar.properties.isLowercase {
                    hasLower = true
                    break
                }
            }
        }
        isAllCaps = hasLetter && !hasLower
        endsSentence = sentenceEnd
        startsLowercase = Self.startsLowercase(line)
    }

    /// Words: bytes that are not spaces but follow a space (or start the line), counted eight bytes
    /// at a time. In each 64-bit word the high bit of a byte is set when the byte is no space
    /// (`x = chunk ^ spaces` is nonzero there); a word starts where such a byte follows a space.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var words = 0
        var index = 0
        // The high bit of byte 0's slot, set when the byte before this chunk is no space.
        var carry: UInt64 = 0
        while index + 8 <= bytes.count {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let x = chunk ^ 0x2020_2020_2020_2020
            let nonSpace = (((x & low7) &+ low7) | x) & ~low7
            words &+= (nonSpace & ~((nonSpace << 8) | carry)).nonzeroBitCount
            carry = nonSpace >> 56
            index += 8
        }
        var previousIsSpace = carry == 0
        while index < bytes.count {
            let isSpace = bytes[index] == 0x20
            if !isSpace && previousIsSpace { words &+= 1 }
            previousIsSpace = isSpace
            index += 1
        }
        return words
    }

    /// Whether the first character is a lowercase letter.
    static func startsLowercase(_ line: String) -> Bool {
        guard let first = line.utf8.first else { return false }
        if first < 0x80 { return first >= 0x61 && first <= 0x7A }
        return line.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// The last bytes end in `.!?:;…`, after any closing quotes and brackets (`"')]` ” ’ » and the
    /// German “ ‘ «, which close a quotation opened with „ ‚ »).
    private static func endsSentence(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = tail.count
        while end > 0 {
            let byte = tail[end - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D {
                end -= 1
            } else if end >= 3, tail[end - 3] == 0xE2, tail[end - 2] == 0x80,
                (0x98...0x9D).contains(tail[end - 1])
            {
                // ‘ ’ ‚ ‛ “ ”: the English closing marks and the German “ ‘ closing „ ‚.
                end -= 3
            } else if end >= 2, tail[end - 2] == 0xC2, tail[end - 1] == 0xBB || tail[end - 1] == 0xAB {
                end -= 2
            } else {
                break
            }
        }
        guard end > 0 else { return false }
        switch tail[end - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"): return true
        case 0xA6: return end >= 3 && tail[end - 3] == 0xE2 && tail[end - 2] == 0x80
        default: return false
        }
    }

    /// A paragraph of article prose: long enough and ending like a sentence.
    var isProse: Bool {
        (wordCount >= 15 && endsSentence) || wordCount >= 40
    }
}
