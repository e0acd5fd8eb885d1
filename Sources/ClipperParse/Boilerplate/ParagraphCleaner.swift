import ClipperModel

/// The clean-up every article gets after its paragraphs are found, HTML or text: furniture lines,
/// photo credits, repeated paragraphs, and the title repeated at the top of the body.
struct CleanedParagraphs {
    var paragraphs: [String] = []
    var removed: [RemovedBlock] = []
    var credits: [String] = []
    var related: [String] = []
}

enum ParagraphCleaner {
    /// Drops furniture and repeats from `paragraphs`; a paragraph equal to `title` is metadata, not body.
    static func clean(_ paragraphs: [String], title: String?) -> CleanedParagraphs {
        var result = CleanedParagraphs()
        var seen = Set<String>()
        let titleKey = title.map(LinePatterns.matchKey)
        for paragraph in paragraphs {
            let key = LinePatterns.matchKey(paragraph)
            if let titleKey, key == titleKey, result.paragraphs.count < 3 { continue }
            if let kind = LinePatterns.kind(of: paragraph) {
                if kind == .credit, let name = LinePatterns.creditName(of: paragraph), !result.credits.contains(name) {
                    result.credits.append(name)
                }
                result.removed.append(RemovedBlock(kind: kind, text: paragraph))
                continue
            }
            if key.count >= 20 {
                if seen.contains(key) {
                    result.removed.append(RemovedBlock(kind: .duplicate, text: paragraph))
                    continue
                }
                seen.insert(key)
            }
            result.paragraphs.append(paragraph)
        }
        return result
    }
}
