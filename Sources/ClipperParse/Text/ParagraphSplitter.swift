/// Splits normalized plain text into paragraphs: one per line, or one per blank-line-separated
/// block when the text is hard-wrapped; a sentence cut across a line or blank-line break
/// ("…federal law" / "enforcement, they…") is joined back together.
enum ParagraphSplitter {
    static func paragraphs(_ text: String) -> [String] {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        let hardWrapped = isHardWrapped(lines)
        var result: [String] = []
        var previousWasBlank = true
        for line in lines {
            if line.isEmpty {
                previousWasBlank = true
                continue
            }
            let current = String(line)
            defer { previousWasBlank = false }
            if let last = result.last {
                let shape = TextShape(last)
                let continues = hardWrapped && !previousWasBlank
                let cutSentence = !shape.endsSentence && shape.wordCount >= 6 && TextShape(current).startsLowercase
                if continues || cutSentence {
                    result[result.count - 1] = last + " " + current
                    continue
                }
            }
            result.append(current)
        }
        return result
    }

    /// Text wrapped at a fixed width: most lines 40 to 100 characters, none much longer, and
    /// blank lines between blocks of several lines.
    private static func isHardWrapped(_ lines: [Substring]) -> Bool {
        var nonEmpty = 0
        var wrappedWidth = 0
        var longest = 0
        var blocks = 0
        var multiLineBlocks = 0
        var blockLines = 0
        for line in lines {
            if line.isEmpty {
                if blockLines > 0 {
                    blocks += 1
                    if blockLines > 1 { multiLineBlocks += 1 }
                }
                blockLines = 0
                continue
            }
            blockLines += 1
            nonEmpty += 1
            let length = line.utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            longest = max(longest, length)
            if (40...100).contains(length) { wrappedWidth += 1 }
        }
        if blockLines > 0 {
            blocks += 1
            if blockLines > 1 { multiLineBlocks += 1 }
        }
        return nonEmpty >= 5 && longest <= 120 && wrappedWidth * 10 >= nonEmpty * 7 && blocks >= 2
            && multiLineBlocks * 2 >= blocks
    }
}
