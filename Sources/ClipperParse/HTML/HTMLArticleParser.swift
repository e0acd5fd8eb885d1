import ClipperModel

/// The HTML side of the parser: libxml2's tree, flattened; furniture dropped; the article found by
/// text density; its paragraphs cleaned by the same paragraph rules as plain text; metadata read
/// from JSON-LD, OpenGraph, `<meta>`, `<time>` and `<title>`.
enum HTMLArticleParser {
    static func parse(_ text: String) throws(ParseError) -> ParsedArticle {
        guard let document = HTMLDocument(utf8: text) else {
            throw ParseError(.noText, "an HTML page libxml2 could not read as a document")
        }
        let table = NodeTable(document)
        let statistics = NodeStatistics(table)
        let writer = BlockWriter(table: table, statistics: statistics)
        var scorer = ContentScorer(table: table, statistics: statistics)
        scorer.headline = Headline.find(in: table, writer: writer)
        let roots = scorer.articleRoots() ?? fallbackRoots(table)
        var (paragraphs, removedInside) = writer.write(roots)
        let firstHeading = firstH1(table)
        var metadata = HTMLMetadata(table.metadata, firstHeading: paragraphs.isEmpty ? nil : firstHeading)
        if metadata.authors.isEmpty || metadata.outlet == nil, let byline = pageByline(table, writer: writer) {
            if metadata.authors.isEmpty { metadata.authors = byline.names }
            metadata.outlet = metadata.outlet ?? byline.outlet
        }
        if metadata.published == nil { metadata.published = furnitureDate(table, writer: writer) }
        var cleaned = ParagraphCleaner.clean(paragraphs, title: metadata.title)
        // The lead above the article opens it, once the article itself has text. A lead is prose: a
        // short deck without a final stop reads as part of the headline; one of 150 bytes or more
        // (a paragraph's length, two lines of a headline's) is a paragraph even so. Without a named
        // lead that is prose, the element repeating the page's description is the lead.
        if !cleaned.paragraphs.isEmpty, let first = roots.first {
            let named = LeadFinder(table: table, statistics: statistics).lead(before: first).map(writer.textOf)
                .flatMap { TextShape($0).endsSentence || $0.utf8.count >= 150 ? $0 : nil }
            let lead = named
                ?? describedLead(before: first, table: table, statistics: statistics, writer: writer).map(writer.textOf)
            if let lead, !paragraphs.prefix(3).contains(where: { CString.contains($0, lead) }) {
                cleaned = ParagraphCleaner.clean([lead] + paragraphs, title: metadata.title)
            }
        }
        if let scripted = ScriptArticleBody.paragraphs(metadata.articleBody, replacing: cleaned.paragraphs) {
            cleaned = ParagraphCleaner.clean(scripted, title: metadata.title)
            removedInside = []
        }
        if cleaned.paragraphs.isEmpty {
            // Names that hide the article (a post inside `widget`, a short text judged a link list),
            // or an unclosed tag in `<noscript>` that swallowed the page: try again trusting only
            // hidden elements and furniture tags, then with `<noscript>` walked too.
            (paragraphs, removedInside) = relaxedParagraphs(table)
            if paragraphs.isEmpty {
                (paragraphs, removedInside) = relaxedParagraphs(NodeTable(document, walksNoscript: true))
            }
            if metadata.title == nil, !paragraphs.isEmpty { metadata.title = firstHeading }
            cleaned = ParagraphCleaner.clean(paragraphs, title: metadata.title)
            // A page that is only furniture phrases still has text: keep it rather than lose the file.
            if cleaned.paragraphs.isEmpty { cleaned.paragraphs = paragraphs }
        }
        guard !cleaned.paragraphs.isEmpty else {
            throw ParseError(.noText, "an HTML page with no visible text in it")
        }
        cleaned = TrailingFragments.trimmed(cleaned)
        cleaned.removed.insert(contentsOf: removedInside, at: 0)
        return ParsedArticle(
            mediaType: .html,
            title: metadata.title,
            authors: metadata.authors,
            outlet: metadata.outlet,
            published: metadata.published,
            dateline: Datelines.dateline(of: cleaned.paragraphs[0]),
            body: cleaned.paragraphs.joined(separator: "\n\n"),
            removed: cleaned.removed,
            credits: cleaned.credits,
            related: cleaned.related
        )
    }

