/// The shape of a line of text: word count, case, how it ends. Line rules decide on shapes.
struct TextShape {
    /// Words, counted as runs of non-space bytes.
    let wordCount: Int
    let lastCharacter: Character?
    /// Letters present and none of them lowercase ("DONATE", "HEARD ON WEEKEND EDITION SUNDAY").
    let isAllCaps: Bool
    /// Ends with sentence punctuation, possibly followed by a closing quote or bracket.
    let endsSentence: Bool
    let startsLowercase: Bool

    init(_ line: String) {
        var count = 0
        var inWord = false
        for byte in line.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        wordCount = count
        let scalars = line.unicodeScalars
        var hasLetter = false
        var hasLower = false
        for scalar in scalars {
            if scalar.isASCII {
                if (0x61...0x7A).contains(scalar.value) {
                    hasLower = true
                    break
                }
                if (0x41...0x5A).contains(scalar.value) { hasLetter = true }
            } else if scalar.properties.isAlphabetic {
                hasLetter = true
                if scalar.properties.isLowercase {
                    hasLower = true
                    break
                }
            }
        }
        isAllCaps = hasLetter && !hasLower
        var last: Unicode.Scalar?
        for scalar in scalars.reversed() where !"\"”’')]»".unicodeScalars.contains(scalar) {
            last = scalar
            break
        }
        endsSentence = last.map { ".!?…:;".unicodeScalars.contains($0) } ?? false
        lastCharacter = scalars.last.map(Character.init)
        startsLowercase = scalars.first?.properties.isLowercase ?? false
    }

    /// A paragraph of article prose: long enough and ending like a sentence.
    var isProse: Bool {
        (wordCount >= 15 && endsSentence) || wordCount >= 40
    }
}
