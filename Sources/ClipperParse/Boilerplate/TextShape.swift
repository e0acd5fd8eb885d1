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
            words = ByteScan.wordCount(bytes)
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
