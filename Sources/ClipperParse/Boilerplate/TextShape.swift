/// The shape of a line of text: word count, case, how it ends. Line rules decide on shapes.
struct TextShape {
    let words: [Substring]
    /// Letters present and none of them lowercase ("DONATE", "HEARD ON WEEKEND EDITION SUNDAY").
    let isAllCaps: Bool
    /// Ends with sentence punctuation, possibly followed by a closing quote or bracket.
    let endsSentence: Bool
    let startsLowercase: Bool

    init(_ line: String) {
        words = line.split(separator: " ")
        var hasLetter = false
        var hasLower = false
        for character in line where character.isLetter {
            hasLetter = true
            if character.isLowercase {
                hasLower = true
                break
            }
        }
        isAllCaps = hasLetter && !hasLower
        var tail = Substring(line)
        while let last = tail.last, "\"”’')]»".contains(last) { tail = tail.dropLast() }
        endsSentence = tail.last.map { ".!?…:;".contains($0) } ?? false
        startsLowercase = line.first?.isLowercase ?? false
    }

    var wordCount: Int { words.count }

    /// A paragraph of article prose: long enough and ending like a sentence.
    var isProse: Bool {
        (wordCount >= 15 && endsSentence) || wordCount >= 40
    }
}
