/// jusText's paragraph classification for text with no markup: a paragraph is prose when it is long
/// and dense in function words (stopwords) of the page's language; menus, footers, share bars and
/// link lists are short lines or lines with few of them. Short and near-prose lines then take the
/// class of the prose around them, so a subheading or a one-line quote inside the article stays and a
/// lone "Impressum" between two menus goes.
///
/// Pomikálek, "Removing Boilerplate and Duplicate Content from Web Corpora" (2011): the thresholds are
/// jusText's defaults (70 and 200 characters; stopword density 0.30 and 0.32).
struct ProseDensity {
    enum Class: Equatable {
        case good, nearGood, short, bad
    }

    /// What one paragraph is made of.
    struct Measure {
        /// Unicode scalars.
        var length = 0
        var words = 0
        /// Words per language list that are function words of it.
        var hits = [Int](repeating: 0, count: Stopwords.languageCount)
    }

    static let lengthLow = 70
    static let lengthHigh = 200
    static let stopwordsLow = 0.30
    static let stopwordsHigh = 0.32
    /// Below this share of function words over the whole text, its language has no list here
    /// (Chinese, Finnish, …): the rule stays out rather than call every line boilerplate.
    static let knownLanguageShare = 0.12

    /// The final class of each paragraph, or nil when the text's language has no list. `skip[i]`
    /// leaves paragraph `i` out (a title or byline: its role is decided), `furniture[i]` makes it bad;
    /// `shapes[i]` is paragraph `i`'s shape.
    static func classify(_ paragraphs: [String], shapes: [TextShape], skip: [Bool], furniture: [Bool]) -> [Class]? {
        let stopwords = Stopwords.masks
        let measures = paragraphs.map { measure($0, stopwords: stopwords) }
        var totals = [Int](repeating: 0, count: Stopwords.languageCount)
        var words = 0
        for (index, item) in measures.enumerated() where !skip[index] && !furniture[index] {
            words += item.words
            for language in 0..<totals.count { totals[language] += item.hits[language] }
        }
        guard words > 0, let best = totals.indices.max(by: { totals[$0] < totals[$1] }),
            Double(totals[best]) >= Double(words) * knownLanguageShare
        else { return nil }
        var initial: [Class] = measures.indices.map { index in
            furniture[index] ? .bad : contextFree(measures[index], shapes[index], language: best)
        }
        // A short article has no paragraph long enough to be sure of: its near-prose anchors it.
        if !initial.contains(.good) {
            initial = initial.map { $0 == .nearGood ? .good : $0 }
        } else {
            promoteSentenceRuns(&initial, measures, shapes, skip: skip, language: best)
        }
        var classes = revised(initial, skip: skip)
        markLinkRuns(&classes, initial: initial, shapes, skip: skip)
        if let region = MainRegion.range(initial, lengths: measures.map(\.length), skip: skip) {
            for index in classes.indices where !region.contains(index) { classes[index] = .bad }
        }
        return classes
    }

    /// Two or more short fragments in a row (no final stop) are a list of links or a menu even
    /// between prose, where jusText would give them the class of the prose around them: related
    /// stories inside an article, a tag cloud, a share bar. A short sentence is never one.
    static let linkRunLength = 2

    private static func markLinkRuns(_ classes: inout [Class], initial: [Class], _ shapes: [TextShape], skip: [Bool]) {
        var start = 0
        while start < classes.count {
            var end = start
            while end < classes.count, !skip[end], initial[end] == .short, !shapes[end].endsSentence {
                end += 1
            }
            if end - start >= linkRunLength {
                for index in start..<end { classes[index] = .bad }
            }
            start = max(end, start + 1)
        }
    }

    /// A text copied from a page often puts each sentence of a paragraph on its own line: none is
    /// long enough for jusText to be sure of, but together they are a paragraph. A run of two or more
    /// near-prose lines (short sentences dense in function words may sit between them) holding
    /// `lengthHigh` characters or more is prose.
    private static func promoteSentenceRuns(
        _ classes: inout [Class], _ measures: [Measure], _ shapes: [TextShape], skip: [Bool], language: Int
    ) {
        var start = 0
        while start < classes.count {
            var end = start
            var nearGood = 0
            var length = 0
            while end < classes.count, !skip[end] {
                let item = measures[end]
                if classes[end] == .nearGood {
                    nearGood += 1
                } else if classes[end] == .short, item.length >= 20, item.words > 0,
                    Double(item.hits[language]) / Double(item.words) >= stopwordsLow,
                    shapes[end].endsSentence
                {
                    // a short sentence inside the run
                } else {
                    break
                }
                length += item.length
                end += 1
            }
            if nearGood >= 2, length >= lengthHigh {
                for index in start..<end where classes[index] == .nearGood { classes[index] = .good }
            }
            start = max(end, start + 1)
        }
    }

