import ClipperModel

/// Articles for the store tests, with every field of the export filled in.
enum Fixture {
    /// A 64-hex-digit id: `prefix` padded with the digits of `number`.
    static func id(_ number: Int, prefix: String = "") -> String {
        let digits = String(number, radix: 16)
        return prefix + String(repeating: "0", count: 64 - prefix.count - digits.count) + digits
    }

    /// The article about a police chief, with people, organizations, places, programs, quotes,
    /// figures, dates, removed blocks, credits and related links.
    static let sanctuary = ArticleRecord(
        id: id(1, prefix: "5a"),
        source: SourceInfo(file: "000_sanctuary.html", bytes: 6767, mediaType: .html),
        article: ParsedArticle(
            mediaType: .html,
            title: "Albuquerque police chief pushes back on sanctuary policy",
            authors: ["Ana Ruiz", "Tom Black"],
            outlet: "Southwest Daily",
            published: "2025-03-30",
            dateline: "ALBUQUERQUE, N.M.",
            body: """
                Albuquerque's police chief said Friday the city's sanctuary policy leaves officers in a bind.

                "My officers felt betrayed," Harold Medina said. Chief Medina added that Immigration and Customs \
                Enforcement agents had asked for help twice.

                The city council will vote on the $30 billion initiative to hire 10,000 new ICE agents on Jan. 28, 2025.
                """,
            removed: [
                RemovedBlock(kind: .navigation, text: "Skip to content"),
                RemovedBlock(kind: .caption, text: "Chief Medina in 2024."),
            ],
            credits: ["Matt McClain"],
            related: ["https://example.com/related"]),
        extraction: Extraction(
            people: [
                Person(
                    name: "Harold Medina", mentions: ["Harold Medina", "Medina", "Chief Medina"],
                    roles: ["Albuquerque Chief of Police"], count: 3)
            ],
            organizations: [Organization(name: "Immigration and Customs Enforcement", aliases: ["ICE"], count: 2)],
            places: [Place(name: "Albuquerque", count: 2)],
            programs: [Program(name: "Operation Relentless Pursuit", count: 1)],
            quotes: [
                Quotation(
                    speaker: "Harold Medina", text: "My officers felt betrayed,", cue: "said", start: 96, end: 122),
                Quotation(
                    speaker: nil, text: "We are reviewing it,", cue: "said", start: 130, end: 150,
                    speakerDescription: "a spokeswoman for the agency"),
            ],
            figures: [
                Figure(
                    text: "$30 billion", value: 30_000_000_000, unit: "USD", qualifier: nil,
                    of: "initiative to hire 10,000 new ICE agents")
            ],
            dates: [DateMention(text: "Jan. 28, 2025", iso: "2025-01-28"), DateMention(text: "Friday", iso: nil)]))

    /// A later article naming the same chief by surname only in its quote.
    static let budget = ArticleRecord(
        id: id(2, prefix: "b0"),
        source: SourceInfo(file: "001_budget.txt", bytes: 2048, mediaType: .plainText),
        article: ParsedArticle(
            mediaType: .plainText,
            title: "Council trims police budget",
            published: "2025-04-02",
            body: """
                The city council cut the police budget by 4% on Tuesday.

                "We will do more with less," Medina told reporters. The mayor's office in Albuquerque declined to comment.
                """),
        extraction: Extraction(
            people: [Person(name: "harold medina", mentions: ["Medina"], roles: [], count: 1)],
            places: [Place(name: "albuquerque", count: 1)],
            quotes: [Quotation(speaker: "Medina", text: "We will do more with less,", cue: "told", start: 60, end: 86)],
            figures: [Figure(text: "4%", value: 4, unit: "percent")],
            dates: [DateMention(text: "Tuesday", iso: nil)]))

    /// A short article with nothing extracted and no date.
    static func plain(_ number: Int, body: String? = nil, file: String? = nil, prefix: String = "c") -> ArticleRecord {
        ArticleRecord(
            id: id(number, prefix: prefix),
            source: SourceInfo(file: file ?? "plain-\(number).txt", bytes: 100 + number, mediaType: .plainText),
            article: ParsedArticle(
                mediaType: .plainText, title: "Plain article \(number)",
                body: body ?? "Plain article number \(number) about drought relief and river levels."),
            extraction: Extraction())
    }

    /// `record` as it would arrive again under another file name (same bytes, same id).
    static func copy(of record: ArticleRecord, file: String) -> ArticleRecord {
        var copy = record
        copy.source.file = file
        return copy
    }
}
