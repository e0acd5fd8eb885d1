/// A stretch of text between quotation marks.
struct QuoteSpan: Sendable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or of the paragraph's end when the quote runs on or is unbalanced.
    var close: Int
    /// Whether a closing mark ends it.
    var isClosed: Bool
    /// Whether it continues the quote of the paragraph before (a quote running across paragraphs).
    var continuesPrevious = false

    var content: Range<Int> { open + 1..<close }
}

/// Finds quotations: curly and straight double marks, quotes that run across paragraphs
/// (the paragraph ends with the quote open and the next one opens with a mark), and
/// paragraphs broken inside a quote. An unbalanced mark ends at its paragraph's end,
/// so it never swallows the rest of the article.
enum QuoteSpanFinder {
    static func spans(in text: TokenizedText, from start: Int) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var open: Int?
        var i = start
        while i < text.count {
            let token = text[i]
            if token.has(.paragraphStart), let opened = open, i > start {
                // The paragraph before ended inside a quote: it runs on into a new quote, or the
                // paragraph was broken inside a sentence, or the mark was never closed.
                let brokenSentence = token.kind == .word && token.has(.lowercase) && hasClosingMark(text, in: i)
                if !brokenSentence {
                    spans.append(QuoteSpan(open: opened, close: i, isClosed: false))
                    open = nil
                }
            }
            if token.kind == .punctuation && token.mark.isDoubleQuote {
                if let opened = open {
                    let isClosed = token.mark != .openDouble
                    spans.append(QuoteSpan(open: opened, close: i, isClosed: isClosed))
                    open = isClosed ? nil : i
                } else if isOpening(text, i) {
                    open = i
                }
            }
            i += 1
        }
        if let opened = open {
            spans.append(QuoteSpan(open: opened, close: text.count, isClosed: false))
        }
        return markContinuations(spans, text)
    }

    /// A quote whose opening mark starts a paragraph right after a paragraph that ended inside a quote.
    private static func markContinuations(_ spans: [QuoteSpan], _ text: TokenizedText) -> [QuoteSpan] {
        var result = spans
        for index in result.indices.dropFirst() {
            let previous = result[index - 1]
            if !previous.isClosed, previous.close == result[index].open, text[result[index].open].has(.paragraphStart) {
                result[index].continuesPrevious = true
            }
        }
        return result
    }

    /// An opening mark: a curly opening mark, or a straight one after a space, a paragraph start or an opening bracket.
    static func isOpening(_ text: TokenizedText, _ i: Int) -> Bool {
        let token = text[i]
        switch token.mark {
        case .openDouble: return true
        case .closeDouble: return false
        case .straightDouble:
            if token.has(.spaceBefore) || token.has(.paragraphStart) || i == 0 { return true }
            let previous = text[i - 1].mark
            return previous == .openParen || previous == .dash || previous == .openBracket || previous == .colon
        default: return false
        }
    }

    /// Whether the paragraph starting at `start` holds a closing mark before any opening one.
    private static func hasClosingMark(_ text: TokenizedText, in start: Int) -> Bool {
        var i = start
        while i < text.count, i == start || !text[i].has(.paragraphStart) {
            let mark = text[i].mark
            if mark == .closeDouble || (mark == .straightDouble && !isOpening(text, i)) { return true }
            if mark == .openDouble { return false }
            i += 1
        }
        return false
    }
}
