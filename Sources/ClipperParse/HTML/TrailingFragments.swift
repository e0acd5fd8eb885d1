import ClipperModel

/// Short fragments closing an HTML article: the titles of the boxes below it whose content was
/// dropped or never in the article ("More on this", "Related topics:", "Write a comment"), left
/// with nothing under them. A fragment is a paragraph of 50 bytes or less, with letters and no
/// digits, that does not end a sentence or ends in a colon (a label whose list is gone). The first
/// paragraph always stays.
enum TrailingFragments {
    /// The longest paragraph that can be a fragment, in UTF-8 bytes.
    static let maximumLength = 50

    /// `cleaned` without its closing fragments, which move into `removed` as navigation.
    static func trimmed(_ cleaned: CleanedParagraphs) -> CleanedParagraphs {
        var result = cleaned
        var end = result.paragraphs.count
        while end > 1, isFragment(result.paragraphs[end - 1]) { end -= 1 }
        guard end < result.paragraphs.count else { return result }
        for fragment in result.paragraphs[end...] {
            result.removed.append(RemovedBlock(kind: .navigation, text: fragment))
        }
        result.paragraphs.removeSubrange(end...)
        return result
    }

    /// A title or label: short, with a letter and no digit (a figure, a price, a phone number or a
    /// table's last cell is data), not ending a sentence unless in a colon.
    private static func isFragment(_ paragraph: String) -> Bool {
        let bytes = paragraph.utf8
        guard bytes.count <= maximumLength, !bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
            bytes.contains(where: { $0 >= 0x80 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
        else { return false }
        return bytes.last == UInt8(ascii: ":") || !TextShape(paragraph).endsSentence
    }
}
