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
        var seen = Set<ByteKey>(minimumCapacity: paragraphs.count)
        let titleKey = title.map(LinePatterns.matchKey)
        var pendingLabel: RemovedBlock.Kind?
        for paragraph in paragraphs {
            // The comparison key is only needed for a possible title repeat near the top and for labels.
            let length = paragraph.utf8.count
            let needsKey = length <= 40 || (titleKey != nil && result.paragraphs.count < 3 && length <= 300)
            let key = needsKey ? LinePatterns.matchKey(paragraph) : ""
            if needsKey, let titleKey, key == titleKey, result.paragraphs.count < 3 { continue }
            // The value after a "Photo:" or "Tags:" label on its own line belongs to the label.
            if let label = pendingLabel {
                pendingLabel = nil
                if !TextShape(paragraph).endsSentence, paragraph.split(separator: " ").count <= 40 {
                    if label == .credit, !result.credits.contains(paragraph), paragraph.count <= 80 {
                        result.credits.append(paragraph)
                    }
                    result.removed.append(RemovedBlock(kind: label, text: paragraph))
                    continue
                }
            }
            if length <= 40, let label = labels[key] {
                pendingLabel = label
                result.removed.append(RemovedBlock(kind: label, text: paragraph))
                continue
            }
            if isShortcode(paragraph) || Copyright.isSiteNotice(paragraph)
                || (result.paragraphs.count < 3 && isPostedLine(paragraph))
            {
                result.removed.append(RemovedBlock(kind: .other, text: paragraph))
                continue
            }
            if let kind = LinePatterns.kind(of: paragraph) {
                if kind == .credit, let name = LinePatterns.creditName(of: paragraph), !result.credits.contains(name) {
                    result.credits.append(name)
                }
                result.removed.append(RemovedBlock(kind: kind, text: paragraph))
                continue
            }
            if paragraph.utf8.count >= 20 {
                if !seen.insert(ByteKey(paragraph)).inserted {
                    result.removed.append(RemovedBlock(kind: .duplicate, text: paragraph))
                    continue
                }
            }
            result.paragraphs.append(paragraph)
        }
        return result
    }

    /// Labels whose value follows on the next line.
    private static let labels: [String: RemovedBlock.Kind] = [
        "photo": .credit, "photos": .credit, "фото": .credit, "foto": .credit, "fotos": .credit, "credit": .credit,
        "credits": .credit, "photo credit": .credit, "image credit": .credit, "bild": .credit, "source": .credit,
        "tags": .navigation, "topics": .navigation, "related topics": .navigation, "filed under": .navigation,
        "categories": .navigation, "category": .navigation, "keywords": .navigation, "теги": .navigation,
    ]

    /// WordPress shortcodes left in the text (`[button link="…"]Send us…[/button]`).
    private static func isShortcode(_ paragraph: String) -> Bool {
        paragraph.hasPrefix("[") && paragraph.contains("[/") && paragraph.contains("]")
    }

    /// "05/10/2018 - Published by: Jane Doe - Category: Health": a date-and-byline line above the text.
    private static func isPostedLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 250 else { return false }
        // The cue first, by bytes: most paragraphs have none, and the shape and date tests cost more.
        let lower = ASCIICase.lowercased(paragraph)
        guard postedCues.contains(where: { CString.contains(lower, $0) }) else { return false }
        let words = paragraph.split(separator: " ")
        guard words.count <= 25, !TextShape(paragraph).endsSentence else { return false }
        let hasDate =
            DateText.isoDate(in: paragraph) != nil
            || words.contains { word in
                let parts = word.split(separator: "/")
                return parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) && !$0.isEmpty }
            }
        return hasDate
    }

    private static let postedCues = [
        "by ", "by:", "published", "posted", "updated", "publicado", "por:", "von ", "par ", "autor",
    ]
}
