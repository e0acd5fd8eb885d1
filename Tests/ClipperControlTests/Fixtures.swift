import ClipperModel

/// Articles the control tests index into a real SQLite store.
enum Fixtures {
    static let sanctuaryID = String(repeating: "a1", count: 32)
    static let budgetID = String(repeating: "b2", count: 32)
    static let weatherID = String(repeating: "c3", count: 32)

    /// A file name with a space, for percent-encoding in `/articles/KEY`.
    static let sanctuaryFile = "sanctuary story.html"
    /// A file name outside ASCII.
    static let budgetFile = "médaille-ünïcode budget.txt"

    static let records: [ArticleRecord] = [
        ArticleRecord(
            id: sanctuaryID,
            source: SourceInfo(file: sanctuaryFile, bytes: 6_767, mediaType: .html),
            article: ParsedArticle(
                mediaType: .html, title: "Sheriffs split over sanctuary policy", authors: ["Ana Ruiz"], outlet: "NPR",
                published: "2025-03-30", dateline: "ALBUQUERQUE, N.M.",
                body:
                    "The sanctuary policy divided sheriffs across the state.\n\n\"My officers felt betrayed,\" said Harold Medina.",
                removed: [RemovedBlock(kind: .navigation, text: "Skip to content")]
            ),
            extraction: Extraction(
                people: [
                    Person(
                        name: "Harold Medina", mentions: ["Harold Medina", "Medina"], roles: ["Chief of Police"],
                        count: 2)
                ],
                organizations: [Organization(name: "Immigration and Customs Enforcement", aliases: ["ICE"], count: 3)],
                places: [Place(name: "Albuquerque", count: 2)],
                quotes: [
                    Quotation(
                        speaker: "Harold Medina", text: "My officers felt betrayed,", cue: "said", start: 58, end: 84)
                ]
            )
        ),
        ArticleRecord(
            id: budgetID,
            source: SourceInfo(file: budgetFile, bytes: 2_048, mediaType: .plainText),
            article: ParsedArticle(
                mediaType: .plainText, title: "Council passes the budget", published: "2025-04-02",
                body: "The council passed a $30 billion budget. \"It is a fair plan,\" said Maria Lopez."
            ),
            extraction: Extraction(
                people: [Person(name: "Maria Lopez", mentions: ["Maria Lopez"], count: 1)],
                places: [Place(name: "Albuquerque", count: 1)],
                quotes: [
                    Quotation(speaker: "Maria Lopez", text: "It is a fair plan,", cue: "said", start: 42, end: 60)
                ],
                figures: [Figure(text: "$30 billion", value: 30_000_000_000, unit: "USD", of: "budget")]
            )
        ),
        ArticleRecord(
            id: weatherID,
            source: SourceInfo(file: "weather.txt", bytes: 512, mediaType: .plainText),
            article: ParsedArticle(
                mediaType: .plainText, title: "Snow expected", body: "Snow is expected in the mountains."),
            extraction: Extraction()
        ),
    ]
}
