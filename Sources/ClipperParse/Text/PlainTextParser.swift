import ClipperModel

/// The plain-text side of the parser: text copied out of a news page, with the page's furniture
/// still in it, cleaned line by line and read for its metadata.
enum PlainTextParser {
    static func parse(_ text: String) throws(ParseError) -> ParsedArticle {
        let prepared = TextNormalizer.normalize(InlineTags.strip(EntityDecoder.decode(text)))
        let lines = ParagraphSplitter.paragraphs(prepared)
        let classifier = TextLineClassifier(lines)
        var body: [String] = []
        var removed: [RemovedBlock] = []
        var related: [String] = []
        var title: String?
        for (line, role) in zip(lines, classifier.roles) {
            switch role {
            case nil, .body?: body.append(line)
            case .removed(let kind)?: removed.append(RemovedBlock(kind: kind, text: line))
            case .related?:
                related.append(line)
                removed.append(RemovedBlock(kind: .other, text: line))
            // A headline and the deck it runs on into are one title.
            case .title?: title = title.map { $0 + " " + line } ?? line
            case .byline?, .date?: break
            }
        }
        // A one-line text with no final stop (a caption, a headline-like sentence) is its own body.
        if body.isEmpty, let title { body = [title] }
        guard !body.isEmpty else { throw ParseError(.noText, "a text file with no article text in it") }
        let dateline = Datelines.dateline(of: body[0])
        let outlet =
            classifier.copyrightHolder ?? classifier.bylineOutlet ?? Datelines.agency(of: body[0])
            ?? OutletCues.outlet(in: body)
        return ParsedArticle(
            mediaType: .plainText,
            title: title,
            authors: classifier.authors.isEmpty ? classifier.bioAuthors : classifier.authors,
            outlet: outlet,
            published: classifier.published,
            dateline: dateline,
            body: body.joined(separator: "\n\n"),
            removed: removed,
            credits: classifier.credits,
            related: related
        )
    }
}
