/// The article's headline element: the first `<h1>` (else `<h2>`) whose text is the page's title as
/// `og:title`, `twitter:title` or `<title>` state it: the title may add the site's name around it, and
/// either may go on after their first 20 bytes or more ("Headline: a kicker", "Headline | Site").
/// The article text is found near its headline; a page's logo in an `<h1>` names no title.
enum Headline {
    /// The headline's node, or nil when no `<h1>`/`<h2>` holds the title.
    static func find(in table: NodeTable, writer: BlockWriter) -> Int? {
        let titles = [table.metadata.meta["og:title"], table.metadata.meta["twitter:title"], table.metadata.title]
            .compactMap { $0.map { TextNormalizer.normalize($0, keepLines: false) } }
            .filter { !$0.isEmpty }
        guard !titles.isEmpty else { return nil }
        for tag in [HTMLTag.h1, .h2] {
            for index in 0..<table.count where table.tags[index] == tag {
                // A headline is a line: a few words, not a box.
                let printed = table.ends[index] - Int32(index) <= 12 ? writer.textOf(index) : ""
                guard printed.utf8.count >= 10, printed.utf8.count <= 300 else { continue }
                if titles.contains(where: { Self.matches(printed, title: $0) }) { return index }
            }
        }
        return nil
    }

    /// Whether a heading's text is in the title, or the two open with the same 20 bytes or more.
    private static func matches(_ heading: String, title: String) -> Bool {
        if CString.contains(title, heading) { return true }
        var shared = 0
        for (a, b) in zip(heading.utf8, title.utf8) {
            guard a == b else { break }
            shared += 1
        }
        return shared >= 20
    }
}