    /// The paragraphs found when class and id names drop nothing and link lists are kept; the whole
    /// visible text when no article stands out.
    private static func relaxedParagraphs(_ table: NodeTable) -> (paragraphs: [String], removed: [RemovedBlock]) {
        let relaxed = NodeStatistics(table, namesFurniture: false)
        var writer = BlockWriter(table: table, statistics: relaxed)
        writer.cleansLinkLists = false
        let roots = ContentScorer(table: table, statistics: relaxed).articleRoots() ?? fallbackRoots(table)
        let written = writer.write(roots)
        return written.paragraphs.isEmpty ? writer.write(fallbackRoots(table)) : written
    }

    /// The element above the article that repeats the page's description (`description`,
    /// `og:description` or `twitter:description`).
    private static func describedLead(
        before first: Int, table: NodeTable, statistics: NodeStatistics, writer: BlockWriter
    ) -> Int? {
        let finder = DescribedLead(table: table, statistics: statistics, writer: writer)
        var tried: Set<String> = []
        for key in ["description", "og:description", "twitter:description"] {
            guard let description = table.metadata.meta[key], tried.insert(description).inserted else { continue }
            if let lead = finder.lead(before: first, description: description) { return lead }
        }
        return nil
    }

    /// The page's byline element (`class="byline"`, `class="author"`, author boxes) when metadata
    /// names no authors: "By Jane Doe and John Roe", "Jane Doe | Valley Courier", a bare name, or
    /// the same byline twice (a page's two layouts), read once.
    private static func pageByline(_ table: NodeTable, writer: BlockWriter) -> Bylines.Byline? {
        for index in 0..<table.count {
            guard table.className(index)?.namesByline == true else { continue }
            let text = writer.textOf(index)
            guard !text.isEmpty, text.utf8.count <= 160 else { continue }
            if let byline = Bylines.byline(of: text) { return byline }
            let bare = Bylines.split(text)
            if !bare.isEmpty, bare.count <= 4, bare.allSatisfy(Bylines.isPersonName) {
                return Bylines.Byline(names: bare, outlet: nil)
            }
        }
        return nil
    }

    /// The publication date a page shows in its furniture when its metadata gives none: the text of
    /// an element named for a date ("date", "time", "published", "posted") that is only a date line
    /// ("Published March 3, 2025", "30.03.2025 · 14:05"). "Updated …" counts when nothing else does.
    private static func furnitureDate(_ table: NodeTable, writer: BlockWriter) -> String? {
        var updated: String?
        // A date element is small: a few nodes, not a container of the article.
        for index in 0..<table.count
        where table.className(index)?.namesDate == true && table.ends[index] - Int32(index) <= 12 {
            let text = writer.textOf(index)
            guard !text.isEmpty, text.utf8.count <= 100, let iso = DateText.isoDate(ofDateLine: text) else {
                continue
            }
            if !DateText.isUpdateLine(text) { return iso }
            updated = updated ?? iso
        }
        return updated
    }

    /// With no paragraph-like text anywhere, the whole body is the article.
    private static func fallbackRoots(_ table: NodeTable) -> [Int] {
        table.count > 0 ? [0] : []
    }

    /// The text of the page's first `<h1>`.
    private static func firstH1(_ table: NodeTable) -> String? {
        guard let heading = table.tags.firstIndex(of: .h1) else { return nil }
        var bytes: [UInt8] = []
        for index in heading..<Int(table.ends[heading]) where table.tags[index] == .text {
            if let pointer = table.texts[index] {
                let length = Int(table.textLengths[index])
                pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
                }
            }
        }
        let text = TextNormalizer.normalize(bytes: bytes, keepLines: false)
        return text.isEmpty ? nil : text
    }
}
