import ClipperModel

/// An article body cut into what its page shows: paragraphs, the quotations in them with their
/// speaker, and the names of people, organizations and places as links.
///
/// Pure and on UTF-8 bytes: the record's quotation offsets are byte offsets into the body. Every
/// piece is plain text; the template escapes it, so nothing in the body can become markup.
struct ArticleMarkup: Sendable, Hashable {
    /// A stretch of text, or a name that links to its entity's page.
    struct Span: Sendable, Hashable {
        var text: String
        /// The entity's page, for a name.
        var href: String?
        /// `person`, `organization` or `place`, for a name.
        var kind: String?
    }

    /// A stretch of a paragraph: plain, or one quotation.
    struct Run: Sendable, Hashable {
        var spans: [Span]
        /// The quotation's speaker and their page, when the run is a quotation.
        var quote: Quote?
    }

    struct Quote: Sendable, Hashable {
        var speaker: String?
        var speakerHref: String?
        var cue: String?
        /// How the article describes a speaker it does not name ("a spokeswoman for the agency").
        var description: String?
    }

    struct Paragraph: Sendable, Hashable {
        var runs: [Run]
    }

    var paragraphs: [Paragraph]

    /// A name to mark: where it is in the body and which entity it names.
    private struct Mark {
        var start: Int
        var end: Int
        var kind: EntityKind
        var entity: String
    }

    init(_ record: ArticleRecord) {
        let body = Array(record.body.utf8)
        let marks = Self.marks(record, in: body)
        let quotes = Self.quotes(
            record.quotes, in: body, organizations: Set(record.organizations.map(\.name)))
        paragraphs = Self.paragraphRanges(body).map { range in
            var runs: [Run] = []
            var cursor = range.lowerBound
            for quote in quotes
            where quote.range.lowerBound >= range.lowerBound && quote.range.upperBound <= range.upperBound {
                if cursor < quote.range.lowerBound {
                    runs.append(Run(spans: Self.spans(cursor..<quote.range.lowerBound, body, marks), quote: nil))
                }
                runs.append(Run(spans: Self.spans(quote.range, body, marks), quote: quote.quote))
                cursor = quote.range.upperBound
            }
            if cursor < range.upperBound {
                runs.append(Run(spans: Self.spans(cursor..<range.upperBound, body, marks), quote: nil))
            }
            return Paragraph(runs: runs)
        }
    }

    /// The body's paragraphs (split at blank lines), trimmed, empty ones left out.
    private static func paragraphRanges(_ body: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, isSpace(body[lower]) { lower += 1 }
            while upper > lower, isSpace(body[upper - 1]) { upper -= 1 }
            if lower < upper { ranges.append(lower..<upper) }
        }
        while index < body.count {
            if body[index] == UInt8(ascii: "\n"), index + 1 < body.count, body[index + 1] == UInt8(ascii: "\n") {
                close(index)
                while index < body.count, body[index] == UInt8(ascii: "\n") { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        close(body.count)
        return ranges
    }

    /// The quotations whose offsets fall inside the body on character boundaries, in order, without overlaps.
    /// A speaker that is one of the article's organizations ("the FBI said") links to the organization's page.
    private static func quotes(
        _ quotations: [Quotation], in body: [UInt8], organizations: Set<String>
    ) -> [(range: Range<Int>, quote: Quote)] {
        var result: [(range: Range<Int>, quote: Quote)] = []
        for quotation in quotations.sorted(by: { $0.start < $1.start }) {
            guard quotation.start >= 0, quotation.end <= body.count, quotation.start < quotation.end,
                isBoundary(quotation.start, body), isBoundary(quotation.end, body),
                result.last.map({ $0.range.upperBound <= quotation.start }) ?? true
            else { continue }
            let quote = Quote(
                speaker: quotation.speaker,
                speakerHref: quotation.speaker.map {
                    WebPath.entity(organizations.contains($0) ? .organization : .person, $0)
                },
                cue: quotation.cue, description: quotation.speakerDescription)
            result.append((quotation.start..<quotation.end, quote))
        }
        return result
    }

    /// Every whole-word occurrence of the record's names, longest name first, without overlaps.
    private static func marks(_ record: ArticleRecord, in body: [UInt8]) -> [Mark] {
        var terms: [(text: [UInt8], kind: EntityKind, entity: String)] = []
        for person in record.people {
            for form in Set([person.name] + person.mentions) { terms.append((Array(form.utf8), .person, person.name)) }
        }
        for organization in record.organizations {
            for form in Set([organization.name] + organization.aliases) {
                terms.append((Array(form.utf8), .organization, organization.name))
            }
        }
        for place in record.places { terms.append((Array(place.name.utf8), .place, place.name)) }
        terms.sort { $0.text.count > $1.text.count }
        var taken = [Bool](repeating: false, count: body.count)
        var marks: [Mark] = []
        for term in terms where term.text.count >= 2 {
            var index = 0
            while let found = firstIndex(of: term.text, in: body, from: index) {
                let end = found + term.text.count
                index = found + 1
                guard startsWord(found, body), endsWord(end, body), !taken[found..<end].contains(true) else { continue }
                for position in found..<end { taken[position] = true }
                marks.append(Mark(start: found, end: end, kind: term.kind, entity: term.entity))
            }
        }
        return marks.sorted { $0.start < $1.start }
    }

    /// The text of `range`, cut into plain stretches and the names wholly inside it.
    private static func spans(_ range: Range<Int>, _ body: [UInt8], _ marks: [Mark]) -> [Span] {
        var spans: [Span] = []
        var cursor = range.lowerBound
        for mark in marks where mark.start >= range.lowerBound && mark.end <= range.upperBound && mark.start >= cursor {
            if cursor < mark.start { spans.append(Span(text: text(cursor..<mark.start, body))) }
            spans.append(
                Span(
                    text: text(mark.start..<mark.end, body), href: WebPath.entity(mark.kind, mark.entity),
                    kind: mark.kind.rawValue))
            cursor = mark.end
        }
        if cursor < range.upperBound { spans.append(Span(text: text(cursor..<range.upperBound, body))) }
        return spans
    }

    private static func text(_ range: Range<Int>, _ body: [UInt8]) -> String {
        String(decoding: body[range], as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r")
    }

    /// Whether `index` starts a UTF-8 character (or is the end).
    private static func isBoundary(_ index: Int, _ body: [UInt8]) -> Bool {
        index == body.count || body[index] & 0xC0 != 0x80
    }

    /// Whether a name may start at `index`: the character before it is not part of a word.
    private static func startsWord(_ index: Int, _ body: [UInt8]) -> Bool {
        guard index > 0 else { return true }
        var lead = index - 1
        while lead > 0, body[lead] & 0xC0 == 0x80 { lead -= 1 }
        return !isWordCharacter(at: lead, body)
    }

    /// Whether a name may end at `index`: the character from it on is not part of a word.
    private static func endsWord(_ index: Int, _ body: [UInt8]) -> Bool {
        index >= body.count || !isWordCharacter(at: index, body)
    }

    /// Letters and digits are word characters; so is any non-ASCII character but the General
    /// Punctuation block (curly quotes, dashes: `E2 80 xx`).
    private static func isWordCharacter(at index: Int, _ body: [UInt8]) -> Bool {
        let byte = body[index]
        if byte >= 0x80 {
            return !(byte == 0xE2 && index + 1 < body.count && body[index + 1] == 0x80)
        }
        return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