    /// jusText's context-free class, with one guard for articles: a paragraph shaped like a sentence
    /// (six words or more and a final stop: a sentence of names and numbers) is near prose, not
    /// boilerplate.
    private static func contextFree(_ item: Measure, _ shape: TextShape, language: Int) -> Class {
        if item.length < lengthLow { return .short }
        let density = item.words > 0 ? Double(item.hits[language]) / Double(item.words) : 0
        if density >= stopwordsHigh { return item.length > lengthHigh ? .good : .nearGood }
        if density >= stopwordsLow { return .nearGood }
        if shape.endsSentence, shape.wordCount >= 6 { return .nearGood }
        return .bad
    }

    /// jusText's context-sensitive pass: short paragraphs between prose become prose, between
    /// boilerplate boilerplate; near-prose is prose unless boilerplate is on both sides.
    private static func revised(_ classes: [Class], skip: [Bool]) -> [Class] {
        var result = classes
        for index in classes.indices where !skip[index] && classes[index] == .short {
            let previous = neighbour(classes, skip, from: index, step: -1, ignoringNearGood: true)
            let next = neighbour(classes, skip, from: index, step: 1, ignoringNearGood: true)
            if previous == .good && next == .good {
                result[index] = .good
            } else if previous == .bad && next == .bad {
                result[index] = .bad
            } else if (previous == .bad
                && neighbour(classes, skip, from: index, step: -1, ignoringNearGood: false) == .nearGood)
                || (next == .bad
                    && neighbour(classes, skip, from: index, step: 1, ignoringNearGood: false) == .nearGood)
            {
                result[index] = .good
            } else {
                result[index] = .bad
            }
        }
        for index in classes.indices where !skip[index] && classes[index] == .nearGood {
            let previous = neighbour(classes, skip, from: index, step: -1, ignoringNearGood: true)
            let next = neighbour(classes, skip, from: index, step: 1, ignoringNearGood: true)
            result[index] = previous == .bad && next == .bad ? .bad : .good
        }
        return result
    }

    /// The nearest class before or after `index` that is not short (nor near-prose, when ignored);
    /// the edge of the text counts as boilerplate.
    private static func neighbour(
        _ classes: [Class], _ skip: [Bool], from index: Int, step: Int, ignoringNearGood: Bool
    ) -> Class {
        var cursor = index + step
        while cursor >= 0, cursor < classes.count {
            let item = classes[cursor]
            if !skip[cursor], item != .short, !(ignoringNearGood && item == .nearGood) { return item }
            cursor += step
        }
        return .bad
    }

    /// Length, words and function-word hits of one paragraph, from its bytes: one loop over them,
    /// counting into locals and packing each word's key as it goes (a nested function updating a
    /// `Measure` held its array in a box and checked its uniqueness on every word).
    static func measure(_ paragraph: String, stopwords: Stopwords.MaskTable) -> Measure {
        var length = 0
        var words = 0
        var hits = [Int](repeating: 0, count: Stopwords.languageCount)
        var copy = paragraph
        copy.withUTF8 { bytes in
            hits.withUnsafeMutableBufferPointer { hits in
                let count = bytes.count
                // U+2000–U+206F (quotes, dashes, bullets) separate words like ASCII punctuation.
                func isPunctuationBlock(_ index: Int) -> Bool {
                    bytes[index] == 0xE2 && index + 2 < count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81)
                }
                var index = 0
                while index < count {
                    guard isWordByte(bytes[index]), !isPunctuationBlock(index) else {
                        length &+= 1
                        index += isPunctuationBlock(index) ? 3 : 1
                        continue
                    }
                    let start = index
                    var key = Stopwords.WordKey()
                    repeat {
                        let byte = bytes[index]
                        length &+= byte & 0xC0 != 0x80 ? 1 : 0
                        if index - start < Stopwords.WordKey.capacity { key.add(byte, at: index - start) }
                        index += 1
                    } while index < count && isWordByte(bytes[index]) && !isPunctuationBlock(index)
                    words &+= 1
                    guard index - start <= stopwords.longestWord else { continue }
                    var mask = stopwords.languages(of: key)
                    while mask != 0 {
                        hits[mask.trailingZeroBitCount] &+= 1
                        mask &= mask - 1
                    }
                }
            }
        }
        return Measure(length: length, words: words, hits: hits)
    }

    /// Letters and digits of a word: ASCII letters and digits, and every byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }
}
