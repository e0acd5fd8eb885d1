/// Splits normalized plain text into paragraphs: one per line, or one per blank-line-separated
/// block when the text is hard-wrapped; a sentence cut across a line or blank-line break
/// ("…federal law" / "enforcement, they…") is joined back together, and so is a line broken
/// because the next word would not fit the width a text-mode browser wraps at.
enum ParagraphSplitter {
    static func paragraphs(_ text: String) -> [String] {
        let lines = splitLines(text)
        // Each line's length in Unicode scalars, counted once for the three rules that ask.
        let lengths = lines.map(ByteScan.scalarCount)
        let hardWrapped = isHardWrapped(lines, lengths: lengths)
        let width = hardWrapped ? 0 : wrapWidth(lines, lengths: lengths)
        var result: [String] = []
        // The paragraph being built, as pieces joined once at the end (joining as we go would be
        // quadratic in a long paragraph).
        var pieces: [String] = []
        var words = 0
        var lastPieceEndsSentence = false
        var previousWasBlank = true
        var previousLength = 0
        func flush() {
            if !pieces.isEmpty { result.append(pieces.joined(separator: " ")) }
            pieces.removeAll(keepingCapacity: true)
            words = 0
        }
        for (line, length) in zip(lines, lengths) {
            if line.isEmpty {
                previousWasBlank = true
                continue
            }
            if !pieces.isEmpty {
                let wrapped =
                    width > 0 && !previousWasBlank && previousLength + 1 + firstWordLength(line) > width
                let continues = (hardWrapped || wrapped) && !previousWasBlank
                // "by Jane Doe" under a headline starts lowercase too, but is a byline, not the rest of it.
                let cutSentence =
                    !lastPieceEndsSentence && words >= 6 && TextShape.startsLowercase(line)
                    && Bylines.names(fromBylineLine: line) == nil
                if !continues && !cutSentence { flush() }
            }
            let shape = TextShape(line)
            pieces.append(line)
            words += shape.wordCount
            lastPieceEndsSentence = shape.endsSentence
            previousWasBlank = false
            previousLength = length
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

    /// The width a text was wrapped at (a text-mode browser's dump: long paragraphs broken at 80 or
    /// 200 columns between words), or 0 when it was not: the longest line is 60 or more, and at
    /// least three lines, and one in twenty, come within ten characters of it, stop mid-sentence and
    /// go on in the next line. Paragraphs kept on one line each end their sentences.
    private static func wrapWidth(_ lines: [String], lengths: [Int]) -> Int {
        var longest = 0
        var nonEmpty = 0
        for (line, length) in zip(lines, lengths) where !line.isEmpty {
            longest = max(longest, length)
            nonEmpty += 1
        }
        guard longest >= 60 else { return 0 }
        var broken = 0
        for index in lines.indices.dropLast() where !lines[index + 1].isEmpty {
            if lengths[index] >= longest - 10, !TextShape(lines[index]).endsSentence { broken += 1 }
        }
        return broken >= 3 && broken * 20 >= nonEmpty ? longest : 0
    }

    /// The length of the first word of `line`, in Unicode scalars.
    private static func firstWordLength(_ line: String) -> Int {
        var length = 0
        for byte in line.utf8 {
            if byte == 0x20 { break }
            if byte & 0xC0 != 0x80 { length += 1 }
        }
        return length
    }

    /// Text wrapped at a fixed width: most lines 40 to 100 characters, none much longer, and
    /// blank lines between blocks of several lines.
    private static func isHardWrapped(_ lines: [String], lengths: [Int]) -> Bool {
        var nonEmpty = 0
        var wrappedWidth = 0
        var longest = 0
        var blocks = 0
        var multiLineBlocks = 0
        var blockLines = 0
        for (line, length) in zip(lines, lengths) {
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
