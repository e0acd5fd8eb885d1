/// Finds the end of a dateline that opens the body ("(SACRAMENTO, Calif.) —", "WASHINGTON (Reuters) -"):
/// the dateline is metadata, so its place is not counted as named in the article.
enum DatelineSkipper {
    /// The index of the first token after the dateline, or 0 when there is none.
    static func end(of text: TokenizedText) -> Int {
        var i = 0
        if text.isMark(i, .openParen) { i += 1 }
        var capitals = 0
        while i < text.count, i < 12 {
            let token = text[i]
            if token.kind == .word {
                if token.has(.allCaps) { capitals += 1 } else if !token.has(.capitalized) { return 0 }
            } else if token.mark == .dash || (token.mark == .hyphen && token.has(.spaceBefore)) {
                return capitals > 0 && !text[i].has(.paragraphStart) ? i + 1 : 0
            } else if token.mark != .comma && token.mark != .period && token.mark != .openParen
                && token.mark != .closeParen
            {
                return 0
            }
            i += 1
        }
        return 0
    }
}
