/// An article body as bytes and tokens, with sentence starts marked: what every rule reads.
struct TokenizedText: Sendable {
    let bytes: [UInt8]
    private(set) var tokens: [Token]

    init(_ text: String) {
        bytes = Array(text.utf8)
        tokens = Tokenizer.tokenize(bytes)
        markSentenceStarts()
    }

    var count: Int { tokens.count }
    subscript(index: Int) -> Token { tokens[index] }

    /// The text of tokens `range`, from the first token's start to the last token's end.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last, first < tokens.count else { return "" }
        return text(bytes: tokens[first].start..<tokens[last].end)
    }

    /// The text of one token.
    func text(_ index: Int) -> String { text(bytes: tokens[index].start..<tokens[index].end) }

    /// The value of token `index` read as a number, thousands separators dropped ("14,500" is 14500).
    func numberValue(_ index: Int) -> Double? {
        guard index >= 0, index < tokens.count else { return nil }
        let digits = bytes[tokens[index].start..<tokens[index].end].filter { $0 != 0x2C }
        return Double(String(decoding: digits, as: UTF8.self))
    }

    /// The text of a byte range, with line breaks and runs of spaces collapsed to one space.
    func text(bytes range: Range<Int>) -> String {
        // Most names and phrases hold single spaces only: then the bytes are the text.
        if isCollapsed(range) { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var space = false
        for byte in bytes[range] {
            if byte == 0x0A || byte == 0x20 || byte == 0x09 || byte == 0x0D {
                space = true
                continue
            }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `range` starts with no white space and holds none but single spaces between other
    /// bytes and none at its end: what collapsing would leave as it is.
    private func isCollapsed(_ range: Range<Int>) -> Bool {
        var previousWasSpace = true
        for byte in bytes[range] {
            if byte == 0x0A || byte == 0x09 || byte == 0x0D { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || range.isEmpty
    }

    /// The look-up key of one token; 0 (no key) outside the text.
    @inline(__always)
    func key(_ index: Int) -> UInt64 {
        index >= 0 && index < tokens.count ? WordHash.single(tokens[index]) : 0
    }

    /// The look-up key of a phrase.
    func key(_ range: Range<Int>) -> UInt64 { WordHash.phrase(tokens, range) }

    /// Whether token `index` exists and is the word `word` (compared by key).
    @inline(__always)
    func isWord(_ index: Int, _ word: UInt64) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && key(index) == word
    }

    /// Whether token `index` is a word of more than three letters ending in `suffix` (two lower-case
    /// ASCII letters): "-ed" for a verb in the past tense, "-ly" for an adverb.
    func hasSuffix(_ index: Int, _ suffix: (UInt8, UInt8)) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let token = tokens[index]
        return token.end - token.start > 3 && bytes[token.end - 2] == suffix.0 && bytes[token.end - 1] == suffix.1
    }

    /// Whether token `index` ends a sentence: a "?" or "!", or a period after which a new sentence
    /// starts; not the period of "Mass." or "Mr." in the middle of one.
    func endsSentence(at index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].mark.endsSentence else { return false }
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .punctuation { next += 1 }
        return next == tokens.count || tokens[next].has(.sentenceStart)
    }

    /// Whether token `index` exists and is the mark `mark`.
    @inline(__always)
    func isMark(_ index: Int, _ mark: Mark) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].mark == mark
    }

    /// The index of the paragraph's first token for token `index`.
    func paragraphStart(of index: Int) -> Int {
        var i = index
        while i > 0 && !tokens[i].has(.paragraphStart) { i -= 1 }
        return i
    }

    /// The index one past the paragraph's last token for token `index`.
    func paragraphEnd(of index: Int) -> Int {
        var i = index + 1
        while i < tokens.count && !tokens[i].has(.paragraphStart) { i += 1 }
        return i
    }

    /// Words before these periods do not end a sentence.
    private static let abbreviations: KeySet = KeySet(
        [
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "jr", "sr",
            "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ft", "mt",
            "calif", "ariz", "ark", "colo", "conn", "fla", "ill", "ind", "kan", "ky", "md", "mass", "mich",
            "minn", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo",
            "ala", "del", "ga", "la", "rev", "prof", "supt", "det", "atty", "approx", "est", "dept", "assn",
        ].map(WordHash.phrase))

    private mutating func markSentenceStarts() {
        var startNext = true
        for i in tokens.indices {
            let token = tokens[i]
            if token.has(.paragraphStart) { startNext = true }
            switch token.kind {
            case .word, .number:
                if startNext { tokens[i].flags.insert(.sentenceStart) }
                startNext = false
            case .punctuation:
                switch token.mark {
                case .period:
                    let previous = i - 1
                    let isAbbreviation =
                        previous >= 0 && tokens[previous].kind == .word
                        && Self.abbreviations.contains(WordHash.single(tokens[previous]))
                        && !(i + 1 < tokens.count && tokens[i + 1].has(.paragraphStart))
                    if !isAbbreviation { startNext = true }
                case .question, .exclamation, .openDouble:
                    startNext = true
                case .straightDouble:
                    if token.has(.spaceBefore) || token.has(.paragraphStart) { startNext = true }
                default:
                    break
                }
            }
        }
    }
}
