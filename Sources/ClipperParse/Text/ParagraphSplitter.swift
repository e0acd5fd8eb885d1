/// Splits normalized plain text into paragraphs: one per line, or one per blank-line-separated
/// block when the text is hard-wrapped; a sentence cut across a line or blank-line break
/// ("…federal law" / "enforcement, they…") is joined back together.
enum ParagraphSplitter {
    static func paragraphs(_ text: String) -> [String] {
        let lines = splitLines(text)
        let hardWrapped = isHardWrapped(lines)
        var result: [String] = []
        // The paragraph being built, as pieces joined once at the end (joining as we go would be
        // quadratic in a long paragraph).
        var pieces: [String] = []
        var words = 0
        var lastPieceEndsSentence = false
        var previousWasBlank = true
        func flush() {
            if !pieces.isEmpty { result.append(pieces.joined(separator: " ")) }
            pieces.removeAll(keepingCapacity: true)
            words = 0
        }
        for line in lines {
            if line.isEmpty {
                previousWasBlank = true
                continue
            }
            if !pieces.isEmpty {
                let continues = hardWrapped && !previousWasBlank
                let cutSentence = !lastPieceEndsSentence && words >= 6 && TextShape.startsLowercase(line)
                if !continues && !cutSentence { flush() }
            }
            let shape = TextShape(line)
            pieces.append(line)
            words += shape.wordCount
            lastPieceEndsSentence = shape.endsSentence
            previousWasBlank = false
        }
        flush()
        return result
    }

    private static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
        }
        return lines
    }

    /// Text wrapped at a fixed width: most lines 40 to 100 characters, none much longer, and
    /// blank lines between blocks of several lines.
    private static func isHardWrapped(_ lines: [String]) -> Bool {
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
            let length = ByteScan.scalarCount(line)
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
